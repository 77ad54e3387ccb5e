#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Takes Markdown and HTML syntax out of the normalised text, so that "**Trump**", "[the
/// report](https://…)" and "<p>…</p>" are read as the words they mark up, and a page's scripts,
/// styles and comments are not read at all; the map back to the input is kept, so every range
/// still slices the input exactly.
///
/// Markdown: ATX headings ("## Section", recorded in `headings`), block quotes ("> "), emphasis
/// and strikethrough runs that pair up in their paragraph ("*a*", "__b__", "~~c~~"; a lone
/// "s***" or a snake_case name stays), links ("[text](url)" keeps the text), images
/// ("![alt](url)" goes), reference definitions, inline code marks and fenced code blocks. HTML:
/// tags go (block tags become a paragraph break, headings are recorded), `<script>`, `<style>`
/// and comments go with their content, and a few ASCII entities (`&amp;`, `&nbsp;`) become their
/// character.
struct MarkupStripper: Sendable {
    struct Output {
        var bytes: [UInt8]
        var sourceOffset: [Int32]
        /// Where each heading's text starts in `bytes`.
        var headings: [Int]
    }

    /// Bytes that can start markup; text without any of them is left alone without a second pass.
    private static let markupBytes = ZoneClassifier.Phrases(["<", "*", "_", "[", "`", "#", "~"].map { Array($0.utf8) })
    static let fences: [[UInt8]] = ["```", "~~~"].map { Array($0.utf8) }
    static let comment: (open: [UInt8], close: [UInt8]) = (Array("<!--".utf8), Array("-->".utf8))
    static let autolinks: [[UInt8]] = ["<http://", "<https://", "<mailto:"].map { Array($0.utf8) }
    static let referenceEnd: [UInt8] = Array("]:".utf8)

    static let blockTags: Set<String> = [
        "p", "div", "br", "hr", "li", "ul", "ol", "tr", "td", "th", "table", "section", "article", "header",
        "footer", "nav", "aside", "blockquote", "figure", "figcaption", "main", "title", "head", "body", "html",
        "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "dl", "pre", "form", "iframe", "noscript", "caption",
    ]
    /// Tags that only a web page's source has: in one, every tag breaks the text, so that no
    /// span of a sentence, quote or claim reaches over a tag into the next words.
    static let pageSigns: [[UInt8]] = ["<html", "<!doctype", "<body", "<div", "<p>", "<p ", "<span"].map { Array($0.utf8) }
    /// Elements whose content is not text to read.
    static let hiddenElements: [[UInt8]] = ["script", "style", "noscript", "svg", "template"].map { Array($0.utf8) }
    static let entities: [(name: [UInt8], byte: UInt8)] = [
        ("amp;", UInt8(ascii: "&")), ("nbsp;", UInt8(ascii: " ")), ("quot;", UInt8(ascii: "\"")),
        ("apos;", UInt8(ascii: "'")), ("#39;", UInt8(ascii: "'")), ("lt;", UInt8(ascii: "<")), ("gt;", UInt8(ascii: ">")),
    ].map { (Array($0.0.utf8), $0.1) }

    /// Whether the text has a byte that may start markup: a `memchr` per byte, which scans many
    /// bytes an instruction, since most texts have none.
    func mayHaveMarkup(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        for byte in Self.markupBytes.list where memchr(base, Int32(byte[0]), bytes.count) != nil { return true }
        return false
    }

    /// The text without its markup, or nil when there was none to take out (a "_" in an e-mail
    /// address, a "#" in a hashtag): then the text is left as it is, never copied.
    func strip(_ bytes: UnsafeBufferPointer<UInt8>, sourceOffset: [Int32]) -> Output? {
        var scan = Scan(bytes: bytes, map: sourceOffset)
        scan.isPage = isPage(bytes)
        scan.run()
        if scan.verbatim && scan.verbatimEnd == bytes.count && scan.headings.isEmpty { return nil }
        if scan.verbatim { scan.copyVerbatimPrefix() }
        scan.map.append(sourceOffset[bytes.count])
        return Output(bytes: scan.output, sourceOffset: scan.map, headings: scan.headings)
    }

    /// Whether one of `pageSigns` is in the text, looking only where a "<" is.
    private func isPage(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        while index < bytes.count, let found = memchr(base + index, Int32(UInt8(ascii: "<")), bytes.count - index) {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            for sign in Self.pageSigns where TextLines.startsWithLowercase(bytes, at: at, sign) { return true }
            index = at + 1
        }
        return false
    }
}

extension MarkupStripper {
    /// One pass over the bytes, copying what is text with its source offset.
    fileprivate struct Scan {
        let bytes: UnsafeBufferPointer<UInt8>
        let sourceMap: [Int32]
        /// A web page's source, where every tag is a break (see `pageSigns`).
        var isPage = false
        /// While true, the output so far is the input's first `verbatimEnd` bytes, with their
        /// offsets: nothing is copied until a rule changes something.
        var verbatim = true
        var verbatimEnd = 0
        var output: [UInt8] = []
        var map: [Int32] = []
        var headings: [Int] = []
        /// Closing emphasis runs found ahead of the scan, to be skipped when reached.
        var closers: [Range<Int>] = []
        var index = 0
        var count: Int { bytes.count }

        init(bytes: UnsafeBufferPointer<UInt8>, map: [Int32]) {
            self.bytes = bytes
            self.sourceMap = map
        }

        var outputCount: Int { verbatim ? verbatimEnd : output.count }

        /// Ends the verbatim stretch: copies it, so that the output can differ from the input.
        mutating func copyVerbatimPrefix() {
            verbatim = false
            output.reserveCapacity(bytes.count)
            map.reserveCapacity(bytes.count + 1)
            output.append(contentsOf: bytes[0..<verbatimEnd])
            map.append(contentsOf: sourceMap[0..<verbatimEnd])
        }

        mutating func emit(_ byte: UInt8, from origin: Int) {
            if verbatim {
                if origin == verbatimEnd && bytes[origin] == byte {
                    verbatimEnd += 1
                    return
                }
                copyVerbatimPrefix()
            }
            output.append(byte)
            map.append(sourceMap[origin])
        }

        func byte(_ at: Int) -> UInt8 { at < count ? bytes[at] : 0 }

        func isSpace(_ at: Int) -> Bool { at < 0 || at >= count || ASCII.isSpace(bytes[at]) }

        func isAlphanumeric(_ at: Int) -> Bool {
            at >= 0 && at < count && (ASCII.isLetter(bytes[at]) || ASCII.isDigit(bytes[at]) || bytes[at] >= 0x80)
        }

        func lineEnd(from start: Int) -> Int { TextLines.lineEnd(bytes, from: start, limit: count) }

        func startsWith(_ phrase: [UInt8], at start: Int, ignoringCase: Bool = true) -> Bool {
            guard start + phrase.count <= count else { return false }
            for offset in phrase.indices {
                let byte = ignoringCase ? ASCII.lowercased(bytes[start + offset]) : bytes[start + offset]
                if byte != phrase[offset] { return false }
            }
            return true
        }

        /// The index of `phrase` at or after `start`, or nil.
        func find(_ phrase: [UInt8], from start: Int, limit: Int? = nil) -> Int? {
            let last = min(limit ?? count, count) - phrase.count
            var at = start
            while at <= last {
                if ASCII.lowercased(bytes[at]) == phrase[0] && startsWith(phrase, at: at) { return at }
                at += 1
            }
            return nil
        }

        /// Skips a closing run found earlier when the scan reaches it; true when it did.
        mutating func skipCloser() -> Bool {
            while let first = closers.first, first.lowerBound < index { closers.removeFirst() }
            guard let first = closers.first, first.lowerBound == index else { return false }
            closers.removeFirst()
            index = first.upperBound
            return true
        }

        mutating func run() {
            while index < count {
                if index == 0 || bytes[index - 1] == TextLines.newline, lineStart() { continue }
                if skipCloser() { continue }
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "<"): if tag() { continue }
                case UInt8(ascii: "&"): if entity() { continue }
                case UInt8(ascii: "!"): if self.byte(index + 1) == UInt8(ascii: "["), image() { continue }
                case UInt8(ascii: "["): if link() { continue }
                case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"): if emphasis() { continue }
                case UInt8(ascii: "`"): if code() { continue }
                default:
                    copyPlainText()
                    continue
                }
                emit(byte, from: index)
                index += 1
            }
        }

        /// Copies the run of bytes from `index` that no rule looks at, in one piece.
        mutating func copyPlainText() {
            let start = index
            index += 1
            // Up to a byte where a rule may start, or past a line end, where the line rules look.
            if bytes[start] != TextLines.newline {
                index = Self.stops.withUnsafeBufferPointer { TextLines.firstMarked(bytes, from: index, end: count, table: $0) }
                if index < count && bytes[index] == TextLines.newline { index += 1 }
            }
            if verbatim {
                if start == verbatimEnd {
                    verbatimEnd = index
                    return
                }
                copyVerbatimPrefix()
            }
            output.append(contentsOf: bytes[start..<index])
            map.append(contentsOf: sourceMap[start..<index])
        }

        /// Bytes where a rule may start, and the line end, after which the line rules look, as 1s:
        /// where `copyPlainText` stops.
        static let stops: [UInt8] = (0..<256).map { code in "<&![*_~`\n".utf8.contains(UInt8(code)) ? 1 : 0 }

        // MARK: Line starts

        /// Headings, block quotes, fences and reference definitions; true when the line start was consumed.
        mutating func lineStart() -> Bool {
            var at = index
            while at < count && at - index < 3 && bytes[at] == TextLines.space { at += 1 }
            let end = lineEnd(from: at)
            // "```" fences: the code block goes, up to and including the closing fence.
            if let fence = MarkupStripper.fences.first(where: { startsWith($0, at: at) }) {
                var next = end
                while next < count {
                    let lineStartAt = next + 1
                    let close = lineEnd(from: lineStartAt)
                    if startsWith(fence, at: lineStartAt) {
                        next = close
                        break
                    }
                    next = close
                }
                index = min(next, count)
                return true
            }
            // "## Section": the hashes go, the heading is recorded.
            var hashes = at
            while hashes < end && bytes[hashes] == UInt8(ascii: "#") { hashes += 1 }
            if hashes > at, hashes - at <= 6, hashes == end || bytes[hashes] == TextLines.space {
                var contentEnd = end
                while contentEnd > hashes && (bytes[contentEnd - 1] == TextLines.space || bytes[contentEnd - 1] == UInt8(ascii: "#")) {
                    contentEnd -= 1
                }
                var contentStart = hashes
                while contentStart < contentEnd && bytes[contentStart] == TextLines.space { contentStart += 1 }
                headings.append(outputCount)
                index = contentStart
                runInline(until: contentEnd)
                index = end
                return true
            }
            // "> quoted": the marker goes.
            if at < end && bytes[at] == UInt8(ascii: ">") {
                index = at + 1
                if index < end && bytes[index] == TextLines.space { index += 1 }
                return true
            }
            // "[1]: https://…": a reference definition is no text.
            if at < end && bytes[at] == UInt8(ascii: "["), let close = find(MarkupStripper.referenceEnd, from: at, limit: end),
                close > at + 1
            {
                index = end
                return true
            }
            return false
        }

        /// Copies `index..<limit` through the inline rules.
        mutating func runInline(until limit: Int) {
            while index < limit {
                let byte = bytes[index]
                if skipCloser() { continue }
                switch byte {
                case UInt8(ascii: "["): if link() { continue }
                case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"): if emphasis() { continue }
                case UInt8(ascii: "`"): if code() { continue }
                default: break
                }
                emit(byte, from: index)
                index += 1
            }
        }

        // MARK: HTML

        mutating func tag() -> Bool {
            let start = index
            if startsWith(MarkupStripper.comment.open, at: start) {
                index = (find(MarkupStripper.comment.close, from: start + 4).map { $0 + 3 }) ?? count
                return true
            }
            // "<https://…>": an autolink.
            for scheme in MarkupStripper.autolinks where startsWith(scheme, at: start) {
                guard let close = find([UInt8(ascii: ">")], from: start, limit: lineEnd(from: start)) else { return false }
                index = close + 1
                return true
            }
            var at = start + 1
            let closing = byte(at) == UInt8(ascii: "/")
            if closing || byte(at) == UInt8(ascii: "!") || byte(at) == UInt8(ascii: "?") { at += 1 }
            let nameStart = at
            while at < count
                && (ASCII.isLetter(bytes[at]) || (at > nameStart && (ASCII.isDigit(bytes[at]) || bytes[at] == UInt8(ascii: "-"))))
            {
                at += 1
            }
            guard at > nameStart || byte(start + 1) == UInt8(ascii: "!") else { return false }
            let next = byte(at)
            guard ASCII.isSpace(next) || next == UInt8(ascii: ">") || next == UInt8(ascii: "/") else { return false }
            // The tag ends at the next ">" before another "<", within a few lines of attributes.
            var end = at
            while end < count && end - start < 2000 && bytes[end] != UInt8(ascii: ">") && bytes[end] != UInt8(ascii: "<") { end += 1 }
            guard end < count, bytes[end] == UInt8(ascii: ">") else { return false }
            let name = String(decoding: bytes[nameStart..<at].map { ASCII.lowercased($0) }, as: UTF8.self)
            index = end + 1
            if !closing, let hidden = MarkupStripper.hiddenElements.first(where: { $0.elementsEqual(name.utf8) }) {
                // "<script>…</script>": the content goes too.
                let closeTag = Array("</".utf8) + hidden
                index =
                    find(closeTag, from: index).map { close in
                        var after = close + closeTag.count
                        while after < count && bytes[after] != UInt8(ascii: ">") { after += 1 }
                        return min(after + 1, count)
                    } ?? count
            }
            if isPage || MarkupStripper.blockTags.contains(name) {
                emit(TextLines.newline, from: start)
                emit(TextLines.newline, from: start)
                if !closing && name.count == 2 && name.first == "h" && name.last.map({ $0.isNumber }) == true {
                    headings.append(outputCount)
                }
            }
            return true
        }

        mutating func entity() -> Bool {
            for (name, value) in MarkupStripper.entities where startsWith(name, at: index + 1) {
                emit(value, from: index)
                index += 1 + name.count
                return true
            }
            return false
        }

        // MARK: Markdown inline

        /// "![alt](url)": nothing of it is text.
        mutating func image() -> Bool {
            guard let (_, end) = linkParts(from: index + 1) else { return false }
            index = end
            return true
        }

        /// "[text](url)" or "[text][ref]": the text stays, the rest goes.
        mutating func link() -> Bool {
            guard let (close, end) = linkParts(from: index) else { return false }
            let textEnd = close
            index += 1
            runInline(until: textEnd)
            index = end
            return true
        }

        /// For a "[" at `start`: the index of its "]" and the end of the "(url)" or "[ref]" after it.
        func linkParts(from start: Int) -> (close: Int, end: Int)? {
            guard byte(start) == UInt8(ascii: "[") else { return nil }
            let limit = min(lineEnd(from: start), start + 1000)
            var close = start + 1
            var depth = 0
            while close < limit {
                if bytes[close] == UInt8(ascii: "[") { depth += 1 }
                if bytes[close] == UInt8(ascii: "]") {
                    if depth == 0 { break }
                    depth -= 1
                }
                close += 1
            }
            guard close < limit, close > start + 1 else { return nil }
            let opener = byte(close + 1)
            guard opener == UInt8(ascii: "(") || opener == UInt8(ascii: "[") else { return nil }
            let closer = opener == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
            var end = close + 2
            var parens = 0
            while end < limit {
                if bytes[end] == opener { parens += 1 }
                if bytes[end] == closer {
                    if parens == 0 { break }
                    parens -= 1
                }
                if opener == UInt8(ascii: "(") && bytes[end] == TextLines.space && !startsWith([UInt8(ascii: "\"")], at: end + 1) {
                    return nil  // "[a] (b c)": a bracket and an aside, not a link.
                }
                end += 1
            }
            guard end < limit else { return nil }
            return (close, end + 1)
        }

        /// A run of `*`, `_` or `~~` that opens emphasis closed later in its paragraph: both go.
        mutating func emphasis() -> Bool {
            let mark = bytes[index]
            var runEnd = index
            while runEnd < count && bytes[runEnd] == mark { runEnd += 1 }
            let length = runEnd - index
            guard length <= 3, mark != UInt8(ascii: "~") || length == 2 else { return false }
            // Opens: a word right after it, and no word right before it ("snake_case", "s***" stay).
            guard !isSpace(runEnd), !isAlphanumeric(index - 1) else { return false }
            // The closing run: same mark and length, a word before it, none after, in this paragraph.
            var at = runEnd + 1
            let limit = min(count, runEnd + 2000)
            while at < limit {
                let byte = bytes[at]
                if byte == TextLines.newline && self.byte(at + 1) == TextLines.newline { return false }
                if byte == mark {
                    var end = at
                    while end < count && bytes[end] == mark { end += 1 }
                    if end - at == length && !isSpace(at - 1) && !isAlphanumeric(end) {
                        closers.append(at..<end)
                        closers.sort { $0.lowerBound < $1.lowerBound }
                        index = runEnd
                        return true
                    }
                    at = end
                    continue
                }
                at += 1
            }
            return false
        }

        /// "`code`": the marks go, the words stay.
        mutating func code() -> Bool {
            guard let close = find([UInt8(ascii: "`")], from: index + 1, limit: lineEnd(from: index)), close > index + 1 else {
                return false
            }
            closers.append(close..<(close + 1))
            closers.sort { $0.lowerBound < $1.lowerBound }
            index += 1
            return true
        }
    }
}
