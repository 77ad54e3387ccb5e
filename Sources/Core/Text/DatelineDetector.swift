/// Finds the dateline that wire stories open with ("Munich:", "MUNICH, Feb 19 (Reuters) -",
/// "WASHINGTON (AP) —"), so the place is reported separately and does not read as the first
/// sentence's subject.
///
/// Only the start of the first body paragraph is examined, and only capitalised words that are
/// not pronouns, articles or conjunctions can form the place, so "He said: …" and
/// "Speaking alongside Stoltenberg, …" are left alone.
struct DatelineDetector: Sendable {
    struct Result: Equatable {
        /// The place name only ("Munich").
        var place: Range<Int>
        /// The agency named in brackets ("Reuters" in "LONDON (Reuters) -"), when there is one.
        var source: Range<Int>? = nil
        /// The region or country after the place's comma ("Queensland" in "BRAMLEY, Queensland —",
        /// "Ill" in "SPRINGFIELD, Ill. (AP) —"), when there is one.
        var region: Range<Int>? = nil
        /// Tokens of the dateline, up to and including its colon or dash.
        var tokenCount: Int
    }

    static let maximumPlaceWords = 4

    /// Capitalised words that open sentences or labels, never places.
    static let notPlaces = WordKey.set([
        "he", "she", "it", "they", "we", "i", "you", "the", "this", "that", "these", "those", "but",
        "and", "or", "so", "if", "when", "while", "as", "in", "on", "at", "for", "from", "with", "by",
        "after", "before", "a", "an", "his", "her", "its", "their", "our", "my", "there", "here",
        "what", "who", "why", "how", "update", "updated", "breaking", "exclusive", "analysis",
        "opinion", "note", "editor", "watch", "live", "video", "photos", "factbox", "explainer",
        "comment", "review", "summary", "q", "a", "yes", "no", "mr.", "mrs.", "ms.", "dr.",
        "speaking", "asked", "said", "says", "today", "however", "also", "then", "now",
    ])

    /// Lower-case words found inside place names ("Rio de Janeiro", "Bosnia and Herzegovina").
    static let placeConnectors = WordKey.set([
        "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "les", "los",
        "las", "el", "al", "of", "upon", "on", "and", "am", "im", "an", "der", "van", "von", "sur",
    ])

    static let monthNames: [[UInt8]] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ].map { Array($0.utf8) }

    func detect(_ bytes: UnsafeBufferPointer<UInt8>, tokens: ArraySlice<Token>) -> Result? {
        let end = tokens.endIndex
        var index = tokens.startIndex
        func isPlaceWord(_ token: Token) -> Bool {
            guard token.kind == .word, token.flags.contains(.capitalized) else { return false }
            guard let key = WordKey(bytes, token.range) else { return true }
            return !Self.notPlaces.contains(key)
        }
        func isPunctuation(_ token: Token, _ byte: UInt8) -> Bool {
            token.kind == .punctuation && token.end - token.start == 1 && bytes[Int(token.start)] == byte
        }

        // The place: capitalised words, with "de" / "of" style connectors between them.
        guard index < end, isPlaceWord(tokens[index]) else { return nil }
        var words = 0
        var placeEnd = index
        while index < end && words < Self.maximumPlaceWords {
            if isPlaceWord(tokens[index]) {
                words += 1
                index += 1
                placeEnd = index
            } else if words > 0, index + 1 < end, isPunctuation(tokens[index], UInt8(ascii: "/")),
                tokens[index].start == tokens[index - 1].end, isPlaceWord(tokens[index + 1])
            {
                // "BERLIN/PARIS": two places sharing the byline.
                index += 1
            } else if tokens[index].kind == .word, index + 1 < end, isPlaceWord(tokens[index + 1]),
                let key = WordKey(bytes, tokens[index].range), Self.placeConnectors.contains(key)
            {
                index += 1
            } else {
                break
            }
        }
        index = placeEnd
        let place = Int(tokens[tokens.startIndex].start)..<Int(tokens[placeEnd - 1].end)

        // Qualifiers: ", Country", a date, "(Agency)", in any order, a few at most.
        var source: Range<Int>? = nil
        var region: Range<Int>? = nil
        let qualifiersStart = index
        for _ in 0..<4 {
            guard index < end else { return nil }
            if isPunctuation(tokens[index], UInt8(ascii: ",")) {
                index += 1
                if let afterDate = dateEnd(bytes, tokens, from: index) {
                    index = afterDate
                    continue
                }
                guard index < end else { return nil }
                var regionWords = 0
                let regionStart = Int(tokens[index].start)
                var regionEnd = regionStart
                while index < end && regionWords < 3 && isPlaceWord(tokens[index]) {
                    regionWords += 1
                    regionEnd = Int(tokens[index].end)
                    index += 1
                    // "Mich.", "Va.": a state's abbreviation with its period.
                    if index < end, isPunctuation(tokens[index], UInt8(ascii: ".")), tokens[index].start == tokens[index - 1].end {
                        index += 1
                    }
                }
                guard regionWords > 0 else { return nil }
                if region == nil { region = regionStart..<regionEnd }
            } else if let afterDate = dateEnd(bytes, tokens, from: index) {
                index = afterDate
            } else if tokens[index].flags.contains(.openingBracket) {
                // "(Reuters)", "(AP)", "(dpa)": a short run of words.
                var close = index + 1
                while close < end && close - index <= 5 && !tokens[close].flags.contains(.closingBracket) { close += 1 }
                guard close < end, close - index <= 5, close > index + 1 else { return nil }
                source = Int(tokens[index + 1].start)..<Int(tokens[close - 1].end)
                index = close + 1
            } else {
                break
            }
        }

        // The separator, and something after it.
        guard index + 1 < end else { return nil }
        let separator = tokens[index]
        guard isPunctuation(separator, UInt8(ascii: ":")) || separator.flags.contains(.dash) else { return nil }
        // The story proper starts like a sentence; "Johnson – who resigned – said" is an aside.
        let next = tokens[index + 1]
        guard next.flags.contains(.capitalized) || next.kind == .number || next.flags.contains(.openingQuote) else {
            return nil
        }
        // ...and reads as prose: "SOCCER - JAPAN GET LUCKY WIN" is a headline in capitals, not a byline.
        let story = tokens[(index + 1)...].prefix(12).filter { $0.kind == .word }
        guard story.contains(where: { !$0.flags.contains(.allCaps) }) else { return nil }
        // "Mehmet Oz — Ivy League-trained surgeon — has been called …": a name and an aside
        // between two dashes, unless the place is in capitals or qualified as datelines are.
        if index == qualifiersStart, separator.flags.contains(.dash), !tokens[tokens.startIndex].flags.contains(.allCaps) {
            for token in tokens[(index + 1)...].prefix(30) {
                if token.flags.contains(.terminator) { break }
                if token.flags.contains(.dash) { return nil }
            }
        }
        return Result(place: place, source: source, region: region, tokenCount: index + 1 - tokens.startIndex)
    }

    /// "(Reuters) - Shares of …": a wire story's opening agency in brackets with no place before
    /// it. The agency and the tokens up to and including the dash.
    func agencyOnly(_ bytes: UnsafeBufferPointer<UInt8>, tokens: ArraySlice<Token>) -> (source: Range<Int>, tokenCount: Int)? {
        let start = tokens.startIndex
        guard start < tokens.endIndex, tokens[start].flags.contains(.openingBracket) else { return nil }
        var close = start + 1
        while close < tokens.endIndex, close - start <= 4, tokens[close].kind == .word, tokens[close].flags.contains(.capitalized) {
            close += 1
        }
        guard close > start + 1, close + 2 < tokens.endIndex, tokens[close].flags.contains(.closingBracket),
            tokens[close + 1].flags.contains(.dash),
            tokens[close + 2].flags.contains(.capitalized) || tokens[close + 2].kind == .number
        else { return nil }
        return (Int(tokens[start + 1].start)..<Int(tokens[close - 1].end), close + 2 - start)
    }

    /// The index after a date such as "Feb 19", "Feb. 19, 2022", "19 February", "Saturday", or nil.
    private func dateEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: ArraySlice<Token>, from start: Int) -> Int? {
        let end = tokens.endIndex
        var index = start
        guard index < end else { return nil }
        if tokens[index].kind == .number, index + 1 < end, isMonth(bytes, tokens[index + 1]) {
            index += 2
        } else if isMonth(bytes, tokens[index]) {
            index += 1
            if index < end && tokens[index].kind == .number { index += 1 }
        } else {
            return nil
        }
        // ", 2022"
        if index + 1 < end, tokens[index].kind == .punctuation, bytes[Int(tokens[index].start)] == UInt8(ascii: ","),
            tokens[index + 1].kind == .number, tokens[index + 1].end - tokens[index + 1].start == 4
        {
            index += 2
        }
        return index
    }

    /// "Feb", "Feb.", "Sept." or "February": a capitalised prefix of a month name, at least three letters.
    private func isMonth(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        guard token.kind == .word, token.flags.contains(.capitalized) else { return false }
        var range = token.range
        if bytes[range.upperBound - 1] == UInt8(ascii: ".") { range = range.lowerBound..<(range.upperBound - 1) }
        guard range.count >= 3 else { return false }
        return Self.monthNames.contains { name in
            range.count <= name.count
                && zip(range, name).allSatisfy { ASCII.lowercased(bytes[$0.0]) == $0.1 }
        }
    }
}
