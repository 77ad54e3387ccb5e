/// In sports reporting, places name clubs: "Derbyshire beat Somerset", "CHICAGO 5 Houston 3".
///
/// A tagger trained on general text calls those locations; Lede retypes a non-country place as an
/// organisation when the article is about sport and the sentence reports play (a score, or a
/// sports verb). National sides stay GPE, as OntoNotes and CoNLL annotate them.
struct SportsTeamRule: EntityRule {
    let gazetteer: Gazetteer?

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let document = scope.document
        guard Self.isAboutSport(document) else { return }
        var sentencePlays = KeyMap<Bool>()
        var teams = KeyMap<Bool>()
        document.normalized.withUnsafeBufferPointer { bytes in
            for index in mentions.indices where mentions[index].type == .gpe || mentions[index].type == .location {
                let mention = mentions[index]
                if isCountry(mention, document, bytes) { continue }
                let sentence = document.tokens[mention.tokens.lowerBound].sentence
                guard sentence >= 0 else { continue }
                let plays = sentencePlays[Int(sentence)] ?? reportsPlay(document.sentences[Int(sentence)], document)
                sentencePlays[Int(sentence)] = plays
                let key = DocumentConsistencyRule.exactKey(bytes, mention.range)
                if plays {
                    mentions[index].type = .organization
                    teams[key] = true
                }
            }
        }
        // "Brentford are in talks", "Bayer Leverkusen have rejected a bid": a name that takes a
        // plural verb, alone, is a club (British usage), whatever the tagger made of it; so is one
        // before a player's position or a club's role ("Grenoble midfielder").
        var clubs = KeyMap<Bool>()
        document.normalized.withUnsafeBufferPointer { bytes in
            for mention in mentions where [.person, .gpe, .location, .facility].contains(mention.type) {
                if takesPluralVerb(mention, document) || namesPlayerOrStaff(mention, document), !isCountry(mention, document, bytes) {
                    clubs[DocumentConsistencyRule.exactKey(bytes, mention.range)] = true
                }
            }
            // A club that played in one sentence is the club where the article names it again
            // ("Leeds kept their nerve", "joined Leeds"); one that took a plural verb, also where
            // the tagger read a person or a building.
            for index in mentions.indices {
                let type = mentions[index].type
                guard [.person, .gpe, .location, .facility].contains(type) else { continue }
                let key = DocumentConsistencyRule.exactKey(bytes, mentions[index].range)
                let place = type == .gpe || type == .location
                if clubs[key] == true || place && teams[key] == true { mentions[index].type = .organization }
            }
        }
    }

    /// The name, not joined to another by "and" and not after "the", right before "are", "were"
    /// or "have".
    private func takesPluralVerb(_ mention: EntityMention, _ document: TextDocument) -> Bool {
        let tokens = document.tokens
        // The name is the verb's subject ("an injury to Ann Dorsey have forced …" is not).
        guard
            mention.tokens.contains(where: { index in
                (tokens[index].relation == .nsubj || tokens[index].relation == .nsubjPass)
                    && !mention.tokens.contains(Int(tokens[index].head))
            })
        else { return false }
        let next = mention.tokens.upperBound
        guard next < tokens.count, tokens[next].kind == .word, Self.pluralVerbs.contains(tokens[next].key),
            tokens[next].sentence == tokens[mention.tokens.lowerBound].sentence
        else { return false }
        let before = mention.tokens.lowerBound - 1
        guard before >= 0, tokens[before].sentence == tokens[mention.tokens.lowerBound].sentence else { return true }
        if tokens[before].kind == .word { return !Self.joiners.contains(tokens[before].key) }
        // "Meanwhile, Crystal Palace have …", but not a list's last name ("Leeds, Brentford …").
        guard document.normalized[Int(tokens[before].start)] == UInt8(ascii: ","), before >= 1 else { return true }
        let listed = tokens[before - 1]
        return !(listed.flags.contains(.capitalized) && !listed.flags.contains(.sentenceInitial))
    }

    /// "Grenoble midfielder Tom Hale", "Harlan manager Ann Lee": a name right before a player's
    /// position or a club's role is the club they play or work for.
    private func namesPlayerOrStaff(_ mention: EntityMention, _ document: TextDocument) -> Bool {
        let next = mention.tokens.upperBound
        guard next < document.tokens.count else { return false }
        let token = document.tokens[next]
        return token.kind == .word && !token.flags.contains(.capitalized) && !token.flags.contains(.possessive)
            && token.sentence == document.tokens[mention.tokens.lowerBound].sentence && Self.clubRoles.contains(token.key)
    }

    static let clubRoles = WordList([
        "midfielder", "striker", "defender", "goalkeeper", "winger", "forward", "full-back", "centre-back", "playmaker",
        "manager", "boss", "coach", "captain", "chairman", "fans", "supporters",
    ])
    static let pluralVerbs = WordList(["are", "were", "have"])
    static let joiners = WordList(["and", "&", "the", "or", "nor"])

    private func isCountry(_ mention: EntityMention, _ document: TextDocument, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let gazetteer else { return false }
        let first = mention.tokens.lowerBound
        if Self.nationalSides.contains(DocumentConsistencyRule.exactKey(bytes, mention.range)) { return true }
        let whole = gazetteer.wholeMatch(
            count: mention.tokens.count, of: document.normalized, range: { document.tokens[first + $0].range },
            key: { document.tokens[first + $0].key })
        return whole?.contains(.country) == true
    }

    static func isAboutSport(_ document: TextDocument) -> Bool {
        var cues = 0
        let sportWords = Self.sportWords
        for token in document.tokens where token.kind == .word && sportWords.contains(token.key) { cues += 1 }
        return cues >= 3 && cues * 60 >= document.tokens.count
    }

    /// A line of play: a sports verb, or two numbers (a score) in a short line.
    private func reportsPlay(_ sentence: Sentence, _ document: TextDocument) -> Bool {
        let tokens = document.tokens[sentence.tokens]
        let numbers = tokens.filter { $0.kind == .number }.count
        let words = tokens.filter { $0.kind == .word }.count
        // "LONDON 1996-08-30": a place with its date is a dateline, not a result.
        if words <= 3 && Self.containsDate(tokens, document) { return false }
        if numbers >= 2 { return true }
        return document.normalized.withUnsafeBufferPointer { bytes in
            tokens.contains { $0.kind == .word && Self.playVerbs.contains($0.key) }
        }
    }

    /// Numbers joined by "-" or "/" without spaces: "1996-08-30", "08/30/1996".
    static func containsDate(_ tokens: ArraySlice<Token>, _ document: TextDocument) -> Bool {
        var previous: Token?
        var joinedNumbers = 0
        for token in tokens {
            if let before = previous, before.end == token.start, token.kind == .number || before.kind == .number,
                token.kind == .number
                    || (token.kind == .punctuation
                        && [UInt8(ascii: "-"), UInt8(ascii: "/")].contains(document.normalized[Int(token.start)]))
            {
                joinedNumbers += 1
            }
            previous = token
        }
        return joinedNumbers >= 3
    }

    /// National sides the gazetteer's country list lacks: nations that are not ISO 3166 countries,
    /// and the abbreviations it leaves out as too ambiguous elsewhere.
    static let nationalSides = Set(
        ["England", "Scotland", "Wales", "Northern Ireland", "US", "U.S.", "USA", "UK", "U.K."].map { name in
            Array(name.utf8).withUnsafeBufferPointer { DocumentConsistencyRule.exactKey($0, 0..<$0.count) }
        })

    static let sportWords = WordList([
        "match", "matches", "season", "league", "goal", "goals", "scored", "innings", "wickets", "wicket", "runs",
        "halftime", "half-time", "points", "championship", "cup", "tournament", "striker", "midfielder", "coach",
        "game", "games", "inning", "homer", "pitcher", "quarterback", "touchdown", "penalty", "draw", "drew",
        "beat", "defeated", "won", "standings", "division", "soccer", "football", "cricket", "rugby", "baseball",
        "basketball", "hockey", "tennis", "golf", "racing", "cycling", "seeded", "semifinal", "semi-final",
        "final", "quarter-final", "victory", "unbeaten", "relegation", "premier", "stadium", "fixtures",
    ])
    static let playVerbs = WordList([
        "beat", "beats", "defeated", "defeat", "won", "win", "wins", "lost", "lose", "loses", "drew", "draw",
        "tied", "scored", "score", "edged", "routed", "thrashed", "trounced", "held", "hosted", "host", "hosts",
        "play", "plays", "played", "v", "vs", "at", "innings", "wickets", "runs", "goals", "points",
    ])
}
