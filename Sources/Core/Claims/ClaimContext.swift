/// A span whose speaker another stage already knows (a quotation found by the quotes stage).
///
/// Claims inside it take this speaker as claimant and point at the quote, overriding the claim
/// stage's own reporting-frame rules, which only stand in until quotes are attributed.
public struct ClaimContext: Sendable, Equatable {
    /// Byte range in `TextDocument.normalized`.
    public var span: Range<Int>
    public var speakerName: String
    public var speakerEntity: String?
    public var quoteID: String?

    public init(span: Range<Int>, speakerName: String, speakerEntity: String? = nil, quoteID: String? = nil) {
        self.span = span
        self.speakerName = speakerName
        self.speakerEntity = speakerEntity
        self.quoteID = quoteID
    }
}
