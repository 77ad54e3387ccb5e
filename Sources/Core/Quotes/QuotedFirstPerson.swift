/// "I", "me" and "my" inside a direct quotation are its speaker, and "we" and "our" are an
/// organisation's or a country's when one speaks: a reader of the JSON asks who "I" is, and only
/// the quote stage knows. Coreference leaves pronouns inside quotations alone for this reason.
/// Second person stays unresolved.
struct QuotedFirstPerson {
    static let singular = WordList(["i", "me", "my", "mine", "myself"])
    static let plural = WordList(["we", "us", "our", "ours", "ourselves"])

    /// The clusters with each direct quote's first-person pronouns added to its speaker's cluster.
    func link(_ quotes: [ExtractedQuote], to clusters: [EntityClusterer.Cluster], in document: TextDocument)
        -> [EntityClusterer.Cluster]
    {
        var clusters = clusters
        let tokens = document.tokens
        let taken = EntityClusterer.Cluster.tokenMap(clusters, count: tokens.count)
        var touched: [Int] = []
        for quote in quotes where quote.kind == .direct {
            guard let cluster = quote.speaker?.cluster, cluster >= 0, cluster < clusters.count else { continue }
            let type = clusters[cluster].type
            let words: WordList
            switch type {
            case .person: words = Self.singular
            case .organization, .gpe, .norp: words = Self.plural
            default: continue
            }
            for index in quote.tokens where index < tokens.count && taken[index] < 0 {
                let token = tokens[index]
                guard token.kind == .word, token.range.count <= 9, words.contains(token.key) else { continue }
                clusters[cluster].mentions.append(
                    EntityMention(range: token.range, tokens: index..<(index + 1), type: type, kind: .pronoun))
                touched.append(cluster)
            }
        }
        for cluster in Set(touched) { clusters[cluster].mentions.sort { $0.range.lowerBound < $1.range.lowerBound } }
        return clusters
    }
}
