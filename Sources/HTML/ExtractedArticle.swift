/// The readable part of a news page: what Lede analyses in place of the page's markup.
public struct ExtractedArticle: Sendable, Equatable {
    /// The headline (the page's `<h1>`, or its `og:title` or `<title>` when it has none).
    public var title: String?
    /// The body's paragraphs and subheads, in page order, entities decoded and whitespace collapsed.
    public var paragraphs: [String]

    public init(title: String?, paragraphs: [String]) {
        self.title = title
        self.paragraphs = paragraphs
    }

    /// The headline and paragraphs, a blank line between each, as the text stage expects an article
    /// (a first short line is the headline). Every offset Lede returns for HTML input counts into this.
    public var text: String {
        ((title.map { [$0] } ?? []) + paragraphs).joined(separator: "\n\n")
    }
}
