/// Legislatures and their houses named by one word ("the Commons", "the Lords", "Congress", "the
/// Duma", "the Knesset") are organisations. The tagger has seen few of them and guesses from the
/// word's shape: a place for "Commons" and "Duma", a person for "Lords" and "Bundestag", nothing
/// for "Knesset". Capitalised only: "commons" and "lords" in lower case are other words.
struct LegislatureRule: EntityRule {
    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let tokens = scope.document.tokens
        var coveredBy = [Int32](repeating: -1, count: tokens.count)
        for (index, mention) in mentions.enumerated() {
            for position in mention.tokens where position < tokens.count { coveredBy[position] = Int32(index) }
        }
        for (position, token) in tokens.enumerated()
        where token.kind == .word && token.flags.contains(.capitalized) && Self.legislatures.contains(token.key) {
            let covering = Int(coveredBy[position])
            if covering < 0 {
                mentions.append(EntityMention(range: token.range, tokens: position..<(position + 1), type: .organization))
            } else if mentions[covering].tokens.count == 1 {
                mentions[covering].type = .organization
            }
        }
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    static let legislatures = WordList([
        "parliament", "congress", "senate", "commons", "lords", "bundestag", "bundesrat", "duma", "knesset", "dail",
        "seanad", "oireachtas", "storting", "riksdag", "folketing", "eduskunta", "sejm", "cortes", "majlis", "stormont",
        "holyrood", "senedd",
    ])
}
