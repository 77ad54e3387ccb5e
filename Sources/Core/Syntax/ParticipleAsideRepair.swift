/// Mends a subject's participle aside that the parser made the sentence's root: "Roe, wearing a
/// grey suit, told the court she was sorry", "Mattingly, wearing an orange jumpsuit, briefly
/// addressed the court". A greedy parser reads the participle as the main verb, with the name its
/// subject and the real main verb after the aside's closing comma its conjunct or parataxis, so
/// later stages find no subject for that verb (and pronouns after it, no one who spoke).
///
/// A participle root ("-ing", "-ed": "Calder, based in Ashby, sells …") right after its subject's
/// comma, with no auxiliary of its own, and a later verb after a comma that the parse hangs from
/// it with no subject, conjunction or subordinator of its own: that verb is the root, the subject
/// is its subject and the participle its adverbial clause.
enum ParticipleAsideRepair {
    /// Repairs `heads` and `relations` (a head is an index into the sentence, or -1 for the root).
    static func apply(
        _ words: UnsafeBufferPointer<SyntaxWord>, tags: UnsafeBufferPointer<PartOfSpeech>, heads: inout [Int32],
        relations: inout [DependencyRelation]
    ) {
        guard let root = heads.firstIndex(of: -1), root >= 2, tags[root] == .verb, words[root].endsInIng || words[root].endsInEd,
            words[root - 1].form == SyntaxWord.comma
        else { return }
        var subject: Int?
        for index in heads.indices where heads[index] == Int32(root) {
            // The subject may be read as the participle's passive subject ("Calder, based in
            // Ashby, sells …") or, right before the comma, as a modifier of it.
            if index < root - 1, [.noun, .propn, .pron].contains(tags[index]),
                relations[index] == .nsubj || relations[index] == .nsubjPass
                    || index == root - 2 && (relations[index] == .compound || relations[index] == .dep)
            {
                subject = index
            }
            if [.aux, .auxPass, .cop, .mark].contains(relations[index]) { return }
        }
        guard let subject,
            let verb = heads.indices.first(where: { index in
                index > root + 1 && heads[index] == Int32(root) && tags[index] == .verb && mainVerbMisreadings.contains(relations[index])
                    && !words[index].endsInIng
            }),
            let comma = (root + 1..<verb).last(where: { words[$0].form == SyntaxWord.comma }),
            ((comma + 1)..<verb).allSatisfy({ heads[$0] == Int32(verb) && tags[$0] == .adv }),
            !heads.indices.contains(where: { heads[$0] == Int32(verb) && ownClauseRelations.contains(relations[$0]) && $0 < verb })
        else { return }
        for index in heads.indices where index > comma && index != verb && heads[index] == Int32(root) { heads[index] = Int32(verb) }
        heads[comma] = Int32(root)
        heads[verb] = -1
        relations[verb] = .root
        heads[subject] = Int32(verb)
        relations[subject] = .nsubj
        heads[root] = Int32(verb)
        relations[root] = .advcl
    }

    private static let mainVerbMisreadings: Set<DependencyRelation> = [.conj, .parataxis, .advcl, .ccomp, .xcomp]
    private static let ownClauseRelations: Set<DependencyRelation> = [.cc, .nsubj, .nsubjPass, .mark, .expl]
}
