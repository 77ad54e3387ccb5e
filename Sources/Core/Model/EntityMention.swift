/// One place the article names something: a span of normalised bytes with its type.
public struct EntityMention: Sendable, Equatable {
    /// Byte range in `TextDocument.normalized`.
    public var range: Range<Int>
    /// Token range in `TextDocument.tokens`.
    public var tokens: Range<Int>
    public var type: EntityType
    public var kind: MentionKind

    public init(range: Range<Int>, tokens: Range<Int>, type: EntityType, kind: MentionKind = .name) {
        self.range = range
        self.tokens = tokens
        self.type = type
        self.kind = kind
    }
}
