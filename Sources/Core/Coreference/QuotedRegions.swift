/// Which tokens sit inside quotation marks, so that pronoun resolution does not take a name
/// quoted in someone's speech ("... to Minister Lavrov," he said) as the antecedent of the
/// reporting clause's "he".
struct QuotedRegions {
    /// For each token, whether it is inside a quotation.
    let inside: [Bool]

    init(document: TextDocument) {
        var inside = [Bool](repeating: false, count: document.tokens.count)
        var open: Int?
        var paragraphOfOpen = -2
        for (index, token) in document.tokens.enumerated() {
            let paragraph = token.sentence >= 0 ? document.sentences[Int(token.sentence)].paragraph : -2
            // An unclosed mark covers nothing: a stray quote must not swallow the rest of the article.
            if open != nil && paragraph != paragraphOfOpen { open = nil }
            if token.flags.contains(.openingQuote) && open == nil {
                open = index
                paragraphOfOpen = paragraph
            } else if token.flags.contains(.closingQuote), let start = open {
                for position in start...index { inside[position] = true }
                open = nil
            }
        }
        self.inside = inside
    }
}
