/// Finds the headline that pasted articles start with, so it is reported as the title and kept
/// out of the body's sentences, and the subheadline (deck) that may follow it.
///
/// A headline is the first non-empty line when it is short and followed by a blank line or the
/// body. Most headlines do not end like a sentence; many archives and feeds join a period onto them
/// ("Survey: Mayor and rival level.", "Mayor Was Right About ‘Potholes.’"), so a
/// final period is accepted when the text after it reads as the article the line heads, and the
/// title is returned without it. Copy-pasted pages often repeat the headline (page title, then
/// article title), so an identical next line is skipped as well.
struct HeadlineDetector: Sendable {
    struct Result: Equatable {
        var title: Range<Int>?
        /// A period inside the title's closing quote that the source joined on ("‘Reeks of Fear.’").
        var titlePeriod: Int?
        /// The subheadline: the line right under the headline, or the one after a headline ending in ";".
        var subtitle: Range<Int>?
        var subtitlePeriod: Int?
        /// Where the body begins: after the headline (its subheadline and its repeat), or 0.
        var bodyStart: Int

        init(title: Range<Int>? = nil, titlePeriod: Int? = nil, subtitle: Range<Int>? = nil, subtitlePeriod: Int? = nil, bodyStart: Int) {
            self.title = title
            self.titlePeriod = titlePeriod
            self.subtitle = subtitle
            self.subtitlePeriod = subtitlePeriod
            self.bodyStart = bodyStart
        }
    }

    static let maximumWords = 20
    static let maximumBytes = 200
    /// A subheadline is a sentence or two, never a paragraph of the story.
    static let maximumSubtitleBytes = 300
    /// A headline that ends like a sentence heads at least this many bytes of text (and several
    /// times its own length): a short first sentence of a short text is not a headline.
    static let minimumBodyBytesAfterSentenceHeadline = 200
    /// "Rain fell." opens a story; a headline that ends like a sentence says more.
    static let minimumSentenceHeadlineWords = 4

    /// Words that a headline never ends on but a hard-wrapped line of prose often does.
    static let continuationWords = WordKey.set([
        "the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with", "by", "at", "from", "as", "that",
        "his", "her", "their", "its", "is", "was", "were", "are", "but",
    ])

    /// Past-tense reporting verbs: a first line that uses one is the story's first sentence
    /// ("The minister said talks failed."), since headlines report in the present tense.
    static let reportingPastTense: [[UInt8]] = [" said ", " told ", " said.", " said,"].map { Array($0.utf8) }

    private enum Ending {
        /// No final punctuation, or only closing quotes and brackets.
        case open
        /// `. ! ?` (or `…`), looking through closing quotes and brackets; `period` when it is a
        /// plain `.` that a source may have joined on.
        case sentence(period: Int?)
        /// `;`: a subheadline follows (US feeds join "Headline; Subheadline").
        case semicolon(Int)
        /// `: ,`: the sentence goes on in the next line.
        case continues
    }

    /// `givenTitle`, when the client sent one, is never searched for; but a body that starts with
    /// that same line (give or take a final period and letter case) has it taken as its headline,
    /// so it is analysed once, as the headline, and not read as the story's first sentence.
    func detect(_ bytes: UnsafeBufferPointer<UInt8>, givenTitle: [UInt8]? = nil) -> Result {
        let limit = bytes.count
        guard let first = TextLines.nextNonBlankLine(bytes, from: 0, limit: limit) else {
            return Result(bodyStart: 0)
        }
        let second = TextLines.nextNonBlankLine(bytes, from: first.next, limit: limit)
        let adjacent = second.map { $0.content.lowerBound <= first.next + countSpaces(bytes, from: first.next) } ?? false
        let ending = ending(bytes, first.content)
        if let givenTitle {
            let wanted = givenTitle.withUnsafeBufferPointer { Self.comparable($0, TextLines.trimmed($0, 0..<$0.count)) }
            let line = Self.comparable(bytes, first.content)
            guard !wanted.isEmpty, line.count == wanted.count,
                zip(line, wanted).allSatisfy({ ASCII.lowercased($0) == ASCII.lowercased($1) })
            else { return Result(bodyStart: 0) }
            return headline(bytes, first, ending: ending, second: second, adjacent: adjacent)
        }
        guard looksLikeHeadline(bytes, first.content), let second, !ZoneClassifier().isNotice(bytes, first.content) else {
            return Result(bodyStart: 0)
        }
        switch ending {
        case .continues:
            return Result(bodyStart: 0)
        case .semicolon:
            break
        case .open:
            // In text that separates paragraphs by blank lines, a line running straight into the
            // next is the first line of a hard-wrapped paragraph, or a headline over its deck.
            if adjacent && hasBlankLine(bytes) && !isSubtitle(bytes, under: first.content, second) {
                return Result(bodyStart: 0)
            }
        case .sentence:
            guard headsArticle(bytes, first, second: second, adjacent: adjacent) else { return Result(bodyStart: 0) }
        }
        return headline(bytes, first, ending: ending, second: second, adjacent: adjacent)
    }

    /// The result once the first line is known to be the headline: its final joined period or
    /// semicolon left out, its subheadline found, its repeat skipped.
    private func headline(
        _ bytes: UnsafeBufferPointer<UInt8>, _ first: (content: Range<Int>, next: Int), ending: Ending,
        second: (content: Range<Int>, next: Int)?, adjacent: Bool
    ) -> Result {
        var result = Result(title: first.content, bodyStart: first.next)
        switch ending {
        case .semicolon(let index):
            result.title = TextLines.trimmed(bytes, first.content.lowerBound..<index)
        case .sentence(let period?):
            if period == first.content.upperBound - 1 {
                result.title = first.content.lowerBound..<period
            } else {
                result.titlePeriod = period
            }
        default:
            break
        }
        guard let second else { return result }
        let subtitle: Bool
        if case .semicolon = ending {
            subtitle = second.content.count <= Self.maximumSubtitleBytes && !startsLowercase(bytes, second.content)
        } else {
            subtitle = adjacent && hasBlankLine(bytes) && isSubtitle(bytes, under: first.content, second)
        }
        if subtitle {
            result.subtitle = second.content
            if case .sentence(let period?) = self.ending(bytes, second.content) {
                if period == second.content.upperBound - 1 {
                    result.subtitle = second.content.lowerBound..<period
                } else {
                    result.subtitlePeriod = period
                }
            }
            result.bodyStart = second.next
        } else {
            result.bodyStart = skippingRepeat(of: first, bytes)
        }
        return result
    }

    /// Whether `second`, right under a headline-like line, is its subheadline: a short line of its
    /// own (a blank line after it), starting like a sentence, under a line that does not end
    /// mid-phrase as a wrapped line does.
    private func isSubtitle(
        _ bytes: UnsafeBufferPointer<UInt8>, under first: Range<Int>, _ second: (content: Range<Int>, next: Int)
    ) -> Bool {
        guard second.content.count <= Self.maximumSubtitleBytes, !startsLowercase(bytes, second.content) else { return false }
        if let next = TextLines.nextNonBlankLine(bytes, from: second.next, limit: bytes.count),
            next.content.lowerBound <= second.next + countSpaces(bytes, from: second.next)
        {
            return false  // Three lines in a row: a wrapped paragraph.
        }
        var wordStart = first.upperBound
        while wordStart > first.lowerBound && bytes[wordStart - 1] != TextLines.space { wordStart -= 1 }
        if let key = WordKey(bytes, wordStart..<first.upperBound), Self.continuationWords.contains(key) { return false }
        return true
    }

    /// Whether a first line that ends like a sentence heads the text after it: a blank line
    /// follows (or, in text without blank lines, a much longer line), much more text follows, and
    /// it does not report speech in the past tense as a story's first sentence does.
    private func headsArticle(
        _ bytes: UnsafeBufferPointer<UInt8>, _ first: (content: Range<Int>, next: Int),
        second: (content: Range<Int>, next: Int), adjacent: Bool
    ) -> Bool {
        let rest = bytes.count - first.next
        guard rest >= max(Self.minimumBodyBytesAfterSentenceHeadline, 3 * first.content.count) else { return false }
        guard LineShape(bytes, first.content).words >= Self.minimumSentenceHeadlineWords else { return false }
        // Without blank lines, a much longer line must follow, unless the headline is set in
        // capitals as wire copy sets it ("SOCCER - JAPAN GET LUCKY WIN.\nAL-AIN 1996-12-06\n…").
        if adjacent {
            guard !hasBlankLine(bytes) else { return false }
            guard second.content.count >= 2 * first.content.count || LineShape(bytes, first.content).isAllCaps else { return false }
        }
        for phrase in Self.reportingPastTense where contains(bytes, first.content, phrase) { return false }
        return true
    }

    private func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ phrase: [UInt8]) -> Bool {
        guard range.count >= phrase.count else { return false }
        var index = range.lowerBound
        let last = range.upperBound - phrase.count
        while index <= last {
            if bytes[index] == phrase[0] {
                var offset = 1
                while offset < phrase.count && bytes[index + offset] == phrase[offset] { offset += 1 }
                if offset == phrase.count { return true }
            }
            index += 1
        }
        return false
    }

    private func startsLowercase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        !range.isEmpty && bytes[range.lowerBound] &- UInt8(ascii: "a") < 26
    }

    /// The bytes of `range` without a final period, or one just inside closing quotes, for
    /// comparing a line with a client's title.
    static func comparable(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8] {
        var line = Array(bytes[range])
        var end = line.count
        while end > 0 {
            var start = end - 1
            while start > 0 && line[start] & 0xC0 == 0x80 { start -= 1 }
            let (value, _) = line.withUnsafeBufferPointer { ScalarClassifier.decode($0, at: start) }
            switch ScalarClassifier.classify(value) {
            case .quote, .apostrophe, .closeBracket:
                end = start
                continue
            case .period:
                if start > 0 { line.remove(at: start) }
            default:
                break
            }
            break
        }
        return line
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

    /// Short enough, with a letter, and not ending like a clause that runs on.
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
        return hasLetter && words <= Self.maximumWords
    }

    /// How the line ends, looking through closing quotes and brackets.
    private func ending(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Ending {
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
            case .period:
                return .sentence(period: isAbbreviationPeriod(bytes, start, lineStart: line.lowerBound) ? nil : start)
            case .terminator, .ellipsis:
                return .sentence(period: nil)
            default:
                if value == UInt32(UInt8(ascii: ";")) { return .semicolon(start) }
                if value == UInt32(UInt8(ascii: ":")) || value == UInt32(UInt8(ascii: ",")) { return .continues }
                return .open
            }
        }
        return .open
    }

    /// Whether the period at `index` belongs to the word before it ("U.S.", "Jr.", "Inc."), so a
    /// headline ending there keeps it.
    private func isAbbreviationPeriod(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, lineStart: Int) -> Bool {
        guard index > lineStart, bytes[index - 1] != UInt8(ascii: ".") else { return false }
        var wordStart = index
        while wordStart > lineStart && bytes[wordStart - 1] != TextLines.space { wordStart -= 1 }
        let word = wordStart..<index
        if word.contains(where: { bytes[$0] == UInt8(ascii: ".") }) { return true }  // "U.S."
        if word.count == 1 && ASCII.isUpper(bytes[word.lowerBound]) { return true }  // "John F."
        guard let key = WordKey(bytes, word) else { return false }
        return Tokenizer.closingAbbreviations.contains(key)
    }
}
