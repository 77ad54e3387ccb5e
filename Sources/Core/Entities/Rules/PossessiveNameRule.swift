/// "the Kell County Sheriff's Office", "St Mary's Hospital", "Harlow Children's Hospital": a body
/// or building named after whose it is. The tagger reads the possessor as a name of its own (a
/// county, a saint, a person) and the noun after the "'s" alone or not at all; the capitalised
/// words, the "'s" and an institution's noun are one name. A person's own office stays theirs
/// ("Jane Roe's Office"), and so does a lone name's ("Velmont's Department of Health" is a place's).
struct PossessiveNameRule: EntityRule {
    let gazetteer: Gazetteer?

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let document = scope.document
        let tokens = document.tokens
        var found: [EntityMention] = []
        for mark in tokens.indices.dropFirst() where tokens[mark].flags.contains(.possessive) && tokens[mark].kind == .word {
            let head = mark + 1
            guard head < tokens.count, tokens[head].sentence == tokens[mark].sentence, tokens[head].flags.contains(.capitalized),
                let type = Self.type(of: tokens[head].key) ?? pluralOrganisation(before: mark, mentions, document)
            else { continue }
            // The possessor: up to four capitalised words right before the mark, and "and" between
            // two ("the Transport and General Drivers’ Federation").
            var start = mark
            while start - 1 >= 0, mark - start < 4, tokens[start - 1].sentence == tokens[mark].sentence,
                tokens[start - 1].kind == .word, !tokens[start - 1].flags.contains(.possessive)
            {
                let capitalised = tokens[start - 1].flags.contains(.capitalized) && !Self.functionTags.contains(tokens[start - 1].pos)
                let joining =
                    tokens[start - 1].key == Self.and && start - 2 >= 0 && tokens[start - 2].flags.contains(.capitalized)
                    && tokens[start - 2].sentence == tokens[mark].sentence && start < mark
                guard capitalised || joining else { break }
                start -= 1
            }
            if start < mark, tokens[start].key == Self.and { start += 1 }
            guard start < mark, mark - start >= 2 || !isNamed(start..<mark, mentions, as: [.person, .gpe]) else { continue }
            if isNamed(start..<mark, mentions, as: [.person]), startsWithFirstName(start, document) { continue }
            // A name the tagger found from the noun on is the rest of this one ("the Deputy Sheriffs’
            // Association of Bennett County").
            let rest = mentions.first { $0.tokens.lowerBound == head && $0.type == .organization }
            let span = start..<max(head + 1, rest?.tokens.upperBound ?? 0)
            // Not through a longer name ("the Harlow Children's Hospital Trust" is the tagger's to read).
            guard
                !mentions.contains(where: { mention in
                    mention.tokens.overlaps(span) && (mention.tokens.lowerBound < start || mention.tokens.upperBound > span.upperBound)
                })
            else { continue }
            let range = Int(tokens[start].start)..<Int(tokens[span.upperBound - 1].end)
            found.append(EntityMention(range: range, tokens: span, type: type))
        }
        guard !found.isEmpty else { return }
        mentions.removeAll { mention in found.contains { $0.tokens.overlaps(mention.tokens) } }
        mentions += found
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// "Carrowshire Patients’ Voice": an organisation the tagger found up to a plural possessive
    /// ("Patients’") goes on over it, whatever noun follows.
    private func pluralOrganisation(before mark: Int, _ mentions: [EntityMention], _ document: TextDocument) -> EntityType? {
        let lastByte = { (token: Token) in document.normalized[token.range.upperBound - 1] | 0x20 }
        guard lastByte(document.tokens[mark]) != UInt8(ascii: "s"), lastByte(document.tokens[mark - 1]) == UInt8(ascii: "s") else {
            return nil
        }
        // Not a business's own ("Kestrel Minerals’ Dunmore mine"), nor before another name.
        let possessor = document.tokens[mark - 1].key
        guard !EntityLexicon.organizationWords.contains(possessor), !EntityLexicon.organizationEndings.contains(possessor),
            !mentions.contains(where: { $0.tokens.contains(mark + 1) })
        else { return nil }
        return mentions.contains { $0.type == .organization && $0.tokens.upperBound == mark } ? .organization : nil
    }

    private func isNamed(_ tokens: Range<Int>, _ mentions: [EntityMention], as types: [EntityType]) -> Bool {
        mentions.contains { types.contains($0.type) && $0.tokens == tokens }
    }

    private func startsWithFirstName(_ index: Int, _ document: TextDocument) -> Bool {
        guard let gazetteer else { return false }
        let categories = gazetteer.categories(of: document.normalized[document.tokens[index].range])
        return !categories.isDisjoint(with: GazetteerCategories.firstNames)
    }

    private static func type(of key: UInt64) -> EntityType? {
        if organizationHeads.contains(key) { return .organization }
        if facilityHeads.contains(key) { return .facility }
        return nil
    }

    /// Words that are no part of a name, capitalised or not ("The", "At" opening a sentence).
    private static let functionTags: Set<PartOfSpeech> = [.det, .adp, .pron, .sconj, .cconj, .aux, .verb, .adv, .part]
    private static let organizationHeads = WordList([
        "office", "department", "bureau", "hospital", "clinic", "college", "school", "academy", "university", "institute",
        "foundation", "trust", "fund", "society", "association", "league", "union", "service", "services", "federation",
    ])
    private static let and = WordList.key("and")
    private static let facilityHeads = WordList(["cathedral", "church", "chapel", "abbey", "park", "square", "bridge"])
}
