/// Mends a subject's relative clause that swallowed the main verb: "A woman who said she was
/// sitting in a car told the paper that …", "The man who was shot on Sunday is calling for …".
/// A greedy parser reads on inside the relative clause and hangs the main verb from its last
/// verb as a conjunct, leaving the sentence rooted in the noun: the quote stage then takes
/// the noun nearest the main verb ("the shooting") for its speaker.
///
/// A sentence whose root is a noun with a relative clause, and whose relative clause holds a
/// verb with nothing of a clause's own before it (no conjunction, comma, subject or
/// subordinator: "who sat and waited", "who sat, waited", "who said she sat" stay), has that
/// verb for its main verb and the noun for its subject. So does one whose noun has a participle
/// set off by a comma, an aside ("One man, wading back to his car, paused"; "The centre,
/// reviewing the plan, came to …"), and a verb right after the aside's closing comma with no
/// conjunction, subject or subordinator of its own.
enum RelativeClauseRepair {
    /// Repairs `heads` and `relations` (a head is an index into the sentence, or -1 for the root).
    static func apply(
        _ words: UnsafeBufferPointer<SyntaxWord>, tags: UnsafeBufferPointer<PartOfSpeech>, heads: inout [Int32],
        relations: inout [DependencyRelation]
    ) {
        guard let root = heads.firstIndex(of: -1) else { return }
        if tags[root] == .verb {
            mendRelativeRoot(root, words, tags: tags, heads: &heads, relations: &relations)
            return
        }
        guard tags[root] == .noun || tags[root] == .propn,
            // A noun with a subject or a copula is a predicate ("The rooms are the smallest ones I
            // have seen …"), not a subject.
            !heads.indices.contains(where: { heads[$0] == Int32(root) && predicateRelations.contains(relations[$0]) })
        else { return }
        let relative = heads.indices.first { $0 > root && heads[$0] == Int32(root) && relations[$0] == .aclRelcl }
        let aside = heads.indices.first {
            $0 > root + 1 && heads[$0] == Int32(root) && relations[$0] == .acl && words[$0 - 1].form == SyntaxWord.comma
                && (words[$0].endsInIng || words[$0].endsInEd)
        }
        guard let clause = relative ?? aside else { return }
        // After a relative clause the verb follows no comma; after an aside, its closing one.
        let closesAside = relative == nil
        guard
            let verb = heads.indices.first(where: { index in
                index > clause && mainVerbMisreadings.contains(relations[index]) && tags[index] == .verb && !words[index].endsInIng
                    && (words[index - 1].form == SyntaxWord.comma) == closesAside && descends(index, from: clause, heads)
                    && !heads.indices.contains(where: {
                        $0 < index && heads[$0] == Int32(index) && ownClauseRelations.contains(relations[$0])
                            && !(closesAside && $0 == index - 1)
                    })
            })
        else { return }
        AppositionRepair.makeRoot(verb, subject: root, heads: &heads, relations: &relations)
    }

    /// "Another mother, who did not want to be named, said her stay had been good": the parser
    /// may instead root the sentence in the relative clause's verb, with "who" its subject and the
    /// main verb after the closing comma its conjunct. The noun before "who" is hung from that
    /// root as a subject (or, misread further, a vocative), or, after an opening phrase, inside
    /// that phrase ("After the meeting, her husband, Tom Hale, who had sat …, defended …"). The
    /// verb after the comma, with no subject, conjunction or subordinator of its own, is the
    /// root, the noun's phrase its subject and the relative clause the noun's.
    private static func mendRelativeRoot(
        _ root: Int, _ words: UnsafeBufferPointer<SyntaxWord>, tags: UnsafeBufferPointer<PartOfSpeech>, heads: inout [Int32],
        relations: inout [DependencyRelation]
    ) {
        guard
            let relative = heads.indices.first(where: {
                $0 >= 2 && $0 < root && heads[$0] == Int32(root) && relations[$0] == .nsubj && relativePronouns.contains(words[$0].form)
            }), words[relative - 1].form == SyntaxWord.comma, [.noun, .propn].contains(tags[relative - 2]),
            let verb = heads.indices.first(where: { index in
                guard index > root + 1, heads[index] == Int32(root), mainVerbMisreadings.contains(relations[index]),
                    tags[index] == .verb, !words[index].endsInIng, words[index - 1].form == SyntaxWord.comma
                else { return false }
                let stray = strayObject(of: root, before: index, tags: tags, heads: heads, relations: relations)
                return !heads.indices.contains(where: {
                    $0 < index - 1 && heads[$0] == Int32(index) && ownClauseRelations.contains(relations[$0]) && $0 != stray
                })
            })
        else { return }
        if let object = strayObject(of: root, before: verb, tags: tags, heads: heads, relations: relations) {
            for index in (root + 1)..<(verb - 1) where heads[index] == Int32(verb) {
                heads[index] = Int32(index == object ? root : object)
                relations[index] = index == object ? .obj : (index < object ? .nmod : relations[index])
            }
        }
        var noun = relative - 2
        // Up from a name's last word to its first ("Derek Hale", whose "Hale" hangs from "Derek").
        while [.flat, .compound].contains(relations[noun]), heads[noun] >= 0, Int(heads[noun]) < noun { noun = Int(heads[noun]) }
        let named = noun
        // Before the noun's phrase: an opening phrase, whose words go with the main verb.
        var first = 0
        if !(heads[noun] == Int32(root) && [.nsubj, .vocative, .dislocated].contains(relations[noun])) {
            // Up from the noun's name to the phrase it is in apposition to ("her husband, Tom Hale").
            if relations[noun] == .appos, heads[noun] >= 0, Int(heads[noun]) < noun { noun = Int(heads[noun]) }
            first = noun
            // (A phrase of a dozen words at most, so a crafted sentence stays linear.)
            while first > 0, noun - first < 12, words[first - 1].form != SyntaxWord.comma, descends(first - 1, from: noun, heads) {
                first -= 1
            }
            guard [.noun, .propn].contains(tags[noun]), first > 0, words[first - 1].form == SyntaxWord.comma,
                Int(heads[noun]) < first, [.nmod, .conj, .appos].contains(relations[noun])
            else { return }
        }
        for index in heads.indices where (index > verb || index < first) && heads[index] == Int32(root) { heads[index] = Int32(verb) }
        heads[verb] = -1
        relations[verb] = .root
        heads[noun] = Int32(verb)
        relations[noun] = .nsubj
        heads[root] = Int32(named)
        relations[root] = .aclRelcl
    }

    /// "Tom Hale, who leads the university's Centre for Ageing, said …": the relative clause's
    /// object, which the parser may read as the subject of the main verb after the comma (and
    /// the words before it as that verb's too). The noun hung from that verb as its subject
    /// between the relative clause's verb and the comma, where that verb has no object and the
    /// words the main verb has there are all of a noun's phrase.
    private static func strayObject(
        of relativeVerb: Int, before verb: Int, tags: UnsafeBufferPointer<PartOfSpeech>, heads: [Int32],
        relations: [DependencyRelation]
    ) -> Int? {
        guard verb - 1 > relativeVerb + 1,
            !heads.indices.contains(where: { heads[$0] == Int32(relativeVerb) && objectRelations.contains(relations[$0]) })
        else { return nil }
        var subject: Int?
        for index in (relativeVerb + 1)..<(verb - 1) where heads[index] == Int32(verb) {
            guard nounPhraseTags.contains(tags[index]) else { return nil }
            if relations[index] == .nsubj {
                guard subject == nil, [.noun, .propn].contains(tags[index]) else { return nil }
                subject = index
            }
        }
        return subject
    }

    private static let objectRelations: Set<DependencyRelation> = [.obj, .ccomp, .xcomp, .iobj]
    private static let nounPhraseTags: Set<PartOfSpeech> = [.noun, .propn, .det, .adj, .num, .pron]
    private static let relativePronouns = SyntaxWord.words(["who", "which"]).map(\.form)
    private static let predicateRelations: Set<DependencyRelation> = [.nsubj, .nsubjPass, .cop, .csubj, .expl]
    /// How the parser hangs the main verb inside the relative clause.
    private static let mainVerbMisreadings: Set<DependencyRelation> = [.conj, .advcl, .xcomp, .parataxis, .ccomp]
    /// What a verb of the relative clause has before it of its own.
    private static let ownClauseRelations: Set<DependencyRelation> = [.cc, .nsubj, .nsubjPass, .mark, .punct]

    /// Whether `index` hangs, through any number of heads, from `ancestor`.
    private static func descends(_ index: Int, from ancestor: Int, _ heads: [Int32]) -> Bool {
        var current = index
        for _ in 0..<heads.count {
            let head = Int(heads[current])
            if head == ancestor { return true }
            guard head >= 0 else { return false }
            current = head
        }
        return false
    }
}
