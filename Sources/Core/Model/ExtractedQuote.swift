/// One quotation or piece of reported speech as the quote stage finds it, in byte ranges of
/// `TextDocument.normalized`; the response builder turns it into the contract's `Quote`.
struct ExtractedQuote: Sendable, Equatable {
    var kind: QuoteKind
    /// The content only: no marks, no cue.
    var content: Range<Int>
    var speaker: ResolvedSpeaker?
    var cue: Range<Int>?
    /// The rule that found the speaker, kept as evidence; its confidence starts the quote's.
    var rule: AttributionRule
    /// How often the rule is right, lowered for a speaker that is only a description no entity
    /// or pronoun link resolves ("the streets", "federal data", "a source").
    var confidence: Double {
        guard let speaker, speaker.cluster == nil, !speaker.isPronoun else { return rule.confidence }
        return (rule.confidence * AttributionRule.unresolvedSpeakerShare * 100).rounded() / 100
    }
    /// The content's and the cue's tokens, for the claim stage, which reads clauses by token.
    var tokens: Range<Int> = 0..<0
    var cueTokens: Range<Int>? = nil
    /// The words the speaker was read from ("figures seen by the paper" of "according to …"):
    /// part of the frame, which the claim stage leaves out of claims.
    var speakerTokens: Range<Int>? = nil
}
