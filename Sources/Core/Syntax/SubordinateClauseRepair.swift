/// Mends a parse a greedy parser gets wrong when a clause opens with a word that is also a
/// preposition: "The attack comes weeks after a report released by the agency found that …". It
/// reads "after" as the preposition of "a report", hangs the report from "found" as an oblique and
/// joins "found" to the main verb, so the report has no verb and the main clause ends at "weeks"
/// (which the claim stage then returns alone). A clause-opening preposition whose noun is the
/// oblique of a verb right after the noun's phrase (no comma between: "her mother, after 24 years
/// in France, returned" is an aside), a verb with no subject of its own, opens that verb's clause:
/// the noun is its subject, the word its mark, and the clause an adverbial.
enum SubordinateClauseRepair {
    /// Repairs `heads` and `relations` (a head is an index into the sentence, or -1 for the root).
    static func apply(
        _ words: UnsafeBufferPointer<SyntaxWord>, tags: UnsafeBufferPointer<PartOfSpeech>, heads: inout [Int32],
        relations: inout [DependencyRelation]
    ) {
        for opener in heads.indices where relations[opener] == .case && words[opener].opensClause {
            let noun = Int(heads[opener])
            guard noun > opener, noun < heads.count, [.noun, .propn, .pron].contains(tags[noun]),
                relations[noun] == .obl || relations[noun] == .nmod
            else { continue }
            let verb = Int(heads[noun])
            guard verb > noun, heads[verb] >= 0, tags[verb] == .verb, joinings.contains(relations[verb]), !words[verb].endsInIng,
                !heads.indices.contains(where: { heads[$0] == Int32(verb) && [.nsubj, .nsubjPass, .expl].contains(relations[$0]) }),
                ((noun + 1)..<verb).allSatisfy({ (noun..<verb).contains(Int(heads[$0])) && words[$0].form != SyntaxWord.comma })
            else { continue }
            relations[noun] = .nsubj
            heads[opener] = Int32(verb)
            relations[opener] = .mark
            relations[verb] = .advcl
        }
    }

    /// How the parser joins the misread clause's verb to the main clause.
    private static let joinings: Set<DependencyRelation> = [.conj, .parataxis, .ccomp, .xcomp]
}
