/// Once an article names "Omar Haddadin", a capitalised "Haddadin" elsewhere is him, where the
/// tagger saw no name: most often a surname opening its sentence ("Haddadin insisted …"), which
/// the tagger reads as any capitalised first word. There it must be the subject of what follows
/// (a verb next); and a surname that is an everyday word ("Price", "Image") is left to the
/// tagger ("Price rises hit shoppers" stays a price).
struct SurnameRule: EntityRule {
    let commonWords: CommonWords?

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let document = scope.document
        let tokens = document.tokens
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in mentions { for index in mention.tokens where index < covered.count { covered[index] = true } }
        var added: [EntityMention] = []
        document.normalized.withUnsafeBufferPointer { bytes in
            var surnames = KeyMap<Bool>()
            for mention in mentions where mention.kind == .name && mention.type == .person && mention.tokens.count >= 2 {
                let last = tokens[mention.tokens.upperBound - 1]
                guard last.kind == .word, last.flags.contains(.capitalized), last.range.count >= 3,
                    commonWords?.contains(key: last.key) != true
                else { continue }
                surnames[DocumentConsistencyRule.exactKey(bytes, last.range)] = true
            }
            guard surnames.count > 0 else { return }
            for (index, token) in tokens.enumerated()
            where !covered[index] && token.kind == .word && token.flags.contains(.capitalized) && !token.flags.contains(.headline) {
                guard surnames[DocumentConsistencyRule.exactKey(bytes, token.range)] == true else { continue }
                let next = index + 1 < tokens.count ? tokens[index + 1] : nil
                // Part of a longer name ("Haddadin Group") is that name's business.
                if let next, next.sentence == token.sentence, next.kind == .word, next.flags.contains(.capitalized) { continue }
                if token.flags.contains(.sentenceInitial) {
                    guard let next, next.sentence == token.sentence,
                        next.pos == .verb || next.pos == .aux || Self.opensAside(after: index, document)
                    else { continue }
                }
                added.append(EntityMention(range: token.range, tokens: index..<(index + 1), type: .person))
            }
        }
        guard !added.isEmpty else { return }
        mentions += added
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// "Haddadin, who had missed three chances, said", "Haddadin, 27, said": an aside about the
    /// subject set off by a comma, which the parse may misread.
    private static func opensAside(after index: Int, _ document: TextDocument) -> Bool {
        let tokens = document.tokens
        guard index + 3 < tokens.count, document.isComma(at: index + 1), tokens[index + 2].sentence == tokens[index].sentence
        else { return false }
        let word = tokens[index + 2]
        return relativeWords.contains(word.key) || word.kind == .number && document.isComma(at: index + 3)
    }

    private static let relativeWords = WordList(["who", "whose"])
}
