/// In a table of results or standings ("Marlow Town 6 Velbury 5", "Oakhampton 3 2 0 1 7 4 6"), every
/// name is a side: a club or team, so an organisation.
///
/// A line of only names and numbers gives the tagger no context, so it leaves the names unmarked,
/// reads a club named after a company or a city as a person or a place, or runs a name into the
/// score beside it ("Velbury 5"). The line's shape says what the words cannot. Individual results
/// ("3. Ann Holt (Kenya) 12.92", "Ann Holt 67 68 70") name people: a rank, a bracketed country
/// or a first name keeps the rule off them; national sides stay places, as everywhere in sport.
struct ResultsLineRule: EntityRule {
    let lexicon: EntityLexicon

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let document = scope.document
        guard SportsTeamRule.isAboutSport(document) else { return }
        // The sides in text order, each with its line's start; the names they replace go in one
        // pass at the end, so a long table costs no more than one removal.
        var sides: [(side: EntityMention, lineStart: Int)] = []
        for sentence in document.sentences where isResultsLine(sentence, document) {
            for run in nameRuns(in: sentence.tokens, document) {
                guard let type = sideType(run, document) else { continue }
                let span = Int(document.tokens[run.lowerBound].start)..<Int(document.tokens[run.upperBound - 1].end)
                sides.append((EntityMention(range: span, tokens: run, type: type), sentence.range.lowerBound))
            }
        }
        guard !sides.isEmpty else { return }
        mentions.removeAll { mention in
            guard mention.kind == .name else { return false }
            // The first side ending after the mention starts is the only one it can overlap.
            var low = 0
            var high = sides.count
            while low < high {
                let middle = (low + high) / 2
                if sides[middle].side.range.upperBound <= mention.range.lowerBound { low = middle + 1 } else { high = middle }
            }
            return low < sides.count && sides[low].side.range.overlaps(mention.range) && mention.range.lowerBound >= sides[low].lineStart
        }
        mentions += sides.map(\.side)
    }

    /// Names and numbers only, opening with a name, with as many numbers as names at least: a
    /// score line or a row of a table, not a dateline ("LONDON 1996-08-30"), a heading
    /// ("Attendance: 30,000") or a headline in capitals ("SOCCER - ROVERS WIN 2-0").
    private func isResultsLine(_ sentence: Sentence, _ document: TextDocument) -> Bool {
        let tokens = document.tokens[sentence.tokens]
        guard sentence.paragraph >= 0, !TrueCaser.isShouted(sentence, document), let first = tokens.first, first.kind == .word,
            first.flags.contains(.capitalized), tokens.count <= 24
        else {
            return false
        }
        var numbers = 0
        var names = 0
        var previousWasName = false
        for token in tokens {
            switch token.kind {
            case .number:
                numbers += 1
                previousWasName = false
            case .word:
                guard token.flags.contains(.capitalized) || token.flags.contains(.possessive) else { return false }
                if !previousWasName { names += 1 }
                previousWasName = true
            case .punctuation:
                guard Self.tablePunctuation.contains(document.normalized[Int(token.start)]) else { return false }
            case .symbol, .quote:
                return false
            }
        }
        return numbers >= names && !SportsTeamRule.containsDate(tokens, document)
    }

    /// The runs of words between the numbers.
    private func nameRuns(in range: Range<Int>, _ document: TextDocument) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        for index in range {
            let token = document.tokens[index]
            let inName = token.kind == .word || (token.kind == .punctuation && start != nil && isJoiner(index, range, document))
            if inName, start == nil {
                start = index
            } else if !inName, let open = start {
                runs.append(open..<index)
                start = nil
            }
        }
        if let open = start { runs.append(open..<range.upperBound) }
        return runs
    }

    /// "&" or "." between two words of one name ("Brighton & Hove", "St. Johnstone").
    private func isJoiner(_ index: Int, _ range: Range<Int>, _ document: TextDocument) -> Bool {
        let byte = document.normalized[Int(document.tokens[index].start)]
        return (byte == UInt8(ascii: "&") || byte == UInt8(ascii: "."))
            && index + 1 < range.upperBound && document.tokens[index + 1].kind == .word
    }

    /// A club or team (an organisation), a national side (a place), or a person ("Ann Holt",
    /// "A. Holt"), whom the rule leaves to the tagger.
    private func sideType(_ run: Range<Int>, _ document: TextDocument) -> EntityType? {
        let tokens = document.tokens
        guard let gazetteer = lexicon.gazetteer else { return .organization }
        let first = document.normalized[tokens[run.lowerBound].range]
        if run.count >= 2 {
            if !gazetteer.categories(of: first).isDisjoint(with: GazetteerCategories.firstNames) { return nil }
            if first.count == 1 || (tokens[run.lowerBound].flags.contains(.abbreviation) && first.count == 2) { return nil }
        }
        let span = Int(tokens[run.lowerBound].start)..<Int(tokens[run.upperBound - 1].end)
        let key = document.normalized.withUnsafeBufferPointer { DocumentConsistencyRule.exactKey($0, span) }
        let nationalSide =
            SportsTeamRule.nationalSides.contains(key) || lexicon.categories(document: document, tokens: run).contains(.country)
        return nationalSide ? .gpe : .organization
    }

    private static let tablePunctuation: Set<UInt8> = [
        UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "&"),
    ]
}
