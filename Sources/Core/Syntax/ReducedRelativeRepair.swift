/// Mends the garden path of news's commonest sourcing sentence: "A poll released Tuesday by
/// Harlow College found that …", "Documents seen by the Post show …". A greedy parser reads the
/// participle as the main verb, with the noun before it its subject, and hangs the real main
/// verb from it as a conjunct or a complement, so the subject loses its verb and the claim stage
/// returns "A poll released Tuesday by Harlow College" as a claim of its own.
///
/// A root participle with that subject, no auxiliary and no object of its own (a reduced
/// relative is passive), followed by a verb it governs that has nothing before it of its own
/// (no subject, conjunction or auxiliary) and only the participle's own phrase in between (no
/// comma or conjunction: "arrived on Tuesday, met officials" is a list of the subject's acts;
/// no word that opens a clause: "Parents prosecuted after treatment leads to …" is a headline's
/// passive), describes the noun; that verb is the root and the noun its subject.
enum ReducedRelativeRepair {
    /// Repairs `heads` and `relations` (a head is an index into the sentence, or -1 for the root).
    static func apply(
        _ words: UnsafeBufferPointer<SyntaxWord>, tags: UnsafeBufferPointer<PartOfSpeech>, heads: inout [Int32],
        relations: inout [DependencyRelation]
    ) {
        guard let root = heads.firstIndex(of: -1), tags[root] == .verb, isParticiple(words[root]) else { return }
        let participle = Int32(root)
        let dependents = heads.indices.filter { heads[$0] == participle }
        guard let subject = dependents.last(where: { $0 < root && relations[$0] == .nsubj }),
            tags[subject] == .noun || tags[subject] == .propn,
            !dependents.contains(where: { $0 > subject && $0 < root }),
            !dependents.contains(where: { disqualifying.contains(relations[$0]) })
        else { return }
        guard
            let verb = dependents.first(where: { index in
                index > root + 1 && tags[index] == .verb && mainVerbMisreadings.contains(relations[index])
            }),
            !words[verb].endsInIng,
            // Before the verb, only a time phrase of its own ("polled by Harlow News last week predicted").
            !heads.indices.contains(where: { $0 < verb && heads[$0] == Int32(verb) && !timeRelations.contains(relations[$0]) }),
            ((root + 1)..<verb).allSatisfy({ index in
                words[index].form != SyntaxWord.comma && tags[index] != .cconj && tags[index] != .sconj
                    && tags[index] != .verb && tags[index] != .aux && tags[index] != .part
                    && !words[index].opensClause && (root...verb).contains(Int(heads[index]))
            })
        else { return }
        for index in dependents where index > verb || index < subject { heads[index] = Int32(verb) }
        heads[verb] = -1
        relations[verb] = .root
        heads[subject] = Int32(verb)
        heads[root] = Int32(subject)
        relations[root] = .acl
    }

    /// Relations a passive participle describing a noun never has.
    private static let disqualifying: Set<DependencyRelation> = [.aux, .auxPass, .cop, .obj, .iobj, .expl, .ccomp]
    /// How a time phrase before the main verb may hang from it.
    private static let timeRelations: Set<DependencyRelation> = [.oblUnmarked, .obl, .advmod]
    /// How the parser hangs the main verb from the participle it took for the main verb.
    private static let mainVerbMisreadings: Set<DependencyRelation> = [.conj, .advcl, .xcomp, .parataxis, .ccomp]

    /// Whether the word ends in "-ed" or is one of the irregular participles news reports with.
    private static func isParticiple(_ word: SyntaxWord) -> Bool {
        word.endsInEd || irregular.contains(word.form)
    }

    private static let irregular = Set(
        SyntaxWord.words([
            "seen", "written", "given", "taken", "shown", "held", "made", "sent", "paid", "built", "led", "known",
            "drawn", "brought", "bought", "sold", "kept", "found", "won", "run", "set", "put", "read", "heard",
        ]).map(\.form))
}
