import Core
import Models
import Testing

/// Names the tagger has never seen, typed by the words news puts around them, with the bundled
/// models (the rules read the parse). Every name here is invented, except the companies of the
/// bundled company list, which are real (in invented sentences).
struct EntityDescriptionTests {
    static let analyzer = Result { try BundledModels.analyzer() }

    func types(_ text: String) throws -> [String: EntityType] {
        let response = try Self.analyzer.get().analyze(AnalysisRequest(text: text))
        return Dictionary(response.entities.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
    }

    /// "The young Kyrgyz": a capitalised word an article and describing words open is a
    /// nationality used as a noun, not a name; "the veteran Roe" after "Tom Roe", "the Queen" and
    /// "the Harlow administration" keep theirs.
    @Test func aNationalityAfterAnArticleIsNoName() throws {
        let found = try types(
            "Cup run\n\nManager Tom Roe says the season has been hard. The young Kyrgyz said the race was hard. The "
                + "veteran Roe has coached for 20 years.\n")
        #expect(found["Kyrgyz"] != .person)
        #expect(found["Tom Roe"] == .person)
    }

    /// "Water levels at Castlebrook …", "a farm outside Castlebrook", "living in Castlebrook": a
    /// name every time after a preposition of place is a place, and takes no one's pronouns.
    @Test func aNameAlwaysAfterAPrepositionOfPlaceIsAPlace() throws {
        let found = try types(
            "Flood\n\nWater levels at Castlebrook and Ardnagh dropped by almost half a metre overnight, Limerick City and "
                + "County Council said, but dozens of homes remain cut off and at least 40 families are staying with relatives "
                + "or in emergency accommodation.\n\nFarmer Tom Hale, whose 60-hectare dairy farm outside Castlebrook was almost "
                + "entirely submerged, said he had moved his herd to higher ground at three in the morning on Thursday as the "
                + "river burst its banks.\n\n\"I understand completely why people are angry,\" Jim Roe said. \"If I were living "
                + "in Castlebrook tonight, I would be angry too. But the funding is there and the scheme will be built.\"\n")
        #expect(found["Castlebrook"] == .gpe)
        #expect(found["Tom Hale"] == .person)
    }

    /// "The Korean carmaker Haldane": a kind of organisation right before the name types it, and
    /// the name alone later in the article is the same organisation.
    @Test func anOrganisationNounBeforeANameMakesItAnOrganisation() throws {
        let found = try types(
            "Carmakers report strong year\n\nThe Korean carmaker Haldane sold 80,000 cars last year. "
                + "Haldane said demand was strong in Europe.\n")
        #expect(found["Haldane"] == .organization)
    }

    /// "the Kell County Sheriff's Office", "St Mary's Hospital": the possessor, its "'s" and an
    /// institution's noun are one name; a person's own office and a place's department are not.
    @Test func aBodyNamedAfterWhoseItIsIsOneName() throws {
        let found = try types(
            "Crash\n\nThe Kell County Sheriff's Office said two deputies were hurt. One was taken to St Mary's "
                + "Hospital. Jane Roe's office said nothing. Velmont's Department of Health agreed.\n")
        #expect(found["Kell County Sheriff's Office"] == .organization)
        #expect(found["St Mary's Hospital"] == .organization)
        #expect(found["Kell County Sheriff"] == nil)
        #expect(found["Jane Roe"] == .person)
        #expect(found["Velmont"] == .gpe)
    }

    /// "the 300 block of Maple Avenue", "Birch Road and Pine Street", "in Marsh Lane": a street's
    /// name is a facility, found whole, however the tagger read it (a person, or nothing).
    @Test func aStreetIsAFacility() throws {
        let found = try types(
            "Fire\n\nPolice were called to the 300 block of Maple Avenue. The fire spread to Birch Road and Pine Street. "
                + "Speaking in Marsh Lane, Ann Platt said the smoke was thick. A bar on Harlow Street opened late.\n")
        #expect(found["Maple Avenue"] == .facility)
        #expect(found["Pine Street"] == .facility)
        #expect(found["Marsh Lane"] == .facility)
        #expect(found["Harlow Street"] == .facility)
    }

    /// "Dorvan's interior ministry", "the border with Dorvan": what only a country has, or a border
    /// with it, makes a name the tagger took for a person a place; a company's president does not.
    @Test func aStatesInstitutionsMakeItsNameAPlace() throws {
        let found = try types(
            "Clashes\n\nTroops moved towards the border with Dorvan on Sunday. Dorvan's interior ministry said 12 "
                + "people died. Arkwise's president resigned.\n")
        #expect(found["Dorvan"] == .gpe)
        #expect(found["Arkwise"] != .gpe)
    }

    /// "Calloway rose 3% … Calloway Systems Inc. employs 900 people": a business named in full is
    /// its first word alone too, before its full name as after it (one organisation); a person
    /// named by that word, and a place the tagger read as one, stay what they are.
    @Test func aBusinessIsItsFirstWordAlone() throws {
        let found = try types(
            "Markets\n\nCalloway rose 3%. Analysts said Calloway had beaten estimates. Calloway Systems Inc. employs 900 "
                + "people. Ann Varga founded Varga Foods in 1990; Varga said the firm would grow.\n")
        #expect(found["Calloway Systems Inc."] == .organization && found["Calloway"] == nil)
        #expect(found["Ann Varga"] == .person)
        #expect(found["Varga"] != .organization)
    }

    /// "Records show that Brenvale operates 14 coaches", "Brenvale owner Ann Roe said": where the
    /// tagger found no name at all, the first word of a business named in full is that business;
    /// a title inside the business's name does not cut it ("Brenvale Coach Tours of Denton
    /// Springs"), and the town's name ending in "Springs" is no person's.
    @Test func aBusinessIsItsFirstWordAloneWhereTheTaggerFoundNothing() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Coach crash\n\nThe coach, operated by Brenvale Coach Tours of Denton Springs, left the road. Records show "
                    + "that Brenvale operates 14 coaches. In a statement, Brenvale owner Ann Roe said the company was devastated.\n"))
        let company = try #require(response.entities.first { $0.name == "Brenvale Coach Tours" })
        #expect(company.type == .organization)
        #expect(company.mentions.map(\.text) == ["Brenvale Coach Tours", "Brenvale", "Brenvale", "the company"])
        #expect(response.entities.first { $0.name == "Denton Springs" }?.type == .gpe)
    }

    /// "Okoro, 22, was named man of the match": a name with an age between commas is a person's,
    /// also where the tagger saw no name; a known place with a count after it stays a place.
    @Test func aNameWithAnAgeIsAPerson() throws {
        let found = try types(
            "Match report\n\nOkoro, 22, was named man of the match. Ohio, 18, and Michigan, 16, were close.\n")
        #expect(found["Okoro"] == .person)
        #expect(found["Ohio"] == .gpe)
    }

    /// "Helena Strand said": a name that opens with a first name is a person's, though both its
    /// words are towns somewhere; a place the gazetteer knows before or after, or a facility's
    /// word, keeps a place's name a place.
    @Test func aNameOpeningWithAFirstNameIsAPerson() throws {
        let found = try types(
            "Mine collapse\n\nThe minister, Helena Strand, visited the site on Friday. Helena Strand said the families "
                + "would receive support. Flooding closed Virginia Beach, Charlotte Street and the Washington Monument.\n")
        #expect(found["Helena Strand"] == .person)
        #expect(found["Virginia Beach"] == .gpe)
        #expect(found["Charlotte Street"] == .facility)
        #expect(found["Washington Monument"] == .facility)
    }

    /// "Harlow Financial Services said", "Calder Vale Water Services, which supplies …": a name
    /// ending in "Services" is an organisation's, where the tagger found none or a person.
    @Test func aNameEndingInServicesIsAnOrganisation() throws {
        let found = try types(
            "Fines\n\nCalder Vale Water Services, which supplies 1.4 million homes, was fined. Harlow Financial Services "
                + "said profits rose.\n")
        #expect(found["Calder Vale Water Services"] == .organization)
        #expect(found["Harlow Financial Services"] == .organization)
        #expect(found["Calder"] == nil)
    }

    /// "The owner of Ridgeline, Walter Beasley, pleaded guilty. He …": what someone owns is a
    /// business, not a person, and "He" is the owner.
    @Test func whatSomeoneOwnsIsABusiness() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Trial\n\nThe contract was awarded to Ridgeline. The owner of Ridgeline, Walter Beasley, pleaded guilty last "
                    + "year. He has not yet been sentenced.\n"))
        #expect(response.entities.first { $0.name == "Ridgeline" }?.type == .organization)
        #expect(response.entities.first { $0.name == "Walter Beasley" }?.mentions.map(\.text).contains("He") == true)
    }

    /// "the Velmont Sovereign Fund", "the Harlow Pension Fund": capitalised words ending in
    /// "Fund" name an organisation; "Hedge funds" names none.
    @Test func aFundIsAnOrganisation() throws {
        let found = try types(
            "Markets\n\nThe Velmont Sovereign Fund cut its forecast. The Harlow Pension Fund bought shares. "
                + "Hedge funds sold.\n")
        #expect(found["Velmont Sovereign Fund"] == .organization)
        #expect(found["Harlow Pension Fund"] == .organization)
        #expect(found.count == 2)
    }

    /// "the Oregon Democrat", "the Texas Republican": a known place before a party's word is
    /// the place and a group, not one location or organisation.
    @Test func aPlaceBeforeAPartyWordIsAPlaceAndAGroup() throws {
        let found = try types("Hearing\n\nThe Texas Republican agreed, as did the Oregon Democrat.\n")
        #expect(found["Oregon"] == .gpe)
        #expect(found["Democrat"] == .norp)
        #expect(found["Oregon Democrat"] == nil)
    }

    /// "Lake Ormond", "Mount Tarin": a natural feature's word first makes a location; "the 1994
    /// fires": a year of the last two centuries after a determiner is a date; "BRAMLEY, Queensland
    /// —": the dateline's region is a place.
    @Test func featuresYearsAndDatelineRegions() throws {
        let found = try types(
            "BRAMLEY, Queensland — Floodwaters rose on Tuesday near Lake Ormond and Mount Tarin. The 1994 fires were "
                + "worse. About 2000 people marched.\n")
        #expect(found["Lake Ormond"] == .location)
        #expect(found["Mount Tarin"] == .location)
        #expect(found["1994"] == .date)
        #expect(found["2000"] == .cardinal)
        #expect(found["Queensland"] == .gpe)
    }

    /// A company is known by the word its name ends in, however the tagger reads the rest:
    /// "Velmont Securities" and "Arkwise Holdings" are no places.
    @Test func companyNamesEndInTheirKindOfBusiness() throws {
        let found = try types(
            "Markets\n\n\"They waited too long,\" said Jane Roe, an analyst at Velmont Securities. "
                + "Shares in Arkwise Holdings fell 3% on Monday.\n")
        #expect(found["Velmont Securities"] == .organization)
        #expect(found["Arkwise Holdings"] == .organization)
    }

    /// The words companies' names end in beyond the financial ones ("Labs", "Logistics",
    /// "Systems"), and two names joined by "and" stay two: a person named before the
    /// conjunction stays a person, a company named before it stays a company of its own.
    @Test func companyNamesAfterAPersonAndAConjunction() throws {
        let found = try types(
            "Consultants\n\nThe study, by consultants Marlow Pike Abbott and Zentra Labs, ranked the town third. "
                + "Quillby Logistics and Darnet Systems bid for the contract.\n")
        #expect(found["Zentra Labs"] == .organization)
        #expect(found["Marlow Pike Abbott"] == .person)
        #expect(found["Quillby Logistics"] == .organization)
        #expect(found["Darnet Systems"] == .organization)
    }

    /// "Priya Venn of Harlow Ridge Securities": a first name of the wider given-name list (not
    /// only the Census lists) opens a person's name run together with the body after "of".
    @Test func aGivenNameSplitsAPersonFromTheirFirm() throws {
        let found = try types(
            "Shares fall\n\nJim Roe runs the firm. Another analyst, Priya Venn of Harlow Ridge Securities, was more "
                + "measured.\n")
        #expect(found["Priya Venn"] == .person)
        #expect(found["Harlow Ridge Securities"] == .organization)
    }

    /// "The charity Silver Line Scotland said": the capitalised words after an organisation noun
    /// are one organisation's name, though the tagger found only the place that ends it.
    @Test func anOrganisationNounNamesTheWholeNameAfterIt() throws {
        let found = try types("Care\n\nJim Roe runs it. The charity Silver Line Scotland said older patients were suffering.\n")
        #expect(found["Silver Line Scotland"] == .organization)
        #expect(found["Scotland"] == nil)
    }

    /// "Brannock Bancorp … Brannock said … Brannock bought back its stock": a bank named in full
    /// with a business word of the lexicon is also its first word alone, however often the tagger
    /// reads that word as a surname.
    @Test func aBankNamedInFullIsItsFirstWordAlone() throws {
        let found = try types(
            "Results\n\nBrannock Bancorp posted a 14% jump in profit on Tuesday. Chief executive Ann Lee said Brannock had "
                + "set aside $640 million. She said Brannock had modeled a scenario in which office values fall. Brannock "
                + "bought back $1.5 billion of its own stock. Jim Roe, who rates Brannock a buy, praised the results.\n")
        #expect(found["Brannock Bancorp"] == .organization)
        #expect(found["Ann Lee"] == .person)
    }

    /// "A Rugby League spokesman said": the article opening the sentence is no part of the
    /// name; mining companies' names end in "Minerals" or "Metals" as others' in "Mining".
    @Test func aSentencesOpeningArticleIsNoPartOfAName() throws {
        let found = try types(
            "Pit closure\n\nJane Roe runs the pit. A Rugby League spokesman said checks would take weeks. Harlow "
                + "Minerals said output fell by 4% after Ostrava Metals cut prices.\n")
        #expect(found["Rugby League"] == .organization)
        #expect(found["A Rugby League"] == nil)
        #expect(found["Harlow Minerals"] == .organization)
        #expect(found["Ostrava Metals"] == .organization)
    }

    /// "NHS England", "VHS Harlow": an organisation's acronym right before a one-word name opens
    /// a longer organisation's name; the place it names stays a place of its own.
    @Test func anAcronymBeforeANameOpensTheOrganisationsName() throws {
        let found = try types(
            "Care\n\nNHS England said it would cut waiting times in Velmont. England has 56 million people.\n")
        #expect(found["NHS England"] == .organization)
        #expect(found["England"] == .gpe)
        #expect(found["NHS"] == nil)
    }

    /// A place's name that ends in a building's word is the building: "Harlow County Jail" is no
    /// county.
    @Test func aCountysJailIsAFacility() throws {
        let found = try types("Jailed\n\nTom Hale was held at Harlow County Jail for 341 days before the trial.\n")
        #expect(found["Harlow County Jail"] == .facility)
    }

    /// "212 Norwegian crowns" is an amount; the nationality inside it qualifies the currency and
    /// is no group of people of its own.
    @Test func aNationalityInsideAnAmountIsPartOfIt() throws {
        let found = try types("Ferry bid\n\nArkwise will pay 212 Norwegian crowns a share for the ferry firm.\n")
        #expect(found["212 Norwegian crowns"] == .money)
        #expect(found["Norwegian"] == nil)
    }

    /// Clubs by the word their names end in ("Rovers", "Athletic", "Wanderers"), and a company's
    /// name that ends in two such words ends at the last ("Arkwise Petroleum Corp.").
    @Test func clubsAndCompaniesEndAtTheirLastHeadWord() throws {
        let found = try types(
            "Harlow Rovers 3-2 Denby Wanderers\n\nHarlow Rovers beat Denby Wanderers 3-2 at Dell Park on Saturday. "
                + "The shirts are made by Arkwise Petroleum Corp. of Velmont, which also owns Denby Mining Corp.\n")
        #expect(found["Harlow Rovers"] == .organization)
        #expect(found["Denby Wanderers"] == .organization)
        #expect(found["Arkwise Petroleum Corp."] == .organization)
    }

    /// A name right after a rank or an honorific is a person's, however much it sounds like a
    /// place ("Gen. Chester Field"); a rank that also opens bodies' names ("General Motors")
    /// types nothing.
    @Test func aNameAfterARankIsAPerson() throws {
        let found = try types("Generals speak\n\nRetired Gen. Chester Field spoke to reporters on Monday.\n")
        #expect(found["Chester Field"] == .person)
    }

    /// Treaties are laws whatever their head word: "Agreement", "Protocol" and "Charter" end a
    /// treaty's name as "Act" and "Treaty" do; the word alone is none ("reached an agreement").
    @Test func treatiesNamedAgreementsAndProtocolsAreLaws() throws {
        let found = try types(
            "Trade row\n\nThe senator attacked the Velmont Free Trade Agreement on Monday. The Harlow Protocol and the "
                + "Velmont Charter were signed in 1997. The two sides reached an agreement.\n")
        #expect(found["Velmont Free Trade Agreement"] == .law)
        #expect(found["Harlow Protocol"] == .law)
        #expect(found["Velmont Charter"] == .law)
        #expect(found["agreement"] == nil)
    }

    /// "Email: …" or "PS —" opening a message reads to the text stage like a dateline's "Munich:
    /// …"; an everyday word no lexicon knows as a place, or an everyday abbreviation, is no place. A dateline in
    /// capitals or with its agency stays a place, whatever its word.
    @Test func aFieldLabelOpeningTheTextIsNoPlace() throws {
        #expect(try types("Email: Ann Dunmore <ann@example.com>\n")["Email"] == nil)
        #expect(try types("Munich: The council said it would close the pool.\n")["Munich"] == .gpe)
        #expect(try types("PHOENIX (AP) — The council said it would close the pool.\n")["PHOENIX"] == .gpe)
        #expect(try types("PS — The council said it would close the pool.\n")["PS"] == nil)
    }

    /// "a Paris-based firm", "the Dunmore-style cuts": the name before a compound's participle is
    /// found, on its own, without the participle.
    @Test func theNameBeforeAnAttributiveCompoundIsFoundAlone() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(text: "Firm grows\n\nA Paris-based firm backed the Ann Dunmore-style cuts on Monday.\n"))
        let names = response.entities.map(\.name)
        #expect(names.contains("Paris"))
        #expect(names.contains("Ann Dunmore"))
        #expect(!names.contains { $0.contains("-") })
    }

    /// Continental and ethnic groups, religions and political movements are NORP, as nationalities are.
    @Test func groupsAndReligionsAreNorp() throws {
        let found = try types(
            "Talks\n\nLeaders of Asian and Arab groups met Jewish and Muslim students and local Sikhs in Leeds on Monday. "
                + "Local Communists marched.\n")
        for name in ["Asian", "Arab", "Jewish", "Muslim", "Sikhs", "Communists"] { #expect(found[name] == .norp, "\(name)") }
        #expect(found["Leeds"] == .gpe)
    }

    /// The members of a party are a group (NORP) in every form, and the word before a person's
    /// name is not part of it ("Democrat Ann Lee").
    @Test func partyMembersAreNorp() throws {
        let found = try types(
            "Vote delayed\n\nDemocrats said the vote would wait. On Monday, Republicans and the Tories disagreed. "
                + "The race pits Republican Tom Alder against Democrat Ann Lee.\n")
        for name in ["Democrats", "Republicans", "Tories", "Republican", "Democrat"] { #expect(found[name] == .norp, "\(name)") }
        #expect(found["Ann Lee"] == .person)
        #expect(found["Tom Alder"] == .person)
    }

    /// "The Board of Deputies of British Jews": an organisation's head word, "of" and capitalised
    /// words make one organisation, and the nationality words inside it are no NORP of their own.
    @Test func anOrganisationHeadFirstTakesItsOfPhrase() throws {
        let found = try types(
            "Complaint made\n\nThe Board of Deputies of British Jews has complained to the Press Council of Arland.\n")
        #expect(found["Board of Deputies of British Jews"] == .organization)
        #expect(found["British"] == nil)
        #expect(found["Jews"] == nil)
    }

    /// A legislature or house named by one word is an organisation, found where the tagger saw
    /// no name and retyped where it saw a place or a person.
    @Test func legislaturesNamedByOneWordAreOrganisations() throws {
        let found = try types(
            "Vote held\n\nThe bill passed the Commons on Monday and now goes to the Lords. "
                + "The Bundestag and the Knesset debated a similar law, and so did the Duma.\n")
        for name in ["Commons", "Lords", "Bundestag", "Knesset", "Duma"] { #expect(found[name] == .organization, "\(name)") }
    }

    /// "Zendra's headline says it all": a name with a headline is a publication, wherever the
    /// press review writes it.
    @Test func aNameWithAHeadlineIsAPublication() throws {
        let found = try types(
            "Press review\n\nZendra focuses on the coach and his praise for the players. "
                + "Zendra's headline says it all: \"A night to forget\".\n")
        #expect(found["Zendra"] == .organization)
    }

    /// "… were Rina Okoro and Dusty Banks": a capitalised pair joined by "and" to a person's full
    /// name is the next person of the list, where the tagger found none.
    @Test func aFullNameAfterAPersonAndIsAPerson() throws {
        let found = try types(
            "Show news\n\nThose to leave early were Rina Okoro and Dusty Banks from the second series. "
                + "Viewers backed Rina Okoro and Velmont Bank.\n")
        #expect(found["Dusty Banks"] == .person)
        #expect(found["Velmont Bank"] != .person)
    }

    /// "companies such as A, B and C": every name of the list.
    @Test func aListAfterSuchAsTakesTheTypeOfItsNoun() throws {
        let found = try types("Prices fall\n\nStores such as Pelham, Mosley and Garrow cut prices, analysts said.\n")
        #expect(found["Pelham"] == .organization)
        #expect(found["Mosley"] == .organization)
        #expect(found["Garrow"] == .organization)
    }

    /// "Dunmore shares", "a Dunmore spokeswoman": what only an organisation has. A place keeps
    /// its type ("UK shares"), and so does a person's surname ("Ann Dunmore … Dunmore shares").
    @Test func anOrganisationsPartsAfterTheNameMakeItAnOrganisation() throws {
        let found = try types(
            "Results day\n\nDunmore shares rose by 4% on Monday. A Dunmore spokeswoman said profits had doubled. "
                + "France shares fell.\n")
        #expect(found["Dunmore"] == .organization)
        #expect(found["France"] == .gpe)
        let person = try types(
            "Results day\n\nAnn Dunmore bought a house. Dunmore shares the house with her sister, a nurse.\n")
        #expect(person["Ann Dunmore"] == .person)
    }

    /// What shares or a stake are held in is a company ("Shares in Orvanta fell", "a 9% stake in
    /// Pellacore"), unless the name is a known place ("shares in Germany"); an investment firm is
    /// known by the word its name ends in ("Brimmond Capital").
    @Test func whatSharesAreHeldInIsACompany() throws {
        let found = try types(
            "Bid battle\n\nShares in Orvanta fell 4% on Tuesday. Brimmond Capital, which holds a 9% stake in "
                + "Pellacore, said it would vote against the deal. Shares in Germany rose.\n")
        #expect(found["Orvanta"] == .organization)
        #expect(found["Pellacore"] == .organization)
        #expect(found["Brimmond Capital"] == .organization)
        #expect(found["Germany"] == .gpe)
    }

    /// "Residents of Velmont", "villagers of Harkis": where people live is a place, and a street
    /// ("residents of Birch Lane") a facility.
    @Test func whereResidentsLiveIsAPlace() throws {
        let found = try types(
            "Flood fears\n\nResidents of Velmont said the river rose overnight. Residents of Birch Lane said "
                + "they had been suffering for years.\n")
        #expect(found["Velmont"] == .gpe)
        #expect(found["Birch Lane"] == .facility)
    }

    /// "Brentford are in talks", "Meanwhile, Harlan Palace have rejected a bid": in a sports story a
    /// name that takes a plural verb as its subject is a club, and so is one before a player's
    /// position ("Grenoble midfielder"); a player after "an injury to" is not, nor a country's side.
    @Test func aNameThatTakesAPluralVerbInSportIsAClub() throws {
        let found = try types(
            "Transfer news\n\nBrentford are in talks with Sporting over a £40m deal for the striker, who scored 20 goals "
                + "last season. Meanwhile, Harlan Palace have rejected a second offer for their midfielder. The league "
                + "season starts in August, and England are preparing for the World Cup. A wrist injury to veteran "
                + "Ann Dorsey and a knee problem have forced the coach to wait before the match. Grenoble midfielder "
                + "Tom Hale is also wanted.\n")
        #expect(found["Brentford"] == .organization)
        #expect(found["Harlan Palace"] == .organization)
        #expect(found["England"] == .gpe)
        #expect(found["Ann Dorsey"] == .person)
        #expect(found["Grenoble"] == .organization)
        #expect(found["Tom Hale"] == .person)
    }

    /// "the Department of Health and Social Care": a body's "of" part that joins two fields is
    /// one name; "the Ministry of Defence and Boeing" names two.
    @Test func aBodyWhoseFieldsAreJoinedByAndIsOneName() throws {
        let found = try types(
            "Budget row\n\nThe Department of Health and Social Care said waiting lists had fallen. "
                + "The Ministry of Defence and Boeing signed the deal.\n")
        #expect(found["Department of Health and Social Care"] == .organization)
        #expect(found["Department of Health"] == nil)
        #expect(found["Ministry of Defence"] == .organization)
        #expect(found["Boeing"] == .organization)
    }

    /// Who publishes a study or a survey is a company or an institute ("a study from Velmont"),
    /// unless the name is a known place ("a report from Germany") or the tagger read a person.
    @Test func whoPublishesAStudyIsAnOrganisation() throws {
        let found = try types(
            "Sales slump\n\nA study from Velmont showed sales fell. Research from Kelbrook suggests otherwise. "
                + "A report from Germany said so. A report by Ann Holt agreed.\n")
        #expect(found["Velmont"] == .organization)
        #expect(found["Kelbrook"] == .organization)
        #expect(found["Germany"] == .gpe)
        #expect(found["Ann Holt"] == .person)
    }

    /// "A Fernhouse spokesman said": the name before an organisation's part leaves out the
    /// article that opens the sentence; builders are known by their names' last word.
    @Test func theArticleOpeningASentenceIsNoPartOfAName() throws {
        let found = try types(
            "Planning row\n\nA Fernhouse spokesman said the scheme had been designed with care. "
                + "Redwell Homes said it would appeal.\n")
        #expect(found["Fernhouse"] == .organization)
        #expect(found["A Fernhouse"] == nil)
        #expect(found["Redwell Homes"] == .organization)
    }

    /// "Ashcombe's MP", "Velmara's mayor": what only a place has makes the one-word name before it
    /// a place, and "MP" is no organisation; a full name keeps its person ("Ann Dorsey's council seat").
    @Test func aNameWhoseMayorOrMPItIsIsAPlace() throws {
        let found = try types(
            "Planning row\n\nAshcombe's MP, Fiona Gatrell, wrote to the committee. Velmara's mayor said the plan was "
                + "sound. Ann Dorsey's council seat is safe.\n")
        #expect(found["Ashcombe"] == .gpe)
        #expect(found["Velmara"] == .gpe)
        #expect(found["Ann Dorsey"] == .person)
        #expect(found["MP"] == nil)
    }

    /// "an Arden Courier journalist": the publication before a reporter's noun is an organisation,
    /// found where the tagger saw no name; an everyday word there is none ("a reality TV boss").
    @Test func thePublicationBeforeAJournalistIsAnOrganisation() throws {
        let found = try types(
            "Row deepens\n\nThe mayor accused an Arden Courier journalist of bias. A reality TV boss agreed.\n")
        #expect(found["Arden Courier"] == .organization)
        #expect(found["TV"] == nil)
    }

    /// "gadget magazine Gear": a name the article describes is that name wherever it is written
    /// with its capital, though it is also an everyday word.
    @Test func aDescribedEverydayWordIsTheNameEverywhere() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Gadgets\n\nPrices fell, said Tom Reade, editor of gadget magazine Gear. "
                    + "Gear has compiled a list of the top ten gadgets.\n"))
        let gear = try #require(response.entities.first { $0.name == "Gear" })
        #expect(gear.type == .organization)
        #expect(gear.mentions.count == 2)
    }

    /// "in the Corvallon": a place the gazetteer does not know, written with "the", is a location
    /// (a ground, a river, a region), not a state; initials and a state's own nouns stay states.
    @Test func anUnknownPlaceAfterTheIsALocation() throws {
        let found = try types(
            "Match report\n\nThe fans went wild in the Corvallon on Saturday. "
                + "Officials in the UK and in the State of Arland watched.\n")
        #expect(found["Corvallon"] == .location)
        #expect(found["UK"] == .gpe)
        #expect(found["State of Arland"] == .gpe)
    }

    /// "the soap Harbour Lane", "the Zentra, a games console", "the song Rivers Run Dry": works
    /// and products named by the noun before them or in apposition, found even where the tagger
    /// saw no name.
    @Test func worksAndProductsAreTypedByTheirNouns() throws {
        let found = try types(
            "TV news\n\nViewers of the soap Harbour Lane rose by 10%. Harbour Lane is made in Leeds. "
                + "The Zentra, a powerful games console, went on sale. The band played the song Rivers Run Dry "
                + "and then the single \"Every Cold Morning\" last night.\n")
        #expect(found["Harbour Lane"] == .workOfArt)
        #expect(found["Zentra"] == .product)
        #expect(found["Rivers Run Dry"] == .workOfArt)
        #expect(found["Every Cold Morning"] == .workOfArt)
    }

    /// "Victoria Hale, the founder's granddaughter", "Victoria Roe, his wife": a relative in
    /// apposition makes the name a person's, whatever the tagger made of a first name that is
    /// also a place's.
    @Test func aRelativeInAppositionIsAPerson() throws {
        let found = try types(
            "Cuts\n\nChief executive Victoria Hale, the founder's granddaughter, said the cuts were painful. Chief "
                + "executive Victoria Roe, his wife, said the plan was sound.\n")
        #expect(found["Victoria Hale"] == .person)
        #expect(found["Victoria Roe"] == .person)
    }

    /// The everyday abbreviations of offices, computers and chat name nothing, whatever the tagger
    /// makes of their capitals; a country's initials still name it.
    @Test func everydayAbbreviationsAreNotNames() throws {
        let found = try types(
            "Launch slips\n\nPlease send the FAQ ASAP, the VP wrote. The PR team blamed the API and the GPS, "
                + "LOL. My sister said WTF when she saw the bill, and TBH I agree. Sales in the UK fell.\n")
        for name in ["FAQ", "ASAP", "VP", "PR", "API", "GPS", "LOL", "WTF", "TBH"] { #expect(found[name] == nil, "\(name)") }
        #expect(found["UK"] == .gpe)
    }

    /// "pulp producer Vetoria SA", "Brenner GmbH": a continental legal form makes a company,
    /// whatever noun describes it, and the name alone later is the same company.
    @Test func aContinentalLegalFormMakesACompany() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Deal\n\nBrazilian paper and pulp producer Vetoria SA said on Tuesday it had agreed to buy Andesur. Vetoria "
                    + "said the deal would close in June. Brenner GmbH declined to comment.\n"))
        let buyer = try #require(response.entities.first { $0.name == "Vetoria SA" })
        #expect(buyer.type == .organization)
        #expect(buyer.mentions.map(\.text).contains("Vetoria"))
        #expect(response.entities.first { $0.name == "Brenner GmbH" }?.type == .organization)
    }

    /// "Age UK said", "the charity Lungwell UK": capitalised nouns right before "UK" are an
    /// organisation named with its country, not a place that speaks; "Sales in the UK", "In UK
    /// stores" and "London UK" keep their place.
    @Test func aNameEndingInUKIsAnOrganisation() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Charities\n\nThe charity Lungwell UK said the case was heartbreaking. Age UK said pensioners were "
                    + "struggling. Sales in the UK fell. In UK stores, prices rose. He moved from London UK last year.\n"))
        let found = Dictionary(response.entities.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        #expect(found["Lungwell UK"] == .organization)
        #expect(found["Age UK"] == .organization)
        #expect(found["UK"] == .gpe)
        #expect(found["London"] == .gpe)
        #expect(response.quotes.map { $0.speaker?.name } == ["Lungwell UK", "Age UK"])
    }

    /// "a BB+ credit rating", "rates the bonds AA-", "at Baa2": a credit agency's grade is no
    /// organisation, and takes no "the agency".
    @Test func creditGradesAreNotNames() throws {
        let found = try types(
            "Deal\n\nCorvel Ratings placed Vetoria's BB+ credit rating on review for a possible downgrade. The agency said "
                + "the deal would push debt higher. Harlow Ratings rates the bonds AA- and Ostmark Ratings has them at Baa2.\n")
        for grade in ["BB", "AA", "Baa2"] { #expect(found[grade] == nil, "\(grade)") }
        #expect(found["Corvel Ratings"] == .organization)
    }

    /// "lean process automation (LPA)" and "an RPQ": an acronym the article spells out in lower
    /// case, or writes with an indefinite article, is a term, not an organisation; one spelled
    /// out in capitals is a name.
    @Test func acronymsOfTermsAreNotNames() throws {
        let found = try types(
            "Factories change\n\nA survey of lean process automation (LPA) found that 40% of plants use LPA. "
                + "Each plant sent an RPQ to the Northern Machine Makers Association (NMMA) last week, NMMA said.\n")
        #expect(found["LPA"] == nil)
        #expect(found["RPQ"] == nil)
        #expect(found["NMMA"] == .organization || found["Northern Machine Makers Association"] == .organization)
    }

    /// "Songwriter Guy Fields": an occupation before a full name the tagger missed (both of its
    /// words are everyday words) makes it a person.
    @Test func anOccupationBeforeAFullNameMakesItAPerson() throws {
        let found = try types(
            "Music lessons\n\nSongwriter Guy Fields, who has worked with many bands, backs the plan. Fields said it was overdue.\n")
        #expect(found["Guy Fields"] == .person)
        // The occupation is the person's title, as "minister" is.
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(text: "Music lessons\n\nThe award-winning songwriter Ann Holt backs the plan.\n"))
        #expect(response.entities.first { $0.name == "Ann Holt" }?.titles == ["songwriter"])
    }

    /// "Rob Tansy of the Amber Foxes", "Dan Pellow of Arkwise Capital": what follows a person and
    /// "of" is the body the person belongs to, an organisation unless the gazetteer knows a place.
    @Test func thePersonsBodyAfterOfIsAnOrganisation() throws {
        let found = try types(
            "Football press\n\nThe goal was scored by Rob Tansy of the Amber Foxes. Dan Pellow of Arkwise Capital in Leeds "
                + "said prices would rise. Ann Holt of Ohio agreed.\n")
        #expect(found["Amber Foxes"] == .organization)
        #expect(found["Arkwise Capital"] == .organization)
        #expect(found["Ohio"] == .gpe)
        #expect(found["Rob Tansy"] == .person)
    }

    /// "Mark Ellison of Quayside Capital" opening a sentence: the tagger may leave out the first
    /// name and run the surname together with the body; the person is the first name and the
    /// surname, and speaks as himself.
    @Test func aFirstNameLeftOutOfARunTogetherNameIsThePersons() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Results\n\nAnalysts were divided. Mark Ellison of Quayside Capital was more positive, calling the "
                    + "job cuts \"overdue\". \"People are focusing on one bad quarter,\" Ellison said.\n"))
        let found = Dictionary(response.entities.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        #expect(found["Mark Ellison"] == .person)
        #expect(found["Quayside Capital"] == .organization)
        #expect(response.quotes.last?.speaker?.name == "Mark Ellison")
    }

    /// "said Saetre of Holmvik Securities" after "Ingrid Saetre": a surname run together with its
    /// body is the person named in full before; "the Bank of England" stays one name.
    @Test func aKnownSurnameRunTogetherWithItsBodyIsThePerson() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Results\n\n\"This is a clean beat,\" said Ingrid Saetre, an analyst at Holmvik Securities. Shares rose. "
                    + "\"They have done a good job,\" said Saetre of Holmvik Securities. The Bank of England held rates.\n"))
        let names = Set(response.entities.map(\.name))
        #expect(names == ["Ingrid Saetre", "Holmvik Securities", "Bank of England"])
        #expect(response.quotes.map { $0.speaker?.name } == ["Ingrid Saetre", "Ingrid Saetre"])
    }

    /// "Velmont Teachers Association President Tony Hale": a capitalised title between a body and
    /// a full name splits the two, and the man's "He" is his; "Vice President Ann Lee" keeps no body.
    @Test func aTitleBetweenABodyAndAFullNameSplitsThem() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Budget fight\n\nTeachers' Association of Velmont County President Tony Hale said morale was low. He said "
                    + "several teachers had left. Vice President Ann Lee agreed.\n"))
        let found = Dictionary(response.entities.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        #expect(found["Tony Hale"] == .person)
        #expect(found["Teachers' Association of Velmont County"] == .organization)
        #expect(found["Ann Lee"] == .person)
        #expect(response.quotes.map { $0.speaker?.name } == ["Tony Hale", "Tony Hale"])
    }

    /// "Velvet Harriers singer Kenzie": the capitalised words before an occupation before a person
    /// are the band, club or company; not a lone everyday word opening the sentence, nor an
    /// adjective of party or nation.
    @Test func theBodyBeforeAPersonsOccupationIsAnOrganisation() throws {
        let found = try types(
            "Show odds\n\nGlass Rivers dancer Bez is now favourite, followed by Amber Foxes singer Kenzie. "
                + "Pop star Ann Vale is third, and the Democratic candidate Tom Wade is fourth.\n")
        #expect(found["Glass Rivers"] == .organization)
        #expect(found["Amber Foxes"] == .organization)
        #expect(found["Pop"] == nil)
        #expect(found["Democratic"] != .organization)
    }

    /// A company that is also a surname (Cummins), a city (Nokia), or neither (Kroger), acting
    /// as a company: the tagger alone makes them people and a place.
    @Test func aListedCompanyActingIsAnOrganisation() throws {
        let found = try types(
            "Markets close higher\n\nCummins has raised its forecast for the year. "
                + "Nokia said its sales had risen by 5%. Kroger declined to comment.\n")
        #expect(found["Cummins"] == .organization)
        #expect(found["Nokia"] == .organization)
        #expect(found["Kroger"] == .organization)
    }

    /// The article decides: a person named in full keeps the surname, a place travelled to stays one.
    @Test func aSurnameOrAPlaceInItsOwnUseKeepsItsType() throws {
        let person = try types("Bakery news\n\nThe baker Tom Cummins opened a shop in Ohio. Cummins said he was pleased.\n")
        #expect(person["Tom Cummins"] == .person)
        #expect(person["Cummins"] == nil)
        let place = try types("Town news\n\nTourists flew to Nokia on Monday. The mayor of Nokia welcomed them.\n")
        #expect(place["Nokia"] == .gpe)
    }

    /// "New York Attorney General Ann Holt": a place of several words the gazetteer knows, which
    /// the tagger left unmarked before a role at the start of a sentence, is a place; before other
    /// capitalised words it is left to the longer name.
    @Test func aKnownPlaceOfSeveralWordsBeforeARoleIsAPlace() throws {
        let found = try types("Insurance probe\n\nThe firm fell. New York Attorney General Ann Holt said it had misled clients.\n")
        #expect(found["New York"] == .gpe)
        #expect(found["Ann Holt"] == .person)
    }

    /// "Alzheimer's disease", "Moore's law": a name before a possessive and a condition or a law
    /// is no person; a person's possession stays a person's.
    @Test func aNameOfAConditionOrALawIsNoPerson() throws {
        let found = try types(
            "Trial results\n\nThe drug slowed Alzheimer's disease in a trial led by Ann Holt. Moore's law held. "
                + "Tom Hale's dog barked.\n")
        #expect(found["Alzheimer"] == nil)
        #expect(found["Moore"] == nil)
        #expect(found["Tom Hale"] == .person)
        #expect(found["Ann Holt"] == .person)
    }

    /// "Mr. Vale spoke to Mr. Xi": after an honorific, capitalised words are a person even where the
    /// tagger marked nothing (a surname that is an everyday word, a short one it has not seen).
    @Test func aNameAfterAnHonorificIsAPerson() throws {
        let found = try types("Council meets\n\nThe council met.\n\nMr. Hale disagreed. Then Mr. Vale spoke to Mr. Xi about it.\n")
        #expect(found["Hale"] == .person)
        #expect(found["Vale"] == .person)
        #expect(found["Xi"] == .person)
    }

    /// "beside the Old Granary, Mr. Vale and Mr. Hale met": a name after "the" is no person's, though
    /// two persons' names follow it with a comma and "and" as in a list.
    @Test func aNameAfterTheTakesNoPersonTypeFromAList() throws {
        let found = try types(
            "Talks\n\nAfter a walk across the bridge beside the Old Granary, Mr. Vale and Mr. Hale sealed the deal.\n")
        #expect(found["Old Granary"] != .person)
        #expect(found["Vale"] == .person)
    }

    /// "Jaylen Hargrove of Dayton": a full name, "of" and a known place are a person and the
    /// town he is from, and the town named again is the town; a peer's title stays one name.
    @Test func aPersonOfAPlaceIsThePersonAndThePlace() throws {
        let found = try types(
            "Shooting\n\nPolice named the victim as Jaylen Hargrove of Dayton. Hargrove, 19, was a student. "
                + "Dayton police said the inquiry continues. The estate passed to the 2nd Earl of Clare.\n")
        #expect(found["Jaylen Hargrove"] == .person)
        #expect(found["Jaylen Hargrove of Dayton"] == nil)
        #expect(found["Dayton"] == .gpe)
    }

    /// "the town of Velmara", "the village of Harkis": after a kind of place and "of", a name the
    /// tagger has not seen is that place (it had read them as an organisation and a person).
    @Test func aNameAfterAKindOfPlaceIsThatPlace() throws {
        let found = try types(
            "Floods\n\nRescuers in the town of Velmara found more bodies. The village of Harkis was cut off, and boats "
                + "reached the island of Ostra on Monday.\n")
        #expect(found["Velmara"] == .gpe)
        #expect(found["Harkis"] == .gpe)
    }

    /// "the besieged city of Beit Azar", "in the capital, Amira,": words describing the place may
    /// stand between "the" and its kind, and a capital may be named after a comma.
    @Test func aDescribedKindOfPlaceOrACapitalNamesThatPlace() throws {
        let found = try types(
            "Ceasefire talks\n\nShelling hit the besieged city of Beit Azar on Monday. Negotiators met in the capital, "
                + "Amira, on Tuesday.\n")
        #expect(found["Beit Azar"] == .gpe)
        #expect(found["Amira"] == .gpe)
    }

    /// "Storm Daniel", "Hurricane Ian": a named storm is an event, and so is its name alone later.
    @Test func aNamedStormIsAnEvent() throws {
        let text = "Floods\n\nStorm Daniel struck the coast on Sunday. Daniel then moved east. Hurricane Ian hit Florida.\n"
        let response = try Self.analyzer.get().analyze(AnalysisRequest(text: text))
        let daniel = try #require(response.entities.first { $0.name == "Storm Daniel" })
        #expect(daniel.type == .event)
        #expect(daniel.mentions.map(\.text) == ["Storm Daniel", "Daniel"])
        #expect(response.entities.first { $0.name == "Hurricane Ian" }?.type == .event)
        #expect(!response.entities.contains { $0.type == .person })
    }

    /// "Portavilla coach Duarte Silva" read as one place: the capitalised words after the
    /// lower-case role word are the person.
    @Test func aRoleWordInsideANameEndsTheBodyAndOpensThePerson() throws {
        let found = try types(
            "Transfer blow\n\nThe sale is a blow to Portavilla coach Duarte Silva, who had insisted the player was not for sale.\n")
        #expect(found["Duarte Silva"] == .person)
        #expect(found["Portavilla coach Duarte Silva"] == nil)
    }

    /// "chief economist at Harlow Bank": where someone works, after their role and "at", is an
    /// organisation; a known place stays a place, and "arrived at" names no workplace.
    @Test func aWorkplaceAfterARoleAndAtIsAnOrganisation() throws {
        let found = try types(
            "Rates on hold\n\nTom Hale, chief economist at Harlow Bank, said rates would stay high. Jane Roe, head of rates "
                + "strategy at Brightwater Capital, agreed. Ann Holt, a lecturer at London, disagreed.\n")
        #expect(found["Harlow Bank"] == .organization)
        #expect(found["Brightwater Capital"] == .organization)
        #expect(found["London"] == .gpe)
    }
}

/// Names whose surname is an everyday word, with the bundled models. The names are invented.
struct EverydaySurnameTests {
    @Test func aFirstNameTakesTheCapitalisedWordAfterItAndTheSurnameIsFoundAlone() throws {
        let response = try EntityDescriptionTests.analyzer.get().analyze(
            AnalysisRequest(
                text: "New album out\n\nThe album was produced by radio DJ Kate Bright in London. "
                    + "Bright recorded it in a week.\n"))
        let person = try #require(response.entities.first { $0.type == .person })
        #expect(person.name == "Kate Bright")
        #expect(person.mentions.map(\.text) == ["Kate Bright", "Bright"])
    }
}
