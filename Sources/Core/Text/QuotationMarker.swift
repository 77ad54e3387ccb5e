/// Marks the tokens inside quotation marks (`TokenFlags.quoted`), once for every stage: coreference
/// does not take a name quoted in someone's speech ("... to Minister Lavrov," he said) as the
/// antecedent of the reporting clause's "he", and the quote stage takes no speaker from inside
/// someone else's words.
///
/// A quotation closes in the paragraph it opens in; a mark left open there covers nothing, so a
/// stray quote does not swallow the rest of the article.
struct QuotationMarker {
    func mark(_ tokens: inout [Token], sentences: [Sentence]) {
        var open: Int?
        var paragraphOfOpen = -2
        for index in tokens.indices {
            let token = tokens[index]
            let paragraph = token.sentence >= 0 ? sentences[Int(token.sentence)].paragraph : -2
            if open != nil && paragraph != paragraphOfOpen { open = nil }
            if token.flags.contains(.openingQuote) && open == nil {
                open = index
                paragraphOfOpen = paragraph
            } else if token.flags.contains(.closingQuote), let start = open {
                for position in start...index { tokens[position].flags.insert(.quoted) }
                open = nil
            }
        }
    }
}
