/// "World Travel and Tourism Council (WTTC)": a name followed by its initials in brackets
/// defines an alias the article then uses alone, so the two are one entity even when the tagger
/// found only one of them. The pattern is read from the text, never from a list of names.
struct AcronymDefinitions {
    /// Longest expansion looked at, in words: keeps the walk back bounded.
    static let longest = 10

    func link(_ clusters: inout [EntityClusterer.Cluster], in document: TextDocument) {
        let tokens = document.tokens
        guard tokens.count >= 4 else { return }
        let covered = EntityClusterer.Cluster.tokenMap(clusters, count: tokens.count)
        /// Each name mention's start, by the token right after it.
        var startBefore = KeyMap<Int>()
        for cluster in clusters where cluster.type != .person {
            for mention in cluster.mentions where mention.kind == .name {
                startBefore[UInt64(mention.tokens.upperBound)] = mention.tokens.lowerBound
            }
        }
        var added: [(Int, EntityMention)] = []
        for open in 1..<(tokens.count - 2) {
            let acronym = open + 1
            guard tokens[open].flags.contains(.openingBracket), tokens[acronym + 1].flags.contains(.closingBracket),
                tokens[acronym].kind == .word, tokens[acronym].flags.contains(.allCaps),
                tokens[open - 1].sentence == tokens[acronym].sentence
            else { continue }
            let letters = Self.letters(tokens[acronym], document)
            guard (2...6).contains(letters.count) else { continue }
            let named = Int(covered[open - 1])
            let alias = Int(covered[acronym])
            if named >= 0, alias < 0, clusters[named].type != .person, let start = startBefore[UInt64(open)],
                Self.initials(start..<open, document) == letters
            {
                // The name was found and its acronym was not.
                added.append(
                    (named, EntityMention(range: tokens[acronym].range, tokens: acronym..<(acronym + 1), type: clusters[named].type)))
            } else if named < 0, alias >= 0, clusters[alias].type != .person,
                let start = expansion(before: open, letters, covered, document)
            {
                // The acronym was found and the name it abbreviates was not.
                let mention = EntityMention(
                    range: Int(tokens[start].start)..<Int(tokens[open - 1].end), tokens: start..<open, type: clusters[alias].type)
                added.append((alias, mention))
                if clusters[alias].canonical.tokens.count == 1 { clusters[alias].canonical = mention }
            }
        }
        for (owner, mention) in added { clusters[owner].mentions.append(mention) }
    }

    /// The start of the capitalised words before `open` whose initials spell `letters`, with
    /// lower-case joining words between them ("Council of Europe", "Travel and Tourism"), none of
    /// them in any mention.
    private func expansion(before open: Int, _ letters: [UInt8], _ covered: [Int32], _ document: TextDocument) -> Int? {
        var remaining = letters.count
        var cursor = open - 1
        let sentence = document.tokens[open].sentence
        while cursor >= 0, open - cursor <= Self.longest, covered[cursor] < 0 {
            let token = document.tokens[cursor]
            guard token.kind == .word, token.sentence == sentence else { return nil }
            if token.flags.contains(.capitalized) {
                guard let first = Self.letters(token, document).first, first == letters[remaining - 1] else { return nil }
                remaining -= 1
                if remaining == 0 { return cursor }
            } else if !Self.joiningWords.contains(token.key) {
                return nil
            }
            cursor -= 1
        }
        return nil
    }

    /// The initials of the capitalised words in `range`.
    private static func initials(_ range: Range<Int>, _ document: TextDocument) -> [UInt8] {
        document.tokens[range].compactMap { token in
            token.kind == .word && token.flags.contains(.capitalized) ? letters(token, document).first : nil
        }
    }

    /// A word's ASCII letters, lower-cased ("U.N." → "un"); other characters are left out.
    private static func letters(_ token: Token, _ document: TextDocument) -> [UInt8] {
        document.normalized[token.range].compactMap { byte in ASCII.isLetter(byte) ? ASCII.lowercased(byte) : nil }
    }

    static let joiningWords = WordList(["of", "and", "for", "the", "on", "in", "&", "de", "du", "des", "la", "le"])
}
