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

    /// Rules whose cue follows its content ("Y, X said.").
    private static let trailingCueRules: Set<AttributionRule> = [.clauseSpeakerVerb, .clauseVerbSpeaker, .clauseAsSpeakerVerb]
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
