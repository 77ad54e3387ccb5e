/// `according to X, Y`, `Y, according to X` and `as per X`: a source named without a verb.
extension ReportedSpeechFinder {
    func according(at index: Int, sentence: Range<Int>) -> Frame? {
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
}
