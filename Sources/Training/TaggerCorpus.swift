import Core

/// Annotated sentences from the open corpora (`token<TAB>IOB2-tag` lines), turned into the same
/// `TaggerToken`s the tagger sees at run time so that training and tagging share every feature.
public struct TaggerCorpus: Sendable {
    public struct Sentence: Sendable {
        public var words: [String]
        public var spans: [(Range<Int>, TaggerType)]
    }

    public var sentences: [Sentence] = []

    public init() {}

    /// Parses CoNLL-style text; labels outside the tagger's types count as O.
    public init(conll text: String) {
        var words: [String] = []
        var tags: [Substring] = []
        func flush() {
            if !words.isEmpty { sentences.append(Sentence(words: words, spans: Self.spans(tags))) }
            words = []
            tags = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(separator: "\t")
            if fields.count < 2 || fields[0] == "-DOCSTART-" {
                flush()
                continue
            }
            words.append(String(fields[0]))
            tags.append(fields[fields.count - 1])
        }
        flush()
    }

    private static func spans(_ tags: [Substring]) -> [(Range<Int>, TaggerType)] {
        var spans: [(Range<Int>, TaggerType)] = []
        var start: Int?
        var type: TaggerType?
        for (index, tag) in tags.enumerated() {
            let parts = tag.split(separator: "-", maxSplits: 1)
            let prefix = parts.first ?? "O"
            let current = parts.count == 2 ? TaggerType(corpusLabel: parts[1]) : nil
            let continues = prefix == "I" && current != nil && current == type && start != nil
            if !continues {
                if let begin = start, let spanType = type { spans.append((begin..<index, spanType)) }
                start = current != nil ? index : nil
                type = current
            }
        }
        if let begin = start, let spanType = type { spans.append((begin..<tags.count, spanType)) }
        return spans
    }

    /// A sentence as text (words joined by spaces) and tagger tokens over it.
    public static func layout(_ words: [String], uppercased: Bool = false) -> (text: [UInt8], tokens: [TaggerToken]) {
        var text: [UInt8] = []
        var tokens: [TaggerToken] = []
        var sawWord = false
        for word in words {
            if !text.isEmpty { text.append(0x20) }
            let start = text.count
            for byte in word.utf8 {
                text.append(uppercased && byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte)
            }
            var flags = TokenFlags.casing(of: text[start...])
            if !sawWord && flags.contains(.wordLike) {
                flags.insert(.sentenceInitial)
                sawWord = true
            }
            flags.remove(.wordLike)
            let key = text.withUnsafeBufferPointer { WordList.key($0, start..<text.count) }
            tokens.append(TaggerToken(range: start..<text.count, flags: flags, key: key))
        }
        return (text, tokens)
    }
}
