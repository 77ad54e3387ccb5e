/// The last stage: internal byte ranges to the contract's response, offsets in the client's unit.
struct ResponseBuilder {
    let document: TextDocument
    let offsets: OffsetConverter

    func entities(_ clusters: [EntityClusterer.Cluster]) -> [Entity] {
        let sentenceCount = max(1, document.sentences.count)
        var scored: [(salience: Double, first: Int, cluster: EntityClusterer.Cluster)] = clusters.map { cluster in
            // More mentions and earlier ones (headline, lead) mean more central to the story.
            let firstSentence = cluster.mentions.map { Int(document.tokens[$0.tokens.lowerBound].sentence) }.min() ?? 0
            let position = 1 - Double(max(0, firstSentence)) / Double(sentenceCount)
            let count = cluster.mentions.reduce(0.0) { $0 + ($1.kind == .name ? 1 : 0.5) }
            let raw = (count / (count + 3)) * 0.7 + position * 0.3
            return (raw, cluster.mentions[0].range.lowerBound, cluster)
        }
        scored.sort { $0.salience != $1.salience ? $0.salience > $1.salience : $0.first < $1.first }
        return scored.enumerated().map { index, item in
            Entity(
                id: "e\(index + 1)", name: document.sourceText(item.cluster.canonical.range), type: item.cluster.type,
                salience: (item.salience * 10000).rounded() / 10000, titles: titles(item.cluster),
                mentions: item.cluster.mentions.map(mention))
        }
    }

    /// Distinct role phrases, as written in the input, first seen first; a shorter form of a
    /// title already given ("Minister" after "Foreign Minister") adds nothing.
    private func titles(_ cluster: EntityClusterer.Cluster) -> [String] {
        var kept: [String] = []
        for title in cluster.titles.map({ document.sourceText($0) }) {
            let lowered = title.lowercased()
            if !kept.contains(where: { $0.lowercased().hasSuffix(lowered) }) { kept.append(title) }
        }
        return kept
    }

    func mention(_ mention: EntityMention) -> Mention {
        let source = document.sourceRange(mention.range)
        return Mention(
            text: document.sourceText(mention.range), start: offsets.convert(source.lowerBound),
            end: offsets.convert(source.upperBound), kind: mention.kind)
    }
}
