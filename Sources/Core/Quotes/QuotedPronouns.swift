/// "I", "me" and "my" inside a direct quotation are its speaker, and "we" and "our" are an
/// organisation's or a country's when one speaks: a reader of the JSON asks who "I" is, and only
/// the quote stage knows. Second person stays unresolved. Third person is coreference's, which
/// cannot tell the speaker: a "he" or "she" inside a quotation that it gave the speaker is let go,
/// since a speaker says "I" ("Our coach never rests," Ann Lee said. "She ..." is the coach).
struct QuotedPronouns {
    static let singular = WordList(["i", "me", "my", "mine", "myself"])
    static let plural = WordList(["we", "us", "our", "ours", "ourselves"])
    static let thirdPerson = WordList(["he", "him", "his", "himself", "she", "her", "hers", "herself"])

    /// The clusters with each direct quote's first-person pronouns added to its speaker's cluster,
    /// and its third-person pronouns taken from it.
    func link(_ quotes: [ExtractedQuote], to clusters: [EntityClusterer.Cluster], in document: TextDocument)
        -> [EntityClusterer.Cluster]
    {
        var clusters = clusters
        let tokens = document.tokens
        let taken = EntityClusterer.Cluster.tokenMap(clusters, count: tokens.count)
        var touched: [Int] = []
        var released = [Bool](repeating: false, count: tokens.count)
        var releasing: [Int] = []
        for quote in quotes where quote.kind == .direct {
            guard let cluster = quote.speaker?.cluster, cluster >= 0, cluster < clusters.count else { continue }
            let type = clusters[cluster].type
            if type == .person {
                for index in quote.tokens
                where index < tokens.count && tokens[index].flags.contains(.quoted) && taken[index] == Int32(cluster) {
                    guard Self.thirdPerson.contains(tokens[index].key) else { continue }
                    released[index] = true
                    releasing.append(cluster)
                }
            }
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
        for cluster in Set(releasing) {
            clusters[cluster].mentions.removeAll { $0.kind == .pronoun && released[$0.tokens.lowerBound] }
        }
        for cluster in Set(touched) { clusters[cluster].mentions.sort { $0.range.lowerBound < $1.range.lowerBound } }
        return clusters
    }
}
