/// "Alzheimer's disease", "Down's syndrome", "Moore's law": a name before a possessive and a
/// lower-case word for a condition or a law of nature names that, not a person the article is
/// about. The tagger types the name a person, whose pronouns and quotes it would then collect.
struct EponymRule: EntityRule {
    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let tokens = scope.document.tokens
        mentions.removeAll { mention in
            let possessive = mention.tokens.upperBound
            guard mention.kind == .name, mention.type == .person, possessive + 1 < tokens.count,
                tokens[possessive].flags.contains(.possessive)
            else { return false }
            let noun = tokens[possessive + 1]
            return noun.kind == .word && !noun.flags.contains(.capitalized) && Self.eponymNouns.contains(noun.key)
        }
    }

    static let eponymNouns = WordList([
        "disease", "syndrome", "palsy", "disorder", "sarcoma", "lymphoma", "law", "theorem", "principle", "paradox",
        "constant", "razor",
    ])
}
