/// Joins name particles: "Ursula von der Leyen", "Vincent van Gogh", "Osama bin Laden" are one
/// person, though taggers trained on English text often stop at the lowercase particle.
struct NameParticleRule: EntityRule {
    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let document = scope.document
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        var index = mentions.count - 1
        document.normalized.withUnsafeBufferPointer { bytes in
            while index >= 0 {
                defer { index -= 1 }
                guard mentions[index].type == .person else { continue }
                var first = mentions[index].tokens.lowerBound
                var particles = 0
                while first - 1 >= 0, particles < 3, Self.particles.contains(document.tokens[first - 1].key) {
                    first -= 1
                    particles += 1
                }
                guard particles > 0 else { continue }
                let before = first > 0 ? document.tokens[first - 1] : nil
                guard let before, before.kind == .word, before.flags.contains(.capitalized),
                    before.sentence == document.tokens[first].sentence
                else {
                    // "… von der Leyen said": the particles belong to the surname.
                    let tokens = first..<mentions[index].tokens.upperBound
                    mentions[index] = EntityMention(
                        range: Int(document.tokens[first].start)..<mentions[index].range.upperBound, tokens: tokens, type: .person)
                    continue
                }
                // Join to the person mention ending just before the particles, or take the capitalised word itself.
                let start: Int
                if index > 0, mentions[index - 1].tokens.upperBound == first, mentions[index - 1].type == .person {
                    start = mentions[index - 1].tokens.lowerBound
                    mentions.remove(at: index - 1)
                    index -= 1
                } else if EntityLexicon.personTitles.contains(before.key) {
                    continue
                } else {
                    start = first - 1
                }
                let tokens = start..<mentions[index].tokens.upperBound
                mentions[index] = EntityMention(
                    range: Int(document.tokens[start].start)..<mentions[index].range.upperBound, tokens: tokens, type: .person)
            }
        }
    }

    static let particles = WordList([
        "von", "van", "der", "den", "de", "da", "di", "del", "della", "la", "le", "bin", "ibn", "al", "dos", "das", "du", "ter", "ten",
        "zu", "af",
    ])
}
