/// "NHS Wexmoor", "RT America": an organisation's acronym right before a one-word name is the
/// first word of a longer organisation's name (a branch, a trust, a channel), not an
/// organisation standing beside a person or a place. The tagger, which knows the acronym, often
/// types the word after it alone.
struct AcronymPrefixRule: EntityRule {
    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let tokens = scope.document.tokens
        var startingAt = KeyMap<Int>()
        for (index, mention) in mentions.enumerated() where mention.kind == .name {
            startingAt[mention.tokens.lowerBound] = index
        }
        var absorbed = Set<Int>()
        for index in mentions.indices {
            let acronym = mentions[index]
            guard acronym.type == .organization, acronym.kind == .name, acronym.tokens.count == 1,
                tokens[acronym.tokens.lowerBound].flags.contains(.allCaps),
                let next = startingAt[acronym.tokens.upperBound]
            else { continue }
            let name = mentions[next]
            let word = tokens[name.tokens.lowerBound]
            guard name.tokens.count == 1, name.type == .person || name.type == .gpe, word.kind == .word,
                word.flags.contains(.capitalized), !word.flags.contains(.allCaps),
                word.sentence == tokens[acronym.tokens.lowerBound].sentence
            else { continue }
            mentions[index].range = acronym.range.lowerBound..<name.range.upperBound
            mentions[index].tokens = acronym.tokens.lowerBound..<name.tokens.upperBound
            absorbed.insert(next)
        }
        guard !absorbed.isEmpty else { return }
        mentions = mentions.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element)
    }
}
