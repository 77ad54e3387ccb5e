/// The whole analysis: one immutable value holding the loaded models, shared by every thread.
public struct Analyzer: Sendable {
    public let recognizer: EntityRecognizer?

    /// Without models the text stage still runs (title, dateline) and every list stays empty.
    public init(recognizer: EntityRecognizer? = nil) {
        self.recognizer = recognizer
    }

    public func analyze(_ request: AnalysisRequest) -> AnalysisResponse {
        let document = TextReader().read(request.text, givenTitle: request.title)
        let offsets = OffsetConverter(source: document.source, unit: request.offsets)
        let mentions = recognizer?.recognize(document) ?? []
        let clusters = EntityClusterer().cluster(mentions, in: document)
        let quotes = QuoteExtractor().extract(document, mentions: mentions, clusters: clusters)
        let builder = ResponseBuilder(document: document, offsets: offsets)
        let (entities, ids) = builder.entities(clusters)
        return AnalysisResponse(
            id: request.id,
            offsets: request.offsets,
            title: request.title ?? document.title.map { document.sourceText($0) },
            dateline: document.dateline.map { document.sourceText($0) },
            entities: entities,
            quotes: builder.quotes(quotes, entities: entities, ids: ids)
        )
    }
}
