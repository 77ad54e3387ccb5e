/// Mends a parse a greedy parser often gets wrong when a sentence opens with a participle:
/// "Asked about the vote, Tom Hale said he was confident", "Asked by Jane Roe to name the manager,
/// he declined". It makes the participle the root and the main clause after the comma a
/// conjunct or an aside of it, so the main clause's verb loses its place and the claim stage
/// cuts the opening phrase off as a claim of its own. A participle ("-ed", "-ing") that opens
/// the sentence with no subject of its own, and a clause after its comma with a subject of its
/// own that the parse joins to it, is that clause's adverbial; the clause's verb is the root.
///
/// The parser also lets the opening phrase swallow the subject after its comma when the subject
/// has an apposition: "Asked about the trust, the health minister, Ann Lee, said …" hangs "the
/// health minister, Ann Lee" from "the trust", and "said" has no subject. A root with no subject
/// after an opening participle takes the noun phrase after the participle's comma as its subject.
enum OpeningParticipleRepair {
    /// Repairs `heads` and `relations` (a head is an index into the sentence, or -1 for the root).
    static func apply(
        _ words: UnsafeBufferPointer<SyntaxWord>, tags: UnsafeBufferPointer<PartOfSpeech>, heads: inout [Int32],
        relations: inout [DependencyRelation]
    ) {
        guard let root = heads.firstIndex(of: -1) else { return }
        if root == 0 {
            mendClauseUnderParticiple(words, tags: tags, heads: &heads, relations: &relations)
        } else {
            mendSubjectInsideOpening(root: root, words, tags: tags, heads: &heads, relations: &relations)
        }
    }

    private static func mendSubjectInsideOpening(
        root: Int, _ words: UnsafeBufferPointer<SyntaxWord>, tags: UnsafeBufferPointer<PartOfSpeech>, heads: inout [Int32],
        relations: inout [DependencyRelation]
    ) {
        guard tags[root] == .verb, tags[0] == .verb, isParticiple(words[0]), heads[0] == Int32(root),
            [.advcl, .ccomp, .xcomp].contains(relations[0]),
            !heads.indices.contains(where: { heads[$0] == Int32(root) && [.nsubj, .nsubjPass, .expl].contains(relations[$0]) }),
            let comma = (1..<root).first(where: { words[$0].form == SyntaxWord.comma })
        else { return }
        let between = (comma + 1)..<root
        guard !between.contains(where: { tags[$0] == .verb || tags[$0] == .aux }),
            let subject = between.first(where: { heads[$0] >= 0 && Int(heads[$0]) < comma }),
            [.noun, .propn, .pron].contains(tags[subject])
        else { return }
        heads[subject] = Int32(root)
        relations[subject] = .nsubj
        heads[comma] = Int32(root)
    }

    private static func mendClauseUnderParticiple(
        _ words: UnsafeBufferPointer<SyntaxWord>, tags: UnsafeBufferPointer<PartOfSpeech>, heads: inout [Int32],
        relations: inout [DependencyRelation]
    ) {
        let root = 0
        guard tags[root] == .verb, isParticiple(words[root]),
            !heads.indices.contains(where: { heads[$0] == 0 && [.nsubj, .nsubjPass, .aux, .auxPass].contains(relations[$0]) })
        else { return }
        guard
            let clause = heads.indices.first(where: { index in
                index > 1 && heads[index] == 0 && tags[index] == .verb && (relations[index] == .conj || relations[index] == .parataxis)
                    && heads.indices.contains { heads[$0] == Int32(index) && (relations[$0] == .nsubj || relations[$0] == .nsubjPass) }
            }),
            let comma = (1..<clause).last(where: { words[$0].form == SyntaxWord.comma }),
            !(1..<comma).contains(where: { heads[$0] == Int32(clause) })
        else { return }
        for index in heads.indices where index > comma && index != clause && heads[index] == 0 { heads[index] = Int32(clause) }
        heads[comma] = Int32(clause)
        heads[clause] = -1
        relations[clause] = .root
        heads[root] = Int32(clause)
        relations[root] = .advcl
    }

    /// Whether the word ends in "-ing" or "-ed", as a participle does.
    private static func isParticiple(_ word: SyntaxWord) -> Bool { word.endsInIng || word.endsInEd }
}
