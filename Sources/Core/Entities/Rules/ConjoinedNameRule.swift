/// "the Department of Health and Social Care", "the National Institute of Standards and
/// Technology": a body's name whose "of" part joins two fields is one name, where the tagger
/// stopped at the "and". The words after it must be capitalised, ordinary (no other mention
/// covers them: "the Ministry of Defence and Boeing said" names two) and end where a lower-case
/// word or punctuation follows.
struct ConjoinedNameRule: EntityRule {
    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let document = scope.document
        let tokens = document.tokens
        guard mentions.contains(where: { $0.type == .organization }) else { return }
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in mentions { for index in mention.tokens where index < covered.count { covered[index] = true } }
        for index in mentions.indices where mentions[index].type == .organization && mentions[index].kind == .name {
            let name = mentions[index].tokens
            guard name.count >= 3, name.dropFirst().contains(where: { tokens[$0].key == Self.of }) else { continue }
            let and = name.upperBound
            guard and + 1 < tokens.count, tokens[and].key == Self.and, tokens[and].sentence == tokens[name.lowerBound].sentence
            else { continue }
            var end = and + 1
            while end < tokens.count, end - and <= 3, tokens[end].sentence == tokens[and].sentence, tokens[end].kind == .word,
                tokens[end].flags.contains(.capitalized), !tokens[end].flags.contains(.possessive), !covered[end]
            {
                end += 1
            }
            guard end > and + 1, end - and <= 3 else { continue }
            // The name ends there: no capitalised word runs on past the joined field.
            if end < tokens.count, tokens[end].sentence == tokens[and].sentence, tokens[end].kind == .word,
                tokens[end].flags.contains(.capitalized)
            {
                continue
            }
            for position in and..<end { covered[position] = true }
            mentions[index].tokens = name.lowerBound..<end
            mentions[index].range = Int(tokens[name.lowerBound].start)..<Int(tokens[end - 1].end)
        }
    }

    private static let of = WordList.key("of")
    private static let and = WordList.key("and")
}
