/// The quote stage: direct quotations, reported speech and mixed quotes, each with its cue and a
/// speaker resolved to an entity where the article names one.
///
/// Local sieves find speaker phrases first (`DirectQuoteAttributor`, `ReportedSpeechFinder`);
/// then one pass in text order resolves them, because pronouns and the paragraph sieves depend on
/// who spoke before. Every step is linear in the tokens, whatever the marks look like.
public struct QuoteExtractor: Sendable {
    public init() {}

    func extract(_ document: TextDocument, mentions: [EntityMention], clusters: [EntityClusterer.Cluster]) -> [ExtractedQuote] {
        guard !document.tokens.isEmpty else { return [] }
        let context = QuoteContext(document: document, mentions: mentions, clusters: clusters)
        let spans = QuoteMarkScanner().scan(document)
        let candidates = DirectQuoteAttributor(context: context).candidates(spans)

        var insideSpeech = [Bool](repeating: false, count: context.tokenCount)
        for candidate in candidates where candidate.isSpeech {
            for index in (candidate.embeddedStart ?? candidate.span.content.lowerBound)..<candidate.span.content.upperBound {
                insideSpeech[index] = true
            }
            // A direct quote's cue is spent: "…,” she said on Monday" reports nothing more.
            if let cue = candidate.attribution?.cue, cue.upperBound <= context.tokenCount {
                for index in cue { insideSpeech[index] = true }
            }
        }
        // Prefix counts of speech tokens, to measure in O(1) how much of a clause is a quotation.
        var speechBefore = [Int32](repeating: 0, count: context.tokenCount + 1)
        for index in 0..<context.tokenCount { speechBefore[index + 1] = speechBefore[index] + (insideSpeech[index] ? 1 : 0) }

        let frames = ReportedSpeechFinder(context: context).frames(insideSpeech: insideSpeech)
        // "The judge said the defendant had shown “no remorse”": a quotation cued by a verb of
        // finding or thinking inside what someone else reports is a fragment of that report,
        // not the speech of the subject it was cued by.
        let reported = frames.filter { $0.attribution.cue != nil }.sorted { $0.content.lowerBound < $1.content.lowerBound }
        func isInsideReport(_ candidate: DirectQuoteAttributor.Candidate) -> Bool {
            guard let cue = candidate.attribution?.cue, context.isWord(cue.lowerBound),
                QuoteLexicon.findingVerbs.contains(context.words[cue.lowerBound])
                    || QuoteLexicon.cognitionVerbs.contains(context.words[cue.lowerBound])
            else { return false }
            let start = min(cue.lowerBound, candidate.span.content.lowerBound)
            let end = max(cue.upperBound, candidate.span.content.upperBound)
            // The reports starting at or before it, the last few of them.
            var (low, high) = (0, reported.count)
            while low < high {
                let middle = (low + high) / 2
                if reported[middle].content.lowerBound <= start { low = middle + 1 } else { high = middle }
            }
            return reported[..<low].suffix(8).contains { end <= $0.content.upperBound }
        }
        var events: [Event] = []
        // Fragments in marks that are not speech on their own make their frame a mixed quote.
        var fragmentStarts: [Int] = []
        for (index, candidate) in candidates.enumerated() where !candidate.span.content.isEmpty {
            if candidate.isSpeech && !isInsideReport(candidate) {
                events.append(Event(position: candidate.span.content.lowerBound, item: .direct(index)))
            } else {
                fragmentStarts.append(candidate.span.content.lowerBound)
            }
        }
        fragmentStarts.sort()
        for (index, frame) in frames.enumerated() {
            let inside = Int(speechBefore[frame.content.upperBound] - speechBefore[frame.content.lowerBound])
            if inside * 2 > frame.content.count { continue }  // the clause is a direct quotation
            events.append(Event(position: frame.attribution.cue?.lowerBound ?? frame.content.lowerBound, item: .reported(index)))
        }
        events.sort { $0.position < $1.position }

        var resolver = SpeakerResolver(context: context)
        var lastInParagraph: (paragraph: Int, speaker: ResolvedSpeaker)? = nil
        var sharedAttribution: (speaker: Range<Int>, resolved: ResolvedSpeaker?)? = nil
        var quotes: [ExtractedQuote] = []
        quotes.reserveCapacity(events.count)
        for event in events {
            switch event.item {
            case .direct(let index):
                let candidate = candidates[index]
                let paragraph = candidate.span.paragraph
                let embedded = candidate.embeddedStart.map { $0..<(candidate.span.close ?? candidate.span.content.upperBound) }
                var content = trimmed(embedded ?? candidate.span.content, context: context)
                let label = candidate.attribution == nil ? transcriptLabel(content, context: context) : nil
                if let label { content = (label.upperBound + 1)..<content.upperBound }
                guard hasWord(content, context: context) else { continue }
                var quote = ExtractedQuote(
                    kind: embedded == nil ? .direct : .mixed, content: context.bytes(content), speaker: nil,
                    cue: nil, rule: .none, tokens: content)
                if let attribution = candidate.attribution {
                    let named = candidate.namedAlternative.map { resolver.resolve($0) }
                    if let shared = sharedAttribution, shared.speaker == attribution.speaker {
                        // `“A,” he said. “B.”`: one attribution, one speaker for both parts.
                        quote.speaker = shared.resolved
                    } else {
                        quote.speaker = context.speaker(outOf: attribution.speaker).map {
                            resolver.resolve($0, named: named?.cluster, quoting: embedded == nil ? content : nil)
                        }
                    }
                    if let speaker = quote.speaker, let cue = attribution.cue {
                        resolver.noteDocuments(of: speaker, around: cue, outside: content)
                    }
                    sharedAttribution = (attribution.speaker, quote.speaker)
                    quote.cue = attribution.cue.map { context.bytes($0) }
                    quote.cueTokens = attribution.cue
                    quote.speakerTokens = attribution.speaker
                    quote.rule = attribution.rule
                } else if let label {
                    quote.speaker = resolver.resolve(label)
                    quote.rule = .transcriptLabel
                } else if let last = lastInParagraph, last.paragraph == paragraph {
                    quote.speaker = last.speaker
                    quote.rule = .paragraphSpeaker
                } else if let last = lastInParagraph, last.paragraph == paragraph - 1, opensParagraph(candidate.span, context: context),
                    // A pronoun no entity was found for ("it", "they") names nobody a reader
                    // could follow into the next paragraph.
                    !last.speaker.isPronoun || last.speaker.cluster != nil
                {
                    quote.speaker = last.speaker
                    quote.rule = .previousParagraphSpeaker
                }
                if let speaker = quote.speaker { lastInParagraph = (paragraph, speaker) }
                quotes.append(quote)
            case .reported(let index):
                let frame = frames[index]
                let sentenceEnd = context.sentence(of: frame.content.lowerBound)?.tokens.upperBound ?? frame.content.upperBound
                let content = context.document.closingOpenBrackets(frame.content, limit: sentenceEnd)
                guard hasWord(content, context: context) else { continue }
                // Two cues over the same words ("mentions policies she supported that X argues …")
                // report them once, by the first.
                guard !quotes.suffix(4).contains(where: { $0.tokens == content }) else { continue }
                // "X said that Obama has called for …": a speaker inside another report's content is
                // reported, not the one the discourse follows ("He said …" next is still X).
                let nested = quotes.suffix(4).contains { $0.tokens.contains(frame.attribution.speaker.lowerBound) }
                let phrase = frame.speakerless ? nil : context.speaker(outOf: frame.attribution.speaker)
                let speaker = phrase.map { resolver.resolve($0, keepsFocus: nested) }
                if let speaker, let cue = frame.attribution.cue, !nested {
                    resolver.noteDocuments(of: speaker, around: cue, outside: content)
                }
                let mixed = containsFragment(content, fragmentStarts)
                quotes.append(
                    ExtractedQuote(
                        kind: frame.kind ?? (mixed ? .mixed : .indirect), content: context.bytes(content), speaker: speaker,
                        cue: frame.attribution.cue.map { context.bytes($0) }, rule: frame.attribution.rule, tokens: content,
                        cueTokens: frame.attribution.cue, speakerTokens: frame.speakerless ? nil : frame.attribution.speaker))
                if let speaker { lastInParagraph = (context.paragraph(of: content.lowerBound), speaker) }
            }
        }
        quotes.sort {
            $0.content.lowerBound != $1.content.lowerBound
                ? $0.content.lowerBound < $1.content.lowerBound : $0.content.upperBound < $1.content.upperBound
        }
        return quotes
    }

    private struct Event {
        enum Item {
            case direct(Int)
            case reported(Int)
        }
        var position: Int
        var item: Item
    }

    /// "PENCE: Well, …": an interview printed as a transcript names each turn's speaker in
    /// capitals before a colon, inside the marks. One to three words, each of two or more
    /// capitals ("Q:" and "A:" name no one).
    private func transcriptLabel(_ content: Range<Int>, context: QuoteContext) -> Range<Int>? {
        guard let colon = content.prefix(4).first(where: { context.isColon($0) }), colon > content.lowerBound else { return nil }
        for index in content.lowerBound..<colon {
            guard context.isWord(index) else { return nil }
            let letters = context.document.normalized[context.token(index).range]
            guard letters.count >= 2, letters.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") || $0 == UInt8(ascii: ".") })
            else { return nil }
        }
        return content.lowerBound..<colon
    }

    /// The content without a trailing comma ("…pretenses,”) or stray marks at its edges.
    private func trimmed(_ content: Range<Int>, context: QuoteContext) -> Range<Int> {
        var start = content.lowerBound
        var end = content.upperBound
        while end > start, context.isComma(end - 1) || context.isQuote(end - 1) { end -= 1 }
        while start < end, context.isQuote(start) || context.isComma(start) { start += 1 }
        return start..<end
    }

    /// Marks alone ("…” ") say nothing: a quote has a word or a number.
    private func hasWord(_ content: Range<Int>, context: QuoteContext) -> Bool {
        content.contains { context.token($0).kind == .word || context.token($0).kind == .number }
    }

    private func opensParagraph(_ span: QuotedSpan, context: QuoteContext) -> Bool {
        guard let open = span.open else { return true }
        return open == 0 || context.paragraph(of: open - 1) != span.paragraph
    }

    /// Whether a fragment in marks starts inside `content` (binary search over sorted starts).
    private func containsFragment(_ content: Range<Int>, _ starts: [Int]) -> Bool {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < content.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < starts.count && starts[low] < content.upperBound
    }
}
