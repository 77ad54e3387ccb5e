/// "the 48-year-old Scot", "a young Frenchman": one capitalised word after an article and words
/// that describe it is a nationality used as a noun, not a person's name, unless the article
/// names someone with it as a surname ("Tom Roe … the veteran Roe").
struct DescribedNationalityRule: EntityRule {
    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let document = scope.document
        let tokens = document.tokens
        var surnames = Set<UInt64>()
        for mention in mentions where mention.type == .person && mention.tokens.count > 1 {
            surnames.insert(tokens[mention.tokens.upperBound - 1].key)
        }
        for index in mentions.indices where mentions[index].type == .person && mentions[index].kind == .name {
            let word = mentions[index].tokens.lowerBound
            // ("the Queen", "the Pope": a title standing for its holder; "the Harlows": a family.)
            guard mentions[index].tokens.count == 1, !surnames.contains(tokens[word].key),
                !EntityLexicon.personTitles.contains(tokens[word].key),
                document.normalized[tokens[word].range.upperBound - 1] != UInt8(ascii: "s"),
                !tokens[word].flags.contains(.sentenceInitial), !tokens[word].flags.contains(.quoted), isDescribed(word, document)
            else { continue }
            // The phrase's head: no name goes on after it, and it modifies no noun ("the Velmont
            // administration", "the Harlow deal", "the Napoleon of …").
            let next = word + 1
            if next < tokens.count, tokens[next].sentence == tokens[word].sentence, tokens[next].kind == .word,
                tokens[next].flags.contains(.capitalized) || [.noun, .propn, .num].contains(tokens[next].pos)
                    || tokens[next].key == Self.of
            {
                continue
            }
            mentions[index].type = .norp
        }
    }

    /// Whether an article opens the phrase the word ends, with only lower-case describing words
    /// (or an age) between them.
    private func isDescribed(_ word: Int, _ document: TextDocument) -> Bool {
        let tokens = document.tokens
        var cursor = word - 1
        while cursor >= 0, word - cursor <= 4, tokens[cursor].sentence == tokens[word].sentence, tokens[cursor].kind == .word {
            let token = tokens[cursor]
            // ("a fan going by the name “The Velmonter”": a capitalised article
            // inside a sentence is the name's own.)
            if DescriptionRule.articles.contains(token.key) {
                return !token.flags.contains(.capitalized) || token.flags.contains(.sentenceInitial)
            }
            guard !token.flags.contains(.capitalized), token.pos == .adj || document.isAge(token) else { return false }
            cursor -= 1
        }
        return false
    }

    private static let of = WordList.key("of")
}
