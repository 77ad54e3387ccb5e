import CLibXML2

/// The walks over one parsed page; holds pointers into a document that `extract` frees after it.
struct PageWalk {
    typealias Node = UnsafeMutablePointer<xmlNode>

    /// Paragraph text each element holds, directly (full weight) or a level down (half).
    var scores: [Node: Double] = [:]
    var order: [Node] = []
    var headings: [(node: Node, text: String)] = []
    var metaTitle: String?
    var documentTitle: String?

    static let headingTags: Set<String> = ["h2", "h3", "h4"]
    static let inlineTags: Set<String> = [
        "a", "b", "i", "em", "strong", "span", "br", "small", "sup", "sub", "u", "abbr", "cite", "q", "mark", "time",
        "code", "s", "font", "wbr",
    ]
    static let articleWords: Set<String> = ["article", "articlebody", "body", "content", "story", "entry", "post"]
    /// Elements that make a `<p>` around them a container, not a paragraph (as a legacy page's
    /// unclosed `<P><FONT><P>` nests).
    static let blockTags: Set<String> = [
        "p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
    ]
    /// Skipped furniture that may still hold the headline (an article's `<header>`).
    static let opaqueTags: Set<String> = ["script", "style", "noscript", "template", "svg", "iframe", "object"]
    /// How much a paragraph's length counts for its parent, grandparent and great-grandparent: a
    /// body whose every paragraph sits in a wrapper of its own is still found as one.
    static let ancestorWeights: [Double] = [1, 0.5, 1.0 / 3]

    static func name(_ node: Node) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    /// The attribute's value; `wanted` in lower case, as libxml2's HTML parser stores names.
    static func attribute(_ node: Node, _ wanted: StaticString) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name, equals(name, wanted) {
                guard let content = current.pointee.children?.pointee.content else { return "" }
                return String(cString: content)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// A C string compared with a literal, with no String made.
    static func equals(_ name: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
        let bytes = literal.utf8Start
        for index in 0..<literal.utf8CodeUnitCount where name[index] != bytes[index] { return false }
        return name[literal.utf8CodeUnitCount] == 0
    }

    static func isElement(_ node: Node) -> Bool { node.pointee.type == XML_ELEMENT_NODE }

    static func isFurniture(_ node: Node, tag: String) -> Bool {
        if tag == "html" || tag == "body" || tag == "main" { return false }
        return PageFurniture.isFurniture(tag: tag) { attribute(node, $0) }
    }

    static func containsBlock(_ node: Node, depth: Int = 0) -> Bool {
        guard depth < 64 else { return false }
        var child = node.pointee.children
        while let current = child {
            if isElement(current), blockTags.contains(name(current)) || containsBlock(current, depth: depth + 1) { return true }
            child = current.pointee.next
        }
        return false
    }

    /// Whether this element is one paragraph: a `<p>` holding no other block, or a `div` of text and inline markup.
    static func isParagraph(_ node: Node, tag: String) -> Bool {
        (tag == "p" && !containsBlock(node)) || (tag == "div" && holdsOnlyInline(node))
    }

    /// Whether every child is text or inline markup: such a `div` is a paragraph some CMSes write
    /// without `<p>`.
    static func holdsOnlyInline(_ node: Node) -> Bool {
        var child = node.pointee.children
        var any = false
        while let current = child {
            if isElement(current) {
                guard inlineTags.contains(name(current)) else { return false }
            } else if current.pointee.type == XML_TEXT_NODE {
                any = true
            }
            child = current.pointee.next
        }
        return any
    }

    /// The element's text, whitespace collapsed, furniture inside it left out, and how much of it is
    /// link text.
    static func text(of node: Node) -> (text: String, linkCharacters: Int) {
        var bytes: [UInt8] = []
        var links = 0
        var space = true
        func append(_ node: Node, inLink: Bool, depth: Int) {
            var child = node.pointee.children
            while let current = child {
                defer { child = current.pointee.next }
                switch current.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    guard var byte = current.pointee.content else { continue }
                    while byte.pointee != 0 {
                        let value = byte.pointee
                        if value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D || value == 0x0C {
                            if !space { bytes.append(0x20) }
                            space = true
                        } else {
                            bytes.append(value)
                            space = false
                            if inLink { links += 1 }
                        }
                        byte += 1
                    }
                case XML_ELEMENT_NODE:
                    let tag = name(current)
                    if tag == "br" {
                        if !space { bytes.append(0x20) }
                        space = true
                    } else if depth < ArticleExtractor.maximumDepth, !isFurniture(current, tag: tag) {
                        append(current, inLink: inLink || tag == "a", depth: depth + 1)
                    }
                default:
                    continue
                }
            }
        }
        append(node, inLink: false, depth: 0)
        if bytes.last == 0x20 { bytes.removeLast() }
        return (String(decoding: bytes, as: UTF8.self), links)
    }

    /// First walk: every paragraph votes for its parent and grandparent; headlines and the page's
    /// own titles are noted.
    mutating func vote(_ node: Node, depth: Int) {
        var child = node.pointee.children
        while let current = child {
            defer { child = current.pointee.next }
            guard Self.isElement(current) else { continue }
            let tag = Self.name(current)
            if tag == "head" {
                noteTitles(in: current)
                continue
            }
            guard depth < ArticleExtractor.maximumDepth else { continue }
            if tag == "h1" {
                headings.append((current, Self.text(of: current).text))
                continue
            }
            if Self.isFurniture(current, tag: tag) {
                // Headlines often sit in the article's <header>, which is otherwise furniture.
                if !Self.opaqueTags.contains(tag) { findHeadlines(in: current, depth: depth + 1) }
                continue
            }
            if Self.isParagraph(current, tag: tag) {
                let (text, links) = Self.text(of: current)
                let length = text.utf8.count
                guard length >= ArticleExtractor.minimumVotingLength, links * 2 < length else { continue }
                var ancestor: Node? = node
                for weight in Self.ancestorWeights {
                    guard let step = ancestor, Self.isElement(step) else { break }
                    add(Double(length) * weight, to: step)
                    ancestor = step.pointee.parent
                }
                continue
            }
            vote(current, depth: depth + 1)
        }
    }

    private mutating func noteTitles(in head: Node) {
        var child = head.pointee.children
        while let current = child {
            defer { child = current.pointee.next }
            guard Self.isElement(current) else { continue }
            let tag = Self.name(current)
            if tag == "title", documentTitle == nil { documentTitle = Self.text(of: current).text }
            if tag == "meta", Self.attribute(current, "property") == "og:title" { metaTitle = Self.attribute(current, "content") }
        }
    }

    private mutating func findHeadlines(in node: Node, depth: Int) {
        guard depth < ArticleExtractor.maximumDepth else { return }
        var child = node.pointee.children
        while let current = child {
            defer { child = current.pointee.next }
            guard Self.isElement(current) else { continue }
            if Self.name(current) == "h1" {
                headings.append((current, Self.text(of: current).text))
            } else {
                findHeadlines(in: current, depth: depth + 1)
            }
        }
    }

    private mutating func add(_ score: Double, to node: Node) {
        if scores[node] == nil { order.append(node) }
        scores[node, default: 0] += score
    }

    /// The element that holds the article: the best score, raised for elements that say they are
    /// the article (`<article>`, `itemprop="articleBody"`, `class="story-body"`).
    func container() -> Node? {
        var best: (node: Node, score: Double)?
        for node in order {
            guard var score = scores[node] else { continue }
            let tag = Self.name(node)
            let words = PageFurniture.words(of: (Self.attribute(node, "class") ?? "") + " " + (Self.attribute(node, "id") ?? ""))
            if tag == "article" || Self.attribute(node, "itemprop")?.lowercased() == "articlebody"
                || !words.isDisjoint(with: Self.articleWords)
            {
                score *= 1.5
            }
            if score > best?.score ?? -1 { best = (node, score) }
        }
        return best?.node
    }

    /// The container and those of its siblings that hold a fair share of paragraph text (a lede
    /// paragraph in a block of its own, a body split around an advert), in page order.
    func parts(around container: Node) -> [Node] {
        guard let parent = container.pointee.parent, let best = scores[container] else { return [container] }
        var parts: [Node] = []
        var child = parent.pointee.children
        while let current = child {
            if current == container || (scores[current] ?? 0) >= best * ArticleExtractor.siblingShare {
                parts.append(current)
            }
            child = current.pointee.next
        }
        return parts
    }

    /// Second walk, inside the article: its paragraphs and subheads in order.
    func collect(_ node: Node, depth: Int, into blocks: inout [Block]) {
        guard Self.isElement(node), depth < ArticleExtractor.maximumDepth else { return }
        let tag = Self.name(node)
        guard !Self.isFurniture(node, tag: tag) else { return }
        let isHeading = Self.headingTags.contains(tag)
        if Self.isParagraph(node, tag: tag) || isHeading || (tag == "li" && !Self.containsBlock(node))
            || (tag == "blockquote" && Self.holdsOnlyInline(node))
        {
            let (text, links) = Self.text(of: node)
            let length = text.utf8.count
            // Link lists (tags, "more on this story") are mostly link text.
            if length > 0 {
                blocks.append(Block(text: text, isHeading: isHeading, isDropped: links * 2 >= length && length < 200))
            }
            return
        }
        var child = node.pointee.children
        while let current = child {
            collect(current, depth: depth + 1, into: &blocks)
            child = current.pointee.next
        }
    }

    /// The headline: the `<h1>` that the page's own title names, else the first inside the article,
    /// else the page's only one; failing those `og:title`, then `<title>`.
    func title(in container: Node) -> String? {
        let named = [metaTitle, documentTitle].compactMap { $0 }.filter { !$0.isEmpty }
        let candidates = headings.filter { !$0.text.isEmpty }
        if let match = candidates.first(where: { heading in named.contains { $0.contains(heading.text) } }) { return match.text }
        if let inside = candidates.first(where: { isInside($0.node, container) }) { return inside.text }
        if candidates.count == 1 { return candidates[0].text }
        return named.first
    }

    private func isInside(_ node: Node, _ ancestor: Node) -> Bool {
        var current: Node? = node
        while let step = current {
            if step == ancestor { return true }
            current = step.pointee.parent
        }
        return false
    }
}
