/// Dates, times, money, percentages, quantities, ordinals and cardinals, found by a hand-written
/// grammar rather than the tagger: their shapes are closed and regular, and the perceptron was
/// trained on CoNLL, which has no such types.
///
/// Each sentence is read left to right. At every token all rules are tried, the longest match wins
/// (ties go to the rule listed first in `match(at:)`), and reading resumes after it, so mentions
/// never overlap and every rule looks only a bounded number of tokens ahead. Spans follow OntoNotes:
/// currency symbols, scale words and "percent" are inside; prepositions ("on Saturday") are not;
/// "this/last/next/the past" belong to a date.
struct NumericGrammar: Sendable {
    func mentions(in document: TextDocument) -> [EntityMention] {
        var mentions: [EntityMention] = []
        let tokens = document.tokens
        document.normalized.withUnsafeBufferPointer { bytes in
            let keys = tokens.map(\.key)
            let classes = Self.classes(bytes: bytes, tokens: tokens, keys: keys)
            let starts = Self.startClasses
            for sentence in document.sentences {
                let scanner = Scanner(
                    bytes: bytes, tokens: tokens, keys: keys, classes: classes, startClasses: starts, sentence: sentence.tokens)
                var index = sentence.tokens.lowerBound
                while index < sentence.tokens.upperBound {
                    guard scanner.mayStart(index), let match = scanner.match(at: index), match.end > index else {
                        index += 1
                        continue
                    }
                    if let type = match.type {
                        let range = Int(tokens[index].start)..<Int(tokens[match.end - 1].end)
                        mentions.append(EntityMention(range: range, tokens: index..<match.end, type: type))
                    }
                    index = match.end
                }
            }
        }
        return mentions
    }

    /// Each token's word classes, looked up once: none for a number token (the rules read digits
    /// themselves), and the compound classes for "twenty-five" and "twenty-first".
    private static func classes(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], keys: [UInt64]) -> [WordClass] {
        let table = wordClasses
        return tokens.indices.map { index in
            let token = tokens[index]
            guard token.kind != .number else { return [] }
            var classes = table[keys[index]] ?? []
            guard token.kind == .word, token.range.contains(where: { bytes[$0] == UInt8(ascii: "-") }) else { return classes }
            classes.insert(.hyphenated)
            if let parts = HyphenParts(bytes, token.range), parts.count == 2 {
                let first = table[parts.first] ?? []
                let second = table[parts.second] ?? []
                if first.contains(.tens) && second.contains(.units) { classes.insert(.numberCompound) }
                if first.contains(.tens) && second.contains(.ordinalUnits) { classes.insert(.ordinalCompound) }
            }
            return classes
        }
    }

    /// The keys of the first two parts of a hyphenated word ("twenty-five" → "twenty", "five")
    /// and how many parts it has.
    struct HyphenParts {
        var first: UInt64 = 0
        var second: UInt64 = 0
        var count = 0

        init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            guard range.count <= 40 else { return nil }
            var start = range.lowerBound
            for position in range where bytes[position] == UInt8(ascii: "-") {
                append(WordList.key(bytes, start..<position))
                start = position + 1
            }
            guard count > 0 else { return nil }
            append(WordList.key(bytes, start..<range.upperBound))
        }

        private mutating func append(_ key: UInt64) {
            if count == 0 { first = key } else if count == 1 { second = key }
            count += 1
        }
    }

    /// `names` plus the numeric mentions that overlap none of them, sorted by position. Names win
    /// because the tagger sees "Windows 10" or "Route 66" as a whole, which this grammar cannot.
    func merged(into names: [EntityMention], document: TextDocument) -> [EntityMention] {
        let taken = names.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var result = names
        var qualifiers: [Range<Int>] = []
        var cursor = 0
        for mention in mentions(in: document) {
            while cursor < taken.count, taken[cursor].range.upperBound <= mention.range.lowerBound { cursor += 1 }
            // Names may nest or overlap each other, so look a little further than the first.
            var overlaps = false
            var inner: [Range<Int>] = []
            var probe = cursor
            while probe < taken.count, taken[probe].range.lowerBound < mention.range.upperBound {
                let name = taken[probe]
                if name.range.overlaps(mention.range) {
                    // "212 Norwegian crowns": a nationality inside an amount qualifies its currency.
                    if mention.type == .money, name.type == .norp, mention.range.contains(name.range.lowerBound),
                        name.range.upperBound <= mention.range.upperBound
                    {
                        inner.append(name.range)
                    } else {
                        overlaps = true
                        break
                    }
                }
                probe += 1
            }
            if !overlaps {
                result.append(mention)
                qualifiers += inner
            }
        }
        if !qualifiers.isEmpty { result.removeAll { $0.type == .norp && qualifiers.contains($0.range) } }
        result.sort { $0.range.lowerBound < $1.range.lowerBound }
        return result
    }

    /// A rule's verdict: where the mention ends (one past its last token) and its type; a nil type
    /// consumes the tokens without a mention, so "No. 10" or a phone number yields no cardinal.
    struct Match {
        var end: Int
        var type: EntityType?
    }

    /// A number as the rules need it: where it ends, and for a single plain integer its value, so
    /// years, days of the month and clock hours can be told apart.
    struct NumberPhrase {
        var end: Int
        var integer: Int?
        var digits: Int
        var hasScale: Bool
    }

    /// The rules over one sentence. Every look-ahead goes through `key(_:)`/`has(_:_:)`, which
    /// answer "no" past the sentence's end, so rules never need bounds checks of their own.
    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let tokens: [Token]
        let keys: [UInt64]
        let classes: [WordClass]
        /// `NumericGrammar.startClasses`, read once per document rather than once per token.
        let startClasses: WordClass
        let sentence: Range<Int>

        // MARK: Token tests

        @inline(__always) func inside(_ index: Int) -> Bool { sentence.contains(index) }

        @inline(__always) func key(_ index: Int) -> UInt64? { inside(index) ? keys[index] : nil }

        /// Whether the token is a word of (any of) the classes; never for a number token.
        @inline(__always) func has(_ index: Int, _ wordClass: WordClass) -> Bool {
            inside(index) && !classes[index].isDisjoint(with: wordClass)
        }

        /// Whether any rule could match from here: most tokens are plain words that no rule starts
        /// with, and they are rejected without running the rules. Every rule's first test needs a
        /// number, a word of a class that opens a mention (`startClasses`: not "of", "in" or "and",
        /// which only ever follow a number or precede a month), a currency sign, or a word with
        /// digits, an apostrophe or a hyphen ("21st", "’90s", "10-year-old").
        func mayStart(_ index: Int) -> Bool {
            let token = tokens[index]
            if token.kind == .number || !classes[index].isDisjoint(with: startClasses) || isCurrencySymbol(index) {
                return true
            }
            guard token.kind == .word, let first = token.range.first else { return false }
            let lead = bytes[first]
            return ASCII.isDigit(lead) || lead == UInt8(ascii: "'") || lead == 0xE2 || classes[index].contains(.hyphenated)
        }

        @inline(__always) func kind(_ index: Int) -> TokenKind? { inside(index) ? tokens[index].kind : nil }

        @inline(__always) func adjacent(_ left: Int, _ right: Int) -> Bool {
            inside(left) && inside(right) && tokens[left].end == tokens[right].start
        }

        func isByte(_ index: Int, _ byte: UInt8) -> Bool {
            guard inside(index) else { return false }
            let range = tokens[index].range
            return range.count == 1 && bytes[range.lowerBound] == byte
        }

        func isCapitalized(_ index: Int) -> Bool { inside(index) && tokens[index].flags.contains(.capitalized) }

        /// The value of a number token made only of digits (no "," or "."), with its digit count.
        func plainInteger(_ index: Int) -> (value: Int, digits: Int)? {
            guard inside(index), tokens[index].kind == .number else { return nil }
            let range = tokens[index].range
            guard range.count <= 9 else { return nil }
            var value = 0
            for position in range {
                let byte = bytes[position]
                guard ASCII.isDigit(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return (value, range.count)
        }

        func isYear(_ index: Int) -> Bool {
            guard let (value, digits) = plainInteger(index) else { return false }
            return digits == 4 && (1000...2100).contains(value)
        }

        func isDayOfMonth(_ index: Int) -> Bool {
            if let (value, digits) = plainInteger(index) { return digits <= 2 && (1...31).contains(value) }
            if let value = digitOrdinal(index) { return (1...31).contains(value) }
            return false
        }

        /// "21st", "3rd": a word token of digits and an ordinal suffix; returns its number.
        func digitOrdinal(_ index: Int) -> Int? {
            guard inside(index), tokens[index].kind == .word else { return nil }
            let range = tokens[index].range
            guard range.count >= 3, range.count <= 8, ASCII.isDigit(bytes[range.lowerBound]) else { return nil }
            var value = 0
            var position = range.lowerBound
            while position < range.upperBound, ASCII.isDigit(bytes[position]) {
                value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
                position += 1
            }
            guard range.upperBound - position == 2 else { return nil }
            let suffix = (ASCII.lowercased(bytes[position]), ASCII.lowercased(bytes[position + 1]))
            switch suffix {
            case (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
                (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")):
                return value
            default: return nil
            }
        }

        func isOrdinal(_ index: Int) -> Bool {
            if digitOrdinal(index) != nil || has(index, .ordinals) { return true }
            // "twenty-first": a compound whose last part is an ordinal and the rest number words.
            return has(index, .ordinalCompound)
        }

        func hyphenParts(_ index: Int) -> HyphenParts? {
            guard inside(index), tokens[index].kind == .word else { return nil }
            return HyphenParts(bytes, tokens[index].range)
        }

        @inline(__always) func classes(of key: UInt64) -> WordClass { NumericGrammar.wordClasses[key] ?? [] }

        /// The digits before the first hyphen of a word token ("10" of "10-year-old"), if all digits.
        func leadingDigits(_ index: Int) -> Bool {
            guard inside(index), tokens[index].kind == .word else { return false }
            let range = tokens[index].range
            var position = range.lowerBound
            while position < range.upperBound, ASCII.isDigit(bytes[position]) { position += 1 }
            return position > range.lowerBound && position < range.upperBound && bytes[position] == UInt8(ascii: "-")
        }

        func isCurrencySymbol(_ index: Int) -> Bool {
            guard inside(index), tokens[index].kind == .symbol || tokens[index].kind == .punctuation else { return false }
            let range = tokens[index].range
            switch range.count {
            case 1: return bytes[range.lowerBound] == UInt8(ascii: "$")
            case 2: return bytes[range.lowerBound] == 0xC2 && (bytes[range.lowerBound + 1] == 0xA3 || bytes[range.lowerBound + 1] == 0xA5)
            // U+20A0…U+20BF, the currency symbols block (€, ₹, ₽, ₩, ₺, ₦ …).
            case 3: return bytes[range.lowerBound] == 0xE2 && bytes[range.lowerBound + 1] == 0x82 && bytes[range.lowerBound + 2] >= 0xA0
            default: return false
            }
        }

        func isHyphen(_ index: Int) -> Bool {
            guard inside(index), tokens[index].kind == .punctuation else { return false }
            let range = tokens[index].range
            guard let first = range.first else { return false }
            // "-" or the en dash U+2013 that ranges use ("2016–17").
            return (range.count == 1 && bytes[first] == UInt8(ascii: "-"))
                || (range.count == 3 && bytes[first] == 0xE2 && bytes[first + 1] == 0x80 && bytes[first + 2] == 0x93)
        }

        // MARK: Entry

        /// The longest of the rules' matches; on a tie the earlier rule wins, so "1996-08-30" is a
        /// date before it is a number chain. Called once per token, so no array of candidates.
        func match(at index: Int) -> Match? {
            var best: Match? = nil
            func consider(_ candidate: Match?) {
                if let candidate, candidate.end > (best?.end ?? index) { best = candidate }
            }
            // The number starting here, read once for the three rules that start with one.
            let numberHere = number(index)
            consider(dateOrTime(index))
            consider(money(index))
            consider(percent(index, number: numberHere))
            consider(quantity(index, number: numberHere))
            consider(ordinal(index))
            consider(fraction(index))
            consider(cardinal(index, number: numberHere))
            return best
        }

        // MARK: Numbers

        /// Digits ("3.5", "1,000") or number words ("two hundred and fifty", "a million"), with a
        /// following scale word. `money` admits the short scales ("£600m") that elsewhere are units.
        func number(_ index: Int, money: Bool = false) -> NumberPhrase? {
            guard inside(index) else { return nil }
            var phrase: NumberPhrase
            if tokens[index].kind == .number {
                let integer = plainInteger(index)
                phrase = NumberPhrase(end: index + 1, integer: integer?.value, digits: integer?.digits ?? 0, hasScale: false)
            } else if let end = numberWords(index) {
                phrase = NumberPhrase(end: end, integer: nil, digits: 0, hasScale: false)
            } else {
                return nil
            }
            let next = phrase.end
            // Glued short scales ("50m iPhones", "£600m") mean millions far more often than metres in news;
            // spaced ones ("5 m") only after a currency.
            if has(next, .scales) || (has(next, .moneyScales) && (money || adjacent(next - 1, next))) {
                phrase.end += 1
                phrase.hasScale = true
                phrase.integer = nil
            }
            return phrase
        }

        private enum NumberWordKind { case unit, teen, tens, scale }

        /// The end of a run of number words, refusing runs like "five six" that are two numbers.
        func numberWords(_ start: Int) -> Int? {
            var index = start
            var previous: NumberWordKind? = nil
            if has(index, .a) {
                // "a million", "a dozen", "a hundred": the article stands for "one".
                guard has(index + 1, .wordScales) else { return nil }
                index += 1
                previous = .unit
            }
            while inside(index) {
                let current: NumberWordKind
                if has(index, .units) || has(index, .zero) {
                    current = .unit
                } else if has(index, .teens) {
                    current = .teen
                } else if has(index, .tens) || isNumberCompound(index) {
                    current = .tens
                } else if has(index, .wordScales) {
                    current = .scale
                } else if has(index, .and), previous == .scale,
                    has(index + 1, .units) || has(index + 1, .teens)
                        || has(index + 1, .tens) || isNumberCompound(index + 1)
                {
                    index += 1
                    continue
                } else {
                    break
                }
                switch (previous, current) {
                case (.unit?, .unit), (.unit?, .teen), (.unit?, .tens), (.teen?, .unit), (.teen?, .teen), (.teen?, .tens),
                    (.tens?, .tens), (.tens?, .teen):
                    return index > start ? index : nil
                case (nil, .scale):
                    // A bare "hundred" or "thousand" is not a count on its own.
                    return nil
                default: break
                }
                previous = current
                index += 1
            }
            return index > start && previous != nil ? index : nil
        }

        /// "twenty-five": a hyphenated word whose parts are all number words.
        func isNumberCompound(_ index: Int) -> Bool { has(index, .numberCompound) }

        // MARK: Dates and times

        func dateOrTime(_ index: Int) -> Match? {
            if has(index, .the) {
                let next = index + 1
                if let end = decade(next, afterThe: true) ?? century(next) { return Match(end: end, type: .date) }
                if has(next, .relativeModifiers), let match = relative(next) { return Match(end: match.end, type: match.type) }
                if has(next, .edgeModifiers), let end = decade(next + 1, afterThe: true) ?? century(next + 1) {
                    return Match(end: end, type: .date)
                }
                return nil
            }
            if has(index, .edgeModifiers) {
                // "earlier this month", "late last night", "early 2020", "late Thursday".
                let next = index + 1
                if has(next, .relativeModifiers) || has(next, .dateWords), let match = dateOrTime(next), match.type != nil {
                    return Match(end: match.end, type: match.type)
                }
                if has(next, .weekdays), isCapitalized(next), let match = dateOrTime(next) { return match }
                if let end = month(next) ?? decade(next, afterThe: false) ?? (isYear(next) ? next + 1 : nil) {
                    return Match(end: end, type: .date)
                }
                return nil
            }
            if has(index, .relativeModifiers) { return relative(index) }
            if has(index, .dateWords) {
                return has(index + 1, .dayParts) ? Match(end: index + 2, type: .time) : Match(end: index + 1, type: .date)
            }
            if has(index, .tonight) { return Match(end: index + 1, type: .time) }
            if let end = holiday(index) { return Match(end: end, type: .date) }
            if has(index, .weekdays) && isCapitalized(index) {
                if has(index + 1, .dayParts) { return Match(end: index + 2, type: .time) }
                if isByte(index + 1, UInt8(ascii: ",")), let end = month(index + 2) ?? dayMonth(index + 2) {
                    return Match(end: end, type: .date)
                }
                return Match(end: month(index + 1) ?? dayMonth(index + 1) ?? index + 1, type: .date)
            }
            if let end = month(index) ?? dayMonth(index) ?? isoDate(index) ?? slashDate(index) ?? decade(index, afterThe: false)
                ?? century(index) ?? season(index)
            {
                return Match(end: end, type: .date)
            }
            if let match = duration(index) ?? clock(index) ?? hyphenatedUnit(index) { return match }
            if let end = year(index) { return Match(end: end, type: .date) }
            if has(index, .clockWords) { return Match(end: index + 1, type: .time) }
            return nil
        }

        /// "this week", "last Thursday", "next month", "past two years", "last night".
        func relative(_ index: Int) -> Match? {
            let next = index + 1
            if has(next, .dayParts) { return Match(end: next + 1, type: .time) }
            if has(next, .weekdays) {
                return has(next + 1, .dayParts) ? Match(end: next + 2, type: .time) : Match(end: next + 1, type: .date)
            }
            if has(next, .dateUnits) || has(next, .seasons) || has(next, .months) || has(next, .ambiguousMonths) {
                return Match(end: next + 1, type: .date)
            }
            if let end = holiday(next) { return Match(end: end, type: .date) }
            if let match = duration(next, allowArticle: false) { return Match(end: match.end, type: match.type) }
            return nil
        }

        /// "two weeks ago", "10 years old", "several days", "30 minutes", "an hour", "half an hour".
        func duration(_ index: Int, allowArticle: Bool = true) -> Match? {
            var countEnd: Int
            var article = false
            if has(index, .half), has(index + 1, .a), has(index + 2, .hourWords) {
                return Match(end: index + 3 + (has(index + 3, .durationTails) ? 1 : 0), type: .time)
            }
            if let phrase = number(index) {
                countEnd = phrase.end
            } else if has(index, .vagueDurationCounts) {
                countEnd = index + 1
            } else if has(index, .a), has(index + 1, .vagueDurationCounts) {
                countEnd = index + 2
            } else if has(index, .a), has(index + 1, .couple), has(index + 2, .of) {
                countEnd = index + 3
            } else if allowArticle, has(index, .a) {
                countEnd = index + 1
                article = true
            } else {
                return nil
            }
            let unit = countEnd
            let tail = has(unit + 1, .durationTails) ? 1 : 0
            if has(unit, .dateUnits) {
                // "a year ago" but not "a day" in "twice a day" nor "a week" in "a week of talks".
                if article && tail == 0 { return nil }
                return Match(end: unit + 1 + tail, type: .date)
            }
            if has(unit, .timeUnits) {
                if article && !has(unit, .hourWords) && tail == 0 { return nil }
                return Match(end: unit + 1 + tail, type: .time)
            }
            return nil
        }

        /// "10 a.m.", "3:30 pm", "10:30 GMT", "9 o'clock", "12 noon".
        func clock(_ index: Int) -> Match? {
            guard inside(index), tokens[index].kind == .number else { return nil }
            var end = index + 1
            var hasMinutes = false
            if let (hour, digits) = plainInteger(index) {
                guard digits <= 2, hour <= 24 else { return nil }
                if isByte(end, UInt8(ascii: ":")), adjacent(index, end), adjacent(end, end + 1),
                    let (minute, minuteDigits) = plainInteger(end + 1), minuteDigits == 2, minute < 60
                {
                    end += 2
                    hasMinutes = true
                }
            } else {
                // "3.30pm", British style: only with a meridiem after it.
                let range = tokens[index].range
                guard range.count >= 4, range.count <= 5, bytes[range.upperBound - 3] == UInt8(ascii: "."),
                    has(end, .meridiems)
                else { return nil }
            }
            if has(end, .meridiems) {
                end += 1
            } else if has(end, .oClock) || has(end, .clockWords) {
                return Match(end: end + 1, type: .time)
            } else if !hasMinutes {
                return nil
            }
            if has(end, .timeZones), inside(end), tokens[end].flags.contains(.allCaps) {
                end += 1
            } else if has(end, .local), has(end + 1, .time) {
                end += 2
            }
            return Match(end: end, type: .time)
        }

        func isMonth(_ index: Int) -> Bool {
            guard inside(index), tokens[index].kind == .word else { return false }
            if has(index, .monthAbbreviationsWithPeriod) { return true }
            guard isCapitalized(index) else { return false }
            if has(index, .months) { return true }
            if has(index, .ambiguousMonths) {
                return isDayOfMonth(index + 1) || isYear(index + 1) || has(index - 1, .monthCues)
            }
            return has(index, .monthAbbreviations) && isDayOfMonth(index + 1)
        }

        /// "January", "Jan. 5", "Feb 19", "January 5, 2022", "January 2022".
        func month(_ index: Int) -> Int? {
            guard isMonth(index) else { return nil }
            var end = index + 1
            if isDayOfMonth(end), !has(end + 1, .dateUnits), !has(end + 1, .timeUnits) {
                end += 1
                if isByte(end, UInt8(ascii: ",")), isYear(end + 1) { return end + 2 }
            }
            if isYear(end) { end += 1 }
            return end
        }

        /// "5 January 2022", "21st of March".
        func dayMonth(_ index: Int) -> Int? {
            guard isDayOfMonth(index) else { return nil }
            var end: Int
            if isMonth(index + 1) {
                end = index + 2
            } else if has(index + 1, .of), isMonth(index + 2) {
                end = index + 3
            } else {
                return nil
            }
            if isYear(end) { end += 1 }
            return end
        }

        /// "1990s", "’90s"; a bare "90s" only after "the".
        func decade(_ index: Int, afterThe: Bool) -> Int? {
            guard inside(index), tokens[index].kind == .word else { return nil }
            let range = tokens[index].range
            guard let last = range.last else { return nil }
            var start = range.lowerBound
            if bytes[start] == UInt8(ascii: "'") {
                start += 1
            } else if range.count > 3, bytes[start] == 0xE2, bytes[start + 1] == 0x80, bytes[start + 2] == 0x99 {
                start += 3
            }
            let apostrophe = start > range.lowerBound
            var digits = 0
            var position = start
            while position < range.upperBound, ASCII.isDigit(bytes[position]) {
                digits += 1
                position += 1
            }
            let hasS = position == last && bytes[last] | 0x20 == UInt8(ascii: "s")
            guard position == range.upperBound || hasS else { return nil }
            switch digits {
            case 4 where hasS: return bytes[position - 1] == UInt8(ascii: "0") ? index + 1 : nil
            case 2 where apostrophe: return index + 1
            case 2 where afterThe && hasS: return index + 1
            default: return nil
            }
        }

        /// "21st century", "nineteenth century".
        func century(_ index: Int) -> Int? {
            isOrdinal(index) && has(index + 1, .century) ? index + 2 : nil
        }

        /// "Christmas", "Christmas Eve", "Easter Monday", "Boxing Day", "New Year's Day": capitalised,
        /// and not the first word of another name ("Easter Island", "Christmas Carol").
        func holiday(_ index: Int) -> Int? {
            guard isCapitalized(index) else { return nil }
            var end: Int
            if has(index, .holidays) {
                end = index + 1
            } else if has(index, .holidayDayNames), has(index + 1, .holidayTails), isCapitalized(index + 1) {
                return index + 2
            } else if has(index, .new), has(index + 1, .dateUnits), isCapitalized(index + 1), key(index + 1) == NumericGrammar.yearKey {
                end = index + 2
                if inside(end), tokens[end].flags.contains(.possessive) { end += 1 }
            } else {
                return nil
            }
            guard isCapitalized(end) else { return end }
            return has(end, .holidayTails) || has(end, .weekdays) ? end + 1 : nil
        }

        /// "summer 2020".
        func season(_ index: Int) -> Int? {
            has(index, .seasons) && isYear(index + 1) ? index + 2 : nil
        }

        /// "1996-08-30".
        func isoDate(_ index: Int) -> Int? {
            guard isYear(index), isHyphen(index + 1), isHyphen(index + 3), adjacent(index, index + 1),
                adjacent(index + 1, index + 2), adjacent(index + 2, index + 3), adjacent(index + 3, index + 4),
                let (month, monthDigits) = plainInteger(index + 2), let (day, dayDigits) = plainInteger(index + 4),
                monthDigits == 2, dayDigits == 2, (1...12).contains(month), (1...31).contains(day)
            else { return nil }
            return index + 5
        }

        /// "08/30/1996", "30/08/96".
        func slashDate(_ index: Int) -> Int? {
            let slash = UInt8(ascii: "/")
            guard isByte(index + 1, slash), isByte(index + 3, slash), adjacent(index, index + 1),
                adjacent(index + 1, index + 2), adjacent(index + 2, index + 3), adjacent(index + 3, index + 4),
                let (first, firstDigits) = plainInteger(index), let (second, secondDigits) = plainInteger(index + 2),
                let (_, yearDigits) = plainInteger(index + 4),
                firstDigits <= 2, secondDigits <= 2, yearDigits == 2 || yearDigits == 4,
                (1...31).contains(first), (1...31).contains(second), first <= 12 || second <= 12
            else { return nil }
            return index + 5
        }

        /// A lone four-digit year ("in 2016", "2016-17"), unless the words around it say it counts
        /// things ("2000 people") or it is part of a name ("Euro 2016").
        func year(_ index: Int) -> Int? {
            guard isYear(index), !isNameNumber(index) else { return nil }
            if isHyphen(index + 1), adjacent(index, index + 1), adjacent(index + 1, index + 2),
                let (_, digits) = plainInteger(index + 2), digits == 2 || (digits == 4 && isYear(index + 2))
            {
                return index + 3
            }
            let next = index + 1
            let countsThings = inside(next) && tokens[next].kind == .word && !isCapitalized(next) && !has(next, .yearFollowers)
            if countsThings && !has(index - 1, .yearCues) && !isMonth(index - 1) && !modifiesOneThing(index)
                && !isDeterminedModernYear(index)
            {
                return nil
            }
            return index + 1
        }

        /// "the 1994 fires", "their 2019 accounts": a determiner before a year of the last two
        /// centuries makes it the year, whatever the noun's number; news writes counts that large
        /// with a comma ("the 1,994 fires").
        func isDeterminedModernYear(_ index: Int) -> Bool {
            guard let before = key(index - 1), Self.yearDeterminers.contains(before), let (value, _) = plainInteger(index) else {
                return false
            }
            return (1900...2099).contains(value)
        }

        static let yearDeterminers = WordList(["the", "his", "her", "its", "their", "our", "my", "your", "this", "that"])

        /// "his 2002 book", "the 2008 housing collapse": a count above one takes a plural noun, so
        /// a year-shaped number before a singular one names the year ("2000 new jobs" counts).
        func modifiesOneThing(_ index: Int) -> Bool {
            let noun = Int(tokens[index].head)
            guard noun > index, noun - index <= 4, inside(noun), tokens[noun].pos == .noun, !isCapitalized(noun) else { return false }
            if has(noun, .irregularPlurals) { return false }
            let range = tokens[noun].range
            guard range.count >= 3, ASCII.lowercased(bytes[range.upperBound - 1]) == UInt8(ascii: "s") else { return true }
            // "business", "status", "crisis" end in "s" and are one thing.
            let before = ASCII.lowercased(bytes[range.upperBound - 2])
            return before == UInt8(ascii: "s") || before == UInt8(ascii: "u") || before == UInt8(ascii: "i")
        }

        /// "10-year-old", "two-day", "30-minute", "10-mile": a number glued to a unit.
        func hyphenatedUnit(_ index: Int) -> Match? {
            guard let parts = hyphenParts(index), parts.count >= 2 else { return nil }
            let numeric = leadingDigits(index) || !classes(of: parts.first).isDisjoint(with: [.units, .teens, .tens])
            if !numeric {
                // "mid-2020", "mid-1990s", "mid-January".
                if parts.first == Self.midKey, parts.count == 2 { return midCompound(index) }
                return nil
            }
            let unit = classes(of: parts.second)
            // "the 54-year-old told reporters": an age heading its phrase is a person, not a time.
            if unit.contains(.dateUnits), parts.count == 3, headsArticlePhrase(index) { return nil }
            if unit.contains(.dateUnits) { return Match(end: index + 1, type: .date) }
            if unit.contains(.timeUnits) { return Match(end: index + 1, type: .time) }
            if unit.contains(.quantityUnits), parts.count == 2 { return Match(end: index + 1, type: .quantity) }
            return nil
        }

        static let midKey: UInt64 = Array("mid".utf8).withUnsafeBufferPointer { WordList.key($0, 0..<$0.count) }
        static let articles = WordList(["the", "a", "an"])

        /// Whether the word at `index` follows an article and ends its phrase: the sentence, a
        /// punctuation mark or a word the parse tags a verb or a function word comes next.
        func headsArticlePhrase(_ index: Int) -> Bool {
            guard let article = key(index - 1), Self.articles.contains(article) else { return false }
            guard inside(index + 1), tokens[index + 1].kind == .word else { return true }
            return [.verb, .aux, .adp, .cconj, .sconj, .part, .adv, .pron].contains(tokens[index + 1].pos)
        }

        func midCompound(_ index: Int) -> Match? {
            let range = tokens[index].range
            let rest = min(range.lowerBound + 4, range.upperBound)..<range.upperBound  // After "mid-".
            guard rest.count >= 3 else { return nil }
            if !classes(of: WordList.key(bytes, rest)).isDisjoint(with: [.months, .ambiguousMonths]) {
                return Match(end: index + 1, type: .date)
            }
            var digits = 0
            var position = rest.lowerBound
            while position < rest.upperBound, ASCII.isDigit(bytes[position]) {
                digits += 1
                position += 1
            }
            let tail = rest.upperBound - position
            guard digits == 4, tail == 0 || (tail == 1 && bytes[position] | 0x20 == UInt8(ascii: "s")) else { return nil }
            return Match(end: index + 1, type: .date)
        }

        // MARK: Money, percent, quantity

        /// "$1.13bn", "US$ 20", "€5", "EUR 5", "1.5 billion dollars", "50 cents", "£600m".
        func money(_ index: Int) -> Match? {
            var symbol = index
            if has(index, .currencyPrefixes), isCapitalized(index), isCurrencySymbol(index + 1), adjacent(index, index + 1) {
                symbol = index + 1
            }
            if isCurrencySymbol(symbol), inside(symbol + 1), tokens[symbol + 1].kind == .number,
                let phrase = number(symbol + 1, money: true)
            {
                return Match(end: phrase.end, type: .money)
            }
            if has(index, .currencyCodes), inside(index), tokens[index].flags.contains(.allCaps),
                inside(index + 1), tokens[index + 1].kind == .number, let phrase = number(index + 1, money: true)
            {
                return Match(end: phrase.end, type: .money)
            }
            // "Rs 48 crore", "Rs. 500".
            if has(index, .currencyAbbreviations), isCapitalized(index) {
                let amount = isByte(index + 1, UInt8(ascii: ".")) && adjacent(index, index + 1) ? index + 2 : index + 1
                if inside(amount), tokens[amount].kind == .number, let phrase = number(amount, money: true) {
                    return Match(end: phrase.end, type: .money)
                }
            }
            guard let phrase = number(index, money: true) else { return nil }
            var unit = phrase.end
            // "50p", "9.5p"; four digits and more are a screen's lines ("1080p"), never pence.
            if has(unit, .pence), adjacent(unit - 1, unit), !phrase.hasScale, phrase.digits < 4 {
                return Match(end: unit + 1, type: .money)
            }
            if has(unit, .currencyQualifiers), has(unit + 1, .currencyNames) { unit += 1 }
            if has(unit, .pounds) {
                let isMoney =
                    has(unit + 1, .sterling) || (phrase.hasScale && !has(unit + 1, .of))
                    || has(index - 1, .poundsMoneyCues) || has(index - 2, .poundsMoneyCues)
                guard isMoney else { return nil }
                return Match(end: unit + 1 + (has(unit + 1, .sterling) ? 1 : 0), type: .money)
            }
            guard has(unit, .currencyNames) else { return nil }
            return Match(end: unit + 1, type: .money)
        }

        /// "76%", "76 percent", "76 per cent", "3.5 percentage points".
        /// `number` is `number(index)`, which the caller has read.
        func percent(_ index: Int, number: NumberPhrase?) -> Match? {
            guard let phrase = number else { return nil }
            let next = phrase.end
            if isByte(next, UInt8(ascii: "%")) { return Match(end: next + 1, type: .percent) }
            if has(next, .per), has(next + 1, .cent) { return Match(end: next + 2, type: .percent) }
            if has(next, .percentWords) {
                if has(next + 1, .percentagePoints) { return Match(end: next + 2, type: .percent) }
                return Match(end: next + 1, type: .percent)
            }
            return nil
        }

        /// "5 km", "300 tonnes", "1.5 million barrels a day", "20 degrees Celsius", "20°C".
        /// `number` is `number(index)`, which the caller has read.
        func quantity(_ index: Int, number: NumberPhrase?) -> Match? {
            // "minus 5 degrees": the sign belongs to a measurement, where it is a word.
            let signed = has(index, .minus) && inside(index + 1) && tokens[index + 1].kind == .number
            guard let phrase = signed ? self.number(index + 1) : number else { return nil }
            var end = phrase.end
            if inside(end), tokens[end].kind == .symbol, tokens[end].range.count == 2,
                bytes[tokens[end].range.lowerBound] == 0xC2, bytes[tokens[end].range.lowerBound + 1] == 0xB0
            {
                // "20°C": the degree sign, then the scale letter glued to it.
                end += 1
                if has(end, .temperatureScales), adjacent(end - 1, end) { end += 1 }
                return Match(end: end, type: .quantity)
            }
            if has(end, .unitPrefixes), has(end + 1, .quantityUnits) {
                end += 2
            } else if has(end, .quantityUnits), !has(end, .unitPrefixes) {
                end += 1
            } else {
                return nil
            }
            if has(end, .temperatureScales) { end += 1 }
            if has(end, .rateWords), has(end + 1, .rateUnits) { end += 2 }
            return Match(end: end, type: .quantity)
        }

        // MARK: Ordinals and cardinals

        func ordinal(_ index: Int) -> Match? {
            isOrdinal(index) ? Match(end: index + 1, type: .ordinal) : nil
        }

        /// "a third of", "fell by a third.", "two fifths": a count of parts, which OntoNotes calls a
        /// cardinal; "a third term" is an ordinal before its noun.
        func fraction(_ index: Int) -> Match? {
            guard has(index, .a) || has(index, .units), has(index + 1, .fractions) else { return nil }
            let next = index + 2
            guard !inside(next) || has(next, .of) || tokens[next].kind != .word else { return nil }
            return Match(end: index + 2, type: .cardinal)
        }

        /// Any number no other rule claimed, plus vague counts ("dozens", "tens of thousands").
        /// `number` is `number(index)`, which the caller has read.
        func cardinal(_ index: Int, number: NumberPhrase?) -> Match? {
            if has(index, .vagueCounts) {
                if has(index + 1, .of), has(index + 2, .vagueCountTails) { return Match(end: index + 3, type: .cardinal) }
                // "tens" counts only as "tens of thousands"; alone it is a noun ("the tens").
                return has(index, .tensWord) ? nil : Match(end: index + 1, type: .cardinal)
            }
            guard let phrase = number else { return nil }
            if let run = numericRun(index) { return run }
            if has(index - 1, .labelWords) || (isByte(index - 1, UInt8(ascii: "#")) && adjacent(index - 1, index))
                || (isByte(index - 1, UInt8(ascii: "+")) && adjacent(index - 1, index))
            {
                return Match(end: phrase.end, type: nil)
            }
            if isNameNumber(index) { return Match(end: phrase.end, type: nil) }
            if tokens[index].kind == .word, phrase.end == index + 1, isPronounOne(index) { return nil }
            return Match(end: phrase.end, type: .cardinal)
        }

        static let oneKey: UInt64 = Array("one".utf8).withUnsafeBufferPointer { WordList.key($0, 0..<$0.count) }

        /// "no one", "the one", "one another", "one's": a pronoun, not a count.
        func isPronounOne(_ index: Int) -> Bool {
            guard key(index) == Self.oneKey else { return false }
            return has(index - 1, .pronounOneBefore) || has(index + 1, .pronounOneAfter)
                || (inside(index + 1) && tokens[index + 1].flags.contains(.possessive))
        }

        /// A number glued by hyphens or slashes to more numbers: a score ("3-1") is a cardinal; a
        /// longer chain is a phone number or code and yields nothing.
        func numericRun(_ index: Int) -> Match? {
            guard inside(index), tokens[index].kind == .number else { return nil }
            var end = index + 1
            var parts = 1
            while inside(end + 1), adjacent(end - 1, end), adjacent(end, end + 1), tokens[end + 1].kind == .number,
                isHyphen(end) || isByte(end, UInt8(ascii: "/"))
            {
                parts += 1
                end += 2
            }
            guard parts > 1 else { return nil }
            if parts == 2, isHyphen(index + 1), let (_, left) = plainInteger(index), let (_, right) = plainInteger(index + 2),
                left <= 3, right <= 3
            {
                return Match(end: end, type: .cardinal)
            }
            return Match(end: end, type: nil)
        }

        /// "Windows 10", "Route 66", "Euro 2016": digits right after a capitalised word mid-sentence
        /// usually finish a name. Headlines capitalise every word, so there it says nothing.
        func isNameNumber(_ index: Int) -> Bool {
            let previous = index - 1
            guard inside(previous), inside(index), tokens[index].kind == .number, tokens[previous].kind == .word else { return false }
            let flags = tokens[previous].flags
            guard flags.contains(.capitalized), !flags.contains(.sentenceInitial), !flags.contains(.headline) else { return false }
            if isMonth(previous) || has(previous, .weekdays) || has(previous, .currencyCodes) { return false }
            return true
        }
    }
}
