/// Definite descriptions: "the chancellor", "the secretary-general" refer to the person the
/// article gave that title (when only one has it); "the council" to the one organisation whose
/// name ends so, once it is named; "the company", "the alliance" to the organisation named most
/// recently (for "the company" no court or council), if it was named in the last few sentences;
/// "The veteran novelist said" to the person named last before it whom nothing says is
/// something else.
struct NominalResolver {
    /// The descriptions other than titles', after the pronouns, whose genders they read.
    func resolve(_ clusters: inout [EntityClusterer.Cluster], in document: TextDocument) {
        resolveOrganisations(&clusters, in: document)
        resolveDescribedPeople(&clusters, in: document)
    }

    /// "Ann Holt won the prize in May. The veteran novelist said …": a definite description
    /// headed by an occupation or a word for any person ("the pensioner", "the mother-of-two"),
    /// as the subject of a clause of the writer's (not inside quotation marks), continues the
    /// person named or called "he" or "she" last before it, in that sentence or the two before,
    /// unless the article gave that person a title without the occupation ("spokeswoman Ann
    /// Holt said the candidate …") or a clashing gender; then the one before, and so on.
    /// Descriptions a title already resolved are left alone.
    private func resolveDescribedPeople(_ clusters: inout [EntityClusterer.Cluster], in document: TextDocument) {
        // Each person's names, and the pronouns that continue them outside quotation marks: "…,”
        // she said. But the 51-year-old added" is whoever "she" was.
        var named: [(token: Int, cluster: Int, isPossessor: Bool)] = []
        // The age the article gives each person, "Jim Roe, 34," or "34-year-old Jim Roe".
        var ages: [Int: Int] = [:]
        for (index, cluster) in clusters.enumerated() where cluster.type == .person {
            for mention in cluster.mentions {
                if mention.kind == .name, ages[index] == nil, let age = Self.age(of: mention.tokens, in: document) { ages[index] = age }
                guard
                    mention.kind == .name || mention.kind == .pronoun && !document.tokens[mention.tokens.lowerBound].flags.contains(.quoted)
                else { continue }
                let after = mention.tokens.upperBound
                let isPossessor =
                    after < document.tokens.count && document.tokens[after].flags.contains(.possessive)
                    || document.tokens[mention.tokens.lowerBound].relation == .nmodPoss
                named.append((mention.tokens.lowerBound, index, isPossessor))
            }
        }
        guard !named.isEmpty else { return }
        named.sort { $0.token < $1.token }
        let covered = EntityClusterer.Cluster.tokenMap(clusters, count: document.tokens.count)
        let tokens = document.tokens
        // How many sentences with words of the writer's come before each one: a quotation's
        // sentences do not take the speaker out of reach ("“…,” said Jane Roe. “…” The
        // 64-year-old said …").
        var writerSentencesBefore = [Int](repeating: 0, count: document.sentences.count + 1)
        var hasWriterWords = [Bool](repeating: false, count: document.sentences.count)
        for token in tokens where token.kind == .word && token.sentence >= 0 && !token.flags.contains(.quoted) {
            hasWriterWords[Int(token.sentence)] = true
        }
        for sentence in hasWriterWords.indices {
            writerSentencesBefore[sentence + 1] = writerSentencesBefore[sentence] + (hasWriterWords[sentence] ? 1 : 0)
        }
        func writerSentences(upTo sentence: Int32) -> Int { sentence < 0 ? 0 : writerSentencesBefore[Int(sentence)] }
        var added: [(Int, EntityMention)] = []
        var latest = -1
        // The last unnamed person brought in as a subject before the current word: a description
        // after one continues nobody named before it ("A resident … said …. The grandmother
        // added").
        var newcomer = -1
        document.normalized.withUnsafeBufferPointer { bytes in
            for index in 1..<tokens.count {
                while latest + 1 < named.count && named[latest + 1].token < index { latest += 1 }
                if tokens[index - 1].relation == .nsubj, covered[index - 1] < 0, Self.isNewcomer(index - 1, in: document) {
                    newcomer = index - 1
                }
                let token = tokens[index]
                guard latest >= 0, token.kind == .word, !token.flags.contains(.capitalized), covered[index] < 0,
                    !token.flags.contains(.quoted)
                else { continue }
                // "the 54-year-old told reporters": an age says nothing of an occupation.
                let isAge = document.isAge(token)
                guard isAge || token.pos == .noun || token.pos == .adj || token.pos == .num else { continue }
                // "the 47-year-old nurse": an age before it makes any noun a person's occupation.
                let isOccupation =
                    token.pos == .noun
                    && (DescriptionRule.personNouns.contains(token.key)
                        || (max(0, index - 3)..<index).contains { document.isAge(tokens[$0]) && tokens[$0].sentence == token.sentence })
                let anyone = Self.anyone(token, bytes)
                guard isOccupation || anyone != nil || isAge else { continue }
                // A subject, or the phrase right before a verb of telling, whatever the parse made of
                // it ("“We let him down,” the 31-year-old midfielder told Radio Harwick").
                let tells = index + 1 < tokens.count && tokens[index + 1].pos == .verb && Self.tellingVerbs.contains(tokens[index + 1].key)
                // "The feminist writer and broadcaster": a second occupation joined to the first.
                var end = index
                if index + 2 < tokens.count, tokens[index + 1].key == Self.and, tokens[index + 2].pos == .noun,
                    tokens[index + 2].sentence == token.sentence
                {
                    end = index + 2
                }
                guard endsPhrase(end, in: document), let start = definiteStart(of: index, in: document) else { continue }
                // "The man in the car", "the woman who called police": a word for anyone, narrowed
                // by what follows, brings someone new.
                if anyone != nil, !isOccupation, end + 1 < tokens.count,
                    tokens[end + 1].pos == .adp || Self.relativePronouns.contains(tokens[end + 1].key)
                {
                    continue
                }
                // "“It was a relief,” said the forward": after an inverted verb of saying, which the
                // parse may read as its object, the description is the subject.
                // A description opening its sentence is its subject however the parse read what
                // follows ("The 64-year-old, who has lived …, said"), unless it is a possessor
                // ("The candidate's call came …").
                let opensSentence =
                    tokens[start].flags.contains(.sentenceInitial) && token.relation != .nmodPoss
                    && !(end + 1 < tokens.count && tokens[end + 1].flags.contains(.possessive))
                if !(token.relation == .nsubj || token.relation == .nsubjPass || tells), !invertedSubject(at: start, in: document),
                    !opensSentence
                {
                    continue
                }
                // "A council official said …. The official added", "watched with the woman …. The
                // woman disputes": in its sentence or the two before, the one that word meant
                // before, if it meant someone named ("union official Tom Hale said", "Tom Hale, a
                // pensioner", "Hale is a pensioner"), else someone unnamed; further back, someone
                // brought in unnamed ("a man who beat a pensioner …") still blocks the way.
                if let meaning = Self.earlierMeaning(
                    of: token, before: start, covered: covered, clusters: clusters, added: added, in: document)
                {
                    if let owner = meaning {
                        let range = Int(tokens[start].start)..<Int(tokens[end].end)
                        added.append((owner, EntityMention(range: range, tokens: start..<(end + 1), type: .person, kind: .nominal)))
                    }
                    continue
                }
                var candidate = latest
                var owner: Int?
                // "The 34-year-old has two prior convictions": the person of that age, wherever
                // named before; no person given another age.
                let agedWord = isAge ? index : (start..<index).first { document.isAge(tokens[$0]) }
                let age = agedWord.flatMap { document.leadingNumber(tokens[$0]) }
                if let age, let aged = named[...latest].last(where: { ages[$0.cluster] == age }) {
                    let range = Int(tokens[start].start)..<Int(tokens[end].end)
                    added.append((aged.cluster, EntityMention(range: range, tokens: start..<(end + 1), type: .person, kind: .nominal)))
                    continue
                }
                // Whoever speaks of the described one in the same sentence is someone else: "Ann Lee
                // told the court the pensioner had suffered …" is not Ann Lee.
                let speaking = Self.subjectsAbove(index, covered: covered, in: document)
                // A few names back at most, so a crafted sentence of thousands of names stays linear.
                // The last one that was no possessor ("Ann Lee said Velmont's costs had risen. The
                // academic said" is Ann Lee, if the tagger made Velmont a person), or else the last.
                var fallback: Int?
                while candidate >= 0, latest - candidate < 8,
                    writerSentences(upTo: token.sentence) - writerSentences(upTo: tokens[named[candidate].token].sentence) <= 2
                {
                    defer { candidate -= 1 }
                    if named[candidate].token < newcomer { break }
                    // Someone named inside quotation marks is talked about, not described next
                    // ("“Sam knows he was silly,” the 54-year-old said" is not Sam).
                    if tokens[named[candidate].token].flags.contains(.quoted) || speaking.contains(named[candidate].cluster) { continue }
                    let cluster = clusters[named[candidate].cluster]
                    // A rank or courtesy title ("Captain Tom Hale", "Harlow captain Tom Hale") says no
                    // occupation: the title's last word is its head.
                    let titled = cluster.titles.contains { Self.words(bytes, $0).last.map { !Self.ranks.contains($0) } ?? false }
                    // An age with no one of that age named is the last person named as a clause's
                    // subject: "Rui Vale curled a shot past goalkeeper Tom Hale. The 29-year-old has
                    // now scored four goals" is Vale. "The father-of-three" is a man known to be one.
                    let fits =
                        !(age != nil && ages[named[candidate].cluster] != nil)
                        && !(isAge && !Self.isSubject(at: named[candidate].token, in: document))
                        && !(isOccupation && titled && !cluster.titles.contains { Self.words(bytes, $0).contains(token.key) })
                        && !(cluster.gender == .male && Self.femaleNouns.contains(token.key))
                        && !(cluster.gender == .female && Self.maleNouns.contains(token.key))
                        && (anyone == nil || anyone == .unknown || anyone == cluster.gender)
                    guard fits else { continue }
                    if !named[candidate].isPossessor {
                        owner = named[candidate].cluster
                        break
                    }
                    if fallback == nil { fallback = named[candidate].cluster }
                }
                owner = owner ?? fallback
                guard let owner else { continue }
                let range = Int(tokens[start].start)..<Int(tokens[end].end)
                added.append((owner, EntityMention(range: range, tokens: start..<(end + 1), type: .person, kind: .nominal)))
            }
        }
        for (owner, mention) in added { clusters[owner].mentions.append(mention) }
    }

    /// The named person a word describes: as the title right before the name ("union official Tom
    /// Hale"), in apposition to it ("Tom Hale, a pensioner", "a 64-year-old grandmother" beside
    /// a name), or as what the name's clause says it is ("Hale is a pensioner").
    private static func person(
        describedBy word: Int, covered: [Int32], clusters: [EntityClusterer.Cluster], in document: TextDocument
    ) -> Int? {
        let tokens = document.tokens
        func person(_ index: Int) -> Int? {
            index >= 0 && covered[index] >= 0 && clusters[Int(covered[index])].type == .person ? Int(covered[index]) : nil
        }
        let sentence = tokens[word].sentence
        if word + 1 < tokens.count, tokens[word + 1].pos == .propn, tokens[word + 1].sentence == sentence,
            let titled = person(word + 1)
        {
            return titled
        }
        // Up from a modifier to the noun it is part of, and from that to the name beside it.
        var phrase = word
        for _ in 0..<3 where person(phrase) == nil && phraseRelations.contains(tokens[phrase].relation) {
            let head = Int(tokens[phrase].head)
            guard head >= 0, head < tokens.count, tokens[head].sentence == sentence else { break }
            phrase = head
        }
        // "Hale is a pensioner"; "The club's manager, Tom Hale, admits".
        let predicated = (max(0, phrase - 8)..<phrase).first {
            Int(tokens[$0].head) == phrase && tokens[$0].relation == .nsubj && person($0) != nil
        }
        let apposed = (phrase + 1..<min(tokens.count, phrase + 8)).first {
            Int(tokens[$0].head) == phrase && tokens[$0].relation == .appos && person($0) != nil
        }
        return person(predicated ?? apposed ?? phrase)
    }

    /// Whether the word at `index` brings in someone unnamed as a clause's subject: a singular
    /// noun that "a", "an", "one" or "another" opens, a word for a person or one "who" follows
    /// ("A resident who did not want to be named said …"; not "A knee injury kept him out").
    /// Whether a name holds it is the caller's to check.
    static func isNewcomer(_ index: Int, in document: TextDocument) -> Bool {
        let tokens = document.tokens
        // "Another, a woman who has worked there for 12 years, said": the description in
        // apposition to a lone "another" or "one" says what the subject is.
        if indefiniteArticles.contains(tokens[index].key), tokens[index].relation == .nsubj, index + 3 < tokens.count,
            document.isComma(at: index + 1), indefiniteArticles.contains(tokens[index + 2].key)
        {
            return tokens[index + 3].pos == .noun && !tokens[index + 3].flags.contains(.capitalized)
        }
        let token = tokens[index]
        guard token.relation == .nsubj, token.pos == .noun, !token.flags.contains(.capitalized),
            document.normalized[token.range.upperBound - 1] != UInt8(ascii: "s"), isIndefinite(index, in: document)
        else { return false }
        // "Another analyst, Tom Hale of Harlow Capital, …", "One participant, Jim, 67, …": a name
        // in apposition says who.
        let end = min(tokens.count, index + 6)
        if index + 2 < tokens.count && document.isComma(at: index + 1) && tokens[index + 2].pos == .propn
            || (index + 1..<end).contains(where: {
                Int(tokens[$0].head) == index && [.appos, .conj].contains(tokens[$0].relation) && tokens[$0].pos == .propn
            })
        {
            return false
        }
        let who =
            index + 1 < tokens.count && tokens[index + 1].key == Self.who
            || index + 2 < tokens.count && document.isComma(at: index + 1) && tokens[index + 2].key == Self.who
        // "A grain farmer from the valley said …": whatever the word, whoever says or tells
        // something is someone, unless it is a document ("A police report said").
        let speaks =
            token.head >= 0 && tellingVerbs.contains(tokens[Int(token.head)].key)
            && !documentNouns.contains(token.key) && !DescriptionRule.research.contains(token.key)
        return who || speaks || DescriptionRule.personNouns.contains(token.key) || DescriptionRule.organizationParts.contains(token.key)
            || document.normalized.withUnsafeBufferPointer { anyone(token, $0) } != nil
    }
    /// What is written and says things, beside the entity rules' research ("study", "report").
    private static let documentNouns = WordList([
        "statement", "letter", "filing", "document", "release", "memo", "email", "post", "tweet", "video", "source",
        "sources", "complaint", "lawsuit", "notice", "message", "note", "article", "story", "affidavit", "indictment",
        "ruling", "judgment", "order",
    ])
    private static let who = WordList.key("who")

    /// The gender a word for a person says ("man", "mother-of-two"), `unknown` for any other.
    static func gender(ofPersonWord token: Token, in document: TextDocument) -> EntityClusterer.Gender {
        document.normalized.withUnsafeBufferPointer { anyone(token, $0) } ?? .unknown
    }

    /// Whether the noun at `index` opens with "a", "an", "one" or "another", up to three
    /// modifiers before it.
    private static func isIndefinite(_ index: Int, in document: TextDocument) -> Bool {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 4, document.tokens[cursor].sentence == document.tokens[index].sentence {
            let token = document.tokens[cursor]
            if indefiniteArticles.contains(token.key) { return true }
            // ("A retired teacher": a participle describing the noun.)
            guard token.kind == .word, [.adj, .noun, .num].contains(token.pos) || token.relation == .amod || document.isAge(token)
            else { return false }
            cursor -= 1
        }
        return false
    }
    private static let indefiniteArticles = WordList(["a", "an", "one", "another"])

    /// The people who are subjects of the clauses the word at `index` is part of, up to its
    /// sentence's main clause.
    private static func subjectsAbove(_ index: Int, covered: [Int32], in document: TextDocument) -> Set<Int> {
        let tokens = document.tokens
        let sentence = tokens[index].sentence
        var subjects: Set<Int> = []
        var ancestor = Int(tokens[index].head)
        for _ in 0..<8 {
            guard ancestor >= 0, ancestor < tokens.count, tokens[ancestor].sentence == sentence else { break }
            for dependent in max(0, ancestor - 40)..<min(tokens.count, ancestor + 40)
            where Int(tokens[dependent].head) == ancestor && covered[dependent] >= 0
                && (tokens[dependent].relation == .nsubj || tokens[dependent].relation == .nsubjPass)
            {
                subjects.insert(Int(covered[dependent]))
            }
            ancestor = Int(tokens[ancestor].head)
        }
        return subjects
    }

    /// What the same word meant before, when that decides what it means now: in its sentence or
    /// the two before, the person it described (`.some(nil)`: someone unnamed); further back,
    /// only someone brought in unnamed ("a man who beat a pensioner …. Ann Lee told the court
    /// the pensioner had suffered"). Nil when the word leaves the question open. At most 2,000
    /// words back.
    private static func earlierMeaning(
        of noun: Token, before start: Int, covered: [Int32], clusters: [EntityClusterer.Cluster],
        added: [(Int, EntityMention)], in document: TextDocument
    ) -> Int?? {
        let tokens = document.tokens
        var index = start - 1
        while index >= 0, start - index <= 2000 {
            defer { index -= 1 }
            guard tokens[index].key == noun.key, covered[index] < 0 else { continue }
            let owner =
                person(describedBy: index, covered: covered, clusters: clusters, in: document)
                ?? added.last(where: { $0.1.tokens.contains(index) })?.0
            if noun.sentence - tokens[index].sentence <= 2 { return .some(owner) }
            if owner != nil { return nil }
            if isIndefinite(index, in: document) { return .some(nil) }
        }
        return nil
    }

    /// The age given with a name: ", 34," after it or "34-year-old" right before it.
    static func age(of name: Range<Int>, in document: TextDocument) -> Int? {
        let tokens = document.tokens
        let after = name.upperBound
        if after + 2 < tokens.count, document.isComma(at: after), tokens[after + 1].kind == .number, document.isComma(at: after + 2) {
            return document.leadingNumber(tokens[after + 1])
        }
        if name.lowerBound > 0, document.isAge(tokens[name.lowerBound - 1]) {
            return document.leadingNumber(tokens[name.lowerBound - 1])
        }
        return nil
    }

    /// Whether the name starting at `start` is a clause's subject, or the name of one ("Rochdean
    /// manager Graham Pryce refused", the title the parse's head).
    private static func isSubject(at start: Int, in document: TextDocument) -> Bool {
        let tokens = document.tokens
        func subject(_ index: Int) -> Bool { tokens[index].relation == .nsubj || tokens[index].relation == .nsubjPass }
        if tokens[start].pos == .pron { return subject(start) }
        var index = start
        while index < tokens.count, index - start < 4, tokens[index].pos == .propn {
            if subject(index) { return true }
            let head = Int(tokens[index].head)
            if head >= 0, head < start, start - head <= 3, subject(head) { return true }
            index += 1
        }
        return false
    }

    /// Whether a verb of saying comes right before `start`, itself after a comma or a closing
    /// quotation mark: "“…,” said the forward" ("told" there has its listener after it).
    private func invertedSubject(at start: Int, in document: TextDocument) -> Bool {
        let tokens = document.tokens
        guard start >= 2, tokens[start - 1].pos == .verb, Self.sayingVerbs.contains(tokens[start - 1].key) else { return false }
        return tokens[start - 2].flags.contains(.closingQuote) || tokens[start - 2].kind == .punctuation
    }

    /// Where the description headed by the noun at `head` starts: the "the" right before it or
    /// before up to three modifiers ("the Democratic presidential candidate"), in its sentence.
    private func definiteStart(of head: Int, in document: TextDocument) -> Int? {
        let sentence = document.tokens[head].sentence
        var index = head - 1
        while index >= 0, head - index <= 4 {
            let token = document.tokens[index]
            guard token.sentence == sentence, token.kind == .word, !token.flags.contains(.possessive) else { return nil }
            if token.key == Self.the { return index }
            // "the 31-year-old midfielder": an age before the occupation, whatever its tag.
            guard [.adj, .noun, .propn].contains(token.pos) || document.isAge(token) else { return nil }
            index -= 1
        }
        return nil
    }

    /// Whether the word at `index` ends its noun phrase: no noun or adjective follows it.
    private func endsPhrase(_ index: Int, in document: TextDocument) -> Bool {
        guard index + 1 < document.tokens.count else { return true }
        let next = document.tokens[index + 1]
        return next.sentence != document.tokens[index].sentence || ![.noun, .propn, .adj].contains(next.pos)
    }

    private static let and = WordList.key("and")
    private static let ranks = WordList(["captain", "capt", "skipper", "sir", "dame", "lord", "lady", "dr", "professor", "prof"])
    private static let femaleNouns = WordList(["actress", "businesswoman"])
    private static let maleNouns = WordList(["businessman"])

    /// Whether the word names a person by age, sex, family or station rather than occupation
    /// ("the pensioner", "the woman", "the mother-of-two"), and the gender it says (`unknown`
    /// for "the teenager"); nil for any other word. Words for a part someone plays in the story
    /// ("the victim", "the suspect", "the driver") are left out: they are often someone else.
    private static func anyone(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> EntityClusterer.Gender? {
        guard token.kind == .word else { return nil }
        var key = token.key
        // "mother-of-two", which taggers may read as a number.
        if let hyphen = token.range.firstIndex(where: { bytes[$0] == UInt8(ascii: "-") }), hyphen + 4 < token.range.upperBound,
            bytes[hyphen + 1] == UInt8(ascii: "o"), bytes[hyphen + 2] == UInt8(ascii: "f"), bytes[hyphen + 3] == UInt8(ascii: "-")
        {
            key = WordList.key(bytes, token.range.lowerBound..<hyphen)
        } else if token.pos != .noun && token.pos != .adj {
            // "The academic noted", its head word often tagged an adjective.
            return nil
        }
        if maleWords.contains(key) { return .male }
        if femaleWords.contains(key) { return .female }
        return anyoneWords.contains(key) ? .unknown : nil
    }
    private static let phraseRelations: Set<DependencyRelation> = [.amod, .compound, .appos, .flat, .nummod]
    private static let relativePronouns = WordList(["who", "whom", "whose", "that", "which"])
    private static let maleWords = WordList([
        "man", "boy", "father", "dad", "grandfather", "husband", "son", "brother", "widower", "schoolboy", "gentleman",
    ])
    private static let femaleWords = WordList([
        "woman", "girl", "mother", "mum", "mom", "grandmother", "wife", "daughter", "sister", "widow", "schoolgirl",
    ])
    private static let anyoneWords = WordList([
        "teenager", "teen", "youngster", "pensioner", "retiree", "grandparent", "parent", "academic", "official",
        "principal", "headteacher",
    ])

    private func resolveOrganisations(_ clusters: inout [EntityClusterer.Cluster], in document: TextDocument) {
        // The organisations whose name ends in each head word, or opens with it before "of"
        // ("Bank of Velmont" is a bank as much as "Harlow Bank").
        var byHead: [UInt64: [Int]] = [:]
        // The organisations the article itself calls so: "Harwick Financial Group, the mid-sized
        // British lender, said" is "the lender" and "the bank" ahead of a rival whose name ends in
        // "Bank", if named at least as often.
        var described: [UInt64: [Int]] = [:]
        // Name mentions, and the descriptions resolved on the way (`isName` false).
        var named: [(token: Int, cluster: Int, subject: SubjectRank, isName: Bool)] = []
        document.normalized.withUnsafeBufferPointer { bytes in
            for (index, cluster) in clusters.enumerated() where cluster.type == .organization {
                let name = cluster.canonical.tokens
                let of = name.dropFirst().first { document.tokens[$0].key == Self.of }
                let key = document.tokens[(of ?? name.upperBound) - 1].key
                if byHead[key]?.last != index { byHead[key, default: []].append(index) }
                for mention in cluster.mentions where mention.kind == .name {
                    named.append((mention.tokens.lowerBound, index, subjectRank(mention.tokens, document), true))
                    if let noun = describingNoun(of: mention.tokens, document), described[noun]?.last != index {
                        described[noun, default: []].append(index)
                    }
                }
            }
            guard !named.isEmpty else { return }
            named.sort { $0.token < $1.token }
            var added: [(Int, EntityMention)] = []
            var latest = -1
            // Name mentions of each cluster so far: "the company" is the organisation the story is
            // about more often than the one named last ("… bought parts from Bolt Ltd. The company
            // will report", of the firm the article follows).
            var namedSoFar = [Int](repeating: 0, count: clusters.count)
            // How often each was named in the writer's words: of two named as often, "the league"
            // is not the one only a quotation named.
            var namedInProse = [Int](repeating: 0, count: clusters.count)
            let the = Self.the
            for index in 1..<max(1, document.tokens.count) {
                while latest + 1 < named.count && named[latest + 1].token < index {
                    latest += 1
                    guard named[latest].isName else { continue }
                    namedSoFar[named[latest].cluster] += 1
                    if !document.tokens[named[latest].token].flags.contains(.quoted) { namedInProse[named[latest].cluster] += 1 }
                }
                let token = document.tokens[index]
                // "a department spokesperson", "a company official": the one spoken for is the
                // organisation "the department" would be.
                let speaksFor =
                    index + 1 < document.tokens.count && Self.spokesNouns.contains(document.tokens[index + 1].key)
                    && Self.indefiniteArticles.contains(document.tokens[index - 1].key)
                guard token.kind == .word, !token.flags.contains(.capitalized), token.sentence >= 0,
                    document.tokens[index - 1].key == the || speaksFor
                else { continue }
                let key = token.key
                var owner: Int?
                var end = index + 1
                let isBodyWord = EntityLexicon.organizationWords.contains(key) || Self.agencyHeads.contains(key)
                // Only one named before: "the court" ten paragraphs ahead of the Supreme Court's
                // first mention is another court. Of two banks, as of any two businesses, the
                // recent one named most (below).
                if let (cluster, last) = namedByLastWords(from: index, byHead, clusters, namedSoFar, namedInProse, document) {
                    owner = cluster
                    end = last + 1
                } else if isBodyWord, let heads = byHead[key], heads.count == 1, namedSoFar[heads[0]] > 0 {
                    owner = heads[0]
                } else if isBodyWord, let heads = byHead[key],
                    let most = heads.filter({ namedSoFar[$0] > 0 }).max(by: {
                        (namedSoFar[$0], namedInProse[$0]) < (namedSoFar[$1], namedInProse[$1])
                    })
                {
                    // Of two banks named so, the one named most: "the bank" is never a consultancy
                    // named since ("the Bank of Veradia … Harnholm Bank … an economist at Calder
                    // Ridge Analytics said … the bank").
                    owner = most
                } else if Self.genericOrganisationNouns.contains(key) || Self.newspaperNouns.contains(key), latest >= 0 {
                    // Of the organisations named in the last three sentences, the one named most
                    // (a paper is the last one named, if that is a paper).
                    // "the company" is no court or council, whichever was named last.
                    // "the agency" is a body whose name says it is one (an administration, an
                    // office) or an acronym ("FBI"), not the company or the senate named last.
                    func fitsNoun(_ cluster: Int) -> Bool {
                        // The name's head word: before its "of" ("Department of Health") or last.
                        let name = clusters[cluster].canonical.tokens
                        let of = name.dropFirst().first { document.tokens[$0].key == Self.of }
                        let last = document.tokens[(of ?? name.upperBound) - 1]
                        if Self.agencyNouns.contains(key) {
                            return Self.agencyHeads.contains(last.key)
                                || clusters[cluster].canonical.tokens.count == 1 && last.flags.contains(.allCaps)
                        }
                        // "the club's name" is no supporters' trust's nor league's.
                        guard Self.businessNouns.contains(key) || key == Self.club else { return true }
                        // "the airline", "the bank" is no analyst's firm quoted in between ("said
                        // Ingrid Saetre, an analyst at Holmvik Securities").
                        if Self.tradeNouns.contains(key), Self.adviserHeads.contains(last.key) { return false }
                        // Nor is it an agency ("the Federal Safety Administration", "the Transport Board").
                        return !Self.publicBodyHeads.contains(last.key) && !Self.memberBodyHeads.contains(last.key)
                            && !Self.agencyHeads.contains(last.key)
                    }
                    var recent = fitsNoun(named[latest].cluster) ? named[latest] : nil
                    var candidate = Self.newspaperNouns.contains(key) ? -1 : latest - 1
                    while candidate >= 0, latest - candidate <= 32,
                        token.sentence - document.tokens[named[candidate].token].sentence <= 2
                    {
                        let cluster = named[candidate].cluster
                        // Of two named as often, the one that was a clause's subject: "The Red Cross
                        // opened a shelter at Dunmore School, the organisation said" is the Red Cross's;
                        // and the one that acted over the one that told of it: "Harlow Motors recalled
                        // 3,000 cars, Reuters reported. The company said …" is Harlow Motors'.
                        if fitsNoun(cluster),
                            recent.map({
                                namedSoFar[cluster] > namedSoFar[$0.cluster]
                                    || namedSoFar[cluster] == namedSoFar[$0.cluster] && named[candidate].subject > $0.subject
                                        && document.tokens[named[candidate].token].sentence == document.tokens[$0.token].sentence
                            }) ?? true
                        {
                            recent = named[candidate]
                        }
                        candidate -= 1
                    }
                    // "Brightmoor, which …, said it would invest. The firm's managing partner said …":
                    // a description opening its sentence goes on with the organisation that was the
                    // last sentence's subject, if it fits, however often another was named.
                    if document.tokens[index - 1].flags.contains(.sentenceInitial), token.sentence > 0 {
                        var candidate = latest
                        var opening: (token: Int, cluster: Int, subject: SubjectRank, isName: Bool)? = nil
                        while candidate >= 0, document.tokens[named[candidate].token].sentence >= token.sentence - 1 {
                            let entry = named[candidate]
                            if document.tokens[entry.token].sentence == token.sentence - 1, entry.subject != .none { opening = entry }
                            candidate -= 1
                        }
                        if let opening, fitsNoun(opening.cluster) { recent = opening }
                    }
                    // The description heads its phrase: "the daily air-quality monitor" is no paper.
                    let next = index + 1 < document.tokens.count ? document.tokens[index + 1] : nil
                    let heads =
                        speaksFor
                        || next.map { $0.sentence != token.sentence || ![.noun, .propn, .adj].contains($0.pos) } ?? true
                    if let recent {
                        let distance = token.sentence - document.tokens[recent.token].sentence
                        let fits = !Self.newspaperNouns.contains(key) || isNewspaper(clusters[recent.cluster], document)
                        if distance >= 0 && distance <= 2 && fits && heads { owner = recent.cluster }
                    }
                    // With no business named in the last sentences, "the company", "the airline" is
                    // the one the story is about: named three times or more, more than any other.
                    // (Not a body the article has called "the council" or "the union", nor a name
                    // written before such a word, "Ravensmoor council".)
                    func isBody(_ token: Int) -> Bool {
                        token < document.tokens.count
                            && (Self.publicBodyHeads.contains(document.tokens[token].key)
                                || Self.memberBodyHeads.contains(document.tokens[token].key))
                    }
                    func isBusiness(_ cluster: Int) -> Bool {
                        fitsNoun(cluster) && !added.contains { $0.0 == cluster && isBody($0.1.tokens.upperBound - 1) }
                            && !clusters[cluster].mentions.contains { $0.kind == .name && isBody($0.tokens.upperBound) }
                    }
                    if owner == nil, heads, Self.businessNouns.contains(key), let story = storyBusiness(namedSoFar, isBusiness) {
                        owner = story
                    }
                }
                // What the article itself called an organisation ("the charity Breathe Easy … the
                // charity said") is that organisation, for any noun of an organisation's kind.
                let callers =
                    isBodyWord || Self.genericOrganisationNouns.contains(key) || Self.kindNouns.contains(key)
                    ? Self.sameKind(key).flatMap { described[$0] ?? [] }.filter { namedSoFar[$0] > 0 } : []
                if let caller = callers.max(by: { namedSoFar[$0] < namedSoFar[$1] }), caller != owner,
                    namedSoFar[caller] >= owner.map({ namedSoFar[$0] }) ?? 0
                {
                    owner = caller
                    end = index + 1
                }
                guard let owner else { continue }
                // ("a department" is not how the article names it: the noun alone is the mention.)
                let first = speaksFor ? index : index - 1
                let range = Int(document.tokens[first].start)..<Int(document.tokens[end - 1].end)
                added.append((owner, EntityMention(range: range, tokens: first..<end, type: .organization, kind: .nominal)))
                // What the article goes on calling "the lender" is recent too: "The lender will close
                // 42 branches. The company expects …" is the lender's, not a rival named before it.
                // (Recent, not named: the counts of names decide between two banks.)
                if Self.genericOrganisationNouns.contains(key) {
                    named.insert((index, owner, subjectRank((index - 1)..<end, document), false), at: latest + 1)
                }
            }
            for (owner, mention) in added { clusters[owner].mentions.append(mention) }
        }
    }

    /// The organisation named most so far, three times or more and more often than any other,
    /// where it fits the description.
    private func storyBusiness(_ namedSoFar: [Int], _ fits: (Int) -> Bool) -> Int? {
        var best: Int?
        var runnerUp = 0
        for cluster in namedSoFar.indices where namedSoFar[cluster] > 0 {
            if let current = best, namedSoFar[cluster] <= namedSoFar[current] {
                runnerUp = max(runnerUp, namedSoFar[cluster])
                continue
            }
            if let current = best { runnerUp = max(runnerUp, namedSoFar[current]) }
            best = cluster
        }
        guard let best, namedSoFar[best] >= 3, namedSoFar[best] > runnerUp, fits(best) else { return nil }
        return best
    }

    /// "the weather service", "the supporters trust", "the mines inspectorate": two or three
    /// lower-case words after "the" that end one named organisation's name, word for word, are
    /// that organisation (of several so named, the one named most so far, then most outside
    /// quotation marks). The cluster and the description's last token.
    private func namedByLastWords(
        from first: Int, _ byHead: [UInt64: [Int]], _ clusters: [EntityClusterer.Cluster], _ namedSoFar: [Int],
        _ namedInProse: [Int], _ document: TextDocument
    ) -> (cluster: Int, last: Int)? {
        let tokens = document.tokens
        var last = first
        while last + 1 < tokens.count, last - first < 2, tokens[last + 1].sentence == tokens[first].sentence,
            tokens[last + 1].kind == .word, !tokens[last + 1].flags.contains(.capitalized),
            [.noun, .adj, .propn].contains(tokens[last + 1].pos)
        {
            last += 1
        }
        // The description ends at its head: "the weather service office" is an office.
        if last + 1 < tokens.count, tokens[last + 1].sentence == tokens[first].sentence, tokens[last + 1].pos == .noun {
            return nil
        }
        guard last > first, let heads = byHead[tokens[last].key] else { return nil }
        let count = last - first + 1
        let matching = heads.filter { cluster in
            let name = clusters[cluster].canonical.tokens
            guard namedSoFar[cluster] > 0, name.count > count else { return false }
            return (0..<count).allSatisfy { tokens[name.upperBound - count + $0].key == tokens[first + $0].key }
        }
        return matching.max { (namedSoFar[$0], namedInProse[$0]) < (namedSoFar[$1], namedInProse[$1]) }.map { ($0, last) }
    }

    /// The lower-case noun an organisation's name is given in apposition ("Harwick Financial
    /// Group, the mid-sized British lender focused on …"): the head of the phrase that an article
    /// opens after the name's comma (read from the words, which the parse often joins otherwise);
    /// or the noun right before the name, in a phrase an article or a possessor opens ("the
    /// charity Breathe Easy", "Velmont's financial watchdog FinAuth").
    private func describingNoun(of name: Range<Int>, _ document: TextDocument) -> UInt64? {
        let tokens = document.tokens
        if let noun = nounBefore(name, document) { return noun }
        let article = name.upperBound + 1
        guard article + 1 < tokens.count, tokens[name.upperBound].kind == .punctuation,
            document.normalized[Int(tokens[name.upperBound].start)] == UInt8(ascii: ","),
            Self.articles.contains(tokens[article].key), tokens[article].sentence == tokens[name.lowerBound].sentence
        else { return nil }
        var head: Int?
        var index = article + 1
        while index < tokens.count, index - article <= 5, tokens[index].kind == .word,
            [.adj, .noun, .propn, .num].contains(tokens[index].pos)
        {
            if tokens[index].pos == .noun { head = index }
            index += 1
        }
        guard let head, head == index - 1, !tokens[head].flags.contains(.capitalized), !tokens[head].flags.contains(.possessive),
            index >= tokens.count || !tokens[index].flags.contains(.possessive)
        else { return nil }
        return tokens[head].key
    }

    /// "the charity Breathe Easy": a lower-case noun for a kind of organisation right before the
    /// name, after an article or a possessor and at most three describing words ("the state
    /// Department of Education" is not "the state"; "the campaign group Clean Rivers" is not
    /// every later "the group").
    private func nounBefore(_ name: Range<Int>, _ document: TextDocument) -> UInt64? {
        let tokens = document.tokens
        let noun = name.lowerBound - 1
        guard noun > 0, tokens[noun].kind == .word, Self.kindNouns.contains(tokens[noun].key),
            !tokens[noun].flags.contains(.capitalized), tokens[noun].sentence == tokens[name.lowerBound].sentence
        else { return nil }
        var index = noun - 1
        while index >= 0, noun - index <= 4, tokens[index].sentence == tokens[noun].sentence {
            let token = tokens[index]
            if token.kind == .word && Self.articles.contains(token.key) || token.flags.contains(.possessive) {
                return tokens[noun].key
            }
            guard token.kind == .word, [.adj, .noun, .propn, .num].contains(token.pos) else { return nil }
            index -= 1
        }
        return nil
    }

    private static let spokesNouns = WordList(["spokesman", "spokeswoman", "spokesperson", "official", "officials"])
    private static let kindNouns = WordList([
        "company", "firm", "charity", "watchdog", "regulator", "lender", "bank", "carmaker", "automaker", "retailer",
        "airline", "carrier", "insurer", "broadcaster", "utility", "union", "agency", "body", "giant", "rival", "operator",
        "chain", "supermarket", "consultancy", "publisher", "newspaper", "paper", "tabloid", "startup", "manufacturer",
        "supplier", "club", "trust", "foundation", "network", "party", "developer",
    ])

    /// The nouns that name the same kind of organisation as `key` ("the bank", "the lender").
    private static func sameKind(_ key: UInt64) -> [UInt64] {
        for group in kinds where group.contains(key) { return group }
        return [key]
    }
    private static let kinds: [[UInt64]] = [
        ["bank", "lender"], ["company", "firm"], ["airline", "carrier"], ["automaker", "carmaker"],
    ].map { $0.map(WordList.key) }

    /// How a name stands in its clause, as the parse reads it: the subject of what happened, the
    /// subject of a verb telling of it (a news agency, a spokesman), or neither.
    enum SubjectRank: Int, Comparable {
        case none, teller, actor
        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    private func subjectRank(_ tokens: Range<Int>, _ document: TextDocument) -> SubjectRank {
        for index in tokens {
            let token = document.tokens[index]
            let head = Int(token.head)
            guard token.relation == .nsubj || token.relation == .nsubjPass, !tokens.contains(head) else { continue }
            guard head >= 0, head < document.tokens.count else { return .actor }
            let verb = document.tokens[head].key
            return Self.tellingVerbs.contains(verb) ? .teller : .actor
        }
        return .none
    }

    /// The verbs a source tells a story with (not "announced" or "recalled", which are also
    /// what a company does).
    /// The verbs of saying that come before their subject: "…,” said the forward".
    private static let sayingVerbs = WordList(["said", "says", "added", "adds", "wrote", "writes", "continued", "explained"])
    private static let tellingVerbs = WordList([
        "said", "says", "say", "told", "tells", "reported", "reports", "report", "wrote", "writes", "added", "adds",
    ])

    static let genericOrganisationNouns = WordList([
        "company", "firm", "alliance", "organisation", "organization", "group", "bloc", "agency", "corporation", "carrier", "airline",
        "bank", "retailer", "automaker", "insurer", "lender", "broadcaster", "club", "regulator", "utility",
    ])
    /// Nouns for a government body that runs something, and the words such bodies' names end in.
    static let agencyNouns = WordList(["agency", "regulator"])
    static let agencyHeads = WordList([
        "agency", "administration", "authority", "office", "service", "bureau", "commission", "department", "directorate",
        "inspectorate", "regulator", "board",
    ])
    /// Nouns for a business, which a public body named by its kind of body is not.
    static let businessNouns = WordList([
        "company", "firm", "corporation", "carrier", "airline", "bank", "retailer", "automaker", "insurer", "lender", "broadcaster",
        "utility",
    ])
    /// Nouns for a business by its trade, which an adviser's or broker's firm is not.
    static let tradeNouns = WordList([
        "carrier", "airline", "bank", "retailer", "automaker", "insurer", "lender", "broadcaster", "utility",
    ])
    /// The words the names of brokers', analysts' and advisers' firms end in.
    static let adviserHeads = WordList([
        "securities", "capital", "partners", "advisors", "advisers", "research", "analytics", "economics", "consulting",
        "associates", "markets", "investments",
    ])
    static let publicBodyHeads = WordList([
        "court", "council", "ministry", "department", "parliament", "congress", "senate", "government", "cabinet", "army",
        "navy", "police", "committee", "commission", "university", "college", "school", "hospital", "church", "party",
        "assembly", "office", "bureau", "authority", "agency", "regulator", "inspectorate", "service",
    ])

    /// Bodies of members or of a cause, which no company or club is named as.
    static let memberBodyHeads = WordList([
        "trust", "league", "association", "federation", "union", "society", "foundation", "institute", "alliance",
        "coalition", "campaign", "movement",
    ])
    private static let club = WordList.key("club")

    /// "the paper" is the last-named organisation only if it is a paper: its name says so ("…
    /// Times") or the article called it one ("the Spanish daily Marcador").
    static let newspaperNouns = WordList(["newspaper", "paper", "daily", "tabloid"])
    static let newspaperNames = WordList([
        "times", "post", "news", "herald", "journal", "telegraph", "guardian", "mail", "express", "gazette", "tribune",
        "standard", "mirror", "chronicle", "observer", "independent", "globe", "daily", "sun", "star",
    ])

    private func isNewspaper(_ cluster: EntityClusterer.Cluster, _ document: TextDocument) -> Bool {
        if Self.newspaperNames.contains(document.tokens[cluster.canonical.tokens.upperBound - 1].key) { return true }
        return cluster.mentions.contains { mention in
            mention.kind == .name && mention.tokens.lowerBound > 0
                && Self.newspaperNouns.contains(document.tokens[mention.tokens.lowerBound - 1].key)
        }
    }

    /// "the chancellor", and "the Green Party spokeswoman" of "Green Party spokeswoman Jane Roe": the role
    /// word of one person's title, after "the" and at most three more words of that title or an
    /// age ("the 67-year-old president").
    /// Run before the pronouns, which it needs no help from, so that "The judge rejected that
    /// account. She said …" weighs the judge as the last subject.
    func resolveTitledRoles(_ clusters: inout [EntityClusterer.Cluster], in document: TextDocument) {
        var roleOwners = KeyMap<[Int]>()
        var titleWords = KeyMap<Int>()
        // "Vice President Joe Roe", "former President Ann Lee": the role is someone else's unless
        // the description says "vice" or "former" too.
        var lowerRanks: [Int: [UInt64]] = [:]
        // A title that is the role word alone ("Mayor Denise Okafor"): the article's one mayor,
        // whom "the mayor" in the lead names before the name comes.
        var bareRoles = KeyMap<Int>()
        document.normalized.withUnsafeBufferPointer { bytes in
            for (index, cluster) in clusters.enumerated() where cluster.type == .person {
                for title in cluster.titles {
                    // "Lt. Ann Lee": the lieutenant.
                    let written = Self.words(bytes, title)
                    let words = written + written.compactMap(TitleExtractor.fullRole)
                    lowerRanks[index, default: []] += words.filter { Self.lowerRanks.contains($0) }
                    if Set(written).count == 1, TitleExtractor.isRole(written[0]) {
                        for role in Set(words) { bareRoles[role] = bareRoles[role] == nil || bareRoles[role] == index ? index : -1 }
                    }
                    for word in words {
                        titleWords[word] = titleWords[word] == nil || titleWords[word] == index ? index : -1
                        guard TitleExtractor.isRole(word) else { continue }
                        let owners = roleOwners[word] ?? []
                        if !owners.contains(index) { roleOwners[word] = owners + [index] }
                    }
                }
            }
            guard !roleOwners.isEmpty else { return }
            // A description refers back, or to a name in its own sentence ("The mayor, Ann Lee, …"):
            // "The director" three paragraphs before the article names its executive director is
            // someone else. Only a bare title may be named later. Of two people with the role,
            // the one named by then ("Councillor Jim Roe … The councillor said … Councillor Ann
            // Lee disagreed").
            let tokens = document.tokens
            let firstNamed = clusters.map { cluster in
                cluster.mentions.lazy.filter { $0.kind == .name }.map { tokens[$0.tokens.lowerBound].sentence }.min() ?? Int32.max
            }
            var added: [(Int, EntityMention)] = []
            let the = Self.the
            for index in 1..<max(1, tokens.count) {
                let token = tokens[index]
                guard token.kind == .word, !token.flags.contains(.capitalized), token.sentence >= 0,
                    let owners = roleOwners[token.key]?.filter({ firstNamed[$0] <= token.sentence || bareRoles[token.key] == $0 }),
                    let owner = owners.count == 1 ? owners[0] : Self.onlyRecent(owners, before: index, clusters, document)
                else { continue }
                // "the outgoing premier": any word of that title, an age, or a word that does not make
                // the role another's ("the new premier", "the former premier" are someone else).
                var start = index - 1
                while start > 0, index - start <= 3, tokens[start].key != the, tokens[start].sentence == token.sentence,
                    tokens[start].kind == .word,
                    titleWords[tokens[start].key] == owner || document.isAge(tokens[start])
                        || tokens[start].pos == .adj && !tokens[start].flags.contains(.capitalized)
                            && !Self.lowerRanks.contains(tokens[start].key) && !Self.otherHolders.contains(tokens[start].key)
                {
                    start -= 1
                }
                guard tokens[start].key == the, tokens[start].sentence == token.sentence else { continue }
                if let ranks = lowerRanks[owner], !ranks.isEmpty, !(start..<index).contains(where: { ranks.contains(tokens[$0].key) }) {
                    continue
                }
                // "the foreign minister": the phrase ends at its last title word, not at "foreign".
                if index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].sentence == token.sentence,
                    !tokens[index + 1].flags.contains(.capitalized),
                    titleWords[tokens[index + 1].key] != nil || TitleExtractor.isRole(tokens[index + 1].key)
                {
                    continue
                }
                let range = Int(tokens[start].start)..<Int(token.end)
                added.append((owner, EntityMention(range: range, tokens: start..<(index + 1), type: .person, kind: .nominal)))
            }
            for (owner, mention) in added { clusters[owner].mentions.append(mention) }
        }
    }

    /// Of several people with a role, the one mentioned in the description's sentence or the two
    /// before, if no other was ("Sen. Jim Roe … Sen. Ann Lee …. Roe attacked … the senator" in a
    /// story about Roe).
    private static func onlyRecent(
        _ owners: [Int], before index: Int, _ clusters: [EntityClusterer.Cluster], _ document: TextDocument
    ) -> Int? {
        let sentence = document.tokens[index].sentence
        let recent = owners.filter { owner in
            // (At most a few hundred mentions each, so a crafted article stays linear.)
            clusters[owner].mentions.prefix(256).contains { mention in
                let start = mention.tokens.lowerBound
                return start < index && sentence - document.tokens[start].sentence <= 2
            }
        }
        return recent.count == 1 ? recent[0] : nil
    }

    private static let the = WordList.key("the")
    private static let articles = WordList(["the", "a", "an"])
    private static let lowerRanks = WordList(["vice", "deputy", "assistant", "associate", "under", "former", "ex"])
    private static let otherHolders = WordList(["other", "new", "next", "incoming", "previous", "future", "last", "first"])
    private static let of = WordList.key("of")

    /// Word keys of a title phrase, hyphenated parts included ("Secretary-General" → secretary, general, secretary-general),
    /// an abbreviation's period left out ("Lt." → lt).
    private static func words(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt64] {
        var keys: [UInt64] = []
        var start = range.lowerBound
        var wordStart = range.lowerBound
        for index in range.lowerBound...range.upperBound {
            let end = index == range.upperBound || bytes[index] == 0x20
            let hyphen = !end && bytes[index] == UInt8(ascii: "-")
            let last = end && index > wordStart && bytes[index - 1] == UInt8(ascii: ".") ? index - 1 : index
            if end || hyphen {
                if last > start { keys.append(WordList.key(bytes, start..<last)) }
                start = index + 1
            }
            if end {
                if last > wordStart { keys.append(WordList.key(bytes, wordStart..<last)) }
                wordStart = index + 1
            }
        }
        return keys
    }
}
