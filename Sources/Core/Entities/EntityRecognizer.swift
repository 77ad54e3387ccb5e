/// The entity stage: tags every sentence (headline included) with the perceptron and turns the
/// spans into typed mentions.
public struct EntityRecognizer: Sendable {
    public let tagger: PerceptronTagger
    public let lexicon: EntityLexicon

    public init(tagger: PerceptronTagger, lexicon: EntityLexicon = EntityLexicon()) {
        self.tagger = tagger
        self.lexicon = lexicon
    }

    public func recognize(_ document: TextDocument) -> [EntityMention] {
        var mentions: [EntityMention] = []
        var taggerTokens: [TaggerToken] = []
        var features: [Int32] = []
        for sentence in document.sentences {
            taggerTokens.removeAll(keepingCapacity: true)
            for token in document.tokens[sentence.tokens] {
                taggerTokens.append(TaggerToken(range: token.range, flags: token.flags))
            }
            lexicon.annotate(text: document.normalized, tokens: &taggerTokens)
            features.removeAll(keepingCapacity: true)
            document.normalized.withUnsafeBufferPointer { text in
                taggerTokens.withUnsafeBufferPointer { tokens in tagger.features.extract(text: text, tokens: tokens, into: &features) }
            }
            let labels = features.withUnsafeBufferPointer { tagger.decode(features: $0, count: taggerTokens.count) }
            for (offset, label) in labels.enumerated() where label == .outside {
                let index = sentence.tokens.lowerBound + offset
                if lexicon.nationality(document: document, token: index) {
                    let token = document.tokens[index]
                    mentions.append(EntityMention(range: token.range, tokens: index..<(index + 1), type: .norp))
                }
            }
            for (span, type) in TaggerLabel.decode(labels) {
                let first = sentence.tokens.lowerBound + span.lowerBound
                let last = sentence.tokens.lowerBound + span.upperBound - 1
                guard let trimmed = trim(document, first...last) else { continue }
                let range = Int(document.tokens[trimmed.lowerBound].start)..<Int(document.tokens[trimmed.upperBound - 1].end)
                guard let entityType = entityType(type, document: document, tokens: trimmed) else { continue }
                mentions.append(EntityMention(range: range, tokens: trimmed, type: entityType))
            }
        }
        return mentions
    }

    /// Drops punctuation, quote marks and possessive endings at the edges of a span.
    private func trim(_ document: TextDocument, _ tokens: ClosedRange<Int>) -> Range<Int>? {
        var first = tokens.lowerBound
        var last = tokens.upperBound
        func isEdgeJunk(_ token: Token) -> Bool {
            token.kind == .punctuation || token.kind == .quote || token.flags.contains(.possessive)
        }
        while first <= last, isEdgeJunk(document.tokens[first]) { first += 1 }
        while last >= first, isEdgeJunk(document.tokens[last]) { last -= 1 }
        return first <= last ? first..<(last + 1) : nil
    }

    /// OntoNotes type of a tagged span. Locations are GPE unless the lexicon says otherwise;
    /// MISC spans are kept only where a finer type is evident.
    private func entityType(_ type: TaggerType, document: TextDocument, tokens: Range<Int>) -> EntityType? {
        switch type {
        case .person: return .person
        case .organization: return .organization
        case .location: return lexicon.locationType(document: document, tokens: tokens)
        case .miscellaneous: return lexicon.miscellaneousType(document: document, tokens: tokens)
        }
    }
}
