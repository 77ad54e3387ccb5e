/// "Helena Strand said", "Victoria Strand, her sister,": a name of two or three words that opens
/// with a first name is a person's, however the tagger typed it from its words' other lives as
/// towns ("Helena" is one). Not a name that opens with a place the gazetteer knows ("Virginia
/// Beach", "San Francisco Bulletin") or ends in one ("Helena Montana", "Hyatt Regency Houston"),
/// not a name with a word places', facilities' or organisations' names have ("Charlotte Street",
/// "Washington Monument") or a town's last word ("Denton Springs"), not a first name that is also
/// an everyday word ("Bay View"), and not a name after a preposition of place ("in Victoria
/// Strand"), which `LocativeNameRule` reads.
struct FirstNameRule: EntityRule {
    let lexicon: EntityLexicon

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        guard let gazetteer = lexicon.gazetteer else { return }
        let document = scope.document
        let tokens = document.tokens
        for index in mentions.indices where mentions[index].kind == .name {
            let mention = mentions[index]
            guard mention.type == .gpe || mention.type == .location, (2...3).contains(mention.tokens.count),
                mention.tokens.allSatisfy({ isPlainNameWord(tokens[$0]) }),
                lexicon.commonWords?.contains(key: tokens[mention.tokens.lowerBound].key) != true,
                lexicon.isFirstName(document.normalized[tokens[mention.tokens.lowerBound].range]),
                (2...mention.tokens.count).allSatisfy({ count in
                    lexicon.categories(document: document, tokens: mention.tokens.prefix(count))
                        .isDisjoint(with: GazetteerCategories.places)
                }),
                gazetteer.categories(of: document.normalized[tokens[mention.tokens.upperBound - 1].range])
                    .isDisjoint(with: GazetteerCategories.places)
            else { continue }
            let before = mention.tokens.lowerBound - 1
            guard before < 0 || !Self.locative.contains(tokens[before].key),
                !Self.townEndings.contains(tokens[mention.tokens.upperBound - 1].key)
            else { continue }
            mentions[index].type = .person
        }
    }

    /// A capitalised word of no place's, facility's or organisation's kind.
    private func isPlainNameWord(_ token: Token) -> Bool {
        token.kind == .word && token.flags.contains(.capitalized) && !token.flags.contains(.allCaps)
            && !EntityLexicon.locationWords.contains(token.key) && !EntityLexicon.isFacilityWord(token.key)
            && !EntityLexicon.stateWords.contains(token.key) && !EntityLexicon.organizationWords.contains(token.key)
    }

    /// Last words of towns' names, which no surname is: "Denton Springs", "Ashby Falls".
    private static let townEndings = WordList([
        "springs", "falls", "heights", "creek", "ridge", "beach", "harbor", "harbour", "grove", "junction", "crossing",
        "landing", "rapids", "bluffs", "wells", "village", "township", "city", "town",
    ])

    private static let locative = WordList(["in", "at", "near", "outside", "from", "to", "across", "around", "inside"])
}
