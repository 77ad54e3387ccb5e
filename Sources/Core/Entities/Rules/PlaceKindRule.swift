/// "the city of Derna", "the besieged town of Harkis", "the island of Velm", "the capital, Nuran",
/// "residents of Velmont":
/// the capitalised words after a kind of place and "of" (or a capital's comma) are that place,
/// whatever the tagger made of a name it has not seen (often a person, after "of"). An island is a
/// location; a city, town or province a place of government.
struct PlaceKindRule: EntityRule {
    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let tokens = scope.document.tokens
        var added: [EntityMention] = []
        for of in tokens.indices.dropFirst()
        where (tokens[of].key == Self.of || isCapitalApposition(of, tokens)) && of + 1 < tokens.count {
            let kind = tokens[of - 1]
            let inhabited = Self.inhabitants.contains(kind.key) && tokens[of].key == Self.of
            guard kind.kind == .word, !kind.flags.contains(.capitalized) || kind.flags.contains(.sentenceInitial),
                inhabited
                    || !kind.flags.contains(.capitalized) && opensWithThe(before: of - 1, tokens)
                        && (Self.governed.contains(kind.key) || Self.natural.contains(kind.key))
            else { continue }
            var end = of + 1
            while end < tokens.count, end - of <= 3, tokens[end].sentence == kind.sentence, tokens[end].kind == .word,
                tokens[end].flags.contains(.capitalized), !tokens[end].flags.contains(.possessive)
            {
                end += 1
            }
            guard end > of + 1 else { continue }
            let place = (of + 1)..<end
            // "residents of Birch Lane" live in a street, which is a facility.
            let last = tokens[end - 1].key
            let street = inhabited && (EntityLexicon.isFacilityWord(last) || Self.streets.contains(last))
            let type: EntityType = Self.natural.contains(kind.key) ? .location : street ? .facility : .gpe
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

    /// "the city", "the besieged city", "the southern port city": "the" and at most two
    /// lower-case words that describe the place.
    private func opensWithThe(before kind: Int, _ tokens: [Token]) -> Bool {
        var index = kind - 1
        while index >= 0, kind - index <= 3, tokens[index].sentence == tokens[kind].sentence {
            let token = tokens[index]
            if token.key == Self.the { return true }
            guard token.kind == .word, !token.flags.contains(.capitalized), [.adj, .noun, .verb].contains(token.pos),
                token.relation == .amod || token.relation == .compound
            else { return false }
            index -= 1
        }
        return false
    }

    /// "in the capital, Nuran,": a capital named in apposition after its comma.
    private func isCapitalApposition(_ comma: Int, _ tokens: [Token]) -> Bool {
        guard comma >= 2, tokens[comma].kind == .punctuation, tokens[comma - 1].key == Self.capital,
            comma + 1 < tokens.count, tokens[comma + 1].flags.contains(.capitalized)
        else { return false }
        return tokens[comma + 1].relation == .appos || Int(tokens[comma + 1].head) == comma - 1
    }

    private static let of = WordList.key("of")
    private static let capital = WordList.key("capital")
    private static let the = WordList.key("the")
    static let governed = WordList([
        "city", "town", "village", "province", "state", "county", "district", "municipality", "port", "capital", "region",
        "hamlet", "commune", "prefecture", "governorate", "emirate", "kingdom", "republic",
    ])
    /// "residents of Velmont", "villagers of Harkis": who lives there names a place, with or
    /// without "the".
    static let inhabitants = WordList([
        "residents", "inhabitants", "citizens", "villagers", "townspeople", "townsfolk", "natives",
    ])
    static let streets = WordList(["lane", "close", "drive", "crescent", "terrace", "grove", "mews"])
    static let natural = WordList(["island", "islands", "valley", "peninsula", "lake", "river", "mountain", "desert"])
}
