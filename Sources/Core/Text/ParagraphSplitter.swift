/// Splits the body into paragraphs.
///
/// Text with blank lines uses them between paragraphs and wraps lines inside a paragraph, so a
/// single newline there is just a space. Text without any blank line (many CMS exports and
/// pasted pages) puts one paragraph on each line instead.
struct ParagraphSplitter: Sendable {
    func split(_ bytes: UnsafeBufferPointer<UInt8>, body: Range<Int>) -> [Range<Int>] {
        let trimmer = BoilerplateTrimmer()
        let lines = nonBlankLines(bytes, body)
        var paragraphs: [Range<Int>] = []
        paragraphs.reserveCapacity(lines.count)
        let blankLineSeparated = lines.contains { $0.followsBlankLine }
        var current: Range<Int>? = nil
        var currentLineCount = 0
        func finish() {
            guard let paragraph = current else { return }
            // A paragraph that is nothing but one furniture line ("Advertisement") is not article text.
            if !(currentLineCount == 1 && trimmer.isFurniture(bytes, paragraph)) { paragraphs.append(paragraph) }
            current = nil
            currentLineCount = 0
        }
        for line in lines {
            if let open = current, !line.followsBlankLine && blankLineSeparated {
                current = open.lowerBound..<line.content.upperBound
                currentLineCount += 1
            } else {
                finish()
                current = line.content
                currentLineCount = 1
            }
        }
        finish()
        return paragraphs
    }

    private struct Line {
        var content: Range<Int>
        /// Whether a blank line separates it from the previous non-blank line.
        var followsBlankLine: Bool
    }

    private func nonBlankLines(_ bytes: UnsafeBufferPointer<UInt8>, _ body: Range<Int>) -> [Line] {
        var lines: [Line] = []
        var lineStart = body.lowerBound
        var sawBlank = false
        while lineStart < body.upperBound {
            let end = TextLines.lineEnd(bytes, from: lineStart, limit: body.upperBound)
            let content = TextLines.trimmed(bytes, lineStart..<end)
            if content.isEmpty {
                sawBlank = true
            } else {
                lines.append(Line(content: content, followsBlankLine: sawBlank && !lines.isEmpty))
                sawBlank = false
            }
            lineStart = end + 1
        }
        return lines
    }
}
