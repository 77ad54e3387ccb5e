/// The clause reader: where what a cue reports begins and ends, read from the parse and from
/// the punctuation, conjunctions and objects around the cue.
extension ReportedSpeechFinder {
    /// "…, which showed a large loss": a verb whose object the parse finds after it says that
    /// object, not the clause before it; the object of a verb of telling is its addressee
    /// ("…, she told reporters").
    /// "disputed that, saying …", "denied that, and …": a "that" closed by a comma before a
    /// participle or a conjunction is a pronoun for what went before, not the opening of a clause
    /// ("said that, if elected, he would …" opens one).
    private func isPronounThat(_ that: Int, sentence: Range<Int>) -> Bool {
        guard that + 2 < sentence.upperBound, context.isComma(that + 1), context.isWord(that + 2) else { return false }
        return isParticiple(that + 2) || context.token(that + 2).pos == .cconj
    }

    /// "When they arrived, they found …": a subordinate clause alone, before the subject's comma,
    /// says when or why, not what was said ("So the plan failed, he said" is a main clause).
    func isOnlySubordinate(_ content: Range<Int>) -> Bool {
        guard context.isWord(content.lowerBound) else { return false }
        let word = context.words[content.lowerBound]
        return QuoteLexicon.subordinators.contains(word) && word != QuoteLexicon.so && !content.contains { context.isComma($0) }
    }

    /// Whether a bare clause after a cognition verb starts with a subject of its own ("believe
    /// the plan will fail", "hoped utilities would …"), not an object ("expects a rebound").
    func opensClause(_ start: Int) -> Bool {
        guard context.isWord(start) else { return false }
        // A finite verb within a few words shows a clause rather than an object noun phrase.
        var probe = start + 1
        while probe < context.tokenCount, probe - start < 8, context.isWord(probe) || context.token(probe).flags.contains(.possessive) {
            let word = context.words[probe]
            if QuoteLexicon.finiteAuxiliaries.contains(word) { return true }
            if isInflected(probe), !context.token(probe).flags.contains(.capitalized), !isParticiple(probe),
                context.isPronoun(start) || QuoteLexicon.articleLike.contains(context.words[start])
                    || context.token(start).flags.contains(.capitalized)
            {
                return true
            }
            probe += 1
        }
        return false
    }

    /// Whether a stance's complement is what a holder says or thinks: an infinitive ("promised to
    /// cut taxes"), a "that" clause, or words in quotation marks ("called the plan “a disaster”").
    /// A bare object ("embracing internet trading", "asked for information") is an act, not speech.
    func isClausal(_ content: Range<Int>) -> Bool {
        guard !content.isEmpty else { return false }
        if context.isWord(content.lowerBound), context.words[content.lowerBound] == QuoteLexicon.to { return true }
        if content.lowerBound > 0, context.isWord(content.lowerBound - 1), context.words[content.lowerBound - 1] == QuoteLexicon.that {
            return true
        }
        // A quotation counts, unless it only names something (a title's marks are passed over).
        var index = content.lowerBound
        while index < content.upperBound {
            if context.isQuote(index) {
                guard context.token(index).flags.contains(.openingQuote), let close = titleEnd(opening: index) else { return true }
                index = close
            }
            index += 1
        }
        return false
    }

    func object(after verb: Int, sentence: Range<Int>) -> Range<Int>? {
        guard let span = plainObject(after: verb, sentence: sentence) else { return nil }
        let before = span.lowerBound - 1
        if before > verb, context.isWord(before), context.words[before] == QuoteLexicon.against { return before..<span.upperBound }
        return span
    }

    private func plainObject(after verb: Int, sentence: Range<Int>) -> Range<Int>? {
        // "said as much", "suggested as much": the pro-form stands for what was said before.
        if verb + 2 < sentence.upperBound, context.isWord(verb + 1), context.isWord(verb + 2),
            context.words[verb + 1] == QuoteLexicon.as, context.words[verb + 2] == QuoteLexicon.much
        {
            return (verb + 1)..<(verb + 3)
        }
        // "vowed not to repeat the mistake": what was vowed keeps its "not".
        let negated =
            verb + 2 < sentence.upperBound && context.isWord(verb + 1) && QuoteLexicon.negations.contains(context.words[verb + 1])
            && context.words[verb + 2] == QuoteLexicon.to
        var start = negated ? verb + 2 : particle(after: verb, sentence: sentence) ?? verb + 1
        var skipped = 0
        while start < sentence.upperBound, skipped < 2, context.isWord(start), QuoteLexicon.objectParticles.contains(context.words[start]) {
            start += 1
            skipped += 1
        }
        guard start < sentence.upperBound, context.isWord(start) || context.isQuote(start) else { return nil }
        // "said on the call", "said at a news conference", "said to reporters": after a plain verb
        // of saying, a preposition opens where or to whom it was said, never what was said.
        // (When it was said is read below: "announced on Friday the arrest of …".)
        if start > verb + 1, QuoteLexicon.plainSayingVerbs.contains(context.words[verb]), context.isWord(start - 1),
            !QuoteLexicon.timeWords.contains(context.words[start]),
            !(context.mention(at: start).map { $0.type == .date || $0.type == .time } ?? false),
            !QuoteLexicon.roundingPairs.contains(context.words[start - 1] &* 31 &+ context.words[start]),
            QuoteLexicon.adjunctPrepositions.contains(context.words[start - 1])
                || context.words[start - 1] == QuoteLexicon.to && ![.verb, .aux].contains(context.token(start).pos)
                || context.words[start - 1] == QuoteLexicon.with
        {
            return nil
        }
        // "said on Thursday, as rescuers dug …": a time phrase closed by a comma or the sentence's
        // end says when, and nothing past it is the verb's object.
        var afterTime = start
        if let time = context.mention(at: start), time.type == .date || time.type == .time, time.tokens.lowerBound == start {
            afterTime = time.tokens.upperBound
        }
        while afterTime < sentence.upperBound, context.isWord(afterTime), QuoteLexicon.timeWords.contains(context.words[afterTime]) {
            afterTime += 1
        }
        if afterTime > start, afterTime >= sentence.upperBound || context.isComma(afterTime) || context.isTerminator(afterTime) {
            return nil
        }
        // "testified for two hours": how long, not what.
        if start > verb + 1, start + 1 < sentence.upperBound, context.words[start - 1] == QuoteLexicon.`for`,
            context.token(start).kind == .number || QuoteLexicon.durationCounts.contains(context.words[start]),
            context.isWord(start + 1), QuoteLexicon.durationUnits.contains(context.words[start + 1]),
            !(start + 2 < sentence.upperBound && context.isWord(start + 2) && context.words[start + 2] == QuoteLexicon.of)
        {
            return nil
        }
        // "agreed on Thursday to buy …": the time phrase says when; what was agreed follows it.
        if start > verb + 1, start + 2 < sentence.upperBound, QuoteLexicon.timeWords.contains(context.words[start]),
            context.isWord(start + 1), context.words[start + 1] == QuoteLexicon.to, context.isWord(start + 2)
        {
            start += 2
        }
        // "agreed to lend …", "refuses to say …": an infinitive's "to" is part of what is held,
        // unlike the particle of "pointed to the report".
        if start > verb + 1, context.words[start - 1] == QuoteLexicon.to, context.isWord(start),
            !context.token(start).flags.contains(.capitalized), !QuoteLexicon.determiners.contains(context.words[start]),
            !QuoteLexicon.clauseWords.contains(context.words[start]), !context.isPronoun(start),
            context.token(start).kind == .word
        {
            let end = mainVerbCut(objectEnd(from: start, sentence: sentence), from: start)
            return end - start >= 1 ? (negated && start == verb + 3 ? verb + 1 : start - 1)..<end : nil
        }
        // "worried that …", "pointed out that …": a content clause after all.
        if context.words[start] == QuoteLexicon.that {
            if isPronounThat(start, sentence: sentence) || context.document.isDemonstrativeDeterminer(start) { return nil }
            let end = clauseEnd(from: start + 1, sentence: sentence)
            return end - start >= 3 ? (start + 1)..<end : nil
        }
        if context.isWord(start), QuoteLexicon.clauseWords.contains(context.words[start]),
            !QuoteLexicon.clauseOpeners.contains(context.words[start]), !QuoteLexicon.determiners.contains(context.words[start])
        {
            return nil
        }
        let end = objectEnd(from: start, sentence: sentence)
        // "said Friday afternoon, as …": a time phrase says when, and is no object.
        if (start..<end).allSatisfy({ context.isWord($0) && QuoteLexicon.timeWords.contains(context.words[$0]) }) { return nil }
        // "backed Clinton", "endorsed Trump": a lone name is a whole object; a lone common word
        // ("called again") is usually not an object at all.
        if end - start == 1, let mention = context.mention(at: start), mention.tokens == start..<end,
            [.person, .organization, .gpe].contains(mention.type)
        {
            return start..<end
        }
        return end - start >= 2 ? start..<end : nil
    }

    /// The particle after a verb and an adverb or time word ("spoke emotionally of", "spoke out
    /// Tuesday about"), which would otherwise pass for the object; nil when none follows.
    func particle(after verb: Int, sentence: Range<Int>) -> Int? {
        var index = verb + 1
        while index < sentence.upperBound, index - verb <= 3, context.isWord(index) {
            let word = context.words[index]
            if index > verb + 1, QuoteLexicon.objectParticles.contains(word) { return index }
            guard
                context.isLyAdverb(index) || QuoteLexicon.timeWords.contains(word) && !QuoteLexicon.prepositions.contains(word)
                    || word == QuoteLexicon.out
            else { return nil }
            index += 1
        }
        return nil
    }

    /// Where a stance verb's object stops: an object is a noun phrase or a short clause, so it
    /// ends at a comma, a dash, a subordinating word ("while", "because", "as") or a second
    /// verb phrase ("… and downplayed …", "… but did not …").
    func objectEnd(from start: Int, sentence: Range<Int>) -> Int {
        let limit = min(sentence.upperBound, start + QuoteLexicon.maximumClauseTokens)
        var end = start
        // Inside a quoted fragment the speaker's own commas and dashes do not end the object.
        var quoted = false
        var objectIsClause = false
        let inRelativeAside = isInRelativeAside(start, sentence: sentence)
        while end < limit {
            if context.isQuote(end) {
                let flags = context.token(end).flags
                quoted = flags.contains(.openingQuote) ? true : flags.contains(.closingQuote) ? false : !quoted
            }
            if end > start, !quoted {
                if context.isSemicolon(end) || context.isColon(end) { break }
                if context.isWord(end) {
                    let word = context.words[end]
                    if word == QuoteLexicon.but { break }
                    // "… and downplayed …", "… and saying …": a second predicate; "refinancing loans
                    // and forcing …" coordinates a second gerund inside the object.
                    // "promised to cut waits and had missed the target": after an infinitive, a finite
                    // auxiliary is the speaker's next predicate too.
                    // "accused the council of “letting it rot” and said …": an inflected verb of
                    // saying after "and" is the next predicate, past form or not.
                    if word == QuoteLexicon.and, end + 1 < limit, context.isWord(end + 1),
                        isPastForm(end + 1)
                            || start > 0 && context.words[start - 1] == QuoteLexicon.to && isFiniteAuxiliary(end + 1)
                            || (isParticiple(end + 1) || isInflected(end + 1) && context.token(end + 1).pos == .verb)
                                && (QuoteLexicon.reportingVerbs.contains(context.words[end + 1])
                                    || QuoteLexicon.stanceVerbs.contains(context.words[end + 1]))
                    {
                        break
                    }
                    // "called for more money while in Ohio", "attacked Lee since the debate": an
                    // adverbial clause is the writer's frame, even after a one-word object (which
                    // stands only if it is a name).
                    // A clause's own reason stays with it ("indicate the club is willing to sell,
                    // partly because …").
                    if QuoteLexicon.objectBreaks.contains(word), !(objectIsClause && word == QuoteLexicon.because) { break }
                    if end > start, isAdjunct(at: end, limit: limit) { break }
                    // "felt betrayed when …": a predicate adjective's clause says what the feeling is about.
                    if !objectIsClause, !isPastForm(start), opensAdverbialClause(at: end, limit: limit) { break }
                    // An object that is itself a clause ("notes they were appointed before …") keeps its adjuncts.
                    if QuoteLexicon.finiteAuxiliaries.contains(word), !context.token(end).flags.contains(.possessive) {
                        objectIsClause = true
                    }
                } else if inRelativeAside, closesRelativeAside(end, limit: limit) {
                    break
                } else if context.isComma(end), end > start + 1, end + 1 < limit, context.isWord(end + 1) {
                    // "…, which …", "…, even suggesting …", "…, and has called for …": a comment or a
                    // second predicate, not more of the object; a list or an apposition goes on.
                    let next = context.words[end + 1]
                    // "…, which would include …" describes the object's noun, as news annotation
                    // keeps it; "…, including …" lists its parts.
                    let describesObject =
                        next == QuoteLexicon.which && end + 2 < limit && !narratesEvent(end + 2) || next == QuoteLexicon.including
                    if !describesObject, QuoteLexicon.objectCommaBreaks.contains(next) || isParticiple(end + 1) { break }
                    if namesWhatWasSaid(after: end, limit: limit) { break }
                    if opensMainClause(after: end, limit: limit) || opensCoordinateClause(after: end, limit: limit) { break }
                    if next == QuoteLexicon.and, end + 2 < limit, context.isWord(end + 2),
                        QuoteLexicon.auxiliaries.contains(context.words[end + 2]) || isPastForm(end + 2)
                            || QuoteLexicon.reportingVerbs.contains(context.words[end + 2])
                            || QuoteLexicon.stanceVerbs.contains(context.words[end + 2])
                    {
                        break
                    }
                } else if context.isDash(end) || context.token(end).flags.contains(.openingBracket) {
                    break
                }
            }
            end += 1
        }
        return trimmedEnd(start: start, end: end)
    }

    /// Whether a comma at `comma` is followed by a named subject and its finite verb ("…,
    /// President Obama is rolling out …", "…, and Hillary Clinton is promising …"): the main
    /// clause or a second one, which the object or clause before it does not include.
    private func opensMainClause(after comma: Int, limit: Int) -> Bool {
        var first = comma + 1
        if first < limit, context.isWord(first), context.words[first] == QuoteLexicon.and { first += 1 }
        guard first < limit, let mention = context.mention(at: first), mention.tokens.lowerBound == first,
            [.person, .organization, .gpe, .norp].contains(mention.type)
        else { return false }
        let verb = mention.tokens.upperBound
        guard verb < limit, context.isWord(verb), !context.token(verb).flags.contains(.capitalized) else { return false }
        let word = context.words[verb]
        return QuoteLexicon.finiteAuxiliaries.contains(word) || QuoteLexicon.reportingVerbs.contains(word) && isInflected(verb)
            || QuoteLexicon.stanceVerbs.contains(word) && isInflected(verb)
    }

    /// Whether ", and" at `comma` joins a clause with its own subject and finite verb ("…, and the
    /// union stepped in", "…, and they will vote"): another statement, not more of the object.
    private func opensCoordinateClause(after comma: Int, limit: Int) -> Bool {
        let first = comma + 2
        // The second clause's subject: a pronoun, a determiner, or a name ("…, and Republicans want …").
        guard first < limit, context.isWord(comma + 1), context.words[comma + 1] == QuoteLexicon.and, context.isWord(first),
            context.isPronoun(first) || QuoteLexicon.articleLike.contains(context.words[first])
                || context.token(first).flags.contains(.capitalized) || context.mention(at: first) != nil
        else { return false }
        var probe = first + 1
        while probe < limit, probe - first <= 7, context.isWord(probe) || context.token(probe).flags.contains(.possessive) {
            if context.isWord(probe), !context.token(probe).flags.contains(.possessive) {
                let word = context.words[probe]
                // "…, and a sign that he may …": the noun's own clause is still the object.
                // "…, and a need to raise …": an infinitive is the noun's.
                if QuoteLexicon.relativePronouns.contains(word) || word == QuoteLexicon.to { return false }
                if QuoteLexicon.finiteAuxiliaries.contains(word) || isPastForm(probe) && !endsInDoubleE(probe)
                    || QuoteLexicon.irregularPastTenses.contains(word)
                {
                    return true
                }
                // A verb of stance right after the subject: "…, and voters want …".
                if !context.token(probe).flags.contains(.capitalized), !isParticiple(probe),
                    QuoteLexicon.stanceVerbs.contains(word) || QuoteLexicon.reportingVerbs.contains(word)
                {
                    return true
                }
            }
            probe += 1
        }
        return false
    }

    /// Whether the verb right after ", which" is a bare past tense ("…, which forced her to …",
    /// "…, which angered …"): the writer narrating what followed, not more of what was said.
    /// "…, which would include …", "…, which benefits …", "…, which she was …" go on with it.
    private func narratesEvent(_ index: Int) -> Bool {
        context.isWord(index)
            && (isPastForm(index) && !endsInDoubleE(index) || QuoteLexicon.irregularPastTenses.contains(context.words[index]))
    }

    /// Whether a time or purpose subordinator opens a clause with its own subject and finite verb
    /// ("… when he ran", "… after hackers targeted", "… so the company could"): the writer's frame
    /// around what is held, not part of it. "described her as a rival" has no such clause.
    private func opensAdverbialClause(at index: Int, limit: Int) -> Bool {
        // A capitalised subordinator is a headline's ("Shows Bias When It Comes To …"), where case tells nothing.
        guard context.isWord(index), QuoteLexicon.adverbialSubordinators.contains(context.words[index]),
            !context.token(index).flags.contains(.capitalized)
        else { return false }
        let first = index + 1
        guard first < limit, context.isWord(first) else { return false }
        if context.isPronoun(first) {
            return first + 1 < limit && context.isWord(first + 1) && !QuoteLexicon.clauseWords.contains(context.words[first + 1])
                || first + 1 < limit && context.isWord(first + 1) && QuoteLexicon.finiteAuxiliaries.contains(context.words[first + 1])
        }
        guard
            QuoteLexicon.articleLike.contains(context.words[first]) || context.token(first).flags.contains(.capitalized)
                || context.mention(at: first) != nil || !QuoteLexicon.clauseWords.contains(context.words[first])
        else { return false }
        var probe = first + 1
        while probe < limit, probe - first <= 6, context.isWord(probe) || context.token(probe).flags.contains(.possessive) {
            if context.isWord(probe), !context.token(probe).flags.contains(.possessive) {
                let word = context.words[probe]
                if QuoteLexicon.relativePronouns.contains(word) { return false }
                if QuoteLexicon.finiteAuxiliaries.contains(word) { return true }
                // A past form may be a participle modifying the noun ("a reason held by …"), which
                // after "as" is the usual reading ("cited it as a record set by …").
                if isPastForm(probe), !endsInDoubleE(probe), context.words[index] != QuoteLexicon.as,
                    !(probe + 1 < limit && context.isWord(probe + 1) && context.words[probe + 1] == QuoteLexicon.by)
                {
                    return true
                }
            }
            probe += 1
        }
        return false
    }

    /// A time or venue phrase after the object ("… in a statement", "… on Monday", "… since the
    /// debate"): it says when or where the holder spoke, not what they hold, so the object ends.
    private func isAdjunct(at index: Int, limit: Int) -> Bool {
        guard QuoteLexicon.adjunctPrepositions.contains(context.words[index]), index + 1 < limit, context.isWord(index + 1) else {
            return false
        }
        let next = context.words[index + 1]
        if QuoteLexicon.timeWords.contains(next), !QuoteLexicon.prepositions.contains(next) {
            guard QuoteLexicon.timeModifiers.contains(next) else { return true }
            return index + 2 < limit && context.isWord(index + 2) && QuoteLexicon.timeWords.contains(context.words[index + 2])
        }
        // "in a statement", "during a televised interview", "in early-morning tweets": up to two
        // words (a hyphenated one counts as one) to the medium noun.
        var cursor = index + 1
        var hyphens = 0
        while cursor < limit, cursor - index - hyphens <= 3, context.isWord(cursor) || isHyphen(cursor) {
            if isHyphen(cursor) { hyphens += 1 }
            if QuoteLexicon.mediumNouns.contains(context.words[cursor]) { return true }
            cursor += 1
        }
        return false
    }

    /// Whether the sentence ends within a few (adverbial) tokens after `index`.
    func endsSoon(after index: Int, sentence: Range<Int>) -> Bool { attributionEnd(after: index, sentence: sentence) != nil }

    /// The comma or final punctuation that ends an attribution at `index` ("…, the ministry said
    /// in its annual report, and …"), or the sentence's end; nil when a clause or a quotation follows.
    func attributionEnd(after index: Int, sentence: Range<Int>) -> Int? {
        var cursor = index + 1
        var verbs = 0
        // Past four words only phrases without a verb ("said in its annual report to the council"),
        // and not after a verb of thought, whose phrase is what is thought ("believe in the
        // value of hard work").
        let reach = context.isWord(index) && QuoteLexicon.cognitionVerbs.contains(context.words[index]) ? 4 : 10
        while cursor < sentence.upperBound, cursor - index <= (verbs == 0 ? reach : 4) {
            if context.isTerminator(cursor) || context.isComma(cursor) { return cursor }
            // "Y, X said: “…”" introduces a quotation; "…, X said.”" closes a nested one.
            if context.isColon(cursor) || context.token(cursor).flags.contains(.openingQuote) { return nil }
            if context.isQuote(cursor) { return cursor }
            if [.verb, .aux].contains(context.token(cursor).pos) { verbs += 1 }
            cursor += 1
        }
        return cursor >= sentence.upperBound ? sentence.upperBound : nil
    }

    /// The content clause after a reporting verb: after "that" when it comes within a few words
    /// (past an addressee or time phrase), else from the first word that can start a clause.
    func clause(after verb: Int, sentence: Range<Int>) -> (Range<Int>, Bool)? {
        var start = verb + 1
        guard start < sentence.upperBound else { return nil }
        // A colon or quotation mark introduces direct speech, which the quote sieves own.
        if context.isColon(start) || context.isQuote(start) { return nil }
        if context.isComma(start), start + 1 < sentence.upperBound, context.isQuote(start + 1) { return nil }
        var hasThat = false
        var probe = start
        // "said in an email to the Associated Press on Wednesday that …": the "that" may stand
        // well after the cue, as long as the parse shows no other verb between.
        var verbBetween = false
        while probe < sentence.upperBound, probe - start < (verbBetween ? 9 : 14) {
            if context.isTerminator(probe) || context.isQuote(probe) || context.isColon(probe) || context.isSemicolon(probe) { break }
            let misread = context.isNounReadAsVerb(probe)
            let tag = misread ? .noun : context.token(probe).pos
            if tag == .verb || tag == .aux || tag == .x { verbBetween = true }
            // "said Obama hopes that …": the cue's own clause opened before the "that", which is
            // that clause's.
            if tag == .verb, Int(context.token(probe).head) == verb, context.token(probe).relation == .ccomp { break }
            // "said officials have video that shows …": past a finite verb the "that" is the
            // clause's own relative pronoun, and the clause starts right after the cue.
            // ("told Radio Velmont's breakfast show that …": a possessive after a name is no verb.)
            let possessive =
                context.token(probe).flags.contains(.possessive) && probe > start && context.token(probe - 1).flags.contains(.capitalized)
            if context.isWord(probe), QuoteLexicon.finiteAuxiliaries.contains(context.words[probe]), !possessive {
                break
            }
            // "said witnesses saw a gun and that one was found": a second "that" clause joined to
            // a first one that opened right after the cue; the content starts there.
            if verbBetween, context.words[probe] == QuoteLexicon.that, probe > start,
                context.words[probe - 1] == QuoteLexicon.and || context.words[probe - 1] == QuoteLexicon.but
            {
                break
            }
            // "accepted that he had shown remorse but that the plan …", "had asked for more
            // aircraft and that a request …": after the cue's own object or prepositional phrase,
            // a "that" clause joined by a conjunction is another verb's, not this one's.
            if context.words[probe] == QuoteLexicon.that, probe - 1 > start,
                context.words[probe - 1] == QuoteLexicon.and || context.words[probe - 1] == QuoteLexicon.but,
                (start..<(probe - 1)).contains(where: {
                    Int(context.token($0).head) == verb && [.obj, .obl].contains(context.token($0).relation)
                })
            {
                return nil
            }
            // "was larger than the market had expected and that the outlook …": a "that" clause
            // joined right after the cue by a conjunction is joined to an earlier clause, which
            // the cue ended without a complement.
            if context.words[probe] == QuoteLexicon.that, probe - 1 == start,
                context.words[start] == QuoteLexicon.and || context.words[start] == QuoteLexicon.but
            {
                return nil
            }
            // "would add so many forms that firms would …": a "that" after "so" or "such"
            // opens the result of a degree, not what was said.
            if context.words[probe] == QuoteLexicon.that, probe > start,
                hasDegreeWord(start..<probe)
            {
                return nil
            }
            if context.words[probe] == QuoteLexicon.that,
                isPronounThat(probe, sentence: sentence) || context.document.isDemonstrativeDeterminer(probe)
            {
                return nil
            }
            // "said in a report that found …": a "that" right before the verb of a relative clause
            // on the noun (a noun after it, not a second verb: "that profits rose" misread) is that
            // clause's subject, and the cue reports no clause of its own.
            if context.words[probe] == QuoteLexicon.that, probe + 2 < sentence.upperBound, context.token(probe + 1).pos == .verb,
                context.token(probe + 1).relation == .aclRelcl, context.token(probe + 2).pos != .verb
            {
                return nil
            }
            if context.words[probe] == QuoteLexicon.that {
                // "said that was never the plan": a "that" right before a finite verb is the
                // clause's subject, not the word that opens it, and stays in what was said.
                // Unless the parse hangs its verb on a noun: "spare parts that could reach …" is
                // a relative clause, and the cue has no "that" clause of its own.
                let isSubject =
                    probe + 1 < sentence.upperBound && context.isWord(probe + 1)
                    && QuoteLexicon.finiteAuxiliaries.contains(context.words[probe + 1])
                let clauseVerb = Int(context.token(probe).head)
                if isSubject, probe > start, clauseVerb >= 0, context.token(clauseVerb).relation == .aclRelcl { break }
                start = isSubject ? probe : probe + 1
                hasThat = true
                break
            }
            // Another verb of saying ends the search; the noun "report" ("said in a report that …")
            // does not.
            if context.isWord(probe), QuoteLexicon.reportingVerbs.contains(context.words[probe]), tag != .noun {
                break
            }
            probe += 1
        }
        if !hasThat {
            let isAddressee = QuoteLexicon.addresseeVerbs.contains(context.words[verb])
            var skipped = 0
            while start < sentence.upperBound, skipped < 6 {
                if context.isComma(start) {
                    start += 1
                    skipped += 1
                    continue
                }
                if context.isWord(start), QuoteLexicon.timeWords.contains(context.words[start]) {
                    // A preposition is skipped only before a time word ("said on Saturday"), not in "said in an interview".
                    if QuoteLexicon.prepositions.contains(context.words[start]),
                        !(start + 1 < sentence.upperBound && context.isWord(start + 1)
                            && QuoteLexicon.timeWords.contains(context.words[start + 1])
                            && !QuoteLexicon.prepositions.contains(context.words[start + 1]))
                    {
                        break
                    }
                    start += 1
                    skipped += 1
                    continue
                }
                break
            }
            let addressee = start
            if isAddressee, start < sentence.upperBound {
                // "told reporters he …", "told CNN the …": the addressee is one name or one or two words.
                if let mention = context.mention(at: start), mention.tokens.lowerBound == start {
                    start = mention.tokens.upperBound
                } else if context.isPronoun(start) {
                    start += 1
                } else {
                    if context.isWord(start), QuoteLexicon.determiners.contains(context.words[start]) { start += 1 }
                    start += 1
                }
                // "warned North Korea to refrain from …": the addressee belongs to the content.
                if start < sentence.upperBound, context.words[start] == QuoteLexicon.to {
                    let end = clauseEnd(from: start, sentence: sentence)
                    return end - addressee >= 3 ? (addressee..<end, false) : nil
                }
            }
            // "warned the vote could fail": what looked like the addressee is the clause's subject.
            if isAddressee, start < sentence.upperBound, context.isWord(start), QuoteLexicon.clauseWords.contains(context.words[start]),
                !context.isPronoun(start), !QuoteLexicon.clauseOpeners.contains(context.words[start])
            {
                start = addressee
            }
            while start < sentence.upperBound, context.isComma(start) { start += 1 }
            guard start < sentence.upperBound, context.isWord(start) else { return nil }
            // A preposition or conjunction cannot open a content clause ("said in a statement"),
            // unless the parse shows the cue's clause past the phrase it opens ("said after the
            // hearing she would not resign").
            if QuoteLexicon.clauseWords.contains(context.words[start]), !context.isPronoun(start),
                !QuoteLexicon.clauseOpeners.contains(context.words[start])
            {
                guard let subject = complementSubject(of: verb, after: start, sentence: sentence) else { return nil }
                start = subject
            }
        }
        let end = clauseEnd(from: start, sentence: sentence)
        guard end - start >= 2 else { return nil }
        return (start..<end, hasThat)
    }

    /// Where the subject's phrase of the cue's clausal complement starts, when only a phrase
    /// without a verb stands between `start` and it: "said after the hearing [she] would …".
    private func complementSubject(of verb: Int, after start: Int, sentence: Range<Int>) -> Int? {
        // "about 300", "at least 300", "more than 300": the words that round the number.
        var rounding = QuoteLexicon.approximators.contains(context.words[start]) ? 1 : 0
        if rounding == 0, start + 1 < sentence.upperBound, context.isWord(start + 1),
            QuoteLexicon.roundingPairs.contains(context.words[start] &* 31 &+ context.words[start + 1])
        {
            rounding = 2
        }
        // The number in digits or in words ("at least four people").
        let rounds =
            rounding > 0 && start + rounding < sentence.upperBound
            && (context.token(start + rounding).kind == .number || context.token(start + rounding).pos == .num)
        guard context.token(start).pos == .adp || rounds else { return nil }
        let limit = min(sentence.upperBound, start + 12)
        var index = start
        while index < limit {
            let token = context.token(index)
            guard context.isWord(index), ![.verb, .aux, .sconj, .cconj].contains(token.pos) else { return nil }
            let clause = Int(token.head)
            if token.relation.isSubject, clause > index, clause < sentence.upperBound,
                isComplement(clause, of: verb) || isMisreadComplement(clause, subject: index, of: verb)
            {
                var first = index
                while first - 1 > start, context.isWord(first - 1), context.hangs((first - 1)..<first, from: index) { first -= 1 }
                // "said about 300 homes lost power": a word that rounds the number opens the subject.
                if first <= start + rounding, rounds { return start }
                return first > start ? first : nil
            }
            index += 1
        }
        return nil
    }

    private func isComplement(_ clause: Int, of verb: Int) -> Bool {
        Int(context.token(clause).head) == verb && context.token(clause).relation == .ccomp
    }

    /// "said after the hearing she would not accept the offer": the parse may read the clause
    /// as a relative clause on the phrase's noun ("the hearing she …"); with no relative word,
    /// right after that noun, and with an object or a clause of its own (no gap a relative clause
    /// would leave, unlike "said in a statement he released"), it is what was said.
    private func isMisreadComplement(_ clause: Int, subject: Int, of verb: Int) -> Bool {
        let noun = subject - 1
        guard context.token(clause).relation == .aclRelcl, Int(context.token(clause).head) == noun, noun > verb,
            Int(context.token(noun).head) == verb, context.token(noun).relation.universal == .obl
        else { return false }
        let end = min(context.tokenCount, clause + 12)
        return (clause + 1..<end).contains { child in
            Int(context.token(child).head) == clause && [.obj, .ccomp, .xcomp].contains(context.token(child).relation.universal)
        }
    }

    /// Where a content clause stops: at the sentence's final punctuation, a semicolon, a dash, or
    /// ", but …" joining a second clause.
    /// "Jane Roe, who has urged the bank to cut rates, declined to …": a report inside a
    /// relative clause set off by a comma ends at the comma that closes it.
    private func isInRelativeAside(_ start: Int, sentence: Range<Int>) -> Bool {
        var index = start - 1
        while index > sentence.lowerBound, start - index <= 12 {
            if context.isComma(index) || context.isDash(index) { return false }
            if context.isWord(index), context.words[index] == QuoteLexicon.relativeWho || context.words[index] == QuoteLexicon.which {
                return context.isComma(index - 1) || context.isDash(index - 1)
            }
            index -= 1
        }
        return false
    }

    /// Whether the comma or dash at `index` closes a relative clause set off before it: the main
    /// clause's verb follows ("…, declined to …"), not more of the relative clause.
    private func closesRelativeAside(_ index: Int, limit: Int) -> Bool {
        guard context.isComma(index) || context.isDash(index) else { return false }
        var next = index + 1
        while next < limit, context.isLyAdverb(next) { next += 1 }
        return next < limit && context.isWord(next) && [.verb, .aux].contains(context.token(next).pos)
    }

    /// Whether a verb of finding right after "and" is the content's own next predicate: joined to
    /// a word of the content, with a plain object and no clause of its own ("said the company had
    /// completed an inspection and found no defects", not "… and found that …").
    private func continuesContent(_ verb: Int, content: Range<Int>, limit: Int) -> Bool {
        let token = context.token(verb)
        guard QuoteLexicon.findingVerbs.contains(context.words[verb]), content.upperBound == verb - 1, token.relation == .conj,
            content.contains(Int(token.head))
        else { return false }
        var object = false
        for index in (verb + 1)..<min(limit, verb + 12) where Int(context.token(index).head) == verb {
            switch context.token(index).relation {
            case .obj: object = true
            case .ccomp, .xcomp, .obl, .parataxis: return false
            default: break
            }
        }
        return object
    }

    func clauseEnd(from start: Int, sentence: Range<Int>) -> Int {
        var end = start
        // Bounded so a run-on "sentence" of many cues stays linear.
        let limit = min(sentence.upperBound, start + QuoteLexicon.maximumClauseTokens)
        // "When Clinton noted that …, Trump interjected": a report inside an opening adverbial
        // clause ends at that clause's comma.
        var firstWord = sentence.lowerBound
        while firstWord < start, !context.isWord(firstWord) { firstWord += 1 }
        let inOpeningClause =
            firstWord < start && QuoteLexicon.subordinators.contains(context.words[firstWord])
            && !(firstWord..<start).contains(where: { context.isComma($0) })
        let inRelativeAside = isInRelativeAside(start, sentence: sentence)
        var hasFiniteVerb = false
        // Inside a fragment in marks the speaker's own commas and conjunctions do not end the
        // paraphrase that quotes them ("said it told a story of ‘hope, but also of fear’").
        var quoted = false
        while end < limit {
            // A doubled mark ('' for ") is one mark.
            if context.isQuote(end), !(end > start && context.isQuote(end - 1)) {
                let flags = context.token(end).flags
                quoted = flags.contains(.openingQuote) ? true : flags.contains(.closingQuote) ? false : !quoted
            }
            if quoted, end > start {
                end += 1
                continue
            }
            if inOpeningClause, end > start + 1, context.isComma(end) || context.isDash(end) { break }
            if inRelativeAside, end > start + 1, closesRelativeAside(end, limit: limit) { break }
            // Whether the content already has its verb: only then can a verb after a comma be another
            // clause's. A participle set off by commas or followed by "by" ("states, led by …") is not it.
            if end > start, context.isWord(end), !context.token(end).flags.contains(.possessive) {
                let word = context.words[end]
                let participle =
                    context.isComma(end - 1) || end + 1 < limit && context.isWord(end + 1) && context.words[end + 1] == QuoteLexicon.by
                if QuoteLexicon.finiteAuxiliaries.contains(word)
                    || !participle && (isPastForm(end) || QuoteLexicon.irregularPastTenses.contains(word))
                {
                    hasFiniteVerb = true
                }
            }
            if end > start + 1 {
                // A comma inside a quoted fragment's closing mark ends the fragment's words as one after
                // it would: "…reach a deal “well before the deadline,” but he declined to …".
                let comma = context.isComma(end) || context.isQuote(end) && context.isComma(end - 1)
                if context.isSemicolon(end) { break }
                // "… and said …", "…, and warned …": a second report by the same speaker.
                // "…, and criticized …": after a comma a past-tense stance is the speaker's next act
                // (without one, "posed a threat and refused to …" goes on with the content).
                // "…, and she called for …": a pronoun may stand for the speaker again, and "…, and
                // forecasters said …" names another.
                var verb = end + 1
                while verb < limit, verb - end <= 3, context.isWord(verb),
                    [.pron, .noun, .propn, .det, .adj].contains(context.token(verb).pos)
                {
                    verb += 1
                }
                // A verb of finding with a plain object that the parse joins to the content's own
                // ("said the company had completed an inspection and found no defects") goes on with it.
                if context.isWord(end), context.words[end] == QuoteLexicon.and || context.words[end] == QuoteLexicon.but,
                    verb < limit, context.isWord(verb),
                    QuoteLexicon.reportingVerbs.contains(context.words[verb]) && isInflected(verb)
                        && !continuesContent(verb, content: start..<end, limit: limit)
                        || context.isComma(end - 1) && QuoteLexicon.stanceVerbs.contains(context.words[verb]) && isPastForm(verb)
                {
                    break
                }
                // "promised to cut waits and had missed the target": a finite verb after "and"
                // cannot go on with an infinitive; it is the speaker's next predicate.
                if context.words[start] == QuoteLexicon.to, context.isWord(end), context.words[end] == QuoteLexicon.and,
                    end + 1 < limit, context.isWord(end + 1),
                    isFiniteAuxiliary(end + 1) || isPastForm(end + 1)
                {
                    break
                }
                // ", saying …", ", calling for …": a participle of saying or stance starts a second
                // report; other participles (", allowing people to see …") go on with the content.
                if comma, end + 1 < limit, isParticiple(end + 1), end > start + 3,
                    QuoteLexicon.reportingVerbs.contains(context.words[end + 1])
                        || QuoteLexicon.stanceVerbs.contains(context.words[end + 1])
                {
                    break
                }
                // ", which forced her …": a comment on the content, not part of it; ", which she
                // was doing …" or ", which, even today, …" goes on with the speaker's own account,
                // and so does one before the content has its verb ("said services inflation, which
                // stood at 5.2%, remained too high": a clause on the subject).
                if comma, hasFiniteVerb || (start..<end).contains(where: { [.verb, .aux].contains(context.token($0).pos) }),
                    end + 2 < limit,
                    context.isWord(end + 1), context.words[end + 1] == QuoteLexicon.which,
                    narratesEvent(end + 2)
                {
                    break
                }

                // "… — and he noted …"
                if context.isDash(end), end + 1 < limit, context.isWord(end + 1),
                    context.words[end + 1] == QuoteLexicon.and || QuoteLexicon.clauseBreaks.contains(context.words[end + 1])
                {
                    break
                }
                // "…, but that …" (a "that" the parse reads as a complementizer) is a second clause
                // of the same report: the content goes on.
                // "…, but would later cut …": a verb phrase with no subject of its own after
                // "but" goes on with the content's subject, and so with the content.
                // A content that a "that" opened goes on past a second one whatever its label ("said
                // that 14 posts would go, but that as many as eight teachers could …"), unless that
                // one is a pronoun ("…, but that wasn't the case").
                if comma, end + 1 < sentence.upperBound, context.isWord(end + 1),
                    QuoteLexicon.clauseBreaks.contains(context.words[end + 1]),
                    !(end + 2 < limit && context.isWord(end + 2) && context.words[end + 2] == QuoteLexicon.that
                        && (context.token(end + 2).relation == .mark
                            || start > 0 && context.isWord(start - 1) && context.words[start - 1] == QuoteLexicon.that
                                && !context.document.isDemonstrativeDeterminer(end + 2)
                                && !(end + 3 < limit && context.isWord(end + 3) && isFiniteAuxiliary(end + 3)))),
                    !(hasFiniteVerb && end + 2 < limit && context.words[end + 1] == QuoteLexicon.but && context.isWord(end + 2)
                        && QuoteLexicon.modals.contains(context.words[end + 2]))
                {
                    break
                }
                if comma, namesWhatWasSaid(after: end, limit: limit) { break }
                // "…, told his advisers to …": the holder's second predicate, not more content.
                // ("…, compared with 5% a year ago" is the content's own comparison.)
                if comma, end + 1 < limit, context.isWord(end + 1), !isComparison(at: end + 1, limit: limit),
                    isPastForm(end + 1) || QuoteLexicon.irregularPasts.contains(context.words[end + 1])
                        || context.words[end + 1] == QuoteLexicon.told,
                    QuoteLexicon.reportingVerbs.contains(context.words[end + 1])
                        || QuoteLexicon.stanceVerbs.contains(context.words[end + 1])
                {
                    break
                }
                // "…, which contended that the tax was unfair, is an example …": a finite verb right
                // after a comma is the main clause resuming after the relative clause holding the cue.
                // (A relative clause inside the content goes on: "said her son, who is eleven, had
                // missed 40 days".)
                if inRelativeAside, comma, hasFiniteVerb, end + 1 < limit, context.isWord(end + 1),
                    !context.token(end + 1).flags.contains(.possessive), QuoteLexicon.finiteAuxiliaries.contains(context.words[end + 1])
                {
                    break
                }
                if comma, end + 2 < sentence.upperBound, context.isPronoun(end + 1),
                    QuoteLexicon.quoteVerbs.contains(context.words[end + 2])
                {
                    break
                }
            }
            end += 1
        }
        // Ended at a fragment's closing mark after its comma: the mark closes what the content quotes.
        if end < limit, end > start + 1, context.isQuote(end), context.isComma(end - 1) { end += 1 }
        return trimmedEnd(start: start, end: end)
    }

    /// "compared with", "compared to": a participle that sets a figure beside another.
    private func isComparison(at index: Int, limit: Int) -> Bool {
        context.words[index] == QuoteLexicon.compared && index + 1 < limit && context.isWord(index + 1)
            && (context.words[index + 1] == QuoteLexicon.with || context.words[index + 1] == QuoteLexicon.to)
    }

    /// The sentence's words before `end` (a comma), for `Y, X said`.
    func leadingClause(sentence: Range<Int>, before end: Int) -> Range<Int>? {
        // Bounded: a clause is not thousands of tokens, and an unbounded one would make output quadratic.
        var start = max(sentence.lowerBound, end - QuoteLexicon.maximumClauseTokens)
        // "One result: the plant will close, the company said": what a colon introduces is the content.
        var colon = end - 1
        while colon > start, !context.isColon(colon), !context.isQuote(colon) { colon -= 1 }
        if colon > start, context.isColon(colon), end - colon > 3 { start = colon + 1 }
        while start < end, !context.isWord(start) { start += 1 }
        guard end - start >= 3 else { return nil }
        return start..<end
    }

    /// "up from", "down from", "compared with", "from", "against": a figure set beside the one before.
    func opensComparison(at index: Int) -> Bool {
        guard context.isWord(index), index + 1 < context.tokenCount else { return false }
        let word = context.words[index]
        if word == QuoteLexicon.from || QuoteLexicon.comparisonPrepositions.contains(word) { return true }
        guard context.isWord(index + 1) else { return false }
        return QuoteLexicon.directions.contains(word) && context.words[index + 1] == QuoteLexicon.from
            || isComparison(at: index, limit: index + 2)
    }

    /// Where a noun phrase or an infinitive object meets the sentence's own finite verb: such an
    /// object has no finite verb outside a relative clause, so one is the main clause resuming
    /// ("the reasons he refuses to release his returns may be …", "critics of the plan have …").
    func mainVerbCut(_ end: Int, from start: Int) -> Int {
        var probe = start
        while probe < end, context.isWord(probe) || context.token(probe).flags.contains(.possessive) {
            if QuoteLexicon.relativePronouns.contains(context.words[probe]) || QuoteLexicon.clauseOpeners.contains(context.words[probe]) {
                return end
            }
            if QuoteLexicon.finiteAuxiliaries.contains(context.words[probe]), !context.token(probe).flags.contains(.possessive) {
                // "… to confirm their address and are …" coordinates a second predicate: leave the
                // object alone rather than cut it at a dangling "and".
                if probe > start, context.words[probe - 1] == QuoteLexicon.and || context.words[probe - 1] == QuoteLexicon.but {
                    return end
                }
                return probe
            }
            probe += 1
        }
        return end
    }
}
