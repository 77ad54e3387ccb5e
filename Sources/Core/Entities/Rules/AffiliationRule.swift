/// "Ann Holt of Velmont Bank", "Tom Baird of the Rivers": news names a person with the body they
/// belong to, and the tagger either stops at the person or runs the two together into one name.
/// After "of", the capitalised words are a name of their own: a place where the gazetteer knows
/// it, an organisation otherwise. A span that runs the two together is split where the person part
/// opens with a known first name ("Ann Holt of Velmont Bank" becomes a person and a bank), or
/// where a known place follows a name with no title in it ("Jaylen Hargrove of Dayton", not "the
/// 2nd Earl of Clare"). The
/// same holds for the capitalised words before a person's occupation ("Velvet Harriers singer
/// Ann Holt"), which are the band, club or company the person works for.
struct AffiliationRule: EntityRule {
    let lexicon: EntityLexicon

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        splitAtRoles(&mentions, scope.document)
        guard lexicon.gazetteer != nil, mentions.contains(where: { $0.type == .person || $0.type == .organization }) else { return }
        let document = scope.document
        let tokens = document.tokens
        var added: [EntityMention] = []
        for index in mentions.indices where mentions[index].kind == .name {
            let mention = mentions[index]
            guard mention.type == .person || mention.type == .organization else { continue }
            // Run together: "Ann Holt of Velmont Bank".
            if let of = mention.tokens.first(where: { tokens[$0].key == Self.ofKey }), of + 1 < mention.tokens.upperBound,
                case let start = personStart(mention, of: of, mentions, document), start < of,
                of - start == 1
                    ? isSurnameOfSomeoneNamed(start, mentions, document)
                    : lexicon.isFirstName(document.normalized[tokens[start].range])
                        || isPersonFromPlace(start..<of, (of + 1)..<mention.tokens.upperBound, document),
                (start..<of).allSatisfy({ isNameWord(tokens[$0]) && !isOrganizationWord(tokens[$0]) }),
                let body = affiliation(from: of + 1, to: mention.tokens.upperBound, document)
            {
                mentions[index] = EntityMention(
                    range: Int(tokens[start].start)..<Int(tokens[of - 1].end), tokens: start..<of, type: .person)
                added.append(body)
                continue
            }
            // Stopped at the person: "Tom Baird of the Rivers".
            guard mention.type == .person, mention.tokens.upperBound + 1 < tokens.count,
                tokens[mention.tokens.upperBound].key == Self.ofKey
            else { continue }
            let start = mention.tokens.upperBound + 1
            var end = start
            if Self.articles.contains(tokens[end].key) { end += 1 }
            while end < tokens.count, tokens[end].sentence == tokens[start].sentence, end - start < 8 {
                if isNameWord(tokens[end]) {
                    end += 1
                } else if end > start, Self.joiners.contains(tokens[end].key), end + 1 < tokens.count, isNameWord(tokens[end + 1]) {
                    end += 1
                } else {
                    break
                }
            }
            guard let body = affiliation(from: start, to: end, document),
                !added.contains(where: { $0.range.overlaps(body.range) })
            else { continue }
            // Found as a place the gazetteer does not know ("Ann Holt of Arkwise Capital"): the body.
            if let found = mentions.firstIndex(where: { $0.range == body.range }) {
                if mentions[found].type == .gpe || mentions[found].type == .location, body.type == .organization {
                    mentions[found].type = .organization
                }
                continue
            }
            guard !mentions.contains(where: { $0.range.overlaps(body.range) }) else { continue }
            added.append(body)
        }
        mentions += added
        addBodiesBeforeRoles(&mentions, document)
        retypeWorkplaces(&mentions, document)
    }

    /// "Portavilla coach Duarte Silva" read as one name: a lower-case role word inside it ends the
    /// body's part, and the capitalised words after it are the person it names (whose body the
    /// words before the role then are). A capitalised title does the same before a full name that
    /// opens with a first name, and the words before it, where one is no title, are the body
    /// ("Velmont Teachers Association President Tony Hale", not "Vice President Tony Hale").
    private func splitAtRoles(_ mentions: inout [EntityMention], _ document: TextDocument) {
        let tokens = document.tokens
        var bodies: [EntityMention] = []
        for index in mentions.indices where mentions[index].kind == .name && mentions[index].tokens.count >= 3 {
            let span = mentions[index].tokens
            if let role = span.dropFirst().first(where: {
                tokens[$0].kind == .word && !tokens[$0].flags.contains(.capitalized) && Self.isRole(tokens[$0].key)
            }),
                role + 1 < span.upperBound, (role + 1..<span.upperBound).allSatisfy({ tokens[$0].flags.contains(.capitalized) })
            {
                let person = (role + 1)..<span.upperBound
                mentions[index] = EntityMention(
                    range: Int(tokens[person.lowerBound].start)..<Int(tokens[person.upperBound - 1].end), tokens: person,
                    type: .person)
                continue
            }
            guard
                let title = span.dropFirst().first(where: {
                    tokens[$0].flags.contains(.capitalized) && EntityLexicon.personTitles.contains(tokens[$0].key)
                }),
                span.upperBound - title >= 3, (title + 1..<span.upperBound).allSatisfy({ isNameWord(tokens[$0]) }),
                lexicon.isFirstName(document.normalized[tokens[title + 1].range]),
                (span.lowerBound..<title).contains(where: { !EntityLexicon.personTitles.contains(tokens[$0].key) })
            else { continue }
            let person = (title + 1)..<span.upperBound
            mentions[index] = EntityMention(
                range: Int(tokens[person.lowerBound].start)..<Int(tokens[person.upperBound - 1].end), tokens: person, type: .person)
            if let body = affiliation(from: span.lowerBound, to: title, document) { bodies.append(body) }
        }
        mentions += bodies
    }

    /// "chief economist at Nordhavn Bank", "a lecturer at Velmont": where someone works, named
    /// after their role and "at", is an organisation, unless the gazetteer knows it as a place
    /// (the tagger reads the name after "at" as a place).
    private func retypeWorkplaces(_ mentions: inout [EntityMention], _ document: TextDocument) {
        let tokens = document.tokens
        for index in mentions.indices where mentions[index].kind == .name {
            let mention = mentions[index]
            let at = mention.tokens.lowerBound - 1
            guard mention.type == .gpe || mention.type == .location, at > 0, tokens[at].key == Self.atKey,
                lexicon.categories(document: document, tokens: mention.tokens).isDisjoint(with: GazetteerCategories.places)
            else { continue }
            var cursor = at - 1
            while cursor >= 0, at - cursor <= 6, tokens[cursor].sentence == tokens[at].sentence, tokens[cursor].kind == .word,
                ![.verb, .aux].contains(tokens[cursor].pos)
            {
                let key = tokens[cursor].key
                if !tokens[cursor].flags.contains(.capitalized), Self.isRole(key) {
                    mentions[index].type = .organization
                    break
                }
                cursor -= 1
            }
        }
    }

    private static func isRole(_ key: UInt64) -> Bool {
        DescriptionRule.personNouns.contains(key) || EntityLexicon.personTitles.contains(key) || workplaceRoles.contains(key)
    }

    private static let atKey = WordList.key("at")
    private static let workplaceRoles = WordList([
        "head", "partner", "manager", "officer", "lecturer", "fellow", "trader", "adviser", "advisor", "consultant",
        "engineer", "employee", "worker", "executive", "spokesperson", "teacher", "nurse", "doctor", "official",
    ])

    /// The capitalised words from `start` (after a leading "the") to `end` as a name, typed as a
    /// place where the gazetteer knows the whole and as an organisation otherwise.
    private func affiliation(from start: Int, to end: Int, _ document: TextDocument) -> EntityMention? {
        let tokens = document.tokens
        var first = start
        if first < end, Self.articles.contains(tokens[first].key) { first += 1 }
        var last = end
        while last > first, !isNameWord(tokens[last - 1]) { last -= 1 }
        guard last > first, isNameWord(tokens[first]), last - first <= DocumentConsistencyRule.maxTokens else { return nil }
        // "the Trump of the Republican primaries": an adjective of the noun after it, no name.
        if tokens[last - 1].pos == .adj || tokens[last - 1].relation == .amod { return nil }
        let span = first..<last
        let places = lexicon.categories(document: document, tokens: span)
        let type: EntityType =
            places.isDisjoint(with: GazetteerCategories.places)
            ? .organization : lexicon.locationType(document: document, tokens: span)
        return EntityMention(range: Int(tokens[first].start)..<Int(tokens[last - 1].end), tokens: span, type: type)
    }

    /// "said Saetre of Holmvik Securities" after "Ingrid Saetre": the surname of a person the
    /// article names in full.
    private func isSurnameOfSomeoneNamed(_ index: Int, _ mentions: [EntityMention], _ document: TextDocument) -> Bool {
        let key = document.tokens[index].key
        return mentions.contains { mention in
            mention.type == .person && mention.tokens.count >= 2 && document.tokens[mention.tokens.upperBound - 1].key == key
        }
    }

    /// Where the person's part of a name run together with its body starts: the name's first
    /// word, or a first name right before a lone word that the tagger left out of the name
    /// ("Mark" opening the sentence in "Mark Ellison of Quayside Capital").
    private func personStart(_ mention: EntityMention, of: Int, _ mentions: [EntityMention], _ document: TextDocument) -> Int {
        let first = mention.tokens.lowerBound
        guard of - first == 1, first > 0 else { return first }
        let before = document.tokens[first - 1]
        guard before.sentence == document.tokens[first].sentence, before.kind == .word, before.flags.contains(.capitalized),
            !before.flags.contains(.allCaps), lexicon.isFirstName(document.normalized[before.range]),
            !mentions.contains(where: { $0.tokens.contains(first - 1) })
        else { return first }
        return first - 1
    }

    private func isNameWord(_ token: Token) -> Bool {
        token.kind == .word && (token.flags.contains(.capitalized) || token.flags.contains(.allCaps))
            && !token.flags.contains(.possessive) && !NameExtensionRule.calendarWords.contains(token.key)
    }

    /// "Jaylen Hargrove" of "Dayton": a person's name, with no title or peerage in it, before a
    /// place the gazetteer knows.
    private func isPersonFromPlace(_ name: Range<Int>, _ place: Range<Int>, _ document: TextDocument) -> Bool {
        let tokens = document.tokens
        return name.allSatisfy { !EntityLexicon.personTitles.contains(tokens[$0].key) && !Self.peerages.contains(tokens[$0].key) }
            && !lexicon.categories(document: document, tokens: place).isDisjoint(with: GazetteerCategories.places)
    }

    /// Peerages name a person by a place: "the 2nd Earl of Clare" is one name.
    private static let peerages = WordList(["earl", "count", "countess", "marquis", "margrave", "thane"])

    private func isOrganizationWord(_ token: Token) -> Bool {
        EntityLexicon.organizationWords.contains(token.key)
    }

    private static let ofKey = WordList.key("of")
    private static let articles = WordList(["the"])
    private static let joiners = WordList(["of", "and", "&", "for"])

    /// "Velvet Harriers singer Ann Holt", "former Rovers striker Tom Wade": capitalised words right
    /// before an occupation that comes right before a person. A lone capitalised word that opens
    /// the sentence and is an everyday word ("Pop star Ann Holt") is no name, and a known place or
    /// nationality is left to the place rules.
    private func addBodiesBeforeRoles(_ mentions: inout [EntityMention], _ document: TextDocument) {
        let tokens = document.tokens
        var bodies: [EntityMention] = []
        for mention in mentions where mention.kind == .name && mention.type == .person && mention.tokens.lowerBound >= 2 {
            let role = mention.tokens.lowerBound - 1
            guard tokens[role].kind == .word, !tokens[role].flags.contains(.capitalized),
                DescriptionRule.personNouns.contains(tokens[role].key)
            else { continue }
            var start = role
            while start > 0, role - start < 5, tokens[start - 1].sentence == tokens[role].sentence {
                let token = tokens[start - 1]
                let glued =
                    start - 1 > 0 && tokens[start - 2].end == token.start && token.range.count == 1
                    && (token.kind == .punctuation || token.kind == .quote)
                guard isNameWord(token) || glued else { break }
                start -= 1
            }
            while start < role, Self.roleModifiers.contains(tokens[start].key) || !isNameWord(tokens[start]) { start += 1 }
            guard start < role else { continue }
            let span = start..<role
            let first = tokens[start]
            if span.count == 1, first.flags.contains(.sentenceInitial), lexicon.commonWords?.contains(key: first.key) == true { continue }
            guard span.allSatisfy({ !EntityLexicon.personTitles.contains(tokens[$0].key) }),
                lexicon.categories(document: document, tokens: span).isDisjoint(with: [.country, .city, .region, .continent, .nationality]),
                !span.contains(where: { lexicon.nationality(document: document, token: $0) })
            else { continue }
            let range = Int(first.start)..<Int(tokens[role - 1].end)
            // "the Democratic candidate": an adjective, no name.
            if tokens[role - 1].pos == .adj { continue }
            // Pieces the tagger took for a person give way; a name of another kind ("Iraq War
            // veteran") stays.
            if mentions.contains(where: { $0.range.overlaps(range) && $0.type != .person }) { continue }
            // "The Long Road author Ann Holt": an author's is a book.
            let type: EntityType = tokens[role].key == Self.authorKey ? .workOfArt : .organization
            bodies.append(EntityMention(range: range, tokens: span, type: type))
        }
        guard !bodies.isEmpty else { return }
        mentions.removeAll { mention in bodies.contains { $0.range.overlaps(mention.range) } }
        mentions += bodies
    }

    private static let authorKey = WordList.key("author")
    private static let roleModifiers = WordList(["former", "ex", "veteran", "fellow", "retired", "late", "then", "current"])
}
