/// Finds the headline that pasted articles start with, so it is reported as the title and kept
/// out of the body's sentences.
///
/// A headline is the first non-empty line when it is short and does not end like a sentence;
/// copy-pasted pages often repeat it (page title, then article title), so an identical next line
/// is skipped as well.
struct HeadlineDetector: Sendable {
    struct Result: Equatable {
        var title: Range<Int>?
        /// Where the body begins: after the headline (and its repeat), or 0.
        var bodyStart: Int
    }

    static let maximumWords = 20
    static let maximumBytes = 200

    /// `givenTitle`, when the client sent one, is never searched for; but a body that starts with
    /// that same line (give or take a final period and letter case) has it taken as its headline,
    /// so it is analysed once, as the headline, and not read as the story's first sentence.
    func detect(_ bytes: UnsafeBufferPointer<UInt8>, givenTitle: [UInt8]? = nil) -> Result {
        let limit = bytes.count
        guard let first = TextLines.nextNonBlankLine(bytes, from: 0, limit: limit) else {
            return Result(title: nil, bodyStart: 0)
        }
        if let givenTitle {
            let wanted = givenTitle.withUnsafeBufferPointer { Self.withoutFinalPeriod($0, TextLines.trimmed($0, 0..<$0.count)) }
            let line = Self.withoutFinalPeriod(bytes, first.content)
            guard !wanted.isEmpty, TextLines.equalIgnoringASCIICase(bytes, line, givenTitle[wanted]) else {
                return Result(title: nil, bodyStart: 0)
            }
            return Result(title: first.content, bodyStart: skippingRepeat(of: first, bytes))
        }
        guard looksLikeHeadline(bytes, first.content),
            let second = TextLines.nextNonBlankLine(bytes, from: first.next, limit: limit)
        else {
            return Result(title: nil, bodyStart: 0)
        }
        // In text that separates paragraphs by blank lines, a line running straight into the next
        // is the first line of a hard-wrapped paragraph, not a headline.
        if second.content.lowerBound <= first.next + countSpaces(bytes, from: first.next), hasBlankLine(bytes) {
            return Result(title: nil, bodyStart: 0)
        }
        return Result(title: first.content, bodyStart: skippingRepeat(of: first, bytes))
    }

    private static func withoutFinalPeriod(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        range.count > 1 && bytes[range.upperBound - 1] == UInt8(ascii: ".") ? range.lowerBound..<(range.upperBound - 1) : range
    }

    private func skippingRepeat(of line: (content: Range<Int>, next: Int), _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let second = TextLines.nextNonBlankLine(bytes, from: line.next, limit: bytes.count),
            bytes[second.content].elementsEqual(bytes[line.content])
        else {
            return line.next
        }
        return second.next
    }

    private func countSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count && bytes[index] == TextLines.space { index += 1 }
        return index - start
    }

    private func hasBlankLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lineStart = 0
        var sawText = false
        while lineStart < bytes.count {
            let end = TextLines.lineEnd(bytes, from: lineStart, limit: bytes.count)
            let blank = TextLines.trimmed(bytes, lineStart..<end).isEmpty
            if blank && sawText && end < bytes.count { return true }
            sawText = sawText || !blank
            lineStart = end + 1
        }
        return false
    }

    func looksLikeHeadline(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard line.count <= Self.maximumBytes else { return false }
        var words = 0
        var inWord = false
        var hasLetter = false
        for index in line {
            let byte = bytes[index]
            if byte == TextLines.space {
                inWord = false
            } else {
                if !inWord { words += 1 }
                inWord = true
                if byte >= 0x80 || ASCII.isLetter(byte) { hasLetter = true }
            }
        }
        guard hasLetter, words <= Self.maximumWords else { return false }
        return !endsLikeSentence(bytes, line)
    }

    /// Whether the line ends in `. ! ? :`, looking through closing quotes and brackets.
    private func endsLikeSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound {
            // Step back one scalar.
            var start = end - 1
            while start > line.lowerBound && bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let (value, _) = ScalarClassifier.decode(bytes, at: start)
            switch ScalarClassifier.classify(value) {
            case .quote, .apostrophe, .closeBracket:
                end = start
                continue
            case .period, .terminator, .ellipsis:
                return true
            default:
                // A trailing comma or semicolon means the sentence goes on in the next line.
                return value == UInt32(UInt8(ascii: ":")) || value == UInt32(UInt8(ascii: ","))
                    || value == UInt32(UInt8(ascii: ";"))
            }
        }
        return false
    }
}
