import Core

/// One sentence's dependency tree drawn as an inline SVG arc diagram, the layout of displaCy and
/// brat: the words in a row with their parts of speech under them, and an arc from each head to
/// its dependent, labelled with the relation. A reader checks a parse at a glance this way; the
/// head indices of `tokens` are not read by eye.
struct TreeDiagram {
    /// All of the response's tokens: heads index into them.
    let tokens: [SyntaxToken]
    /// The sentence's tokens.
    let sentence: Range<Int>

    /// The sentences of tokens with these heads (-1 for a root): a sentence ends where no arc
    /// crosses to the next token (a tree covers its span, and no arc joins two trees). Linear in
    /// the tokens.
    static func sentences(heads: [Int]) -> [Range<Int>] {
        // `crossing[gap]`: arcs over the gap between token `gap` and token `gap + 1`, as sums of
        // +1 where an arc starts and -1 where it ends.
        var crossing = [Int](repeating: 0, count: heads.count + 1)
        for (index, head) in heads.enumerated() where head >= 0 && head < heads.count && head != index {
            crossing[min(index, head)] += 1
            crossing[max(index, head)] -= 1
        }
        var sentences: [Range<Int>] = []
        var start = 0
        var open = 0
        for gap in heads.indices {
            open += crossing[gap]
            if open == 0 {
                sentences.append(start..<(gap + 1))
                start = gap + 1
            }
        }
        return sentences
    }

    private static let rise = 16
    private static let characterWidth = 7
    private static let gutter = 14

    func svg() -> String {
        let words = Array(sentence)
        // Each word's column: as wide as its text or its tag, whichever is longer.
        var centres: [Int] = []
        var x = Self.gutter
        for index in words {
            let width = max(tokens[index].text.count, tokens[index].pos.count) * Self.characterWidth
            centres.append(x + width / 2)
            x += width + Self.gutter
        }
        let arcs = words.compactMap { index -> (dependent: Int, head: Int)? in
            let head = tokens[index].head
            return sentence.contains(head) && head != index ? (index - sentence.lowerBound, head - sentence.lowerBound) : nil
        }
        let levels = Self.levels(arcs)
        let baseline = (levels.max() ?? 0) * Self.rise + 22
        var svg = "<svg class=\"tree\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(x)\" height=\"\(baseline + 40)\" font-size=\"12\">"
        for (arc, level) in zip(arcs, levels) {
            let (from, to) = (centres[arc.head], centres[arc.dependent])
            let top = baseline - level * Self.rise - 8
            svg += "<path d=\"M\(from),\(baseline) C\(from),\(top) \(to),\(top) \(to),\(baseline)\" fill=\"none\" stroke=\"#868e96\"/>"
            // The arrowhead points at the dependent.
            svg += "<path d=\"M\(to - 3),\(baseline - 6) L\(to),\(baseline) L\(to + 3),\(baseline - 6)Z\" fill=\"#868e96\"/>"
            // A cubic's middle is three quarters of the way up to its control points.
            let labelY = (baseline + 3 * top) / 4 - 3
            let label = HTMLRenderer.escape(tokens[sentence.lowerBound + arc.dependent].dep)
            svg += "<text x=\"\((from + to) / 2)\" y=\"\(labelY)\" text-anchor=\"middle\" fill=\"#495057\" font-size=\"10\">\(label)</text>"
        }
        for (column, index) in words.enumerated() {
            let (centre, token) = (centres[column], tokens[index])
            svg += "<text x=\"\(centre)\" y=\"\(baseline + 18)\" text-anchor=\"middle\">\(HTMLRenderer.escape(token.text))</text>"
            svg += "<text x=\"\(centre)\" y=\"\(baseline + 33)\" text-anchor=\"middle\" fill=\"#1971c2\" font-size=\"10\">"
            svg += "\(token.pos)</text>"
        }
        return svg + "</svg>"
    }

    /// Each arc's height in rises: one above the highest arc inside its span, so that nested arcs
    /// and their labels never meet. Quadratic in a sentence's length, which the parser bounds (it
    /// parses longer runs in windows, each a tree of its own).
    private static func levels(_ arcs: [(dependent: Int, head: Int)]) -> [Int] {
        let spans = arcs.map { min($0.dependent, $0.head)...max($0.dependent, $0.head) }
        let order = spans.indices.sorted { spans[$0].count < spans[$1].count }
        var levels = [Int](repeating: 1, count: arcs.count)
        for (position, arc) in order.enumerated() {
            for inner in order[..<position]
            where spans[arc].contains(spans[inner].lowerBound) && spans[arc].contains(spans[inner].upperBound) {
                levels[arc] = max(levels[arc], levels[inner] + 1)
            }
        }
        return levels
    }
}
