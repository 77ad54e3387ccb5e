/// The text stage's entry point: input string → `TextDocument`.
///
/// Order matters: the headline and the furniture tail are removed before paragraphs are found,
/// and the dateline is taken off the first paragraph before sentences are, so none of them
/// reaches the sentence and token lists that later stages analyse.
public struct TextReader: Sendable {
    public init() {}

    public func read(_ text: String, givenTitle: String? = nil) -> TextDocument {
        let source = Array(text.utf8)
        let normalizer = TextNormalizer()
        let normalized = normalizer.normalize(source)
        var document = TextDocument(source: source, normalized: normalized.bytes, sourceOffset: normalized.sourceOffset)
        let titleBytes = givenTitle.map { normalizer.normalize(Array($0.utf8)).bytes }
        normalized.bytes.withUnsafeBufferPointer { bytes in
            layOut(bytes, givenTitle: titleBytes, into: &document)
        }
        return document
    }

    private func layOut(_ bytes: UnsafeBufferPointer<UInt8>, givenTitle: [UInt8]?, into document: inout TextDocument) {
        let headline = HeadlineDetector().detect(bytes, givenTitle: givenTitle)
        document.title = headline.title
        let bodyEnd = BoilerplateTrimmer().bodyEnd(bytes, body: headline.bodyStart..<bytes.count)
        document.body = TextLines.trimmedBlock(bytes, headline.bodyStart..<bodyEnd)
        document.paragraphs = ParagraphSplitter().split(bytes, body: document.body)

        var tokens: [Token] = []
        tokens.reserveCapacity(document.body.count / 5 + 16)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(document.body.count / 100 + 4)
        let tokenizer = Tokenizer()
        let splitter = SentenceSplitter()
        // The headline is one sentence of its own (paragraph -1): its names are mentions too.
        if let title = document.title {
            tokenizer.tokenize(bytes, title, into: &tokens)
            if !tokens.isEmpty {
                for index in tokens.indices { tokens[index].flags.insert(.headline) }
                splitter.append(tokens: &tokens, 0..<tokens.count, paragraph: -1, into: &sentences)
            }
        }
        for (index, paragraph) in document.paragraphs.enumerated() {
            var first = tokens.count
            tokenizer.tokenize(bytes, paragraph, into: &tokens)
            if index == 0, let dateline = DatelineDetector().detect(bytes, tokens: tokens[first...]) {
                document.dateline = dateline.place
                first += dateline.tokenCount
            }
            splitter.split(bytes, tokens: &tokens, range: first..<tokens.count, paragraph: index, into: &sentences)
        }
        document.tokens = tokens
        document.sentences = sentences
    }
}
