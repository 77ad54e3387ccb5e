/// "Storm Daniel", "Hurricane Ian", "Tropical Storm Lee": a storm given a name is an event, the
/// word for the storm included, and so is its name alone elsewhere in the article ("Daniel
/// made landfall"). The tagger reads the name as a person's or a place's (or misses it).
struct NamedStormRule: EntityRule {
    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let tokens = scope.document.tokens
        var storms: [EntityMention] = []
        for index in tokens.indices where index + 1 < tokens.count && Self.storms.contains(tokens[index].key) {
            let word = tokens[index]
            let name = tokens[index + 1]
            guard word.kind == .word, word.flags.contains(.capitalized), !word.flags.contains(.allCaps), name.kind == .word,
                name.flags.contains(.capitalized), !name.flags.contains(.allCaps), name.sentence == word.sentence,
                !Self.storms.contains(name.key), !EntityLexicon.organizationWords.contains(name.key),
                // "the National Hurricane Center": a storm word inside a longer name is that name's.
                !mentions.contains(where: { $0.tokens.lowerBound < index && $0.tokens.contains(index) })
            else { continue }
            // "Tropical Storm Lee": the adjective is part of the name.
            var start = index
            if start > 0, tokens[start - 1].key == Self.tropical, tokens[start - 1].flags.contains(.capitalized) { start -= 1 }
            let span = Int(tokens[start].start)..<Int(name.end)
            storms.append(EntityMention(range: span, tokens: start..<(index + 2), type: .event))
        }
        guard !storms.isEmpty else { return }
        mentions.removeAll { mention in storms.contains { $0.range.overlaps(mention.range) } }
        let names = Set(storms.map { tokens[$0.tokens.upperBound - 1].key })
        for index in mentions.indices where mentions[index].kind == .name && mentions[index].tokens.count == 1 {
            if names.contains(tokens[mentions[index].tokens.lowerBound].key) { mentions[index].type = .event }
        }
        mentions += storms
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static let storms = WordList(["storm", "hurricane", "typhoon", "cyclone"])
    private static let tropical = WordList.key("tropical")
}
