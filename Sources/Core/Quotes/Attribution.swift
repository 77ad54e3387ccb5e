/// A speaker phrase found by a sieve, before it is resolved to an entity.
struct Attribution: Sendable, Equatable {
    /// The tokens naming the speaker.
    var speaker: Range<Int>
    /// The cue's tokens ("said", "according to").
    var cue: Range<Int>?
    var rule: AttributionRule
}
