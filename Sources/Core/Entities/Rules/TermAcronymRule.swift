/// Not every acronym names something: "lean process automation (LPA)", "a PQ",
/// "an RPQ". The article says which: an acronym it spells out in lower-case words is a term, and
/// one it writes with "a" or "an" is a common noun. Either way no mention of it is a name.
struct TermAcronymRule: EntityRule {
    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let document = scope.document
        guard mentions.contains(where: { isAcronym($0, document) }) else { return }
        var terms = Set<UInt64>()
        for mention in mentions where isAcronym(mention, document) {
            let index = mention.tokens.lowerBound
            if takesIndefiniteArticle(index, document) || isSpelledOutInLowerCase(index, document) {
                terms.insert(document.tokens[index].key)
            }
        }
        guard !terms.isEmpty else { return }
        mentions.removeAll { isAcronym($0, document) && terms.contains(document.tokens[$0.tokens.lowerBound].key) }
    }

    /// One word of two to six capitals, typed as a name.
    private func isAcronym(_ mention: EntityMention, _ document: TextDocument) -> Bool {
        guard mention.kind == .name, mention.tokens.count == 1 else { return false }
        let token = document.tokens[mention.tokens.lowerBound]
        return token.kind == .word && token.flags.contains(.allCaps) && (2...6).contains(token.range.count)
    }

    /// "a PQ:", "an RPQ for": the parse gives the acronym an indefinite article of its own ("a BBC
    /// spokesman" gives it to the spokesman).
    private func takesIndefiniteArticle(_ index: Int, _ document: TextDocument) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= 3, document.tokens[position].sentence == document.tokens[index].sentence {
            let token = document.tokens[position]
            if Int(token.head) == index, token.relation == .det { return Self.indefiniteArticles.contains(token.key) }
            position -= 1
        }
        return false
    }

    /// "lean process automation (LPA)": the words before the bracket whose
    /// initials spell the acronym are all lower case.
    private func isSpelledOutInLowerCase(_ index: Int, _ document: TextDocument) -> Bool {
        let tokens = document.tokens
        guard index >= 2, index + 1 < tokens.count else { return false }
        let bytes = document.normalized
        func byte(_ token: Token) -> UInt8 { bytes[Int(token.start)] }
        guard byte(tokens[index - 1]) == UInt8(ascii: "("), byte(tokens[index + 1]) == UInt8(ascii: ")") else { return false }
        // The acronym's letters, last first, matched against the initials of the words before it;
        // short words ("and", "of") may be skipped.
        var letters = tokens[index].range.map { bytes[$0] }.filter { $0 >= 0x41 && $0 <= 0x5A }
        var position = index - 2
        while let letter = letters.last, position >= 0, tokens[position].sentence == tokens[index].sentence {
            let word = tokens[position]
            guard word.kind == .word else { return false }
            let first = byte(word)
            if ASCII.lowercased(first) == ASCII.lowercased(letter) {
                guard !word.flags.contains(.capitalized) || word.flags.contains(.sentenceInitial) else { return false }
                letters.removeLast()
            } else if !Self.joiningWords.contains(word.key) {
                return false
            }
            position -= 1
        }
        return letters.isEmpty
    }

    static let indefiniteArticles = WordList(["a", "an"])
    static let joiningWords = WordList(["and", "of", "for", "the", "in", "on", "to", "&"])
}
