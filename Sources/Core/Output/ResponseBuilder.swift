/// The last stage: internal byte ranges to the contract's response, offsets in the client's unit.
struct ResponseBuilder {
    let document: TextDocument
    let offsets: OffsetConverter

    /// The entities, sorted by salience, and for each cluster (by its index) the id it was given,
    /// so later lists (quotes, claims) point at the same entities.
    func entities(_ clusters: [EntityClusterer.Cluster]) -> (entities: [Entity], ids: [String]) {
        let sentenceCount = max(1, document.sentences.count)
        var scored: [(salience: Double, first: Int, cluster: Int)] = clusters.enumerated().map { index, cluster in
            // More mentions and earlier ones (headline, lead) mean more central to the story.
            let firstSentence = cluster.mentions.map { Int(document.tokens[$0.tokens.lowerBound].sentence) }.min() ?? 0
            let position = 1 - Double(max(0, firstSentence)) / Double(sentenceCount)
            let count = Double(cluster.mentions.count)
            let raw = (count / (count + 3)) * 0.7 + position * 0.3
            return (raw, cluster.mentions[0].range.lowerBound, index)
        }
        scored.sort { $0.salience != $1.salience ? $0.salience > $1.salience : $0.first < $1.first }
        var ids = [String](repeating: "", count: clusters.count)
        let entities = scored.enumerated().map { rank, item in
            let cluster = clusters[item.cluster]
            ids[item.cluster] = "e\(rank + 1)"
            return Entity(
                id: "e\(rank + 1)", name: document.sourceText(cluster.canonical.range), type: cluster.type,
                salience: (item.salience * 10000).rounded() / 10000, titles: [],
                mentions: cluster.mentions.map(mention))
        }
        return (entities, ids)
    }

    /// Quotes with contract offsets; a speaker's entity is named by the id `entities` gave its cluster.
    func quotes(_ extracted: [ExtractedQuote], entities: [Entity], ids: [String]) -> [Quote] {
        var nameByID: [String: String] = [:]
        for entity in entities { nameByID[entity.id] = entity.name }
        return extracted.enumerated().map { index, quote in
            let content = span(quote.content)
            let speaker = quote.speaker.map { resolved -> Speaker in
                let mention = span(resolved.mention)
                let id = resolved.cluster.flatMap { $0 >= 0 && $0 < ids.count ? ids[$0] : nil }
                var name = id.flatMap { nameByID[$0] } ?? mention.text
                // The quote stage may have joined a name the tagger split ("Ursula" + "von der Leyen").
                if let full = resolved.fullName.map({ document.sourceText($0) }), full.count > name.count { name = full }
                return Speaker(name: name, entity: id, mention: mention)
            }
            return Quote(
                id: "q\(index + 1)", kind: quote.kind, text: content.text, start: content.start, end: content.end,
                speaker: speaker, cue: quote.cue.map(span), confidence: quote.confidence, rule: quote.rule)
        }
    }

    func span(_ range: Range<Int>) -> TextSpan {
        let source = document.sourceRange(range)
        return TextSpan(text: document.sourceText(range), start: offsets.convert(source.lowerBound), end: offsets.convert(source.upperBound))
    }

    func mention(_ mention: EntityMention) -> Mention {
        let source = document.sourceRange(mention.range)
        return Mention(
            text: document.sourceText(mention.range), start: offsets.convert(source.lowerBound),
            end: offsets.convert(source.upperBound), kind: mention.kind)
    }
}
