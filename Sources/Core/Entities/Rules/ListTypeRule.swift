/// Names listed together are of one kind: "fouls on Ortiz, Lemarr and Vidales", "companies such as
/// Brisk, Arkwise and Velmont". Where the tagger gives one name of a list another type than all the
/// others agree on, and nothing it knows backs its guess (a place the gazetteer lists, a person's
/// full name), the name takes the list's type; a full name after a person's and "and", which the
/// tagger missed, is a person.
struct ListTypeRule: EntityRule {
    let lexicon: EntityLexicon

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let document = scope.document
        addUnfoundPeople(&mentions, document)
        guard mentions.count >= 2 else { return }
        let order = mentions.indices.filter { isListable(mentions[$0]) }.sorted {
            mentions[$0].tokens.lowerBound < mentions[$1].tokens.lowerBound
        }
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, joined(mentions[order[end - 1]], mentions[order[end]], document) { end += 1 }
            defer { start = end }
            guard end - start >= 2 else { continue }
            let members = order[start..<end]
            for member in members {
                let others = members.filter { $0 != member }.map { mentions[$0].type }
                guard let type = others.first, type != mentions[member].type, others.allSatisfy({ $0 == type }),
                    !isBacked(mentions[member], document, against: others.count),
                    // "beside the Forbidden City, Mr. Xi and Mr. Obama": no person's name takes "the".
                    type != .person || !followsArticle(mentions[member], document)
                else { continue }
                mentions[member].type = type
            }
        }
    }

    /// "Sunita Sharma and Sandy Cumming": two or three capitalised words inside a sentence, joined
    /// by "and" or "or" to a person's full name the tagger found, are the next person of the list
    /// where the tagger found nothing.
    private func addUnfoundPeople(_ mentions: inout [EntityMention], _ document: TextDocument) {
        let tokens = document.tokens
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in mentions { for index in mention.tokens where index < tokens.count { covered[index] = true } }
        var added: [EntityMention] = []
        for mention in mentions where mention.kind == .name && mention.type == .person && mention.tokens.count >= 2 {
            let joiner = mention.tokens.upperBound
            let start = joiner + 1
            guard start < tokens.count, Self.joiners.contains(tokens[joiner].key), tokens[start].sentence == tokens[joiner].sentence
            else { continue }
            var end = start
            while end < tokens.count, end - start < 3, tokens[end].sentence == tokens[start].sentence, !covered[end],
                tokens[end].kind == .word, tokens[end].flags.contains(.capitalized), !tokens[end].flags.contains(.allCaps),
                !tokens[end].flags.contains(.possessive)
            {
                end += 1
            }
            // A name of two or three words, ending there: a fourth capitalised word, or an
            // organisation's head word ("and Velmont Bank"), makes it something else.
            guard end - start >= 2, end >= tokens.count || !tokens[end].flags.contains(.capitalized),
                !EntityLexicon.organizationWords.contains(tokens[end - 1].key)
            else { continue }
            let range = Int(tokens[start].start)..<Int(tokens[end - 1].end)
            added.append(EntityMention(range: range, tokens: start..<end, type: .person))
        }
        guard !added.isEmpty else { return }
        mentions += added
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func isListable(_ mention: EntityMention) -> Bool {
        guard mention.kind == .name else { return false }
        switch mention.type {
        case .person, .organization, .gpe, .location: return true
        default: return false
        }
    }

    /// Only a comma, "and" or "or" between the two names, in one sentence.
    private func joined(_ first: EntityMention, _ second: EntityMention, _ document: TextDocument) -> Bool {
        // Overlapping mentions (a name inside a longer one) are not a list.
        guard first.tokens.upperBound < second.tokens.lowerBound else { return false }
        let gap = first.tokens.upperBound..<second.tokens.lowerBound
        guard gap.count <= 2,
            document.tokens[first.tokens.lowerBound].sentence == document.tokens[second.tokens.lowerBound].sentence
        else { return false }
        return gap.allSatisfy { index in
            let token = document.tokens[index]
            return Self.joiners.contains(token.key)
                || token.kind == .punctuation && document.normalized[Int(token.start)] == UInt8(ascii: ",")
        }
    }

    /// A guess the lexicon supports (a place it lists), an acronym, or a name of several words,
    /// whose shape the tagger reads better. A town's name standing alone is no backing against
    /// two or more names of another type listed with it: surnames are often towns' names ("fouls
    /// on Joaquin, Casillas and Marchena"), countries and regions seldom.
    private func isBacked(_ mention: EntityMention, _ document: TextDocument, against others: Int) -> Bool {
        // An acronym's type comes from its own rule ("BP, Shell and the IAEA").
        if document.tokens[mention.tokens].contains(where: { $0.flags.contains(.allCaps) }) { return true }
        switch mention.type {
        case .gpe, .location:
            let places = lexicon.categories(document: document, tokens: mention.tokens)
            // Unless a noun follows the name: "… and Leeds officials" lists the officials.
            let after = mention.tokens.upperBound
            let modifies =
                after < document.tokens.count && document.tokens[after].kind == .word
                && !document.tokens[after].flags.contains(.capitalized)
            if others >= 2, mention.tokens.count == 1, !modifies, places.isDisjoint(with: [.country, .region, .continent]) { return false }
            return !places.isDisjoint(with: [.country, .city, .region, .continent])
        default: return mention.tokens.count > 1
        }
    }

    private func followsArticle(_ mention: EntityMention, _ document: TextDocument) -> Bool {
        let before = mention.tokens.lowerBound - 1
        return before >= 0 && Self.articles.contains(document.tokens[before].key)
    }

    static let joiners = WordList(["and", "or"])
    private static let articles = WordList(["the"])
}
