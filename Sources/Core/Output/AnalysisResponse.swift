/// What Lede reads out of one article: the contract's "Response object".
///
/// Offsets are already in the unit the request asked for; every `text` equals that slice of the input.
/// Only Core builds a response, so its values have no public initializers: the compiler's
/// memberwise ones serve inside Core, and other modules read the fields.
public struct AnalysisResponse: Sendable, Equatable {
    public var id: RequestID?
    public var language: String = "en"
    public var offsets: OffsetUnit = .codepoint
    /// The text the offsets count into, when it is not what the client sent: the article extracted
    /// from an HTML page.
    public var text: String?
    public var title: String?
    /// The subheadline under the title, when the text has one.
    public var subtitle: String?
    public var dateline: String?
    /// The agency that the dateline names ("Reuters"); also an ORG entity.
    public var source: String?
    public var entities: [Entity] = []
    public var quotes: [Quote] = []
    public var claims: [Claim] = []
    /// Corrections, editor's notes and credits: set apart from the story, never claims or quotes.
    public var notes: [Note] = []
    /// The tokens of the article's sentences with their parse, when the request asked for syntax.
    public var tokens: [SyntaxToken]?
}

/// One token of the article with its part of speech and its place in the dependency tree, as
/// Google Natural Language's analyzeSyntax lists them.
public struct SyntaxToken: Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    /// The UPOS tag ("PROPN").
    public var pos: String
    /// The index of the head in the response's `tokens`, or -1 for a sentence's root.
    public var head: Int
    /// The UD relation to the head ("nsubj:pass").
    public var dep: String
}

/// One real-world referent with every place the article mentions it.
public struct Entity: Sendable, Equatable {
    public var id: String
    public var name: String
    public var type: EntityType
    public var salience: Double
    public var titles: [String] = []
    public var mentions: [Mention]
}

public struct Mention: Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    public var kind: MentionKind
}

public struct Quote: Sendable, Equatable {
    public var id: String
    public var kind: QuoteKind
    public var text: String
    public var start: Int
    public var end: Int
    public var speaker: Speaker?
    public var cue: TextSpan?
    public var confidence: Double
    /// The attribution rule (sieve) that found the speaker, so a reviewer sees why.
    public var rule: String
}

/// A correction, editor's note or credit in the text, with its place in the input.
public struct Note: Sendable, Equatable {
    public var kind: NoteKind
    public var span: TextSpan
}

/// A slice of the input: its text and `[start, end)` offsets.
public struct TextSpan: Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
}

public struct Speaker: Sendable, Equatable {
    /// The entity's name, or the descriptive text ("a senior official") when there is no entity.
    public var name: String
    public var entity: String?
    public var mention: TextSpan
}

public struct Claimant: Sendable, Equatable {
    public var name: String
    public var entity: String?
}

public struct Claim: Sendable, Equatable {
    public var id: String
    public var text: String
    public var start: Int
    public var end: Int
    public var checkworthiness: Double
    public var types: [String]
    public var claimant: Claimant?
    public var quote: String?
    public var hedged: Bool
    /// "asserts", "denies" or "questions": how the claimant relates to the claim.
    public var stance: String = "asserts"
    public var entities: [String]
    /// Beside the contract's fields: the amounts, times and places inside the claim.
    public var facets = ClaimFacetTexts()
}

/// A claim's checkable pieces as slices of the input.
public struct ClaimFacetTexts: Sendable, Equatable {
    public var numbers: [TextSpan] = []
    public var dates: [TextSpan] = []
    public var places: [TextSpan] = []
}
