/// Finds reported speech: a speaker, a reporting verb and its content clause, in the three orders
/// news uses — `X said (that) Y`, `Y, X said` / `Y, said X`, and `according to X, Y` / `Y,
/// according to X` — as speaker phrases still to be resolved.
struct ReportedSpeechFinder {
    let context: QuoteContext

    struct Frame {
        /// The content clause's tokens.
        var content: Range<Int>
        var attribution: Attribution
        /// An impersonal or passive report ("it was reported that …") names no source: the
        /// attribution's speaker range is then only the cue's place, not a speaker to resolve.
        var speakerless = false
        /// Set where the marks, not the frame, decide the kind (a headline's quote after its speaker's name).
        var kind: QuoteKind? = nil

        init(content: Range<Int>, speaker: Range<Int>, cue: Range<Int>?, rule: AttributionRule, speakerless: Bool = false) {
            self.content = content
            attribution = Attribution(speaker: speaker, cue: cue, rule: rule)
            self.speakerless = speakerless
        }
    }

    /// A sentence outside quotation marks that opens with an auxiliary and ends with a question
    /// mark ("Q: Did the mayor say …?").
    private func isYesNoQuestion(_ sentence: Range<Int>, insideSpeech: [Bool]) -> Bool {
        var first = sentence.lowerBound
        while first < sentence.upperBound, !context.isWord(first) { first += 1 }
        // A transcript's label ("Q:") comes first.
        if first + 2 < sentence.upperBound, context.isColon(first + 1) { first += 2 }
        var last = sentence.upperBound - 1
        while last > first, context.isQuote(last) { last -= 1 }
        guard first < last, !insideSpeech[first], context.isWord(first), QuoteLexicon.auxiliaries.contains(context.words[first]),
            context.token(last).kind == .punctuation, context.document.normalized[Int(context.token(last).start)] == UInt8(ascii: "?")
        else { return false }
        return true
    }

    /// "It is worth noting that …", "it is fair to say …", "Having said that, …", "That said, …":
    /// set phrases in the writer's own voice, whoever the parse makes their subject.
    func isWritersSetPhrase(_ verb: Int, sentence: Range<Int>) -> Bool {
        func word(_ index: Int) -> UInt64 { sentence.contains(index) && context.isWord(index) ? context.words[index] : 0 }
        if word(verb - 1) == QuoteLexicon.worth { return true }
        // "It goes without saying that …".
        if word(verb - 1) == QuoteLexicon.without, QuoteLexicon.goWords.contains(word(verb - 2)) { return true }
        if verb - 4 >= sentence.lowerBound, word(verb - 1) == QuoteLexicon.to, context.token(verb - 2).pos == .adj,
            QuoteLexicon.copulas.contains(word(verb - 3)), word(verb - 4) == QuoteLexicon.it
        {
            return true
        }
        // "who asked not to be identified", "spoke on condition of anonymity": a source's anonymity.
        if word(verb + 1) == QuoteLexicon.not, word(verb + 2) == QuoteLexicon.to, word(verb + 3) == QuoteLexicon.be,
            QuoteLexicon.identifiedWords.contains(word(verb + 4))
        {
            return true
        }
        if word(verb + 1) == QuoteLexicon.on, word(verb + 2) == QuoteLexicon.condition { return true }
        // Opening the sentence: "Having said that," and "That said,".
        let opens = verb - 1 == sentence.lowerBound
        if opens, word(verb - 1) == QuoteLexicon.having, QuoteLexicon.demonstratives.contains(word(verb + 1)) { return true }
        return opens && QuoteLexicon.demonstratives.contains(word(verb - 1)) && verb + 1 < sentence.upperBound && context.isComma(verb + 1)
    }

    /// `insideSpeech[i]` is true for tokens inside a direct quotation: a verb there is the
    /// quoted speaker's, not the article's.
    func frames(insideSpeech: [Bool]) -> [Frame] {
        var frames: [Frame] = []
        // How many frames each sentence has: a trailing cue passes on the reports of its own.
        var framesIn = [Int](repeating: 0, count: context.document.sentences.count)
        let triggers = QuoteLexicon.frameTriggers
        let (of, about) = (QuoteLexicon.of, QuoteLexicon.about)
        for (sentenceIndex, sentence) in context.document.sentences.enumerated() {
            let framesBefore = frames.count
            defer { framesIn[sentenceIndex] = frames.count - framesBefore }
            // Headlines report speech too ("Trump Says Clinton Is Unfit"); there every word is capitalised.
            let headline = sentence.paragraph < 0
            let tokens = sentence.tokens
            if headline, let frame = speakerColonHeadline(tokens) {
                frames.append(frame)
                continue
            }
            // "Did the mayor say the bridge would close?", "Do you think it is enough?": a question
            // asks whether anyone said it.
            if isYesNoQuestion(tokens, insideSpeech: insideSpeech) { continue }
            var index = tokens.lowerBound
            var lastSubject: Range<Int>? = nil
            while index < tokens.upperBound {
                defer { index += 1 }
                guard context.isWord(index), !insideSpeech[index] else { continue }
                let word = context.words[index]
                // No frame starts at a word outside every cue list, unless an attitude adjective
                // ("critical of") is guessed from its suffix before "of" or "about".
                if !triggers.contains(word) {
                    let next = index + 1 < tokens.upperBound && context.isWord(index + 1) ? context.words[index + 1] : 0
                    guard next == of || next == about else { continue }
                }
                if index + 1 < tokens.upperBound,
                    word == QuoteLexicon.according && context.words[index + 1] == QuoteLexicon.to
                        || word == QuoteLexicon.as && context.words[index + 1] == QuoteLexicon.per
                {
                    if let frame = according(at: index, sentence: tokens) { frames.append(frame) }
                    continue
                }
                if !headline, word == QuoteLexicon.what || word == QuoteLexicon.which,
                    let frame = frontedObject(at: index, sentence: tokens)
                {
                    frames.append(frame)
                    // The verb is spent: "what she said when …" reports nothing after it.
                    if let cue = frame.attribution.cue { index = cue.upperBound - 1 }
                    continue
                }
                if !headline, let frame = nonVerbalFrame(at: index, sentence: tokens, insideSpeech: insideSpeech) {
                    frames.append(frame)
                    // The verb inside the cue ("as she said", "quoted as saying") is spent, and a
                    // question put to the speaker ("Asked whether the council had considered raising
                    // fares, she said …") is the interviewer's words, no one's report.
                    if frame.attribution.rule == .askedOpening {
                        index = frame.content.upperBound - 1
                    } else if let cue = frame.attribution.cue, cue.upperBound - 1 > index {
                        index = cue.upperBound - 1
                    }
                    continue
                }
                // In a title-case headline only verbs of saying count: its nouns pass for verbs too
                // easily. A sentence-case headline ("Chairman calls for a plan") shows its verbs, but
                // has one predicate: after it, "talks" or "plans" are nouns.
                let lowerCase = !context.token(index).flags.contains(.capitalized) && frames.count == framesBefore
                guard
                    QuoteLexicon.reportingVerbs.contains(word) || word == QuoteLexicon.heard
                        || ((!headline || lowerCase) && QuoteLexicon.stanceVerbs.contains(word)),
                    headline || !context.token(index).flags.contains(.capitalized)
                else { continue }
                // The parse tells "her remarks", "a state law" and "his tweets" from verbs, and
                // "did not address" from speech: a negated cue reports nothing said.
                // (In a title-case headline the tagger guesses; a lower-case word it reads well.)
                if !headline || !context.token(index).flags.contains(.capitalized), isNonVerbOrNegated(index, sentence: tokens) {
                    continue
                }
                // "a think tank", "a talk show": a noun compound that opens with a verb of saying.
                if index + 1 < tokens.upperBound, context.isWord(index + 1),
                    QuoteLexicon.cueCompounds.contains(word &* 31 &+ context.words[index + 1])
                {
                    continue
                }
                // "back", "like", "state" are nouns, adverbs or adjectives more often than verbs:
                // as bare forms they count only after an auxiliary or a pronoun ("they back", "will
                // plan") or before "that" ("the rules state that …"), unlike "state police".
                if QuoteLexicon.ambiguousBaseForms.contains(word),
                    !(index > tokens.lowerBound && context.isWord(index - 1)
                        && (QuoteLexicon.auxiliaries.contains(context.words[index - 1]) || context.isPronoun(index - 1))),
                    !(index + 1 < tokens.upperBound && context.isWord(index + 1) && context.words[index + 1] == QuoteLexicon.that),
                    !takesTopic(index, sentence: tokens)
                {
                    continue
                }
                if isWritersSetPhrase(index, sentence: tokens) { continue }
                if var frame = frame(verb: index, sentence: tokens, insideSpeech: insideSpeech, previousSubject: lastSubject)
                    ?? parsedFrame(verb: index, sentence: tokens)
                {
                    // A hearing heard the evidence; who gave it the sentence does not say.
                    if word == QuoteLexicon.heard { frame.speakerless = true }
                    frames.append(frame)
                    lastSubject = frame.attribution.speaker
                }
            }
        }
        // Frames are in sentence order: each sentence's are a run starting here.
        var firstFrame = [Int](repeating: 0, count: framesIn.count + 1)
        for sentence in framesIn.indices { firstFrame[sentence + 1] = firstFrame[sentence] + framesIn[sentence] }
        for index in frames.indices where Self.trailingCueRules.contains(frames[index].attribution.rule) {
            let sentence = Int(context.token(frames[index].content.lowerBound).sentence)
            passOn(index, among: firstFrame[sentence]..<firstFrame[sentence + 1], in: &frames)
        }
        for index in frames.indices {
            if let agent = passiveAgent(of: frames[index]) { frames[index].attribution.speaker = agent }
        }
        return frames
    }

    /// "Y said Z, the agency reported": an active trailing cue whose content holds another
    /// frame's cue passes that report on, one sentence's news; the report ends where the cue's
    /// frame begins. ("Y said Z, a claim disputed by X" is X's stance on the report, and is left
    /// as it is.)
    private func passOn(_ index: Int, among sentenceFrames: Range<Int>, in frames: inout [Frame]) {
        guard passiveAgent(of: frames[index]) == nil else { return }
        let content = frames[index].content
        let frameStart = min(frames[index].attribution.speaker.lowerBound, frames[index].attribution.cue?.lowerBound ?? Int.max)
        for other in sentenceFrames where other != index {
            guard let cue = frames[other].attribution.cue, content.contains(cue.lowerBound) else { continue }
            let inner = frames[other].content
            // A report that would end before it begins is left whole: the cue's frame opens it.
            let end = trimmedEnd(start: inner.lowerBound, end: frameStart)
            if inner.contains(frameStart), end > inner.lowerBound { frames[other].content = inner.lowerBound..<end }
        }
    }

    /// "Mayor to council: 'We will not raise taxes'": a headline's name before a colon is
    /// who speaks the words after it, when marks there show they are someone's words ("Brexit:
    /// what happens next" names a topic; "The Latest: …" no one). All in marks, it is a direct
    /// quote; with a few words in marks, a mixed one.
    private func speakerColonHeadline(_ tokens: Range<Int>) -> Frame? {
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

    /// "…, a claim disputed by the mayor": a passive cue's agent, as the parse marks it, is who
    /// speaks; the noun before the cue is only what was said.
    private func passiveAgent(of frame: Frame) -> Range<Int>? {
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

    /// Reported speech the word-sequence sieves miss but the parse shows: a verb of saying whose
    /// clausal complement comes after it, however much stands between ("said in an email to the
    /// Associated Press on Wednesday that …"), with its subject as the speaker.
    /// Whether "so" or "such" stands in `span`: a "that" after it opens a degree's result.
    private func hasDegreeWord(_ span: Range<Int>) -> Bool {
        span.contains { context.isWord($0) && QuoteLexicon.degreeOpeners.contains(context.words[$0]) }
    }

    private func parsedFrame(verb: Int, sentence: Range<Int>) -> Frame? {
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

    /// "His best response was to say …": the subject of an infinitive of saying that is a common
    /// noun with a possessor is what the possessor did; the possessor speaks.
    private func possessor(ofInfinitiveSubject subject: Range<Int>, verb: Int) -> Range<Int>? {
        guard verb > 0, context.words[verb - 1] == QuoteLexicon.to,
            let noun = subject.last(where: { context.token($0).pos == .noun }),
            let owner = subject.first(where: { Int(context.token($0).head) == noun && context.token($0).relation == .nmodPoss })
        else { return nil }
        return owner..<(owner + 1)
    }

    /// Whether the parse shows a stance word is no verb here, or a cue has "not", "n't" or
    /// "never" on it. False without a parse.
    private func isNonVerbOrNegated(_ index: Int, sentence: Range<Int>) -> Bool {
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

    /// Rules whose cue follows its content ("Y, X said.").
    private static let trailingCueRules: Set<AttributionRule> = [.clauseSpeakerVerb, .clauseVerbSpeaker, .clauseAsSpeakerVerb]

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
    private func takesTopic(_ verb: Int, sentence: Range<Int>) -> Bool {
        guard verb + 1 < sentence.upperBound, context.isWord(verb + 1) else { return false }
        let next = context.words[verb + 1]
        return next == QuoteLexicon.of || next == QuoteLexicon.about || next == QuoteLexicon.against
            || particle(after: verb, sentence: sentence) != nil
    }

    private func frame(verb: Int, sentence: Range<Int>, insideSpeech: [Bool], previousSubject: Range<Int>?) -> Frame? {
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
    private func isOnlySubordinate(_ content: Range<Int>) -> Bool {
        guard context.isWord(content.lowerBound) else { return false }
        let word = context.words[content.lowerBound]
        return QuoteLexicon.subordinators.contains(word) && word != QuoteLexicon.so && !content.contains { context.isComma($0) }
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

    /// The speaker when no noun phrase stands right before the verb: the name before an
    /// apposition ("Jane Doe, a spokeswoman, said"), the sentence's subject for a participle
    /// ("…, saying …") or a coordinated verb ("… and said …"), a relative clause's antecedent
    /// ("an architect who said …").
    private func indirectSubject(verb: Int, floor: Int, sentence: Range<Int>, previousSubject: Range<Int>?) -> Range<Int>? {
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
    private func invertedSpeaker(after verb: Int, sentence: Range<Int>) -> Range<Int>? {
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

    /// Whether a bare clause after a cognition verb starts with a subject of its own ("believe
    /// the plan will fail", "hoped utilities would …"), not an object ("expects a rebound").
    private func opensClause(_ start: Int) -> Bool {
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

    private func isParticiple(_ verb: Int) -> Bool { context.document.endsWithIng(context.token(verb)) }

    /// Whether a stance's complement is what a holder says or thinks: an infinitive ("promised to
    /// cut taxes"), a "that" clause, or words in quotation marks ("called the plan “a disaster”").
    /// A bare object ("embracing internet trading", "asked for information") is an act, not speech.
    private func isClausal(_ content: Range<Int>) -> Bool {
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

    /// Where the quotation opening at `mark` closes when it is a name rather than words someone
    /// said: up to four capitalised words and nothing else ("an ad dubbed “Fighter”", "the book
    /// “Rising Tides”"); nil otherwise, and always in a headline, where every word is capitalised.
    private func titleEnd(opening mark: Int) -> Int? {
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
    private func namesWhatWasSaid(after comma: Int, limit: Int) -> Bool {
        guard comma + 2 < limit, context.isWord(comma + 1), context.isWord(comma + 2),
            QuoteLexicon.articles.contains(context.words[comma + 1]), QuoteLexicon.claimNouns.contains(context.words[comma + 2])
        else { return false }
        return !(comma + 4 < limit && context.isWord(comma + 4) && context.words[comma + 4] == QuoteLexicon.by)
    }

    private func object(after verb: Int, sentence: Range<Int>) -> Range<Int>? {
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
    private func particle(after verb: Int, sentence: Range<Int>) -> Int? {
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
    private func objectEnd(from start: Int, sentence: Range<Int>) -> Int {
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

    /// "need", "agreed", "freed": an "-eed" ending is as often a noun's as a past tense's.
    private func endsInDoubleE(_ index: Int) -> Bool {
        let end = Int(context.token(index).end)
        return end >= 3 && context.document.normalized[end - 3] == UInt8(ascii: "e")
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

    /// An adjective of attitude by its form ("critical of", "passionate about", "dismissive of",
    /// "suspicious of"): the suffixes that make adjectives of disposition from nouns and verbs.
    /// "capable of", "full of" and "part of" have none of them.
    private func isAttitudeAdjective(_ index: Int) -> Bool {
        let token = context.token(index)
        guard token.kind == .word, !token.flags.contains(.capitalized), token.end - token.start > 5 else { return false }
        let bytes = context.document.normalized
        let end = Int(token.end)
        func endsWith(_ suffix: StaticString) -> Bool {
            suffix.withUTF8Buffer { suffix in
                let count = suffix.count
                guard end - Int(token.start) > count else { return false }
                return (0..<count).allSatisfy { ASCII.lowercased(bytes[end - count + $0]) == suffix[$0] }
            }
        }
        // "-ment" makes nouns ("abandonment of").
        return endsWith("ical") || endsWith("ive") || endsWith("ous") || endsWith("ful") || endsWith("ate") || endsWith("ant")
            || endsWith("ent") && !endsWith("ment")
    }

    private func isHyphen(_ index: Int) -> Bool {
        context.token(index).kind == .punctuation && context.byte(index) == UInt8(ascii: "-")
            && context.token(index).end - context.token(index).start == 1
    }

    /// Whether a verb carries tense or person ("said", "warns", "noting", "wrote"): after "and"
    /// a bare form is more often a noun or an adjective ("federal and state law").
    private func isInflected(_ index: Int) -> Bool {
        let token = context.token(index)
        let last = context.document.normalized[Int(token.end) - 1]
        return last == UInt8(ascii: "d") || last == UInt8(ascii: "s") || isParticiple(index)
            || QuoteLexicon.irregularPasts.contains(context.words[index])
    }

    private func isPastForm(_ index: Int) -> Bool {
        let token = context.token(index)
        let end = Int(token.end)
        let bytes = context.document.normalized
        return !token.flags.contains(.capitalized) && end - Int(token.start) > 3
            && bytes[end - 2] == UInt8(ascii: "e") && bytes[end - 1] == UInt8(ascii: "d")
    }

    /// "was told", "is said to": the grammatical subject is not the speaker.
    private func isPassive(verb: Int, floor: Int) -> Bool {
        // "was later found", "had earlier been told": the parse's passive auxiliary, whatever stands between.
        if !isParticiple(verb),
            (max(floor, verb - 6)..<verb).contains(where: { Int(context.token($0).head) == verb && context.token($0).relation == .auxPass })
        {
            return true
        }
        var index = verb - 1
        while index >= floor, context.isWord(index), context.isLyAdverb(index) || context.words[index] == QuoteLexicon.not {
            index -= 1
        }
        guard index >= floor, context.isWord(index), QuoteLexicon.passiveAuxiliaries.contains(context.words[index]) else { return false }
        // "was saying" is active.
        return !isParticiple(verb)
    }

    /// Whether a modal governs the verb ("should release", "could not call"), past negation and adverbs.
    private func isModalized(_ verb: Int, floor: Int) -> Bool {
        var index = verb - 1
        while index >= floor, context.isWord(index), context.words[index] == QuoteLexicon.not || context.isLyAdverb(index) { index -= 1 }
        return index >= floor && context.isWord(index) && QuoteLexicon.modals.contains(context.words[index])
    }

    /// Whether the sentence ends within a few (adverbial) tokens after `index`.
    private func endsSoon(after index: Int, sentence: Range<Int>) -> Bool { attributionEnd(after: index, sentence: sentence) != nil }

    /// The comma or final punctuation that ends an attribution at `index` ("…, the ministry said
    /// in its annual report, and …"), or the sentence's end; nil when a clause or a quotation follows.
    private func attributionEnd(after index: Int, sentence: Range<Int>) -> Int? {
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
    private func clause(after verb: Int, sentence: Range<Int>) -> (Range<Int>, Bool)? {
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

    private func clauseEnd(from start: Int, sentence: Range<Int>) -> Int {
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

    /// A finite auxiliary after "and" that cannot be a second infinitive ("have" can: "to build
    /// homes and have them ready").
    private func isFiniteAuxiliary(_ index: Int) -> Bool {
        QuoteLexicon.finiteAuxiliaries.contains(context.words[index]) && context.words[index] != QuoteLexicon.have
    }

    /// "compared with", "compared to": a participle that sets a figure beside another.
    private func isComparison(at index: Int, limit: Int) -> Bool {
        context.words[index] == QuoteLexicon.compared && index + 1 < limit && context.isWord(index + 1)
            && (context.words[index + 1] == QuoteLexicon.with || context.words[index + 1] == QuoteLexicon.to)
    }

    /// The sentence's words before `end` (a comma), for `Y, X said`.
    private func leadingClause(sentence: Range<Int>, before end: Int) -> Range<Int>? {
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

    private func according(at index: Int, sentence: Range<Int>) -> Frame? {
        guard let speaker = context.nounPhrase(after: index + 2, ceiling: sentence.upperBound),
            !speaker.contains(where: { context.isWord($0) && QuoteLexicon.conformityNouns.contains(context.words[$0]) })
        else { return nil }
        let cue = index..<(index + 2)
        var content: Range<Int>? = nil
        if context.token(index).flags.contains(.sentenceInitial) {
            var start = speaker.upperBound
            while start < sentence.upperBound, !context.isComma(start), start - speaker.upperBound < 8 { start += 1 }
            // "According to the Velmont Trust, a national charity, …": the source's apposition is
            // no part of what it says.
            if start < sentence.upperBound, context.isComma(start), let close = appositionEnd(after: start, of: speaker, sentence) {
                start = close
            }
            if start < sentence.upperBound, context.isComma(start) {
                let end = clauseEnd(from: start + 1, sentence: sentence)
                if end - start > 3 { content = (start + 1)..<end }
            }
        } else {
            var end = index
            while end > sentence.lowerBound, context.isComma(end - 1) { end -= 1 }
            content = leadingClause(sentence: sentence, before: end)
            // "Staff rose to 14,200, according to its filing, up from 13,400 in 2021": a comparison
            // after the source goes on with the figure before it, like `Y1, X said, Y2`.
            let comma = speaker.upperBound
            if let leading = content, comma + 2 < sentence.upperBound, context.isComma(comma), opensComparison(at: comma + 1) {
                let end = clauseEnd(from: comma + 1, sentence: sentence)
                if end > comma + 2 { content = leading.lowerBound..<end }
            }
        }
        guard let content else { return nil }
        return Frame(content: content, speaker: speaker, cue: cue, rule: .accordingTo)
    }

    /// The comma closing a phrase after `comma` that is the speaker's apposition: the parse
    /// hangs it from the speaker's words as one, or makes it a second subject of the verb whose
    /// subject follows the closing comma ("…, a national charity, more than 1,000 routes have").
    private func appositionEnd(after comma: Int, of speaker: Range<Int>, _ sentence: Range<Int>) -> Int? {
        var close = comma + 1
        while close < sentence.upperBound, close - comma <= 10, !context.isComma(close) { close += 1 }
        guard close < sentence.upperBound, context.isComma(close), close > comma + 1 else { return nil }
        let phrase = (comma + 1)..<close
        let heads = phrase.filter { !phrase.contains(Int(context.token($0).head)) }
        guard heads.count == 1, let head = heads.first, [.noun, .propn].contains(context.token(head).pos) else { return nil }
        let token = context.token(head)
        if token.relation == .appos { return speaker.contains(Int(token.head)) ? close : nil }
        guard token.relation.isSubject, !phrase.contains(where: { [.verb, .aux].contains(context.token($0).pos) }) else { return nil }
        let secondSubject = ((close + 1)..<sentence.upperBound).contains {
            context.token($0).head == token.head && context.token($0).relation.isSubject
        }
        return secondSubject ? close : nil
    }

    /// "up from", "down from", "compared with", "from", "against": a figure set beside the one before.
    private func opensComparison(at index: Int) -> Bool {
        guard context.isWord(index), index + 1 < context.tokenCount else { return false }
        let word = context.words[index]
        if word == QuoteLexicon.from || QuoteLexicon.comparisonPrepositions.contains(word) { return true }
        guard context.isWord(index + 1) else { return false }
        return QuoteLexicon.directions.contains(word) && context.words[index + 1] == QuoteLexicon.from
            || isComparison(at: index, limit: index + 2)
    }

    // MARK: Frames whose cue is not an active verb

    /// How far back a holder may be looked for: the sentence, 40 tokens, or the last quotation.
    /// A few quoted words that are no speech stay inside the phrase ("Ann Holt, who has a “buy”
    /// rating on the stock, said …"): a scare quote or a title is no quotation to stop at.
    private func floor(before index: Int, sentence: Range<Int>, insideSpeech: [Bool]) -> Int {
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
    private func nonVerbalFrame(at index: Int, sentence: Range<Int>, insideSpeech: [Bool]) -> Frame? {
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
    private func frontedObject(at pronoun: Int, sentence: Range<Int>) -> Frame? {
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

    /// "The plan was endorsed by the mayor.", "The story was first reported by the Times.": a
    /// stance in the passive with its agent, who holds it about the grammatical subject.
    /// A verb whose object is who is addressed ("Velmont was advised by Harlow Partners", "was
    /// warned by police") has no stance on its subject.
    private func passiveStance(verb: Int, sentence: Range<Int>, insideSpeech: [Bool]) -> Frame? {
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

    /// "X is convinced that …", "they were worried about …", "McConnell came away convinced
    /// that …": a copula links a holder to an attitude, and what follows is what they hold.
    private func attitude(adjective: Int, sentence: Range<Int>, insideSpeech: [Bool]) -> Frame? {
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
    private func stanceHolder(noun: Int, sentence: Range<Int>, insideSpeech: [Bool]) -> Frame? {
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

    /// Where a noun phrase or an infinitive object meets the sentence's own finite verb: such an
    /// object has no finite verb outside a relative clause, so one is the main clause resuming
    /// ("the reasons he refuses to release his returns may be …", "critics of the plan have …").
    private func mainVerbCut(_ end: Int, from start: Int) -> Int {
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

    /// "X made (it) clear that …", "X made the case that …": a light verb and a noun of a
    /// made point say what X argued.
    private func madePoint(_ index: Int, sentence: Range<Int>, insideSpeech: [Bool]) -> Frame? {
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
    private func nominal(noun: Int, sentence: Range<Int>, insideSpeech: [Bool]) -> Frame? {
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

    /// Passive reports. "It was reported (by X) that …": the clause, by X or by no one named.
    /// "X was accused of …", "X has been criticised for …", "X is expected to …": the whole
    /// clause, subject included, is what an unnamed source says about X, unless "by Y" names it.
    /// "X is quoted as saying …": X's clause.
    private func passive(verb: Int, sentence: Range<Int>, insideSpeech: [Bool]) -> Frame? {
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

extension ReportedSpeechFinder {
    /// Content ends before trailing punctuation: a final period, comma or closing bracket is not said.
    func trimmedEnd(start: Int, end: Int) -> Int {
        var end = end
        while end > start,
            context.isTerminator(end - 1) || context.isComma(end - 1) || context.token(end - 1).flags.contains(.closingBracket)
        {
            end -= 1
        }
        return end
    }
}
