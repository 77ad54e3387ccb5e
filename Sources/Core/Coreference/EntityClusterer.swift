/// Groups mentions into entities, one per referent.
///
/// For now: the same name (case-insensitive) and type, and a person's surname or first-name-less
/// form joined to the one fuller name that ends with it.
public struct EntityClusterer: Sendable {
    public init() {}

    public struct Cluster: Sendable {
        public var mentions: [EntityMention]
        public var type: EntityType
        /// The mention whose text is the fullest name.
        public var canonical: EntityMention
    }

    public func cluster(_ mentions: [EntityMention], in document: TextDocument) -> [Cluster] {
        var clusters: [Cluster] = []
        var byKey: [String: Int] = [:]
        func key(_ mention: EntityMention) -> String {
            "\(mention.type.rawValue)|" + document.text(mention.range).lowercased()
        }
        for mention in mentions {
            let name = key(mention)
            if let index = byKey[name] {
                clusters[index].mentions.append(mention)
                continue
            }
            if mention.type == .person, mention.tokens.count == 1,
                let index = clusters.indices.last(where: { index in
                    let canonical = clusters[index].canonical
                    return clusters[index].type == .person && canonical.tokens.count > 1
                        && document.text(document.tokens[canonical.tokens.upperBound - 1].range).lowercased()
                            == document.text(mention.range).lowercased()
                })
            {
                clusters[index].mentions.append(mention)
                byKey[name] = index
                continue
            }
            byKey[name] = clusters.count
            clusters.append(Cluster(mentions: [mention], type: mention.type, canonical: mention))
        }
        return clusters
    }
}
