/// Splits the body into paragraphs.
///
/// Text with blank lines uses them between paragraphs and wraps lines inside a paragraph, so a
/// single newline there is just a space. Text without any blank line (many CMS exports and
/// pasted pages) puts one paragraph on each line instead. A subhead set on the line above its
/// section's first paragraph ("OBAMA FOCUSED ON HIS GOLF GAME\nHe played …") is a paragraph of its
/// own even there, so it is not read as the first words of a sentence.
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
            if let open = current, !line.followsBlankLine && blankLineSeparated,
                !(currentLineCount == 1 && isSubheadOverText(bytes, open, next: line.content))
            {
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

    /// A short line in capitals or title case, without final punctuation, over a line that starts
    /// a sentence: the subhead of what follows, not the first line of a wrapped paragraph.
    private func isSubheadOverText(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, next: Range<Int>) -> Bool {
        guard line.count <= ZoneClassifier.maximumSubheadBytes, !next.isEmpty else { return false }
        let first = bytes[next.lowerBound]
        guard ASCII.isUpper(first) || ASCII.isDigit(first) || first == UInt8(ascii: "\"") || first == 0xE2 else { return false }
        let shape = LineShape(bytes, line)
        guard !shape.endsWithPunctuation, shape.words <= ZoneClassifier.maximumSubheadWords else { return false }
        return shape.isAllCaps || (shape.isTitleCase && shape.capitalized >= 2)
    }

    private struct Line {
        var content: Range<Int>
        /// Whether a blank line separates it from the previous non-blank line.
        var followsBlankLine: Bool
    }

    private func nonBlankLines(_ bytes: UnsafeBufferPointer<UInt8>, _ body: Range<Int>) -> [Line] {
        var lines: [Line] = []
        // A line of prose runs to a hundred bytes and more: room for lines of 64 bytes on average
        // spares growing the array line by line.
        lines.reserveCapacity(body.count / 64 + 8)
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
