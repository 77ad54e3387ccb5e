/// "Water levels at Castlebrook dropped …", "a farm outside Castlebrook", "living in Castlebrook":
/// a name the tagger took for a person's, every time after a preposition of place, is a place.
/// Twice at least, and once after a preposition only places take ("outside", "near"), since "in"
/// and "at" also take people ("confidence in Tom Roe", "a swipe at Tom Roe").
struct LocativeNameRule: EntityRule {
    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let document = scope.document
        let tokens = document.tokens
        // Per name (its words' keys): its mentions, how many a preposition of place opens, and
        // whether one is a preposition only places take.
        var names: [[UInt64]: (indices: [Int], located: Int, placeOnly: Bool)] = [:]
        for (index, mention) in mentions.enumerated() where mention.type == .person && mention.kind == .name {
            let key = mention.tokens.map { tokens[$0].key }
            var entry = names[key] ?? ([], 0, false)
            entry.indices.append(index)
            let before = mention.tokens.lowerBound - 1
            let after = mention.tokens.upperBound
            let possessed = after < tokens.count && tokens[after].flags.contains(.possessive)
            if before >= 0, !possessed, tokens[before].sentence == tokens[mention.tokens.lowerBound].sentence {
                if Self.placeOnly.contains(tokens[before].key) {
                    entry.located += 1
                    entry.placeOnly = true
                } else if Self.locative.contains(tokens[before].key) {
                    entry.located += 1
                }
            }
            names[key] = entry
        }
        for entry in names.values where entry.indices.count >= 2 && entry.located == entry.indices.count && entry.placeOnly {
            for index in entry.indices { mentions[index].type = .gpe }
        }
    }

    private static let placeOnly = WordList(["outside", "near", "around", "across", "inside"])
    private static let locative = WordList(["in", "at", "outside", "near", "around", "across", "inside"])
}
