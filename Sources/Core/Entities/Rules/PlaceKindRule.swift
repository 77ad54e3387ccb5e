/// "the city of Derna", "the village of Harkis", "the island of Velm": the capitalised words after
/// a kind of place and "of" are that place, whatever the tagger made of a name it has not seen
/// (often a person, after "of"). An island is a location; a city, town or province a place of
/// government.
struct PlaceKindRule: EntityRule {
    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let tokens = scope.document.tokens
        var added: [EntityMention] = []
        for of in tokens.indices.dropFirst(2) where tokens[of].key == Self.of && of + 1 < tokens.count {
            let kind = tokens[of - 1]
            guard kind.kind == .word, !kind.flags.contains(.capitalized), Self.the == tokens[of - 2].key,
                Self.governed.contains(kind.key) || Self.natural.contains(kind.key)
            else { continue }
            var end = of + 1
            while end < tokens.count, end - of <= 3, tokens[end].sentence == kind.sentence, tokens[end].kind == .word,
                tokens[end].flags.contains(.capitalized), !tokens[end].flags.contains(.possessive)
            {
                end += 1
            }
            guard end > of + 1 else { continue }
            let place = (of + 1)..<end
            let type: EntityType = Self.natural.contains(kind.key) ? .location : .gpe
            let span = Int(tokens[place.lowerBound].start)..<Int(tokens[place.upperBound - 1].end)
            if let found = mentions.firstIndex(where: { $0.kind == .name && $0.tokens == place }) {
                if [.person, .organization, .norp, .product].contains(mentions[found].type) { mentions[found].type = type }
            } else if !mentions.contains(where: { $0.range.overlaps(span) }) {
                added.append(EntityMention(range: span, tokens: place, type: type))
            }
        }
        guard !added.isEmpty else { return }
        mentions += added
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static let of = WordList.key("of")
    private static let the = WordList.key("the")
    static let governed = WordList([
        "city", "town", "village", "province", "state", "county", "district", "municipality", "port", "capital", "region",
        "hamlet", "commune", "prefecture", "governorate", "emirate", "kingdom", "republic",
    ])
    static let natural = WordList(["island", "islands", "valley", "peninsula", "lake", "river", "mountain", "desert"])
}
