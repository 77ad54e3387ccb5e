/// The spelling of one word as the part-of-speech tagger and the parser read it: a few hashes,
/// computed once per word from its bytes, which every feature then combines without touching
/// the text again.
public struct SyntaxWord: Sendable, Equatable {
    /// The word lower-cased, typographic apostrophes read as straight ones; a word with a digit
    /// is read as its shape ("2024" and "1999" are one word to the models).
    public var form: UInt64
    /// The last three bytes of the lower-cased word ("-ing", "-ed", "-ly").
    public var suffix: UInt64
    /// The first byte as written (its case included).
    public var prefix: UInt64
    /// The last two bytes of the lower-cased word ("-s", "-ed", "-'s"): short words' endings,
    /// which `suffix` mixes with their first letter.
    public var shortSuffix: UInt64
    /// The first three bytes of the lower-cased word ("un-", "re-", "over-"): what a rare word's
    /// spelling shares with its family.
    public var stem: UInt64
    /// Character classes with runs shortened: "Xxx" for "Moscow", "d.d" for "3.25", "X.X." for "U.S.".
    public var shape: UInt64

    /// Reads `bytes[range]`, UTF-8.
    public init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var shape = SyntaxHash.seed
        var last: UInt8 = 0
        var run = 0
        var hasDigit = false
        var tail: UInt32 = 0
        var index = range.lowerBound
        while index < range.upperBound {
            var byte = bytes[index]
            if byte == 0xE2, index + 2 < range.upperBound, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                byte = UInt8(ascii: "'")
                index += 2
            }
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            tail = tail << 8 | UInt32(lowered)
            let kind: UInt8
            switch byte {
            case 0x41...0x5A: kind = UInt8(ascii: "X")
            case 0x61...0x7A: kind = UInt8(ascii: "x")
            case 0x30...0x39:
                kind = UInt8(ascii: "d")
                hasDigit = true
            case 0x80...0xBF: kind = 0  // A continuation byte adds nothing to the shape.
            case 0xC0...: kind = UInt8(ascii: "u")
            default: kind = byte
            }
            if kind != 0 {
                run = kind == last ? run + 1 : 1
                last = kind
                if run <= 2 { shape = SyntaxHash.byte(shape, kind) }
            }
            index += 1
        }
        self.shape = shape
        self.form = hasDigit ? SyntaxHash.combine(shape, 0x6469_6769_7473) : FoldedWord.hash(bytes, range)
        self.suffix = SyntaxHash.combine(SyntaxHash.seed, UInt64(tail & 0xFF_FFFF))
        self.prefix = range.isEmpty ? 0 : SyntaxHash.combine(SyntaxHash.seed, UInt64(bytes[range.lowerBound]))
        self.shortSuffix = SyntaxHash.combine(SyntaxHash.seed &+ 2, UInt64(tail & 0xFFFF))
        var head: UInt64 = 0
        for index in range.prefix(3) {
            let byte = bytes[index]
            head = head << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        self.stem = SyntaxHash.combine(SyntaxHash.seed &+ 3, head)
    }

    /// Words given as strings (CoNLL-U files, tests).
    public static func words(_ forms: [String]) -> [SyntaxWord] {
        forms.map { form in
            let bytes = Array(form.utf8)
            return bytes.withUnsafeBufferPointer { SyntaxWord($0, 0..<bytes.count) }
        }
    }
}

/// The hashing the syntax features share: FNV-1a over bytes, and a strong 64-bit mix to combine
/// values, so that templates that combine the same values in other roles never collide.
enum SyntaxHash {
    static let seed = FNV1a.seed

    @inline(__always) static func byte(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        FNV1a.step(hash, UInt64(byte))
    }

    @inline(__always) static func combine(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        var mixed = (hash &+ 0x9E37_79B9_7F4A_7C15) ^ (value &* 0xBF58_476D_1CE4_E5B9)
        mixed = (mixed ^ (mixed >> 31)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 29)
    }

    /// A feature's row: the template's number and up to three values.
    @inline(__always) static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> Int32 {
        row(combine(combine(combine(self.template(template), a), b), c))
    }

    /// What a template's number starts its features' hashes from.
    @inline(__always) static func template(_ number: UInt64) -> UInt64 { number &* 0x2545_F491_4F6C_DD1D }

    /// The row a feature's finished hash selects (the tables mask it to their size).
    @inline(__always) static func row(_ hash: UInt64) -> Int32 { Int32(truncatingIfNeeded: hash >> 33) }
}

/// The word forms the parse repairs look for.
extension SyntaxWord {
    /// A comma's form, which the parse repairs look for.
    static let comma = SyntaxWord.words([","])[0].form

    /// Whether the word ends in "-ing", as a present participle does.
    var endsInIng: Bool { suffix == Self.ing.suffix }
    /// Whether the word ends in "-ed", as a regular past participle does.
    var endsInEd: Bool { shortSuffix == Self.ed.shortSuffix }

    /// Whether the word is a preposition that also opens a clause ("after the report found …"),
    /// whose noun may be a later verb's subject: a scan, not a hash, as the repairs ask it of
    /// every preposition of every sentence.
    var opensClause: Bool { Self.clauseOpeners.contains(form) }

    private static let clauseOpeners = SyntaxWord.words([
        "after", "before", "since", "until", "as", "because", "while", "once", "when", "if",
    ]).map(\.form)
    private static let ing = SyntaxWord.words(["going"])[0]
    private static let ed = SyntaxWord.words(["asked"])[0]
}
