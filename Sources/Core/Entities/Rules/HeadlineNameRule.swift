/// In a headline every word is capitalised, so the tagger runs a name on into the verb after it
/// ("Jane Roe Grills Bank Chief"): a headline name that begins with a name of the same type
/// found in the body and goes on past it is cut back to that name.
struct HeadlineNameRule: EntityRule {
    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let tokens = scope.document.tokens
        let bodyNames = mentions.filter { mention in
            mention.tokens.count >= 2 && !tokens[mention.tokens.lowerBound].flags.contains(.headline)
        }
        guard !bodyNames.isEmpty else { return }
        for index in mentions.indices {
            let mention = mentions[index]
            guard mention.tokens.count >= 3, tokens[mention.tokens.lowerBound].flags.contains(.headline) else { continue }
            let longest = bodyNames.filter { name in
                name.type == mention.type && name.tokens.count < mention.tokens.count
                    && zip(name.tokens, mention.tokens).allSatisfy { tokens[$0].key == tokens[$1].key }
            }.max { $0.tokens.count < $1.tokens.count }
            guard let name = longest else { continue }
            let kept = mention.tokens.lowerBound..<(mention.tokens.lowerBound + name.tokens.count)
            mentions[index] = EntityMention(
                range: Int(tokens[kept.lowerBound].start)..<Int(tokens[kept.upperBound - 1].end), tokens: kept, type: mention.type)
        }
    }
}
