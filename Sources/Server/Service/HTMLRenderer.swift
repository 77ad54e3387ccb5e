import Core

/// One analysed article as HTML: the text with entities, quotes and claims highlighted, and
/// side lists. Self-contained (inline CSS, no scripts, no external fonts); every piece of input
/// text is escaped.
struct HTMLRenderer {
    let text: String
    let response: AnalysisResponse

    private enum Mark: Comparable {
        case quote(Int)
        case claim(Int)
        case entity(Int, Int)
    }

    func page() -> String {
        """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(response.title ?? "Lede analysis"))</title></head><body>\(fragment())</body></html>
        """
    }

    func fragment() -> String {
        var html = Self.style
        html += "<div class=\"lede\"><article>"
        if let title = response.title { html += "<h2>\(escape(title))</h2>" }
        html += "<div class=\"text\">\(highlightedText())</div>\(sentenceTrees())</article><aside>"
        html += entityList() + quoteList() + claimList()
        html += "</aside></div>"
        return html
    }

    /// Cuts the text at every annotation boundary and wraps each piece in the marks covering it.
    private func highlightedText() -> String {
        let scalars = Array(text.unicodeScalars)
        var boundaries: Set<Int> = [0, scalars.count]
        var spans: [(Range<Int>, Mark)] = []
        func add(_ start: Int, _ end: Int, _ mark: Mark) {
            guard start >= 0, end <= scalars.count, start < end else { return }
            spans.append((start..<end, mark))
            boundaries.insert(start)
            boundaries.insert(end)
        }
        for (index, quote) in response.quotes.enumerated() { add(quote.start, quote.end, .quote(index)) }
        // In the text only the check-worthy claims (score ≥ 0.5); the side list shows them all.
        for (index, claim) in response.claims.enumerated() where claim.checkworthiness >= 0.5 { add(claim.start, claim.end, .claim(index)) }
        for (entityIndex, entity) in response.entities.enumerated() {
            for (mentionIndex, mention) in entity.mentions.enumerated() {
                add(mention.start, mention.end, .entity(entityIndex, mentionIndex))
            }
        }
        // Sweep the cuts once, keeping the marks open at each piece (linear in text + marks).
        var opening: [Int: [Int]] = [:]
        for (index, span) in spans.enumerated() { opening[span.0.lowerBound, default: []].append(index) }
        var open: [Int] = []
        let cuts = boundaries.sorted()
        var html = ""
        for (start, end) in zip(cuts, cuts.dropFirst()) {
            open.removeAll { spans[$0].0.upperBound <= start }
            open += opening[start] ?? []
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[start..<end])
            var inner = escape(String(piece)).replacingOccurrences(of: "\n", with: "<br>")
            for index in open.sorted(by: { spans[$0].1 > spans[$1].1 }) { inner = wrap(inner, spans[index].1) }
            html += inner
        }
        return html
    }

    private func wrap(_ inner: String, _ mark: Mark) -> String {
        switch mark {
        case .entity(let index, _):
            let entity = response.entities[index]
            return "<mark class=\"e t-\(entity.type.rawValue)\" title=\"\(escape(entity.name)) · \(entity.type.rawValue)\">\(inner)</mark>"
        case .quote(let index):
            let quote = response.quotes[index]
            let speaker = quote.speaker?.name ?? "unknown speaker"
            return "<span class=\"q q-\(quote.kind.rawValue)\" title=\"\(escape(speaker)) (\(quote.kind.rawValue))\">\(inner)</span>"
        case .claim(let index):
            let claim = response.claims[index]
            return "<span class=\"c\" title=\"check-worthiness \(Self.score(claim.checkworthiness))\">\(inner)</span>"
        }
    }

    /// The sentences this many trees are drawn for: the page is for reading one article, and a
    /// tree costs a few hundred bytes a word.
    static let treeLimit = 200

    /// With the request's `syntax`, each sentence folded under its text, its tree drawn when it is
    /// opened: the parse every stage read, checked by eye.
    private func sentenceTrees() -> String {
        guard let tokens = response.tokens, !tokens.isEmpty else { return "" }
        let sentences = TreeDiagram.sentences(heads: tokens.map(\.head))
        var html = "<h3>Sentence trees (\(sentences.count))</h3><div class=\"trees\">"
        for sentence in sentences.prefix(Self.treeLimit) {
            let words = tokens[sentence].map(\.text).joined(separator: " ")
            html += "<details><summary>\(escape(words))</summary><div class=\"scroll\">"
            html += TreeDiagram(tokens: tokens, sentence: sentence).svg() + "</div></details>"
        }
        if sentences.count > Self.treeLimit { html += "<p><small>Trees of the first \(Self.treeLimit) sentences.</small></p>" }
        return html + "</div>"
    }

    private func entityList() -> String {
        list("Entities", tag: "ul", of: response.entities) { entity in
            let titles = entity.titles.isEmpty ? "" : " <small>\(escape(entity.titles.joined(separator: "; ")))</small>"
            return
                "<mark class=\"e t-\(entity.type.rawValue)\">\(escape(entity.name))</mark> <code>\(entity.type.rawValue)</code> ×\(entity.mentions.count)\(titles)"
        }
    }

    private func quoteList() -> String {
        list("Quotes", tag: "ol", of: response.quotes) { quote in
            let speaker = quote.speaker.map { escape($0.name) } ?? "<em>unknown</em>"
            return "<b>\(speaker)</b> <code>\(quote.kind.rawValue)</code>: \(escape(quote.text))"
        }
    }

    private func claimList() -> String {
        list("Claims", tag: "ol", of: response.claims) { claim in
            let who = claim.claimant.map { escape($0.name) } ?? "the publication"
            let types = claim.types.isEmpty ? "" : " · \(escape(claim.types.joined(separator: ", ")))"
            return "<span class=\"score\">\(Self.score(claim.checkworthiness))</span> \(escape(claim.text)) <small>— \(who)\(types)</small>"
        }
    }

    /// `<h3>Title (count)</h3>` and a list whose class is the title in lower case, one `<li>` an item.
    private func list<Item>(_ title: String, tag: String, of items: [Item], _ item: (Item) -> String) -> String {
        var html = "<h3>\(title) (\(items.count))</h3><\(tag) class=\"\(title.lowercased())\">"
        for entry in items { html += "<li>" + item(entry) + "</li>" }
        return html + "</\(tag)>"
    }

    private static func score(_ value: Double) -> String {
        String(Int((value * 100).rounded())) + "%"
    }

    private func escape(_ value: String) -> String { Self.escape(value) }

    static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    static let style = """
        <style>
        .lede{display:flex;gap:2rem;font:16px/1.6 system-ui,sans-serif;color:#222}
        .lede article{flex:3;min-width:0}.lede aside{flex:2;min-width:0;font-size:14px}
        .lede .text{white-space:normal}
        .lede mark.e{border-radius:3px;padding:0 2px;background:#eee}
        .t-PERSON{background:#ffd8a8!important}.t-ORG{background:#a5d8ff!important}.t-GPE{background:#b2f2bb!important}
        .t-LOC{background:#c3fae8!important}.t-FAC{background:#d0bfff!important}.t-NORP{background:#fcc2d7!important}
        .t-EVENT{background:#ffec99!important}.t-DATE,.t-TIME{background:#e9ecef!important}
        .t-MONEY,.t-PERCENT,.t-QUANTITY,.t-CARDINAL,.t-ORDINAL{background:#dee2e6!important}
        .lede .q{border-bottom:2px solid #7950f2}.lede .q-indirect{border-bottom-style:dashed}
        .lede .c{outline:1px dotted #e8590c}
        .lede code{font-size:11px;color:#666}.lede .score{font-weight:bold;color:#e8590c}
        .lede ul,.lede ol{padding-left:1.2rem}
        .lede .trees summary{cursor:pointer;font-size:14px;color:#495057}.lede .trees .scroll{overflow-x:auto}
        </style>
        """
}
