/// The whole analysis: one immutable value holding the loaded models, shared by every thread.
public struct Analyzer: Sendable {
    public let syntax: SyntaxAnnotator?
    public let recognizer: EntityRecognizer?
    public let claimExtractor: ClaimExtractor?
    public let identifier: LanguageIdentifier

    /// Without models the text stage still runs (title, dateline) and every list stays empty; without
    /// a language profile only the script tells a language (Latin and Cyrillic text is English).
    public init(
        syntax: SyntaxAnnotator? = nil, recognizer: EntityRecognizer? = nil, claimExtractor: ClaimExtractor? = nil,
        identifier: LanguageIdentifier = LanguageIdentifier()
    ) {
        self.syntax = syntax
        self.recognizer = recognizer
        self.claimExtractor = claimExtractor
        self.identifier = identifier
    }

    public func analyze(_ request: AnalysisRequest) throws(AnalysisError) -> AnalysisResponse {
        var timings = StageTimings(enabled: false)
        return try analyze(request, timings: &timings)
    }

    /// The same analysis, adding each stage's time to `timings` (for `lede bench` and metrics).
    ///
    /// The language is identified first, and text in another language is refused before any model
    /// reads it, unless the request names English: every model here learned English only.
    public func analyze(_ request: AnalysisRequest, timings: inout StageTimings) throws(AnalysisError) -> AnalysisResponse {
        let language = request.language ?? timings.measure(.language) { identifier.identify(request.text) }
        guard language == "en" else { throw .unsupportedLanguage(language) }
        var document = timings.measure(.text) { TextReader().read(request.text, givenTitle: request.title) }
        timings.count(wordsOf: document)
        if let syntax { timings.measure(.syntax) { syntax.annotate(&document) } }
        let mentions = timings.measure(.entities) { recognizer?.recognize(document) ?? [] }
        let clusters = timings.measure(.coreference) {
            let lexicon = recognizer?.lexicon
            return EntityClusterer(gazetteer: lexicon?.gazetteer, givenNames: lexicon?.givenNames).cluster(mentions, in: document)
        }
        let (quotes, linked) = timings.measure(.quotes) {
            // The speakers' "I" and "we" join their entities.
            let quotes = QuoteExtractor().extract(document, mentions: mentions, clusters: clusters)
            return (quotes, QuotedPronouns().link(quotes, to: clusters, in: document))
        }
        let offsets = OffsetConverter(source: document.source, unit: request.offsets)
        let builder = ResponseBuilder(document: document, offsets: offsets)
        let (ranked, entities) = timings.measure(.output) {
            let ranked = builder.rank(linked, speakers: quotes.compactMap { $0.speaker?.cluster })
            return (ranked, builder.entities(ranked))
        }
        let claims = timings.measure(.claims) {
            claimExtractor?.extract(document: document, mentions: mentions, clusters: linked, quotes: quotes) ?? []
        }
        return timings.measure(.output) {
            AnalysisResponse(
                id: request.id,
                language: language,
                offsets: request.offsets,
                title: request.title ?? document.title.map { document.headlineText($0, period: document.titlePeriod) },
                subtitle: document.subtitle.map { document.headlineText($0, period: document.subtitlePeriod) },
                dateline: document.dateline.map { document.sourceText($0) },
                source: document.agency.map { document.sourceText($0) },
                entities: entities,
                quotes: builder.quotes(quotes, entities: entities, ranked: ranked),
                claims: builder.claims(claims, entities: entities, ranked: ranked),
                notes: builder.notes(),
                tokens: request.syntax ? builder.syntaxTokens() : nil
            )
        }
    }
}

/// Time spent in each pipeline stage, summed over the analyses it was passed to. Fixed storage,
/// not a dictionary: the server fills one per request.
public struct StageTimings: Sendable {
    public enum Stage: String, CaseIterable, Sendable {
        case language, text, syntax, entities, coreference, quotes, claims, output

        var ordinal: Int {
            switch self {
            case .language: 7
            case .text: 0
            case .syntax: 1
            case .entities: 2
            case .coreference: 3
            case .quotes: 4
            case .claims: 5
            case .output: 6
            }
        }
    }

    public let enabled: Bool
    private var totals = InlineArray<8, UInt64>(repeating: 0)
    /// Words of the texts analysed (`TextDocument.wordCount`: headline and body).
    public private(set) var words = 0

    public init(enabled: Bool = true) {
        self.enabled = enabled
    }

    public func nanoseconds(_ stage: Stage) -> UInt64 { totals[stage.ordinal] }

    mutating func measure<T>(_ stage: Stage, _ work: () -> T) -> T {
        guard enabled else { return work() }
        let clock = ContinuousClock()
        let start = clock.now
        let result = work()
        let elapsed = start.duration(to: clock.now).components
        totals[stage.ordinal] += UInt64(elapsed.seconds) * 1_000_000_000 + UInt64(elapsed.attoseconds / 1_000_000_000)
        return result
    }

    /// Adds another record's times and words (the server keeps one running total).
    public mutating func add(_ other: StageTimings) {
        for index in totals.indices { totals[index] += other.totals[index] }
        words += other.words
    }

    mutating func count(wordsOf document: TextDocument) {
        guard enabled else { return }
        words += document.wordCount
    }
}
