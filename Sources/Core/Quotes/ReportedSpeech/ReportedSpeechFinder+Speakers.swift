/// Who speaks in a verb's frame when no noun phrase stands right before the verb: the name
/// before an apposition, the subject a participle or a joined verb shares, the phrase after an
/// inverted cue.
extension ReportedSpeechFinder {
    /// "His best response was to say …": the subject of an infinitive of saying that is a common
    /// noun with a possessor is what the possessor did; the possessor speaks.
    func possessor(ofInfinitiveSubject subject: Range<Int>, verb: Int) -> Range<Int>? {
        guard verb > 0, context.words[verb - 1] == QuoteLexicon.to,
            let noun = subject.last(where: { context.token($0).pos == .noun }),
            let owner = subject.first(where: { Int(context.token($0).head) == noun && context.token($0).relation == .nmodPoss })
        else { return nil }
        return owner..<(owner + 1)
    }

    /// The speaker when no noun phrase stands right before the verb: the name before an
    /// apposition ("Jane Doe, a spokeswoman, said"), the sentence's subject for a participle
    /// ("…, saying …") or a coordinated verb ("… and said …"), a relative clause's antecedent
    /// ("an architect who said …").
    func indirectSubject(verb: Int, floor: Int, sentence: Range<Int>, previousSubject: Range<Int>?) -> Range<Int>? {
        if let shared = sharedSubject(of: verb, floor: floor) { return shared }
        var index = verb - 1
        while index >= floor, context.isWord(index), QuoteLexicon.auxiliaries.contains(context.words[index]) || context.isLyAdverb(index) {
            index -= 1
        }
        guard index >= floor else { return nil }
        // "who in 2010 said …", "Trump on Monday called …": a short time phrase between subject and verb.
        var phraseStart = index
        while phraseStart > floor, index - phraseStart < 3, context.isWord(phraseStart),
            !QuoteLexicon.prepositions.contains(context.words[phraseStart])
        {
            phraseStart -= 1
        }
        if phraseStart < index, context.isWord(phraseStart), QuoteLexicon.prepositions.contains(context.words[phraseStart]),
            (phraseStart + 1...index).allSatisfy({ context.token($0).kind == .number || QuoteLexicon.timeWords.contains(context.words[$0]) }
            )
        {
            if let subject = context.subject(before: phraseStart, floor: floor) { return subject }
            index = phraseStart - 1
            guard index >= floor else { return nil }
        }
        if context.isComma(index) || context.token(index).flags.contains(.closingBracket) {
            // `Y, said X.` is handled as an inverted cue, not as X's apposition.
            if let speaker = invertedSpeaker(after: verb, sentence: sentence), endsSoon(after: speaker.upperBound - 1, sentence: sentence) {
                return nil
            }
            if isParticiple(verb) {
                return context.sentenceSubject(sentence, before: index) ?? reporter(before: index, sentence: sentence)
                    ?? previousSubject
            }
            // The phrase opens the clause, at its start or after a whole quotation (`…,” Jane
            // Doe, a spokeswoman, said`), not after a quoted word inside it (`standing by” his
            // remarks, had accused`).
            let afterWords =
                floor > sentence.lowerBound && context.isQuote(floor - 1) && floor - 2 >= sentence.lowerBound
                && context.isWord(floor - 2)
            return afterWords ? nil : context.leadingPhrase(from: floor, before: verb)
        }
        guard context.isWord(index) else { return nil }
        // "…, from saying that …", "began by saying he …": the participle's subject is the sentence's.
        if isParticiple(verb),
            QuoteLexicon.prepositions.contains(context.words[index]) || QuoteLexicon.participleLinks.contains(context.words[index])
        {
            return context.sentenceSubject(sentence, before: index) ?? previousSubject
        }
        if context.words[index] == QuoteLexicon.and || context.words[index] == QuoteLexicon.but {
            return previousSubject ?? context.sentenceSubject(sentence, before: index)
        }
        if QuoteLexicon.relativePronouns.contains(context.words[index]), index - 1 >= floor, context.isWord(index - 1),
            !QuoteLexicon.reportingVerbs.contains(context.words[index - 1])
        {
            return context.subject(before: index, floor: floor)
        }
        // "…, which has strongly denied …": a relative pronoun after a comma stands for an
        // antecedent that may be a whole phrase; the pronoun itself is the holder's mention.
        if QuoteLexicon.relativePronouns.contains(context.words[index]), index - 1 >= floor, context.isComma(index - 1),
            context.words[index] != QuoteLexicon.that
        {
            return index..<(index + 1)
        }
        return nil
    }

    /// "“…,” the mayor said, adding that …", "… the mayor said on Monday, noting that …": a
    /// participle after a reporting verb and its comma goes on with that verb's speaker, also
    /// where the speaker is a description after a quotation rather than the sentence's subject
    /// (the quotation's own cue is marked as speech, so the search starts after the quotation).
    private func reporter(before comma: Int, sentence: Range<Int>) -> Range<Int>? {
        var verb = comma - 1
        // Over a short time phrase after the verb ("said on Monday").
        if verb - 1 > sentence.lowerBound, context.isWord(verb), QuoteLexicon.timeWords.contains(context.words[verb]),
            context.isWord(verb - 1), QuoteLexicon.prepositions.contains(context.words[verb - 1])
        {
            verb -= 2
        }
        guard verb > sentence.lowerBound, context.isWord(verb), QuoteLexicon.reportingVerbs.contains(context.words[verb]),
            isInflected(verb)
        else { return nil }
        var start = verb
        while start > sentence.lowerBound, verb - start < QuoteLexicon.maximumClauseTokens, !context.isQuote(start - 1) {
            start -= 1
        }
        return context.subject(before: verb, floor: start)
    }

    /// The subject a cue shares with the verb the parse joins it to: "The researchers tallied the
    /// figures and suggested that …", "His ex-wife agreed, but also contended that …", "The
    /// committee is filing a complaint, claiming that …". Only a main clause's verb shares its
    /// subject so: in "The mayor said his comments would not affect it and added that …", the
    /// parse joins "added" to a verb inside what was said, whose subject is not the speaker.
    private func sharedSubject(of verb: Int, floor: Int) -> Range<Int>? {
        let token = context.token(verb)
        guard token.relation == .conj || token.relation == .advcl && isParticiple(verb) else { return nil }
        let first = Int(token.head)
        guard first >= floor, first < verb else { return nil }
        // "Harlow boss Jim Roe was furious and said …": a predicate's subject too, for a verb of
        // saying ("It is odd that the mayor praises …, yet refuses to …" is no stance of "It").
        let predicate =
            QuoteLexicon.reportingVerbs.contains(context.words[verb]) && context.isPredicate(first)
            && (first..<verb).contains { Int(context.token($0).head) == verb && context.token($0).relation == .cc }
        guard context.token(first).pos == .verb || predicate else { return nil }
        var top = first
        while context.token(top).relation == .conj, Int(context.token(top).head) >= floor, Int(context.token(top).head) < top {
            top = Int(context.token(top).head)
        }
        guard [.root, .parataxis].contains(context.token(top).relation) else { return nil }
        let subject = context.parsedSubject(of: first, floor: floor, orPredicate: predicate)
        // "Jane Roe, head of the union, which represents 9,000 nurses, said …": a verb the parse
        // joined to a relative clause after the comma that closes it is the main clause resuming;
        // its subject opens the sentence.
        if let pronoun = subject?.lowerBound, subject?.count == 1, pronoun - 1 > floor, context.isComma(pronoun - 1),
            QuoteLexicon.relativePronouns.contains(context.words[pronoun]), context.words[pronoun] != QuoteLexicon.that,
            context.isComma(verb - 1)
        {
            return phraseHeading(pronoun - 2, floor: floor) ?? subject
        }
        // "Mira Kolvet, whose Harbor Alliance won 49 seats, told …": likewise after a "whose"
        // clause; its subject is the party, not who speaks.
        if let start = subject?.lowerBound, start - 2 > floor, context.isWord(start - 1), context.words[start - 1] == QuoteLexicon.whose,
            context.isComma(start - 2), context.isComma(verb - 1)
        {
            if let name = context.mention(at: start - 3), [.person, .organization].contains(name.type) { return name.tokens }
            return phraseHeading(start - 3, floor: floor) ?? subject
        }
        return subject
    }

    /// The noun phrase that the noun at `index` belongs to, climbing out of the phrases the parse
    /// hangs inside it ("Jane Roe, head of the union" from "union"): its mention, or its head
    /// with the words before it that hang from it.
    private func phraseHeading(_ index: Int, floor: Int) -> Range<Int>? {
        var top = index
        while top >= floor, Int(context.token(top).head) >= floor, Int(context.token(top).head) < top {
            let relation = context.token(top).relation
            // A noun hangs inside another's phrase as its apposition, part of its name, or the
            // object of a preposition ("of the union"); any other attachment the parse made is
            // no phrase of it.
            let isModifier =
                relation == .nmod
                && (Int(context.token(top).head)..<top).contains {
                    context.token($0).relation == .case && Int(context.token($0).head) == top
                }
            guard [.appos, .flat, .compound].contains(relation) || isModifier else { break }
            top = Int(context.token(top).head)
        }
        guard top >= floor, [.noun, .propn].contains(context.token(top).pos) else { return nil }
        if let mention = context.mention(at: top), mention.tokens.lowerBound >= floor { return mention.tokens }
        var start = top
        while start - 1 >= floor, context.hangs((start - 1)..<start, from: top) { start -= 1 }
        return start..<(top + 1)
    }

    /// The speaker of an inverted cue ("…, said Jane Doe"): only speech verbs invert, and the
    /// phrase must look like a name or a description (a mention, a pronoun, a capital, a determiner).
    func invertedSpeaker(after verb: Int, sentence: Range<Int>) -> Range<Int>? {
        // A participle never inverts: "…, demanding an investigation" names what is demanded.
        guard QuoteLexicon.quoteVerbs.contains(context.words[verb]), !isParticiple(verb) else { return nil }
        guard let phrase = context.nounPhrase(after: verb + 1, ceiling: sentence.upperBound) else { return nil }
        // "Jane Doe, 59, who …, said the event brought back …": a phrase with a verb of its own is
        // the content's clause, not an inverted speaker.
        if phrase.dropFirst().contains(where: { isPastForm($0) || QuoteLexicon.irregularPastTenses.contains(context.words[$0]) }) {
            return nil
        }
        // "…, said the videos show …": the words after the verb are its clause in the parse.
        if phrase.contains(where: { Int(context.token($0).head) == verb && context.token($0).relation == .ccomp }) { return nil }
        // "The mayor, who took office in May, said the budget would be balanced": a verb right
        // after the phrase makes it that clause's subject, not an inverted speaker.
        if phrase.upperBound < sentence.upperBound, context.isWord(phrase.upperBound),
            context.token(phrase.upperBound).pos == .aux || context.token(phrase.upperBound).pos == .verb
        {
            return nil
        }
        let first = phrase.lowerBound
        let looksLikeName =
            context.mention(at: first) != nil || context.isPronoun(first)
            || context.token(first).flags.contains(.capitalized) || QuoteLexicon.determiners.contains(context.words[first])
        return looksLikeName ? phrase : nil
    }
}
