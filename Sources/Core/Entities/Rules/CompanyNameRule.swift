/// A name the tagger found that is a well-known company is an organisation, whatever the words
/// around it suggested: a tagger that has never seen "Pellworth" reads "Pellworth has led the
/// market" as a person, and one that knows a city of that name reads it as a place.
///
/// The list (`companies.txt`, members of the large stock indices) leaves out names that are
/// mostly everyday words, countries or first names. Two kinds of name stay ambiguous, and the
/// article decides:
/// - a company that is also a surname stays a person where the article names a person by it
///   ("Ada Pellworth", "Mr Pellworth");
/// - a company that is also a place becomes a company only where it acts or owns, as the
///   subject of a verb or before "'s", and not after a preposition ("flights to Pellworth").
struct CompanyNameRule: EntityRule {
    let lexicon: EntityLexicon

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        guard let companies = lexicon.companies else { return }
        let document = scope.document
        let tokens = document.tokens
        // Surnames of the people the article names in full or with a title.
        var personWords = KeyMap<Bool>()
        for mention in mentions where mention.type == .person {
            let last = mention.tokens.upperBound - 1
            if mention.tokens.count >= 2 || hasTitle(before: mention, tokens) { personWords[tokens[last].key] = true }
        }
        for index in mentions.indices {
            let mention = mentions[index]
            guard mention.kind == .name, Self.retyped.contains(mention.type) else { continue }
            let first = mention.tokens.lowerBound
            guard
                companies.wholeMatch(
                    count: mention.tokens.count, of: document.normalized, range: { tokens[first + $0].range },
                    key: { tokens[first + $0].key }) != nil,
                !hasTitle(before: mention, tokens)
            else { continue }
            let otherwise = lexicon.categories(document: document, tokens: mention.tokens)
            if mention.type == .person, !otherwise.isDisjoint(with: Self.personNames),
                personWords[tokens[mention.tokens.upperBound - 1].key] == true
            {
                continue
            }
            if mention.type == .gpe || mention.type == .location, !otherwise.isDisjoint(with: .places),
                !actsOrOwns(mention, tokens)
            {
                continue
            }
            mentions[index].type = .organization
        }
    }

    private static let retyped: Set<EntityType> = [.person, .gpe, .location, .norp, .facility, .product, .workOfArt]
    private static let personNames: GazetteerCategories = GazetteerCategories.firstNames.union(.surname)

    private func hasTitle(before mention: EntityMention, _ tokens: [Token]) -> Bool {
        let first = mention.tokens.lowerBound
        return first > 0 && EntityLexicon.personTitles.contains(tokens[first - 1].key)
    }

    /// The subject of a verb or an owner ("Pellworth's profits"), and not the object of a preposition.
    private func actsOrOwns(_ mention: EntityMention, _ tokens: [Token]) -> Bool {
        let first = mention.tokens.lowerBound
        if first > 0, tokens[first - 1].pos == .adp { return false }
        let next = mention.tokens.upperBound
        if next < tokens.count, tokens[next].flags.contains(.possessive) { return true }
        guard let head = mention.tokens.first(where: { !mention.tokens.contains(Int(tokens[$0].head)) }) else { return false }
        return tokens[head].relation == .nsubj || tokens[head].relation == .nsubjPass
    }
}
