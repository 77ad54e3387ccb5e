/// Passive and impersonal reports, `it was reported that Y`, `X is expected to Y`, `a claim
/// disputed by X`, and the agent after `by` who speaks them.
extension ReportedSpeechFinder {
    /// "…, a claim disputed by the mayor": a passive cue's agent, as the parse marks it, is who
    /// speaks; the noun before the cue is only what was said.
    func passiveAgent(of frame: Frame) -> Range<Int>? {
        guard !frame.speakerless, let cue = frame.attribution.cue, let verb = cue.last, context.token(verb).pos == .verb,
            let sentence = context.sentence(of: verb)
        else { return nil }
        let end = min(sentence.tokens.upperBound, verb + 8)
        // The parse's "obl:agent", or a "by" phrase on the cue that it labelled plain "obl"; an
        // agent comes with "by" ("called on the council" is no "called by the council").
        guard
            let agent = ((verb + 1)..<end).first(where: { index in
                Int(context.token(index).head) == verb
                    && (context.token(index).relation == .oblAgent
                        || context.token(index).relation == .obl && context.isWord(verb + 1) && context.words[verb + 1] == QuoteLexicon.by
                            && Int(context.token(verb + 1).head) == index)
            }),
            ((verb + 1)..<agent).contains(where: { context.isWord($0) && context.words[$0] == QuoteLexicon.by })
        else { return nil }
        var start = agent
        while start - 1 > verb, context.hangs((start - 1)..<start, from: agent),
            !context.isWord(start - 1)
                || !QuoteLexicon.prepositions.contains(context.words[start - 1])
        {
            start -= 1
        }
        return start..<(agent + 1)
    }

    /// "The plan was endorsed by the mayor.", "The story was first reported by the Times.": a
    /// stance in the passive with its agent, who holds it about the grammatical subject.
    /// A verb whose object is who is addressed ("Velmont was advised by Harlow Partners", "was
    /// warned by police") has no stance on its subject.
    func passiveStance(verb: Int, sentence: Range<Int>, insideSpeech: [Bool]) -> Frame? {
        let by = verb + 1
        guard by + 1 < sentence.upperBound, context.isWord(by), context.words[by] == QuoteLexicon.by, isPastForm(verb),
            !QuoteLexicon.addresseeVerbs.contains(context.words[verb])
        else { return nil }
        let floor = floor(before: verb, sentence: sentence, insideSpeech: insideSpeech)
        var aux = verb - 1
        while aux >= floor, context.isWord(aux), context.isLyAdverb(aux) || QuoteLexicon.frequencyWords.contains(context.words[aux]) {
            aux -= 1
        }
        guard aux >= floor, context.isWord(aux), QuoteLexicon.passiveAuxiliaries.contains(context.words[aux]),
            let agent = context.nounPhrase(after: by + 1, ceiling: sentence.upperBound),
            context.mention(at: agent.lowerBound) != nil || QuoteLexicon.determiners.contains(context.words[agent.lowerBound])
                || context.token(agent.lowerBound).flags.contains(.capitalized)
        else { return nil }
        var start = aux
        while start - 1 >= floor, context.isWord(start - 1), QuoteLexicon.auxiliaries.contains(context.words[start - 1]) { start -= 1 }
        // "Such concerns were echoed by …", "This view is shared by …": an anaphoric subject points
        // back to content already reported, and a pronoun says nothing of its own.
        guard let subject = context.subject(before: start, floor: floor), !context.isPronoun(subject.lowerBound),
            !QuoteLexicon.anaphoricDeterminers.contains(context.words[subject.lowerBound])
        else { return nil }
        return Frame(content: subject, speaker: agent, cue: aux..<(by + 1), rule: .passiveStanceAgent)
    }

    /// Passive reports. "It was reported (by X) that …": the clause, by X or by no one named.
    /// "X was accused of …", "X has been criticised for …", "X is expected to …": the whole
    /// clause, subject included, is what an unnamed source says about X, unless "by Y" names it.
    /// "X is quoted as saying …": X's clause.
    func passive(verb: Int, sentence: Range<Int>, insideSpeech: [Bool]) -> Frame? {
        let floor = floor(before: verb, sentence: sentence, insideSpeech: insideSpeech)
        var aux = verb - 1
        while aux >= floor, context.isWord(aux), context.isLyAdverb(aux) || QuoteLexicon.frequencyWords.contains(context.words[aux]) {
            aux -= 1
        }
        guard aux >= floor, context.isWord(aux), QuoteLexicon.passiveAuxiliaries.contains(context.words[aux]) else { return nil }
        let word = context.words[verb]
        // "…, it is understood.", "…, it is believed.": the impersonal cue closing its sentence
        // reports the clause before its comma, from no one named.
        if QuoteLexicon.impersonalReportVerbs.contains(word), aux - 2 >= sentence.lowerBound, context.isWord(aux - 1),
            context.words[aux - 1] == QuoteLexicon.it, context.isComma(aux - 2),
            verb + 1 >= sentence.upperBound || context.isTerminator(verb + 1),
            let content = leadingClause(sentence: sentence, before: aux - 2), !isOnlySubordinate(content)
        {
            return Frame(
                content: content, speaker: verb..<(verb + 1), cue: (aux - 1)..<(verb + 1), rule: .impersonalPassive, speakerless: true)
        }
        var next = verb + 1
        guard next < sentence.upperBound, context.isWord(next) else { return nil }
        // "by the Times": a named agent is the source.
        var agent: Range<Int>? = nil
        if context.words[next] == QuoteLexicon.by, let phrase = context.nounPhrase(after: next + 1, ceiling: sentence.upperBound) {
            agent = phrase
            next = phrase.upperBound
            guard next < sentence.upperBound, context.isWord(next) else { return nil }
        }
        var start = aux
        while start - 1 >= floor, context.isWord(start - 1),
            QuoteLexicon.auxiliaries.contains(context.words[start - 1]) || QuoteLexicon.frequencyWords.contains(context.words[start - 1])
        {
            start -= 1
        }
        if start - 1 >= floor, context.isWord(start - 1), context.words[start - 1] == QuoteLexicon.it {
            guard QuoteLexicon.impersonalReportVerbs.contains(word), context.words[next] == QuoteLexicon.that else { return nil }
            let end = clauseEnd(from: next + 1, sentence: sentence)
            guard end - next > 3 else { return nil }
            return Frame(
                content: (next + 1)..<end, speaker: agent ?? verb..<(verb + 1), cue: (start - 1)..<(verb + 1), rule: .impersonalPassive,
                speakerless: agent == nil)
        }
        guard QuoteLexicon.passiveReportVerbs.contains(word) else { return nil }
        if word == QuoteLexicon.quoted {
            guard context.words[next] == QuoteLexicon.as, next + 1 < sentence.upperBound, context.words[next + 1] == QuoteLexicon.saying,
                let subject = context.subject(before: aux, floor: floor), let (content, _) = clause(after: next + 1, sentence: sentence)
            else { return nil }
            return Frame(content: content, speaker: subject, cue: aux..<(next + 2), rule: .quotedAsSaying)
        }
        let particle = context.words[next]
        guard particle == QuoteLexicon.of || particle == QuoteLexicon.for || particle == QuoteLexicon.to else { return nil }
        guard let subject = context.subject(before: start, floor: floor) else { return nil }
        if subject.count == 1,
            QuoteLexicon.relativePronouns.contains(context.words[subject.lowerBound])
                || context.words[subject.lowerBound] == QuoteLexicon.it
        {
            return nil
        }
        let end = clauseEnd(from: next + 1, sentence: sentence)
        guard end - next > 1 else { return nil }
        return Frame(
            content: subject.lowerBound..<end, speaker: agent ?? verb..<(verb + 1), cue: aux..<(verb + 1), rule: .passiveReport,
            speakerless: agent == nil)
    }
}
