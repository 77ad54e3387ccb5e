/// Claim candidates as whole clauses, each with who asserts it, read from the parse and from the
/// quotes the quote stage found.
///
/// A fact-checker checks "unemployment rose to 5%", not "The minister said that unemployment rose
/// to 5%". So a sentence is cut only where its voice changes or a new main clause begins: the
/// content of each quotation and piece of reported speech is a clause of its speaker's; the frame
/// around it ("X said on Monday", "according to X") asserts nothing and is dropped; the writer's
/// own words are the rest, cut at semicolons and between main clauses that each have a subject
/// ("Sales rose, but profits fell"). Appositions, relative clauses and dashes stay inside their
/// clause, which is what keeps claims whole.
///
/// Linear: one pass for the parse facts, one over the tokens, a bounded number of clauses per sentence.
struct ClaimClauses {
    struct Candidate: Equatable {
        var tokens: Range<Int>
        var sentence: Int
        /// Whoever asserts it; nil for the outlet's own voice.
        var claimant: ResolvedSpeaker?
        /// Index into the quote list of the quotation or reported speech it comes from.
        var quote: Int?
        /// Inside quotation marks.
        var quoted: Bool
        /// Reported speech ("X said that …") or a reporting verb's clause ("X estimated …").
        var reported: Bool
        /// The word classes of the reporting verb that framed it ("claimed" hedges what follows).
        var frame: ClaimWordClass
        var stance: ClaimStance
        /// A feeling, a recommendation or a quoted verdict ("it was deeply disappointed", "the
        /// board should have acted", "the delay was “the right call”"): a stance that no record
        /// can confirm, however factual its sentence.
        var isJudgement = false
        /// Tokens past `tokens` that the claim's text shows but its score does not read: the
        /// closing mark of a quotation it opened, and a full stop inside that mark.
        var closingMarks = 0
    }

    /// A sentence of thousands of words still yields a bounded number of clauses.
    static let maximumPerSentence = 24

    func candidates(
        document: TextDocument, facts: ClaimTokenFacts, quotes: [ExtractedQuote], clusters: [EntityClusterer.Cluster]
    ) -> [Candidate] {
        let tokens = document.tokens
        let clusterAtToken = EntityClusterer.Cluster.tokenMap(clusters, count: tokens.count)
        let clusterTypes = clusters.map(\.type)
        let structure = ClauseStructure(tokens: tokens)
        // Each token's quote: the innermost, so a quotation embedded in reported speech wins.
        var owner = [Int32](repeating: -1, count: tokens.count)
        // Each cue token's quote: the words around it are that quote's frame.
        var cueOf = [Int32](repeating: -1, count: tokens.count)
        // Only a quotation, or reported speech whose content is a clause, changes the voice: "had
        // agreed to testify" or "rejected previous proposals" stay the writer's sentence. A clause
        // the parse gave no subject ("said that around a third of homes had not been started")
        // still has its finite verb after a noun, in the cue's complement clause.
        for index in quotes.indices.sorted(by: { quotes[$0].tokens.count > quotes[$1].tokens.count })
        where quotes[index].kind == .direct || document.isClause(quotes[index].tokens)
            || Self.hasFiniteVerb(quotes[index].tokens, tokens)
                && (quotes[index].kind == .mixed || Self.isComplement(quotes[index].tokens, tokens))
        {
            for token in quotes[index].tokens where token < tokens.count { owner[token] = Int32(index) }
            for token in quotes[index].cueTokens ?? 0..<0 where token < tokens.count { cueOf[token] = Int32(index) }
        }
        var result: [Candidate] = []
        result.reserveCapacity(2 * document.sentences.count)
        for (sentenceIndex, sentence) in document.sentences.enumerated() where !sentence.tokens.isEmpty {
            var pieces = 0
            var start = sentence.tokens.lowerBound
            func close(_ end: Int, next: Int) {
                if end > start, pieces < Self.maximumPerSentence {
                    pieces += 1
                    emit(
                        start..<end, sentence: sentenceIndex, owner: Int(owner[start]), cueOf: cueOf, quotes: quotes,
                        structure: structure, document: document, facts: facts, clusterAtToken: clusterAtToken,
                        clusterTypes: clusterTypes, into: &result)
                }
                start = next
            }
            // A semicolon inside brackets separates a list ("11bn euros ($14.4bn; £7.6bn)"), not clauses.
            var brackets = 0
            for index in sentence.tokens {
                let token = tokens[index]
                if token.kind == .punctuation {
                    let byte = document.normalized[token.range.lowerBound]
                    if byte == UInt8(ascii: "(") { brackets += 1 } else if byte == UInt8(ascii: ")") { brackets = max(0, brackets - 1) }
                }
                if token.kind == .punctuation, brackets == 0, facts.hashes[index] == Self.semicolonKey {
                    close(index, next: index + 1)
                } else if index > start, owner[index] != owner[start] || structure.opensClause(index) {
                    close(index, next: index)
                }
            }
            close(sentence.tokens.upperBound, next: sentence.tokens.upperBound)
        }
        return result
    }

    /// A noun and then an auxiliary or copula: in reported speech that quotes words, a clause,
    /// however the parse attached its subject ("claimed the project was “ahead of schedule”",
    /// the project read as the object of "claimed").
    /// Whether the span holds the clause a word outside it takes as its complement.
    private static func isComplement(_ span: Range<Int>, _ tokens: [Token]) -> Bool {
        span.contains { index in
            index < tokens.count && tokens[index].relation == .ccomp && !span.contains(Int(tokens[index].head))
        }
    }

    private static func hasFiniteVerb(_ span: Range<Int>, _ tokens: [Token]) -> Bool {
        var nominal = false
        for index in span where index < tokens.count {
            let token = tokens[index]
            if token.pos == .noun || token.pos == .propn || token.pos == .pron { nominal = true }
            // Not the verb of a relative clause ("praised X as “the best mayor” the city has had").
            if nominal, token.pos == .aux, [.cop, .aux, .auxPass].contains(token.relation),
                !nonFiniteAuxiliaries.contains(token.foldedKey), token.head >= 0, Int(token.head) < tokens.count,
                tokens[Int(token.head)].relation.universal != .acl
            {
                return true
            }
        }
        return false
    }

    /// "described the mayor as being “out of touch”" says nothing of its own.
    private static let nonFiniteAuxiliaries = [key("be"), key("being"), key("been"), key("to")]

    private static let semicolonKey = key(";")
    private static let commaKey = key(",")
    /// Words that open an adverbial clause and are read as prepositions too.
    private static let clauseOpeners = [key("after"), key("before"), key("as"), key("since"), key("until"), key("because"), key("when")]
    /// How long before or after: "weeks after", "shortly before".
    private static let spansOfTime = [
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "moments", "shortly", "soon", "just",
    ].map(key)
    /// What opens a relative clause set off by commas ("that" opens none).
    private static let asideOpeners = [key("who"), key("which")]

    private static func key(_ word: String) -> UInt64 {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { FoldedWord.hash($0, 0..<bytes.count) }
    }

    /// Where the statement starts in "the claim that aid was blocked", "claims the budget was cut":
    /// after a claim noun and its "that", where a clause with a subject of its own follows.
    private func claimedStatement(_ span: Range<Int>, tokens: [Token]) -> Int? {
        var index = span.lowerBound
        if index < span.upperBound, Self.claimDeterminers.contains(tokens[index].foldedKey) { index += 1 }
        guard index + 1 < span.upperBound, QuoteLexicon.claimNouns.contains(tokens[index].foldedKey) else { return nil }
        let noun = index
        index += 1
        let that = tokens[index].foldedKey == ClauseStructure.thatKey
        if that { index += 1 }
        // A subject of a verb after the noun, other than a relative "that" ("the claims that were
        // made" state nothing), nor of a relative clause without it ("cited remarks the mayor had
        // made"); the noun itself counts, as the parse sometimes makes it the statement's subject.
        let rest = index..<span.upperBound
        let hasSubject = (noun..<span.upperBound).contains { position in
            guard tokens[position].relation.isSubject, rest.contains(Int(tokens[position].head)) else { return false }
            return that ? position != noun + 1 : tokens[Int(tokens[position].head)].relation != .aclRelcl
        }
        return hasSubject ? index : nil
    }

    /// Verbs whose object carries the subject's own charge or verdict.
    private static let characterising = HashTable(
        keys: """
            accuse accuses accused accusing blame blames blamed blaming call calls called calling describe describes \
            described describing brand brands branded branding label labels labelled labeled labelling labeling \
            criticise criticises criticised criticising criticize criticizes criticized criticizing condemn condemns \
            condemned condemning denounce denounces denounced denouncing
            """.split(separator: " ").map { key(String($0)) })
    private static let longestDescription = 8
    private static let claimDeterminers = [key("the"), key("a"), key("any"), key("these"), key("those"), key("such")]

    /// The frame's start through a relative clause between commas before the cue: "Jane Roe, who
    /// was …" of "Jane Roe, who was …, said".
    private func relativeAside(in frame: ClosedRange<Int>, before cue: Int, tokens: [Token], facts: ClaimTokenFacts) -> Range<Int>? {
        var opening = -1
        for index in frame.lowerBound..<min(cue, frame.upperBound) where tokens[index].kind == .punctuation {
            guard facts.hashes[index] == Self.commaKey else { continue }
            if opening < 0 {
                if Self.asideOpeners.contains(facts.hashes[index + 1]) { opening = index }
            } else if index - opening > 3 {
                return frame.lowerBound..<index
            }
        }
        return nil
    }

    /// Trims a piece to its words and records it, unless it is a frame or too short to assert anything.
    private func emit(
        _ span: Range<Int>, sentence: Int, owner: Int, cueOf: [Int32], quotes: [ExtractedQuote], structure: ClauseStructure,
        document: TextDocument, facts: ClaimTokenFacts, clusterAtToken: [Int32], clusterTypes: [EntityType],
        into result: inout [Candidate]
    ) {
        let tokens = document.tokens
        // The writer's words around a quote's cue are its frame ("X said on Monday"), not a claim;
        // a clause beside the frame stays ("Acme has bought the technology, but plans to …").
        // Inside reported speech, another report's frame is no claim either ("The prosecutor said the
        // executive admitted he …": "the executive admitted").
        if let cue = span.first(where: { cueOf[$0] >= 0 && cueOf[$0] != owner && (owner < 0 || tokens[$0].pos == .verb) }) {
            guard tokens[cue].pos != .x else { return }
            // The cue's subtree without what it reports: "X said on Monday [that]" before the
            // content, "[, ]X said on Monday" after it.
            let subtree = structure.subtree(cue)
            let quote = quotes[Int(cueOf[cue])]
            let content = quote.tokens
            var frame =
                content.lowerBound > cue
                ? subtree.lowerBound...max(cue, min(subtree.upperBound, content.lowerBound - 1))
                : (content.upperBound <= cue ? max(subtree.lowerBound, min(cue, content.upperBound))...subtree.upperBound : subtree)
            // Whoever speaks after the cue is the frame's, however the parse hung them ("…,
            // according to figures seen by the paper" is no claim of its own).
            if let speaker = quote.speakerTokens, speaker.lowerBound > cue, speaker.lowerBound <= frame.upperBound + 1,
                !speaker.overlaps(content)
            {
                // With the rest of its phrase: "…, according to a survey by Arkwise Research, a
                // polling firm set up in 2010".
                var end = speaker.upperBound - 1
                for index in speaker { end = max(end, structure.subtree(index).upperBound) }
                if content.lowerBound > speaker.upperBound { end = min(end, content.lowerBound - 1) }
                frame = min(frame.lowerBound, speaker.lowerBound)...max(frame.upperBound, end)
            }
            // A speaker right before the cue after a word that opens a clause ("after", "as") is
            // the frame's too, with that word, however the parse hung them ("The minister resigned
            // [after a report] found that …", read as "resigned after a report").
            if let speaker = quote.speakerTokens, speaker.upperBound == cue, speaker.lowerBound < frame.lowerBound,
                speaker.lowerBound - 1 >= span.lowerBound, !speaker.overlaps(content),
                Self.clauseOpeners.contains(tokens[speaker.lowerBound - 1].foldedKey)
            {
                frame = (speaker.lowerBound - 1)...frame.upperBound
            }
            // "Jane Roe, who was the first woman to lead the party, said …": a relative clause set off
            // by commas in the writer's frame is the writer's statement about the speaker.
            if owner < 0, let aside = relativeAside(in: frame, before: cue, tokens: tokens, facts: facts) {
                emitWhole(
                    aside, sentence: sentence, owner: owner, quotes: quotes, structure: structure, document: document, facts: facts,
                    clusterAtToken: clusterAtToken, clusterTypes: clusterTypes, into: &result)
            }
            // A noun's frame is an argument of the writer's clause ("The senator seized on [a
            // newspaper report] that …"): taken away, it would leave a fragment; the clause is
            // claimed whole, unless the frame is all there is of it. A cue the quote stage read as
            // a noun is one, whatever its tag ("made security demands that …").
            if tokens[cue].pos == .noun || tokens[cue].pos == .propn || quotes[Int(cueOf[cue])].rule == .holderNoun {
                if frame.lowerBound > span.lowerBound || frame.upperBound + 1 < span.upperBound {
                    emitWhole(
                        span, sentence: sentence, owner: owner, quotes: quotes, structure: structure, document: document, facts: facts,
                        clusterAtToken: clusterAtToken, clusterTypes: clusterTypes, into: &result)
                }
                return
            }
            // "It is apparent [that X wanted …]": the writer's words whose complement the frame is
            // assert nothing once it is taken away ("Sales fell [after X said …]" still does).
            let governor = Int(tokens[cue].head)
            let complement =
                owner < 0
                && (tokens[cue].relation == .ccomp || tokens[cue].relation == .csubj
                    || facts.classes[frame.lowerBound].contains(.complementizer))
            for part in [
                span.lowerBound..<max(span.lowerBound, frame.lowerBound), min(span.upperBound, frame.upperBound + 1)..<span.upperBound,
            ]
            where part.count >= 2 && part.count < span.count && !(complement && part.contains(governor))
                && !(owner < 0 && part.upperBound <= frame.lowerBound && structure.isOnlyUnasserted(part))
                && !(part.upperBound == frame.lowerBound && measuresFrom(frame.lowerBound, tokens))
            {
                // ("If the vote fails, or before the count has ended, [X said]": adverbial clauses
                // of a frame, cut off before it, assert nothing of the writer's.)
                emit(
                    part, sentence: sentence, owner: owner, cueOf: cueOf, quotes: quotes, structure: structure, document: document,
                    facts: facts, clusterAtToken: clusterAtToken, clusterTypes: clusterTypes, into: &result)
            }
            return
        }
        emitWhole(
            span, sentence: sentence, owner: owner, quotes: quotes, structure: structure, document: document, facts: facts,
            clusterAtToken: clusterAtToken, clusterTypes: clusterTypes, into: &result)
    }

    /// "The attack comes weeks [after a report found that …]": a span of time right before the
    /// frame's "after" measures from the frame, and the words before it say nothing without it.
    private func measuresFrom(_ frameStart: Int, _ tokens: [Token]) -> Bool {
        frameStart > 0 && Self.clauseOpeners.contains(tokens[frameStart].foldedKey)
            && Self.spansOfTime.contains(tokens[frameStart - 1].foldedKey)
    }

    /// Records the piece, trimmed to its words, with its claimant: the speaker of the quote it is
    /// in, or the subject of its own reporting verb.
    private func emitWhole(
        _ span: Range<Int>, sentence: Int, owner: Int, quotes: [ExtractedQuote], structure: ClauseStructure, document: TextDocument,
        facts: ClaimTokenFacts, clusterAtToken: [Int32], clusterTypes: [EntityType], into result: inout [Candidate]
    ) {
        let tokens = document.tokens
        var first = span.lowerBound
        var last = span.upperBound
        func isEdge(_ index: Int) -> Bool { tokens[index].kind == .punctuation || tokens[index].kind == .quote }
        // "That was billed as …", "That speech went …": a demonstrative "that" the parse makes the
        // subject of a main clause, or its subject's determiner where it opens the sentence, is
        // part of the claim, not a complementizer. A relative clause's "that" still goes, and so
        // does one after a verb of saying that the parse reads as a determiner ("said that
        // percentage is …" is as often the complementizer).
        func isDemonstrativeSubject(_ index: Int) -> Bool {
            let relation = tokens[index].relation
            guard tokens[index].head >= 0 else { return false }
            if relation == .det { return tokens[index].flags.contains(.sentenceInitial) || document.isDemonstrativeDeterminer(index) }
            // "…, and that figure is expected to rise": in the writer's own clause after "and" or
            // "but", no verb of saying governs a "that" before a noun; it points back.
            if owner < 0, index > 0, tokens[index - 1].pos == .cconj, index + 1 < last, tokens[index + 1].pos == .noun {
                return true
            }
            return (relation == .nsubj || relation == .nsubjPass) && tokens[Int(tokens[index].head)].relation != .aclRelcl
        }
        // "So-called": an opener joined to the next word by a hyphen is part of that word.
        func isHyphenated(_ index: Int) -> Bool {
            index + 1 < last && tokens[index + 1].range.lowerBound == tokens[index].range.upperBound
                && document.normalized[tokens[index + 1].range.lowerBound] == UInt8(ascii: "-")
        }
        while first < last,
            isEdge(first) || facts.classes[first].contains(.clauseOpener) && !isHyphenated(first)
                || (facts.classes[first].contains(.complementizer) && !isDemonstrativeSubject(first))
        {
            first += 1
        }
        // A function word that hangs on what follows the piece ends none: "… a report [that]",
        // "… reservations [about]", where the next piece (a quote's content) begins.
        // Only where the piece was cut mid-phrase: a quotation's last word is its speaker's ("…
        // every time you say that,” he said").
        let cutBeforeWord = span.upperBound < tokens.count && tokens[span.upperBound].kind == .word
        func isDangling(_ index: Int) -> Bool {
            guard cutBeforeWord else { return false }
            switch tokens[index].pos {
            case .adp, .sconj, .cconj, .det, .part: return Int(tokens[index].head) >= last
            case .pron: return facts.classes[index].contains(.complementizer) && Int(tokens[index].head) >= last
            default: return false
            }
        }
        while last > first, isEdge(last - 1) || isDangling(last - 1) { last -= 1 }
        // "rejected the claim that aid was blocked": what is rejected as a claim is the statement
        // denied, and the claim is that statement.
        var denied = false
        if owner >= 0, quotes[owner].rule == .speakerStanceObject,
            let cue = quotes[owner].cueTokens?.first(where: { tokens[$0].kind == .word }),
            ClaimStance.of(cue: tokens[cue].foldedKey, content: first, tokens: tokens) != .asserts,
            let statement = claimedStatement(first..<last, tokens: tokens)
        {
            first = statement
            denied = true
        }
        last = document.closingOpenBrackets(first..<last, limit: span.upperBound).upperBound
        // "… a new plan “within weeks”", "called it “a waste of $3 million.”": a quotation opened in
        // the claim closes in it, past the speaker's own full stop or comma, also where the next
        // clause of the sentence starts right after ("“real but manageable,” noting that …").
        var closingMarks = 0
        let sentenceEnd = document.sentences[sentence].tokens.upperBound
        let closing = last < sentenceEnd && tokens[last].kind == .punctuation ? last + 1 : last
        if closing < sentenceEnd, tokens[closing].kind == .quote, tokens[closing].flags.contains(.closingQuote) {
            var open = 0
            for index in first..<last where tokens[index].kind == .quote {
                if tokens[index].flags.contains(.openingQuote) {
                    open += 1
                } else if tokens[index].flags.contains(.closingQuote) {
                    open -= 1
                }
            }
            if open > 0 { closingMarks = closing + 1 - last }
        }
        // Two words at least: a row of a number table or a lone name asserts nothing.
        var words = 0
        for index in first..<last where tokens[index].kind == .word { words += 1 }
        guard words >= 2 else { return }
        // No verb, no statement: "published reports", "the pick" (what was left of a frame once
        // its content went to a quote of its own). A participle modifying a noun is no verb.
        guard
            tokens[first].pos == .x
                || (first..<last).contains(where: { [.verb, .aux].contains(tokens[$0].pos) && tokens[$0].relation != .amod })
        else { return }
        // A verb of saying with nothing said ("…, the manager admitted") is a frame whose
        // content lies elsewhere, not a claim.
        if owner < 0, let verb = structure.root(of: first..<last), facts.classes[verb].contains(.reporting),
            !structure.hasComplement(verb, in: first..<last)
        {
            return
        }
        // "lowering the cost of loans", "Reviewing the port's record": a piece led by a
        // participle, with no other verb, auxiliary or subject, is a fragment of another clause or
        // a headline that asserts nothing. ("Citing a report, the mayor accused …" and "Slashing fees
        // has not worked" have theirs, whatever the parse made of them.)
        if tokens[first].pos == .verb, document.endsWithIng(tokens[first]),
            !((first + 1)..<last).contains(where: { index in
                let token = tokens[index]
                return token.relation.isSubject || token.pos == .aux || token.pos == .verb && token.relation != .amod
            })
        {
            return
        }
        var candidate = Candidate(
            tokens: first..<last, sentence: sentence, claimant: nil, quote: nil, quoted: false, reported: false, frame: [],
            stance: .asserts)
        candidate.closingMarks = closingMarks
        candidate.isJudgement =
            structure.statesFeelingOrRecommendation(first..<last, classes: facts.classes)
            || structure.quotesVerdict(first..<last, classes: facts.classes)
        if owner >= 0 {
            let quote = quotes[owner]
            candidate.claimant = quote.speaker
            candidate.quote = owner
            candidate.quoted = quote.kind == .direct
            candidate.reported = quote.kind != .direct
            if let cue = quote.cueTokens?.first(where: { tokens[$0].kind == .word }) {
                candidate.frame = facts.classes[cue]
                // What is rejected as an object ("rejected previous proposals") is no statement denied.
                if quote.rule != .speakerStanceObject || denied {
                    candidate.stance = ClaimStance.of(cue: tokens[cue].foldedKey, content: first, tokens: tokens)
                }
            }
        } else if let verb = structure.root(of: first..<last),
            facts.classes[verb].contains(.reporting)
                || Self.characterising.contains(tokens[verb].foldedKey) && structure.hasActiveObject(verb, in: first..<last),
            // "The mayor denied a request to release the files", "Tom Hale denied the allegations":
            // the writer reports the denial; the one who denies asserts none of it.
            ClaimStance.of(cue: tokens[verb].foldedKey, content: first, tokens: tokens) == .asserts,
            // "Harwick have conceded only four goals", "Shares added 2%": a count, not a statement.
            !(QuoteLexicon.countingSenseVerbs.contains(tokens[verb].foldedKey)
                && QuoteLexicon.opensWithCount(tokens, (verb + 1)..<last)),
            let subject = structure.subject(of: verb, in: first..<last),
            clusterAtToken[subject] >= 0
                || structure.subtree(subject).contains(where: { $0 >= first && $0 < last && clusterAtToken[$0] >= 0 })
        {
            // "The prime minister has estimated the damage at 20bn baht": the subject asserts it;
            // so does one who accuses, blames or calls someone something ("X accused the mayor of
            // lying" is X's allegation, not the writer's).
            // The subject phrase's person or organisation: "Norway's finance minister Jane
            // Roe" is Jane Roe, whichever word the parse made its head.
            // A possessor is not who speaks ("Tom Hale's lawyer described …"), and a name the parse
            // left between the head and the verb is ("Norway's finance minister Jane Roe estimated").
            let phrase = structure.subtree(subject).clamped(to: first...(last - 1))
            let reach = phrase.lowerBound..<max(phrase.upperBound + 1, min(verb, last))
            func isPossessor(_ index: Int) -> Bool {
                var end = index + 1
                while end < last, clusterAtToken[end] == clusterAtToken[index] { end += 1 }
                return end < last && tokens[end].flags.contains(.possessive)
            }
            func named(_ type: EntityType) -> Int? {
                reach.last { clusterAtToken[$0] >= 0 && clusterTypes[Int(clusterAtToken[$0])] == type && !isPossessor($0) }
            }
            let subject = named(.person) ?? named(.organization) ?? subject
            let cluster = clusterAtToken[subject]
            // With no name, the description itself ("Tom Hale's lawyer").
            var named = cluster >= 0 ? subject..<(subject + 1) : phrase.lowerBound..<(phrase.upperBound + 1)
            while cluster >= 0, named.lowerBound > first, clusterAtToken[named.lowerBound - 1] == cluster {
                named = (named.lowerBound - 1)..<named.upperBound
            }
            while cluster >= 0, named.upperBound < last, clusterAtToken[named.upperBound] == cluster {
                named = named.lowerBound..<(named.upperBound + 1)
            }
            // A description longer than a name's phrase is a misparse, not who speaks.
            if cluster >= 0 || named.count <= Self.longestDescription {
                candidate.claimant = ResolvedSpeaker(
                    mention: Int(tokens[named.lowerBound].start)..<Int(tokens[named.upperBound - 1].end), cluster: Int(cluster),
                    isPronoun: tokens[subject].pos == .pron)
            }
            candidate.reported = true
            candidate.frame = facts.classes[verb]
            candidate.stance = ClaimStance.of(cue: tokens[verb].foldedKey, content: first, tokens: tokens)
        }
        result.append(candidate)
    }
}

/// What the claim stage reads of the parse: where each coordinated or paratactic clause with a
/// subject of its own begins, each verb's subject, and the verb a span hangs from.
struct ClauseStructure {
    private let tokens: [Token]
    /// The first and last token of each token's subtree.
    private let leftEdge: [Int32]
    private let rightEdge: [Int32]
    /// Tokens where a coordinated or paratactic main clause with its own subject begins.
    private let clauseStart: [Bool]
    /// Verbs whose clause opens with a subordinator that does not assert it ("if", "before"):
    /// "Though prices rose, …" still says prices rose.
    private let unasserted: [Bool]

    init(tokens: [Token]) {
        self.tokens = tokens
        var hasSubject = [Bool](repeating: false, count: tokens.count)
        for token in tokens where token.head >= 0 && token.head < tokens.count {
            // A relative pronoun's clause is a relative clause, whatever label the parse gave it.
            if token.relation.isSubject, !Self.relativePronouns.contains(token.foldedKey) { hasSubject[Int(token.head)] = true }
        }
        let leftEdge = Self.edges(tokens, order: tokens.indices, beyond: { $0 > $1 })
        self.rightEdge = Self.edges(tokens, order: tokens.indices.reversed(), beyond: { $0 < $1 })
        // A clause that opens with a subordinator ("As prices have climbed …") is no main clause,
        // whatever the parse made its head, and the clause joined to it is the main one. A joined
        // clause with a subordinator of its own is no main clause either ("… but can't because he
        // is audited": the subject is the "because" clause's).
        var subordinate = [Bool](repeating: false, count: tokens.count)
        var marked = [Bool](repeating: false, count: tokens.count)
        var unasserted = [Bool](repeating: false, count: tokens.count)
        for (index, token) in tokens.enumerated()
        where token.relation == .mark && token.pos == .sconj && token.head > index && token.head < tokens.count {
            let head = Int(token.head)
            marked[head] = true
            if Self.unassertingSubordinators.contains(token.foldedKey) { unasserted[head] = true }
            if Int(leftEdge[head]) == index && token.foldedKey != Self.thatKey { subordinate[head] = true }
        }
        var clauseStart = [Bool](repeating: false, count: tokens.count)
        for index in tokens.indices where hasSubject[index] {
            let token = tokens[index]
            guard token.relation == .conj || token.relation == .parataxis, token.head >= 0, Int(token.head) < index,
                tokens[Int(token.head)].sentence == token.sentence, !subordinate[Int(token.head)], !marked[index],
                // A clause joined to a relative clause is more of it, or the main clause the parse
                // hung there ("Among those who walked most, the risk was lower"): no new one.
                tokens[Int(token.head)].relation.universal != .acl
            else { continue }
            // A second main clause opens with its conjunction or a punctuation mark ("…, but
            // profits fell"); a "conj" that opens with anything else is a misparse to ignore.
            var start = Int(leftEdge[index])
            guard tokens[start].pos == .cconj || tokens[start].pos == .punct else { continue }
            // "…, where rebels fight …, were rejected": a relative word after the mark
            // opens a clause about the noun before it, which stays in its sentence's clause.
            if start + 1 < index, Self.relativeWords.contains(tokens[start + 1].foldedKey) { continue }
            // "…90mm of rain on Monday, more than the city receives in three months": a comparison
            // set after a figure is that figure's, however the parse hung "than"'s clause.
            if start + 2 < index, Self.comparatives.contains(tokens[start + 1].foldedKey),
                ((start + 2)..<index).contains(where: { tokens[$0].foldedKey == Self.thanKey })
            {
                continue
            }
            // "…went to Tri-Valley, a firm based in Newark whose chief was married to …": an
            // indefinite noun phrase after a name's comma is its apposition, however the parse
            // hung the relative clause's verb.
            if tokens[start].pos == .punct, start > 0, start + 1 < index, tokens[start - 1].pos == .propn,
                Self.indefiniteArticles.contains(tokens[start + 1].foldedKey)
            {
                continue
            }
            start = Self.conjunction(before: start, in: tokens) ?? start
            clauseStart[start] = true
        }
        self.leftEdge = leftEdge
        self.clauseStart = clauseStart
        self.unasserted = unasserted
    }

    /// Each token's outermost descendant in one direction. Visiting tokens from that end, the
    /// first to reach an ancestor is its outermost; an ancestor already reached stops the climb,
    /// which keeps the pass linear.
    private static func edges(
        _ tokens: [Token], order: some Sequence<Int>, beyond: (Int32, Int32) -> Bool
    ) -> [Int32] {
        var edge = [Int32](repeating: 0, count: tokens.count)
        for index in edge.indices { edge[index] = Int32(index) }
        for index in order {
            var ancestor = Int(tokens[index].head)
            var steps = 0
            while ancestor >= 0, ancestor < tokens.count, beyond(edge[ancestor], Int32(index)), steps < 256 {
                edge[ancestor] = Int32(index)
                ancestor = Int(tokens[ancestor].head)
                steps += 1
            }
        }
        return edge
    }

    /// Five keys: a scan of an array costs less than hashing a key into a set.
    private static let relativePronouns = keys(["which", "who", "whom", "whose", "that"])
    static let thatKey = keys(["that"])[0]
    private static let unassertingSubordinators = keys(["if", "unless", "before", "until", "whether"])

    /// Words that open a clause about the noun before them rather than a main clause.
    private static let relativeWords = keys(["which", "who", "whom", "whose", "where", "when"])
    private static let indefiniteArticles = keys(["a", "an"])
    private static let comparatives = keys(["more", "less", "fewer"])
    private static let thanKey = keys(["than"])[0]

    private static func keys(_ words: [String]) -> [UInt64] {
        words.map { word in
            let bytes = Array(word.utf8)
            return bytes.withUnsafeBufferPointer { FoldedWord.hash($0, 0..<bytes.count) }
        }
    }

    /// "…, and, this year, 40 countries borrow from it": the conjunction before an aside set off by
    /// commas (a few words, no verb) opens the clause that the parse starts after the aside.
    private static func conjunction(before start: Int, in tokens: [Token]) -> Int? {
        guard tokens[start].pos == .punct else { return nil }
        var index = start - 1
        while index >= 0, start - index <= 5, tokens[index].sentence == tokens[start].sentence {
            switch tokens[index].pos {
            case .cconj:
                return index + 1 < start && tokens[index + 1].pos == .punct ? index : nil
            case .verb, .aux:
                return nil
            default:
                index -= 1
            }
        }
        return nil
    }

    func opensClause(_ index: Int) -> Bool { clauseStart[index] }

    /// The tokens of the word's subtree: for a reporting verb, its frame ("X said on Monday").
    func subtree(_ index: Int) -> ClosedRange<Int> { Int(leftEdge[index])...Int(rightEdge[index]) }

    /// The span's own predicate: its first verb whose head lies outside it.
    func root(of span: Range<Int>) -> Int? {
        span.first { index in
            let head = Int(tokens[index].head)
            return tokens[index].pos == .verb && (head < span.lowerBound || head >= span.upperBound)
        }
    }

    /// Whether the verb has an object or a clause of its own inside the span: what it says.
    func hasComplement(_ verb: Int, in span: Range<Int>) -> Bool {
        span.contains { index in
            guard Int(tokens[index].head) == verb else { return false }
            switch tokens[index].relation {
            case .obj, .iobj, .ccomp, .xcomp, .csubj, .csubjPass, .nsubjPass, .parataxis: return true
            default: return false
            }
        }
    }

    /// Whether the verb has a subject and an object inside the span, and is active: "X accused
    /// the mayor", not "X was accused" nor "called for an inquiry".
    func hasActiveObject(_ verb: Int, in span: Range<Int>) -> Bool {
        var subject = false
        var object = false
        for index in span where Int(tokens[index].head) == verb {
            switch tokens[index].relation {
            case .nsubj: subject = true
            case .obj: object = true
            case .nsubjPass, .auxPass: return false
            default: break
            }
        }
        return subject && object
    }

    /// Whether every clause in the span with a subject of its own opens with a subordinator
    /// that does not assert it ("if the vote fails", "before the count has ended"), and it has one.
    func isOnlyUnasserted(_ span: Range<Int>) -> Bool {
        var clauses = 0
        for index in span where tokens[index].relation.isSubject {
            let verb = Int(tokens[index].head)
            guard span.contains(verb) else { continue }
            if !unasserted[verb] { return false }
            clauses += 1
        }
        return clauses > 0
    }

    /// Whether the span's predicate is a feeling ("was deeply disappointed", "remained uneasy")
    /// or a recommendation ("should fix", "ought to have"). The predicate is the word the rest
    /// hangs from; an emotion verb counts only as a state ("was disappointed by"), not with an
    /// object ("enjoyed an advantage").
    func statesFeelingOrRecommendation(_ span: Range<Int>, classes: [ClaimWordClass]) -> Bool {
        guard
            let predicate = span.first(where: { index in
                let head = Int(tokens[index].head)
                return (head < span.lowerBound || head >= span.upperBound) && [.verb, .adj, .aux, .noun].contains(tokens[index].pos)
            })
        else { return false }
        func isFeeling(_ index: Int) -> Bool {
            guard classes[index].contains(.emotion) else { return false }
            if tokens[index].pos == .adj { return true }
            return tokens[index].pos == .verb
                && span.contains { Int(tokens[$0].head) == index && (tokens[$0].relation == .cop || tokens[$0].relation == .auxPass) }
        }
        if isFeeling(predicate) { return true }
        return span.contains { index in
            guard Int(tokens[index].head) == predicate else { return false }
            return tokens[index].relation == .xcomp && isFeeling(index)
                || tokens[index].relation == .aux && Self.recommending.contains(tokens[index].foldedKey)
        }
    }

    private static let recommending = keys(["should", "ought"])

    /// Whether the span, opening in the writer's words, puts its predicate in the speaker's
    /// ("the fund had “become a slush fund”", "the delay was “the right call”", "her report
    /// had been “read selectively”"): a verdict quoted inside reported speech is how the speaker
    /// sees it, which no record confirms or refutes, unless it gives a number or goes on to a
    /// statement of the writer's words.
    func quotesVerdict(_ span: Range<Int>, classes: [ClaimWordClass]) -> Bool {
        guard let first = span.first(where: { tokens[$0].kind == .word }), !tokens[first].flags.contains(.quoted),
            let predicate = span.first(where: { index in
                let head = Int(tokens[index].head)
                return (head < span.lowerBound || head >= span.upperBound) && [.verb, .adj, .aux, .noun].contains(tokens[index].pos)
            }),
            tokens[predicate].flags.contains(.quoted)
        else { return false }
        // A clause of the writer's words after the quotation, with a subject of its own, is a
        // statement of its own ("… was “too little, too late” and that its guidance assumed rate
        // cuts"; not "… given the turnout", "…, which requires a two-thirds majority").
        let closing = span.first { $0 > predicate && !tokens[$0].flags.contains(.quoted) } ?? span.upperBound
        let after = closing..<span.upperBound
        if after.contains(where: { verb in
            tokens[verb].pos == .verb && !tokens[verb].flags.contains(.quoted)
                && after.contains {
                    Int(tokens[$0].head) == verb && tokens[$0].relation.isSubject && !Self.relativePronouns.contains(tokens[$0].foldedKey)
                }
        }) {
            return false
        }
        // "One" is a way of speaking ("the responsible one"); other numbers count things.
        return !span.contains { index in
            tokens[index].kind == .number || classes[index].contains(.numberWord) && tokens[index].key != Self.one
        }
    }

    private static let one = WordList.key("one")

    /// The head word of the verb's subject inside the span.
    func subject(of verb: Int, in span: Range<Int>) -> Int? {
        span.first { index in
            Int(tokens[index].head) == verb && (tokens[index].relation == .nsubj || tokens[index].relation == .nsubjPass)
        }
    }
}
