/// A stance carried by a noun or an adjective with its holder: `X's claim that Y`, `X is
/// convinced that Y`, `X is a staunch opponent of Y`, `X made the case that Y`.
extension ReportedSpeechFinder {
    /// "X is convinced that …", "they were worried about …", "McConnell came away convinced
    /// that …": a copula links a holder to an attitude, and what follows is what they hold.
    func attitude(adjective: Int, sentence: Range<Int>, insideSpeech: [Bool]) -> Frame? {
        let floor = floor(before: adjective, sentence: sentence, insideSpeech: insideSpeech)
        var link = adjective - 1
        while link >= floor, context.isWord(link), QuoteLexicon.degreeWords.contains(context.words[link]) || context.isLyAdverb(link) {
            link -= 1
        }
        guard link >= floor, context.isWord(link), QuoteLexicon.copulas.contains(context.words[link]) else { return nil }
        if context.words[link] == QuoteLexicon.away { link -= 1 }
        guard link >= floor,
            let subject = context.subject(before: link, floor: floor)
                ?? indirectSubject(verb: link, floor: floor, sentence: sentence, previousSubject: nil)
        else { return nil }
        // "it is certain that …" has no holder.
        if subject.count == 1, context.words[subject.lowerBound] == QuoteLexicon.it { return nil }
        let next = adjective + 1
        guard next < sentence.upperBound, context.isWord(next) else { return nil }
        let content: Range<Int>?
        let word = context.words[next]
        if word == QuoteLexicon.that {
            let end = clauseEnd(from: next + 1, sentence: sentence)
            content = end - next > 3 ? (next + 1)..<end : nil
        } else if word == QuoteLexicon.about || word == QuoteLexicon.of {
            let end = objectEnd(from: next + 1, sentence: sentence)
            content = end - next > 1 ? (next + 1)..<end : nil
        } else if context.isPronoun(next) || QuoteLexicon.articleLike.contains(word) || context.mention(at: next)?.tokens.lowerBound == next
        {
            // "we are convinced this is …": a bare content clause.
            let end = clauseEnd(from: next, sentence: sentence)
            content = end - next >= 3 ? next..<end : nil
        } else {
            content = nil
        }
        guard let content else { return nil }
        return Frame(content: content, speaker: subject, cue: link..<(adjective + 1), rule: .speakerAttitude)
    }

    /// "X is a staunch opponent of …", "who has been a consistent supporter of …": a copula and a
    /// noun for one who holds a stance credit its object to the subject, like the verb would.
    func stanceHolder(noun: Int, sentence: Range<Int>, insideSpeech: [Bool]) -> Frame? {
        let of = noun + 1
        guard of + 1 < sentence.upperBound, context.isWord(of), context.words[of] == QuoteLexicon.of else { return nil }
        let floor = floor(before: noun, sentence: sentence, insideSpeech: insideSpeech)
        // Back over the noun's determiner and modifiers ("a consistent and outspoken") to the copula.
        var link = noun - 1
        while link >= floor, noun - link <= 5, context.isWord(link), !QuoteLexicon.copulas.contains(context.words[link]),
            !QuoteLexicon.clauseWords.contains(context.words[link]) || context.words[link] == QuoteLexicon.and
        {
            link -= 1
        }
        // A singular holder noun needs its article ("is a critic of"); a plural stands bare ("are critics of").
        guard link >= floor, context.isWord(link), QuoteLexicon.copulas.contains(context.words[link]),
            link == noun - 1 || QuoteLexicon.determiners.contains(context.words[link + 1]),
            let subject = context.subject(before: link, floor: floor)
                ?? indirectSubject(verb: link, floor: floor, sentence: sentence, previousSubject: nil)
        else { return nil }
        if subject.count == 1, context.words[subject.lowerBound] == QuoteLexicon.it { return nil }
        let end = mainVerbCut(objectEnd(from: of + 1, sentence: sentence), from: of + 1)
        guard end > of + 1 else { return nil }
        return Frame(content: (of + 1)..<end, speaker: subject, cue: link..<(of + 1), rule: .speakerStanceHolder)
    }

    /// "X made (it) clear that …", "X made the case that …": a light verb and a noun of a
    /// made point say what X argued.
    func madePoint(_ index: Int, sentence: Range<Int>, insideSpeech: [Bool]) -> Frame? {
        var verb = index - 1
        if verb > sentence.lowerBound, context.isWord(verb),
            context.words[verb] == QuoteLexicon.it || QuoteLexicon.determiners.contains(context.words[verb])
        {
            verb -= 1
        }
        guard verb >= sentence.lowerBound, context.isWord(verb), QuoteLexicon.makeForms.contains(context.words[verb]) else { return nil }
        let floor = floor(before: verb, sentence: sentence, insideSpeech: insideSpeech)
        guard
            let subject = context.subject(before: verb, floor: floor)
                ?? indirectSubject(verb: verb, floor: floor, sentence: sentence, previousSubject: nil),
            let (content, hasThat) = clause(after: index, sentence: sentence)
        else { return nil }
        // Only "clear" and "plain" take a bare clause; "made the case the …" is no report.
        let word = context.words[index]
        guard hasThat || word == QuoteLexicon.clear || word == QuoteLexicon.plain else { return nil }
        return Frame(content: content, speaker: subject, cue: verb..<(index + 1), rule: .speakerMadePoint)
    }

    /// "X's claim that …", "his warning that …", "the allegation by X that …", "X's comments
    /// on …": a noun of saying with its holder reports like its verb. Without a holder the noun
    /// is only a topic ("the claim that …" in the writer's voice), so nothing is made.
    func nominal(noun: Int, sentence: Range<Int>, insideSpeech: [Bool]) -> Frame? {
        let floor = floor(before: noun, sentence: sentence, insideSpeech: insideSpeech)
        var holder: Range<Int>? = nil
        var probe = noun - 1
        // One modifier may stand between the holder and the noun ("police's earlier claim").
        if probe >= floor, context.isWord(probe), !context.token(probe).flags.contains(.possessive),
            !QuoteLexicon.possessivePronouns.contains(context.words[probe]), probe - 1 >= floor,
            context.token(probe - 1).flags.contains(.possessive) || QuoteLexicon.possessivePronouns.contains(context.words[probe - 1])
        {
            probe -= 1
        }
        if probe >= floor, context.token(probe).flags.contains(.possessive), probe - 1 >= floor {
            if let mention = context.mention(at: probe - 1), mention.tokens.upperBound == probe {
                holder = max(floor, mention.tokens.lowerBound)..<probe
            } else {
                holder = context.descriptive(endingAt: probe - 1, floor: floor)
            }
        } else if probe >= floor, context.isWord(probe), QuoteLexicon.possessivePronouns.contains(context.words[probe]) {
            holder = probe..<(probe + 1)
        }
        var next = noun + 1
        if holder == nil, next + 1 < sentence.upperBound, context.isWord(next),
            context.words[next] == QuoteLexicon.by || context.words[next] == QuoteLexicon.from
        {
            guard let phrase = context.nounPhrase(after: next + 1, ceiling: sentence.upperBound),
                context.mention(at: phrase.lowerBound) != nil || context.isPronoun(phrase.lowerBound)
            else { return nil }
            holder = phrase
            next = phrase.upperBound
        }
        if holder == nil {
            // "X expressed deep concern about …": the light verb's subject holds the noun.
            var verb = noun - 1
            while verb >= floor, noun - verb <= 3, context.isWord(verb), !QuoteLexicon.lightVerbs.contains(context.words[verb]),
                !QuoteLexicon.clauseWords.contains(context.words[verb]) || QuoteLexicon.determiners.contains(context.words[verb])
            {
                verb -= 1
            }
            // Not a participle modifying the noun ("ignoring repeated warnings about …").
            if verb >= floor, noun - verb <= 3, context.isWord(verb), QuoteLexicon.lightVerbs.contains(context.words[verb]),
                context.token(verb).relation != .amod || noun - verb > 1,
                !context.token(verb).flags.contains(.capitalized), let subject = context.subject(before: verb, floor: floor),
                subject.count > 1 || context.words[subject.lowerBound] != QuoteLexicon.it
            {
                holder = subject
            }
        }
        guard let holder else { return nil }
        // "Clinton's comments Tuesday on …": a time word may follow the noun.
        while next < sentence.upperBound, next - noun < 3, context.isWord(next), QuoteLexicon.timeWords.contains(context.words[next]),
            !QuoteLexicon.prepositions.contains(context.words[next])
        {
            next += 1
        }
        guard next + 1 < sentence.upperBound, context.isWord(next) else { return nil }
        let word = context.words[next]
        let content: Range<Int>
        if word == QuoteLexicon.that {
            // A content clause opens with its own subject; "the claims that were made" is relative.
            let first = next + 1
            guard context.isWord(first),
                QuoteLexicon.articleLike.contains(context.words[first]) || context.isPronoun(first)
                    || context.token(first).flags.contains(.capitalized) || context.token(first).kind == .number
                    || isParticiple(first)
            else { return nil }
            let end = clauseEnd(from: first, sentence: sentence)
            guard end - first >= 3 else { return nil }
            content = first..<end
        } else if word == QuoteLexicon.about || word == QuoteLexicon.on || word == QuoteLexicon.of {
            let end = objectEnd(from: next + 1, sentence: sentence)
            guard end - next > 1 else { return nil }
            content = (next + 1)..<end
        } else {
            return nil
        }
        return Frame(content: content, speaker: holder, cue: noun..<(noun + 1), rule: .holderNoun)
    }
}
