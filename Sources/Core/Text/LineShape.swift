/// How one short line looks, from one pass over its bytes: the facts that tell a subhead, a label
/// or a credit line from a sentence of prose.
struct LineShape: Sendable {
    var words = 0
    /// Words starting with an ASCII capital or a digit.
    var capitalized = 0
    /// Words starting with a lower-case ASCII letter that are not small connecting words.
    var lowercase = 0
    var hasLetter = false
    var hasDigit = false
    var hasLowercaseLetter = false
    var hasUppercaseLetter = false
    var commas = 0
    /// A colon or semicolon before the last word ("AMT: 1,200,000", "Part one: the crash").
    var hasInnerColon = false
    /// The last byte that is not a closing quote or bracket (0 for none).
    var lastMark: UInt8 = 0

    /// Lower-case words that title-case lines keep small ("War and Peace", "Joining Forces With China").
    static let smallWords = WordKey.set([
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from",
        "as", "vs", "vs.", "via", "into", "over", "per", "up", "off", "out", "is", "be", "are", "was",
    ])

    /// `stoppingAtLowercaseWord`: for callers that refuse a line with a lower-case word whatever
    /// else it holds (a subhead is never in sentence case). The pass then ends at the first word
    /// that starts with a lower-case letter and is not a small word, `lowercase` is 1 and the
    /// other facts cover the line up to that word only.
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, stoppingAtLowercaseWord: Bool = false) {
        let smallWords = Self.smallWords
        var index = line.lowerBound
        while index < line.upperBound {
            while index < line.upperBound && bytes[index] == TextLines.space { index += 1 }
            guard index < line.upperBound else { break }
            let start = index
            while index < line.upperBound && bytes[index] != TextLines.space {
                let byte = bytes[index]
                if ASCII.isLetter(byte) || (byte >= 0xC3 && byte <= 0xDF) {
                    hasLetter = true
                    if byte &- UInt8(ascii: "a") < 26 { hasLowercaseLetter = true }
                    if ASCII.isUpper(byte) { hasUppercaseLetter = true }
                } else if ASCII.isDigit(byte) {
                    hasDigit = true
                } else if byte == UInt8(ascii: ",") {
                    commas += 1
                } else if (byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";")) && index + 1 < line.upperBound {
                    hasInnerColon = true
                }
                index += 1
            }
            words += 1
            // The word's first letter or digit, past opening quotes and brackets.
            var first = start
            while first < index && !ASCII.isLetter(bytes[first]) && !ASCII.isDigit(bytes[first])
                && !(bytes[first] >= 0xC3 && bytes[first] <= 0xDF)
            {
                first += 1
            }
            guard first < index else { continue }
            let byte = bytes[first]
            if ASCII.isUpper(byte) || ASCII.isDigit(byte) {
                capitalized += 1
            } else if byte &- UInt8(ascii: "a") < 26 {
                var end = index
                while end > first && !ASCII.isLetter(bytes[end - 1]) { end -= 1 }
                let small = WordKey(bytes, first..<end).map { smallWords.contains($0) } ?? false
                if !small {
                    lowercase += 1
                    if stoppingAtLowercaseWord { return }
                }
            }
        }
        var end = line.upperBound
        while end > line.lowerBound {
            let byte = bytes[end - 1]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") {
                end -= 1
            } else if byte >= 0x80 && byte < 0xC0 && end - 3 >= line.lowerBound && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80
                && (bytes[end - 1] == 0x9D || bytes[end - 1] == 0x99)
            {
                end -= 3  // ” or ’
            } else {
                lastMark = byte
                break
            }
        }
    }

    /// Ends in `. ! ? : ; ,` or an ellipsis: a sentence or a clause, not a heading.
    var endsWithPunctuation: Bool {
        switch lastMark {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: ","): true
        case 0xA6: true  // the last byte of "…"
        default: false
        }
    }

    /// Capitals, and no lower-case letter ("OBAMA FOCUSED ON HIS GOLF GAME"); scripts without case are not in capitals.
    var isAllCaps: Bool { hasUppercaseLetter && !hasLowercaseLetter }

    /// Every word capitalized but the small connecting ones ("Joining Forces With China").
    var isTitleCase: Bool { capitalized > 0 && lowercase == 0 }
}
