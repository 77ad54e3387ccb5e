/// The last stage: internal byte ranges to the contract's response, offsets in the client's unit.
struct ResponseBuilder {
    let document: TextDocument
    let offsets: OffsetConverter

    /// Clusters in response order (most salient first), with their salience and their index in
    /// the clusterer's list; entity ids ("e1"...) follow this order.
    typealias Ranked = [(salience: Double, cluster: EntityClusterer.Cluster, index: Int)]

    /// Salience from how often and how early the article mentions each referent, and how much it
    /// lets them speak: `speakers` lists the cluster of each quote's speaker.
    func rank(_ clusters: [EntityClusterer.Cluster], speakers: [Int] = []) -> Ranked {
        let sentenceCount = max(1, document.sentences.count)
        var quoted = [Int](repeating: 0, count: clusters.count)
        for speaker in speakers where speaker >= 0 && speaker < quoted.count { quoted[speaker] += 1 }
        var scored: [(salience: Double, first: Int, cluster: Int)] = clusters.enumerated().map { index, cluster in
            // More mentions and earlier ones (headline, lead) mean more central to the story.
            var firstSentence = Int.max
            for mention in cluster.mentions {
                firstSentence = min(firstSentence, Int(document.tokens[mention.tokens.lowerBound].sentence))
            }
            if firstSentence == Int.max { firstSentence = 0 }
            let position = 1 - Double(max(0, firstSentence)) / Double(sentenceCount)
            let count = cluster.mentions.reduce(0.0) { $0 + ($1.kind == .name ? 1 : 0.5) }
            let voice = Double(min(quoted[index], 3)) / 3
            let raw = (count / (count + 3)) * 0.6 + position * 0.25 + voice * 0.15
            return (raw, cluster.mentions[0].range.lowerBound, index)
        }
        scored.sort { $0.salience != $1.salience ? $0.salience > $1.salience : $0.first < $1.first }
        return scored.map { ($0.salience, clusters[$0.cluster], $0.cluster) }
    }

    func entities(_ ranked: Ranked) -> [Entity] {
        // Fields read in place: a copy of an element would retain and release its cluster's arrays.
        var entities: [Entity] = []
        entities.reserveCapacity(ranked.count)
        for index in ranked.indices {
            entities.append(
                Entity(
                    id: ResponseID.make(ResponseID.entity, index + 1), name: document.sourceText(ranked[index].cluster.canonical.range),
                    type: ranked[index].cluster.type, salience: (ranked[index].salience * 10000).rounded() / 10000,
                    titles: titles(ranked[index].cluster), mentions: ranked[index].cluster.mentions.map { mention($0) }))
        }
        return entities
    }

    /// For each cluster (by its index in the clusterer's list), its rank: the entity "e\(rank + 1)".
    private func ranks(_ ranked: Ranked) -> [Int] {
        var ranks = [Int](repeating: -1, count: ranked.count)
        for rank in ranked.indices where ranked[rank].index < ranks.count { ranks[ranked[rank].index] = rank }
        return ranks
    }

    /// The speaker of a quote as the response names it: the entity's fullest name, or the
    /// speaker's own words when no entity holds them.
    private func speaker(_ resolved: ResolvedSpeaker, ranks: [Int], entities: [Entity]) -> (name: String, entity: String?) {
        let rank = resolved.cluster.flatMap { $0 >= 0 && $0 < ranks.count && ranks[$0] >= 0 ? ranks[$0] : nil }
        let found = rank.flatMap { $0 < entities.count ? entities[$0] : nil }
        var name = found?.name ?? document.sourceText(resolved.mention)
        // The quote stage may have joined a name the tagger split ("Ursula" + "von der Leyen").
        if let full = resolved.fullName.map({ document.sourceText($0) }), Self.hasMoreCharacters(full, than: name) { name = full }
        return (name, found?.id)
    }

    /// `text.count > other.count`, without breaking either into characters when it need not: in
    /// ASCII without a carriage return (which joins a following line feed) every byte is a
    /// character, and most names are such.
    static func hasMoreCharacters(_ text: String, than other: String) -> Bool {
        func isPlainASCII(_ string: String) -> Bool {
            let plain = string.utf8.withContiguousStorageIfAvailable { bytes in
                for byte in bytes where byte >= 0x80 || byte == 0x0D { return false }
                return true
            }
            return plain ?? string.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
        }
        guard isPlainASCII(text) && isPlainASCII(other) else { return text.count > other.count }
        return text.utf8.count > other.utf8.count
    }

    /// Quotes with contract offsets; a speaker's entity is named by the id `entities` gave its cluster.
    func quotes(_ extracted: [ExtractedQuote], entities: [Entity], ranked: Ranked) -> [Quote] {
        let ranks = ranks(ranked)
        return extracted.enumerated().map { index, quote in
            let content = span(quote.content)
            let attributed = quote.speaker.map { resolved in
                let named = speaker(resolved, ranks: ranks, entities: entities)
                return Speaker(name: named.name, entity: named.entity, mention: span(resolved.mention))
            }
            return Quote(
                id: ResponseID.make(ResponseID.quote, index + 1), kind: quote.kind, text: content.text, start: content.start,
                end: content.end,
                speaker: attributed, cue: quote.cue.map { span($0) }, confidence: quote.confidence, rule: quote.rule.rawValue)
        }
    }

    /// The tokens of every sentence, in order, with heads as indices into this same list.
    func syntaxTokens() -> [SyntaxToken] {
        var listed = [Int32](repeating: -1, count: document.tokens.count)
        var count: Int32 = 0
        for sentence in document.sentences {
            for index in sentence.tokens {
                listed[index] = count
                count += 1
            }
        }
        var result: [SyntaxToken] = []
        result.reserveCapacity(Int(count))
        for sentence in document.sentences {
            for index in sentence.tokens {
                let token = document.tokens[index]
                let span = span(token.range)
                let head = token.head >= 0 ? Int(listed[Int(token.head)]) : -1
                result.append(
                    SyntaxToken(
                        text: span.text, start: span.start, end: span.end, pos: token.pos.name, head: head,
                        dep: head < 0 && token.relation != .root ? "root" : token.relation.name))
            }
        }
        return result
    }

    /// The text stage's corrections, editor's notes and credits, with offsets in the client's unit.
    func notes() -> [Note] {
        document.notes.map { Note(kind: $0.kind, span: span($0.range)) }
    }

    func span(_ range: Range<Int>) -> TextSpan {
        let source = document.sourceRange(range)
        return TextSpan(
            text: document.sourceText(inSource: source), start: offsets.convert(source.lowerBound),
            end: offsets.convert(source.upperBound))
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
            text: document.sourceText(inSource: source), start: offsets.convert(source.lowerBound),
            end: offsets.convert(source.upperBound), kind: mention.kind)
    }

    /// Claims with ids "c1"…, their entities' ids, and the claimant named by its entity's fullest name.
    func claims(_ claims: [ExtractedClaim], entities: [Entity], ranked: Ranked) -> [Claim] {
        guard !claims.isEmpty else { return [] }
        // Each mention's start byte → (entity rank, mention end): mentions never overlap. Ids and
        // names are made only for the entities a claim names.
        var byStart = KeyMap<(rank: Int, end: Int)>(capacity: mentionCount(ranked))
        for rank in ranked.indices {
            for mention in ranked[rank].cluster.mentions { byStart[mention.range.lowerBound] = (rank, mention.range.upperBound) }
        }
        func rank(_ range: Range<Int>) -> Int? {
            guard let found = byStart[range.lowerBound], found.end >= range.upperBound else { return nil }
            return found.rank
        }
        let clusterRanks = self.ranks(ranked)
        var ranks: [Int] = []
        var listed = [Bool](repeating: false, count: entities.count)
        func convert(_ claim: ExtractedClaim, index: Int) -> Claim {
            let source = document.sourceRange(claim.range)
            let claimant = claim.claimant.map { resolved in
                let named = speaker(resolved, ranks: clusterRanks, entities: entities)
                return Claimant(name: named.name, entity: named.entity)
            }
            ranks.removeAll(keepingCapacity: true)
            for range in claim.mentions {
                if let found = rank(range), found < listed.count, !listed[found] {
                    listed[found] = true
                    ranks.append(found)
                }
            }
            for found in ranks { listed[found] = false }
            var ids: [String] = []
            ids.reserveCapacity(ranks.count)
            for found in ranks { ids.append(entities[found].id) }
            return Claim(
                id: ResponseID.make(ResponseID.claim, index + 1), text: document.sourceText(inSource: source),
                start: offsets.convert(source.lowerBound),
                end: offsets.convert(source.upperBound), checkworthiness: claim.checkworthiness,
                types: claim.types.map(\.rawValue), claimant: claimant,
                quote: claim.quote.map { ResponseID.make(ResponseID.quote, $0 + 1) },
                hedged: claim.hedged, stance: claim.stance.rawValue, entities: ids, facets: facets(claim.facets))
        }
        var result: [Claim] = []
        result.reserveCapacity(claims.count)
        for index in claims.indices { result.append(convert(claims[index], index: index)) }
        return result
    }

    /// How many mentions the ranked clusters hold, counted in place.
    private func mentionCount(_ ranked: Ranked) -> Int {
        var count = 0
        for index in ranked.indices { count += ranked[index].cluster.mentions.count }
        return count
    }

    private func facets(_ facets: ClaimFacets) -> ClaimFacetTexts {
        func spans(_ ranges: [Range<Int>]) -> [TextSpan] {
            ranges.map { range in
                let source = document.sourceRange(range)
                return TextSpan(
                    text: document.sourceText(inSource: source), start: offsets.convert(source.lowerBound),
                    end: offsets.convert(source.upperBound))
            }
        }
        return ClaimFacetTexts(numbers: spans(facets.numbers), dates: spans(facets.dates), places: spans(facets.places))
    }
}
