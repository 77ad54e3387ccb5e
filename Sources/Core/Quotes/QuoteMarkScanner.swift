/// A stretch of text between quotation marks, as token indices into `TextDocument.tokens`.
struct QuotedSpan: Sendable, Equatable {
    /// The opening mark's first token; nil when the span continues a quotation from the previous paragraph
    /// without reopening it, or when the mark was lost.
    var open: Int?
    /// The closing mark's last token; nil when the quotation runs on to the next paragraph or never closes.
    var close: Int?
    /// The tokens inside the marks.
    var content: Range<Int>
    var paragraph: Int
    /// Spans of one quotation running over several paragraphs share a chain number.
    var chain: Int
    /// Whether the quotation never found its closing mark (and was cut at the paragraph end).
    var unclosed: Bool
}

/// Pairs quotation marks into spans, one paragraph at a time, in one pass over the tokens.
///
/// Marks pair by family (double: `“ ” " „ « »`, single: `‘ ’ '`), double quotes being the outer
/// level; single marks inside a double quotation are a nested quote and stay part of its content.
/// A mark that pairs with nothing is dropped on its own, so one stray mark costs at most one
/// quotation. A double quotation still open at a paragraph end continues into the next paragraph
/// when that one starts with an opening mark (the news convention for long quotes); otherwise it
/// is closed at the paragraph end and flagged `unclosed`.
struct QuoteMarkScanner: Sendable {
    enum Family { case double, single }

    struct Mark {
        var family: Family
        var opens: Bool
        /// Tokens the mark takes: 2 for a doubled apostrophe (`''`) standing for a double quote.
        var length: Int = 1
        /// A straight mark with space on both sides: it closes an open quotation, else it opens.
        var ambiguous = false
    }

    /// The mark at `index`, reading two touching straight apostrophes (`''…''`, a style some
    /// archives use) as one double quotation mark.
    static func markAt(_ document: TextDocument, _ index: Int, paragraphTokens: Range<Int>) -> Mark? {
        guard var mark = mark(document, index, paragraphTokens: paragraphTokens) else { return nil }
        let token = document.tokens[index]
        guard token.end - token.start == 1, document.normalized[Int(token.start)] == UInt8(ascii: "'"),
            index + 1 < paragraphTokens.upperBound
        else { return mark }
        let next = document.tokens[index + 1]
        guard next.kind == .quote, next.start == token.end, next.end - next.start == 1,
            document.normalized[Int(next.start)] == UInt8(ascii: "'")
        else { return mark }
        let spaceBefore = index == paragraphTokens.lowerBound || document.tokens[index - 1].end < token.start
        let spaceAfter =
            index + 2 >= paragraphTokens.upperBound || document.tokens[index + 2].start > next.end
            || document.tokens[index + 2].kind == .punctuation
        mark.family = .double
        mark.length = 2
        if spaceBefore != spaceAfter { mark.opens = spaceBefore }
        return mark
    }

    /// The family of a quote token and whether it opens, corrected by the spacing around it
    /// (“ used as a closer, ” at a paragraph start) because web text often has them backwards.
    static func mark(_ document: TextDocument, _ index: Int, paragraphTokens: Range<Int>) -> Mark? {
        let token = document.tokens[index]
        guard token.kind == .quote else { return nil }
        let start = Int(token.start)
        let first = document.normalized[start]
        var family: Family
        var opens: Bool
        if first == UInt8(ascii: "\"") {
            family = .double
            opens = token.flags.contains(.openingQuote)
        } else if first == UInt8(ascii: "'") {
            family = .single
            opens = token.flags.contains(.openingQuote)
        } else {
            let value = document.normalized.withUnsafeBufferPointer { ScalarClassifier.decode($0, at: start).0 }
            guard let curly = curlyMark(value) else { return nil }
            (family, opens) = curly
        }
        let spaceBefore = index == paragraphTokens.lowerBound || document.tokens[index - 1].end < token.start
        let spaceAfter = index + 1 >= paragraphTokens.upperBound || document.tokens[index + 1].start > token.end
        let straight = first == UInt8(ascii: "\"") || first == UInt8(ascii: "'")
        if straight && spaceBefore && spaceAfter {
            return Mark(family: family, opens: opens, ambiguous: true)
        }
        if opens, !spaceBefore, spaceAfter {
            opens = false
        } else if !opens, spaceBefore, !spaceAfter {
            let next = document.tokens[index + 1]
            if next.kind == .word || next.kind == .number { opens = true }
        }
        return Mark(family: family, opens: opens)
    }

    /// A curly or angle quotation mark's family and whether it opens; nil for any other scalar.
    private static func curlyMark(_ scalar: UInt32) -> (Family, opens: Bool)? {
        switch scalar {
        case 0x201C, 0x201E, 0x201F, 0xAB: (.double, true)
        case 0x201D, 0xBB: (.double, false)
        case 0x2018, 0x201A, 0x201B, 0x2039: (.single, true)
        case 0x2019, 0x203A: (.single, false)
        default: nil
        }
    }

    /// Every quoted span of the document's paragraphs, in text order.
    func scan(_ document: TextDocument) -> [QuotedSpan] {
        var spans: [QuotedSpan] = []
        var chain = -1
        // Whether a double quotation was left open at the end of the previous paragraph.
        var carried = false
        for (paragraph, tokens) in Self.paragraphTokenRanges(document) {
            var doubleOpen: (first: Int, end: Int)? = nil
            var singleOpen: Int? = nil
            let reopens =
                carried
                && Self.markAt(document, tokens.lowerBound, paragraphTokens: tokens).map { $0.family == .double && $0.opens } == true
            carried = false
            var index = tokens.lowerBound
            while index < tokens.upperBound {
                guard let mark = Self.markAt(document, index, paragraphTokens: tokens) else {
                    index += 1
                    continue
                }
                let markEnd = index + mark.length
                defer { index = markEnd }
                var opens = mark.opens
                if mark.ambiguous { opens = mark.family == .double ? doubleOpen == nil : singleOpen == nil }
                switch (mark.family, opens) {
                case (.double, true):
                    // A second opener while one is open. After a finished sentence the first
                    // quotation ended there without its closing mark (`"I think so. "We will…"`,
                    // a slip copy often has); otherwise the first mark was stray, and only it is lost.
                    // Both pieces are one quotation, as in copy that joins a long quote's
                    // paragraphs on one line: the second keeps the first's chain and speaker.
                    var continues = false
                    if let open = doubleOpen, index - 1 > open.end, document.tokens[index - 1].flags.contains(.terminator) {
                        spans.append(
                            QuotedSpan(
                                open: open.first, close: nil, content: open.end..<index, paragraph: paragraph, chain: chain,
                                unclosed: true))
                        continues = true
                    }
                    if !(index == tokens.lowerBound && reopens) && !continues { chain += 1 }
                    doubleOpen = (index, markEnd)
                    singleOpen = nil
                case (.double, false):
                    if let open = doubleOpen {
                        spans.append(
                            QuotedSpan(
                                open: open.first, close: markEnd - 1, content: open.end..<index,
                                paragraph: paragraph, chain: chain, unclosed: false))
                        doubleOpen = nil
                    }
                case (.single, true):
                    if doubleOpen == nil { singleOpen = index }
                case (.single, false):
                    if doubleOpen == nil, let open = singleOpen {
                        chain += 1
                        spans.append(
                            QuotedSpan(
                                open: open, close: index, content: (open + 1)..<index,
                                paragraph: paragraph, chain: chain, unclosed: false))
                        singleOpen = nil
                    }
                }
            }
            if let open = doubleOpen, open.end < tokens.upperBound {
                // Left open: continues into the next paragraph, or ends here unclosed.
                spans.append(
                    QuotedSpan(
                        open: open.first, close: nil, content: open.end..<tokens.upperBound,
                        paragraph: paragraph, chain: chain, unclosed: true))
                carried = true
            }
        }
        return Self.markContinuations(spans)
    }

    /// A span whose quotation the next paragraph reopens is not unclosed: it is one piece of a
    /// multi-paragraph quote, and the chain number already joins them.
    private static func markContinuations(_ spans: [QuotedSpan]) -> [QuotedSpan] {
        var spans = spans
        for index in spans.indices.dropLast() where spans[index].close == nil {
            if spans[index + 1].chain == spans[index].chain && spans[index + 1].paragraph == spans[index].paragraph + 1 {
                spans[index].unclosed = false
            }
        }
        return spans
    }

    /// The token range of each body paragraph (the headline and dateline are left out).
    static func paragraphTokenRanges(_ document: TextDocument) -> [(paragraph: Int, tokens: Range<Int>)] {
        var ranges: [(paragraph: Int, tokens: Range<Int>)] = []
        for sentence in document.sentences where sentence.paragraph >= 0 && !sentence.tokens.isEmpty {
            if let last = ranges.last, last.paragraph == sentence.paragraph {
                ranges[ranges.count - 1].tokens = last.tokens.lowerBound..<sentence.tokens.upperBound
            } else {
                ranges.append((sentence.paragraph, sentence.tokens))
            }
        }
        return ranges
    }
}
