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
            if tokens[index].kind == .number { hasNumber = true }
        }
        var types: [ClaimType] = []
        if hasNumber || classes.contains(.numberWord) || (classes.contains(.unit) && classes.contains(.numberWord)) {
            types.append(.quantity)
        }
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
}
