/// The coreference stage: groups every mention of one referent into one cluster — names,
/// surnames, acronyms, near-miss spellings, pronouns and "the chancellor" — and collects the
/// titles the article gives each person.
public struct EntityClusterer: Sendable {
    public let gazetteer: Gazetteer?

    public init(gazetteer: Gazetteer? = nil) {
        self.gazetteer = gazetteer
    }

    public struct Cluster: Sendable {
        public var mentions: [EntityMention]
        public var type: EntityType
        /// The mention whose text is the fullest name.
        public var canonical: EntityMention
        /// Byte ranges of role phrases ("NATO Secretary-General"), in order of appearance.
        public var titles: [Range<Int>] = []
        public var gender: Gender = .unknown
    }

    public enum Gender: Sendable, Equatable {
        case unknown, male, female
    }

    public func cluster(_ mentions: [EntityMention], in document: TextDocument) -> [Cluster] {
        let titled = TitleExtractor().extract(mentions, in: document)
        var clusters = NameMatcher(gazetteer: gazetteer).group(titled.mentions, titles: titled.titles, in: document)
        unifyTypes(&clusters)
        let quoted = QuotedRegions(document: document)
        PronounResolver(quoted: quoted).resolve(&clusters, in: document)
        NominalResolver().resolve(&clusters, in: document)
        for index in clusters.indices {
            clusters[index].mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        return clusters
    }

    /// One referent has one type: the type most of its name mentions were given.
    private func unifyTypes(_ clusters: inout [Cluster]) {
        for index in clusters.indices {
            var counts: [EntityType: Int] = [:]
            for mention in clusters[index].mentions { counts[mention.type, default: 0] += 1 }
            if let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue }) {
                clusters[index].type = best.key
            }
        }
    }
}
