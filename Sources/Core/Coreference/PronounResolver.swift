/// Links third-person pronouns to the entity they stand for, or leaves them out.
///
/// "he/she" go to the most prominent compatible person: first one mentioned earlier in the same
/// sentence, else the first person mentioned in the nearest earlier sentence that mentions one
/// (the subject, in news prose), within a short window. "it/its" go to the first organisation or
/// place earlier in the same sentence. "they" is too often a group nobody named to guess.
struct PronounResolver {
    let quoted: QuotedRegions
    static let window = 4
    /// Tokens looked at per sentence: subjects come early, and a bound keeps a 10,000-word
    /// sentence full of pronouns linear.
    static let reach = 80

    func resolve(_ clusters: inout [EntityClusterer.Cluster], in document: TextDocument) {
        // Mention starts → cluster, by token index, for candidates outside quotations.
        var owner = KeyMap<Int>()
        for (index, cluster) in clusters.enumerated() {
            for mention in cluster.mentions { owner[mention.tokens.lowerBound] = index }
        }
        var added: [(Int, EntityMention)] = []
        document.normalized.withUnsafeBufferPointer { bytes in
            for sentenceIndex in document.sentences.indices {
                let sentence = document.sentences[sentenceIndex]
                for tokenIndex in sentence.tokens where !quoted.inside[tokenIndex] {
                    let token = document.tokens[tokenIndex]
                    guard token.kind == .word, token.range.count <= 4 else { continue }
                    let key = token.key
                    let target: Int?
                    if Self.masculine.contains(key) {
                        target = person(before: tokenIndex, sentence: sentenceIndex, gender: .male, clusters, owner, document)
                    } else if Self.feminine.contains(key) {
                        target = person(before: tokenIndex, sentence: sentenceIndex, gender: .female, clusters, owner, document)
                    } else if Self.neuter.contains(key) {
                        target = thing(before: tokenIndex, sentence: sentence, clusters, owner)
                    } else {
                        continue
                    }
                    guard let target else { continue }
                    // The pronoun tells the person's gender, which later pronouns then respect.
                    if clusters[target].gender == .unknown {
                        if Self.masculine.contains(key) { clusters[target].gender = .male }
                        if Self.feminine.contains(key) { clusters[target].gender = .female }
                    }
                    let mention = EntityMention(
                        range: token.range, tokens: tokenIndex..<(tokenIndex + 1), type: clusters[target].type, kind: .pronoun)
                    owner[tokenIndex] = target
                    added.append((target, mention))
                }
            }
        }
        for (cluster, mention) in added { clusters[cluster].mentions.append(mention) }
    }

    /// Women are the minority of people named in news, so "she" first looks for a person known to
    /// be female and only then for one of unknown gender; "he" takes either at once.
    private func person(
        before tokenIndex: Int, sentence sentenceIndex: Int, gender: EntityClusterer.Gender,
        _ clusters: [EntityClusterer.Cluster], _ owner: KeyMap<Int>, _ document: TextDocument
    ) -> Int? {
        if gender == .female,
            let known = person(
                before: tokenIndex, sentence: sentenceIndex, clusters, owner, document, where: { clusters[$0].gender == .female })
        {
            return known
        }
        return person(before: tokenIndex, sentence: sentenceIndex, clusters, owner, document) { index in
            clusters[index].gender == .unknown || clusters[index].gender == gender
        }
    }

    private func person(
        before tokenIndex: Int, sentence sentenceIndex: Int, _ clusters: [EntityClusterer.Cluster], _ owner: KeyMap<Int>,
        _ document: TextDocument, where accepts: (Int) -> Bool
    ) -> Int? {
        func compatible(_ index: Int) -> Bool { clusters[index].type == .person && accepts(index) }
        let sentence = document.sentences[sentenceIndex]
        for position in max(sentence.tokens.lowerBound, tokenIndex - Self.reach)..<tokenIndex where !quoted.inside[position] {
            if let index = owner[position], compatible(index) { return index }
        }
        // Earlier sentences: people mentioned outside quotations first; a name only quoted
        // ("I wrote to Anna," he said. She did not reply.) is the fallback. In each, the subject
        // of its main verb comes first when the sentence is parsed ("In a letter to Tom Roe, Ann
        // Lee said …. She …"), then the first person named.
        for allowQuoted in [false, true] {
            var back = sentenceIndex - 1
            while back >= 0 && sentenceIndex - back <= Self.window {
                let tokens = document.sentences[back].tokens
                if let subject = Self.mainSubject(tokens, document) {
                    for position in subject where allowQuoted || !quoted.inside[position] {
                        if let index = owner[position], compatible(index) { return index }
                    }
                }
                for position in tokens.prefix(Self.reach) where allowQuoted || !quoted.inside[position] {
                    if let index = owner[position], compatible(index) { return index }
                }
                back -= 1
            }
        }
        return nil
    }

    /// The tokens of the subject of the sentence's main verb, from its first word to its head:
    /// nil without a parse or a subject.
    static func mainSubject(_ tokens: Range<Int>, _ document: TextDocument) -> Range<Int>? {
        guard let root = tokens.prefix(Self.reach).first(where: { document.tokens[$0].relation == .root && document.tokens[$0].head < 0 }),
            document.tokens[root].pos != .x
        else { return nil }
        guard
            let subject = tokens.prefix(Self.reach).first(where: {
                Int(document.tokens[$0].head) == root
                    && (document.tokens[$0].relation == .nsubj || document.tokens[$0].relation == .nsubjPass)
            })
        else { return nil }
        var start = subject
        while start > tokens.lowerBound, subject - start < 12, descends(start - 1, from: subject, document) { start -= 1 }
        var end = subject + 1
        while end < tokens.upperBound, end - subject < 6, descends(end, from: subject, document) { end += 1 }
        return start..<end
    }

    /// Whether `index` hangs from `head` in the parse, within a few steps.
    private static func descends(_ index: Int, from head: Int, _ document: TextDocument) -> Bool {
        var cursor = index
        for _ in 0..<12 {
            if cursor == head { return true }
            let next = Int(document.tokens[cursor].head)
            guard next >= 0 else { return false }
            cursor = next
        }
        return false
    }

    /// The sentence's first organisation or place before the pronoun: the subject, in news prose
    /// ("Russia has sent troops ... while insisting it has no plans"), rather than the nearest noun.
    private func thing(before tokenIndex: Int, sentence: Sentence, _ clusters: [EntityClusterer.Cluster], _ owner: KeyMap<Int>) -> Int? {
        for position in max(sentence.tokens.lowerBound, tokenIndex - Self.reach)..<tokenIndex where !quoted.inside[position] {
            if let index = owner[position], [.organization, .gpe].contains(clusters[index].type) { return index }
        }
        return nil
    }

    static let masculine = WordList(["he", "him", "his", "himself"])
    static let feminine = WordList(["she", "her", "hers", "herself"])
    static let neuter = WordList(["it", "its", "itself"])
}
