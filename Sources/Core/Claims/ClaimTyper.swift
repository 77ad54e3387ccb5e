/// Rule-based claim types and hedging from the word classes of a clause.
///
/// Rules rather than a model: the taxonomy is for the reader's orientation, each type has clear
/// lexical signals, and there is no openly licensed typed training set.
struct ClaimTyper {
    func types(tokens: ArraySlice<Token>, facts: ClaimTokenFacts, reported: Bool, quoted: Bool, frame: ClaimWordClass) -> (
        types: [ClaimType], hedged: Bool
    ) {
        var classes: ClaimWordClass = []
        var hasNumber = false
        let parsed = tokens.contains { $0.pos != .x }
        for index in tokens.indices {
            var tokenClasses = facts.classes[index]
            // "the US", "US regulators": a pronoun's spelling in a name is no person.
            if parsed, tokens[index].pos != .pron { tokenClasses.subtract([.firstPerson, .secondPerson]) }
            classes.formUnion(tokenClasses)
            // "the 29A group", "E17": a number inside a name counts nothing.
            if tokens[index].kind == .number && !(parsed && tokens[index].pos == .propn)
                || (facts.classes[index].contains(.numberWord) && isAmount(index, tokens, facts))
            {
                hasNumber = true
            }
        }
        // Tense is the clause's own: its predicate and that predicate's auxiliaries, not a
        // relative clause inside it ("had asked for a quote that would be higher" is no prediction).
        let tense = parsed ? predicateClasses(tokens, facts) : classes
        var types: [ClaimType] = []
        if hasNumber { types.append(.quantity) }
        if classes.contains(.comparative) || classes.contains(.superlative) { types.append(.comparison) }
        if classes.contains(.causal) || classes.contains(.correlation) { types.append(.causation) }
        if tense.contains(.future) { types.append(.prediction) }
        if classes.contains(.rule) { types.append(.rule) }
        if classes.contains(.event) || tense.contains(.past) { types.append(.event) }
        if reported || classes.contains(.reporting) { types.append(.attribution) }
        if classes.contains(.firstPerson), classes.contains(.past) || !quoted { types.append(.personalExperience) }
        // "Russia claimed that …": the frame's doubt carries over to the content.
        return (types, classes.contains(.hedge) || frame.contains(.hedge))
    }

    /// The word classes of the clause's predicates (the words whose head lies outside the clause)
    /// and of their auxiliaries and copulas. A predicate in a regular past form ("has returned
    /// the funds") dates the clause too, unless a modal or future auxiliary serves it ("will be fined").
    private func predicateClasses(_ tokens: ArraySlice<Token>, _ facts: ClaimTokenFacts) -> ClaimWordClass {
        var classes: ClaimWordClass = []
        var regularPast = false
        for index in tokens.indices {
            let head = Int(tokens[index].head)
            let isPredicate = !tokens.indices.contains(head)
            let servesPredicate =
                [.aux, .auxPass, .cop].contains(tokens[index].relation) && tokens.indices.contains(head)
                && !tokens.indices.contains(Int(tokens[head].head))
            if isPredicate || servesPredicate {
                classes.formUnion(facts.classes[index])
                if isPredicate, facts.pastForm[index] { regularPast = true }
            }
        }
        if regularPast, !classes.contains(.future), !classes.contains(.modal) { classes.insert(.past) }
        return classes
    }

    /// A number word is an amount unless the parse reads it as a pronoun, and "one" only where it
    /// is read as a number: "no one is above the law" counts nothing, "thousands of jobs" and
    /// "one more chance" do.
    private func isAmount(_ index: Int, _ tokens: ArraySlice<Token>, _ facts: ClaimTokenFacts) -> Bool {
        switch tokens[index].pos {
        case .num, .x: true
        case .pron: false
        default: facts.hashes[index] != Self.oneKey
        }
    }

    private static let oneKey: UInt64 = {
        let bytes = Array("one".utf8)
        return bytes.withUnsafeBufferPointer { ClaimHash.word($0, 0..<bytes.count) }
    }()
}
