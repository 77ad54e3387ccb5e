/// The coreference stage: groups every mention of one referent into one cluster — names,
/// surnames, acronyms, near-miss spellings, pronouns and "the chancellor" — and collects the
/// titles the article gives each person.
public struct EntityClusterer: Sendable {
    public let gazetteer: Gazetteer?
    /// First names' genders beyond the gazetteer's (`EntityLexicon.givenNames`).
    public let givenNames: Gazetteer?

    public init(gazetteer: Gazetteer? = nil, givenNames: Gazetteer? = nil) {
        self.gazetteer = gazetteer
        self.givenNames = givenNames
    }

    /// The stage's result, under the names the later stages know it by.
    public typealias Cluster = EntityCluster
    public typealias Gender = EntityCluster.Gender

    public func cluster(_ mentions: [EntityMention], in document: TextDocument) -> [Cluster] {
        let titled = TitleExtractor().extract(mentions, in: document)
        var clusters = NameMatcher(gazetteer: gazetteer, givenNames: givenNames).group(titled.mentions, titles: titled.titles, in: document)
        unifyTypes(&clusters)
        AliasDefinitions().link(&clusters, in: document)
        let honorifics = Honorifics()
        honorifics.link(&clusters, in: document)
        DescribedGender().assign(&clusters, in: document)
        let nominals = NominalResolver()
        nominals.resolveTitledRoles(&clusters, in: document)
        PronounResolver().resolve(&clusters, in: document)
        nominals.resolve(&clusters, in: document)
        honorifics.widen(&clusters, in: document)
        for index in clusters.indices {
            clusters[index].mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        return clusters
    }

    /// One referent has one type: the type most of its name mentions were given.
    private func unifyTypes(_ clusters: inout [Cluster]) {
        var counts = [Int](repeating: 0, count: EntityType.allCases.count)
        for index in clusters.indices {
            for slot in counts.indices { counts[slot] = 0 }
            for mention in clusters[index].mentions { counts[mention.type.ordinal] += 1 }
            // The most frequent; on a tie, the type whose name sorts first.
            var best: EntityType?
            for type in EntityType.allCases where counts[type.ordinal] > 0 {
                guard let current = best else {
                    best = type
                    continue
                }
                let count = counts[type.ordinal]
                let bestCount = counts[current.ordinal]
                if count > bestCount || (count == bestCount && type.rawValue < current.rawValue) { best = type }
            }
            if let best { clusters[index].type = best }
        }
    }
}

extension EntityClusterer.Cluster {
    /// The cluster of each token any mention of a cluster covers (names, and the descriptions and
    /// pronouns coreference added), or -1: later stages find a word's referent in one lookup.
    static func tokenMap(_ clusters: [EntityClusterer.Cluster], count: Int) -> [Int32] {
        var map = [Int32](repeating: -1, count: count)
        for (index, cluster) in clusters.enumerated() {
            for mention in cluster.mentions {
                for token in mention.tokens where token >= 0 && token < count { map[token] = Int32(index) }
            }
        }
        return map
    }
}
