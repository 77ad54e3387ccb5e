/// Mends one parse a greedy parser gets wrong in the commonest sentence of news: "Raymond Okafor,
/// a lawyer, pressed the minister on …". It hangs the verb after the apposition's closing comma
/// from the apposition, as a clause describing the lawyer, and leaves the name as the sentence's
/// root, so the sentence has no subject and no verb for later stages to read. A root that is a
/// noun with such a verb under its apposition is that verb's subject; the verb is the root.
enum AppositionRepair {
    /// Repairs `heads` and `relations` (a head is an index into the sentence, or -1 for the root).
    static func apply(
        _ words: UnsafeBufferPointer<SyntaxWord>, tags: UnsafeBufferPointer<PartOfSpeech>, heads: inout [Int32],
        relations: inout [DependencyRelation]
    ) {
        guard let root = heads.firstIndex(of: -1), tags[root] == .noun || tags[root] == .propn else { return }
        guard
            let apposition = heads.indices.first(where: { heads[$0] == Int32(root) && relations[$0] == .appos && $0 > root + 1 }),
            let verb = heads.indices.first(where: { index in
                index > apposition + 1 && heads[index] == Int32(apposition) && tags[index] == .verb
                    && (relations[index] == .acl || relations[index] == .aclRelcl) && words[index - 1].form == SyntaxWord.comma
            })
        else { return }
        makeRoot(verb, subject: root, heads: &heads, relations: &relations)
    }

    /// Makes `verb` the root and the noun root `subject` its subject, with what followed the
    /// verb under the noun now under the verb (`RelativeClauseRepair` mends so too).
    static func makeRoot(_ verb: Int, subject root: Int, heads: inout [Int32], relations: inout [DependencyRelation]) {
        for index in heads.indices where index > verb && heads[index] == Int32(root) { heads[index] = Int32(verb) }
        heads[verb] = -1
        relations[verb] = .root
        heads[root] = Int32(verb)
        relations[root] = .nsubj
    }
}
