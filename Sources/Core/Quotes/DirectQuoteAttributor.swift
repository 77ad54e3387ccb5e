/// Decides which quoted spans are speech and finds each one's speaker phrase with local sieves,
/// most precise first (Muzny et al. 2017): `“…,” X said` / `“…,” said X` / `X said: “…”` /
/// `X, who told …: “…”` / `“…” — X` / `X: “…”` / `according to X`; then the quotation's other
/// paragraphs, the same paragraph's attributed quotes. Discourse sieves that need resolved
/// speakers (the previous paragraph's speaker) run later, in `QuoteExtractor`.
struct DirectQuoteAttributor {
    let context: QuoteContext

    struct Candidate {
        var span: QuotedSpan
        /// Speech (direct), rather than a scare quote, title or fragment of reported speech.
        var isSpeech: Bool
        var attribution: Attribution?
        /// A named speaker phrase from a second sieve for the same quote, which the pronoun of
        /// `attribution` refers to.
        var namedAlternative: Range<Int>?
        /// Set when the quotation sits inside a clause of the article's own words that its cue
        /// attributes as a whole (`Not paying taxes “makes me smart,” he said`): a mixed quote
        /// whose content starts at this token.
        var embeddedStart: Int? = nil
    }

    func candidates(_ spans: [QuotedSpan]) -> [Candidate] {
        var result: [Candidate] = []
        result.reserveCapacity(spans.count)
        for (index, span) in spans.enumerated() {
            let previousClose = index > 0 && spans[index - 1].paragraph == span.paragraph ? spans[index - 1].close : nil
            let nextOpen = index + 1 < spans.count && spans[index + 1].paragraph == span.paragraph ? spans[index + 1].open : nil
            let trailing = self.trailing(span, nextOpen: nextOpen)
            let leading = self.leading(span, previousClose: previousClose)
            var chosen = trailing ?? leading
            var named: Range<Int>? = nil
            // `X, who told the meeting: “…,” he said`: the pronoun is the mention at the cue, the
            // name says who it is.
            if let trailing, let leading, trailing.speaker.count == 1, context.isPronoun(trailing.speaker.lowerBound),
                !(leading.speaker.count == 1 && context.isPronoun(leading.speaker.lowerBound))
            {
                chosen = Attribution(
                    speaker: trailing.speaker, cue: trailing.cue, rule: .quotePronounSaidAndNamedBefore)
                named = leading.speaker
            }
            if chosen == nil { chosen = according(span) }
            let role = self.role(span, trailing: trailing != nil, followsQuote: previousClose != nil)
            var candidate = Candidate(span: span, isSpeech: role.isSpeech, attribution: chosen, namedAlternative: named)
            candidate.embeddedStart = role.embeddedStart
            result.append(candidate)
        }
        shareWithinChains(&result)
        shareWithinParagraphs(&result)
        return result
    }

    /// Speech rather than a scare quote or title: it opens a sentence or follows a cue or colon,
    /// and is a clause (three words or more, or closed by punctuation) or has its own cue. A
    /// quotation closing a clause that started in the article's words, with a cue after it, is
    /// an embedded (mixed) quote; anything else mid-sentence is a fragment (scare quote, title,
    /// or part of reported speech, which `ReportedSpeechFinder` makes mixed).
    private func role(_ span: QuotedSpan, trailing: Bool, followsQuote: Bool) -> (isSpeech: Bool, embeddedStart: Int?) {
        guard let open = span.open else { return (true, nil) }  // a continued multi-paragraph quotation
        let content = span.content
        guard !content.isEmpty else { return (false, nil) }
        var words = 0
        var capitalizedLongWords = 0
        var lowerLongWords = 0
        for index in content where context.isWord(index) {
            words += 1
            let token = context.token(index)
            if token.end - token.start >= 4 {
                if token.flags.contains(.capitalized) { capitalizedLongWords += 1 } else { lowerLongWords += 1 }
            }
        }
        let titleCase = capitalizedLongWords >= 2 && lowerLongWords == 0
        let last = content.upperBound - 1
        let closedByPunctuation = context.isTerminator(last) || context.isComma(last)
        let sentenceStart = context.sentence(of: open)?.tokens.lowerBound ?? open
        var opensSentence = open == sentenceStart
        var introduced = false
        if open > 0, context.paragraph(of: open - 1) == span.paragraph {
            let before = open - 1
            if context.isColon(before) || context.isTerminator(before) || startsLine(open) { opensSentence = true }
            if context.isDash(before) { introduced = true }
            if context.isWord(before), QuoteLexicon.quoteVerbs.contains(context.words[before]) { introduced = true }
            // `asking her, “…”`, `According to X, “…”`: a cue a few words back, then a comma.
            if context.isComma(before) || context.isColon(before) {
                var cursor = before - 1
                while cursor >= max(sentenceStart, before - 8), !introduced {
                    if context.isTerminator(cursor) || context.isQuote(cursor) { break }
                    if context.isWord(cursor), QuoteLexicon.quoteVerbs.contains(context.words[cursor]) { introduced = true }
                    if cursor > 0, context.words[cursor] == QuoteLexicon.to, context.words[cursor - 1] == QuoteLexicon.according {
                        introduced = true
                    }
                    cursor -= 1
                }
            }
        }
        // Titles and names in marks ("Fox News Sunday", a book) are not speech without a cue,
        // nor with one after them inside the article's sentence ("her rendition of “A Change Is
        // Gonna Come,” she added …").
        if titleCase && words <= 10 && !introduced && (!trailing || !opensSentence) { return (false, nil) }
        // A quotation that never closes is speech only where a cue or colon introduced it, or
        // where it opens a sentence after a closed quotation of its paragraph (`"…," she said.
        // "I want…` with the closing mark lost).
        if span.unclosed && !introduced && !(opensSentence && (followsQuote || open > 0 && context.isColon(open - 1))) {
            return (false, nil)
        }
        if opensSentence || introduced { return (words >= 3 || closedByPunctuation || trailing, nil) }
        if trailing && closedByPunctuation {
            var start = max(sentenceStart, open - QuoteLexicon.maximumClauseTokens)
            while start < open, !context.isWord(start) { start += 1 }
            return (true, start)
        }
        return (false, nil)
    }

    /// Whether a line break separates the token from the one before (lists of quotes, one a line).
    private func startsLine(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let from = Int(context.token(index - 1).end)
        let to = Int(context.token(index).start)
        return context.document.normalized[from..<to].contains(UInt8(ascii: "\n"))
    }

    /// `“…,” X said` and `“…,” said X`, also across the sentence break of `“….” He said.`
    private func trailing(_ span: QuotedSpan, nextOpen: Int?) -> Attribution? {
        guard let close = span.close else { return nil }
        let paragraphEnd = paragraphEnd(after: close)
        let limit = min(paragraphEnd, nextOpen ?? paragraphEnd)
        var start = close + 1
        while start < limit, context.isComma(start) { start += 1 }
        guard start < limit else { return nil }
        if context.isDash(start), let phrase = dashSpeaker(after: start, limit: limit) {
            return Attribution(speaker: phrase, cue: start..<(start + 1), rule: .quoteDashSpeaker)
        }
        // After `“….”` the cue stands in a new sentence; it is the quote's only when that sentence
        // is just the cue ("He said."), not a new statement ("He said the polls were wrong.").
        let newSentence = context.token(start).sentence != context.token(close).sentence
        // `“…,” the paper gushes` / `“…,” she laughed, adding`: in this place any verb whose
        // subject follows the quotation's comma is how it was said, listed or not.
        let speechTagFollows = !newSentence && endsLikeSpeech(close)
        var index = start
        while index < limit, index - start < 40 {
            if context.isClauseEnd(index) || context.isQuote(index) || context.isColon(index) { return nil }
            if speechTagFollows, let speaker = mannerOfSpeaking(index, start: start) {
                return Attribution(speaker: speaker, cue: index..<(index + 1), rule: .quoteSpeakerSaid)
            }
            guard context.isWord(index), QuoteLexicon.quoteVerbs.contains(context.words[index]),
                index == start || !QuoteLexicon.nounMarkers.contains(context.words[index - 1]),
                !context.isNounAfterIndefiniteName(index), !isPartOfName(index)
            else {
                index += 1
                continue
            }
            // `X said: “…”`: a cue ending in a colon introduces the quotation after it.
            var ahead = index + 1
            while ahead < limit, ahead - index <= 6, !context.isTerminator(ahead), !context.isQuote(ahead) {
                if context.isColon(ahead) { return nil }
                ahead += 1
            }
            if newSentence {
                var after = index + 1
                while after < limit, after - index <= 4, !context.isTerminator(after), !context.isComma(after) { after += 1 }
                // The paragraph may end the cue's sentence; the next quotation opening does not
                // (`“….” X said Y had shown “…”` is X's own statement).
                guard after < limit ? context.isTerminator(after) || context.isComma(after) : limit == paragraphEnd else { return nil }
            }
            let cue = index..<(index + 1)
            // `“…,” Read said`: a capitalised word that is also a verb of saying, before the real
            // cue, is the speaker's name.
            if index == start, index + 1 < limit, context.token(index).flags.contains(.capitalized), context.isWord(index + 1),
                QuoteLexicon.quoteVerbs.contains(context.words[index + 1])
            {
                index += 1
                continue
            }
            if index == start {
                // `“…,” said Jane Doe` (also "said Monday Jane Doe", "said later the minister").
                var after = index + 1
                while after < limit, after - index <= 3, context.isWord(after), QuoteLexicon.timeWords.contains(context.words[after]),
                    !QuoteLexicon.prepositions.contains(context.words[after])
                {
                    after += 1
                }
                guard let phrase = context.nounPhrase(after: after, ceiling: limit) else { return nil }
                return Attribution(speaker: phrase, cue: cue, rule: .quoteSaidSpeaker)
            }
            // `On “Face the Nation,” X said the …`: a quotation inside an opening phrase is a
            // title or a fragment; a cue with its own clause after it says that clause instead.
            if followsArticleWords(span), takesClauseAfter(index) { return nil }
            // `“…,” X said`, where X may carry titles, an apposition or a bracket:
            // "Rep. Jane Doe (D-Md.), the panel's chair, said".
            if let phrase = context.subject(before: index, floor: start),
                phrase.lowerBound == start
                    || (phrase.lowerBound - start <= 8
                        && (start..<phrase.lowerBound).allSatisfy({
                            context.isWord($0)
                                && (!QuoteLexicon.clauseWords.contains(context.words[$0])
                                    || QuoteLexicon.prepositions.contains(context.words[$0]))
                        }) && !QuoteLexicon.clauseWords.contains(context.words[start]))
            {
                let whole = start..<phrase.upperBound
                return Attribution(speaker: whole, cue: cue, rule: .quoteSpeakerSaid)
            }
            // `“…,” and the report was held back, the documents show`: after a quotation, a
            // conjunction continues the writer's sentence; no speaker's name opens there.
            if context.isWord(start) && Self.clauseConjunctions.contains(context.words[start]) { return nil }
            if let phrase = context.leadingPhrase(from: start, before: index) {
                return Attribution(speaker: phrase, cue: cue, rule: .quoteSpeakerAppositionSaid)
            }
            return nil
        }
        return nil
    }

    /// Conjunctions that join the writer's next clause to a quotation ("then" may open a title).
    private static let clauseConjunctions = QuoteLexicon.set(["and", "but", "yet", "so"])

    /// Whether words of the article's own stand before the quotation in its sentence. Looked for
    /// a bounded way back, so a run of thousands of marks stays linear.
    private func followsArticleWords(_ span: QuotedSpan) -> Bool {
        guard let open = span.open, let sentence = context.sentence(of: open) else { return false }
        let floor = max(sentence.tokens.lowerBound, open - QuoteLexicon.maximumClauseTokens)
        return (floor..<open).reversed().contains(where: { context.isWord($0) })
    }

    /// Whether the parse gives the cue a clausal complement after it, before any comma (`said
    /// the spate demands`, `suggested looking at`, not `said in June, citing`).
    private func takesClauseAfter(_ cue: Int) -> Bool {
        guard let sentence = context.sentence(of: cue) else { return false }
        for index in (cue + 1)..<min(sentence.tokens.upperBound, cue + 1 + QuoteLexicon.maximumClauseTokens) {
            if context.isComma(index) || context.isQuote(index) { return false }
            if Int(context.token(index).head) == cue, [.ccomp, .xcomp].contains(context.token(index).relation) { return true }
        }
        return false
    }

    /// "told the Velmont Post:", "the State Department said": a capitalised word inside a name
    /// is the name's, however it is spelt as a verb. So is one that opens a run of capitals in
    /// body text, where a cue is lower-case ("“…,” State Patrol Capt. Jane Roe told reporters"),
    /// whether or not the run was found as a name; a title-case headline capitalises its cue.
    private func isPartOfName(_ index: Int) -> Bool {
        guard context.token(index).flags.contains(.capitalized), !context.token(index).flags.contains(.sentenceInitial) else {
            return false
        }
        if let mention = context.mention(at: index), mention.tokens.count > 1 { return true }
        guard index + 1 < context.tokenCount, context.isWord(index + 1), context.token(index + 1).flags.contains(.capitalized),
            let sentence = context.sentence(of: index)
        else { return false }
        return sentence.paragraph >= 0
    }

    /// `“…,”` or `“…?”`: how a quotation that a speech tag follows ends (a scare quote runs on
    /// into its sentence instead: `“superior” tactics`).
    private func endsLikeSpeech(_ close: Int) -> Bool {
        guard close > 0 else { return false }
        if context.isComma(close - 1) || close + 1 < context.tokenCount && context.isComma(close + 1) { return true }
        return context.isTerminator(close - 1) && context.byte(close - 1) != UInt8(ascii: ".")
    }

    /// `“…,” the paper gushes`: a short noun phrase and one inflected lower-case word ("-s",
    /// "-ed") that ends the clause, or any verb with a particle (`“…,” Roe shot back`, "hit
    /// back", "chimed in"). The parse often reads such a rare verb as the phrase's last noun, but
    /// in this place English puts the speaker and the way it was said.
    private func mannerOfSpeaking(_ verb: Int, start: Int) -> Range<Int>? {
        var end = verb + 1
        let particle = end < context.tokenCount && context.isWord(end) && Self.speechParticles.contains(context.words[end])
        if particle { end += 1 }
        guard verb > start, verb - start <= 4, context.isWord(verb), !context.token(verb).flags.contains(.capitalized),
            !QuoteLexicon.quoteVerbs.contains(context.words[verb]), context.token(verb).pos != .adj, context.token(verb).pos != .aux,
            end < context.tokenCount, context.isComma(end) || context.isClauseEnd(end),
            !context.token(verb - 1).flags.contains(.possessive),
            context.nounPhrase(after: start, ceiling: verb) == start..<verb
        else { return nil }
        let bytes = context.document.normalized
        let last = Int(context.token(verb).end)
        let inflected =
            bytes[last - 1] == UInt8(ascii: "s")
            || last - Int(context.token(verb).start) > 3 && bytes[last - 2] == UInt8(ascii: "e")
                && bytes[last - 1] == UInt8(ascii: "d")
        return inflected || particle ? start..<verb : nil
    }

    /// The particles of phrasal verbs of answering and speaking up ("shot back", "chimed in",
    /// "piped up", "pointed out").
    private static let speechParticles = QuoteLexicon.set(["back", "in", "up", "out"])

    /// `“…” ― Jane Doe`: a name (a mention, or up to five capitalised words) after a dash.
    private func dashSpeaker(after dash: Int, limit: Int) -> Range<Int>? {
        let start = dash + 1
        guard start < limit else { return nil }
        if let mention = context.mention(at: start), mention.tokens.lowerBound == start, [.person, .organization].contains(mention.type) {
            return mention.tokens
        }
        var end = start
        while end < limit, end - start < 5, context.isWord(end), context.token(end).flags.contains(.capitalized) { end += 1 }
        // Only a name that ends its line or sentence: "― Jane Doe" as a signature.
        guard end > start, end == limit || context.isTerminator(end) || context.isComma(end) || startsLine(end) else { return nil }
        return start..<end
    }

    /// `X said: “…”`, `X, who told the meeting: “…”`, `“…,” X added, “…”` and `X: “…”`.
    private func leading(_ span: QuotedSpan, previousClose: Int?) -> Attribution? {
        guard let open = span.open, open > 0 else { return nil }
        // `He said:` closing the previous paragraph introduces a quote that opens this one.
        let crossesParagraph = context.paragraph(of: open - 1) != span.paragraph
        if crossesParagraph && !context.isColon(open - 1) { return nil }
        let sentenceStart = context.sentence(of: open - 1)?.tokens.lowerBound ?? open
        let floor = max(sentenceStart, (previousClose ?? -1) + 1)
        var index = open - 1
        guard index >= floor else { return nil }
        let colon = context.isColon(index)
        while index >= floor, context.isComma(index) || context.isColon(index) || context.isDash(index) { index -= 1 }
        let end = index
        while index >= floor, end - index < 8 {
            if context.isTerminator(index) || context.isQuote(index) { break }
            if context.isWord(index), QuoteLexicon.quoteVerbs.contains(context.words[index]),
                index == floor || !QuoteLexicon.nounMarkers.contains(context.words[index - 1]),
                !context.isNounAfterIndefiniteName(index), !isPartOfName(index)
            {
                if let phrase = context.subject(before: index, floor: floor) {
                    return Attribution(speaker: phrase, cue: index..<(index + 1), rule: .speakerSaidQuote)
                }
                // "Jane Doe, who runs the campaign, said, “…”"
                if index > floor, context.isComma(index - 1) || context.token(index - 1).flags.contains(.closingBracket),
                    let phrase = context.leadingPhrase(from: floor, before: index)
                {
                    // "…,” the paper gushes, adding, “…”": the phrase is a speaker and its verb.
                    let speaker = mannerOfSpeaking(phrase.upperBound - 1, start: phrase.lowerBound) ?? phrase
                    return Attribution(speaker: speaker, cue: index..<(index + 1), rule: .speakerAppositionSaidQuote)
                }
                if index == end || colon, let phrase = context.nounPhrase(after: index + 1, ceiling: end + 1) {
                    return Attribution(speaker: phrase, cue: index..<(index + 1), rule: .saidSpeakerQuote)
                }
                if let phrase = parsedSubject(of: index) {
                    return Attribution(speaker: phrase, cue: index..<(index + 1), rule: .speakerSaidQuote)
                }
                return nil
            }
            index -= 1
        }
        guard colon, end >= floor else { return nil }
        if let mention = context.mention(at: end), mention.tokens.upperBound == end + 1, [.person, .organization].contains(mention.type) {
            return Attribution(
                speaker: max(floor, mention.tokens.lowerBound)..<(end + 1), cue: (end + 1)..<(end + 2),
                rule: .speakerColonQuote)
        }
        // "Sen. Jane Doe scolded him: “…”": the clause's subject, a person named at its start.
        var first = floor
        while first < end, first - floor < 4 {
            if let mention = context.mention(at: first), mention.type == .person, mention.tokens.lowerBound == first,
                mention.tokens.upperBound <= end
            {
                return Attribution(speaker: mention.tokens, cue: nil, rule: .subjectColonQuote)
            }
            first += 1
        }
        return nil
    }

    /// "Mr. Doe hardly clarified the matter, …, asserting, “…”": a cue far from its subject, or a
    /// participle whose subject is the verb's it hangs from, as the parse reads them. Only a
    /// person or organisation named before the cue, or a pronoun, is taken; any other subject
    /// ("That makes me smart") sends the search one verb up.
    private func parsedSubject(of cue: Int) -> Range<Int>? {
        guard let sentence = context.sentence(of: cue) else { return nil }
        var verb = cue
        for _ in 0..<3 {
            if let subject = sentence.tokens.first(where: {
                $0 < cue && Int(context.token($0).head) == verb && context.token($0).relation == .nsubj
                    && (!context.isQuoted($0) || context.isQuoted(cue))  // a subject in marks is someone quoted
                    && !context.isAcrossAside($0, cue)
            }) {
                if context.isPronoun(subject) { return subject..<(subject + 1) }
                if let mention = context.mention(at: subject), [.person, .organization].contains(mention.type) {
                    return mention.tokens
                }
            }
            // Up from a participle, or from the quoted words the cue is joined to ("… -- “…” --
            // and, asked later, asserting, “…”"), to the verb of the article's clause.
            let token = context.token(verb)
            guard [.advcl, .xcomp, .conj, .parataxis].contains(token.relation), token.head >= 0 else { return nil }
            verb = Int(token.head)
        }
        return nil
    }

    /// `according to X` in the quotation's sentence, outside the marks.
    private func according(_ span: QuotedSpan) -> Attribution? {
        guard let anchor = span.open ?? span.close, let sentence = context.sentence(of: anchor) else { return nil }
        // A window around the marks, so a huge unpunctuated "sentence" of quotes stays linear.
        var index = max(sentence.tokens.lowerBound, (span.open ?? anchor) - 30)
        let limit = min(sentence.tokens.upperBound, (span.close ?? span.content.upperBound) + 30)
        while index + 2 < limit {
            if !span.content.contains(index), context.words[index] == QuoteLexicon.according,
                context.words[index + 1] == QuoteLexicon.to,
                let phrase = context.nounPhrase(after: index + 2, ceiling: limit)
            {
                return Attribution(speaker: phrase, cue: index..<(index + 2), rule: .accordingTo)
            }
            index += 1
        }
        return nil
    }

    private func paragraphEnd(after index: Int) -> Int {
        let paragraph = context.paragraph(of: index)
        var end = index + 1
        while end < context.tokenCount, context.paragraph(of: end) == paragraph, end - index < 40 { end += 1 }
        return end
    }

    /// The pieces of one multi-paragraph quotation have one speaker, wherever the cue sits.
    private func shareWithinChains(_ candidates: inout [Candidate]) {
        var start = 0
        while start < candidates.count {
            var end = start + 1
            while end < candidates.count, candidates[end].span.chain == candidates[start].span.chain { end += 1 }
            // One piece read as speech makes the whole quotation speech, attributed or not yet.
            if end - start > 1, candidates[start..<end].contains(where: \.isSpeech) {
                for index in start..<end { candidates[index].isSpeech = true }
            }
            if end - start > 1, let found = candidates[start..<end].first(where: { $0.attribution != nil }) {
                for index in start..<end where candidates[index].attribution == nil {
                    candidates[index].attribution = found.attribution.map {
                        Attribution(speaker: $0.speaker, cue: $0.cue, rule: .multiParagraphQuote)
                    }
                    candidates[index].namedAlternative = found.namedAlternative
                    candidates[index].isSpeech = true
                }
                for index in start..<end { candidates[index].isSpeech = candidates[index].isSpeech || found.isSpeech }
            }
            start = end
        }
    }

    /// A quotation with no cue of its own takes the speaker of the nearest attributed quotation in
    /// its paragraph, the previous one first (`“A,” she said. “B.”`).
    private func shareWithinParagraphs(_ candidates: inout [Candidate]) {
        share(&candidates, in: Array(candidates.indices))
        share(&candidates, in: candidates.indices.reversed())
    }

    /// Walks the quotations in `order`, giving each one without a cue the attribution of the last
    /// attributed quotation of the same paragraph seen on the way.
    private func share(_ candidates: inout [Candidate], in order: [Int]) {
        var last: (paragraph: Int, index: Int)? = nil
        for index in order {
            let paragraph = candidates[index].span.paragraph
            if candidates[index].attribution == nil, candidates[index].isSpeech,
                let previous = last, previous.paragraph == paragraph, let source = candidates[previous.index].attribution
            {
                candidates[index].attribution = Attribution(
                    speaker: source.speaker, cue: source.cue, rule: .sameParagraphQuote)
                candidates[index].namedAlternative = candidates[previous.index].namedAlternative
            }
            if candidates[index].attribution != nil, candidates[index].isSpeech { last = (paragraph, index) }
        }
    }
}
