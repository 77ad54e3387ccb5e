/// What every quote sieve reads about the document, computed once: a word hash per token, the
/// mention (and its cluster) covering each token, and each token's paragraph and sentence.
///
/// Arrays indexed by token keep the sieves to integer lookups, so the stage stays linear.
struct QuoteContext {
    let document: TextDocument
    let mentions: [EntityMention]
    let clusters: [EntityClusterer.Cluster]
    /// Lower-cased word hash per token (see `QuoteLexicon.hash`); 0 for non-words.
    let words: [UInt64]
    /// Index into `mentions` of the mention covering each token, or -1.
    let mentionAt: [Int32]
    /// Index into `clusters` for each mention, or -1.
    let clusterOfMention: [Int]
    /// The cluster of any mention covering each token (names, and also the descriptions and
    /// pronouns coreference added, which `mentions` lacks), or -1.
    let clusterAtToken: [Int32]

    init(document: TextDocument, mentions: [EntityMention], clusters: [EntityClusterer.Cluster]) {
        self.document = document
        self.mentions = mentions
        self.clusters = clusters
        let tokens = document.tokens
        self.words = document.normalized.withUnsafeBufferPointer { bytes in
            tokens.map { token in
                token.kind == .word || token.kind == .number ? token.foldedKey : 0
            }
        }
        var mentionAt = [Int32](repeating: -1, count: tokens.count)
        for (index, mention) in mentions.enumerated() {
            for token in mention.tokens where token >= 0 && token < tokens.count {
                mentionAt[token] = Int32(index)
            }
        }
        self.mentionAt = mentionAt
        // Coreference may trim a mention ("Mr Brown" clusters as "Brown", its title set apart; "Ann
        // Lee KC" as "Ann Lee"), so a mention's cluster is the one covering its last token that
        // one covers, not one that starts where it does.
        let clusterAtToken = EntityClusterer.Cluster.tokenMap(clusters, count: tokens.count)
        self.clusterOfMention = mentions.map { mention in
            guard mention.tokens.lowerBound >= 0, mention.tokens.upperBound <= tokens.count else { return -1 }
            let last = mention.tokens.last { clusterAtToken[$0] >= 0 } ?? mention.tokens.upperBound - 1
            return last >= 0 ? Int(clusterAtToken[last]) : -1
        }
        self.clusterAtToken = clusterAtToken
    }

    var tokenCount: Int { document.tokens.count }

    func token(_ index: Int) -> Token { document.tokens[index] }

    /// Whether a token sits inside quotation marks (`QuotationMarker`).
    func isQuoted(_ index: Int) -> Bool { document.tokens[index].flags.contains(.quoted) }

    /// "… features a New York Times report", "an FBI review": a cue in its plain form after an
    /// indefinite article and a name is a noun the name modifies, whatever its tag ("a Republican
    /// challenging him" is a participle).
    func isNounAfterIndefiniteName(_ cue: Int) -> Bool {
        let bytes = document.normalized
        let end = Int(document.tokens[cue].end)
        guard end - Int(document.tokens[cue].start) > 3,
            bytes[end - 1] != UInt8(ascii: "s"), bytes[end - 1] != UInt8(ascii: "g"), bytes[end - 1] != UInt8(ascii: "d")
        else { return false }
        var cursor = cue - 1
        while cursor >= 0, cue - cursor <= 6, isWord(cursor), document.tokens[cursor].flags.contains(.capitalized),
            !document.tokens[cursor].flags.contains(.sentenceInitial)
        {
            cursor -= 1
        }
        guard cursor < cue - 1, cursor >= 0, isWord(cursor) else { return false }
        return words[cursor] == QuoteLexicon.a || words[cursor] == QuoteLexicon.an
    }

    func isWord(_ index: Int) -> Bool {
        let kind = document.tokens[index].kind
        return kind == .word || kind == .number
    }

    func byte(_ index: Int) -> UInt8 { document.normalized[Int(document.tokens[index].start)] }

    func isComma(_ index: Int) -> Bool { document.tokens[index].kind == .punctuation && byte(index) == UInt8(ascii: ",") }

    /// Whether the word at `index` is joined by a hyphen to the word after it ("Oslo-listed",
    /// "Rotterdam-based"): a modifier of what follows, never the head of a phrase nor who speaks.
    func joinsByHyphen(_ index: Int) -> Bool {
        guard index >= 0, index + 2 < tokenCount, document.tokens[index].kind == .word, document.tokens[index + 2].kind == .word
        else { return false }
        let hyphen = document.tokens[index + 1]
        return hyphen.kind == .punctuation && hyphen.range.count == 1 && byte(index + 1) == UInt8(ascii: "-")
            && hyphen.range.lowerBound == document.tokens[index].range.upperBound
            && document.tokens[index + 2].range.lowerBound == hyphen.range.upperBound
    }
    /// A colon that introduces what follows; not one inside a time or a score ("8:30", "3:1").
    func isColon(_ index: Int) -> Bool {
        guard document.tokens[index].kind == .punctuation, byte(index) == UInt8(ascii: ":") else { return false }
        let tokens = document.tokens
        let inNumber =
            index > 0 && index + 1 < tokens.count && tokens[index - 1].kind == .number && tokens[index + 1].kind == .number
            && tokens[index - 1].end == tokens[index].start && tokens[index].end == tokens[index + 1].start
        return !inNumber
    }
    func isSemicolon(_ index: Int) -> Bool { document.tokens[index].kind == .punctuation && byte(index) == UInt8(ascii: ";") }
    func isTerminator(_ index: Int) -> Bool { document.tokens[index].flags.contains(.terminator) }
    /// A terminator that really ends a clause: not the period of "R-Ky.," or "(D-Md.)", which
    /// the tokenizer leaves separate because the abbreviation is not in its list.
    func isClauseEnd(_ index: Int) -> Bool {
        guard isTerminator(index) else { return false }
        guard index + 1 < tokenCount else { return true }
        let next = document.tokens[index + 1]
        if next.flags.contains(.closingBracket) { return false }
        return !(next.kind == .punctuation && document.normalized[Int(next.start)] == UInt8(ascii: ","))
    }

    func isDash(_ index: Int) -> Bool { document.tokens[index].flags.contains(.dash) }

    /// Whether one of two tokens sits inside a dash-delimited aside the other is outside of (an odd
    /// number of dashes between them): "… - where the Reds played the Blues - while chanting":
    /// the Blues are no subject of the chanting.
    func isAcrossAside(_ first: Int, _ second: Int) -> Bool {
        var dashes = 0
        for index in min(first, second)..<max(first, second) where isDash(index) { dashes += 1 }
        return dashes % 2 == 1
    }

    func isQuote(_ index: Int) -> Bool { document.tokens[index].kind == .quote }

    /// A lower-case word ending in "ly" ("repeatedly", "publicly"): an adverb that can sit between
    /// a subject and its verb.
    func isLyAdverb(_ index: Int) -> Bool {
        let token = document.tokens[index]
        guard token.kind == .word, !token.flags.contains(.capitalized), token.end - token.start > 3 else { return false }
        let end = Int(token.end)
        return document.normalized[end - 2] == UInt8(ascii: "l") && document.normalized[end - 1] == UInt8(ascii: "y")
    }

    func sentence(of index: Int) -> Sentence? {
        let value = Int(document.tokens[index].sentence)
        return value >= 0 && value < document.sentences.count ? document.sentences[value] : nil
    }

    func paragraph(of index: Int) -> Int { sentence(of: index)?.paragraph ?? -1 }

    /// The mention covering the token at `index`; nil past either end of the document.
    func mention(at index: Int) -> EntityMention? {
        guard mentionAt.indices.contains(index) else { return nil }
        let value = Int(mentionAt[index])
        return value >= 0 ? mentions[value] : nil
    }

    func cluster(ofMentionAt index: Int) -> Int? {
        let value = Int(mentionAt[index])
        guard value >= 0 else { return nil }
        let cluster = clusterOfMention[value]
        return cluster >= 0 ? cluster : nil
    }

    /// The verb's subject in the parse, as the unbroken run of words that hang from it: nil
    /// without a parse, or when the verb has no subject between `floor` and itself.
    /// Whether the phrase `noun` heads (its words right before it that hang from it) comes right
    /// after a preposition that takes no clause ("after Trump questioned …" is a clause's subject).
    /// A person's role or an organisation's part ("executive", "spokesman", "board").
    func isRoleWord(_ index: Int) -> Bool {
        let key = document.tokens[index].key
        return EntityLexicon.personTitles.contains(key) || DescriptionRule.organizationParts.contains(key)
    }

    /// The noun a prepositional phrase ending at `noun` modifies ("mother" of "mother of three"),
    /// when `noun` follows a preposition.
    private func nounBeforePreposition(_ noun: Int) -> Int? {
        guard followsPreposition(noun) else { return nil }
        var start = noun
        while start - 1 >= 0, noun - start < 6, Int(document.tokens[start - 1].head) == noun,
            [.amod, .compound, .det, .flat].contains(document.tokens[start - 1].relation)
        {
            start -= 1
        }
        let before = start - 2
        guard before >= 0, isWord(before), [.noun, .propn].contains(document.tokens[before].pos) else { return nil }
        return before
    }

    private func followsPreposition(_ noun: Int) -> Bool {
        var start = noun
        while start - 1 >= 0, noun - start < 6, Int(document.tokens[start - 1].head) == noun,
            [.amod, .compound, .det, .flat].contains(document.tokens[start - 1].relation)
        {
            start -= 1
        }
        guard start - 1 >= 0, document.tokens[start - 1].pos == .adp, document.tokens[start - 1].sentence == document.tokens[noun].sentence
        else { return false }
        return !isWord(start - 1) || !QuoteLexicon.clausePrepositions.contains(words[start - 1])
    }

    func parsedSubject(of verb: Int, floor: Int, orPredicate: Bool = false) -> Range<Int>? {
        guard verb > floor, verb < tokenCount, document.tokens[verb].pos == .verb || orPredicate && isPredicate(verb) else { return nil }
        var subject = -1
        var index = verb - 1
        // Further back only a noun whose own phrase, a relative clause in it, fills the gap ("A
        // woman who said she was sitting in a parked car across the street at the time told …").
        while index >= floor, verb - index <= 40 {
            let token = document.tokens[index]
            // "Tom Hale, who was himself booked, said": a reflexive only stresses the subject; "said
            // on the Velmont Sport highlights show that": a noun with its preposition is none.
            // "Jane Roe, 29, whose son was born there in May, said": a noun after "whose" is the
            // relative clause's, however the parse hung it.
            if Int(token.head) == verb, token.relation == .nsubj || token.relation == .nsubjPass, !isAcrossAside(index, verb),
                !QuoteLexicon.reflexivePronouns.contains(words[index]), !hasPreposition(index),
                !(index > floor && words[index - 1] == QuoteLexicon.whose),
                verb - index <= 16 || isSubjectWithRelativeClause(index, before: verb)
            {
                subject = index
                // "X's complaint to the Board on Professional Responsibility says": a noun after a
                // preposition is its object, whatever the parse made of it; another subject of the
                // verb further back is the one.
                if !followsPreposition(index) { break }
            }
            index -= 1
        }
        // A relative "who" stands for the name before it, which the word-sequence finder reaches.
        // "…, its largest ever, and said": a possessive is no subject; the parse took an aside for one.
        guard subject >= 0, words[subject] != QuoteLexicon.relativeWho, !QuoteLexicon.possessiveDeterminers.contains(words[subject])
        else { return nil }
        if let named = namedSubject(before: subject, of: verb, floor: floor) { subject = named }
        // "the 34-year-old mother of three replied": with no other subject, a noun after a
        // preposition is the object of the noun before it, which is the subject's head.
        // The phrase then runs through the object ("A spokeswoman for Jane Roe").
        var object = -1
        if let noun = nounBeforePreposition(subject), noun >= floor { (object, subject) = (subject, noun) }
        // A verb outside quotation marks has no subject inside them: that is someone quoted.
        if isQuoted(subject), !isQuoted(verb) { return nil }
        // "Volkswagen, meanwhile, says": a lone lower-case word set off by commas is an aside the
        // parse misread, not who speaks.
        if subject - 1 >= floor, isComma(subject - 1), subject + 1 < verb, isComma(subject + 1),
            !token(subject).flags.contains(.capitalized), !isPronoun(subject)
        {
            return nil
        }
        var start = subject
        var title = -1
        while start - 1 >= floor {
            // "… under pressure after official figures showed": a preposition or subordinator
            // before the phrase opens the clause, and is no part of who speaks.
            if [.adp, .sconj].contains(token(start - 1).pos) { break }
            if isWord(start - 1) || token(start - 1).flags.contains(.possessive) {
                // "retail minister Tom Reed says": a title the parse hung from the verb
                // (a second subject, an oblique) is part of the name's phrase; a time word is not,
                // nor a noun before a pronoun ("a standard she said other cities had adopted").
                if title < 0, !isPronoun(subject), Int(token(start - 1).head) == verb,
                    token(start - 1).relation == .nsubj
                        || start == subject && token(start - 1).pos == .noun && !QuoteLexicon.timeWords.contains(words[start - 1])
                {
                    title = start - 1
                }
                // "But the 51-year-old added": an article opens the phrase after it, wherever the
                // parse hung it.
                let article = start == subject && QuoteLexicon.articles.contains(words[start - 1])
                guard article || hangs((start - 1)..<start, from: subject) || title >= 0 && hangs((start - 1)..<start, from: title)
                else { break }
                start -= 1
            } else if joinsByHyphen(start - 2), start - 2 >= floor, hangs((start - 2)..<start, from: subject) {
                // "The Oslo-listed firm": the hyphen's compound modifies the subject.
                start -= 2
            } else if isComma(start - 1), start - 2 >= floor, isWord(start - 2), hangs((start - 2)..<(start - 1), from: subject),
                mention(at: start - 2)?.type == .person
            {
                // "Emma Pike, director general of X, said" parsed with the title as the head: the
                // person named before the comma is still the phrase's, and the speaker resolver
                // reads it first.
                start -= 2
            } else {
                break
            }
        }
        // Words after it that still hang from it: the rest of a name, or a name after a title
        // the parse took as the head ("World Bank president James Wolfensohn").
        var end = max(subject, object) + 1
        func belongs(_ range: Range<Int>) -> Bool { hangs(range, from: subject) || object >= 0 && hangs(range, from: object) }
        while end < verb {
            if isWord(end), belongs(end..<(end + 1)) {
                end += 1
            } else if end + 1 < verb, joinsByHyphen(end - 1), belongs(end..<(end + 2)) {
                // "a spokesperson for the Rotterdam-based group".
                end += 2
            } else {
                break
            }
        }
        // "the Arkwise executive admitted", the role word misread as the verb's modifier: the
        // role right before the verb ends the subject's phrase.
        if end + 1 == verb, isWord(end), !document.tokens[end].flags.contains(.capitalized), isRoleWord(end) {
            end += 1
        }
        // "with economists warning …": a preposition the subject hangs from is no part of who speaks.
        while start < subject, token(start).pos == .adp, isWord(start), QuoteLexicon.prepositions.contains(words[start]) {
            start += 1
        }
        // "A person close to the company said", the object parsed as a second subject: a phrase
        // that ends in its preposition runs on through the object to the verb.
        if end < verb, token(end - 1).pos == .adp, verb - end <= 6,
            (end..<verb).allSatisfy({ isWord($0) && token($0).pos != .verb && token($0).pos != .aux })
        {
            end = verb
        }
        return start..<end
    }

    /// Who a speaker phrase names once a time phrase is read out of it: no date or time speaks.
    /// One that dates a noun, directly or through a participle ("a report released last year
    /// found"), stands for that noun's phrase; one that dates the verb ("the court this month
    /// rejected", "Roe tried on Tuesday to") for the subject before it, found as any subject
    /// is (the parse often misreads "the poll released Friday shows", so this is also where such
    /// a phrase ends up); with none, for nobody.
    func speaker(outOf phrase: Range<Int>) -> Range<Int>? {
        // An adverb may lead the time phrase ("the bank just this month announced").
        var first = phrase.lowerBound
        while first + 1 < phrase.upperBound, document.tokens[first].pos == .adv { first += 1 }
        guard let time = mention(at: first), time.type == .date || time.type == .time,
            phrase.upperBound <= time.tokens.upperBound
        else { return phrase }
        let inside = time.tokens
        // The time phrase's own head: the word whose head lies outside it.
        guard let head = inside.first(where: { !inside.contains(Int(document.tokens[$0].head)) }) else { return nil }
        var up = Int(document.tokens[head].head)
        var steps = 0
        while up >= 0, steps < 3, document.tokens[up].pos == .verb, [.acl, .aclRelcl].contains(document.tokens[up].relation) {
            up = Int(document.tokens[up].head)
            steps += 1
        }
        guard up >= 0, up < inside.lowerBound, [.noun, .propn].contains(document.tokens[up].pos) else {
            let floor = sentence(of: inside.lowerBound)?.tokens.lowerBound ?? 0
            var end = phrase.lowerBound
            if end - 1 > floor, isWord(end - 1), QuoteLexicon.prepositions.contains(words[end - 1]) { end -= 1 }
            guard let subject = subject(before: end, floor: floor), mention(at: subject.lowerBound)?.type != .date else { return nil }
            return subject
        }
        var start = up
        while start > 0, up - start < 8, isWord(start - 1) || document.tokens[start - 1].flags.contains(.possessive),
            hangs((start - 1)..<start, from: up)
        {
            start -= 1
        }
        return start..<inside.upperBound
    }

    /// "Varnholt Group, the firm that has managed Elmcourt Plaza since 2019, said": where the
    /// parse gives the verb two subjects, a name and then a description opening right after its comma,
    /// the description is the name's apposition and the name speaks (not a name inside the
    /// description's relative clause).
    private func namedSubject(before subject: Int, of verb: Int, floor: Int) -> Int? {
        var index = subject - 1
        while index >= floor, verb - index <= 24 {
            let token = document.tokens[index]
            if Int(token.head) == verb, token.relation == .nsubj {
                // The name's other words ("Jana Oster": "Oster" hangs from "Jana") before its comma.
                var end = index + 1
                while end < subject, Int(document.tokens[end].head) == index, document.tokens[end].relation == .flat { end += 1 }
                guard token.pos == .propn, !isQuoted(index), isComma(end), end + 1 < subject,
                    hangs((end + 1)..<subject, from: subject)
                else { return nil }
                return index
            }
            index -= 1
        }
        return nil
    }

    /// Whether the noun has a preposition of its own before it ("on the … highlights"): the
    /// parse made the object of a preposition a subject. Not one that also opens a clause ("After
    /// aides insisted that …" is their clause).
    func hasPreposition(_ noun: Int) -> Bool {
        guard let preposition = dependent(before: noun, as: .case, within: 6) else { return false }
        return !(isWord(preposition) && QuoteLexicon.clausePrepositions.contains(words[preposition]))
    }

    /// Whether a word tagged a verb has for its subject the object of a preposition: "said on the
    /// Velmont Sport highlights show that …" is a noun the tagger misread ("at a news conference
    /// announcing that …" is a participle on the noun).
    func isNounReadAsVerb(_ index: Int) -> Bool {
        // The subject right before it, as in a compound noun ("highlights show").
        guard index > 0, token(index).pos == .verb, !document.endsWithIng(token(index)) else { return false }
        let noun = index - 1
        return Int(token(noun).head) == index && token(noun).relation == .nsubj && hasPreposition(noun)
    }

    /// Whether the word is an adjective or noun with its copula before it, a clause's predicate
    /// ("was furious", "is the favourite").
    func isPredicate(_ index: Int) -> Bool {
        [.adj, .noun].contains(token(index).pos) && dependent(before: index, as: .cop, within: 4) != nil
    }

    /// The nearest word within `distance` before `head` that the parse hangs from it as `relation`.
    private func dependent(before head: Int, as relation: DependencyRelation, within distance: Int) -> Int? {
        (max(0, head - distance)..<head).last { Int(token($0).head) == head && token($0).relation == relation }
    }

    /// Whether the noun's own phrase, with a relative clause, is all there is before `verb`.
    private func isSubjectWithRelativeClause(_ noun: Int, before verb: Int) -> Bool {
        let gap = (noun + 1)..<verb
        return [.noun, .propn].contains(token(noun).pos) && !document.endsWithIng(token(verb))
            && gap.contains { Int(token($0).head) == noun && token($0).relation == .aclRelcl } && hangs(gap, from: noun)
    }

    /// Whether every token of `phrase` depends, directly or through others, on `head` in the
    /// parse: the phrase is one noun phrase headed there.
    func hangs(_ phrase: Range<Int>, from head: Int) -> Bool {
        for index in phrase where index != head {
            var cursor = index
            var steps = 0
            while cursor != head {
                let next = Int(document.tokens[cursor].head)
                guard next >= 0, steps < 12 else { return false }
                cursor = next
                steps += 1
            }
        }
        return true
    }

    /// Byte range covered by a token range.
    func bytes(_ tokens: Range<Int>) -> Range<Int> {
        Int(document.tokens[tokens.lowerBound].start)..<Int(document.tokens[tokens.upperBound - 1].end)
    }

    func isPronoun(_ index: Int) -> Bool {
        isWord(index) && (QuoteLexicon.personPronouns.contains(words[index]) || QuoteLexicon.otherPronouns.contains(words[index]))
    }

    /// The noun phrase that is the subject of the verb at `verb`, looking back no further than
    /// `floor`: a pronoun, a named mention, or a short descriptive phrase ("a senior official").
    /// Adverbs and auxiliaries between subject and verb are skipped; "X, who told …" reaches X.
    func subject(before verb: Int, floor: Int) -> Range<Int>? {
        if let parsed = parsedSubject(of: verb, floor: floor) { return parsed }
        var index = verb - 1
        while index >= floor, isWord(index), QuoteLexicon.auxiliaries.contains(words[index]) || isLyAdverb(index) {
            index -= 1
        }
        guard index >= floor else { return nil }
        if isWord(index), words[index] == QuoteLexicon.relativeWho, index - 1 >= floor, isComma(index - 1) {
            index -= 2
        }
        guard index >= floor, isWord(index) else { return nil }
        let token = document.tokens[index]
        if token.flags.contains(.possessive) { return nil }
        if isPronoun(index) { return index..<(index + 1) }
        if let mention = mention(at: index), mention.tokens.upperBound == index + 1 {
            let start = max(floor, mention.tokens.lowerBound)
            // "a reporter for USA Today": the head is the reporter, not the newspaper.
            if start - 2 >= floor, isWord(start - 1), QuoteLexicon.prepositions.contains(words[start - 1]),
                isWord(start - 2), !QuoteLexicon.clauseWords.contains(words[start - 2]),
                let head = descriptive(endingAt: start - 2, floor: floor)
            {
                return head.lowerBound..<(index + 1)
            }
            return start..<(index + 1)
        }
        if QuoteLexicon.nounMarkers.contains(words[index]) || QuoteLexicon.clauseWords.contains(words[index]) { return nil }
        guard let phrase = descriptive(endingAt: index, floor: floor) else { return nil }
        // "People familiar with the matter said": the phrase before the preposition is the head.
        let start = phrase.lowerBound
        if start - 2 >= floor, isWord(start - 1), QuoteLexicon.prepositions.contains(words[start - 1]),
            document.tokens[start - 2].pos == .adj, let head = descriptive(endingAt: start - 2, floor: floor)
        {
            return head.lowerBound..<phrase.upperBound
        }
        return phrase
    }

    /// A descriptive noun phrase ending at `end`: back over words to a determiner, at most 8 words.
    func descriptive(endingAt end: Int, floor: Int) -> Range<Int>? {
        guard end >= floor, isWord(end), !QuoteLexicon.clauseWords.contains(words[end]) else { return nil }
        var start = end
        while start - 1 >= floor, end - start < 7, isWord(start - 1) || document.tokens[start - 1].flags.contains(.possessive) {
            // "a Harlow-based charity": over the hyphen to the word it joins.
            if start - 3 >= floor, joinsByHyphen(start - 3) { start -= 2 }
            let word = words[start - 1]
            // "said" ends the phrase; "report" as a noun ("an audit office report") is part of it.
            if QuoteLexicon.clauseWords.contains(word)
                || QuoteLexicon.reportingVerbs.contains(word) && document.tokens[start - 1].pos != .noun
            {
                break
            }
            start -= 1
            if QuoteLexicon.determiners.contains(word) { break }
        }
        // Without a determiner a descriptive subject is a name-like capitalised phrase or a bare
        // plural ("protesters", "labor experts"); "made security demands" is no subject.
        let first = document.tokens[start]
        let determined = QuoteLexicon.determiners.contains(words[start])
        let lastByte = document.normalized[Int(document.tokens[end].end) - 1]
        let plural = lastByte == UInt8(ascii: "s") && !document.tokens[end].flags.contains(.capitalized)
        let capitalized =
            first.flags.contains(.capitalized) && (!first.flags.contains(.sentenceInitial) || end > start)
            || document.tokens[end].flags.contains(.capitalized)
        guard determined || plural || capitalized else { return nil }
        return start..<(end + 1)
    }

    /// The noun phrase after an inverted cue ("…,” said Jane Doe, a spokeswoman"): a pronoun, a
    /// mention, or descriptive words up to the next punctuation.
    func nounPhrase(after index: Int, ceiling: Int) -> Range<Int>? {
        let start = index
        guard start < ceiling, isWord(start) else { return nil }
        if isPronoun(start) { return start..<(start + 1) }
        // A number opening the phrase counts its noun ("said one official in the room").
        if let mention = mention(at: start), mention.tokens.lowerBound == start, mention.type != .cardinal {
            // "said Velmont press officer Ann Lee", "said Velmont Council President Ann Lee",
            // "according to Dunmore Fire Chief Alan Hale": a role after the organisation or place,
            // then the person. A place the tagger took for a person needs a role word between.
            var next = mention.tokens.upperBound
            var role = false
            while next < ceiling, next - mention.tokens.upperBound < 4, isWord(next), self.mention(at: next) == nil,
                !QuoteLexicon.clauseWords.contains(words[next])
            {
                if isRoleWord(next) { role = true }
                next += 1
            }
            if mention.type != .person || role, next > mention.tokens.upperBound, next < ceiling, let person = self.mention(at: next),
                person.tokens.lowerBound == next, person.type == .person
            {
                return start..<min(ceiling, person.tokens.upperBound)
            }
            return start..<min(ceiling, mention.tokens.upperBound)
        }
        if QuoteLexicon.clauseWords.contains(words[start]) && !QuoteLexicon.determiners.contains(words[start]) { return nil }
        var end = start
        while end < ceiling, end - start < 10, isWord(end) || document.tokens[end].flags.contains(.possessive) {
            if let mention = mention(at: end), mention.tokens.lowerBound == end, end > start {
                // A name inside the phrase is taken whole ("a spokesman for the Clinton campaign").
                end = min(ceiling, mention.tokens.upperBound)
                continue
            }
            if end > start, QuoteLexicon.clauseWords.contains(words[end]) && !QuoteLexicon.prepositions.contains(words[end]) { break }
            end += 1
        }
        return end > start ? start..<end : nil
    }

    /// The words from `start` up to the first comma or bracket before `verb`: the name in
    /// "Jane Doe, a spokeswoman, said" or "Rep. Jane Doe (D-Md.) said". Nil unless the phrase is
    /// short, all words and does not open with a conjunction or preposition.
    func leadingPhrase(from start: Int, before verb: Int) -> Range<Int>? {
        var first = start
        // A sentence-opening conjunction ("But Jane Doe, …, said") is not part of the name.
        while first < verb, !isWord(first) || QuoteLexicon.openingConjunctions.contains(words[first]) { first += 1 }
        // "In a statement, Jane Doe, a spokeswoman, said".
        let opening = first
        guard let afterOpening = wordAfterOpeningPhrase(first, limit: verb) else { return nil }
        first = afterOpening
        guard first < verb, !QuoteLexicon.clauseWords.contains(words[first]) || QuoteLexicon.determiners.contains(words[first]) else {
            return nil
        }
        var end = first
        while end < verb, isWord(end) || token(end).flags.contains(.possessive), end - first < 12 { end += 1 }
        guard end > first, end < verb, isComma(end) || token(end).flags.contains(.openingBracket) else { return nil }
        // "At the party, the band leader called the guests to the stage, …": past an opening
        // phrase the words may be a clause, not a name.
        if first > opening, (first..<end).contains(where: { token($0).pos == .verb || token($0).pos == .aux }) { return nil }
        // "one of the family's lawyers, Jane Doe, said": the name in apposition to a description.
        if mention(at: first)?.type != .person, let name = mention(at: end + 1), name.type == .person,
            name.tokens.lowerBound == end + 1, name.tokens.upperBound < verb, isComma(name.tokens.upperBound)
        {
            return name.tokens
        }
        return first..<end
    }

    /// Where a sentence's words start past an opening prepositional phrase and its comma ("In a
    /// statement, …"): `first` itself when no preposition opens there, nil when no comma closes
    /// the phrase within eight words.
    func wordAfterOpeningPhrase(_ first: Int, limit: Int) -> Int? {
        guard first < limit, QuoteLexicon.prepositions.contains(words[first]) else { return first }
        var comma = first + 1
        while comma < limit, comma - first < 8, !isComma(comma) { comma += 1 }
        guard comma < limit, isComma(comma) else { return nil }
        return comma + 1
    }

    /// The subject of the sentence's main clause when it opens the sentence: a pronoun or a
    /// mention, after any opening conjunction ("But she …", "Jane Doe …").
    func sentenceSubject(_ sentence: Range<Int>, before limit: Int) -> Range<Int>? {
        var first = sentence.lowerBound
        while first < limit, !isWord(first) || QuoteLexicon.openingConjunctions.contains(words[first]) { first += 1 }
        // "“You're right,” he said, adding …": a quotation opening the sentence is someone's
        // words; the subject comes after it.
        while first < limit, isQuoted(first) || !isWord(first) { first += 1 }
        guard first < limit else { return nil }
        // "In a statement, Peabody said …".
        guard let opening = wordAfterOpeningPhrase(first, limit: limit) else { return nil }
        first = opening
        guard first < limit, isWord(first) else { return nil }
        if isPronoun(first) { return first..<(first + 1) }
        guard let mention = mention(at: first), mention.tokens.lowerBound == first, mention.tokens.upperBound <= limit else {
            return nil
        }
        // "Democratic candidate Ann Lee …": a group's word before a noun modifies it; the phrase's
        // name, if it has one, is who speaks.
        if mention.type == .norp, mention.tokens.upperBound < limit, isWord(mention.tokens.upperBound) {
            let end = min(limit, mention.tokens.upperBound + 4)
            for index in mention.tokens.upperBound..<end {
                guard isWord(index) else { return nil }
                if let named = self.mention(at: index), named.tokens.lowerBound == index, named.tokens.upperBound <= limit {
                    return named.type == .person || named.type == .organization ? named.tokens : nil
                }
            }
            return nil
        }
        return mention.tokens
    }
}
