/// Courtesy titles before a surname: "Mr Smith", "Dr Roe", "Lady Ashby". They are a class of
/// their own, apart from roles ("Foreign Secretary"): never part of the person's name nor a title,
/// but part of the mention a reader sees ("Mr Smith" is what the article wrote), a sign of the
/// person's gender, and a sure sign that the next word is a person's surname — one the tagger
/// may have missed ("said Mr Bishop", where "bishop" is also a role).
struct Honorifics {
    /// Gives each person the gender their honorific says, and makes an uncovered "Mr Smith" a
    /// mention of the one person named Smith: the one named most recently before it, or else the
    /// first named after it (a headline's "Mr Smith" before the body's "John Smith").
    func link(_ clusters: inout [EntityClusterer.Cluster], in document: TextDocument) {
        let tokens = document.tokens
        var hasPerson = false
        for (index, cluster) in clusters.enumerated() where cluster.type == .person {
            hasPerson = true
            for mention in cluster.mentions where mention.kind == .name {
                guard let gender = Self.gender(before: mention.tokens.lowerBound, document) else { continue }
                if clusters[index].gender == .unknown { clusters[index].gender = gender }
            }
        }
        // An honorific before a lone capitalised word, which no mention may cover: rare enough
        // that the maps below are built only when one occurs.
        var surnames = (1..<max(1, tokens.count)).filter { surname in
            let token = tokens[surname]
            return token.kind == .word && token.flags.contains(.capitalized) && Self.isHonorific(tokens[surname - 1])
                && token.sentence == tokens[surname - 1].sentence
                && (surname + 1 == tokens.count || !Self.continuesName(tokens[surname + 1]))
        }
        guard hasPerson, !surnames.isEmpty else { return }
        var covered = EntityClusterer.Cluster.tokenMap(clusters, count: tokens.count)
        surnames.removeAll { covered[$0] >= 0 }
        guard !surnames.isEmpty else { return }
        /// Every person's name mentions by position, with the key of the name's last word.
        var named: [(token: Int, cluster: Int, surname: UInt64)] = []
        for (index, cluster) in clusters.enumerated() where cluster.type == .person {
            for mention in cluster.mentions where mention.kind == .name {
                named.append((mention.tokens.lowerBound, index, tokens[mention.tokens.upperBound - 1].key))
            }
        }
        named.sort { $0.token < $1.token }
        // Surnames named later in the article, for an honorific before the full name: the first
        // cluster to use each.
        var later = KeyMap<Int>()
        for entry in named.reversed() { later[entry.surname] = entry.cluster }
        var earlier = KeyMap<Int>()
        var next = 0
        var added: [(Int, EntityMention)] = []
        for surname in surnames {
            while next < named.count && named[next].token < surname {
                earlier[named[next].surname] = named[next].cluster
                next += 1
            }
            let token = tokens[surname]
            guard covered[surname] < 0, let owner = earlier[token.key] ?? later[token.key] else { continue }
            covered[surname] = Int32(owner)
            added.append((owner, EntityMention(range: token.range, tokens: surname..<(surname + 1), type: .person)))
        }
        for (owner, mention) in added { clusters[owner].mentions.append(mention) }
    }

    /// Widens every name mention of a person to the honorific before it: the mention reads
    /// "Mr Smith" as the article does, while the entity's name stays "John Smith".
    func widen(_ clusters: inout [EntityClusterer.Cluster], in document: TextDocument) {
        for index in clusters.indices where clusters[index].type == .person {
            for position in clusters[index].mentions.indices where clusters[index].mentions[position].kind == .name {
                let mention = clusters[index].mentions[position]
                guard Self.gender(before: mention.tokens.lowerBound, document) != nil else { continue }
                let honorific = mention.tokens.lowerBound - 1
                clusters[index].mentions[position].tokens = honorific..<mention.tokens.upperBound
                clusters[index].mentions[position].range = Int(document.tokens[honorific].start)..<mention.range.upperBound
            }
        }
    }

    /// The gender the honorific right before a name gives (`.unknown` for "Dr"), or nil when
    /// there is none.
    static func gender(before tokenIndex: Int, _ document: TextDocument) -> EntityClusterer.Gender? {
        guard tokenIndex > 0 else { return nil }
        let token = document.tokens[tokenIndex - 1]
        guard isHonorific(token), token.sentence == document.tokens[tokenIndex].sentence else { return nil }
        if male.contains(token.key) { return .male }
        if female.contains(token.key) { return .female }
        return .unknown
    }

    /// Whether the token is an honorific, with or without its period; written capitalised, as
    /// one is before a name ("to miss Arsenal's match" has none).
    @inline(__always)
    static func isHonorific(_ token: Token) -> Bool {
        token.kind == .word && token.flags.contains(.capitalized) && token.range.count <= 5 && all.contains(token.key)
    }

    /// A capitalised word after the surname makes it a first name ("Mr John Smith"), which the
    /// surname lookup must not take alone.
    private static func continuesName(_ token: Token) -> Bool {
        token.kind == .word && token.flags.contains(.capitalized)
    }

    static let male = WordList(["mr", "mr.", "sir", "lord"])
    static let female = WordList(["mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "mme", "mme.", "mlle", "mlle."])
    static let all = WordList([
        "mr", "mr.", "sir", "lord", "mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "mme", "mme.", "mlle", "mlle.", "mx", "mx.",
        "dr", "dr.", "prof", "prof.", "rev", "rev.", "revd",
    ])
}
