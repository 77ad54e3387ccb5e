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

    /// The headline's line in the text: found there, or the client's title when the text starts with
    /// it; without a final period that the source joined on.
    public var title: Range<Int>?
    /// A period inside the headline's closing quote that the source joined on ("‘Reeks of Fear.’"):
    /// the reported title leaves it out.
    public var titlePeriod: Int?
    /// The subheadline under the headline, read like it (a sentence of paragraph -1).
    public var subtitle: Range<Int>?
    public var subtitlePeriod: Int?
    /// The place name of a wire-style dateline ("Munich" in "Munich: …"). Its tokens are in
    /// `tokens` but in no sentence, so the first sentence starts with the story itself.
    public var dateline: Range<Int>?
    /// The agency a dateline names ("Reuters" in "LONDON (Reuters) -"); its tokens are the dateline's.
    public var agency: Range<Int>?
    /// The region or country a dateline names after its place ("Queensland" in "BRAMLEY,
    /// Queensland —"); its tokens are the dateline's.
    public var datelineRegion: Range<Int>?
    /// The article body: after the headline, before any boilerplate tail.
    public var body: Range<Int>
    /// Inside `body`, trimmed, in order; lines that are page furniture on their own are left out.
    /// Every paragraph is here, body or not, so `Sentence.paragraph` numbers count them all.
    public var paragraphs: [Range<Int>]
    /// What each paragraph is; only `.body` paragraphs have tokens and sentences.
    public var zones: [ParagraphZone]
    public var sentences: [Sentence]
    /// Subheads, one sentence each, for the entity stage alone: names in them are mentions, but
    /// no quote or claim reads them, so their tokens belong to no sentence of `sentences` (-1).
    public var subheadSentences: [Sentence]
    /// Every token of every paragraph, in text order.
    public var tokens: [Token]

    public init(source: [UInt8], normalized: [UInt8], sourceOffset: [Int32]) {
        self.source = source
        self.normalized = normalized
        self.sourceOffset = sourceOffset
        self.title = nil
        self.titlePeriod = nil
        self.subtitle = nil
        self.subtitlePeriod = nil
        self.dateline = nil
        self.agency = nil
        self.datelineRegion = nil
        self.body = 0..<normalized.count
        self.paragraphs = []
        self.zones = []
        self.sentences = []
        self.subheadSentences = []
        self.tokens = []
    }

    /// Words of the headline and paragraphs, as a whitespace split of the normalised text counts
    /// them: tokens that follow a space, a line break or nothing ("don't" and "U.S.-led" are one
    /// word each). Boilerplate left out of the body is not counted; the tokens are at hand, so
    /// this costs no pass over the text.
    public var wordCount: Int {
        normalized.withUnsafeBufferPointer { bytes in
            var count = 0
            for token in tokens {
                let start = token.range.lowerBound
                if start == 0 || ASCII.isSpace(bytes[start - 1]) { count += 1 }
            }
            return count
        }
    }

    /// The byte range in `source` that a range of `normalized` came from.
    ///
    /// Ends right after the source of the range's last byte, so a removed invisible character
    /// that followed it (a zero-width space, a BOM at the very end) is not part of the slice.
    public func sourceRange(_ range: Range<Int>) -> Range<Int> {
        let start = Int(sourceOffset[range.lowerBound])
        let next = Int(sourceOffset[range.upperBound])
        guard range.upperBound > range.lowerBound else { return start..<max(start, next) }
        let last = range.upperBound - 1
        let origin = Int(sourceOffset[last])
        let end: Int
        if normalized[last] >= 0x80 || origin >= source.count {
            end = origin + 1  // Copied from a multi-byte scalar byte for byte.
        } else {
            let byte = source[origin]
            switch byte {
            case 0x0D: end = origin + (origin + 1 < source.count && source[origin + 1] == 0x0A ? 2 : 1)
            case 0xE0...0xEF: end = origin + 3
            case 0xF0...0xF4: end = origin + 4
            case 0xC2...0xDF: end = origin + 2
            default: end = origin + 1
            }
        }
        // Never past where the next normalised byte came from (an invalid or truncated sequence).
        return start..<max(start, min(end, next))
    }

    /// The input's own text for a range of `normalized`, as the contract's `text` fields require.
    public func sourceText(_ range: Range<Int>) -> String {
        sourceText(inSource: sourceRange(range))
    }

    /// The input's text for a range of `source` that `sourceRange` gave: for callers that need
    /// the range's offsets too, so it is worked out once.
    public func sourceText(inSource range: Range<Int>) -> String {
        String(decoding: source[range], as: UTF8.self)
    }

    /// The input's text for a headline line, leaving out the period at `period` (one the source
    /// joined on inside the closing quote) and whatever the text stage took out inside the line
    /// (Markdown or HTML in "Senate passes **budget** bill"): a title has no offsets to keep.
    public func headlineText(_ range: Range<Int>, period: Int?) -> String {
        var text = ""
        var pieceStart = range.lowerBound
        for index in range where index > range.lowerBound {
            let skipped = index - 1 == period || index == period
            let gap = sourceRange((index - 1)..<index).upperBound < Int(sourceOffset[index])
            guard skipped || gap else { continue }
            if pieceStart < index && pieceStart != period { text += sourceText(pieceStart..<index) }
            pieceStart = index
        }
        if pieceStart < range.upperBound && pieceStart != period { text += sourceText(pieceStart..<range.upperBound) }
        return text
    }

    /// The paragraphs that the response reports as notes, in order, as (kind, range). A correction
    /// or editor's note set over several paragraphs (a label, then the note) is one note.
    public var notes: [(kind: NoteKind, range: Range<Int>)] {
        var notes: [(kind: NoteKind, range: Range<Int>)] = []
        var previous: ParagraphZone = .body
        for (index, zone) in zones.enumerated() {
            defer { previous = zone }
            guard let kind = zone.noteKind else { continue }
            if zone == previous && kind != .credit, let last = notes.last {
                notes[notes.count - 1].range = last.range.lowerBound..<paragraphs[index].upperBound
            } else {
                notes.append((kind, paragraphs[index]))
            }
        }
        return notes
    }

    /// The normalised text of a range, for tests and debugging; hot paths compare bytes instead.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: normalized[range], as: UTF8.self)
    }

    public func text(of token: Token) -> String { text(token.range) }

    /// Whether the word ends in "-ing" after at least two letters ("saying", not "sing"): a
    /// participle or gerund, as far as spelling tells.
    func endsWithIng(_ token: Token) -> Bool {
        let end = Int(token.end)
        return end - Int(token.start) > 4 && normalized[end - 3] == UInt8(ascii: "i") && normalized[end - 2] == UInt8(ascii: "n")
            && normalized[end - 1] == UInt8(ascii: "g")
    }

    /// Whether the word is an age in digits, "54-year-old": after an article and heading its
    /// phrase ("the 54-year-old told reporters") it stands for a person.
    func isAge(_ token: Token) -> Bool {
        let suffix = Self.yearOld
        let start = Int(token.start)
        let end = Int(token.end)
        guard token.kind == .word, end - start > suffix.count, ASCII.isDigit(normalized[start]) else { return false }
        for offset in 0..<suffix.count where ASCII.lowercased(normalized[end - suffix.count + offset]) != suffix[offset] {
            return false
        }
        return true
    }

    private static let yearOld = Array("-year-old".utf8)

    /// The number a token's digits open with ("34" of "34" or "34-year-old"), at most three digits.
    func leadingNumber(_ token: Token) -> Int? {
        var value = 0
        var digits = 0
        for byte in normalized[token.range] {
            guard ASCII.isDigit(byte) else { break }
            value = value * 10 + Int(byte &- UInt8(ascii: "0"))
            digits += 1
            if digits > 3 { return nil }
        }
        return digits > 0 ? value : nil
    }

    /// Whether the token at `index` is a comma.
    func isComma(at index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .punctuation && token.range.count == 1 && normalized[token.range.lowerBound] == UInt8(ascii: ",")
    }

    /// Whether the token (a "that") points at the singular noun right after it rather than opening
    /// a clause: "expected that number to rise", "disputed that figure." A finite verb after the
    /// noun leaves it a clause ("noting that inflation is …"), whatever the parse's label, and
    /// a plural noun would take "those" ("that wages fell").
    func isDemonstrativeDeterminer(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.relation == .det, Int(token.head) == index + 1, index + 2 < tokens.count else { return false }
        let noun = tokens[index + 1]
        let next = tokens[index + 2]
        return noun.kind == .word && noun.pos == .noun && normalized[Int(noun.end) - 1] != UInt8(ascii: "s")
            && next.pos != .verb && next.pos != .aux
    }

    /// How many word tokens a sentence has, and how many of them are in capitals.
    func wordsAndCapitals(in sentence: Sentence) -> (words: Int, capitals: Int) {
        var words = 0
        var capitals = 0
        for token in tokens[sentence.tokens] where token.kind == .word {
            words += 1
            if token.flags.contains(.allCaps) { capitals += 1 }
        }
        return (words, capitals)
    }
}

public struct Sentence: Sendable, Equatable {
    public var range: Range<Int>
    /// Index into `TextDocument.paragraphs`; -1 for the headline, which is a sentence of its own.
    public var paragraph: Int
    /// Index of the first token of the sentence in `TextDocument.tokens`, and one past the last.
    public var tokens: Range<Int>

    public init(range: Range<Int>, paragraph: Int, tokens: Range<Int>) {
        self.range = range
        self.paragraph = paragraph
        self.tokens = tokens
    }
}

public struct Token: Sendable, Equatable {
    // Stored widest first, so a token takes 40 bytes rather than 56: every stage walks the tokens.
    /// FNV-1a of the token's ASCII-lower-cased bytes (`WordList.key`): how word lists look words
    /// up. Set by the tokenizer, so the stages that read words hash each token once, not each.
    public var key: UInt64 = 0
    /// `key` with typographic apostrophes read as straight ones ("don’t" as "don't"), as the
    /// quote and claim lexicons key their words.
    public var foldedKey: UInt64 = 0
    public var start: Int32
    public var end: Int32
    /// Index of the token's sentence in `TextDocument.sentences`; -1 for the dateline's tokens, which
    /// are kept out of sentences so the first sentence reads as prose.
    public var sentence: Int32
    /// The index in `TextDocument.tokens` of the token's syntactic head, within its sentence;
    /// -1 for a sentence's root and for tokens that were not parsed.
    public var head: Int32 = -1
    public var flags: TokenFlags
    public var kind: TokenKind
    /// The token's part of speech; set by the syntax stage (`x` before it, or without its model).
    public var pos: PartOfSpeech = .x
    /// The relation to `head` (`root` for a root); set by the syntax stage.
    public var relation: DependencyRelation = .dep
    public var range: Range<Int> { Int(start)..<Int(end) }

    public init(start: Int32, end: Int32, kind: TokenKind, sentence: Int32 = -1, flags: TokenFlags = []) {
        self.start = start
        self.end = end
        self.kind = kind
        self.sentence = sentence
        self.flags = flags
    }

    /// A token with its keys, built in one piece as the tokenizer appends it. The tokenizer has
    /// checked that its offsets fit 32 bits.
    @inline(__always)
    init(start: Int, end: Int, kind: TokenKind, flags: TokenFlags, keysFrom bytes: UnsafeBufferPointer<UInt8>) {
        let keys = Self.keys(bytes, start..<end)
        self.key = keys.plain
        self.foldedKey = keys.folded
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
        self.sentence = -1
        self.flags = flags
        self.kind = kind
    }

    /// A token of ASCII bytes, whose two keys are one, computed by the caller (the tokenizer,
    /// which has checked that its offsets fit 32 bits).
    @inline(__always)
    init(start: Int, end: Int, kind: TokenKind, flags: TokenFlags, asciiKey: UInt64) {
        self.key = asciiKey
        self.foldedKey = asciiKey
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
        self.sentence = -1
        self.flags = flags
        self.kind = kind
    }

    /// FNV-1a's offset basis and prime, as `keys` uses them.
    static let keySeed = FNV1a.seed
    static let keyPrime = FNV1a.prime

    /// Computes `key` and `foldedKey` from the token's bytes.
    mutating func setKeys(_ bytes: UnsafeBufferPointer<UInt8>) {
        (key, foldedKey) = Self.keys(bytes, range)
    }

    @inline(__always)
    static func keys(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (plain: UInt64, folded: UInt64) {
        // Most tokens are ASCII, where the two keys are one hash.
        var plain = FNV1a.seed
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte < 0x80 else { return keysFoldingApostrophes(bytes, range) }
            plain = FNV1a.step(plain, UInt64(ASCII.lowercased(byte)))
            index += 1
        }
        return (plain, plain)
    }

    private static func keysFoldingApostrophes(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    ) -> (plain: UInt64, folded: UInt64) {
        var plain = FNV1a.seed
        var folded = FNV1a.seed
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                plain = FNV1a.step(plain, 0xE2)
                plain = FNV1a.step(plain, 0x80)
                plain = FNV1a.step(plain, 0x99)
                folded = FNV1a.step(folded, UInt64(UInt8(ascii: "'")))
                index += 3
                continue
            }
            let lowered = UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            plain = FNV1a.step(plain, lowered)
            folded = FNV1a.step(folded, lowered)
            index += 1
        }
        return (plain, folded)
    }
}

public enum TokenKind: UInt8, Sendable {
    case word, number, punctuation, symbol, quote
}

/// Facts about a token that are cheap to know while scanning and that a tagger would otherwise
/// have to recompute by decoding the bytes again.
public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The first letter is upper case ("Moscow", "NATO").
    public static let capitalized = TokenFlags(rawValue: 1 << 0)
    /// Has letters and none is lower case ("NATO", "U.S.").
    public static let allCaps = TokenFlags(rawValue: 1 << 1)
    /// The first word or number of its sentence, where capitals say little about names.
    public static let sentenceInitial = TokenFlags(rawValue: 1 << 2)
    /// A word that carries its period ("Mr.", "U.S.", "J.").
    public static let abbreviation = TokenFlags(rawValue: 1 << 3)
    /// An abbreviation that often closes a sentence too ("etc.", "U.S.", "Inc."), unlike "Mr.".
    public static let mayEndSentence = TokenFlags(rawValue: 1 << 4)
    /// The possessive "’s" / "'s" split off its word.
    public static let possessive = TokenFlags(rawValue: 1 << 5)
    /// ". ! ? … ..." – punctuation that can close a sentence.
    public static let terminator = TokenFlags(rawValue: 1 << 6)
    /// A quote mark that opens a quotation (“ ‘ « „, or a straight quote not touching the previous token).
    public static let openingQuote = TokenFlags(rawValue: 1 << 7)
    /// A quote mark that closes a quotation (” ’ », or a straight quote right after a token).
    public static let closingQuote = TokenFlags(rawValue: 1 << 8)
    public static let openingBracket = TokenFlags(rawValue: 1 << 9)
    public static let closingBracket = TokenFlags(rawValue: 1 << 10)
    /// A dash or hyphen standing alone ("—", "–", " - ").
    public static let dash = TokenFlags(rawValue: 1 << 11)
    /// Part of the headline, where capitals mark words, not names ("NATO Urges More Talks").
    public static let headline = TokenFlags(rawValue: 1 << 12)
    /// A web or e-mail address or a social handle, one token of kind `symbol` (`WebAddress`):
    /// never part of a name.
    public static let webAddress = TokenFlags(rawValue: 1 << 13)
    /// Inside a quotation that closes in its paragraph, the marks included (`QuotationMarker`).
    public static let quoted = TokenFlags(rawValue: 1 << 14)
}
