/// `“…,” Scholz added.` / `“…,” said Scholz.`: a capitalised word right beside a speech verb
/// next to a closing quote is someone speaking, even a name the tagger has never seen.
struct SpeakerNameRule: EntityRule {
    let commonWords: CommonWords?

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let range = scope.tokens
        guard range.count >= 3 else { return }
        let document = scope.document
        var found: [EntityMention] = []
        document.normalized.withUnsafeBufferPointer { bytes in
            for index in (range.lowerBound + 1)..<range.upperBound where document.tokens[index - 1].flags.contains(.closingQuote) {
                // “…,” Name verb   or   “…,” verb Name
                var nameStart = index
                if index + 1 < range.upperBound, SpeechVerbs.contains(document.tokens[index].key) {
                    nameStart = index + 1
                }
                var nameEnd = nameStart
                while nameEnd < range.upperBound, nameEnd - nameStart < 3, isNameWord(document.tokens[nameEnd], bytes) { nameEnd += 1 }
                guard nameEnd > nameStart else { continue }
                let verbFollows = nameEnd < range.upperBound && SpeechVerbs.contains(document.tokens[nameEnd].key)
                guard verbFollows || nameStart > index else { continue }
                let span = Int(document.tokens[nameStart].start)..<Int(document.tokens[nameEnd - 1].end)
                guard !mentions.contains(where: { $0.range.overlaps(span) }) else { continue }
                found.append(EntityMention(range: span, tokens: nameStart..<nameEnd, type: .person))
            }
        }
        mentions += found
    }

    private func isNameWord(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .word, token.flags.contains(.capitalized), !token.flags.contains(.allCaps) else { return false }
        let key = token.key
        if EntityLexicon.personTitles.contains(key) || SpeechVerbs.pronouns.contains(key) { return false }
        return commonWords?.contains(key: token.key) != true
    }
}

/// Verbs that report speech, shared by the rules that recognise speakers.
enum SpeechVerbs {
    static func contains(_ key: UInt64) -> Bool { verbs.contains(key) }

    static let verbs = WordList([
        "said", "says", "say", "added", "adds", "told", "tells", "asked", "asks", "warned", "warns", "insisted",
        "insists", "argued", "argues", "claimed", "claims", "stated", "states", "noted", "notes", "explained",
        "explains", "wrote", "writes", "replied", "replies", "declared", "declares", "continued", "continues",
        "recalled", "recalls", "announced", "announces", "acknowledged", "confirmed", "urged", "urges", "stressed",
        "stresses", "emphasized", "emphasised", "concluded", "remarked", "observed", "suggested", "suggests",
        "predicted", "promised", "admitted", "admits", "conceded", "tweeted", "posted", "shouted", "whispered",
    ])
    static let pronouns = WordList(["he", "she", "they", "we", "i", "it", "you"])
}
