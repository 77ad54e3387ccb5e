/// A place of two or more capitalised words that the gazetteer knows ("New York", "Buenos Aires",
/// "North Carolina") is a place wherever the tagger left it unmarked: at the start of a sentence,
/// or before a role ("New York Attorney General Ann Holt"), the tagger sometimes reads the words
/// as part of something else and then marks nothing. One word alone is too often something else.
///
/// A place followed by other capitalised words is left to the rules for longer names ("New York
/// Stock Exchange"), unless those words are a role.
struct KnownPlaceRule: EntityRule {
    let lexicon: EntityLexicon

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let range = scope.tokens
        guard lexicon.gazetteer != nil, range.count >= 2, scope.labels.count == range.count else { return }
        let document = scope.document
        let tokens = document.tokens
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            defer { index += 1 }
            guard scope.labels[index - range.lowerBound] == .outside, isCapitalised(tokens[index]),
                isCapitalised(tokens[index + 1])
            else { continue }
            var longest: Range<Int>?
            var end = index + 2
            while end <= min(range.upperBound, index + Gazetteer.maxPhraseTokens), isCapitalised(tokens[end - 1]) {
                let phrase = index..<end
                if !lexicon.categories(document: document, tokens: phrase).isDisjoint(with: .places) { longest = phrase }
                end += 1
            }
            guard let place = longest, place.allSatisfy({ scope.labels[$0 - range.lowerBound] == .outside }),
                !continuesAsAnotherName(after: place, range, tokens)
            else { continue }
            let span = Int(tokens[place.lowerBound].start)..<Int(tokens[place.upperBound - 1].end)
            guard !mentions.contains(where: { $0.range.overlaps(span) }) else { continue }
            mentions.append(
                EntityMention(range: span, tokens: place, type: lexicon.locationType(document: document, tokens: place)))
            index = place.upperBound - 1
        }
    }

    private func isCapitalised(_ token: Token) -> Bool {
        token.kind == .word && token.flags.contains(.capitalized) && !token.flags.contains(.allCaps)
    }

    /// Capitalised words after the place that are not a role: a longer name the place is part of.
    private func continuesAsAnotherName(after place: Range<Int>, _ range: Range<Int>, _ tokens: [Token]) -> Bool {
        var cursor = place.upperBound
        guard cursor < range.upperBound, isCapitalised(tokens[cursor]) else { return false }
        while cursor < range.upperBound, isCapitalised(tokens[cursor]) {
            if EntityLexicon.personTitles.contains(tokens[cursor].key) { return false }
            cursor += 1
        }
        return true
    }
}
