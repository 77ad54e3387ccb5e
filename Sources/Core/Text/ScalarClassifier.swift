/// What a scalar means to the tokenizer and the layout rules.
///
/// Apostrophes and hyphens get their own classes because they sit inside words ("don’t",
/// "NATO-Russia") as often as they stand alone; the tokenizer decides from the neighbours.
enum CharacterClass: UInt8, Sendable {
    case space, newline
    case upper, lower, caselessLetter, digit, mark
    /// `'` and `’`: an apostrophe inside a word, otherwise a quote mark.
    case apostrophe
    /// `"`, “ ” ‘ « » „ ‹ ›.
    case quote
    /// `-` and U+2010/U+2011: joins words ("build-up"), otherwise a dash.
    case hyphen
    /// – — and other dashes that never join words.
    case dash
    case period, terminator, ellipsis
    case openBracket, closeBracket
    case punctuation, symbol
    /// Format characters such as right-to-left marks: invisible, so they separate nothing.
    case format

    var isWordCharacter: Bool {
        switch self {
        case .upper, .lower, .caselessLetter, .digit, .mark: true
        default: false
        }
    }

    var isLetter: Bool {
        switch self {
        case .upper, .lower, .caselessLetter, .mark: true
        default: false
        }
    }
}

/// Decodes and classifies UTF-8 scalars without building `Character`s or `String`s.
///
/// ASCII, which is most of an English article, goes through one table lookup; only other
/// scalars pay for a Unicode property lookup.
enum ScalarClassifier {
    static let asciiClasses: [CharacterClass] = (0..<128).map { code -> CharacterClass in
        switch UInt8(code) {
        case UInt8(ascii: "\n"): .newline
        case 0..<0x21, 0x7F: .space
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): .upper
        case UInt8(ascii: "a")...UInt8(ascii: "z"): .lower
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
        case UInt8(ascii: "'"): .apostrophe
        case UInt8(ascii: "\""): .quote
        case UInt8(ascii: "-"): .hyphen
        case UInt8(ascii: "."): .period
        case UInt8(ascii: "!"), UInt8(ascii: "?"): .terminator
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): .openBracket
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): .closeBracket
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "/"),
            UInt8(ascii: "&"), UInt8(ascii: "_"), UInt8(ascii: "`"):
            .punctuation
        default: .symbol
        }
    }

    /// The ASCII bytes that may stand inside a word: the hyphen and the apostrophe.
    @inline(__always)
    static func joinsWords(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") }

    /// Decodes the scalar starting at `index`. The text must be valid UTF-8 (as
    /// `TextNormalizer` output is); a truncated sequence decodes as one replacement byte so that
    /// callers still advance.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return (0xFFFD, 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (value, length)
    }

    static func classify(_ value: UInt32) -> CharacterClass {
        if value < 0x80 { return asciiClasses[Int(value)] }
        switch value {
        case 0x2019: return .apostrophe
        case 0x2018, 0x201A...0x201F, 0xAB, 0xBB, 0x2039, 0x203A: return .quote
        case 0x2010, 0x2011: return .hyphen
        case 0x2012...0x2015, 0x2E3A, 0x2E3B, 0xFE58, 0xFE63, 0xFF0D: return .dash
        case 0x2026: return .ellipsis
        case 0x2028, 0x2029: return .newline
        // The common alphabets, answered without a property lookup (the test suite checks these
        // ranges agree with the Unicode properties).
        case 0xC0...0xD6, 0xD8...0xDE, 0x391...0x3A1, 0x3A3...0x3A9, 0x400...0x42F: return .upper
        case 0xDF...0xF6, 0xF8...0xFF, 0x3B1...0x3C9, 0x430...0x45F: return .lower
        case 0x300...0x36F: return .mark
        case 0x5D0...0x5EA, 0x621...0x63A, 0x641...0x64A, 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF,
            0xAC00...0xD7A3:
            return .caselessLetter
        case 0x1F300...0x1F5FF, 0x1F680...0x1F6C5, 0x1F900...0x1F9FF: return .symbol
        default: return classifyByProperties(value)
        }
    }

    static func classifyByProperties(_ value: UInt32) -> CharacterClass {
        if value < 0x80 { return asciiClasses[Int(value)] }
        guard let scalar = Unicode.Scalar(value) else { return .symbol }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return .upper
        case .lowercaseLetter: return .lower
        case .modifierLetter, .otherLetter: return .caselessLetter
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .decimalNumber, .letterNumber, .otherNumber: return .caselessLetter
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control: return .space
        case .openPunctuation: return .openBracket
        case .closePunctuation: return .closeBracket
        case .initialPunctuation, .finalPunctuation: return .quote
        case .dashPunctuation: return .dash
        case .connectorPunctuation, .otherPunctuation:
            // Full-width and other scripts' sentence ends (。！？) end sentences like ASCII ones.
            switch value {
            case 0x3002, 0xFF01, 0xFF1F, 0x061F, 0x0964, 0x0965: return .terminator
            default: return .punctuation
            }
        case .format: return .format
        default: return .symbol
        }
    }
}
