/// A claim as the claim stage finds it: byte ranges into `TextDocument.normalized`, turned into
/// the response's `Claim` (offsets, entity ids) by `ResponseBuilder`.
public struct ExtractedClaim: Sendable, Equatable {
    public var range: Range<Int>
    public var tokens: Range<Int>
    public var checkworthiness: Double
    public var types: [ClaimType]
    public var hedged: Bool
    /// Who asserts it (a quote's speaker, or the subject of a reporting verb); nil for the
    /// outlet's own voice.
    var claimant: ResolvedSpeaker?
    /// Index into the quote list of the quote it comes from.
    var quote: Int?
    public var stance: ClaimStance
    /// Mentions inside the claim, for its `entities`.
    public var mentions: [Range<Int>]
    public var facets: ClaimFacets

    public init(
        range: Range<Int>, tokens: Range<Int>, checkworthiness: Double, types: [ClaimType], hedged: Bool,
        stance: ClaimStance = .asserts, mentions: [Range<Int>] = [], facets: ClaimFacets = ClaimFacets()
    ) {
        self.range = range
        self.tokens = tokens
        self.checkworthiness = checkworthiness
        self.types = types
        self.hedged = hedged
        self.stance = stance
        self.mentions = mentions
        self.facets = facets
    }
}

/// The checkable pieces inside a claim: amounts, times and places, as byte ranges.
public struct ClaimFacets: Sendable, Equatable {
    public var numbers: [Range<Int>]
    public var dates: [Range<Int>]
    public var places: [Range<Int>]

    public init(numbers: [Range<Int>] = [], dates: [Range<Int>] = [], places: [Range<Int>] = []) {
        self.numbers = numbers
        self.dates = dates
        self.places = places
    }

    public var isEmpty: Bool { numbers.isEmpty && dates.isEmpty && places.isEmpty }
}
