/// A building that speaks is the organisation inside it: "The White House said", "the Pentagon
/// says", "Downing Street insisted" (OntoNotes types such metonyms ORG). A country that speaks
/// stays a GPE, as OntoNotes has it. Every mention of the same name changes with it.
struct SpeakingFacilityRule: EntityRule {
    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let document = scope.document
        let tokens = document.tokens
        var speaking: Set<[UInt64]> = []
        for mention in mentions where mention.type == .facility && !mention.tokens.isEmpty && mention.tokens.upperBound <= tokens.count {
            // The mention's head: its token attached outside it.
            guard
                let head = mention.tokens.first(where: { !mention.tokens.contains(Int(tokens[$0].head)) }),
                [.nsubj, .nsubjPass].contains(tokens[head].relation), tokens[head].head >= 0
            else { continue }
            let verb = Int(tokens[head].head)
            if SpeechVerbs.contains(tokens[verb].key) || Self.progressive.contains(tokens[verb].key) {
                speaking.insert(mention.tokens.map { tokens[$0].key })
            }
        }
        guard !speaking.isEmpty else { return }
        for index in mentions.indices where mentions[index].type == .facility {
            if speaking.contains(mentions[index].tokens.map { tokens[$0].key }) { mentions[index].type = .organization }
        }
    }

    /// "The White House is saying …".
    private static let progressive = WordList(["saying", "telling", "insisting", "warning", "arguing"])
}
