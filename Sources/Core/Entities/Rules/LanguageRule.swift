/// "French" is a people's word and a language: "French exports" are the people's, "read in
/// French" and "speaks Arabic" the language. A nationality word the gazetteer also lists as a
/// language is the language where it stands as a noun after "in", "into" or a verb of speaking.
struct LanguageRule: EntityRule {
    let gazetteer: Gazetteer?

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        guard let gazetteer else { return }
        let document = scope.document
        let tokens = document.tokens
        for index in mentions.indices where mentions[index].type == .norp && mentions[index].tokens.count == 1 {
            let position = mentions[index].tokens.lowerBound
            guard position > 0, Self.languageCues.contains(tokens[position - 1].key),
                tokens[position - 1].sentence == tokens[position].sentence
            else { continue }
            // "in French waters": a noun after it makes it the people's adjective.
            if position + 1 < tokens.count, tokens[position + 1].sentence == tokens[position].sentence,
                tokens[position + 1].pos == .noun || tokens[position + 1].pos == .propn
            {
                continue
            }
            if gazetteer.categories(of: document.normalized[tokens[position].range]).contains(.language) {
                mentions[index].type = .language
            }
        }
    }

    static let languageCues = WordList([
        "in", "into", "speak", "speaks", "spoke", "spoken", "speaking", "learn", "learns", "learning", "taught", "teach",
        "fluent",
    ])
}
