/// One quotation or piece of reported speech as the quote stage finds it, in byte ranges of
/// `TextDocument.normalized`; the response builder turns it into the contract's `Quote`.
struct ExtractedQuote: Sendable, Equatable {
    var kind: QuoteKind
    /// The content only: no marks, no cue.
    var content: Range<Int>
    var speaker: ResolvedSpeaker?
    var cue: Range<Int>?
    /// From the sieve that fired: how often that rule is right, not a calibrated probability.
    /// The rule that found the speaker, kept as evidence; its confidence is the quote's.
    var rule: AttributionRule
    var confidence: Double { rule.confidence }
    /// The content's and the cue's tokens, for the claim stage, which reads clauses by token.
    var tokens: Range<Int> = 0..<0
    var cueTokens: Range<Int>? = nil
}
