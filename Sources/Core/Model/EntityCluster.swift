/// One referent as the coreference stage found it: every mention of it in the article, its type
/// and the titles the article gives it. The entity, quote, claim and output stages all read it.
public struct EntityCluster: Sendable {
    public var mentions: [EntityMention]
    public var type: EntityType
    /// The mention whose text is the fullest name.
    public var canonical: EntityMention
    /// Byte ranges of role phrases ("NATO Secretary-General"), in order of appearance.
    public var titles: [Range<Int>] = []
    public var gender: Gender = .unknown

    public enum Gender: Sendable, Equatable {
        case unknown, male, female
    }
}
