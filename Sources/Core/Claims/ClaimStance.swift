/// How a claimant relates to what a claim says: "X denied that Y" makes Y a claim with claimant
/// X and stance `denies`, so a reader never takes X for the one who asserts Y.
public enum ClaimStance: String, Sendable, CaseIterable {
    case asserts
    case denies
    case questions

    /// The stance a reporting cue expresses towards the content starting at `content`: from the
    /// cue's (folded) word, and "asked whether/what …" questions; any other cue asserts.
    static func of(cue key: UInt64, content: Int, tokens: [Token]) -> ClaimStance {
        if denying.contains(key) { return .denies }
        if questioning.contains(key) { return .questions }
        if asking.contains(key), content > 0, content - 1 < tokens.count {
            // The clause's own first word or the one before it: "asked whether …", "asked what it hid".
            if interrogatives.contains(tokens[content - 1].foldedKey) || interrogatives.contains(tokens[content].foldedKey) {
                return .questions
            }
        }
        return .asserts
    }

    /// A `HashTable` rather than a `Set`: a lookup is a probe or two, not a SipHash.
    private static func keys(_ words: String) -> HashTable<UInt32> {
        HashTable(
            keys: words.split(separator: " ").map { word in
                let bytes = Array(word.utf8)
                return bytes.withUnsafeBufferPointer { FoldedWord.hash($0, 0..<bytes.count) }
            })
    }

    private static let denying = keys(
        """
        deny denies denied denying dispute disputes disputed disputing reject rejects rejected rejecting \
        refute refutes refuted refuting rebut rebuts rebutted dismiss dismisses dismissed dismissing \
        contradict contradicts contradicted
        """)
    private static let asking = keys("ask asks asked asking wonder wonders wondered wondering")
    private static let interrogatives = keys("whether if what why how who whom which when where")
    private static let questioning = keys(
        """
        question questions questioned questioning doubt doubts doubted doubting query queries queried \
        challenge challenges challenged challenging
        """)
}
