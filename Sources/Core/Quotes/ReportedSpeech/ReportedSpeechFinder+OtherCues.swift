/// Frames whose cue is not an active verb of saying: a headline's colon, `as X said`, `Asked
/// whether …, she said`, `what X said`, and the choice among noun, adjective and passive cues.
extension ReportedSpeechFinder {
    /// "Mayor to council: 'We will not raise taxes'": a headline's name before a colon is
    /// who speaks the words after it, when marks there show they are someone's words ("Brexit:
    /// what happens next" names a topic; "The Latest: …" no one). All in marks, it is a direct
    /// quote; with a few words in marks, a mixed one.
    func speakerColonHeadline(_ tokens: Range<Int>) -> Frame? {
        guard let colon = tokens.prefix(8).first(where: { context.isColon($0) }), colon > tokens.lowerBound else { return nil }
        let prefix = tokens.lowerBound..<colon
        let named = prefix.compactMap { context.mention(at: $0) }
        guard let speaker = named.first(where: { $0.type == .person }) ?? named.first(where: { $0.type == .organization }) else {
            return nil
        }
        var end = tokens.upperBound
        while end > colon + 1, context.isTerminator(end - 1) { end -= 1 }
        let content = (colon + 1)..<end
        let marks = content.filter { context.isQuote($0) }
        guard marks.count >= 2, let first = marks.first, let last = marks.last else { return nil }
        var frame = Frame(content: content, speaker: speaker.tokens.clamped(to: prefix), cue: nil, rule: .headlineSpeakerColon)
        if marks.count == 2, first == content.lowerBound, last >= content.upperBound - 2 {
            frame.content = (first + 1)..<last
            frame.kind = .direct
        } else {
            frame.kind = .mixed
        }
        return frame
    }

    /// How far back a holder may be looked for: the sentence, 40 tokens, or the last quotation.
    /// A few quoted words that are no speech stay inside the phrase ("Ann Holt, who has a “buy”
    /// rating on the stock, said …"): a scare quote or a title is no quotation to stop at.
    func floor(before index: Int, sentence: Range<Int>, insideSpeech: [Bool]) -> Int {
        var floor = index
        while floor > sentence.lowerBound, index - floor < 40, !insideSpeech[floor - 1] {
            if context.isQuote(floor - 1) {
                guard let opening = openingOfShortQuotation(closedAt: floor - 1, sentence: sentence, insideSpeech: insideSpeech)
                else { break }
                floor = opening
            } else {
                floor -= 1
            }
        }
        return floor
    }

    /// The opening mark of a quotation of at most four words that closes at `mark`, none of them speech.
    private func openingOfShortQuotation(closedAt mark: Int, sentence: Range<Int>, insideSpeech: [Bool]) -> Int? {
        guard mark > sentence.lowerBound, context.isQuoted(mark - 1), context.isWord(mark - 1) else { return nil }
        var index = mark - 1
        while index > sentence.lowerBound, mark - index <= 5 {
            if insideSpeech[index] { return nil }
            if context.isQuote(index) { return index > sentence.lowerBound ? index : nil }
            index -= 1
        }
        return nil
    }

    /// Attributions carried by an adjective, a noun or a passive rather than by an active
    /// reporting verb; one set lookup rejects almost every token, so the scan stays linear.
    func nonVerbalFrame(at index: Int, sentence: Range<Int>, insideSpeech: [Bool]) -> Frame? {
        let word = context.words[index]
        if word == QuoteLexicon.as, let frame = asParenthetical(index, sentence: sentence) { return frame }
        if word == QuoteLexicon.asked, let frame = askedOpening(index, sentence: sentence) { return frame }
        if QuoteLexicon.attitudeAdjectives.contains(word) {
            return attitude(adjective: index, sentence: sentence, insideSpeech: insideSpeech)
        }
        if QuoteLexicon.stanceHolderNouns.contains(word),
            let frame = stanceHolder(noun: index, sentence: sentence, insideSpeech: insideSpeech)
        {
            return frame
        }
        if index + 1 < sentence.upperBound, context.isWord(index + 1),
            context.words[index + 1] == QuoteLexicon.of || context.words[index + 1] == QuoteLexicon.about, isAttitudeAdjective(index),
            let frame = attitude(adjective: index, sentence: sentence, insideSpeech: insideSpeech)
        {
            return frame
        }
        if QuoteLexicon.madePointWords.contains(word), let frame = madePoint(index, sentence: sentence, insideSpeech: insideSpeech) {
            return frame
        }
        if QuoteLexicon.claimNouns.contains(word), let frame = nominal(noun: index, sentence: sentence, insideSpeech: insideSpeech) {
            return frame
        }
        if QuoteLexicon.passiveReportVerbs.contains(word) || QuoteLexicon.impersonalReportVerbs.contains(word),
            let frame = passive(verb: index, sentence: sentence, insideSpeech: insideSpeech)
        {
            return frame
        }
        if QuoteLexicon.stanceVerbs.contains(word) || QuoteLexicon.reportingVerbs.contains(word) {
            return passiveStance(verb: index, sentence: sentence, insideSpeech: insideSpeech)
        }
        return nil
    }

    /// "That was what Jane Doe said.", "…, which the bank detailed in filings", "what the senators
    /// said was gerrymandering": the content comes first, as the fronted object of the verb of
    /// saying, so the "what" or "which" stands for what was said — or, before the main verb,
    /// heads the whole clause that says it.
    func frontedObject(at pronoun: Int, sentence: Range<Int>) -> Frame? {
        let start = pronoun + 1
        guard start < sentence.upperBound, context.isWord(start) else { return nil }
        // Only ", which" is an object fronted from the verb; "in which", "to which" belong to a preposition.
        if context.words[pronoun] == QuoteLexicon.which, !(pronoun > sentence.lowerBound && context.isComma(pronoun - 1)) {
            return nil
        }
        // The subject right after the pronoun, then adverbs or auxiliaries, then the verb.
        var verb = start
        while verb < sentence.upperBound, verb - start < 8, context.isWord(verb) || context.token(verb).flags.contains(.possessive) {
            let word = context.words[verb]
            if verb > start, !context.token(verb).flags.contains(.capitalized),
                QuoteLexicon.reportingVerbs.contains(word) || QuoteLexicon.stanceVerbs.contains(word)
                    || QuoteLexicon.cognitionVerbs.contains(word)
            {
                break
            }
            verb += 1
        }
        guard verb < sentence.upperBound, verb > start, context.isWord(verb), isInflected(verb) || !isParticiple(verb),
            let subject = context.subject(before: verb, floor: start), subject.lowerBound == start
        else { return nil }
        let next = verb + 1
        let content: Range<Int>
        if next >= sentence.upperBound || context.isTerminator(next) || context.isComma(next) || context.isDash(next) {
            content = pronoun..<(pronoun + 1)
        } else if !context.isWord(next) {
            // "what it calls “hell”": a naming verb's own complement in marks, a mixed quote of its own.
            return nil
        } else if QuoteLexicon.finiteAuxiliaries.contains(context.words[next])
            || context.words[next] == QuoteLexicon.to && next + 1 < sentence.upperBound && context.isWord(next + 1)
        {
            // "what the senators said was gerrymandering", "which she plans to do by …": the
            // pronoun's clause is the content.
            let end = clauseEnd(from: next, sentence: sentence)
            guard end > next else { return nil }
            content = pronoun..<end
        } else if QuoteLexicon.adjunctPrepositions.contains(context.words[next]) || QuoteLexicon.timeWords.contains(context.words[next])
            || context.isLyAdverb(next)
            || QuoteLexicon.subordinators.contains(context.words[next]) && context.words[next] != QuoteLexicon.as
        {
            // "what she said when she resigned", "which the bank detailed in filings": the verb's
            // object is the pronoun; "what we expect from …", "what analysts described as …" take
            // a complement and are left alone.
            content = pronoun..<(pronoun + 1)
        } else {
            // "what she said the plan would cost": the verb has a clause of its own.
            return nil
        }
        return Frame(content: content, speaker: subject, cue: verb..<(verb + 1), rule: .frontedObject)
    }

    /// "Asked about the plan, she said …", "Asked whether he would run, …": the question put to the
    /// speaker is reported too, by an interviewer the sentence does not name.
    private func askedOpening(_ index: Int, sentence: Range<Int>) -> Frame? {
        guard index == sentence.lowerBound || index - 1 == sentence.lowerBound && !context.isWord(sentence.lowerBound),
            index + 2 < sentence.upperBound, context.isWord(index + 1)
        else { return nil }
        let next = context.words[index + 1]
        let start: Int
        if next == QuoteLexicon.about || next == QuoteLexicon.if {
            start = index + 2
        } else if next == QuoteLexicon.to || QuoteLexicon.clauseOpeners.contains(next) {
            start = index + 1
        } else {
            return nil
        }
        var comma = start
        while comma < sentence.upperBound, comma - start < 40, !context.isComma(comma) {
            if context.isQuote(comma) || context.isTerminator(comma) { return nil }
            comma += 1
        }
        guard comma < sentence.upperBound, context.isComma(comma), comma - start >= 2 else { return nil }
        return Frame(content: start..<comma, speaker: index..<(index + 1), cue: index..<start, rule: .askedOpening, speakerless: true)
    }

    /// "As X put it, …", "As X noted, …", "…, as X said.": a parenthetical "as" clause credits
    /// the rest of the sentence to X, even with no quotation marks and a verb that elsewhere
    /// needs "that".
    private func asParenthetical(_ index: Int, sentence: Range<Int>) -> Frame? {
        let opening =
            index == sentence.lowerBound || context.isComma(index - 1)
            || (index - 1 == sentence.lowerBound && QuoteLexicon.openingConjunctions.contains(context.words[index - 1]))
        guard opening else { return nil }
        // The subject: a pronoun, a name or a short phrase, then the verb, within six tokens.
        var verb = index + 1
        while verb < sentence.upperBound, verb - index <= 6, context.isWord(verb), !QuoteLexicon.quoteVerbs.contains(context.words[verb]) {
            verb += 1
        }
        guard verb < sentence.upperBound, verb - index <= 6, verb > index + 1, context.isWord(verb),
            QuoteLexicon.quoteVerbs.contains(context.words[verb]),
            let subject = context.subject(before: verb, floor: index + 1), subject.lowerBound == index + 1
        else { return nil }
        var close = verb + 1
        if close < sentence.upperBound, context.isWord(close), context.words[close] == QuoteLexicon.it { close += 1 }
        // Optional short adjunct ("as she said on Monday,").
        while close < sentence.upperBound, close - verb <= 4, context.isWord(close) { close += 1 }
        let cue = verb..<(verb + 1)
        if close < sentence.upperBound, context.isComma(close),
            index == sentence.lowerBound || !context.isComma(index - 1) || index - 1 == sentence.lowerBound
        {
            let start = close + 1
            let end = clauseEnd(from: start, sentence: sentence)
            guard end - start >= 3 else { return nil }
            return Frame(content: start..<end, speaker: subject, cue: cue, rule: .asSpeakerVerb)
        }
        if index > sentence.lowerBound, context.isComma(index - 1), close >= sentence.upperBound || context.isTerminator(close) {
            guard let content = leadingClause(sentence: sentence, before: index - 1) else { return nil }
            return Frame(content: content, speaker: subject, cue: cue, rule: .clauseAsSpeakerVerb)
        }
        return nil
    }
}
