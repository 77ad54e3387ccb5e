/// The text stage's entry point: input string → `TextDocument`.
///
/// Order matters: the headline and the furniture tail are removed before paragraphs are found,
/// and the dateline is taken off the first paragraph before sentences are, so none of them
/// reaches the sentence and token lists that later stages analyse.
public struct TextReader: Sendable {
    public init() {}

    public func read(_ text: String, givenTitle: String? = nil) -> TextDocument {
        // A native string's bytes in one copy; `Array(text.utf8)` would read them one at a time.
        let source = text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(text.utf8)
        let normalizer = TextNormalizer()
        var normalized = normalizer.normalize(source)
        // Markdown and HTML syntax is not text to read (the map back to the input is kept).
        var headings: [Int] = []
        let markup = MarkupStripper()
        if normalized.bytes.withUnsafeBufferPointer({ markup.mayHaveMarkup($0) }),
            let stripped = normalized.bytes.withUnsafeBufferPointer({ markup.strip($0, sourceOffset: normalized.sourceOffset) })
        {
            normalized.bytes = stripped.bytes
            normalized.sourceOffset = stripped.sourceOffset
            headings = stripped.headings
        }
        var document = TextDocument(source: source, normalized: normalized.bytes, sourceOffset: normalized.sourceOffset)
        let titleBytes = givenTitle.map { normalizer.normalize(Array($0.utf8)).bytes }
        normalized.bytes.withUnsafeBufferPointer { bytes in
            layOut(bytes, givenTitle: titleBytes, headings: headings, into: &document)
        }
        return document
    }

    /// How many of the first body paragraphs may hold the dateline: a deck or a one-line kicker
    /// sometimes comes before it.
    static let datelineParagraphs = 3

    private func layOut(
        _ bytes: UnsafeBufferPointer<UInt8>, givenTitle: [UInt8]?, headings: [Int], into document: inout TextDocument
    ) {
        let headline = HeadlineDetector().detect(bytes, givenTitle: givenTitle)
        document.title = headline.title
        document.titlePeriod = headline.titlePeriod
        document.subtitle = headline.subtitle
        document.subtitlePeriod = headline.subtitlePeriod
        let bodyEnd = BoilerplateTrimmer().bodyEnd(bytes, body: headline.bodyStart..<bytes.count)
        document.body = TextLines.trimmedBlock(bytes, headline.bodyStart..<bodyEnd)
        document.paragraphs = ParagraphSplitter().split(bytes, body: document.body)
        let bodyStart = document.body.lowerBound
        document.zones = ZoneClassifier().classify(bytes, paragraphs: document.paragraphs, headings: headings.filter { $0 >= bodyStart })

        var tokens: [Token] = []
        // About one token in five bytes of prose; more in figures and lists, which should not
        // have to copy the array to grow it.
        tokens.reserveCapacity(document.body.count / 4 + 16)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(document.body.count / 100 + 4)
        let tokenizer = Tokenizer()
        let splitter = SentenceSplitter()
        // The headline and subheadline are sentences of their own (paragraph -1): their names are mentions too.
        for line in [document.title, document.subtitle] {
            guard let line else { continue }
            let first = tokens.count
            tokenizer.tokenize(bytes, line, into: &tokens)
            guard tokens.count > first else { continue }
            for index in first..<tokens.count { tokens[index].flags.insert(.headline) }
            splitter.append(tokens: &tokens, first..<tokens.count, paragraph: -1, into: &sentences)
        }
        var bodyParagraphs = 0
        for (index, paragraph) in document.paragraphs.enumerated() {
            var first = tokens.count
            if document.zones[index] == .subhead {
                tokenizer.tokenize(bytes, paragraph, into: &tokens)
                guard tokens.count > first else { continue }
                Self.appendSubhead(&tokens, first..<tokens.count, paragraph: index, to: &document)
                continue
            }
            guard document.zones[index] == .body else { continue }
            tokenizer.tokenize(bytes, paragraph, into: &tokens)
            // A dateline opens the story: the first body paragraph, or one after a short deck.
            // After a deck only a place in capitals counts ("CHARLOTTE -"), not a label ("Scores:").
            if document.dateline == nil && bodyParagraphs < Self.datelineParagraphs,
                let dateline = DatelineDetector().detect(bytes, tokens: tokens[first...]),
                bodyParagraphs == 0 || !dateline.place.contains(where: { bytes[$0] &- UInt8(ascii: "a") < 26 })
            {
                document.dateline = dateline.place
                document.agency = dateline.source
                document.datelineRegion = dateline.region
                first += dateline.tokenCount
            } else if document.agency == nil, bodyParagraphs == 0,
                let opening = DatelineDetector().agencyOnly(bytes, tokens: tokens[first...])
            {
                document.agency = opening.source
                first += opening.tokenCount
            }
            if paragraph.count > 200 { bodyParagraphs = Self.datelineParagraphs }
            bodyParagraphs += 1
            // A heading in capitals or in title case run into the paragraph is a subhead: its
            // names are entities, but no quote or claim reads it.
            let opening = first
            if let heading = tokens.withUnsafeBufferPointer({
                SentenceSplitter.runInHeadingEnd(bytes, $0, opening..<$0.count)
                    ?? SentenceSplitter.titledHeadingEnd(bytes, $0, opening..<$0.count)
            }) {
                Self.appendSubhead(&tokens, first..<heading, paragraph: index, to: &document)
                first = heading
            }
            splitter.split(bytes, tokens: &tokens, range: first..<tokens.count, paragraph: index, into: &sentences)
        }
        QuotationMarker().mark(&tokens, sentences: sentences)
        document.tokens = tokens
        document.sentences = sentences
    }

    /// Keeps `tokens[range]` as a subhead: a sentence apart, whose first word opens it, that only
    /// the entity stage reads.
    private static func appendSubhead(_ tokens: inout [Token], _ range: Range<Int>, paragraph: Int, to document: inout TextDocument) {
        if let word = tokens[range].firstIndex(where: { $0.kind == .word || $0.kind == .number }) {
            tokens[word].flags.insert(.sentenceInitial)
        }
        let bytes = Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)
        document.subheadSentences.append(Sentence(range: bytes, paragraph: paragraph, tokens: range))
    }
}
