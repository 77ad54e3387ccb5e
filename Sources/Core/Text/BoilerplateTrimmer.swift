/// Recognises web-page furniture ("You may also like", "Share this article", "© 2024 …") so the
/// body ends before it and no later stage reports it as an entity, quote or claim.
///
/// Articles pasted from a browser carry these lines after the text, sometimes followed by teaser
/// headlines; so the body is cut at the first such line that follows the article's content,
/// provided only teaser-like lines follow it, or it is an unmistakable end marker ("You may also
/// like", "© …") in the body's second half. Single furniture lines elsewhere (an "Advertisement"
/// between paragraphs) are dropped as paragraphs instead.
struct BoilerplateTrimmer: Sendable {
    private struct Marker {
        let phrase: [UInt8]
        /// The line must be just the phrase (plus punctuation or a count), not merely start with it:
        /// for words like "Related" that also open ordinary sentences.
        let wholeLine: Bool
        /// Only ever seen where the article has ended ("You may also like", "© …"), so it cuts the
        /// tail even when long teasers follow. Others ("Advertisement", "Click here to …") also
        /// appear between paragraphs and cut only when nothing but short lines follows.
        let endsArticle: Bool
    }

    private static let markers: [Marker] = {
        let wholeLine = [
            "related", "advertisement", "advertising", "sponsored", "share", "print", "email", "comments",
            "see also", "more", "recommended", "trending", "most read", "most popular", "read next",
            "up next", "top stories", "latest", "more stories", "follow", "tags", "topics", "read more",
            "share this", "newsletter", "subscribe", "sign up", "continue reading", "load more",
        ].map { Marker(phrase: Array($0.utf8), wholeLine: true, endsArticle: false) }
        let articleEnds = [
            "you may also like", "you might also like", "you may be interested", "you might be interested",
            "related articles", "related stories", "related coverage", "related content", "related news",
            "related topics", "related reading", "more stories from", "recommended for you",
            "all rights reserved", "\u{00A9}", "copyright \u{00A9}", "copyright (c)", "copyright 1", "copyright 2",
            "(c) 1", "(c) 2", "our standards:", "filed under",
            "tags:", "topics:", "editor's picks", "editor\u{2019}s picks", "trending now", "categories:", "category:",
            "results are indicative", "results are not scientific", "this poll is not scientific", "poll results",
        ].map { Marker(phrase: Array($0.utf8), wholeLine: false, endsArticle: true) }
        let linePrefix = [
            "related:", "more from", "read more:", "read more at", "read also", "also read", "share this article",
            "share this story", "share on", "share via", "sign up for", "sign up to", "subscribe to",
            "subscribe now", "follow us", "follow @", "click here", "tap here", "get the latest",
            "download our app", "download the app", "report an error", "back to top", "skip to",
            "listen to this article", "more in ", "don't miss", "don\u{2019}t miss", "read the rest", "read the full story",
            "read the full article", "read the original", "vote in our poll", "take our poll",
        ].map { Marker(phrase: Array($0.utf8), wholeLine: false, endsArticle: false) }
        // Article-end phrases first, so a line matching both counts as ending the article.
        return articleEnds + wholeLine + linePrefix
    }()

    /// `markers` by the first byte of their phrase, in the same order, so a line is compared only
    /// with the phrases that can match it ("©", C2 A9, under 0).
    private static let markersByFirstByte: [[Marker]] = {
        var buckets = [[Marker]](repeating: [], count: 128)
        for marker in markers {
            let first = marker.phrase[0]
            buckets[first == 0xC2 ? 0 : Int(first)].append(marker)
        }
        return buckets
    }()

    /// Longer lines are prose, whatever they start with.
    static let maximumFurnitureBytes = 160
    /// Lines up to this length may be teaser headlines; longer ones are article text.
    static let maximumTeaserBytes = 200

    /// The end of the article text within `body`, before any furniture tail.
    ///
    /// One walk over the lines finds both where the last line of prose starts and the furniture
    /// lines after some content; which of these cuts the body can only be told once the last line
    /// of prose is known, so they are kept (they are few) and judged after the walk.
    func bodyEnd(_ bytes: UnsafeBufferPointer<UInt8>, body: Range<Int>) -> Int {
        // Start of the last line of prose: a marker after it is followed only by teaser headlines
        // and furniture, so it cannot be an "Advertisement" between two paragraphs.
        var lastProseLineStart = body.lowerBound
        var sawContent = false
        var cuts: [(lineStart: Int, endsArticle: Bool)] = []
        var lineStart = body.lowerBound
        while lineStart < body.upperBound {
            let end = TextLines.lineEnd(bytes, from: lineStart, limit: body.upperBound)
            let content = TextLines.trimmed(bytes, lineStart..<end)
            if !content.isEmpty {
                let marker = furnitureMarker(bytes, content)
                if isProse(bytes, content, marker: marker) { lastProseLineStart = lineStart }
                if let marker {
                    if sawContent { cuts.append((lineStart, marker.endsArticle)) }
                } else {
                    sawContent = true
                }
            }
            lineStart = end + 1
        }
        let middle = body.lowerBound + body.count / 2
        for cut in cuts where (cut.endsArticle && cut.lineStart >= middle) || cut.lineStart > lastProseLineStart {
            return cut.lineStart
        }
        return body.upperBound
    }

    /// Long lines, and lines that end like a sentence, are article text; teaser headlines are
    /// short and unpunctuated. `marker` is the line's `furnitureMarker`.
    private func isProse(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, marker: Marker?) -> Bool {
        guard !line.isEmpty else { return false }
        if line.count > Self.maximumTeaserBytes { return true }
        let last = bytes[line.upperBound - 1]
        let closingQuote = last == 0x9D && line.count >= 3 && bytes[line.upperBound - 3] == 0xE2  // ”
        let endsLikeSentence =
            last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
            || last == UInt8(ascii: "\"") || closingQuote
        return endsLikeSentence && marker == nil
    }

    /// Whether one trimmed line is page furniture rather than article text.
    func isFurniture(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        furnitureMarker(bytes, line) != nil
    }

    private func furnitureMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Marker? {
        guard !line.isEmpty, line.count <= Self.maximumFurnitureBytes else { return nil }
        let first = ASCII.lowercased(bytes[line.lowerBound])
        guard first < 128 || first == 0xC2 else { return nil }
        for marker in Self.markersByFirstByte[Int(first == 0xC2 ? 0 : first)] where line.count >= marker.phrase.count {
            guard startsWith(bytes, line, marker.phrase) else { continue }
            let rest = (line.lowerBound + marker.phrase.count)..<line.upperBound
            if marker.wholeLine {
                if !rest.contains(where: { ASCII.isLetter(bytes[$0]) || bytes[$0] >= 0x80 }) { return marker }
            } else {
                // The phrase must end at a word boundary: "Subscribe to" but not "Subscribers".
                let lastOfPhrase = marker.phrase[marker.phrase.count - 1]
                if rest.isEmpty || !ASCII.isLetter(lastOfPhrase) || !ASCII.isLetter(bytes[rest.lowerBound]) { return marker }
            }
        }
        return nil
    }

    private func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ phrase: [UInt8]) -> Bool {
        var index = line.lowerBound
        for byte in phrase {
            if ASCII.lowercased(bytes[index]) != byte { return false }
            index += 1
        }
        return true
    }
}
