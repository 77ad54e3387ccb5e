/// Groups a paragraph's tokens into sentences.
///
/// Works on tokens rather than bytes because the tokenizer has already settled the hard cases:
/// "Mr." and "U.S." carry their period, "3.5" is one number, so a lone `.` token really is
/// punctuation. A sentence ends at `. ! ? … ...` (with any closing quotes or brackets right after
/// them) when the next token, after a space, could start a sentence: a capital, a digit, an
/// opening quote or bracket.
struct SentenceSplitter: Sendable {
    /// Words that start sentences and are rarely part of a name, so "etc." or "U.S." before one
    /// is taken to end the sentence.
    static let sentenceStarters = WordKey.set([
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
        "there", "his", "her", "its", "their", "our", "but", "and", "or", "so", "yet", "in", "on", "at",
        "for", "if", "when", "while", "as", "after", "before", "however", "also", "some", "many",
        "most", "meanwhile", "since", "then", "still", "such", "what", "who", "how", "why", "one",
    ])

    /// Splits `tokens[range]` (one paragraph) into sentences appended to `sentences`, and records
    /// each token's sentence index and sentence-initial flag.
    func split(
        _ bytes: UnsafeBufferPointer<UInt8>, tokens: inout [Token], range: Range<Int>, paragraph: Int,
        into sentences: inout [Sentence]
    ) {
        // Through a buffer, so that no read or write checks the array's uniqueness again.
        tokens.withUnsafeMutableBufferPointer { tokens in
            split(bytes, tokens: tokens, range: range, paragraph: paragraph, into: &sentences)
        }
    }

    private func split(
        _ bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeMutableBufferPointer<Token>, range: Range<Int>, paragraph: Int,
        into sentences: inout [Sentence]
    ) {
        var sentenceStart = range.lowerBound
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let position = index
            let token = tokens[index]
            index += 1
            let isTerminator = token.flags.contains(.terminator)
            guard isTerminator || token.flags.contains(.mayEndSentence) else { continue }
            // Take in further terminators ("?!", "...") and closing quotes or brackets that touch.
            while index < end, tokens[index].start == tokens[index - 1].end,
                tokens[index].flags.contains(.terminator) || tokens[index].flags.contains(.closingQuote)
                    || tokens[index].flags.contains(.closingBracket)
            {
                index += 1
            }
            guard index < end else { break }
            let next = tokens[index]
            guard next.start > tokens[index - 1].end else { continue }
            let startsSentence: Bool
            if isTerminator {
                startsSentence =
                    next.flags.contains(.capitalized) || next.kind == .number
                    || next.flags.contains(.openingQuote)
                        && !Self.endsMiddleInitial(bytes, tokens, period: position, floor: range.lowerBound)
                    || next.flags.contains(.openingBracket)
                    || (next.kind == .word && !next.flags.contains(.capitalized) && startsWithCaselessLetter(bytes, next))
            } else {
                // After "etc." or "U.S." only an unmistakable sentence opening counts.
                startsSentence =
                    next.flags.contains(.openingQuote)
                    || (next.flags.contains(.capitalized)
                        && WordKey(bytes, next.range).map { Self.sentenceStarters.contains($0) } ?? false)
            }
            if startsSentence {
                Self.append(tokens: tokens, sentenceStart..<index, paragraph: paragraph, into: &sentences)
                sentenceStart = index
            }
        }
        if sentenceStart < end {
            Self.append(tokens: tokens, sentenceStart..<end, paragraph: paragraph, into: &sentences)
        }
    }

    /// "THE MANY CAVEATS Plenty of people …": a section heading in capitals that a feed ran into
    /// its paragraph ends before the first word in ordinary case. Only a run of two words or more
    /// with a word that starts sentences in it ("THE", "HIS", "ON"), so that "UK CEO Jane Doe
    /// said" stays whole; nil when the paragraph opens otherwise. The reader keeps such a heading
    /// with the subheads.
    static func runInHeadingEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        var words = 0
        var hasStarter = false
        while index < range.upperBound, tokens[index].kind == .word, tokens[index].flags.contains(.allCaps),
            !tokens[index].flags.contains(.abbreviation)
        {
            words += 1
            if !hasStarter, let key = WordKey(bytes, tokens[index].range), sentenceStarters.contains(key) { hasStarter = true }
            index += 1
        }
        guard words >= 2, hasStarter, index < range.upperBound else { return nil }
        let next = tokens[index]
        guard next.kind == .word, next.flags.contains(.capitalized), !next.flags.contains(.allCaps),
            next.start > tokens[index - 1].end
        else { return nil }
        return index
    }

    /// "Slow Progress on Housing Targets: The agency was …": a heading in title case run into
    /// its paragraph ends at its colon. Three to ten words, each capitalised but the short words
    /// a title leaves in lower case, then a colon and a capitalised word or a quotation mark; two
    /// words are left alone, as a transcript's "Jane Doe: …" is its speaker's label.
    static func titledHeadingEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        var words = 0
        while index < range.upperBound, words <= 10, tokens[index].kind == .word, !tokens[index].flags.contains(.abbreviation) {
            if !tokens[index].flags.contains(.capitalized) {
                guard let key = WordKey(bytes, tokens[index].range), titleLowercaseWords.contains(key) else { return nil }
            }
            words += 1
            index += 1
        }
        guard (3...10).contains(words), index + 1 < range.upperBound, tokens[index].kind == .punctuation,
            bytes[Int(tokens[index].start)] == UInt8(ascii: ":"), tokens[index + 1].start > tokens[index].end
        else { return nil }
        let next = tokens[index + 1]
        guard next.kind == .quote || next.kind == .word && next.flags.contains(.capitalized) else { return nil }
        return index + 1
    }

    /// The short words a title case heading leaves in lower case.
    static let titleLowercaseWords = WordKey.set([
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "for", "by", "on", "in", "at", "with", "from", "as",
        "vs", "is",
    ])

    /// "Ann B. “Annie” Holt": a period after one capital letter that follows a capitalised
    /// word is a middle initial's, and the quotation mark after it opens a nickname. (Before a
    /// capital, the tokenizer has already kept such a period with its letter.)
    private static func endsMiddleInitial(
        _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeMutableBufferPointer<Token>, period: Int, floor: Int
    ) -> Bool {
        guard period - 2 >= floor else { return false }
        let letter = tokens[period - 1]
        return letter.end - letter.start == 1 && letter.end == tokens[period].start && ASCII.isUpper(bytes[Int(letter.start)])
            && bytes[Int(letter.start)] != UInt8(ascii: "I") && tokens[period - 2].flags.contains(.capitalized)
    }

    /// Scripts without case (Arabic, Chinese, Hindi) cannot signal a sentence start by a capital,
    /// so a terminator followed by a space is enough there.
    private func startsWithCaselessLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        let start = Int(token.start)
        guard bytes[start] >= 0x80 else { return false }
        let (value, _) = ScalarClassifier.decode(bytes, at: start)
        return ScalarClassifier.classify(value) == .caselessLetter
    }

    func append(tokens: inout [Token], _ range: Range<Int>, paragraph: Int, into sentences: inout [Sentence]) {
        tokens.withUnsafeMutableBufferPointer { tokens in
            Self.append(tokens: tokens, range, paragraph: paragraph, into: &sentences)
        }
    }

    private static func append(
        tokens: UnsafeMutableBufferPointer<Token>, _ range: Range<Int>, paragraph: Int, into sentences: inout [Sentence]
    ) {
        let sentenceIndex = Int32(truncatingIfNeeded: sentences.count)
        for index in range { tokens[index].sentence = sentenceIndex }
        // The first word or number opens the sentence (a loop of its own: the one above then only stores).
        var first = range.lowerBound
        while first < range.upperBound && tokens[first].kind != .word && tokens[first].kind != .number { first += 1 }
        if first < range.upperBound { tokens[first].flags.insert(.sentenceInitial) }
        let byteRange = Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)
        sentences.append(Sentence(range: byteRange, paragraph: paragraph, tokens: range))
    }
}
