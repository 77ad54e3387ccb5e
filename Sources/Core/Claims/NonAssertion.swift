/// Pieces of news copy that look like clauses but assert nothing a fact-checker could check:
/// a question ("whether the council would vote against it", "to say whether …"), a refusal
/// to answer ("X declined to comment", "did not respond to a request for comment") and a
/// source's anonymity ("One official, who spoke on condition of anonymity") and an appeal to
/// readers ("Anyone with information is asked to call police on …"). All four are
/// common in every outlet's copy and score high on their words alone (a named subject, a
/// past-tense verb), so they are recognised by their form instead.
struct NonAssertion {
    /// Whether the piece is a question, a non-answer, an anonymity or an appeal.
    static func matches(_ tokens: Range<Int>, facts: ClaimTokenFacts) -> Bool {
        guard !tokens.isEmpty else { return false }
        let hashes = facts.hashes
        // "whether …", "to say whether …", "to comment on whether …".
        var first = tokens.lowerBound
        if hashes[first] == to, first + 2 < tokens.upperBound, answerVerbs.contains(hashes[first + 1]) { first += 2 }
        if first < tokens.upperBound, hashes[first] == onKey { first += 1 }
        // "Whether it is Velmont or Arkwise, prices will rise" asserts its main clause.
        if first < tokens.upperBound, hashes[first] == whether {
            let comma = (first..<tokens.upperBound).first { hashes[$0] == commaKey } ?? tokens.upperBound
            return !(first..<comma).contains { hashes[$0] == orKey }
        }
        // "declined to comment", "refused to say", "could not be reached for comment".
        for index in tokens where index + 2 < tokens.upperBound {
            if refusals.contains(hashes[index]), hashes[index + 1] == to, commentVerbs.contains(hashes[index + 2]) {
                return isShort(tokens, after: index + 2, facts)
            }
            if hashes[index] == forKey, hashes[index + 1] == comment { return isShort(tokens, after: index + 1, facts) }
        }
        if tokens.count >= 2, hashes[tokens.upperBound - 2] == forKey, hashes[tokens.upperBound - 1] == comment { return true }
        // "Anyone with information is asked to call …", "Witnesses are urged to contact …".
        for index in tokens where index > tokens.lowerBound && index + 2 < tokens.upperBound {
            if appeals.contains(hashes[index]), beForms.contains(hashes[index - 1]), hashes[index + 1] == to,
                contactVerbs.contains(hashes[index + 2])
            {
                return true
            }
        }
        // "One official, who spoke on condition of anonymity", "a nurse, who asked not to be named
        // because she was not authorised to speak to the press": a source's anonymity, not news.
        return tokens.count <= 24 && tokens.contains { isAnonymity(at: $0, in: tokens, hashes) }
    }

    /// "anonymity", "not to be named", "not authorised to speak": why a source goes unnamed.
    private static func isAnonymity(at index: Int, in tokens: Range<Int>, _ hashes: [UInt64]) -> Bool {
        if hashes[index] == anonymity { return true }
        guard hashes[index] == not, index + 3 < tokens.upperBound, hashes[index + 2] == to || hashes[index + 1] == to else {
            return false
        }
        return hashes[index + 1] == to && hashes[index + 2] == be && unnamedParticiples.contains(hashes[index + 3])
            || permissions.contains(hashes[index + 1]) && hashes[index + 2] == to && speakVerbs.contains(hashes[index + 3])
    }

    /// A refusal is the whole piece, or followed only by its topic ("on the talks", "on Monday");
    /// "declined to comment, but said the plant would close" still says something. (Refusing to
    /// disclose or answer something named is news a fact-checker may check, and stays.)
    private static func isShort(_ tokens: Range<Int>, after index: Int, _ facts: ClaimTokenFacts) -> Bool {
        let rest = (index + 1)..<tokens.upperBound
        return rest.count <= 6 && !rest.contains { facts.classes[$0].contains(.reporting) || facts.hashes[$0] == that }
    }

    /// A `HashTable` rather than a `Set`: every token of every piece is looked up, and a lookup
    /// here is a probe or two, not a SipHash.
    private static func keys(_ words: String) -> HashTable<UInt32> {
        HashTable(keys: words.split(separator: " ").map { key(String($0)) })
    }
    private static func key(_ word: String) -> UInt64 {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { ClaimHash.word($0, 0..<bytes.count) }
    }

    private static let to = key("to")
    private static let onKey = key("on")
    private static let forKey = key("for")
    private static let whether = key("whether")
    private static let comment = key("comment")
    private static let anonymity = key("anonymity")
    private static let that = key("that")
    private static let not = key("not")
    private static let be = key("be")
    private static let unnamedParticiples = keys("named identified quoted")
    private static let permissions = keys("authorised authorized allowed permitted")
    private static let speakVerbs = keys("speak discuss comment talk")
    private static let refusals = keys("declined declines decline refused refuses refuse")
    private static let commentVerbs = keys("comment say elaborate speculate")
    private static let appeals = keys("asked urged encouraged requested invited")
    private static let beForms = keys("is are")
    private static let contactVerbs = keys("call contact phone ring email report visit")
    private static let commaKey = key(",")
    private static let orKey = key("or")
    private static let answerVerbs = keys(
        "say comment discuss elaborate answer specify disclose confirm speculate reveal identify respond")
}
