/// "Age UK said", "Cancer Research UK", "the charity Bowel Health UK": a run of capitalised nouns
/// right before "UK" is an organisation whose name ends in the country, as British charities' and
/// companies' branches are named. The tagger splits such names, and the place left over became
/// the speaker of what the organisation said. Not a place the lexicons or the tagger know before
/// it ("London UK"), nor a run with a word that is no noun ("In UK", "The UK").
struct NationalBranchRule: EntityRule {
    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let tokens = scope.document.tokens
        guard mentions.contains(where: { $0.type == .gpe && $0.tokens.count == 1 && tokens[$0.tokens.lowerBound].key == Self.uk })
        else { return }
        // The mention covering each token (-1 for none), so each "UK" looks back in constant time.
        var owner = [Int32](repeating: -1, count: tokens.count)
        for (index, mention) in mentions.enumerated() {
            for token in mention.tokens where token < owner.count { owner[token] = Int32(index) }
        }
        var merged: [(remove: [Int], add: EntityMention)] = []
        for (index, mention) in mentions.enumerated() where mention.type == .gpe && mention.tokens.count == 1 {
            let country = mention.tokens.lowerBound
            guard tokens[country].key == Self.uk, country > 0 else { continue }
            var first = country
            while first > 0, country - first < 4, tokens[first - 1].sentence == tokens[country].sentence,
                tokens[first - 1].kind == .word, tokens[first - 1].flags.contains(.capitalized),
                [.noun, .propn].contains(tokens[first - 1].pos)
            {
                first -= 1
            }
            guard first < country else { continue }
            // The words before may be a name the tagger found (an organisation, or a person it
            // took them for), never a place.
            let covering = Array(Set((first..<country).compactMap { owner[$0] >= 0 ? Int(owner[$0]) : nil })).sorted()
            guard covering.allSatisfy({ [.organization, .person].contains(mentions[$0].type) && mentions[$0].tokens.lowerBound >= first })
            else { continue }
            let range = Int(tokens[first].start)..<Int(tokens[country].end)
            merged.append((covering + [index], EntityMention(range: range, tokens: first..<(country + 1), type: .organization)))
        }
        guard !merged.isEmpty else { return }
        let removed = Set(merged.flatMap(\.remove))
        mentions = mentions.indices.filter { !removed.contains($0) }.map { mentions[$0] } + merged.map(\.add)
    }

    private static let uk = WordList.key("uk")
}
