/// "Okoro, 22, was named man of the match", "Ann Lee, 46, and her son": a name with an age set
/// off by commas after it is a person's, whatever the tagger made of it or where it marked
/// nothing (a surname it has never seen). Not a place the lexicons know ("Ohio, 18, and
/// Michigan, 16" counts votes), not an everyday word alone, and only ages a person can have.
struct AgedNameRule: EntityRule {
    let lexicon: EntityLexicon

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let document = scope.document
        let tokens = document.tokens
        var added: [EntityMention] = []
        var index = 2
        while index + 2 < tokens.count {
            defer { index += 1 }
            guard isAge(index, document), document.isComma(at: index - 1),
                document.isComma(at: index + 1), tokens[index - 2].sentence == tokens[index].sentence
            else { continue }
            let last = index - 2
            if let found = mentions.firstIndex(where: { $0.tokens.upperBound == last + 1 && $0.tokens.contains(last) }) {
                let mention = mentions[found]
                guard mention.kind == .name, mention.type != .person, Self.retypable.contains(mention.type),
                    mention.tokens.count <= 3, isPlainName(mention.tokens, document),
                    lexicon.categories(document: document, tokens: mention.tokens).isEmpty
                else { continue }
                mentions[found].type = .person
                continue
            }
            guard !mentions.contains(where: { $0.tokens.contains(last) }) else { continue }
            var first = last
            // The name's earlier words: capitalised, in its sentence, no everyday word ("On
            // Monday Okoro, 22, …" is Okoro).
            while first - 1 >= 0, last - first < 2, isNameWord(first - 1, document),
                tokens[first - 1].sentence == tokens[last].sentence,
                lexicon.commonWords?.contains(key: tokens[first - 1].key) != true,
                !NameExtensionRule.calendarWords.contains(tokens[first - 1].key),
                !mentions.contains(where: { $0.tokens.contains(first - 1) })
            {
                first -= 1
            }
            let span = first..<(last + 1)
            guard isNameWord(last, document), isPlainName(span, document),
                span.count >= 2 || lexicon.commonWords?.contains(key: tokens[last].key) != true,
                lexicon.categories(document: document, tokens: span).isEmpty
            else { continue }
            added.append(EntityMention(range: Int(tokens[first].start)..<Int(tokens[last].end), tokens: span, type: .person))
        }
        guard !added.isEmpty else { return }
        mentions += added
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// A whole number a person's age can be, in digits.
    private func isAge(_ index: Int, _ document: TextDocument) -> Bool {
        let token = document.tokens[index]
        guard token.kind == .number, token.range.count <= 3, let value = document.leadingNumber(token) else { return false }
        return (1...110).contains(value) && token.range.allSatisfy { ASCII.isDigit(document.normalized[$0]) }
    }

    private func isNameWord(_ index: Int, _ document: TextDocument) -> Bool {
        let token = document.tokens[index]
        return token.kind == .word && token.flags.contains(.capitalized) && !token.flags.contains(.allCaps)
    }

    /// Capitalised words with no word of an organisation's, a place's or a title's kind in them.
    private func isPlainName(_ span: Range<Int>, _ document: TextDocument) -> Bool {
        span.allSatisfy { position in
            let token = document.tokens[position]
            return token.kind == .word && token.flags.contains(.capitalized)
                && !EntityLexicon.organizationWords.contains(token.key) && !EntityLexicon.locationWords.contains(token.key)
                && !EntityLexicon.personTitles.contains(token.key)
        }
    }

    private static let retypable: Set<EntityType> = [.organization, .gpe, .location, .norp, .facility, .product, .workOfArt]
}
