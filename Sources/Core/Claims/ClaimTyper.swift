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
        for index in tokens.indices {
            classes.formUnion(facts.classes[index])
            if tokens[index].kind == .number || (facts.classes[index].contains(.numberWord) && isAmount(index, tokens, facts)) {
                hasNumber = true
            }
        }
        var types: [ClaimType] = []
        if hasNumber { types.append(.quantity) }
        if classes.contains(.comparative) || classes.contains(.superlative) { types.append(.comparison) }
        if classes.contains(.causal) || classes.contains(.correlation) { types.append(.causation) }
        if classes.contains(.future) { types.append(.prediction) }
        if classes.contains(.rule) { types.append(.rule) }
        if classes.contains(.event) || classes.contains(.past) { types.append(.event) }
        if reported || classes.contains(.reporting) { types.append(.attribution) }
        if classes.contains(.firstPerson), classes.contains(.past) || !quoted { types.append(.personalExperience) }
        // "Russia claimed that …": the frame's doubt carries over to the content.
        return (types, classes.contains(.hedge) || frame.contains(.hedge))
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
