/// News introduces a name the reader may not know with words that say what it names: "the
/// carmaker Honda", "news agency Tanjug", "a Petrova spokeswoman", "Velmont shares", "companies
/// such as Velmont and Arkwise". A tagger that has never seen the name guesses its type from its
/// shape (a surname, a town) and is often wrong; the description is not. A name described as an
/// organisation once is one wherever the article writes it, unless the article also writes it as
/// a person's name (the surname or first name of a longer name typed a person).
struct DescriptionRule: EntityRule {
    let lexicon: EntityLexicon

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let document = scope.document
        guard !mentions.isEmpty else { return }
        var covered = [Bool](repeating: false, count: document.tokens.count)
        for mention in mentions { for index in mention.tokens where index < covered.count { covered[index] = true } }
        var described = KeyMap<Bool>()
        var personWords = KeyMap<Bool>()
        var added: [EntityMention] = []
        document.normalized.withUnsafeBufferPointer { bytes in
            for mention in mentions where mention.kind == .name && mention.type == .person && mention.tokens.count > 1 {
                let tokens = document.tokens[mention.tokens]
                if let first = tokens.first { personWords[DocumentConsistencyRule.exactKey(bytes, first.range)] = true }
                if let last = tokens.last { personWords[DocumentConsistencyRule.exactKey(bytes, last.range)] = true }
            }
            for mention in mentions where mention.kind == .name && isName(mention, document) {
                // Places have shares, staff and boards too ("UK shares"): a known place's name is
                // retyped only by a noun before it ("the carmaker Toyota").
                if describesOrganization(before: mention.tokens, document)
                    || describesOrganization(after: mention.tokens, document) && !isKnownPlace(mention.tokens, document)
                {
                    described[nameKey(mention.tokens, document, bytes)] = true
                }
            }
            // A list after "companies such as", "firms including": every name in it, found or not.
            for index in document.tokens.indices where introducesList(at: index, document) {
                var position = index + 1
                while position < document.tokens.count, document.tokens[position].sentence == document.tokens[index].sentence {
                    var end = position
                    while end < document.tokens.count, isNameWord(document.tokens[end]),
                        document.tokens[end].sentence == document.tokens[index].sentence
                    {
                        end += 1
                    }
                    guard end > position, end - position <= DocumentConsistencyRule.maxTokens else { break }
                    described[nameKey(position..<end, document, bytes)] = true
                    if !covered[position..<end].contains(true) {
                        let range = Int(document.tokens[position].start)..<Int(document.tokens[end - 1].end)
                        added.append(EntityMention(range: range, tokens: position..<end, type: .organization))
                    }
                    // On through ", " and "and"/"or" to the next name of the list.
                    var next = end
                    while next < document.tokens.count,
                        Self.listJoiners.contains(document.tokens[next].key)
                            || document.tokens[next].kind == .punctuation && bytes[Int(document.tokens[next].start)] == UInt8(ascii: ",")
                    {
                        next += 1
                    }
                    guard next > end else { break }
                    position = next
                }
            }
            guard described.count > 0 else { return }
            for index in mentions.indices where mentions[index].kind == .name {
                switch mentions[index].type {
                case .person, .gpe, .location: break
                default: continue
                }
                let tokens = mentions[index].tokens
                guard described[nameKey(tokens, document, bytes)] == true else { continue }
                if tokens.count == 1, personWords[DocumentConsistencyRule.exactKey(bytes, document.tokens[tokens.lowerBound].range)] == true
                {
                    continue
                }
                mentions[index].type = .organization
            }
        }
        mentions += added
    }

    /// A run of capitalised words, the shape of a name the tagger may have typed wrongly.
    private func isName(_ mention: EntityMention, _ document: TextDocument) -> Bool {
        switch mention.type {
        case .person, .gpe, .location, .organization: break
        default: return false
        }
        return mention.tokens.count <= DocumentConsistencyRule.maxTokens
    }

    private func isKnownPlace(_ tokens: Range<Int>, _ document: TextDocument) -> Bool {
        !lexicon.categories(document: document, tokens: tokens).isDisjoint(with: [.country, .city, .region, .continent])
    }

    /// A lower-case word, or one capitalised only for starting its sentence.
    private func isCommonNoun(_ token: Token) -> Bool {
        token.kind == .word && (!token.flags.contains(.capitalized) || token.flags.contains(.sentenceInitial))
    }

    private func isNameWord(_ token: Token) -> Bool {
        token.kind == .word && token.flags.contains(.capitalized) && !token.flags.contains(.possessive)
    }

    /// "the carmaker Honda", "news agency Tanjug": an organisation noun right before the name,
    /// which the parse joins to it (so "the company Jones founded" is no description of Jones).
    private func describesOrganization(before tokens: Range<Int>, _ document: TextDocument) -> Bool {
        let index = tokens.lowerBound - 1
        guard index >= 0 else { return false }
        let noun = document.tokens[index]
        guard isCommonNoun(noun), noun.sentence == document.tokens[tokens.lowerBound].sentence,
            Self.organizationNouns.contains(noun.key)
        else { return false }
        if tokens.contains(Int(noun.head)) { return true }
        // The name hangs from the noun, or stands beside it in the same role ("the carmaker Haldane
        // sold", parsed as two subjects).
        return tokens.contains { position in
            let token = document.tokens[position]
            guard !tokens.contains(Int(token.head)) else { return false }
            return Int(token.head) == index && [.appos, .flat, .compound].contains(token.relation)
                || token.head >= 0 && token.head == noun.head && token.relation == noun.relation
        }
    }

    /// "a Velmont spokeswoman", "Velmont's chief executive", "Velmont shares fell": a noun that only
    /// an organisation has, right after the name (or its possessive).
    private func describesOrganization(after tokens: Range<Int>, _ document: TextDocument) -> Bool {
        var index = tokens.upperBound
        let sentence = document.tokens[tokens.lowerBound].sentence
        func word(_ position: Int) -> Token? {
            guard position < document.tokens.count, document.tokens[position].sentence == sentence else { return nil }
            let token = document.tokens[position]
            return token.kind == .word && !token.flags.contains(.capitalized) ? token : nil
        }
        if index < document.tokens.count, document.tokens[index].flags.contains(.possessive) { index += 1 }
        guard let noun = word(index) else { return false }
        // The part must head its phrase: "US stock market regulator" speaks of a market.
        if Self.organizationParts.contains(noun.key) { return noun.relation != .compound }
        guard Self.rankWords.contains(noun.key), let next = word(index + 1) else { return false }
        return Self.organizationParts.contains(next.key) && next.relation != .compound
    }

    /// "companies such as", "firms including", "carmakers like": the word before the list's first name.
    private func introducesList(at index: Int, _ document: TextDocument) -> Bool {
        let token = document.tokens[index]
        guard token.kind == .word, index + 1 < document.tokens.count, isNameWord(document.tokens[index + 1]) else { return false }
        let nounIndex: Int
        if token.key == Self.asKey, index >= 2, document.tokens[index - 1].key == Self.suchKey {
            nounIndex = index - 2
        } else if Self.listIntroducers.contains(token.key), index >= 1 {
            nounIndex = index - 1
        } else {
            return false
        }
        let noun = document.tokens[nounIndex]
        return isCommonNoun(noun) && noun.sentence == token.sentence
            && Self.organizationNouns.contains(noun.key)
    }

    /// The name's words, case kept, as one key: "Apple" and "apple" differ.
    private func nameKey(_ tokens: Range<Int>, _ document: TextDocument, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        for position in tokens {
            key = (key &* 31) &+ DocumentConsistencyRule.exactKey(bytes, document.tokens[position].range)
        }
        return key
    }

    private static let asKey = WordList.key("as")
    private static let suchKey = WordList.key("such")
    private static let listIntroducers = WordList(["including", "like"])
    private static let listJoiners = WordList(["and", "or"])

    /// Nouns for a kind of organisation, singular and plural, as news writes them before a name.
    static let organizationNouns = WordList([
        "company", "companies", "firm", "firms", "group", "groups", "carmaker", "carmakers", "automaker", "automakers",
        "maker", "makers", "manufacturer", "manufacturers", "giant", "giants", "conglomerate",
        "bank", "banks", "lender", "lenders", "insurer", "insurers", "retailer", "retailers",
        "supermarket", "supermarkets", "chain", "chains", "store", "stores", "shops", "brand", "brands", "airline", "airlines", "carrier",
        "carriers", "operator",
        "operators", "watchdog", "watchdogs", "regulator", "regulators", "newspaper", "newspapers", "paper", "papers",
        "daily", "dailies", "tabloid", "tabloids", "magazine", "magazines", "broadcaster", "broadcasters", "label", "labels", "band",
        "bands", "club", "clubs", "side", "sides", "team", "teams", "outfit",
        "party", "parties", "union", "unions", "charity", "charities", "organisation", "organisations", "organization",
        "organizations", "agency", "agencies", "consultancy", "brewer", "brewers", "distributor", "distributors",
        "supplier", "suppliers", "startup", "start-up", "startups", "exchange", "utility",
        "utilities", "insurance", "telecoms", "automaker", "chipmaker", "chipmakers", "drugmaker", "drugmakers",

    ])
    /// What an organisation has and a person does not, written right after its name.
    static let organizationParts = WordList([
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "executive", "executives", "chairman",
        "chairwoman", "chairperson", "shares", "stock", "shareholders", "shareholder", "board", "directors",
        "employees", "workers", "staff", "subsidiary", "subsidiaries", "headquarters", "plant", "plants", "factory",
        "factories", "profits", "profit", "revenue", "revenues", "earnings", "customers", "boss", "bosses", "chief",
    ])
    /// Ranks that come between a name and the part ("Velmont chief executive", "senior staff").
    static let rankWords = WordList(["chief", "senior", "vice", "deputy", "top", "former", "managing"])
}
