/// A claim as the claim stage finds it: byte ranges into `TextDocument.normalized`, turned into
/// the response's `Claim` (offsets, entity ids) by `ResponseBuilder`.
public struct ExtractedClaim: Sendable, Equatable {
    public var range: Range<Int>
    public var tokens: Range<Int>
    public var checkworthiness: Double
    public var types: [ClaimType]
    public var hedged: Bool
    /// The mention naming who asserts it (the response maps it to its entity); nil with no speaker
    /// mention, including the outlet's own voice.
    public var claimantMention: Range<Int>?
    /// Set when the claimant comes from a `ClaimContext` rather than a mention.
    public var claimantName: String?
    public var claimantEntity: String?
    public var quoteID: String?
    /// Mentions inside the claim, for its `entities`.
    public var mentions: [Range<Int>]
    public var facets: ClaimFacets

    public init(
        range: Range<Int>, tokens: Range<Int>, checkworthiness: Double, types: [ClaimType], hedged: Bool,
        claimantMention: Range<Int>? = nil, claimantName: String? = nil, claimantEntity: String? = nil,
        quoteID: String? = nil, mentions: [Range<Int>] = [], facets: ClaimFacets = ClaimFacets()
    ) {
        self.range = range
        self.tokens = tokens
        self.checkworthiness = checkworthiness
        self.types = types
        self.hedged = hedged
        self.claimantMention = claimantMention
        self.claimantName = claimantName
        self.claimantEntity = claimantEntity
        self.quoteID = quoteID
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
