/// Who a speaker phrase refers to at that place in the article.
struct ResolvedSpeaker: Sendable, Equatable {
    /// Byte range of the words that name the speaker here ("he", "Stoltenberg", "a senior official").
    var mention: Range<Int>
    /// The entity cluster, or nil for a descriptive speaker with no entity.
    var cluster: Int?
    var isPronoun: Bool
    /// The fullest form of the person's name seen at a speaker position so far, when the tagger
    /// split it ("Ursula" + "von der Leyen"); nil to use the entity's own name.
    var fullName: Range<Int>? = nil
}
