extension TextDocument {
    /// Whether a span of tokens holds a clause in the parse: some word in it has its subject in
    /// it ("officials have video", "keeping troops there could cost …"), unlike an object or a
    /// noun phrase ("information about transactions"). True without a parse, where callers'
    /// word-sequence rules alone decide.
    func holdsClause(_ span: Range<Int>) -> Bool {
        guard let first = span.first, first < tokens.count, tokens[first].pos != .x else { return true }
        return span.contains { index in
            index < tokens.count && tokens[index].relation.isSubject && span.contains(Int(tokens[index].head))
        }
    }
}
