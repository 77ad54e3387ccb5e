/// Aliases the article defines: "Northern Rail Users Council (NRUC)", a name followed by its
/// initials in brackets, which the article then uses alone, so the two are one entity even when
/// the tagger found only one of them; and "Jan Novak, aka Kuba", a person's other name. The
/// patterns are read from the text, never from a list of names.
struct AliasDefinitions {
    /// Longest expansion looked at, in words: keeps the walk back bounded.
    static let longest = 10

    func link(_ clusters: inout [EntityClusterer.Cluster], in document: TextDocument) {
        linkAcronyms(&clusters, in: document)
        linkOtherNames(&clusters, in: document)
    }

    /// "Jan Novak, aka Kuba": the person named after "aka", "a.k.a.", "alias" or "also known as"
    /// is the person named right before it. The second person's mentions join the first.
    private func linkOtherNames(_ clusters: inout [EntityClusterer.Cluster], in document: TextDocument) {
        let tokens = document.tokens
        // Most articles have no alias: the cues are found before any map is built.
        var cues: [(start: Int, end: Int)] = []
        for cue in tokens.indices where tokens[cue].kind == .word && (3...6).contains(tokens[cue].range.count) {
            guard Self.aliasCues.contains(tokens[cue].key) else { continue }
            var end = cue + 1
            if tokens[cue].key == Self.also {
                guard end + 1 < tokens.count, tokens[end].key == Self.known, tokens[end + 1].key == Self.as else { continue }
                end += 2
            }
            guard cue > 0, end < tokens.count else { continue }
            cues.append((tokens[cue - 1].key == Self.comma ? cue - 1 : cue, end))
        }
        guard !cues.isEmpty else { return }
        var endingAt = KeyMap<Int>()
        var startingAt = KeyMap<Int>()
        for (index, cluster) in clusters.enumerated() where cluster.type == .person {
            for mention in cluster.mentions where mention.kind == .name {
                endingAt[UInt64(mention.tokens.upperBound)] = index
                startingAt[UInt64(mention.tokens.lowerBound)] = index
            }
        }
        guard !endingAt.isEmpty else { return }
        // A cluster joins at most one other, and one that took another in joins none: every
        // mention moves once at most, and one alias cannot chain a thousand people together.
        var joined = [Bool](repeating: false, count: clusters.count)
        var tookIn = joined
        var merged = false
        for (start, end) in cues {
            guard let first = endingAt[UInt64(start)], let second = startingAt[UInt64(end)], first != second,
                tokens[start].sentence == tokens[end].sentence, !joined[first], !joined[second], !tookIn[second]
            else { continue }
            clusters[first].mentions += clusters[second].mentions
            clusters[second].mentions.removeAll()
            joined[second] = true
            tookIn[first] = true
            merged = true
        }
        if merged { clusters.removeAll { $0.mentions.isEmpty } }
    }

    private func linkAcronyms(_ clusters: inout [EntityClusterer.Cluster], in document: TextDocument) {
        let tokens = document.tokens
        guard tokens.count >= 4 else { return }
        let brackets = (1..<(tokens.count - 2)).filter { open in
            tokens[open].flags.contains(.openingBracket) && tokens[open + 2].flags.contains(.closingBracket)
                && tokens[open + 1].flags.contains(.allCaps)
        }
        guard !brackets.isEmpty else { return }
        let covered = EntityClusterer.Cluster.tokenMap(clusters, count: tokens.count)
        /// Each name mention's start, by the token right after it.
        var startBefore = KeyMap<Int>()
        for cluster in clusters where cluster.type != .person {
            for mention in cluster.mentions where mention.kind == .name {
                startBefore[UInt64(mention.tokens.upperBound)] = mention.tokens.lowerBound
            }
        }
        var added: [(Int, EntityMention)] = []
        for open in brackets {
            let acronym = open + 1
            guard tokens[acronym].kind == .word, tokens[open - 1].sentence == tokens[acronym].sentence
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

    static let aliasCues = WordList(["aka", "a.k.a.", "a.k.a", "alias", "also"])
    private static let also = WordList.key("also")
    private static let known = WordList.key("known")
    private static let `as` = WordList.key("as")
    private static let comma = WordList.key(",")
    static let joiningWords = WordList(["of", "and", "for", "the", "on", "in", "&", "de", "du", "des", "la", "le"])
}
