/// What the lexicons say about each token, packed into `TaggerToken.lexicon` bits for the tagger,
/// and the finer typing of tagged spans (GPE vs LOC vs FAC, NORP, EVENT, LAW).
///
/// The same code annotates training sentences and articles, so the tagger learns exactly the
/// evidence it will see at run time.
public struct EntityLexicon: Sendable {
    public let gazetteer: Gazetteer?
    public let commonWords: CommonWords?
    /// Well-known companies, read by `CompanyNameRule` after tagging, never by the tagger.
    public let companies: Gazetteer?
    /// The genders of first names the gazetteer's Census lists lack ("Barack", "Kamala"), read
    /// by coreference alone, never by the tagger, whose features stay those it was trained on.
    public let givenNames: Gazetteer?

    /// Bits of `TaggerToken.lexicon` above the gazetteer's category bits (0...10).
    enum Bit {
        static let phraseStart: UInt32 = 1 << 11
        static let multiToken: UInt32 = 1 << 12
        static let commonWord: UInt32 = 1 << 13
        static let organizationWord: UInt32 = 1 << 14
        static let personTitle: UInt32 = 1 << 15
        static let locationWord: UInt32 = 1 << 16
        static let facilityWord: UInt32 = 1 << 17
        static let eventWord: UInt32 = 1 << 18
    }

    public init(
        gazetteer: Gazetteer? = nil, commonWords: CommonWords? = nil, companies: Gazetteer? = nil, givenNames: Gazetteer? = nil
    ) {
        self.gazetteer = gazetteer
        self.commonWords = commonWords
        self.companies = companies
        self.givenNames = givenNames
    }

    public init(
        gazetteerTSV: [UInt8], commonWords: [UInt8]? = nil, companyNames: [UInt8]? = nil, givenNamesTSV: [UInt8]? = nil
    ) throws(ModelError) {
        do {
            self.gazetteer = try Gazetteer(tsv: gazetteerTSV)
        } catch {
            throw .mismatch("gazetteer: \(error)")
        }
        do {
            self.givenNames = try givenNamesTSV.map { tsv throws(GazetteerError) in try Gazetteer(tsv: tsv) }
        } catch {
            throw .mismatch("given names: \(error)")
        }
        self.commonWords = commonWords.map { CommonWords(list: $0) }
        self.companies = companyNames.map { Gazetteer(lines: $0, category: .company) }
    }

    public func annotate(text: [UInt8], tokens: inout [TaggerToken]) {
        guard !tokens.isEmpty else { return }
        if let gazetteer {
            tokens.withUnsafeMutableBufferPointer { tokens in
                gazetteer.forEachMatch(count: tokens.count, of: text, range: { tokens[$0].range }, key: { tokens[$0].key }) { match in
                    let multi = match.tokens.count > 1 ? Bit.multiToken : 0
                    for index in match.tokens {
                        tokens[index].lexicon |=
                            match.categories.rawValue | multi
                            | (index == match.tokens.lowerBound ? Bit.phraseStart : 0)
                    }
                }
            }
        }
        text.withUnsafeBufferPointer { bytes in
            for index in tokens.indices {
                let range = tokens[index].range
                guard range.count <= 24 else { continue }
                let key = tokens[index].key
                if let commonWords, commonWords.contains(key: key) { tokens[index].lexicon |= Bit.commonWord }
                if let bits = headWords[key] { tokens[index].lexicon |= bits }
            }
        }
    }

    /// Every head-word list in one table (word → its lexicon bits): one lookup per token.
    private let headWords = EntityLexicon.headWordTable

    private static let headWordTable: HashTable<UInt32> = {
        var bits: [UInt64: UInt32] = [:]
        let lists: [(WordList, UInt32)] = [
            (organizationWords, Bit.organizationWord), (personTitles, Bit.personTitle), (locationWords, Bit.locationWord),
            (facilityWords, Bit.facilityWord), (eventWords, Bit.eventWord),
        ]
        for (list, bit) in lists { for key in list.keys { bits[key, default: 0] |= bit } }
        return HashTable(bits)
    }()

    /// Whether a word is a first name: one the gazetteer's Census lists know, or one of the wider
    /// given-name list ("Priya").
    func isFirstName(_ word: some Collection<UInt8>) -> Bool {
        if let gazetteer, !gazetteer.categories(of: word).isDisjoint(with: GazetteerCategories.firstNames) { return true }
        return givenNames.map { !$0.categories(of: word).isDisjoint(with: GazetteerCategories.firstNames) } ?? false
    }

    // MARK: Typing spans

    func categories(document: TextDocument, tokens: Range<Int>) -> GazetteerCategories {
        guard let gazetteer else { return [] }
        let first = tokens.lowerBound
        return gazetteer.wholeMatch(
            count: tokens.count, of: document.normalized, range: { document.tokens[first + $0].range },
            key: { document.tokens[first + $0].key }) ?? []
    }

    private static let the = WordList.key("the")

    private func lastWord(_ document: TextDocument, _ tokens: Range<Int>) -> UInt64? {
        document.normalized.withUnsafeBufferPointer { WordList.key($0, document.tokens[tokens.upperBound - 1].range) }
    }

    func locationType(document: TextDocument, tokens: Range<Int>) -> EntityType {
        let whole = categories(document: document, tokens: tokens)
        if !whole.intersection([.country, .city, .region]).isEmpty { return .gpe }
        // "the Ukrainian border": an adjective of nationality, not the place.
        if whole.contains(.nationality) { return .norp }
        if whole.contains(.continent) { return .location }
        // "the Sahara", "in the Bernabeu": a country or city the gazetteer does not know is rarely
        // written with "the"; a river, a desert, a region or a ground often is.
        // Initials ("the UK", "the US") and a state's own nouns ("the State of Ohio", "the Kent
        // County") are states still.
        if tokens.lowerBound > 0, document.tokens[tokens.lowerBound - 1].key == Self.the,
            !document.tokens[tokens].contains(where: { $0.flags.contains(.allCaps) || Self.stateWords.contains($0.key) })
        {
            if let last = lastWord(document, tokens), Self.isFacilityWord(last) { return .facility }
            return .location
        }
        // "Lake Ormond", "Mount Tarin", "Gulf of Velmara": a natural feature's word first.
        if tokens.count > 1, Self.featureFirstWords.contains(document.tokens[tokens.lowerBound].key) { return .location }
        if let last = lastWord(document, tokens) {
            if Self.isFacilityWord(last) { return .facility }
            if Self.locationWords.contains(last) { return .location }
            // "Eastern Europe", "Southeast Asia": a direction before a continent is a region, not a state.
            if let gazetteer, tokens.count > 1,
                gazetteer.categories(of: document.normalized[document.tokens[tokens.upperBound - 1].range]).contains(.continent)
            {
                return .location
            }
        }
        return .gpe
    }

    func miscellaneousType(document: TextDocument, tokens: Range<Int>) -> EntityType? {
        let whole = categories(document: document, tokens: tokens)
        if whole.contains(.nationality) { return .norp }
        // "HANO" is an acronym, not the Tewa dialect the gazetteer lists: no language is written
        // in capitals outside a line of capitals, which the tagger reads recased.
        if whole.contains(.language), !isAcronym(document: document, tokens: tokens) { return .language }
        guard let last = lastWord(document, tokens) else { return nil }
        if Self.eventWords.contains(last) { return .event }
        if Self.lawWords.contains(last) { return .law }
        return nil
    }

    /// One word in capitals: "HANO", "IUCN".
    func isAcronym(document: TextDocument, tokens: Range<Int>) -> Bool {
        tokens.count == 1 && document.tokens[tokens.lowerBound].flags.contains(.allCaps)
            && document.tokens[tokens.lowerBound].range.count >= 2
    }

    /// A capitalised nationality word the tagger left alone ("Russian", "Germans") is a NORP mention.
    func nationality(document: TextDocument, token: Int) -> Bool {
        guard let gazetteer else { return false }
        let token = document.tokens[token]
        guard token.flags.contains(.capitalized), token.kind == .word else { return false }
        return gazetteer.categories(of: document.normalized[token.range]).contains(.nationality)
    }

    // Generic head words of names, not names: what kind of thing a capitalised phrase ending in them is.
    static let organizationWords = WordList(
        [
            "council", "ministry", "university", "party", "inc", "corp", "corporation", "ltd", "plc", "llc", "bank",
            "association", "committee", "commission", "agency", "union", "club", "fc", "group", "company", "institute",
            "department", "court", "parliament", "congress", "senate", "army", "police", "airlines", "airways", "news",
            "times", "post", "organization", "organisation", "federation", "foundation", "fund", "board", "office",
            "authority", "service", "network", "press", "bureau", "alliance", "league", "coalition", "assembly",
            "cabinet", "government", "navy", "force", "forces", "church", "college", "school", "hospital", "trust",
            "society", "movement", "front", "brigade", "reuters", "nato", "un",
            // Newspapers and magazines by their usual last word ("the Valley Herald reported").
            "journal", "herald", "tribune", "gazette", "chronicle", "telegraph", "magazine",
            // "The Innocence Project", "Bright Future Project": an initiative run as a body.
            "project",
            // The press in French and German names that news keeps untranslated ("Agence France Presse").
            "presse",
        ] + companyNameWords)
    /// Companies by the word their names end in ("Velmont Securities", "Arkwise Holdings"), which
    /// are organisation words too.
    static let companyNameWords = [
        "securities", "holdings", "investments", "industries", "technologies",
        "pharmaceuticals", "enterprises", "ventures", "insurance", "bancorp", "associates", "laboratories",
    ]
    /// More words organisations' names end in: companies' ("Zentra Labs", "Quillby Logistics")
    /// and sports clubs' ("Harrowgate Rovers"; not "Town", "City" or "County", which end places'
    /// names too). Kept apart from `organizationWords`, which are also features of the trained
    /// entity tagger: these only type a capitalised name they end.
    static let organizationEndings = WordList([
        "labs", "systems", "solutions", "services", "partners", "motors", "software", "logistics", "pharma", "therapeutics",
        "communications", "electronics", "consulting", "energy", "media", "networks", "brands", "foods",
        "resources", "robotics", "biosciences", "semiconductor", "telecom", "entertainment", "studios",
        "freight", "shipping", "mining", "minerals", "metals", "chemicals", "petroleum", "aerospace", "automotive",
        // Investment firms ("Brimmond Capital", "Brenn Advisors") and builders ("Redwell Homes").
        "capital", "advisors", "advisers", "developments", "homes", "properties", "construction",
        // Carriers and food businesses ("Brenvale Coach Tours", "Calder Dairy").
        "tours", "travel", "coaches", "airlines", "airways", "dairy", "dairies", "breweries", "brewing", "bakeries",
        "stores", "supermarkets",
        // Government bodies ("Velmont Water Safety Administration").
        "administration",
        "rovers", "wanderers", "athletic", "albion", "rangers", "harriers", "hotspur", "united",
        // Legal forms the tokenizer keeps with their full stop ("Arkwise Petroleum Corp. said").
        "corp.", "inc.", "co.", "ltd.",
        // Continental legal forms ("Vetoria SA", "Brenner GmbH"; not "AG", "NV" or "Spa", which
        // are also an attorney general, Nevada and a spa).
        "sa", "s.a.", "n.v.", "gmbh", "s.p.a.", "bv", "b.v.", "oyj",
    ])
    static let personTitles = WordList([
        "mr", "mrs", "ms", "dr", "president", "minister", "chancellor", "secretary", "senator", "sen", "governor",
        "gov", "mayor", "prime", "king", "queen", "prince", "princess", "pope", "judge", "general", "gen", "colonel",
        "col", "captain", "capt", "lieutenant", "sergeant", "rep", "representative", "ambassador", "chairman",
        "chairwoman", "spokesman", "spokeswoman", "director", "professor", "prof", "coach", "sheikh", "lord", "lady",
        "sir", "dame", "archbishop", "bishop", "cardinal", "rabbi", "imam", "chief", "commissioner", "premier",
        "councillor", "councilor", "cllr", "alderman",
        "vice", "deputy", "foreign", "defence", "defense", "finance", "leader", "ceo", "founder", "saint", "st",
        "emperor", "empress", "tsar", "czar", "kaiser", "sultan", "emir", "duke", "duchess", "baron", "baroness",
        "viscount", "marquess", "countess", "sens", "reps", "govs", "drs", "senators", "representatives", "governors",
    ])
    static let locationWords = WordList([
        "sea", "ocean", "river", "mountains", "mountain", "mount", "mt", "lake", "valley", "gulf", "bay", "peninsula",
        "desert", "island", "islands", "coast", "strait", "basin", "plain", "plains", "forest", "region", "delta",
        "canyon", "channel", "cape", "highlands", "hills", "alps", "glacier", "reef",
    ])
    /// Words of nature that open a place's name ("Lake Ormond"); towns so named ("Lake Forest")
    /// are in the gazetteer, which is read first.
    static let featureFirstWords = WordList(["lake", "mount", "mt", "river", "gulf", "bay", "cape", "isle"])
    static let stateWords = WordList([
        "state", "states", "county", "province", "republic", "kingdom", "emirate", "emirates", "borough",
    ])
    static func isFacilityWord(_ key: UInt64) -> Bool { facilityWords.contains(key) || facilityEndings.contains(key) }
    static let facilityWords = WordList([
        "airport", "bridge", "street", "road", "avenue", "square", "stadium", "arena", "tower", "palace", "hall",
        "station", "building", "cathedral", "temple", "mosque", "museum", "prison", "base", "port", "harbour",
        "harbor", "tunnel", "highway", "centre", "center", "park", "castle", "kremlin", "pentagon", "house",
    ])
    /// More words facilities' names end in ("Kessick County Jail"), kept apart from
    /// `facilityWords`, which are also features of the trained entity tagger.
    static let facilityEndings = WordList([
        "jail", "courthouse", "penitentiary", "dam", "canal", "library", "theatre", "theater", "gallery", "hotel",
        "mall", "pier", "zoo", "cemetery", "monument", "memorial",
    ])
    static let eventWords = WordList([
        "war", "games", "olympics", "cup", "championship", "championships", "conference", "summit", "election",
        "elections", "revolution", "crisis", "festival", "tournament", "open", "series", "forum", "congress",
        "uprising", "massacre", "attack", "attacks", "pandemic", "hurricane", "storm", "olympiad", "expo", "convention",
    ])
    static let lawWords = WordList([
        "act", "law", "treaty", "constitution", "accord", "accords", "bill", "amendment",
        // "the North American Free Trade Agreement", "the Kyoto Protocol", "the UN Charter".
        "agreement", "protocol", "charter",
    ])
}

/// A set of lowercase words looked up by the FNV-1a hash of a token's ASCII-lowercased bytes:
/// any length, no `String` per lookup.
package struct WordList: Sendable {
    private let hashes: HashTable<UInt32>
    /// The words' keys, for building combined tables.
    let keys: [UInt64]

    init(_ words: [String]) {
        keys = words.map(WordList.key)
        hashes = HashTable(keys: keys)
    }

    func contains(_ key: UInt64?) -> Bool {
        key.map { hashes.contains($0) } ?? false
    }

    package static func key(_ word: String) -> UInt64 {
        Array(word.utf8).withUnsafeBufferPointer { key($0, 0..<$0.count) }
    }

    package static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = FNV1a.seed
        for index in range {
            let byte = bytes[index]
            hash = FNV1a.step(hash, UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte))
        }
        return hash
    }
}
