/// Frames whose cue is an active verb of saying or stance: `X said (that) Y`, `Y, X said`,
/// `Y, said X`, and the parse's own subject and complement where the words are in no order these name.
extension ReportedSpeechFinder {
    /// Reported speech the word-sequence sieves miss but the parse shows: a verb of saying whose
    /// clausal complement comes after it, however much stands between ("said in an email to the
    /// Associated Press on Wednesday that …"), with its subject as the speaker.
    /// Whether "so" or "such" stands in `span`: a "that" after it opens a degree's result.
    func hasDegreeWord(_ span: Range<Int>) -> Bool {
        span.contains { context.isWord($0) && QuoteLexicon.degreeOpeners.contains(context.words[$0]) }
    }

    func parsedFrame(verb: Int, sentence: Range<Int>) -> Frame? {
        guard QuoteLexicon.reportingVerbs.contains(context.words[verb]), context.token(verb).pos == .verb,
            !isPassive(verb: verb, floor: sentence.lowerBound),
            let subject = context.parsedSubject(of: verb, floor: sentence.lowerBound),
            let clause = (verb + 1..<sentence.upperBound).first(where: {
                Int(context.token($0).head) == verb && context.token($0).relation == .ccomp
            })
        else { return nil }
        // "tells so many stories that …": the clause is the degree's result, not what was told.
        if hasDegreeWord((verb + 1)..<clause) {
            return nil
        }
        // A statement has a subject of its own and no subordinator but "that" ("whether", "before",
        // "where" make a question or a time, not what was said).
        var hasSubject = false
        for index in (verb + 1)..<sentence.upperBound where Int(context.token(index).head) == clause {
            let relation = context.token(index).relation
            if relation.isSubject {
                hasSubject = true
                // "they found three people hurt, police said": the attribution after a comma,
                // misread as the verb's complement, is another report's frame.
                if QuoteLexicon.reportingVerbs.contains(context.words[clause]), index > verb + 1, context.isComma(index - 1) { return nil }
            }
            if relation == .mark, context.words[index] != QuoteLexicon.that { return nil }
        }
        guard hasSubject else { return nil }
        // The complement's words: from the first token after the verb that hangs from it, to the last.
        var start = clause
        while start - 1 > verb, context.hangs((start - 1)..<start, from: clause) { start -= 1 }
        var end = clause + 1
        while end < sentence.upperBound, context.hangs(end..<(end + 1), from: clause) { end += 1 }
        while start < end, !context.isWord(start) || context.words[start] == QuoteLexicon.that { start += 1 }
        while end > start, !context.isWord(end - 1) { end -= 1 }
        guard end - start >= 3 else { return nil }
        return Frame(
            content: start..<end, speaker: possessor(ofInfinitiveSubject: subject, verb: verb) ?? subject, cue: verb..<(verb + 1),
            rule: .parsedSpeakerVerbClause)
    }

    /// Whether the parse shows a stance word is no verb here, or a cue has "not", "n't" or
    /// "never" on it. False without a parse.
    func isNonVerbOrNegated(_ index: Int, sentence: Range<Int>) -> Bool {
        let tag = context.token(index).pos
        guard tag != .x else { return false }
        // Verbs of saying keep the word-sequence rules: the tagger errs on them most where it
        // matters ("JD Power estimates sales will …", "…, say the Lib Dems").
        if tag != .verb, !QuoteLexicon.reportingVerbs.contains(context.words[index]) { return true }
        // But inside a noun phrase, modifying the noun after it behind a determiner, number or
        // adjective ("her 2004 state tax returns", "two-year state colleges"), the
        // word is a noun whatever it can also be.
        // So after a conjunction joining the noun phrase to another ("the union and state
        // pension funds"), which a coordinated cue's conjunction is not: that one hangs on it.
        if tag == .noun || tag == .adj, [.compound, .amod].contains(context.token(index).relation),
            Int(context.token(index).head) > index, index > sentence.lowerBound,
            [.det, .num, .adj].contains(context.token(index - 1).pos)
                || context.token(index - 1).relation == .nmodPoss
                || context.token(index - 1).pos == .cconj && Int(context.token(index - 1).head) > index
        {
            return true
        }
        // A noun with a determiner, possessor, adjective, number or preposition of its own heads
        // a noun phrase ("his late-night tweets", "the swing states", "the demands of member
        // states"): a noun, whatever verb it can also be, and no cue unless "that" opens what it
        // reports ("a newspaper report that …"). Closing a sentence after a comma, a verb of
        // saying is the trailing cue the tagger misreads (", The Daily Gazette reports.").
        if tag == .noun, !closesAfterComma(index, sentence: sentence),
            !(index + 1 < sentence.upperBound && context.isWord(index + 1) && context.words[index + 1] == QuoteLexicon.that),
            (max(sentence.lowerBound, index - 6)..<index).contains(where: { child in
                Int(context.token(child).head) == index
                    && [.det, .nmodPoss, .amod, .nummod, .case].contains(context.token(child).relation)
            })
        {
            return true
        }
        // "to 214 reported attacks", "12 confirmed cases": a participle between a number and its
        // noun describes what is counted.
        if index > sentence.lowerBound, index + 1 < sentence.upperBound, context.token(index - 1).pos == .num,
            context.token(index + 1).pos == .noun, isPastForm(index)
        {
            return true
        }
        let floor = max(sentence.lowerBound, index - 4)
        return (floor..<index).contains { child in
            Int(context.token(child).head) == index && context.isWord(child) && QuoteLexicon.negations.contains(context.words[child])
        }
    }

    /// A verb of saying that ends its sentence with a comma a few words before it: the trailing
    /// cue of "Y, The Daily Gazette reports.", whatever the tagger made of it.
    private func closesAfterComma(_ index: Int, sentence: Range<Int>) -> Bool {
        index + 1 < sentence.upperBound && context.isTerminator(index + 1) && QuoteLexicon.reportingVerbs.contains(context.words[index])
            && (max(sentence.lowerBound, index - 6)..<index).contains(where: { context.isComma($0) })
    }

    /// "the 29A virus writing group, recently quit …": a participle right after the noun it
    /// modifies, with an object and no clause of its own, describes that noun; what follows is
    /// no clause it reports ("a statement calling the test a violation" still reports a stance).
    private func describesNoun(_ verb: Int, sentence: Range<Int>) -> Bool {
        guard context.token(verb).relation == .acl, Int(context.token(verb).head) == verb - 1 else { return false }
        var object = false
        for index in sentence where Int(context.token(index).head) == verb {
            let relation = context.token(index).relation
            if relation == .ccomp || relation == .parataxis { return false }
            if relation == .obj { object = true }
        }
        return object
    }

    /// "spoke of …", "spoke out against …": a verb of speaking followed by a particle of topic
    /// is a verb, however often its bare form is something else.
    func takesTopic(_ verb: Int, sentence: Range<Int>) -> Bool {
        guard verb + 1 < sentence.upperBound, context.isWord(verb + 1) else { return false }
        let next = context.words[verb + 1]
        return next == QuoteLexicon.of || next == QuoteLexicon.about || next == QuoteLexicon.against
            || particle(after: verb, sentence: sentence) != nil
    }

    func frame(verb: Int, sentence: Range<Int>, insideSpeech: [Bool], previousSubject: Range<Int>?) -> Frame? {
        // "X appeared to suggest …", "X continued to insist …": the subject belongs to the raising
        // verb, and the infinitive's "to" does not make the verb of saying a noun.
        let head = raisingVerb(before: verb, sentence: sentence) ?? verb
        // Never reach back into a quotation for the subject.
        let floor = floor(before: head, sentence: sentence, insideSpeech: insideSpeech)
        if head > floor, QuoteLexicon.nounMarkers.contains(context.words[head - 1]) || context.token(head - 1).flags.contains(.possessive) {
            return nil
        }
        // "The minister rejected claims the budget was cut": a cue that is also a noun, right
        // after a verb, is its object, whatever its tag ("keeps saying" is no noun).
        if head > floor, QuoteLexicon.claimNouns.contains(context.words[head]), context.token(head - 1).pos == .verb,
            context.isWord(head - 1),
            ![.aux, .auxPass, .cop].contains(context.token(head - 1).relation)
        {
            return nil
        }
        if isPassive(verb: head, floor: floor) || namesOrPhones(verb, sentence: sentence) || context.isNounReadAsVerb(head) {
            return nil
        }
        // "despite repeated warnings that …": a participle the parse reads as a noun's modifier
        // describes the noun; it reports nothing, and the noun before it speaks nothing.
        // (A noun right after it, as the parse says; an amod pointing elsewhere is a misparse.)
        let modified = Int(context.token(head).head)
        if context.token(head).relation == .amod, modified > head, modified - head <= 3, context.token(modified).pos == .noun {
            return nil
        }
        // "Reuters reported the minister as saying": the frame is the participle's, with its speaker.
        if verb + 2 < sentence.upperBound,
            let saying = ((verb + 2)..<min(sentence.upperBound, verb + 10)).first(where: { context.words[$0] == QuoteLexicon.saying }),
            quotedAsSaying(participle: saying, floor: floor)?.verb == verb
        {
            return nil
        }
        var cue = head..<(verb + 1)
        // `Y1, said X, Y2`: after a clause (a verb, or an opening "as", "when") and its comma, a
        // name after the cue that a comma or the sentence's end closes speaks, whatever the parse
        // makes the cue's subject ("As the tactics change, said Mr King, so …"; not "Jane Roe,
        // the chair, noted the rule.").
        if head == verb, verb > sentence.lowerBound, context.isComma(verb - 1),
            (max(sentence.lowerBound, verb - QuoteLexicon.maximumClauseTokens)..<verb).contains(where: {
                [.verb, .aux].contains(context.token($0).pos)
                    || $0 == sentence.lowerBound && QuoteLexicon.subordinators.contains(context.words[$0])
            }),
            let frame = invertedFrame(verb: verb, sentence: sentence)
        {
            return frame
        }
        // A bare participle ("urging Lavrov to …") has no subject of its own right before it: the
        // noun there is the previous verb's object, and the speaker is the sentence's subject.
        let bareParticiple =
            isParticiple(head)
            && !(head - 1 >= floor && context.isWord(head - 1)
                && QuoteLexicon.passiveAuxiliaries.contains(context.words[head - 1]))
        let quotedAs = quotedAsSaying(participle: head, floor: floor)
        let direct =
            quotedAs?.speaker
            ?? (bareParticiple
                ? previousSubject ?? context.sentenceSubject(sentence, before: head) ?? context.subject(before: head, floor: floor)
                : context.subject(before: head, floor: floor))
        if let quotedAs { cue = quotedAs.verb..<(verb + 1) }
        if let subject = direct ?? indirectSubject(verb: head, floor: floor, sentence: sentence, previousSubject: previousSubject) {
            let word = context.words[verb]
            let last = subject.upperBound - 1
            let reporting =
                QuoteLexicon.reportingVerbs.contains(word)
                || word == QuoteLexicon.heard && context.isWord(last) && QuoteLexicon.hearings.contains(context.words[last])
            if word == QuoteLexicon.heard, !reporting { return nil }
            let cognition = QuoteLexicon.cognitionVerbs.contains(word)
            // "sources indicate the club are willing to sell, partly because …", "she admitted the
            // plan had failed": a stance verb, or one that is speech only with "that", whose
            // complement the parse reads as a finite clause reports that clause whole.
            // Not a gerund after a preposition ("without checking whether …", "on funding local
            // clinics has been …"), which the parse may misread so.
            let gerund =
                isParticiple(verb) && verb > sentence.lowerBound && context.isWord(verb - 1)
                && (QuoteLexicon.prepositions.contains(context.words[verb - 1]) || [.adp, .sconj].contains(context.token(verb - 1).pos))
            let stanceClause =
                (QuoteLexicon.stanceVerbs.contains(word) || QuoteLexicon.thatOnlyVerbs.contains(word)) && !cognition && !gerund
                && hasClausalComplement(verb, sentence: sentence)
            // "Her office received 300 emails, she said, most of them backing the cut": a cue set
            // off by commas on both sides interrupts the clause it reports, which `Y1, X said, Y2`
            // below reads whole; what follows it alone is reported only where that reading finds
            // no clause. (A participle after the cue's comma opens a report of its own: "…, she
            // said, adding that …".)
            let interrupting =
                verb + 2 < sentence.upperBound && context.isComma(verb + 1) && !isParticiple(verb + 2)
                && subject.lowerBound > sentence.lowerBound && context.isComma(subject.lowerBound - 1)
            var following: Frame? = nil
            if reporting || cognition || stanceClause, !describesNoun(head, sentence: sentence),
                let (content, hasThat) = clause(after: verb, sentence: sentence),
                hasThat || !QuoteLexicon.thatOnlyVerbs.contains(word) && reporting || cognition && opensClause(content.lowerBound)
                    || stanceClause,
                hasThat || context.document.holdsClause(content)
            {
                let end = mainClauseResumption(after: head, in: content) ?? content.upperBound
                let frame = Frame(
                    content: content.lowerBound..<end, speaker: subject, cue: cue, rule: hasThat ? .speakerVerbThat : .speakerVerbClause)
                guard interrupting, reporting else { return frame }
                following = frame
            }
            // "Jane Doe called for steep tariffs": a holder and the object of a stance.
            // An addressee verb's object is who is addressed, unless an infinitive follows at
            // once ("promised to cut taxes"): that is what was promised; or what is urged or
            // charged follows it ("urged voters to reject the plan", "accused the firm of lying").
            // What a hearing heard is reported only as a clause: "the jury heard evidence" is an event.
            if following == nil, word != QuoteLexicon.heard, let content = object(after: verb, sentence: sentence),
                !QuoteLexicon.addresseeVerbs.contains(word)
                    || verb + 1 < sentence.upperBound && context.isWord(verb + 1) && context.words[verb + 1] == QuoteLexicon.to
                    || chargesAddressee(content) || context.words[content.lowerBound] == QuoteLexicon.against,
                !QuoteLexicon.actStanceVerbs.contains(word) || isClausal(content)
                    || isDocumentsFinding(verb, subject: subject, floor: floor),
                !(content.count > 2 && context.words[content.upperBound - 2] == QuoteLexicon.as
                    && context.words[content.upperBound - 1] == QuoteLexicon.saying),
                // "declined to comment (on the report)": a verb of saying with nothing said.
                !(content.count >= 2 && context.words[content.lowerBound] == QuoteLexicon.to
                    && QuoteLexicon.quoteVerbs.contains(context.words[content.lowerBound + 1])
                    && (content.count == 2 || [QuoteLexicon.on, QuoteLexicon.about].contains(context.words[content.lowerBound + 2]))),
                // "officials should release the videos “without delay”": what someone ought to
                // or might do is no stance they took.
                !isModalized(head, floor: floor),
                // "Shares added 2 per cent", "have conceded only four goals": a count is no
                // statement.
                !(QuoteLexicon.countingSenseVerbs.contains(word)
                    && QuoteLexicon.opensWithCount(context.document.tokens, content)),
                // "… said the club “will not overpay, however much we like him”": a verb inside
                // someone's quoted words is theirs to tell, not a stance of its own.
                !context.isQuoted(head)
            {
                return Frame(content: content, speaker: subject, cue: cue, rule: .speakerStanceObject)
            }
            guard reporting else { return nil }
            // `Y, X said.`: the subject follows a comma and the sentence ends after the cue.
            var lead = quotedAs?.frameStart ?? subject.lowerBound
            while lead > sentence.lowerBound, subject.lowerBound - lead < 3, context.isWord(lead - 1),
                QuoteLexicon.determiners.contains(context.words[lead - 1]) || context.token(lead - 1).flags.contains(.capitalized)
            {
                lead -= 1
            }
            if lead > sentence.lowerBound, context.isComma(lead - 1), let tail = attributionEnd(after: verb, sentence: sentence),
                !hasObjectOfItsOwn(verb, sentence: sentence)
            {
                // `Y1, X said, Y2`: the attribution interrupts the clause, which is all of the sentence.
                // Past a phrase of the cue's own ("said in its annual report, and …"), the clause goes
                // on only with a verb or a conjunction, not with a subordinate clause of the
                // writer's ("…, officials said on Monday, while the count went on").
                // Nor right after the cue's comma, where "as" or "amid" sets the writer's scene:
                // "…, officials said, as rescue crews worked …" ("…, he said, until the factory
                // closed", "…, while costs have climbed" and "…, since most residents agree" go on
                // with what was said).
                if tail < sentence.upperBound, context.isComma(tail), lead - 1 > sentence.lowerBound,
                    tail == verb + 1
                        && !(tail + 1 < sentence.upperBound && context.isWord(tail + 1)
                            && QuoteLexicon.sceneOpeners.contains(context.words[tail + 1]))
                        || tail + 1 < sentence.upperBound && [.verb, .aux, .cconj].contains(context.token(tail + 1).pos)
                {
                    let end = clauseEnd(from: tail + 1, sentence: sentence)
                    var start = max(sentence.lowerBound, lead - QuoteLexicon.maximumClauseTokens)
                    while start < lead, !context.isWord(start) { start += 1 }
                    if end - (tail + 1) >= 2 {
                        return Frame(content: start..<end, speaker: subject, cue: cue, rule: .clauseSpeakerVerbClause)
                    }
                }
                if following == nil, let content = leadingClause(sentence: sentence, before: lead - 1), !isOnlySubordinate(content) {
                    return Frame(content: content, speaker: subject, cue: cue, rule: .clauseSpeakerVerb)
                }
            }
            return following
        }
        return invertedFrame(verb: verb, sentence: sentence)
    }

    /// "A woman who said she was sitting in a car told the paper …": what a relative clause on
    /// the sentence's subject reports ends where the main clause resumes, before its verb.
    private func mainClauseResumption(after verb: Int, in content: Range<Int>) -> Int? {
        guard context.token(verb).relation == .aclRelcl else { return nil }
        let noun = Int(context.token(verb).head)
        guard noun >= 0, noun < verb, context.token(noun).relation.isSubject else { return nil }
        let main = Int(context.token(noun).head)
        guard main > content.lowerBound + 1, main < content.upperBound else { return nil }
        var end = main
        while end > content.lowerBound, !context.isWord(end - 1) { end -= 1 }
        return end
    }

    /// `Y, said X.`, and `Y1, said X, Y2`, where the attribution interrupts the clause, which is
    /// then all of the sentence (past an apposition on X: "said Jane Roe, a consultant at …, because").
    /// What follows X's comma continues the clause only when it opens like one: a verb, a
    /// conjunction or an adverb, not a noun phrase ("said Jane Roe, who runs …" or "an adviser …").
    private func invertedFrame(verb: Int, sentence: Range<Int>) -> Frame? {
        guard verb > sentence.lowerBound, context.isComma(verb - 1), let speaker = invertedSpeaker(after: verb, sentence: sentence),
            endsSoon(after: speaker.upperBound - 1, sentence: sentence)
        else { return nil }
        // "The 31-year-old, who studied business, said the family employs …": words before the
        // cue whose relative clause runs up to its comma are its subject, not what was said.
        let leading = max(sentence.lowerBound, verb - QuoteLexicon.maximumClauseTokens)..<(verb - 1)
        if let relative = leading.first(where: {
            $0 > leading.lowerBound && context.isComma($0 - 1) && context.isWord($0)
                && (context.words[$0] == QuoteLexicon.relativeWho || context.words[$0] == QuoteLexicon.which)
        }), !((relative + 1)..<(verb - 1)).contains(where: { context.isComma($0) || context.isDash($0) }) {
            return nil
        }
        let cue = verb..<(verb + 1)
        var rest = speaker.upperBound
        if rest < sentence.upperBound, context.isComma(rest) {
            rest += 1
            var apposition = rest
            while apposition < sentence.upperBound, apposition - rest < 10, context.isWord(apposition),
                context.token(apposition).pos != .verb, context.token(apposition).pos != .aux
            {
                apposition += 1
            }
            if apposition > rest, apposition < sentence.upperBound, context.isComma(apposition) { rest = apposition + 1 }
            let end = clauseEnd(from: rest, sentence: sentence)
            // A participle there is the speaker's own ("…, said Ann Lee, speaking in parliament",
            // "…, adding that …"), not more of the clause.
            if end - rest >= 2, [.verb, .aux, .sconj, .cconj, .adv].contains(context.token(rest).pos),
                !(context.token(rest).pos == .verb && isParticiple(rest))
            {
                var start = max(sentence.lowerBound, verb - QuoteLexicon.maximumClauseTokens)
                while start < verb, !context.isWord(start) { start += 1 }
                if start < verb - 1 {
                    return Frame(content: start..<end, speaker: speaker, cue: cue, rule: .clauseVerbSpeakerClause)
                }
            }
        }
        guard let content = leadingClause(sentence: sentence, before: verb - 1) else { return nil }
        return Frame(content: content, speaker: speaker, cue: cue, rule: .clauseVerbSpeaker)
    }

    /// "A 2019 review found 14 cases of fraud", "Surveys show a tight race": what a document
    /// finds or shows is its authors' finding, noun phrase or clause; what the police found is a gun.
    /// (The speaker may be the document's author, "a study by Jane Roe found": the parse's subject
    /// of the verb is the document.)
    private func isDocumentsFinding(_ verb: Int, subject: Range<Int>, floor: Int) -> Bool {
        guard QuoteLexicon.findingVerbs.contains(context.words[verb]) else { return false }
        func isDocument(_ index: Int) -> Bool { context.isWord(index) && QuoteLexicon.authoredDocuments.contains(context.words[index]) }
        return subject.contains(where: isDocument)
            || (floor..<verb).contains { Int(context.token($0).head) == verb && context.token($0).relation.isSubject && isDocument($0) }
    }

    /// "a stream called Miracle Run" (a participle right after the noun, a name after it and
    /// nothing the name is called) names the noun, unlike "the docs who sent the letter called Oz
    /// a quack"; "she called into a radio show" phoned it.
    private func namesOrPhones(_ verb: Int, sentence: Range<Int>) -> Bool {
        guard verb + 1 < sentence.upperBound, context.isWord(verb + 1) else { return false }
        let word = context.words[verb]
        if word == QuoteLexicon.called, QuoteLexicon.phoningParticles.contains(context.words[verb + 1]) { return true }
        // Right after the noun it names, however far the parse hangs it.
        guard QuoteLexicon.namingParticiples.contains(word), context.token(verb).relation == .acl,
            Int(context.token(verb).head) == verb - 1 || Int(context.token(verb).head) < verb && context.token(verb - 1).pos == .noun
        else { return false }
        var end = verb + 1
        while end < sentence.upperBound, end - verb <= 6, context.isWord(end), context.token(end).flags.contains(.capitalized) { end += 1 }
        guard end > verb + 1 else { return false }
        // A noun the tagger sees there is a verb it misread ("called Harbourline belongs"): what a
        // name is called takes its article or is an adjective ("called Oz a quack").
        return end >= sentence.upperBound || ![.det, .adj, .num].contains(context.token(end).pos)
    }

    private func hasObjectOfItsOwn(_ verb: Int, sentence: Range<Int>) -> Bool {
        guard !QuoteLexicon.addresseeVerbs.contains(context.words[verb]) else { return false }
        return (verb + 1..<min(sentence.upperBound, verb + 6)).contains { child in
            Int(context.token(child).head) == verb && context.token(child).relation == .obj
        }
    }

    /// "Reuters quoted the minister as saying …", "…, the agency reported an aide as saying": the
    /// noun phrase before "as saying" speaks, not the subject of the verb that reports it. Also
    /// where that report's frame starts (its own subject), for a cue after the content.
    private func quotedAsSaying(participle: Int, floor: Int) -> (speaker: Range<Int>, verb: Int, frameStart: Int)? {
        guard participle - 3 >= floor, context.words[participle] == QuoteLexicon.saying,
            context.words[participle - 1] == QuoteLexicon.as,
            let speaker = context.subject(before: participle - 1, floor: floor), speaker.lowerBound - 1 >= floor
        else { return nil }
        let verb = speaker.lowerBound - 1
        guard context.isWord(verb), context.token(verb).pos == .verb else { return nil }
        return (speaker, verb, context.subject(before: verb, floor: floor)?.lowerBound ?? verb)
    }

    /// The raising verb of "appeared to suggest", "seems to think", "continued to insist", or nil.
    private func raisingVerb(before verb: Int, sentence: Range<Int>) -> Int? {
        let raising = verb - 2
        guard raising >= sentence.lowerBound, context.isWord(raising), context.words[verb - 1] == QuoteLexicon.to,
            QuoteLexicon.raisingVerbs.contains(context.words[raising])
        else { return nil }
        return raising
    }

    /// Whether the parse gives the verb a finite clause as its complement soon after it.
    private func hasClausalComplement(_ verb: Int, sentence: Range<Int>) -> Bool {
        ((verb + 1)..<min(sentence.upperBound, verb + 12)).contains { index in
            // "they found three people hurt, police said": a complement that is itself a verb of
            // saying is an attribution the parse misplaced.
            guard Int(context.token(index).head) == verb, context.token(index).relation == .ccomp,
                !QuoteLexicon.reportingVerbs.contains(context.words[index])
            else { return false }
            // A subject, or a finite auxiliary ("indicate Sporting are willing", where the parse
            // made the subject an object), a few words after the verb with no relative word
            // between: "unveiled a proposal for closer ties that would create …" reports nothing.
            guard
                let marker = ((verb + 1)..<index).first(where: { position in
                    Int(context.token(position).head) == index
                        && (context.token(position).relation.isSubject
                            || context.token(position).pos == .aux && isFiniteAuxiliary(position))
                })
            else { return false }
            return marker - verb <= 4
                && !((verb + 1)..<marker).contains { context.isWord($0) && QuoteLexicon.relativePronouns.contains(context.words[$0]) }
        }
    }

    /// Whether an addressee verb's object goes on to what the addressee is urged to do or charged
    /// with: an infinitive ("voters to reject the plan") or "of", "against" ("the firm of lying").
    private func chargesAddressee(_ content: Range<Int>) -> Bool {
        content.dropFirst().contains { index in
            guard context.isWord(index), index + 1 < content.upperBound else { return false }
            let word = context.words[index]
            if word == QuoteLexicon.to { return context.token(index + 1).pos == .verb }
            return word == QuoteLexicon.of || word == QuoteLexicon.against
        }
    }

    /// Where the quotation opening at `mark` closes when it is a name rather than words someone
    /// said: up to four capitalised words and nothing else ("an ad dubbed “Fighter”", "the book
    /// “Rising Tides”"); nil otherwise, and always in a headline, where every word is capitalised.
    func titleEnd(opening mark: Int) -> Int? {
        guard !context.token(mark).flags.contains(.headline) else { return nil }
        let count = context.document.tokens.count
        var index = mark + 1
        var words = 0
        while index < count, !context.isQuote(index) {
            let token = context.token(index)
            switch token.kind {
            case .word:
                guard token.flags.contains(.capitalized), words < 4 else { return nil }
                words += 1
            case .number: break
            case .punctuation: if context.isTerminator(index) { return nil }
            case .symbol, .quote: return nil
            }
            index += 1
        }
        return words > 0 && index < count ? index : nil
    }

    /// The object of a stance verb, past a particle, to the end of its clause.
    /// What a stance verb takes, as `plainObject(after:sentence:)` finds it, with an "against"
    /// before it kept: "cautioned against treating the figures as certain" opposes the treating,
    /// and without the word the report would say the reverse.
    /// "…, an allegation he denies", "…, a claim the company disputes": after the comma, the
    /// writer's apposition naming what was said, which is no part of it. ("…, a claim disputed by
    /// the mayor" is a passive cue of its own, whose content is the whole clause before.)
    func namesWhatWasSaid(after comma: Int, limit: Int) -> Bool {
        guard comma + 2 < limit, context.isWord(comma + 1), context.isWord(comma + 2),
            QuoteLexicon.articles.contains(context.words[comma + 1]), QuoteLexicon.claimNouns.contains(context.words[comma + 2])
        else { return false }
        return !(comma + 4 < limit && context.isWord(comma + 4) && context.words[comma + 4] == QuoteLexicon.by)
    }
}
