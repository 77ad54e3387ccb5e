/// The whole analysis: one immutable value holding the loaded models, shared by every thread.
public struct Analyzer: Sendable {
    public init() {}

    public func analyze(_ request: AnalysisRequest) -> AnalysisResponse {
        let document = TextReader().read(request.text, givenTitle: request.title)
        let offsets = OffsetConverter(source: document.source, unit: request.offsets)
        _ = offsets
        return AnalysisResponse(
            id: request.id,
            offsets: request.offsets,
            title: request.title ?? document.title.map { document.sourceText($0) },
            dateline: document.dateline.map { document.sourceText($0) }
        )
    }
}
