/// Links third-person pronouns to the entity they stand for, or leaves them out.
///
/// "he/she" go to the most salient compatible person (after Lappin & Leass 1994, "An algorithm
/// for pronominal anaphora resolution"): every mention adds weight to its entity — more as a
/// subject or object than inside a modifier or a quotation — and the weight halves at each
/// sentence, so the person an article keeps talking about wins over one named once in passing
/// ("Placed under the care of a Dr Roe, he …"). A pronoun that continues the role of the
/// entity's last mention (subject after subject) gains; an object is never the subject of its
/// own verb ("she praised her"). "He" and "she" inside a quotation are resolved alike (the quote
/// stage lets go of those that landed on the quote's own speaker, who would have said "I").
/// When every candidate has faded, "he" or "she" goes to the person of that gender the article
/// has mentioned most, if at least three times (a long stretch of "he" in a transcript).
/// "it/its" go to the first organisation or place earlier in the same sentence, outside
/// quotations, that no preposition introduces; a placeholder "it" ("it is hard to say") to none.
/// "they" goes to an organisation or a group ("Democrats") only where the parse shows it: the
/// named subject of the verb whose clause the pronoun is the subject of ("Velmont said they would
/// appeal"). A group nobody named, the most common "they" ("Officials said they"), and names
/// joined by "and" leave it open.
struct PronounResolver {
    /// Tokens looked at per sentence: subjects come early, and a bound keeps a 10,000-word
    /// sentence full of pronouns linear.
    static let reach = 80
    /// Below this an entity has not been mentioned for about five sentences.
    static let threshold = 5.0

    /// What one entity has accumulated by the current token.
    private struct Salience {
        /// The weight of earlier sentences, halved for each sentence since.
        var past = 0.0
        /// The weight of its strongest mention in the current sentence: three mentions in one
        /// sentence are not three times as salient (a pile-up the original algorithm avoids by
        /// counting each factor once per sentence).
        var current = 0.0
        var weight: Double { past + current }
        /// The sentence the weight was last brought up to date for.
        var sentence = 0
        var lastWasSubject = false
        /// The verb its latest mention was the subject of, in the current sentence.
        var subjectOf = -1
        var isActive = false
        /// Its mentions so far, names and pronouns.
        var count = 0
    }

    /// The person of each known gender mentioned most so far: whom a "he" or "she" means when
    /// every candidate has faded ("Ann Lee" in a long stretch of "she" without her name).
    private struct Leaders {
        var male = -1
        var female = -1

        mutating func promote(_ index: Int, _ gender: EntityClusterer.Gender, _ salience: [Salience]) {
            switch gender {
            case .male: if male < 0 || salience[index].count > salience[male].count { male = index }
            case .female: if female < 0 || salience[index].count > salience[female].count { female = index }
            case .unknown: break
            }
        }
    }

    /// Mentions a leader needs before a faded pronoun may fall back to it.
    static let leaderMentions = 3

    func resolve(_ clusters: inout [EntityClusterer.Cluster], in document: TextDocument) {
        // Mention starts → cluster, by token index.
        var owner = KeyMap<Int>()
        var mentionEnd = KeyMap<Int>()
        for (index, cluster) in clusters.enumerated() {
            for mention in cluster.mentions {
                owner[mention.tokens.lowerBound] = index
                mentionEnd[mention.tokens.lowerBound] = mention.tokens.upperBound
            }
        }
        var salience = [Salience](repeating: Salience(), count: clusters.count)
        var active: [Int] = []
        var leaders = Leaders()
        var added: [(Int, EntityMention)] = []
        // The mention a token is part of, by its first token.
        func mentionStart(_ index: Int) -> Int? {
            var start = index
            while start >= 0, index - start < DocumentConsistencyRule.maxTokens {
                if let end = mentionEnd[start] { return end > index ? start : nil }
                start -= 1
            }
            return nil
        }
        // The person the parse points a pronoun to before salience is weighed.
        func favoured(_ tokenIndex: Int) -> Int? {
            if let possessor = Self.possessor(ofRelativeClauseOf: tokenIndex, document) { return owner[possessor] }
            if let antecedent = Self.relativeAntecedent(ofClauseAbove: tokenIndex, document, mentionStart) { return owner[antecedent] }
            return nil
        }
        // "A resident who did not want to be named said she had …": the pronoun is that unnamed
        // subject's, whom no entity holds (unless the verb names a listener first, whom it may
        // mean: "A doctor told him he might never play again").
        // ("… said his yield had fallen and that she had waited": the verbs the pronoun's own
        // clauses hang from may come after it; any of those before it may be the newcomer's.)
        func continuesNewcomer(_ tokenIndex: Int, in sentence: Range<Int>) -> Bool {
            Self.governingVerbs(of: tokenIndex, document).contains { governor in
                guard governor < tokenIndex else { return false }
                let before = max(sentence.lowerBound, governor - 40)..<governor
                let listener = (governor + 1..<tokenIndex).contains {
                    Int(document.tokens[$0].head) == governor && [.obj, .iobj].contains(document.tokens[$0].relation)
                }
                return !listener
                    && before.contains {
                        Int(document.tokens[$0].head) == governor && mentionStart($0) == nil
                            && NominalResolver.isNewcomer($0, in: document)
                    }
            }
        }
        // "Another mother, who did not want to be named, said …. She said the care she received
        // …": a he or she opening the next sentence as its subject still means that unnamed
        // subject, and so does every other of the sentence until someone is named in it.
        var newcomer: (sentence: Int, gender: EntityClusterer.Gender)? = nil
        for sentenceIndex in document.sentences.indices {
            let sentence = document.sentences[sentenceIndex]
            var continuing: EntityClusterer.Gender? = nil
            if let subject = Self.subject(of: sentence.tokens, document) {
                if mentionStart(subject) == nil, NominalResolver.isNewcomer(subject, in: document) {
                    newcomer = (sentenceIndex, NominalResolver.gender(ofPersonWord: document.tokens[subject], in: document))
                } else if let focus = newcomer, focus.sentence == sentenceIndex - 1, !document.tokens[subject].flags.contains(.quoted),
                    let gender = Self.gender(ofPronoun: document.tokens[subject].key), focus.gender == .unknown || focus.gender == gender
                {
                    newcomer = (sentenceIndex, gender)
                    continuing = gender
                }
            }
            for tokenIndex in sentence.tokens.prefix(Self.reach) {
                if let index = owner[tokenIndex], clusters[index].type == .person {
                    let end = mentionEnd[tokenIndex] ?? (tokenIndex + 1)
                    note(index, head: Self.head(of: tokenIndex..<end, document), sentence: sentenceIndex, &salience, &active, document)
                    leaders.promote(index, clusters[index].gender, salience)
                    if let gender = continuing, clusters[index].gender == .unknown || clusters[index].gender == gender { continuing = nil }
                    continue
                }
                if let gender = continuing, !document.tokens[tokenIndex].flags.contains(.quoted),
                    Self.gender(ofPronoun: document.tokens[tokenIndex].key) == gender
                {
                    continue
                }
                let token = document.tokens[tokenIndex]
                guard token.kind == .word, token.range.count <= 4 else { continue }
                let key = token.key
                var target: Int?
                if Self.isEitherGender(tokenIndex, document) {
                    // "his or her", "he or she": anyone at all, no one the article names.
                    continue
                } else if Self.masculine.contains(key) || Self.feminine.contains(key),
                    !token.flags.contains(.quoted), continuesNewcomer(tokenIndex, in: sentence.tokens)
                {
                    continue
                } else if let controller = Self.controller(ofParticipleAbove: tokenIndex, document),
                    let start = mentionStart(controller), let index = owner[start], clusters[index].type == .person,
                    clusters[index].gender == .unknown || clusters[index].gender == Self.gender(ofPronoun: key)
                {
                    target = index
                } else if Self.masculine.contains(key) || Self.feminine.contains(key),
                    let named = Self.cataphoricName(of: tokenIndex, in: sentence, document, mentionStart),
                    let index = owner[named], clusters[index].type == .person,
                    clusters[index].gender == .unknown || clusters[index].gender == Self.gender(ofPronoun: key)
                {
                    target = index
                } else if Self.masculine.contains(key) {
                    target = person(
                        for: tokenIndex, sentence: sentenceIndex, gender: .male, clusters, &salience, &active, document, leaders: leaders,
                        favoured: favoured(tokenIndex))
                } else if Self.feminine.contains(key) {
                    target = person(
                        for: tokenIndex, sentence: sentenceIndex, gender: .female, clusters, &salience, &active, document, leaders: leaders,
                        favoured: favoured(tokenIndex))
                } else if Self.neuter.contains(key), !token.flags.contains(.quoted) {
                    target = thing(before: tokenIndex, sentence: sentence, clusters, owner, mentionEnd, document)
                    if target == nil, sentenceIndex > 0 {
                        let previous = document.sentences[sentenceIndex - 1]
                        target = continuedSubject(
                            tokenIndex, sentence: sentence, previous: previous, clusters, owner, document, mentionStart)
                    }
                } else if Self.plural.contains(key), !token.flags.contains(.quoted) {
                    target = group(for: tokenIndex, sentence: sentenceIndex, clusters, owner, document)
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
                if clusters[target].type == .person {
                    note(target, head: tokenIndex, sentence: sentenceIndex, &salience, &active, document)
                    leaders.promote(target, clusters[target].gender, salience)
                }
            }
        }
        for (cluster, mention) in added { clusters[cluster].mentions.append(mention) }
    }

    /// Adds a mention's weight to its entity: recency, and its role in the sentence.
    private func note(
        _ index: Int, head: Int, sentence: Int, _ salience: inout [Salience], _ active: inout [Int], _ document: TextDocument
    ) {
        bringUpToDate(index, sentence: sentence, &salience)
        salience[index].count += 1
        if !salience[index].isActive {
            salience[index].isActive = true
            active.append(index)
            // Forgotten entities leave the list each time it doubles, so it stays short whatever
            // the article's length.
            if active.count >= 64, active.count.nonzeroBitCount == 1 { prune(&active, sentence: sentence, &salience) }
        }
        // A name inside a longer noun phrase ("Charlotte Mayor Jennifer Roberts", parsed as a
        // flat name headed by "Charlotte") has the role of the whole phrase.
        var phrase = head
        // A title before the name ("Secretary of State John Roe") may be parsed as its head, and
        // a description after the subject's comma as its conjunct ("The group's founder, retired
        // teacher Jane Roe, warned"): with no "and" or "or", that is an apposition misread.
        for _ in 0..<3 {
            let up = Int(document.tokens[phrase].head)
            let relation = document.tokens[phrase].relation
            let isTitle = relation == .nmod && up < phrase && phrase - up <= 4
            let isApposition =
                relation == .conj && up >= 0 && up < phrase
                && !(up..<phrase).contains { Int(document.tokens[$0].head) == phrase && document.tokens[$0].relation == .cc }
            guard up >= 0, [.flat, .compound, .appos].contains(relation) || isTitle || isApposition else { break }
            phrase = up
        }
        let token = document.tokens[phrase]
        let isSubject = token.relation == .nsubj || token.relation == .nsubjPass
        var weight = 100.0
        switch token.relation {
        case .nsubj, .nsubjPass: weight += 80
        case .obj, .iobj: weight += 50
        case .nmod, .nmodPoss, .nmodUnmarked, .compound, .appos, .flat: weight -= 30
        case .obl, .oblUnmarked, .oblAgent: weight -= 20
        default: break
        }
        if document.tokens[head].flags.contains(.quoted) { weight *= 0.5 }
        salience[index].current = max(salience[index].current, weight)
        salience[index].lastWasSubject = isSubject
        salience[index].subjectOf = isSubject ? Int(token.head) : -1
    }

    /// Halves an entity's weight for each sentence since it was last brought up to date.
    private func bringUpToDate(_ index: Int, sentence: Int, _ salience: inout [Salience]) {
        let gap = sentence - salience[index].sentence
        guard gap > 0 else { return }
        salience[index].past = gap > 30 ? 0 : salience[index].weight / Double(1 << gap)
        salience[index].current = 0
        salience[index].sentence = sentence
        salience[index].subjectOf = -1
    }

    /// The most salient person the pronoun can stand for. Women are the minority of people
    /// named in news, so "she" discounts a person of unknown gender.
    private func person(
        for tokenIndex: Int, sentence: Int, gender: EntityClusterer.Gender, _ clusters: [EntityClusterer.Cluster],
        _ salience: inout [Salience], _ active: inout [Int], _ document: TextDocument, leaders: Leaders, favoured: Int?
    ) -> Int? {
        let token = document.tokens[tokenIndex]
        let isSubject = token.relation == .nsubj || token.relation == .nsubjPass
        let isArgument = token.relation == .obj || token.relation == .iobj
        let governors = Self.governingVerbs(of: tokenIndex, document)
        var best: Int?
        var bestScore = Self.threshold
        prune(&active, sentence: sentence, &salience)
        for index in active {
            guard clusters[index].gender == .unknown || clusters[index].gender == gender else { continue }
            // Binding: the object of a verb is not its subject.
            if isArgument, salience[index].subjectOf == Int(token.head) { continue }
            var score = salience[index].weight
            if gender == .female, clusters[index].gender == .unknown { score *= 0.5 }
            if isSubject, salience[index].lastWasSubject { score += 35 }
            if salience[index].subjectOf >= 0, governors.contains(salience[index].subjectOf) { score += 100 }
            if index == favoured { score += 100 }
            if score > bestScore {
                bestScore = score
                best = index
            }
        }
        guard best == nil else { return best }
        let leader = gender == .male ? leaders.male : leaders.female
        guard leader >= 0, clusters[leader].gender == gender, salience[leader].count >= Self.leaderMentions,
            !(isArgument && salience[leader].subjectOf == Int(token.head))
        else { return nil }
        return leader
    }

    /// The possessor's token in "Jane Roe's letter, which she wrote": the subject of a relative
    /// clause on a possessed noun is most often its possessor, whoever else the article has been
    /// talking about.
    static func possessor(ofRelativeClauseOf tokenIndex: Int, _ document: TextDocument) -> Int? {
        let tokens = document.tokens
        let pronoun = tokens[tokenIndex]
        guard pronoun.relation == .nsubj, pronoun.head >= 0 else { return nil }
        let verb = Int(pronoun.head)
        // The relative word opens the clause right before its subject ("which she wrote").
        var relative = tokenIndex - 1
        guard relative > 0, Int(tokens[relative].head) == verb, relativeWords.contains(tokens[relative].key) else { return nil }
        // "his hands, which he said were …": the relative word is what was said's subject, and the
        // pronoun the one who said it.
        let clauseEnd = min(tokens.count, verb + 30)
        guard !(verb + 1..<clauseEnd).contains(where: { Int(tokens[$0].head) == verb && [.ccomp, .xcomp].contains(tokens[$0].relation) })
        else { return nil }
        var noun = relative - 1
        if tokens[noun].kind == .punctuation { noun -= 1 }
        guard noun >= 0, tokens[noun].pos == .noun else { return nil }
        relative = noun - 1
        while relative >= 0, noun - relative <= 4 {
            if Int(tokens[relative].head) == noun, tokens[relative].relation == .nmodPoss { return relative }
            relative -= 1
        }
        return nil
    }

    /// The first token of the mention a relative clause describes, when the pronoun's clause
    /// hangs from one whose subject is the relative word: in "the death of Tom Lake, a student who
    /// was shot as he walked to his car", "he" is the student, whoever the sentence is about. The
    /// described noun is the mention itself or, set off by a comma, a description of the name
    /// before it.
    static func relativeAntecedent(ofClauseAbove tokenIndex: Int, _ document: TextDocument, _ mentionStart: (Int) -> Int?) -> Int? {
        let tokens = document.tokens
        var clause = Int(tokens[tokenIndex].head)
        guard clause >= 0 else { return nil }
        // A possessive stands in its noun's clause ("a student who lost his job"); any other
        // pronoun of the relative clause's own verb is bound not to be its subject.
        if tokens[tokenIndex].relation == .nmodPoss {
            clause = Int(tokens[clause].head)
            guard clause >= 0 else { return nil }
        }
        if tokens[clause].relation != .aclRelcl || tokens[tokenIndex].relation != .nmodPoss {
            guard [.advcl, .conj, .ccomp, .xcomp].contains(tokens[clause].relation) else { return nil }
            clause = Int(tokens[clause].head)
        }
        guard clause >= 0, tokens[clause].relation == .aclRelcl,
            let subject = subject(of: clause, in: max(0, clause - 12)..<clause, document),
            relativeSubjects.contains(tokens[subject].key)
        else { return nil }
        let noun = Int(tokens[clause].head)
        guard noun >= 0, noun < clause else { return nil }
        if let start = mentionStart(noun) { return start }
        // "Tom Lake, a student who …": the name before the description's comma.
        var first = noun
        while first - 1 >= 0, Int(tokens[first - 1].head) == noun, tokens[first - 1].kind == .word { first -= 1 }
        guard first - 2 >= 0, tokens[first - 1].kind == .punctuation, let start = mentionStart(first - 2) else { return nil }
        return start
    }

    /// The verbs above the pronoun's own clause in the parse, a few steps up: in "Ann Lee said
    /// she would stay" the subject of "said" is whom news means by "she" far more often than
    /// salience alone says. (The pronoun's own verb is left out: binding rules there.)
    /// The subject of the sentence's root verb.
    private static func subject(of sentence: Range<Int>, _ document: TextDocument) -> Int? {
        guard let root = sentence.first(where: { document.tokens[$0].relation == .root }) else { return nil }
        return sentence.first { Int(document.tokens[$0].head) == root && document.tokens[$0].relation == .nsubj }
    }

    private static func gender(ofPronoun key: UInt64) -> EntityClusterer.Gender? {
        masculine.contains(key) ? .male : feminine.contains(key) ? .female : nil
    }

    /// "The videos show Tom Hale leaving his car": the object of a verb of seeing or showing
    /// does what the participle after it says, so a possessive in the participle's phrase is
    /// that object's.
    private static func controller(ofParticipleAbove tokenIndex: Int, _ document: TextDocument) -> Int? {
        let tokens = document.tokens
        guard possessives.contains(tokens[tokenIndex].key), let participle = governingVerbs(of: tokenIndex, document).first,
            participle < tokenIndex, document.endsWithIng(tokens[participle]), [.xcomp, .ccomp].contains(tokens[participle].relation)
        else { return nil }
        let verb = Int(tokens[participle].head)
        guard verb >= 0, verb < participle, perceptionVerbs.contains(tokens[verb].key) else { return nil }
        return (verb + 1..<participle).first { Int(tokens[$0].head) == verb && [.obj, .iobj].contains(tokens[$0].relation) }
    }
    private static let possessives = WordList(["his", "her"])
    private static let perceptionVerbs = WordList([
        "show", "shows", "showed", "shown", "showing", "see", "sees", "saw", "seen", "watch", "watches", "watched", "hear",
        "hears", "heard", "catch", "caught", "find", "finds", "found", "spot", "spotted", "film", "filmed",
    ])

    static func governingVerbs(of tokenIndex: Int, _ document: TextDocument) -> [Int] {
        var verbs: [Int] = []
        var cursor = Int(document.tokens[tokenIndex].head)
        var steps = 0
        while cursor >= 0, steps < 8, verbs.count < 3 {
            let head = Int(document.tokens[cursor].head)
            if head >= 0, document.tokens[head].pos == .verb { verbs.append(head) }
            cursor = head
            steps += 1
        }
        return verbs
    }

    /// Drops the entities whose weight has fallen below the threshold.
    private func prune(_ active: inout [Int], sentence: Int, _ salience: inout [Salience]) {
        active.removeAll { index in
            bringUpToDate(index, sentence: sentence, &salience)
            let forgotten = salience[index].weight < Self.threshold
            if forgotten { salience[index].isActive = false }
            return forgotten
        }
    }

    /// The token of a mention the rest of the sentence attaches it by: the one whose head lies
    /// outside it.
    static func head(of tokens: Range<Int>, _ document: TextDocument) -> Int {
        for index in tokens where !tokens.contains(Int(document.tokens[index].head)) { return index }
        return tokens.upperBound - 1
    }

    /// The sentence's first organisation or place before the pronoun: the subject, in news prose
    /// ("Russia has sent troops ... while insisting it has no plans"), rather than the nearest noun.
    /// Not the subject of the pronoun's own verb, when "it" is that verb's object ("the party must
    /// live with it"): an object pronoun is never its own clause's subject.
    private func thing(
        before tokenIndex: Int, sentence: Sentence, _ clusters: [EntityClusterer.Cluster], _ owner: KeyMap<Int>,
        _ mentionEnd: KeyMap<Int>, _ document: TextDocument
    ) -> Int? {
        let pronoun = document.tokens[tokenIndex]
        // "it is hard to say", "it seems that": an "it" the parse reads as a placeholder stands for nothing.
        guard pronoun.relation != .expl else { return nil }
        let isObject = [.obj, .iobj, .obl].contains(pronoun.relation) && pronoun.head >= 0 && pronoun.key != Self.itself
        let speaks = pronoun.relation == .nsubj && pronoun.head >= 0 && SpeechVerbs.contains(document.tokens[Int(pronoun.head)].key)
        var ownSubject: Int? = nil
        if isObject {
            let verb = Int(pronoun.head)
            ownSubject = Self.subject(of: verb, in: sentence.tokens, document)
            // "X lost the case and must live with it": joined verbs share the first one's subject.
            if ownSubject == nil, document.tokens[verb].relation == .conj, document.tokens[verb].head >= 0 {
                ownSubject = Self.subject(of: Int(document.tokens[verb].head), in: sentence.tokens, document)
            }
        }
        let window = max(sentence.tokens.lowerBound, tokenIndex - Self.reach)..<tokenIndex
        // "Halden Brands raised its forecast, while Castine Group cut its outlook": a possessive
        // whose noun hangs from a verb with a named subject before it is that subject's.
        if pronoun.relation == .nmodPoss, pronoun.head >= 0, document.tokens[Int(pronoun.head)].head >= 0 {
            let noun = Int(pronoun.head)
            if !document.tokens[noun].relation.isSubject,
                let subject = Self.subject(of: Int(document.tokens[noun].head), in: sentence.tokens, document), subject < tokenIndex,
                let start = window.first(where: { owner[$0] != nil && ($0..<(mentionEnd[$0] ?? $0 + 1)).contains(subject) }),
                let index = owner[start], [.organization, .gpe].contains(clusters[index].type)
            {
                return index
            }
        }
        var possessor: Int? = nil
        for position in window where !document.tokens[position].flags.contains(.quoted) {
            guard let index = owner[position], [.organization, .gpe].contains(clusters[index].type) else { continue }
            if let ownSubject, (position..<(mentionEnd[position] ?? position + 1)).contains(ownSubject) { continue }
            // "a Democrat from Ohio …, saying it would hurt …": a name after a preposition says
            // where or whose, and is seldom what "it" goes on about ("before the council sets its
            // budget" is the clause's subject all the same). Nor, for an "it" that speaks, a name
            // in a noun's phrase ("Volunteers from the Harlan Relief Society were searching, it said").
            let nameHead = document.tokens[Self.head(of: position..<(mentionEnd[position] ?? position + 1), document)]
            if position > sentence.tokens.lowerBound, document.tokens[position].pos != .x, !nameHead.relation.isSubject,
                document.tokens[position - 1].pos == .adp || nameHead.relation == .nmod && speaks
            {
                continue
            }
            // "Harlow, the UK retailer, said it …": a name modifying a noun says what kind, and is
            // no referent; unless the noun is who speaks ("a Velmont League spokesman said it",
            // "EU leaders warn that … its").
            if nameHead.relation == .compound || nameHead.relation == .amod, !modifiesSpeaker(nameHead, document) { continue }
            // "Velmont's largest shareholder, the Arkwise Fund, said it …": a possessor says whose;
            // a name after it is what the sentence is about ("Velmont's shares fell after it …"
            // has no other, and the possessor it is).
            let head = Self.head(of: position..<(mentionEnd[position] ?? position + 1), document)
            if document.tokens[head].relation == .nmodPoss || document.tokens[head].flags.contains(.possessive) {
                possessor = possessor ?? index
                continue
            }
            return index
        }
        return possessor
    }

    /// Whether a modifier's noun is the subject of a verb of saying.
    private func modifiesSpeaker(_ modifier: Token, _ document: TextDocument) -> Bool {
        guard modifier.head >= 0 else { return false }
        let noun = document.tokens[Int(modifier.head)]
        return noun.relation == .nsubj && noun.head >= 0 && SpeechVerbs.contains(document.tokens[Int(noun.head)].key)
    }

    /// "Velmont Energy delayed the field. It now expects …": an "it" opening its sentence as the
    /// subject, with nothing named before it, continues the organisation or place that was the
    /// previous sentence's subject (by name, or by an "it" already linked). A previous subject
    /// that is no name ("The plan was approved. It will cost …") leaves it open.
    private func continuedSubject(
        _ tokenIndex: Int, sentence: Sentence, previous: Sentence, _ clusters: [EntityClusterer.Cluster], _ owner: KeyMap<Int>,
        _ document: TextDocument, _ mentionStart: (Int) -> Int?
    ) -> Int? {
        let pronoun = document.tokens[tokenIndex]
        guard pronoun.relation == .nsubj || pronoun.relation == .nsubjPass, tokenIndex - sentence.tokens.lowerBound <= 2,
            pronoun.key != Self.itself, let root = previous.tokens.first(where: { document.tokens[$0].head < 0 }),
            let subject = Self.subject(of: root, in: previous.tokens, document), !document.tokens[subject].flags.contains(.quoted)
        else { return nil }
        // The subject's name, or the name in apposition to it ("The regulator, the Velmont
        // Energy Authority, has opened …").
        let apposed = previous.tokens.first { Int(document.tokens[$0].head) == subject && document.tokens[$0].relation == .appos }
        for head in [subject, apposed].compactMap({ $0 }) {
            if let index = owner[head] ?? mentionStart(head).flatMap({ owner[$0] }),
                [.organization, .gpe].contains(clusters[index].type)
            {
                return index
            }
        }
        return nil
    }

    /// The group a "they" stands for, read from the parse (see the type's comment).
    private func group(
        for tokenIndex: Int, sentence: Int, _ clusters: [EntityClusterer.Cluster], _ owner: KeyMap<Int>, _ document: TextDocument
    ) -> Int? {
        let tokens = document.tokens
        let pronoun = tokens[tokenIndex]
        guard pronoun.relation == .nsubj || pronoun.relation == .nsubjPass else { return nil }
        let clause = Int(pronoun.head)
        guard clause >= 0, Self.reportedClauses.contains(tokens[clause].relation) else { return nil }
        let verb = Int(tokens[clause].head)
        guard verb >= 0, let subject = Self.subject(of: verb, in: document.sentences[sentence].tokens, document), subject < tokenIndex
        else { return nil }
        return groupNamed(at: subject, clusters, owner, document)
    }

    /// The clauses whose "they" is the verb's own subject: what it said ("said they would"), and
    /// what it did next ("have vans and they provide"). An adverbial clause is left out: its
    /// "they" is as often the object ("saved 200 more after they were found").
    static let reportedClauses: Set<DependencyRelation> = [.ccomp, .parataxis, .conj]

    /// The organisation or group whose name is the subject at `subject`, if it stands alone
    /// (not "Velmont and Arkwise", whose "they" is the pair).
    private func groupNamed(at subject: Int, _ clusters: [EntityClusterer.Cluster], _ owner: KeyMap<Int>, _ document: TextDocument)
        -> Int?
    {
        // A name heads the subject ("Velmont shareholders" are no "Velmont").
        let head = document.tokens[subject]
        guard !head.flags.contains(.quoted), head.flags.contains(.capitalized), head.pos == .propn || head.pos == .noun else {
            return nil
        }
        var start = subject
        // The name's first token, which `owner` knows it by ("Velmont Bank" headed by "Bank").
        while start > 0, subject - start < DocumentConsistencyRule.maxTokens, owner[start] == nil,
            Int(document.tokens[start - 1].head) == subject || document.tokens[start - 1].head == document.tokens[start].head
        {
            start -= 1
        }
        guard let index = owner[start], [.organization, .norp].contains(clusters[index].type) else { return nil }
        let hasConjunct = (subject + 1..<min(subject + 8, document.tokens.count)).contains {
            document.tokens[$0].relation == .conj && Int(document.tokens[$0].head) == subject
        }
        return hasConjunct ? nil : index
    }

    /// The subject of `verb`, searched among `tokens` (a sentence's).
    static func subject(of verb: Int, in tokens: Range<Int>, _ document: TextDocument) -> Int? {
        tokens.first { position in
            let token = document.tokens[position]
            return Int(token.head) == verb && (token.relation == .nsubj || token.relation == .nsubjPass)
        }
    }

    static let plural = WordList(["they", "them", "their", "theirs", "themselves"])
    /// "Asked whether she would run, Jane Roe said …", "When he arrived, Tom Hale …": a pronoun
    /// subject in an opening clause of participle or subordinator, with no person named before it
    /// in the sentence, points forward to the named subject right after the clause's comma.
    static func cataphoricName(
        of tokenIndex: Int, in sentence: Sentence, _ document: TextDocument, _ mentionStart: (Int) -> Int?
    ) -> Int? {
        let tokens = document.tokens
        var first = sentence.tokens.lowerBound
        while first < tokenIndex, tokens[first].kind != .word { first += 1 }
        // A participle ("Asked …", "Speaking …") or a subordinator opens the clause, whose
        // subject the pronoun is.
        guard first < tokenIndex, tokens[tokenIndex].relation.isSubject,
            openingWords.contains(tokens[first].key) || tokens[first].pos == .verb
        else { return nil }
        var comma = tokenIndex + 1
        while comma < sentence.tokens.upperBound, comma - tokenIndex <= 20 {
            let token = tokens[comma]
            if token.kind == .punctuation, document.normalized[Int(token.start)] == UInt8(ascii: ",") { break }
            if token.flags.contains(.terminator) { return nil }
            comma += 1
        }
        let named = comma + 1
        guard named < sentence.tokens.upperBound, mentionStart(named) == named,
            !(first..<tokenIndex).contains(where: { mentionStart($0) != nil && tokens[$0].pos == .propn })
        else { return nil }
        var end = named
        while end + 1 < sentence.tokens.upperBound, mentionStart(end + 1) == named { end += 1 }
        var head = Self.head(of: named..<(end + 1), document)
        // A name in apposition to the subject's noun ("a referral, Jane Roe was" misread).
        if tokens[head].relation == .appos, tokens[head].head >= 0 { head = Int(tokens[head].head) }
        return tokens[head].relation.isSubject ? named : nil
    }

    static let openingWords = WordList([
        "after", "before", "when", "while", "although", "though", "as", "since", "because", "if", "once", "until", "despite",
    ])

    static let masculine = WordList(["he", "him", "his", "himself"])
    static let feminine = WordList(["she", "her", "hers", "herself"])
    static let neuter = WordList(["it", "its", "itself"])
    static let relativeWords = WordList(["which", "that", "whom"])
    static let relativeSubjects = WordList(["who", "that"])
    static let or = WordList.key("or")

    /// Whether a personal pronoun is joined by "or" to one of the other gender.
    static func isEitherGender(_ index: Int, _ document: TextDocument) -> Bool {
        let tokens = document.tokens
        let key = tokens[index].key
        let isMasculine = masculine.contains(key)
        guard isMasculine || feminine.contains(key) else { return false }
        let other = isMasculine ? feminine : masculine
        for (joiner, partner) in [(index + 1, index + 2), (index - 1, index - 2)]
        where partner >= 0 && partner < tokens.count && tokens[joiner].key == or {
            if other.contains(tokens[partner].key) { return true }
        }
        return false
    }
    /// A reflexive is its clause's subject ("the firm protected itself").
    static let itself = WordList.key("itself")
}
