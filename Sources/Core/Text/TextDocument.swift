/// An article after the text stage: the input bytes, a normalised copy that later stages read,
/// and the layout (headline, dateline, paragraphs, sentences, tokens) found in it.
///
/// All ranges are UTF-8 byte offsets into `normalized`; `sourceOffset` maps them back to the input.
public struct TextDocument: Sendable {
    /// The input exactly as received, UTF-8.
    public let source: [UInt8]
    /// The text later stages read (see `TextNormalizer` for what changes).
    public let normalized: [UInt8]
    /// For each byte offset of `normalized` (and one past its end), the byte offset in `source`.
    public let sourceOffset: [Int32]

    public var title: Range<Int>?
    public var dateline: Range<Int>?
    /// The article body: after the headline, before any boilerplate tail.
    public var body: Range<Int>
    public var paragraphs: [Range<Int>]
    public var sentences: [Sentence]
    public var tokens: [Token]

    public init(source: [UInt8], normalized: [UInt8], sourceOffset: [Int32]) {
        self.source = source
        self.normalized = normalized
        self.sourceOffset = sourceOffset
        self.title = nil
        self.dateline = nil
        self.body = 0..<normalized.count
        self.paragraphs = []
        self.sentences = []
        self.tokens = []
    }

    /// The byte range in `source` that a range of `normalized` came from.
    public func sourceRange(_ range: Range<Int>) -> Range<Int> {
        Int(sourceOffset[range.lowerBound])..<Int(sourceOffset[range.upperBound])
    }

    /// The input's own text for a range of `normalized`, as the contract's `text` fields require.
    public func sourceText(_ range: Range<Int>) -> String {
        String(decoding: source[sourceRange(range)], as: UTF8.self)
    }
}

public struct Sentence: Sendable, Equatable {
    public var range: Range<Int>
    public var paragraph: Int
    /// Index of the first token of the sentence in `TextDocument.tokens`, and one past the last.
    public var tokens: Range<Int>
}

public struct Token: Sendable, Equatable {
    public var start: Int32
    public var end: Int32
    public var kind: TokenKind
    public var range: Range<Int> { Int(start)..<Int(end) }
}

public enum TokenKind: UInt8, Sendable {
    case word, number, punctuation, symbol, quote
}
