/// The whole analysis: one immutable value holding the loaded models, shared by every thread.
public struct Analyzer: Sendable {
    public let recognizer: EntityRecognizer?
    public let claimExtractor: ClaimExtractor?

    /// Without models the text stage still runs (title, dateline) and every list stays empty.
    public init(recognizer: EntityRecognizer? = nil, claimExtractor: ClaimExtractor? = nil) {
        self.recognizer = recognizer
        self.claimExtractor = claimExtractor
    }

    public func analyze(_ request: AnalysisRequest) -> AnalysisResponse {
        let document = TextReader().read(request.text, givenTitle: request.title)
        let offsets = OffsetConverter(source: document.source, unit: request.offsets)
        let mentions = recognizer?.recognize(document) ?? []
        let clusters = EntityClusterer().cluster(mentions, in: document)
        // Quotes will supply `ClaimContext`s once that stage lands; until then claims find speakers themselves.
        let claims = claimExtractor?.extract(document: document, mentions: mentions, contexts: []) ?? []
        let builder = ResponseBuilder(document: document, offsets: offsets)
        let ranked = builder.rank(clusters)
        return AnalysisResponse(
            id: request.id,
            offsets: request.offsets,
            title: request.title ?? document.title.map { document.sourceText($0) },
            dateline: document.dateline.map { document.sourceText($0) },
            entities: builder.entities(ranked),
            claims: builder.claims(claims, entities: ranked)
        )
    }
}
