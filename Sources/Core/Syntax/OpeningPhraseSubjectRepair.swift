/// Mends a parse a greedy parser gets wrong after a sentence's opening phrase: "After the
/// hearing, her brother, Tom Hale, said …". It reads the subject after the phrase's comma as
/// part of the phrase (a modifier or conjunct of its noun), so the main verb has no subject and
/// the quote stage no speaker. A root verb right after a comma, with no subject of its own, in a
/// sentence that opens with a preposition, subordinator or adverb, takes for its subject the noun
/// phrase set off by commas before it (or the one before the name in apposition to it), when the
/// parse hung that phrase inside the opening one.
enum OpeningPhraseSubjectRepair {
    /// Repairs `heads` and `relations` (a head is an index into the sentence, or -1 for the root).
    static func apply(
        _ words: UnsafeBufferPointer<SyntaxWord>, tags: UnsafeBufferPointer<PartOfSpeech>, heads: inout [Int32],
        relations: inout [DependencyRelation]
    ) {
        guard let root = heads.firstIndex(of: -1), root >= 4, tags[root] == .verb, !words[root].endsInIng,
            words[root - 1].form == SyntaxWord.comma, openers.contains(tags[0]),
            !heads.indices.contains(where: { heads[$0] == Int32(root) && subjectRelations.contains(relations[$0]) })
        else { return }
        // The commas before the verb, nearest first: the segments between them.
        let commas = (0..<(root - 1)).reversed().filter { words[$0].form == SyntaxWord.comma }.prefix(2)
        guard let last = commas.first else { return }
        var subject = phraseHead(in: (last + 1)..<(root - 1), tags: tags, heads: heads)
        // "…, her brother, Tom Hale, said": the name is in apposition to the phrase before it.
        if let name = subject, relations[name] == .appos, commas.count == 2, let first = commas.last,
            let noun = phraseHead(in: (first + 1)..<last, tags: tags, heads: heads), Int(heads[name]) == noun
        {
            subject = noun
        }
        guard let subject, Int(heads[subject]) < subject, Int(heads[subject]) >= 0, relations[subject] != .appos else { return }
        heads[subject] = Int32(root)
        relations[subject] = .nsubj
    }

    /// The one word of `segment` whose head lies outside it, when it is a noun or pronoun and no
    /// word of the segment is a verb.
    private static func phraseHead(
        in segment: Range<Int>, tags: UnsafeBufferPointer<PartOfSpeech>, heads: [Int32]
    ) -> Int? {
        guard !segment.isEmpty, !segment.contains(where: { tags[$0] == .verb || tags[$0] == .aux }) else { return nil }
        let outside = segment.filter { !segment.contains(Int(heads[$0])) }
        guard outside.count == 1, let head = outside.first, [.noun, .propn, .pron].contains(tags[head]) else { return nil }
        return head
    }

    /// What an opening adverbial phrase starts with: "After the hearing", "In a statement", "Outside".
    private static let openers: Set<PartOfSpeech> = [.adp, .sconj, .adv]
    private static let subjectRelations: Set<DependencyRelation> = [.nsubj, .nsubjPass, .csubj, .expl]
}
