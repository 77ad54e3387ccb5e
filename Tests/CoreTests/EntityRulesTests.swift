import Testing

@testable import Core

/// The post-tagging rules on short invented sentences, with hand-made tagger output.
@Suite struct EntityRulesTests {
    let gazetteer = Gazetteer(entries: [
        ("Leeds", .city), ("Kent", .region), ("France", .country), ("Europe", .continent), ("French", .nationality),
    ])

    func document(_ text: String) -> TextDocument { TextReader().read(text) }

    func mention(_ document: TextDocument, _ text: String, _ type: EntityType) -> EntityMention {
        let bytes = Array(text.utf8)
        let start = document.normalized.indices.first { document.normalized[$0...].starts(with: bytes) }!
        let range = start..<(start + bytes.count)
        let tokens = document.tokens.indices.filter { range.contains(document.tokens[$0].range.lowerBound) }
        return EntityMention(range: range, tokens: tokens.first!..<(tokens.last! + 1), type: type)
    }

    /// The parse's determiner edge from the word before `word` to it, as the syntax stage gives it.
    func withArticle(_ document: TextDocument, before word: String) -> TextDocument {
        var document = document
        let index = document.tokens.indices.first { document.text(document.tokens[$0].range) == word }!
        document.tokens[index - 1].relation = .det
        document.tokens[index - 1].head = Int32(index)
        return document
    }

    func acronyms(in document: TextDocument, gazetteer: Gazetteer? = nil) throws -> [String] {
        var mentions: [EntityMention] = []
        let sentence = try #require(document.sentences.first)
        AcronymRule(gazetteer: gazetteer ?? self.gazetteer, commonWords: nil, document: document)
            .apply(
                &mentions,
                in: RuleScope(document: document, sentence: sentence, labels: Array(repeating: .outside, count: sentence.tokens.count)))
        return texts(mentions, document)
    }

    func texts(_ mentions: [EntityMention], _ document: TextDocument) -> [String] {
        mentions.map { "\(document.text($0.range))/\($0.type.rawValue)" }
    }

    /// A surname the tagger missed opening its sentence is the person named in full before when
    /// a verb or an aside about the subject follows ("Brekke, who had missed …", "Brekke, 27,"),
    /// not before any other comma ("Brekke, Vale and Roe").
    @Test func aSurnameOpeningAnAsideIsThePersonNamedBefore() {
        let doc = document(
            "Tom Brekke scored. Brekke, who had missed twice, said he was happy. Brekke, 27, smiled. Brekke, Vale and Roe left.")
        var mentions = [mention(doc, "Tom Brekke", .person)]
        SurnameRule(commonWords: nil).apply(&mentions, in: RuleScope(document: doc))
        #expect(texts(mentions, doc) == ["Tom Brekke/PERSON", "Brekke/PERSON", "Brekke/PERSON"])
    }

    /// Two names joined by "&" are one firm, however the tagger split them; "and" joins people.
    @Test func namesJoinedByAnAmpersandAreOneOrganisation() {
        let doc = document("Smith & Nephew agreed to pay. Shares in Standard & Poor's rose. Tom and Jerry left.")
        var mentions = [
            mention(doc, "Smith", .person), mention(doc, "Nephew", .person), mention(doc, "Tom", .person),
            mention(doc, "Jerry", .person),
        ]
        AmpersandRule(gazetteer: gazetteer).apply(&mentions, in: RuleScope(document: doc))
        #expect(
            texts(mentions, doc) == ["Smith & Nephew/ORG", "Standard & Poor's/ORG", "Tom/PERSON", "Jerry/PERSON"])
    }

    /// Two given names, or a given name and a person's initial, joined by "&" are a couple; a
    /// surname after the "&" still makes a firm, however common it is as a first name.
    @Test func givenNamesJoinedByAnAmpersandAreTwoPeople() {
        let names = Gazetteer(entries: [
            ("Jay", .firstMale), ("Trish", .firstFemale), ("Joan", .firstFemale), ("Douglas", .firstMale),
            ("Douglas", .surname), ("Simon", .firstMale), ("Schuster", .surname), ("Ben", .firstMale), ("Jerry", .firstMale),
        ])
        let doc = document("Jay & Trish thanked Joan & K Choi. Douglas & Lomason and Simon & Schuster sold Ben & Jerry's.")
        var mentions = [mention(doc, "Jay", .person), mention(doc, "Trish", .person), mention(doc, "K Choi", .person)]
        AmpersandRule(gazetteer: names).apply(&mentions, in: RuleScope(document: doc))
        #expect(
            texts(mentions, doc) == [
                "Jay/PERSON", "Trish/PERSON", "K Choi/PERSON", "Douglas & Lomason/ORG", "Simon & Schuster/ORG",
                "Ben & Jerry's/ORG",
            ])
    }

    /// The "’s" after the second name is the firm's own ("Standard & Poor's rose") unless the
    /// parse reads a noun after it, which the firm then possesses ("Harris & Lowe's profits").
    @Test func aPossessiveBeforeANounIsNotPartOfTheFirmsName() {
        var doc = document("Harris & Lowe's profits fell, and Standard & Poor's rose.")
        for index in doc.tokens.indices {
            switch doc.text(of: doc.tokens[index]) {
            case "profits": doc.tokens[index].pos = .noun
            case "fell", "rose": doc.tokens[index].pos = .verb
            default: break
            }
        }
        var mentions: [EntityMention] = []
        AmpersandRule(gazetteer: gazetteer).apply(&mentions, in: RuleScope(document: doc))
        #expect(texts(mentions, doc) == ["Harris & Lowe/ORG", "Standard & Poor's/ORG"])
    }

    @Test func placesPlayingSportAreClubsButNationalSidesStayPlaces() {
        let doc = document(
            "Kent beat Leeds by six wickets in the cricket match.\n\nFrance won the match on points after the season's final innings.\n\nKent travel to Leeds next."
        )
        var mentions = [mention(doc, "Kent", .gpe), mention(doc, "Leeds", .gpe), mention(doc, "France", .gpe)]
        SportsTeamRule(gazetteer: gazetteer).apply(&mentions, in: RuleScope(document: doc))
        #expect(texts(mentions, doc) == ["Kent/ORG", "Leeds/ORG", "France/GPE"])
    }

    /// A club that played in one sentence is the club in the next, which reports no play; a
    /// nation's side stays the nation even where the gazetteer lists it as a region.
    @Test func aClubIsAClubThroughoutTheArticleAndHomeNationsStayPlaces() {
        let doc = document(
            "Kent beat England by six wickets in the cricket match.\n\nKent kept their nerve after lunch.\n\nThe match drew a crowd for the season's final innings, with points at stake."
        )
        let second = doc.tokens.firstIndex { doc.text($0.range) == "Kent" && $0.sentence == 1 }!
        let kentAgain = EntityMention(
            range: doc.tokens[second].range, tokens: second..<(second + 1), type: .gpe)
        var mentions = [mention(doc, "Kent", .gpe), mention(doc, "England", .gpe), kentAgain]
        SportsTeamRule(gazetteer: Gazetteer(entries: [("Kent", .region), ("England", .region)]))
            .apply(&mentions, in: RuleScope(document: doc))
        #expect(texts(mentions, doc) == ["Kent/ORG", "England/GPE", "Kent/ORG"])
    }

    /// Names in one list share a type: an unknown word the tagger took for a place, between two
    /// people, is a person; a place the gazetteer knows and a full name keep theirs.
    @Test func namesInAListTakeTheTypeTheOthersAgreeOn() {
        let doc = document("He fouled Ortiz, Vidales and Lemarr. He met Ann Ortiz, Sam Lee and Leeds officials.")
        var mentions = [
            mention(doc, "Ortiz", .person), mention(doc, "Vidales", .gpe), mention(doc, "Lemarr", .person),
            mention(doc, "Ann Ortiz", .person), mention(doc, "Sam Lee", .person), mention(doc, "Leeds", .gpe),
        ]
        ListTypeRule(lexicon: EntityLexicon(gazetteer: gazetteer)).apply(&mentions, in: RuleScope(document: doc))
        #expect(
            texts(mentions, doc) == ["Ortiz/PERSON", "Vidales/PERSON", "Lemarr/PERSON", "Ann Ortiz/PERSON", "Sam Lee/PERSON", "Leeds/GPE"])
    }

    /// A town's name alone among two or more people is a person ("fouls on Joaquin, Casillas and
    /// Marchena"): the gazetteer's town backs no guess against them.
    @Test func aTownsNameAmongPeopleIsAPerson() {
        let doc = document("He fouled Ortiz, Vidales and Leeds. Leeds won.")
        let leeds = doc.tokens.indices.filter { doc.text(of: doc.tokens[$0]) == "Leeds" }
        var mentions = [mention(doc, "Ortiz", .person), mention(doc, "Vidales", .person)]
        for index in leeds { mentions.append(EntityMention(range: doc.tokens[index].range, tokens: index..<(index + 1), type: .gpe)) }
        ListTypeRule(lexicon: EntityLexicon(gazetteer: gazetteer)).apply(&mentions, in: RuleScope(document: doc))
        #expect(texts(mentions, doc) == ["Ortiz/PERSON", "Vidales/PERSON", "Leeds/PERSON", "Leeds/GPE"])
    }

    /// Overlapping mentions (one inside another, as earlier rules can leave them) are no list,
    /// and reading them is no crash.
    @Test func overlappingMentionsAreNoList() {
        let doc = document("They met at Pitt University and Leeds on Friday.")
        var mentions = [mention(doc, "Pitt University", .organization), mention(doc, "University", .gpe), mention(doc, "Leeds", .gpe)]
        ListTypeRule(lexicon: EntityLexicon(gazetteer: gazetteer)).apply(&mentions, in: RuleScope(document: doc))
        #expect(texts(mentions, doc) == ["Pitt University/ORG", "University/GPE", "Leeds/GPE"])
    }

    /// A lone surname the gazetteer knows takes the capitalised word before it ("Guy Fenwick"),
    /// which the tagger read as the everyday word.
    @Test func aLoneSurnameTakesTheCapitalisedWordBeforeIt() {
        let doc = document("The songs were written by Guy Fenwick in a week.")
        var mentions = [mention(doc, "Fenwick", .person)]
        NameExtensionRule(lexicon: EntityLexicon(gazetteer: Gazetteer(entries: [("Fenwick", .surname)])))
            .apply(&mentions, in: RuleScope(document: doc))
        #expect(texts(mentions, doc) == ["Guy Fenwick/PERSON"])
    }

    /// In score lines and tables every name is a side, whatever the tagger made of it; people in
    /// individual results (a first name, a rank, a bracketed country) and national sides keep
    /// their types.
    @Test func namesInResultsLinesAreSides() {
        let doc = document(
            "Results of football league matches on Saturday, the season's first league games.\nMarlow Town 2 Velbury 1\nOakhampton 0 Dunmore Rovers 3\nDunmore Rovers 5 4 1 0 12 3 13\nAnn Holt 67 68 70\n3. Tom Reed (France) 12.92\nFrance 2 Kent 1"
        )
        var mentions = [
            mention(doc, "Velbury", .person), mention(doc, "Oakhampton 0", .organization),
            mention(doc, "Ann Holt", .person), mention(doc, "Tom Reed", .person), mention(doc, "France 2", .gpe),
        ]
        let lexicon = EntityLexicon(gazetteer: Gazetteer(entries: [("Ann", .firstFemale), ("France", .country)]))
        ResultsLineRule(lexicon: lexicon).apply(&mentions, in: RuleScope(document: doc))
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        #expect(
            texts(mentions, doc) == [
                "Marlow Town/ORG", "Velbury/ORG", "Oakhampton/ORG", "Dunmore Rovers/ORG", "Dunmore Rovers/ORG",
                "Ann Holt/PERSON", "Tom Reed/PERSON", "France/GPE", "Kent/ORG",
            ])
    }

    @Test func placesOutsideSportStayPlaces() {
        let doc = document("Kent and Leeds reported 5 new cases and 3 deaths on Monday, officials said.")
        var mentions = [mention(doc, "Kent", .gpe), mention(doc, "Leeds", .gpe)]
        SportsTeamRule(gazetteer: gazetteer).apply(&mentions, in: RuleScope(document: doc))
        #expect(texts(mentions, doc) == ["Kent/GPE", "Leeds/GPE"])
    }

    @Test func unknownAcronymsAreOrganisationsButNotInShoutedLines() throws {
        let doc = withArticle(document("Monitors from the OSCE said the vote in France was fair."), before: "OSCE")
        #expect(try acronyms(in: doc) == ["OSCE/ORG"])
        #expect(try acronyms(in: withArticle(document("NEWS FROM THE OSCE SUMMIT TODAY"), before: "OSCE")).isEmpty)
    }

    /// "OMG" read as an exclamation by the parse is no organisation.
    @Test func acronymsTheParseReadsAsExclamationsAreNotNames() throws {
        var doc = withArticle(document("OMG the OSCE said the vote in France was fair."), before: "OSCE")
        let sentence = try #require(doc.sentences.first)
        doc.tokens[sentence.tokens.lowerBound].pos = .intj
        #expect(try acronyms(in: doc) == ["OSCE/ORG"])
    }

    /// News names a body by its acronym with "the" or a possessive, after a preposition, in
    /// brackets after its name, or more than once; chat writes abbreviations bare, once.
    @Test func anAcronymWrittenBareAndOnceIsNoName() throws {
        #expect(try acronyms(in: document("That map looked like GTA to me honestly.")).isEmpty)
        #expect(try acronyms(in: withArticle(document("I played the GTA demo all night."), before: "GTA")) == ["GTA/ORG"])
        #expect(try acronyms(in: document("SML posted a video and SML fans loved it.")) == ["SML/ORG", "SML/ORG"])
        #expect(try acronyms(in: document("The Housing Authority of New Orleans (HANO) sued.")) == ["HANO/ORG"])
        var quote = document("He solicited a quote from AIG that was higher.")
        let aig = quote.tokens.indices.first { quote.text(quote.tokens[$0].range) == "AIG" }!
        quote.tokens[aig].relation = .nmod
        #expect(try acronyms(in: quote) == ["AIG/ORG"])
        var subject = document("In Texas, BP shut its refinery.")
        let bp = subject.tokens.indices.first { subject.text(subject.tokens[$0].range) == "BP" }!
        subject.tokens[bp].relation = .nsubj
        #expect(try acronyms(in: subject) == ["BP/ORG"])
    }

    /// An acronym the gazetteer lists only as a language ("Hano", a Tewa dialect) is still an
    /// acronym: no language is written in capitals.
    @Test func anAcronymIsNoLanguage() throws {
        let languages = Gazetteer(entries: [("Hano", .language)])
        let doc = withArticle(document("The complaints allege that the HANO has not paid."), before: "HANO")
        #expect(try acronyms(in: doc, gazetteer: languages) == ["HANO/ORG"])
        let lexicon = EntityLexicon(gazetteer: languages)
        let index = doc.tokens.indices.first { doc.text(doc.tokens[$0].range) == "HANO" }!
        #expect(lexicon.miscellaneousType(document: doc, tokens: index..<(index + 1)) == nil)
        let speaks = document("She speaks Hano at home.")
        let word = speaks.tokens.indices.first { speaks.text(speaks.tokens[$0].range) == "Hano" }!
        #expect(lexicon.miscellaneousType(document: speaks, tokens: word..<(word + 1)) == .language)
    }

    /// A time zone or an era is no organisation, however unknown its letters.
    @Test func timeZonesAndErasAreNotOrganisations() throws {
        let doc = withArticle(
            document("The OSCE vote closed at 10pm EDT, and the temple was built in 300 BCE by the river."), before: "OSCE")
        #expect(try acronyms(in: doc) == ["OSCE/ORG"])
    }

    /// The names HeadWordRule finds in a one-sentence text, given the tagger's `found` names.
    func headWordNames(_ text: String, found: [(String, EntityType)] = []) throws -> Set<String> {
        let doc = document(text)
        var mentions = found.map { mention(doc, $0.0, $0.1) }
        let sentence = try #require(doc.sentences.first)
        HeadWordRule(commonWords: nil).apply(&mentions, in: RuleScope(document: doc, sentence: sentence))
        return Set(texts(mentions, doc))
    }

    @Test func headWordsTypeCapitalisedRuns() throws {
        let names = try headWordNames(
            "He spoke to the Munich Security Conference about the Cold War and the European Commission President.",
            found: [("Munich", .gpe)])
        #expect(names == ["Munich Security Conference/EVENT", "Cold War/EVENT", "European Commission/ORG"])
    }

    /// The head word first: "Board of Deputies of British Jews", up to the "and" joining a second name.
    @Test func headWordsFirstTakeTheirOfPhrase() throws {
        let names = try headWordNames("He met the Board of Deputies of British Jews and the Department of Health and the Treasury.")
        #expect(names == ["Board of Deputies of British Jews/ORG", "Department of Health/ORG"])
    }

    /// "Project" ends an organisation's name: an initiative run as a body.
    @Test func aProjectIsAnOrganisation() throws {
        let names = try headWordNames("The song was recorded under the name Bright Harbour Project last year.")
        #expect(names == ["Bright Harbour Project/ORG"])
    }

    /// Foreign names keep their own head word: a press agency named with a country is no place.
    @Test func foreignHeadWordsTypeOrganisations() throws {
        let names = try headWordNames("She told Agence France Presse that the Berliner Presse would print it.", found: [("France", .gpe)])
        #expect(names == ["Agence France Presse/ORG", "Berliner Presse/ORG"])
    }

    @Test func namesWithParticlesAreOnePerson() {
        let doc = document("Ursula von der Leyen met Ludwig van Beethoven fans.")
        var mentions = [mention(doc, "Ursula", .person), mention(doc, "Leyen", .person), mention(doc, "Beethoven", .person)]
        NameParticleRule().apply(&mentions, in: RuleScope(document: doc))
        #expect(texts(mentions, doc) == ["Ursula von der Leyen/PERSON", "Ludwig van Beethoven/PERSON"])
    }

    @Test func aNameFoundOnceIsFoundEverywhere() {
        let doc = document(
            "Pirelli reported profits. Analysts said Pirelli shares rose. Readers live in New York. New York Times readers too.")
        var mentions = [mention(doc, "Pirelli", .organization), mention(doc, "New York", .gpe)]
        DocumentConsistencyRule(commonWords: nil).apply(&mentions, in: RuleScope(document: doc))
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        #expect(texts(mentions, doc) == ["Pirelli/ORG", "Pirelli/ORG", "New York/GPE"])
    }

    @Test func everydayWordsAreNotRepeatedAsNames() {
        let commonWords = CommonWords(list: Array("may\nthe\n".utf8))
        let doc = document("May said so. Prices may rise in May.")
        var mentions = [mention(doc, "May", .person)]
        DocumentConsistencyRule(commonWords: commonWords).apply(&mentions, in: RuleScope(document: doc))
        #expect(mentions.count == 1)
    }

    @Test func aPlaceWithItsDateIsADatelineNotATeam() {
        let doc = document(
            "CRICKET - RESULTS AT THE TOP.\nLONDON 1996-08-30\nKent beat Leeds by six wickets in the cricket match, and the season's final innings drew 5 points."
        )
        var mentions = [mention(doc, "LONDON", .gpe), mention(doc, "Kent", .gpe)]
        SportsTeamRule(gazetteer: gazetteer).apply(&mentions, in: RuleScope(document: doc))
        #expect(texts(mentions, doc) == ["LONDON/GPE", "Kent/ORG"])
    }

    @Test func capitalisedLinesAreReCasedFromTheBody() throws {
        let doc = document("LEEDS BEAT KENT IN THE FINAL\n\nOn Sunday Leeds beat the visitors from Kent in the final.")
        let caser = TrueCaser(document: doc)
        let headline = try #require(doc.sentences.first)
        #expect(TrueCaser.isShouted(headline, doc))
        var scratch: [UInt8] = []
        var tokens: [TaggerToken] = []
        caser.recase(headline, in: doc, scratch: &scratch, into: &tokens)
        #expect(String(decoding: scratch, as: UTF8.self) == "Leeds beat Kent in the final")
        #expect(tokens[0].flags.contains(.capitalized) && !tokens[0].flags.contains(.allCaps))
        #expect(!tokens[1].flags.contains(.capitalized))
    }

    @Test func titleCaseHeadlinesAreReCasedToo() throws {
        let commonWords = CommonWords(list: Array("abandon\nvoters\nparty\nfor\n".utf8))
        let doc = document("Wealthy Voters Abandon Party for Anna Berg\n\nMany voters now back Anna Berg, polls show.")
        let headline = try #require(doc.sentences.first)
        #expect(TrueCaser.isShouted(headline, doc))
        var scratch: [UInt8] = []
        var tokens: [TaggerToken] = []
        TrueCaser(document: doc, commonWords: commonWords).recase(headline, in: doc, scratch: &scratch, into: &tokens)
        #expect(String(decoding: scratch, as: UTF8.self) == "Wealthy voters abandon party for Anna Berg")
    }

    /// A headline name that runs on past a body name of the same type into the headline's verb
    /// is cut back to that name; one that matches no body name stays.
    @Test func headlineNamesEndWhereTheBodysNameEnds() {
        let document = document(
            "Marion Velasquez Grills Arkwise Bank Chief\n\nSenator Marion Velasquez criticised the chief of Arkwise Bank.")
        let titled = mention(document, "Senator Marion Velasquez", .person)
        let name = (titled.tokens.lowerBound + 1)..<titled.tokens.upperBound
        var mentions = [
            mention(document, "Marion Velasquez Grills", .person), mention(document, "Arkwise Bank Chief", .organization),
            EntityMention(
                range: Int(document.tokens[name.lowerBound].start)..<titled.range.upperBound, tokens: name, type: .person),
        ]
        HeadlineNameRule().apply(&mentions, in: RuleScope(document: document))
        #expect(texts(mentions, document) == ["Marion Velasquez/PERSON", "Arkwise Bank Chief/ORG", "Marion Velasquez/PERSON"])
    }
}
