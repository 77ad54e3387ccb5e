import CLibXML2

/// Finds a news page's article text: libxml2's HTML parser (forgiving, as browsers are) builds the
/// tree; furniture is skipped by tag and class (`PageFurniture`); the element holding the most
/// paragraph text, with its siblings that hold a fair share of it, is the article body, as
/// Readability-style extractors find it across CMS layouts without knowing any one of them.
public struct ArticleExtractor: Sendable {
    /// Paragraphs shorter than this (in UTF-8 bytes, as link text is counted), or mostly link text,
    /// do not vote for a container.
    static let minimumVotingLength = 25
    /// A sibling of the best container is part of the article when it scores this share of it.
    static let siblingShare = 0.2
    /// Deeper than this the tree is hostile, not a page; the rest is skipped.
    static let maximumDepth = 400
    /// Lines that CMSes put between paragraphs and that are never the article's words.
    static let boilerplate: Set<String> = [
        "advertisement", "continue reading", "read more", "share", "share this article", "story continues below",
        "skip advertisement", "related", "sponsored",
    ]

    public init() {}

    /// A line a CMS adds to every article: an ad label, a "read more", a copyright notice.
    static func isBoilerplate(_ text: String) -> Bool {
        // Byte counts and a lowered prefix: paragraphs are long, and lowering one is a Unicode mapping.
        guard text.utf8.count < 200 else { return false }
        let head = text.prefix(12).lowercased()
        if head.hasPrefix("copyright") || head.hasPrefix("©") || head.hasPrefix("(c) ") { return true }
        return text.utf8.count < 40 && boilerplate.contains(text.lowercased())
    }

    /// libxml2 needs its globals set up once per process before threads parse at the same time.
    private static let ready: Void = xmlInitParser()

    /// The article in a page given as UTF-8 (any `<meta charset>` is overridden: the contract's
    /// bodies and JSON strings are UTF-8).
    public func extract(_ html: String) throws(HTMLExtractionError) -> ExtractedArticle {
        _ = Self.ready
        var source = html
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document: htmlDocPtr? = source.withUTF8 { page in
            let bytes = RawTextStripper.strip(page)
            guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let document else { throw .unparsable }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw .unparsable }
        var page = PageWalk()
        page.vote(root, depth: 0)
        guard let body = page.container() else { throw .noArticleText }
        var blocks: [Block] = []
        for part in page.parts(around: body) { page.collect(part, depth: 0, into: &blocks) }
        let title = page.title(in: body)
        var paragraphs: [String] = []
        for index in blocks.indices where blocks[index].text == title || Self.isBoilerplate(blocks[index].text) {
            blocks[index].isDropped = true
        }
        for (index, block) in blocks.enumerated() where !block.isDropped {
            // A subhead with no paragraph right after it heads a link list or nothing.
            if block.isHeading {
                guard index + 1 < blocks.count, !blocks[index + 1].isHeading, !blocks[index + 1].isDropped else { continue }
            }
            paragraphs.append(block.text)
        }
        guard !paragraphs.isEmpty else { throw .noArticleText }
        return ExtractedArticle(title: title, paragraphs: paragraphs)
    }
}
