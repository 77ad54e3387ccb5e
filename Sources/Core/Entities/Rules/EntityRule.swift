/// A rule that corrects or adds to the entity tagger's mentions. Every rule has this one
/// signature; the recognizer runs some per sentence, with the tagger's labels for it, and the
/// rest once over the whole document.
protocol EntityRule: Sendable {
    func apply(_ mentions: inout [EntityMention], in scope: RuleScope)
}

/// What a rule reads: the document and, for a rule run per sentence, the sentence and the
/// tagger's labels for its tokens.
struct RuleScope {
    let document: TextDocument
    var sentence: Sentence?
    var labels: [TaggerLabel] = []

    /// The sentence's tokens, or none for a whole-document scope.
    var tokens: Range<Int> { sentence?.tokens ?? 0..<0 }

    /// The whole document.
    init(document: TextDocument) {
        self.document = document
    }

    /// One sentence of the document, with the tagger's labels where the rule reads them.
    init(document: TextDocument, sentence: Sentence, labels: [TaggerLabel] = []) {
        self.document = document
        self.sentence = sentence
        self.labels = labels
    }
}
