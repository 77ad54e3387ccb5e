/// Why no article text came out of a page; each message says what to send instead.
public enum HTMLExtractionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// libxml2 built no document at all (an empty body, or too large for it).
    case unparsable
    /// The page parsed, but no paragraph was left outside navigation, scripts and other furniture.
    case noArticleText

    public var code: String {
        switch self {
        case .unparsable: "invalid_html"
        case .noArticleText: "no_article_text"
        }
    }

    public var description: String {
        switch self {
        case .unparsable:
            "The HTML could not be parsed into a document (is the body empty?); send the page's HTML as UTF-8."
        case .noArticleText:
            "The page has no article text: no paragraph is left once navigation, scripts, related links and "
                + "footers are removed. Send the article's own page, or its text as \"text\"."
        }
    }
}
