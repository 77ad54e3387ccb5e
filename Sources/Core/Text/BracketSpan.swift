extension TextDocument {
    /// The span with the closing bracket of a bracket it opens: "… at 20bn baht ($510m" ends
    /// where a cut at punctuation left it, one token short of ")". Only punctuation is crossed to
    /// reach it, and never `limit`; a span with no open bracket comes back as it is.
    func closingOpenBrackets(_ span: Range<Int>, limit: Int) -> Range<Int> {
        var depth = 0
        for index in span where tokens[index].kind == .punctuation {
            switch normalized[tokens[index].range.lowerBound] {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"): depth -= 1
            default: break
            }
        }
        guard depth > 0 else { return span }
        var end = span.upperBound
        while end < min(limit, tokens.count), tokens[end].kind == .punctuation, end - span.upperBound < 3 {
            if normalized[tokens[end].range.lowerBound] == UInt8(ascii: ")") { return span.lowerBound..<(end + 1) }
            end += 1
        }
        return span
    }
}
