/// A name found once is found everywhere: where the tagger recognised "Velmont" in one sentence,
/// the same capitalised words elsewhere in the article are the same name (Ratinov & Roth 2009
/// report one to two F1 points from this on news).
struct DocumentConsistencyRule: EntityRule {
    let commonWords: CommonWords?

    /// Names longer than this many tokens are rare enough to be left as the tagger found them.
    static let maxTokens = 6

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let document = scope.document
        guard !mentions.isEmpty else { return }
        var covered = [Bool](repeating: false, count: document.tokens.count)
        for mention in mentions { for index in mention.tokens where index < covered.count { covered[index] = true } }
        // Every name's token keys, one after another; the names, each linked to the next with the
        // same first token (-1 ends a chain); the chains by the key of that first token, as (first
        // name, last name), so they keep the order the names were found in.
        var nameKeys: [UInt64] = []
        nameKeys.reserveCapacity(2 * mentions.count)
        var entries: [(keys: Range<Int>, type: EntityType, next: Int)] = []
        var names = KeyMap<(first: Int, last: Int)>()
        document.normalized.withUnsafeBufferPointer { bytes in
            for mention in mentions where mention.kind == .name && Self.isPropagated(mention.type) {
                guard mention.tokens.count <= Self.maxTokens else { continue }
                let tokens = document.tokens[mention.tokens]
                guard
                    tokens.allSatisfy({
                        $0.kind == .word && ($0.flags.contains(.capitalized) || $0.flags.contains(.allCaps)) || $0.kind != .word
                    }),
                    let first = tokens.first, first.kind == .word
                else { continue }
                // A lone word that is also an everyday word ("May", "Bush") is not repeated by string alone.
                if tokens.count == 1, commonWords?.contains(key: first.key) == true {
                    continue
                }
                let start = nameKeys.count
                for token in tokens { nameKeys.append(Self.exactKey(bytes, token.range)) }
                let keys = start..<nameKeys.count
                let firstKey = nameKeys[start]
                let added = entries.count
                if let chain = names[firstKey] {
                    var entry = chain.first
                    var known = false
                    while entry >= 0 && !known {
                        known = nameKeys[entries[entry].keys] == nameKeys[keys]
                        entry = entries[entry].next
                    }
                    if known {
                        nameKeys.removeLast(keys.count)
                        continue
                    }
                    entries[chain.last].next = added
                    names[firstKey] = (chain.first, added)
                } else {
                    names[firstKey] = (added, added)
                }
                entries.append((keys, mention.type, -1))
            }
            guard names.count > 0 else { return }
            var index = 0
            while index < document.tokens.count {
                defer { index += 1 }
                let token = document.tokens[index]
                // Every name starts with a capitalised word: other tokens need no lookup.
                guard !covered[index], token.sentence >= 0, token.kind == .word,
                    token.flags.contains(.capitalized) || token.flags.contains(.allCaps)
                else { continue }
                guard let chain = names[Self.exactKey(bytes, document.tokens[index].range)],
                    !AcronymRule.isCreditGrade(index, document)
                else { continue }
                // The longest name that matches here, all its tokens uncovered and in one sentence.
                var best: (count: Int, type: EntityType)?
                var next = chain.first
                while next >= 0 {
                    let candidate = entries[next]
                    next = candidate.next
                    guard best.map({ candidate.keys.count > $0.count }) ?? true else { continue }
                    let length = candidate.keys.count
                    let end = index + length
                    guard end <= document.tokens.count else { continue }
                    let sentence = document.tokens[index].sentence
                    let fits = (index..<end).allSatisfy { position in
                        !covered[position] && document.tokens[position].sentence == sentence
                            && Self.exactKey(bytes, document.tokens[position].range)
                                == nameKeys[candidate.keys.lowerBound + position - index]
                    }
                    // The name must end where a word ends: "New York" is not found inside "New York Times".
                    let nextIsName =
                        end < document.tokens.count && document.tokens[end].sentence == sentence
                        && document.tokens[end].kind == .word && document.tokens[end].flags.contains(.capitalized)
                    if fits && !nextIsName { best = (candidate.keys.count, candidate.type) }
                }
                guard let best else { continue }
                let range = Int(document.tokens[index].start)..<Int(document.tokens[index + best.count - 1].end)
                mentions.append(EntityMention(range: range, tokens: index..<(index + best.count), type: best.type))
                for position in index..<(index + best.count) { covered[position] = true }
                index += best.count - 1
            }
        }
    }

    static func isPropagated(_ type: EntityType) -> Bool {
        switch type {
        case .person, .organization, .gpe, .location, .facility, .norp, .event: true
        default: false
        }
    }

    /// Case-sensitive FNV-1a of a token's bytes: "Apple" and "apple" are different names.
    static func exactKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        FNV1a.hash(bytes, range)
    }
}
