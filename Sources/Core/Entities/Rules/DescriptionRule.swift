/// News introduces a name the reader may not know with words that say what it names: "the
/// carmaker Haldane", "news agency Velpress", "a Petrova spokeswoman", "Velmont shares", "companies
/// such as Velmont and Arkwise", "the soap Harbour Lane", "the Zentra, a games console". A tagger
/// that has never seen the name guesses its type from its shape (a surname, a town) and is often
/// wrong; the description is not. A name described as an organisation, a work, a product or a
/// person ("songwriter Ann Holt") once is one wherever the article writes it, unless the article
/// also writes it as a person's name (the surname or first name of a longer name typed a person).
/// A title right after a work noun ("the song Rivers Run Dry") is a name even where the tagger saw
/// none, and so is a full name after an occupation.
struct DescriptionRule: EntityRule {
    let lexicon: EntityLexicon

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let document = scope.document
        guard !mentions.isEmpty else { return }
        var covered = [Bool](repeating: false, count: document.tokens.count)
        for mention in mentions { for index in mention.tokens where index < covered.count { covered[index] = true } }
        var described = KeyMap<EntityType>()
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
                // retyped only by a noun before it ("the carmaker Leeds").
                let type =
                    describedType(before: mention.tokens, document) ?? describedType(byApposition: mention.tokens, document)
                    ?? ((describesOrganization(after: mention.tokens, document) || isHeld(mention.tokens, document)
                        || isPublisher(mention, document) || isOwned(mention.tokens, document))
                        && !isKnownPlace(mention.tokens, document) ? .organization : nil)
                    ?? (mention.tokens.count == 1 && hasPlaceRole(after: mention.tokens, document) ? .gpe : nil)
                guard let type else { continue }
                let key = nameKey(mention.tokens, document, bytes)
                if described[key] == nil { described[key] = type }
            }
            added += untaggedNames(document, covered, mentions)
            // A name found whole after an organisation noun replaces the pieces the tagger found
            // inside it ("the charity Age Concern Britain" is no "Britain").
            mentions.removeAll { mention in
                added.contains { $0.tokens != mention.tokens && $0.tokens.clamped(to: mention.tokens) == mention.tokens }
            }
            added += untaggedNames(beforeParts: document, covered)
            for mention in added where mention.type != .person {
                let key = nameKey(mention.tokens, document, bytes)
                if described[key] == nil { described[key] = mention.type }
            }
            // A list after "companies such as", "firms including": every name in it, found or not.
            // A list's first name is capitalised: the other words need no look.
            for index in document.tokens.indices.dropLast()
            where document.tokens[index + 1].flags.contains(.capitalized) && introducesList(at: index, document) {
                var position = index + 1
                while position < document.tokens.count, document.tokens[position].sentence == document.tokens[index].sentence {
                    var end = position
                    while end < document.tokens.count, isNameWord(document.tokens[end]),
                        document.tokens[end].sentence == document.tokens[index].sentence
                    {
                        end += 1
                    }
                    guard end > position, end - position <= DocumentConsistencyRule.maxTokens else { break }
                    described[nameKey(position..<end, document, bytes)] = .organization
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
            added += describedWordsElsewhere(described, document, bytes, covered: covered, adding: added)
            for index in mentions.indices where mentions[index].kind == .name {
                let tokens = mentions[index].tokens
                guard let type = described[nameKey(tokens, document, bytes)], type != mentions[index].type else { continue }
                switch mentions[index].type {
                // A street's name may be a soap's ("the soap Harbour Lane").
                case .person, .gpe, .location, .facility: break
                // The tagger's organisation may be a show or a product it has never seen.
                case .organization where type != .organization: break
                default: continue
                }
                if tokens.count == 1, personWords[DocumentConsistencyRule.exactKey(bytes, document.tokens[tokens.lowerBound].range)] == true
                {
                    continue
                }
                // "pulp producer Vetoria SA": a name ending in a legal form or a company's word is
                // no person, whatever noun describes it.
                let last = document.tokens[tokens.upperBound - 1].key
                if type == .person, EntityLexicon.organizationWords.contains(last) || EntityLexicon.organizationEndings.contains(last) {
                    continue
                }
                mentions[index].type = type
            }
        }
        mentions += added
    }

    /// A run of capitalised words, the shape of a name the tagger may have typed wrongly.
    private func isName(_ mention: EntityMention, _ document: TextDocument) -> Bool {
        switch mention.type {
        case .person, .gpe, .location, .organization, .facility: break
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

    /// The kind of name a noun describes: "carmaker" an organisation, "album" a work, "console" a
    /// product.
    static func describedType(_ key: UInt64) -> EntityType? {
        if organizationNouns.contains(key) { return .organization }
        if workNouns.contains(key) { return .workOfArt }
        if productNouns.contains(key) { return .product }
        if personNouns.contains(key) || relatives.contains(key) { return .person }
        return nil
    }

    /// "the carmaker Haldane", "news agency Velpress", "the soap Harbour Lane": a describing noun
    /// right before the name, which the parse joins to it (so "the company Jones founded" is no
    /// description of Jones).
    private func describedType(before tokens: Range<Int>, _ document: TextDocument) -> EntityType? {
        let index = tokens.lowerBound - 1
        guard index >= 0 else { return nil }
        let noun = document.tokens[index]
        guard isCommonNoun(noun), noun.sentence == document.tokens[tokens.lowerBound].sentence,
            let type = Self.describedType(noun.key)
        else { return nil }
        if tokens.contains(Int(noun.head)) { return type }
        // The name hangs from the noun, or stands beside it in the same role ("the carmaker Haldane
        // sold", parsed as two subjects), or is parsed as the subject of a relative clause on the
        // noun ("the carmaker [that] Haldane sold") or as a second subject of a verb whose subject
        // came before the noun ("Viewers of the soap Harbour Lane rose"): no verb has two.
        let joined = tokens.contains { position in
            let token = document.tokens[position]
            guard !tokens.contains(Int(token.head)) else { return false }
            return Int(token.head) == index && [.appos, .flat, .compound].contains(token.relation)
                || token.head >= 0 && token.head == noun.head && token.relation == noun.relation
                || token.relation == .nsubj
                    && (isRelativeClause(Int(token.head), on: index, document)
                        || hasSubject(of: Int(token.head), before: index, document))
        }
        return joined ? type : nil
    }

    /// Whether the verb heads a relative clause on the noun at `index`.
    private func isRelativeClause(_ verb: Int, on index: Int, _ document: TextDocument) -> Bool {
        guard verb >= 0 else { return false }
        let token = document.tokens[verb]
        return Int(token.head) == index && (token.relation == .aclRelcl || token.relation == .acl)
    }

    /// Whether the verb has a subject in its sentence before `index`.
    private func hasSubject(of verb: Int, before index: Int, _ document: TextDocument) -> Bool {
        guard verb >= 0 else { return false }
        let sentence = document.tokens[index].sentence
        var position = index - 1
        while position >= 0, document.tokens[position].sentence == sentence {
            let token = document.tokens[position]
            if Int(token.head) == verb, token.relation == .nsubj || token.relation == .nsubjPass { return true }
            position -= 1
        }
        return false
    }

    /// "the Zentra, a powerful games console", "Victoria Hale, the founder's granddaughter", "Ann
    /// Lee, his wife": a describing noun in apposition to the name, in a phrase that opens with
    /// an article or a person's possessive after the comma.
    private func describedType(byApposition tokens: Range<Int>, _ document: TextDocument) -> EntityType? {
        let sentence = document.tokens[tokens.lowerBound].sentence
        guard tokens.upperBound + 2 < document.tokens.count,
            document.tokens[tokens.upperBound].kind == .punctuation,
            document.normalized[Int(document.tokens[tokens.upperBound].start)] == UInt8(ascii: ","),
            Self.articles.contains(document.tokens[tokens.upperBound + 1].key)
                || Self.personalPossessives.contains(document.tokens[tokens.upperBound + 1].key)
        else { return nil }
        var index = tokens.upperBound + 2
        while index < document.tokens.count, index < tokens.upperBound + 8, document.tokens[index].sentence == sentence {
            let token = document.tokens[index]
            // (The parse may join "his wife" as a conjunct: after a comma, with no "and", it is
            // an apposition all the same.)
            if token.relation == .appos || token.relation == .conj, tokens.contains(Int(token.head)), isCommonNoun(token) {
                return Self.describedType(token.key)
            }
            index += 1
        }
        return nil
    }

    /// "the song Rivers Run Dry", "the film “The Long Night”", "the Spanish daily Marcador": the
    /// capitalised words (for a work also the quoted words) right after a work or organisation
    /// noun, where no name is found yet; after an organisation noun also where the tagger found
    /// only a later part of them ("the charity Age Concern Britain").
    private func untaggedNames(_ document: TextDocument, _ covered: [Bool], _ mentions: [EntityMention]) -> [EntityMention] {
        var titles: [EntityMention] = []
        let tokens = document.tokens
        for index in 0..<max(tokens.count - 1, 0) {
            // A capital or a quote mark next is rare; the word list is read only then.
            let next = tokens[index + 1].flags
            guard next.contains(.capitalized) || next.contains(.openingQuote), tokens[index].kind == .word,
                isCommonNoun(tokens[index]), tokens[index].pos != .verb
            else { continue }
            let type: EntityType
            if Self.workNouns.contains(tokens[index].key) {
                type = .workOfArt
            } else if Self.organizationNouns.contains(tokens[index].key), next.contains(.capitalized) {
                type = .organization
            } else if Self.personNouns.contains(tokens[index].key), next.contains(.capitalized) {
                type = .person
            } else {
                continue
            }
            let sentence = tokens[index].sentence
            var start = index + 1
            let quoted = tokens[start].flags.contains(.openingQuote)
            if quoted { start += 1 }
            var end = start
            while end < tokens.count, end - start < 10, tokens[end].sentence == sentence {
                let token = tokens[end]
                if quoted {
                    if token.flags.contains(.closingQuote) { break }
                } else if !isNameWord(token) || NameExtensionRule.calendarWords.contains(token.key),
                    !(Self.titleConnectors.contains(token.key) && end + 1 < tokens.count && isNameWord(tokens[end + 1])
                        && !NameExtensionRule.calendarWords.contains(tokens[end + 1].key))
                {
                    break
                }
                end += 1
            }
            // A quoted title closes its quote and starts with a capital.
            if quoted, end >= tokens.count || !tokens[end].flags.contains(.closingQuote) { continue }
            while end > start, tokens[end - 1].kind == .punctuation { end -= 1 }
            // A person's name has a first name and a surname: "the singer Smith" says too little.
            if type == .person, end - start < 2 || end - start > 4 { continue }
            guard end > start, isNameWord(tokens[start]), !tokens[start].flags.contains(.allCaps),
                !NameExtensionRule.calendarWords.contains(tokens[start].key),
                !covered[start..<end].contains(true)
                    || type == .organization && !covered[start]
                        && mentions.allSatisfy({ !$0.tokens.overlaps(start..<end) || $0.tokens.clamped(to: start..<end) == $0.tokens })
            else { continue }
            let range = Int(tokens[start].start)..<Int(tokens[end - 1].end)
            titles.append(EntityMention(range: range, tokens: start..<end, type: type))
        }
        return titles
    }

    /// "an Arden Courier journalist", "Velmont shares fell": capitalised words the tagger left alone,
    /// right before a noun that only an organisation has. A lone word that starts its sentence, is
    /// an everyday one or is in capitals ("IT staff", "a reality TV boss") is left alone.
    private func untaggedNames(beforeParts document: TextDocument, _ covered: [Bool]) -> [EntityMention] {
        var names: [EntityMention] = []
        let tokens = document.tokens
        for index in tokens.indices.dropFirst() where tokens[index - 1].flags.contains(.capitalized) {
            let part = tokens[index]
            guard part.kind == .word, !part.flags.contains(.capitalized), part.relation != .compound,
                Self.organizationParts.contains(part.key)
            else { continue }
            var start = index
            while start > 0, index - start < 4, tokens[start - 1].sentence == part.sentence, isNameWord(tokens[start - 1]),
                !tokens[start - 1].flags.contains(.headline), !covered[start - 1],
                !NameExtensionRule.calendarWords.contains(tokens[start - 1].key)
            {
                start -= 1
            }
            // The whole run of capitalised words, or none of it.
            let whole = start == 0 || tokens[start - 1].sentence != part.sentence || !isNameWord(tokens[start - 1])
            // "A Fernhouse spokesman said": an article capitalised for opening the sentence is no part of the name.
            if start < index, tokens[start].flags.contains(.sentenceInitial), Self.articles.contains(tokens[start].key) { start += 1 }
            guard start < index, whole,
                index - start > 1
                    || !tokens[start].flags.contains(.sentenceInitial) && !tokens[start].flags.contains(.allCaps)
                        && lexicon.commonWords?.contains(key: tokens[start].key) != true
            else { continue }
            let range = Int(tokens[start].start)..<Int(tokens[index - 1].end)
            names.append(EntityMention(range: range, tokens: start..<index, type: .organization))
        }
        return names
    }

    /// A name the article describes ("gadget magazine Velvet") is that name wherever it is
    /// written with its capital, even a word that is also an everyday one ("Velvet has compiled a
    /// list"), which the consistency rule does not repeat by its spelling alone.
    private func describedWordsElsewhere(
        _ described: KeyMap<EntityType>, _ document: TextDocument, _ bytes: UnsafeBufferPointer<UInt8>, covered: [Bool],
        adding added: [EntityMention]
    ) -> [EntityMention] {
        var covered = covered
        for mention in added { for index in mention.tokens where index < covered.count { covered[index] = true } }
        var names: [EntityMention] = []
        for (index, token) in document.tokens.enumerated()
        where !covered[index] && token.kind == .word && token.flags.contains(.capitalized) && !token.flags.contains(.headline) {
            guard index + 1 >= document.tokens.count || !isNameWord(document.tokens[index + 1]),
                index == 0 || !isNameWord(document.tokens[index - 1]) || document.tokens[index - 1].sentence != token.sentence,
                let type = described[nameKey(index..<(index + 1), document, bytes)], type == .organization || type == .workOfArt
            else { continue }
            names.append(EntityMention(range: Int(token.start)..<Int(token.end), tokens: index..<(index + 1), type: type))
        }
        return names
    }

    /// "the owner of Ridgeline", "a co-founder of Harlow": what someone owns or founded is a
    /// business (a known place is left out by the caller).
    private func isOwned(_ tokens: Range<Int>, _ document: TextDocument) -> Bool {
        let of = tokens.lowerBound - 1
        guard of >= 1, document.tokens[of].key == Self.ofKey, document.tokens[of - 1].sentence == document.tokens[of].sentence
        else { return false }
        let noun = document.tokens[of - 1]
        return noun.kind == .word && !noun.flags.contains(.capitalized) && Self.owners.contains(noun.key)
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
        // The part must head its phrase: "UK bond market rules" speaks of a market.
        if Self.organizationParts.contains(noun.key) { return noun.relation != .compound }
        guard Self.rankWords.contains(noun.key), let next = word(index + 1) else { return false }
        return Self.organizationParts.contains(next.key) && next.relation != .compound
    }

    /// "Shares in Orvanta fell", "a 9% stake in Orvanta": what shares or a stake are held in is a
    /// company, where a tagger that has never seen the name reads "in Orvanta" as a place.
    private func isHeld(_ tokens: Range<Int>, _ document: TextDocument) -> Bool {
        follows(tokens, nouns: Self.holdings, prepositions: Self.holdingPrepositions, document)
    }

    /// "a study from Velmont", "a survey by Orvanta": who publishes research is a company or an
    /// institute, where a tagger that has never seen the name reads "from Velmont" as a place. A
    /// name the tagger took for a person ("a report by Ann Holt") keeps its type.
    private func isPublisher(_ mention: EntityMention, _ document: TextDocument) -> Bool {
        (mention.type == .gpe || mention.type == .location)
            && follows(mention.tokens, nouns: Self.research, prepositions: Self.publishedBy, document)
    }

    /// Whether the name comes right after one of `nouns` and one of `prepositions`, in its sentence.
    private func follows(_ tokens: Range<Int>, nouns: WordList, prepositions: WordList, _ document: TextDocument) -> Bool {
        let preposition = tokens.lowerBound - 1
        guard preposition >= 1, prepositions.contains(document.tokens[preposition].key) else { return false }
        let noun = document.tokens[preposition - 1]
        return noun.kind == .word && noun.sentence == document.tokens[tokens.lowerBound].sentence && nouns.contains(noun.key)
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
    private static let ofKey = WordList.key("of")
    static let owners = WordList(["owner", "owners", "co-owner", "founder", "founders", "co-founder", "shareholders"])
    static let holdingPrepositions = WordList(["in"])
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
    /// Occupations, as news writes them before a person's name ("songwriter Ann Holt"). Words that
    /// are also titles ("director", "coach") are the title extractor's, and words that also name
    /// organisations ("broadcaster") are left out.
    static let personNouns = WordList([
        "journalist", "writer", "songwriter", "singer", "actor", "actress", "presenter", "novelist", "author", "poet",
        "artist", "painter", "composer", "musician", "guitarist", "drummer", "rapper", "dancer", "comedian",
        "producer", "photographer", "columnist", "commentator", "economist", "analyst", "strategist", "lawyer",
        "solicitor", "barrister", "surgeon", "scientist", "researcher", "campaigner", "activist", "footballer",
        "striker", "forward", "midfielder", "defender", "goalkeeper", "winger", "boxer", "golfer", "cyclist", "athlete",
        "sprinter", "jockey", "businessman", "businesswoman", "entrepreneur", "tycoon", "billionaire", "designer",
        "chef", "architect", "historian", "blogger", "critic", "star", "veteran", "politician", "candidate", "manager",
        "boss", "centre-back", "center-back", "full-back", "fullback", "left-back", "right-back", "quarterback",
        "pitcher", "batsman", "bowler", "playmaker",
    ])

    /// A person's relatives: "his daughter Ann", "Tom Hale, the founder's grandson". Not "parent",
    /// which is as often a company's.
    static let relatives = WordList([
        "wife", "husband", "widow", "widower", "mother", "father", "daughter", "son", "sister", "brother", "grandmother",
        "grandfather", "granddaughter", "grandson", "niece", "nephew", "aunt", "uncle", "cousin", "fiance", "fiancee", "fiancé",
        "fiancée", "girlfriend", "boyfriend", "stepson", "stepdaughter", "stepfather", "stepmother", "mum", "mom", "dad",
    ])
    static let personalPossessives = WordList(["his", "her", "their"])

    /// Kinds of works, as news writes them before a title.
    static let workNouns = WordList([
        "film", "films", "movie", "movies", "song", "songs", "single", "album", "albums", "book", "books", "novel",
        "novels", "memoir", "play", "musical", "show", "shows", "series", "programme", "program", "sitcom", "soap",
        "documentary", "drama", "painting", "opera", "poem", "track", "ballad", "anthem", "hit", "report", "study",
    ])
    /// Kinds of products, as news writes them before or beside a name.
    static let productNouns = WordList([
        "car", "cars", "phone", "phones", "smartphone", "handset", "console", "consoles", "gadget", "device",
        "devices", "drug", "drugs", "vaccine", "jet", "jets", "aircraft", "airliner", "plane", "robot", "tablet",
        "laptop", "browser", "camera",
    ])
    static let articles = WordList(["a", "an", "the"])
    static let titleConnectors = WordList(["of", "the", "a", "an", "and", "in", "on", "with", "to", "for", "from", "at", "is"])

    /// "Ashcombe's MP", "Dorsey's mayor", "Velmara's residents", "Dorvan's interior ministry": what
    /// only a place has makes the one-word name before "'s" a place ("Ann Dorsey's council seat"
    /// stays hers); so does a border with it ("the border with Dorvan").
    private func hasPlaceRole(after tokens: Range<Int>, _ document: TextDocument) -> Bool {
        let sentence = document.tokens[tokens.lowerBound].sentence
        let before = tokens.lowerBound
        if before >= 2, document.tokens[before - 1].key == Self.with, Self.borders.contains(document.tokens[before - 2].key) {
            return true
        }
        let possessive = tokens.upperBound
        guard possessive + 1 < document.tokens.count, document.tokens[possessive].flags.contains(.possessive) else { return false }
        var noun = document.tokens[possessive + 1]
        // "interior ministry", "foreign minister": the kind of ministry first.
        if Self.ministryKinds.contains(noun.key), possessive + 2 < document.tokens.count { noun = document.tokens[possessive + 2] }
        return noun.kind == .word && noun.sentence == sentence && Self.placeRoles.contains(noun.key)
    }

    static let placeRoles = WordList([
        "mp", "mps", "mayor", "council", "councillors", "councilors", "residents", "townspeople", "villagers", "citizens",
        "population", "voters", "electorate", "government", "ministry", "minister", "army", "military", "parliament",
        "capital", "embassy", "ambassador", "troops", "airspace", "territory", "navy",
    ])
    static let ministryKinds = WordList(["interior", "foreign", "defence", "defense", "health", "finance", "home"])
    static let borders = WordList(["border", "borders", "frontier"])
    static let with = WordList.key("with")

    /// What is held in a company.
    static let publishedBy = WordList(["from", "by"])
    static let research = WordList([
        "study", "studies", "report", "reports", "survey", "surveys", "poll", "polls", "analysis", "research",
        "estimate", "estimates", "forecast", "forecasts", "review", "audit", "index", "ranking",
        "rankings", "paper",
    ])
    static let holdings = WordList(["shares", "stake", "stakes", "shareholding", "shareholdings", "holding"])

    /// What an organisation has and a person does not, written right after its name.
    static let organizationParts = WordList([
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "executive", "executives", "chairman",
        "chairwoman", "chairperson", "shares", "stock", "shareholders", "shareholder", "board", "directors",
        "employees", "workers", "staff", "subsidiary", "subsidiaries", "headquarters", "plant", "plants", "factory",
        "factories", "profits", "profit", "revenue", "revenues", "earnings", "customers", "boss", "bosses", "chief",
        // A publication's ("Marca's headline says"): a paper quoted in a press review.
        "headline", "headlines", "editorial", "editorials", "columnist", "columnists", "readership", "circulation",
        "newsroom", "journalist", "journalists", "reporter", "reporters", "correspondent", "correspondents",
    ])
    /// Ranks that come between a name and the part ("Velmont chief executive", "senior staff").
    static let rankWords = WordList(["chief", "senior", "vice", "deputy", "top", "former", "managing"])
}
