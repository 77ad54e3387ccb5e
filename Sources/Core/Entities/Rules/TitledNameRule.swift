/// A name right after a person's rank or honorific is a person's: "Gen. Chester Field", "Sen.
/// Ann Lee", "Mayor Jane van Hale", whatever the tagger made of the words (a surname that is
/// also a place's or a football club's name). Only titles that stand before a personal name
/// count, not words that also open names of places and bodies ("St Louis", "General Motors",
/// "Foreign Office"); and only names of capitalised words with no word of an organisation's or a
/// place's kind in them ("President Roe's Council of Economic Advisers" keeps its council).
struct TitledNameRule: EntityRule {
    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let tokens = scope.document.tokens
        for index in mentions.indices where Self.retypable.contains(mentions[index].type) && mentions[index].kind == .name {
            let span = mentions[index].tokens
            guard span.lowerBound > 0, span.count <= 3, span.upperBound <= tokens.count else { continue }
            let title = tokens[span.lowerBound - 1]
            guard title.kind == .word, title.flags.contains(.capitalized), Self.titles.contains(title.key),
                title.sentence == tokens[span.lowerBound].sentence,
                span.allSatisfy({ position in
                    let token = tokens[position]
                    return token.kind == .word && token.flags.contains(.capitalized)
                        && !EntityLexicon.organizationWords.contains(token.key) && !EntityLexicon.locationWords.contains(token.key)
                })
            else { continue }
            mentions[index].type = .person
        }
        addUnmarkedHonorificNames(&mentions, tokens)
    }

    /// "Mr. Vale spoke to Mr. Xi": after an honorific, capitalised words are a person's name even
    /// where the tagger marked nothing (a surname that is also an everyday word, a short one it has
    /// never seen). Only honorifics, not ranks ("Gen. Motors" is no typo away), and the title joins
    /// the mention as the tagger's own mentions take it.
    private func addUnmarkedHonorificNames(_ mentions: inout [EntityMention], _ tokens: [Token]) {
        var found: [EntityMention] = []
        var index = 0
        while index + 1 < tokens.count {
            defer { index += 1 }
            let title = tokens[index]
            guard title.kind == .word, title.flags.contains(.capitalized), !title.flags.contains(.allCaps),
                Self.honorifics.contains(title.key)
            else { continue }
            var end = index + 1
            while end < tokens.count, end - index <= 3, isNameWord(tokens[end]), tokens[end].sentence == title.sentence { end += 1 }
            guard end > index + 1 else { continue }
            let span = Int(title.start)..<Int(tokens[end - 1].end)
            guard !mentions.contains(where: { $0.range.overlaps(span) }) else { continue }
            found.append(EntityMention(range: span, tokens: index..<end, type: .person))
            index = end - 1
        }
        guard !found.isEmpty else { return }
        mentions += found
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func isNameWord(_ token: Token) -> Bool {
        token.kind == .word && token.flags.contains(.capitalized) && !EntityLexicon.personTitles.contains(token.key)
            && !EntityLexicon.organizationWords.contains(token.key) && !EntityLexicon.locationWords.contains(token.key)
    }

    /// Honorifics, which stand only before a person's name, in both the American and the British style.
    static let honorifics = WordList(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "mx", "mx."])

    private static let retypable: Set<EntityType> = [.organization, .gpe, .location, .norp, .facility, .product]

    /// Ranks and honorifics, with their abbreviations, that only stand before a person's name.
    static let titles = WordList([
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.", "senator", "rep", "rep.", "gov", "gov.", "governor",
        "gen", "gen.", "col", "col.", "colonel", "capt", "capt.", "captain", "lt", "lt.", "lieutenant", "sgt", "sgt.", "sergeant",
        "maj", "maj.", "major", "adm", "adm.", "admiral", "prof", "prof.", "professor", "mayor", "judge", "president", "sir",
        "dame", "ambassador", "chancellor", "archbishop", "bishop", "rabbi", "imam", "sheikh", "pope", "commissioner",
    ])
}
