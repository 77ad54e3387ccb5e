/// Names joined by "&" are one organisation: "Marks & Spencer", "Smith & Nephew", "Procter &
/// Gamble". Firms named after their founders read to the tagger as two people; the ampersand is
/// the tell, as people in prose are joined by "and".
struct AmpersandRule: EntityRule {
    let gazetteer: Gazetteer?

    /// Capitalised words taken on each side beyond a mention: "Standard & Poor's", "Johnson & Johnson".
    static let reach = 3

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let document = scope.document
        var joined: [EntityMention] = []
        let tokens = document.tokens
        for index in tokens.indices.dropFirst() where index + 1 < tokens.count {
            let token = tokens[index]
            guard token.end - token.start == 1, document.normalized[Int(token.start)] == UInt8(ascii: "&"),
                token.sentence >= 0, tokens[index - 1].sentence == token.sentence, tokens[index + 1].sentence == token.sentence,
                Self.isNameWord(tokens[index - 1]), Self.isNameWord(tokens[index + 1]),
                !joinsTwoPeople(index, document)
            else { continue }
            var first = index - 1
            while first - 1 >= 0, index - first < Self.reach, tokens[first - 1].sentence == token.sentence,
                Self.isNameWord(tokens[first - 1]), !tokens[first - 1].flags.contains(.sentenceInitial) || first - 1 == index - 2
            {
                first -= 1
            }
            var last = index + 1
            while last + 1 < tokens.count, last - index < Self.reach, tokens[last + 1].sentence == token.sentence,
                Self.isNameWord(tokens[last + 1]) || Self.isPartOfName(possessive: last + 1, tokens)
            {
                last += 1
            }
            // A mention reaching past either end widens the name to take it whole.
            for mention in mentions where mention.tokens.overlaps(first..<(last + 1)) {
                first = min(first, mention.tokens.lowerBound)
                last = max(last, mention.tokens.upperBound - 1)
            }
            let range = Int(tokens[first].start)..<Int(tokens[last].end)
            joined.append(EntityMention(range: range, tokens: first..<(last + 1), type: .organization))
        }
        guard !joined.isEmpty else { return }
        mentions.removeAll { mention in joined.contains { $0.tokens.overlaps(mention.tokens) } }
        mentions += joined
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// "Jay & Trish", "Joan & K Choi": a given name before the "&" and a given name, or a
    /// person's initial, after it are two people, as captions and posts write couples. A firm's
    /// second name is a surname ("Marks & Spencer", "Simon & Schuster") or none.
    private func joinsTwoPeople(_ index: Int, _ document: TextDocument) -> Bool {
        guard let gazetteer else { return false }
        func given(_ token: Token) -> Bool {
            let categories = gazetteer.categories(of: document.normalized[token.range])
            return !categories.isDisjoint(with: GazetteerCategories.firstNames) && !categories.contains(.surname)
        }
        let before = document.tokens[index - 1]
        let after = document.tokens[index + 1]
        guard !gazetteer.categories(of: document.normalized[before.range]).isDisjoint(with: GazetteerCategories.firstNames)
        else { return false }
        let initial = after.range.count == 1 && after.flags.contains(.allCaps)
        // "Ben & Jerry's": a possessive after the second name makes the pair a brand.
        let possessed = index + 2 < document.tokens.count && document.tokens[index + 2].flags.contains(.possessive)
        return (given(after) || initial) && !possessed
    }

    /// Whether the "’s" at `index` ends the name ("Standard & Poor's said") rather than making it
    /// the possessor of what follows ("Marks & Spencer's profits"), as the parse's tag of the next
    /// word tells: a noun, adjective or number after it is what the name possesses ("… 's 2-0
    /// win"; the price is "Standard & Poor's 500" read as "Standard & Poor").
    private static func isPartOfName(possessive index: Int, _ tokens: [Token]) -> Bool {
        guard tokens[index].flags.contains(.possessive), tokens[index].end - tokens[index].start > 1 else { return false }
        guard index + 1 < tokens.count, tokens[index + 1].sentence == tokens[index].sentence else { return true }
        return ![.noun, .propn, .adj, .num].contains(tokens[index + 1].pos)
    }

    /// A capitalised word: what a firm's name is made of.
    private static func isNameWord(_ token: Token) -> Bool {
        token.kind == .word && token.flags.contains(.capitalized) && !token.flags.contains(.possessive)
    }
}
