/// Mends a parse a greedy parser gets wrong after a verb of saying whose clause opens with a noun:
/// "He said the company made a loss", "She insisted the plan remained viable". It reads the noun as
/// the verb's object and the clause's verb, a past form like a participle, as a reduced relative on
/// the noun or as a verb the object is made to do, so the report has no clause: the quote stage
/// reads a stance on an object and the claim stage keeps the frame in the claim. The object of a
/// verb of saying with a verb hung from it as a relative, or from the saying verb as an open
/// complement, right after the noun's phrase (no comma between), not "-ing" nor after "to", and no
/// later verb of the noun's or the saying verb's that could be the clause's own ("said the money
/// raised would help"; a verb joined to the saying verb, "… but warned …", is the speaker's next
/// act), is that clause's subject, and the clause the complement.
enum ReportedClauseRepair {
    /// Repairs `heads` and `relations` (a head is an index into the sentence, or -1 for the root).
    static func apply(
        _ words: UnsafeBufferPointer<SyntaxWord>, tags: UnsafeBufferPointer<PartOfSpeech>, heads: inout [Int32],
        relations: inout [DependencyRelation]
    ) {
        for verb in heads.indices where tags[verb] == .verb && !words[verb].endsInIng && verb > 0 {
            let noun: Int
            switch relations[verb] {
            case .acl: noun = Int(heads[verb])
            case .xcomp:
                // Or as a verb the object is made to do: "insisted the company made a profit".
                guard let object = (0..<verb).last(where: { heads[$0] == heads[verb] && relations[$0] == .obj }) else { continue }
                noun = object
            default: continue
            }
            guard noun >= 0, noun < verb, relations[noun] == .obj, [.noun, .propn, .pron].contains(tags[noun]) else { continue }
            let saying = Int(heads[noun])
            guard saying >= 0, saying < noun, tags[saying] == .verb, sayingVerbs.contains(words[saying].form),
                words[verb - 1].form != to,
                ((noun + 1)..<verb).allSatisfy({ (noun..<verb).contains(Int(heads[$0])) && words[$0].form != SyntaxWord.comma }),
                !heads.indices.contains(where: { index in
                    index > verb && (heads[index] == Int32(noun) || heads[index] == Int32(saying) && relations[index] != .conj)
                        && (tags[index] == .verb || tags[index] == .aux)
                })
            else { continue }
            heads[noun] = Int32(verb)
            relations[noun] = .nsubj
            heads[verb] = Int32(saying)
            relations[verb] = .ccomp
        }
    }

    /// Verbs of saying that take a clause, not a thing said ("said a prayer" is rare beside "said
    /// the plan failed"): a scan, as the repair asks it only of a relative on an object.
    private static let sayingVerbs = SyntaxWord.words([
        "say", "says", "said", "insist", "insists", "insisted", "argue", "argues", "argued", "claim", "claims", "claimed",
        "contend", "contends", "contended", "maintain", "maintains", "maintained", "believe", "believes", "believed",
        "think", "thinks", "add", "adds", "added", "admit", "admits", "admitted", "acknowledge", "acknowledges",
        "acknowledged", "conclude", "concludes", "concluded", "predict", "predicts", "predicted", "warn", "warns",
        "warned",
    ]).map(\.form)
    private static let to = SyntaxWord.words(["to"])[0].form
}
