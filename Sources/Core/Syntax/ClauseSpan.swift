extension TextDocument {
    /// Whether a span of tokens holds a clause in the parse: some word in it has its subject in
    /// it ("officials have video", "keeping troops there could cost …"), unlike an object or a
    /// noun phrase ("information about transactions"). True without a parse, where callers'
    /// word-sequence rules alone decide.
    func holdsClause(_ span: Range<Int>) -> Bool {
        hasSubject(in: span) { _ in true }
    }

    /// Whether the span is a clause in the parse: some word in it has its subject in it, and is
    /// no relative clause of a noun in it ("the plan, which costs $5bn, would fail"), unlike a
    /// noun phrase whose only clauses are relative ("tax fairness, the closure of loopholes that
    /// benefit the rich"). True without a parse.
    func isClause(_ span: Range<Int>) -> Bool {
        // A relative clause counts where the noun it modifies is outside the span: read as
        // relative, "… an email [that] troops had left" is still the span's own clause.
        hasSubject(in: span) { predicate in
            tokens[predicate].relation != .aclRelcl || !span.contains(Int(tokens[predicate].head))
        }
    }

    /// Whether some word in the span has its subject in it and `counts` that word.
    private func hasSubject(in span: Range<Int>, counts: (Int) -> Bool) -> Bool {
        guard let first = span.first, first < tokens.count, tokens[first].pos != .x else { return true }
        return span.contains { index in
            guard index < tokens.count, tokens[index].relation.isSubject else { return false }
            let head = Int(tokens[index].head)
            return span.contains(head) && counts(head)
        }
    }
}
