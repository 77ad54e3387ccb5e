import Core
import Models
import Testing

/// Name chains the parse helps with, with the bundled models.
struct CoreferenceParseTests {
    static let analyzer = Result { try BundledModels.analyzer() }

    func analyze(_ text: String) throws -> AnalysisResponse {
        try Self.analyzer.get().analyze(AnalysisRequest(text: text))
    }

    /// "Ann Welsh" and then "Welsh said": where the parse uses the word as a noun phrase, the
    /// tagger's nationality is the person's surname; as a modifier ("Welsh exports") it is not.
    @Test func aSurnameTypedOtherwiseJoinsTheFullNameBeforeIt() throws {
        let response = try analyze(
            "Gadget show opens\n\nThe show was opened by Ann Welsh, editor of a gadget magazine. "
                + "Welsh said the show would draw 30,000 visitors. Welsh exports of lamb rose by 5% last year.\n")
        let person = try #require(response.entities.first { $0.name == "Ann Welsh" })
        #expect(person.type == .person)
        #expect(person.mentions.map(\.text).filter { $0 == "Welsh" }.count == 1)
    }

    /// "Brackwell Financial Group, the mid-sized British lender, said …": what the article calls an
    /// organisation names it ahead of a rival whose name ends in "Bank", "the company" after "the
    /// lender" is the lender too, and the headline's "Brackwell" is the group.
    @Test func anOrganisationCalledALenderIsTheBankAheadOfARivalBank() throws {
        let response = try analyze(
            "Brackwell to cut jobs\n\nBrackwell Financial Group, the mid-sized British lender, said on Thursday it would "
                + "cut 1,200 jobs. Shares in Brackwell fell 7%. Brackwell reported a profit of 96 million pounds.\n\nJane "
                + "Roe, who took over in 2023 after two decades at rival Harlow Bank, said the cuts would fall on branch roles. "
                + "The lender will close 42 branches. The company expects to save 80 million pounds. Roe said the bank was "
                + "keeping its guidance.\n")
        let group = try #require(response.entities.first { $0.name == "Brackwell Financial Group" })
        let texts = group.mentions.map(\.text)
        #expect(texts.contains("The lender") && texts.contains("The company") && texts.contains("the bank"))
        #expect(texts.filter { $0 == "Brackwell" }.count == 3)
        #expect(response.entities.first { $0.name == "Harlow Bank" }?.mentions.count == 1)
    }

    /// "Mattingly, wearing an orange jumpsuit, briefly addressed the court. “I'm sorry,” he said":
    /// a name the article writes as one elsewhere is no adverb for its "-ly", and is the subject
    /// of the verb after its aside, so "he" is Mattingly, not the lawyer named before.
    @Test func aNameEndingInLyOpeningItsSentenceIsTheSubject() throws {
        let response = try analyze(
            "Sentencing\n\nThe lawyer for Tom Mattingly, Ron Feeley, asked for the minimum term. \"He is not a monster,\" "
                + "Feeley said.\n\nMattingly, wearing an orange jumpsuit, briefly addressed the court. \"I am sorry,\" he "
                + "said.\n")
        let quote = try #require(response.quotes.first { $0.text == "I am sorry" })
        #expect(quote.speaker?.name == "Tom Mattingly")
    }

    /// "said Ann Lee, an analyst at Holmvik Securities. The airline said …": an analyst's firm is no
    /// airline or bank, and a campaign's alliance no company.
    @Test func anAnalystsFirmIsNoAirlineAndAnAllianceNoCompany() throws {
        let response = try analyze(
            "Results\n\nShares in Norvane Air rose 5%. \"This is a clean beat,\" said Ann Lee, an analyst at Holmvik "
                + "Securities. The airline said its fuel bill rose 18%.\n\nThe Velmont Rivers Alliance has collected 85,000 "
                + "signatures on a petition calling for the company to be placed in special administration.\n")
        let texts = { (name: String) in response.entities.first { $0.name == name }?.mentions.map(\.text) ?? [] }
        #expect(!texts("Holmvik Securities").contains("The airline"))
        #expect(!texts("Velmont Rivers Alliance").contains("the company"))
    }

    /// "The company said …" paragraphs after the company was last named: the business the story is
    /// about (named three times, more than any other), not the analyst's firm quoted since, nor a
    /// council named as often.
    @Test func theCompanyFarFromItsNameIsTheStorysBusiness() throws {
        let response = try analyze(
            "Job cuts\n\nBrackwell Systems cut 300 jobs. Brackwell Systems said sales fell. Shares in Brackwell Systems "
                + "fell 5%.\n\nJane Roe, an analyst at Harlow Capital, said the cuts were overdue. \"It is a start,\" she said. "
                + "\"More is needed.\" Investors were cautious.\n\nThe company said it would report results in May.\n")
        let texts = response.entities.first { $0.name == "Brackwell Systems" }?.mentions.map(\.text) ?? []
        #expect(texts.contains("The company"))
    }

    /// "The Red Cross opened a shelter at Dunmore Middle School, the organization said": of two
    /// organisations named as often, "the organization" is the one that was the subject.
    @Test func theOrganisationIsTheSubjectNotTheObject() throws {
        let response = try analyze(
            "Fire in Dunmore\n\nThe Velmont Relief Trust opened a shelter at Dunmore Middle School on Tuesday, "
                + "the organization said.\n")
        let trust = try #require(response.entities.first { $0.name == "Velmont Relief Trust" })
        #expect(trust.mentions.contains { $0.text == "the organization" })
    }

    /// "a report released by the Velmont Cyber Agency … the company said": an agency is no company,
    /// as a court or a council is none.
    @Test func anAgencyIsNoCompany() throws {
        let response = try analyze(
            "Attack\n\nThe attack comes weeks after a report released by the Velmont Cyber Agency found that incidents "
                + "rose 38% last year. Sales fell after the company said prices would rise.\n")
        let agency = try #require(response.entities.first { $0.name == "Velmont Cyber Agency" })
        #expect(!agency.mentions.contains { $0.text == "the company" })
    }

    /// "Harlow Motors recalled cars, Reuters reported. The company said …": of two organisations
    /// named as often, "the company" is the one that acted, not the agency that told of it.
    @Test func theCompanyIsTheActorNotTheReporter() throws {
        let response = try analyze(
            "Recall\n\nHarlow Motors recalled 3,000 cars last week, Reuters reported on Monday. "
                + "The company said the fault affected brakes.\n")
        let maker = try #require(response.entities.first { $0.name == "Harlow Motors" })
        #expect(maker.mentions.contains { $0.text == "The company" })
    }

    /// "The Bank of Veradia … Harnholm Bank … an economist at Calder Ridge Analytics said … the
    /// bank": of two banks named so, "the bank" is the one named most, never another firm named since.
    @Test func theBankIsABankNamedSo() throws {
        let response = try analyze(
            "Rates held\n\nThe Bank of Veradia kept its rate at 4.25% on Thursday. Inflation slowed to 3.8% in "
                + "February. Wages rose 6.1%. Economists at Harnholm Bank had expected the decision.\n\nJim Roe, an "
                + "economist at Calder Ridge Analytics, said inflation remained too high for the bank to move quickly.\n")
        let bank = try #require(response.entities.first { $0.name == "Bank of Veradia" })
        #expect(bank.mentions.contains { $0.text == "the bank" })
        #expect(!(response.entities.first { $0.name == "Calder Ridge Analytics" }?.mentions.contains { $0.text == "the bank" } ?? false))
    }

    /// "the weather service", "the mines inspectorate", "the utility": a description repeating the
    /// last words of an organisation's name, a body's head word, or a word for a business is the
    /// organisation, and speaks as it; not a description naming another word ("the weather office").
    @Test func descriptionsRepeatingANamesLastWordsAreThatOrganisation() throws {
        let response = try analyze(
            "Fire warning\n\nThe Velmont Mines Inspectorate suspended work at the pit on Friday. The pit recorded 11 deaths "
                + "in 2023, the inspectorate said. The National Weather Service issued a warning. Winds will ease on "
                + "Wednesday, the weather service said. Harlow Power & Light cut power to 4,000 homes. The utility said it "
                + "acted to prevent fires. Jim Roe said the weather office was closed.\n")
        func mentions(_ name: String) throws -> [String] {
            try #require(response.entities.first { $0.name == name }).mentions.map(\.text)
        }
        #expect(try mentions("Velmont Mines Inspectorate").contains("the inspectorate"))
        #expect(try mentions("National Weather Service") == ["National Weather Service", "the weather service"])
        #expect(try mentions("Harlow Power & Light").contains("The utility"))
        let ids = Set(response.entities.filter { ["National Weather Service", "Velmont Mines Inspectorate"].contains($0.name) }.map(\.id))
        #expect(response.quotes.filter { ids.contains($0.speaker?.entity ?? "") }.count == 2)
    }

    /// Of two leagues named as often, "the league" is not the one only a quotation named; "the
    /// club" is no supporters' trust, whatever was named last.
    @Test func theLeagueIsOneTheWriterNamedAndTheClubNoTrust() throws {
        let response = try analyze(
            "Takeover\n\n\u{201C}We can reach the Velmont Premier League within five years,\u{201D} Jim Roe said. A Harlow "
                + "Football League spokesman said checks would take weeks. The league introduced tougher rules in 2023. "
                + "The Ashcombe Supporters Trust said it wanted guarantees over the club's badge.\n")
        func mentions(_ name: String) -> [String] {
            response.entities.first { $0.name == name }?.mentions.map(\.text) ?? []
        }
        #expect(mentions("Harlow Football League").contains("The league"))
        #expect(!mentions("Velmont Premier League").contains("The league"))
        #expect(!mentions("Ashcombe Supporters Trust").contains("the club"))
    }

    /// "the Hale family" is the family, not the chairman named Hale before or after it: its
    /// mentions go together, as people, and the chairman keeps his own.
    @Test func theFamilyIsNotThePersonOfItsName() throws {
        let response = try analyze(
            "Takeover\n\nThe group will buy an 85% stake from the Hale family, who have owned the club since 1994. "
                + "Chairman Tom Hale, 63, said the sale was hard. The club owed \u{00A3}38m to the Hale family in loans. "
                + "Hale said he would stay.\n")
        let chairman = try #require(response.entities.first { $0.name == "Tom Hale" })
        #expect(chairman.mentions.map(\.text) == ["Tom Hale", "Hale", "he"])
        let family = try #require(response.entities.first { $0.name == "Hale" })
        #expect(family.type == .person)
        #expect(family.mentions.count == 2)
    }

    /// "Harlow, the UK retailer, … after the group issued its third profit warning": a place
    /// modifying a noun says what kind and is no referent of "its"; a name modifying whoever
    /// speaks is ("a Velmont League spokesman said it would appeal").
    @Test func aNameModifyingANounIsNoReferentOfIt() throws {
        let response = try analyze(
            "Profit warning\n\nShares in Harlow, the UK home furnishings retailer, fell 23 per cent after the group issued "
                + "its third profit warning. A Velmont League spokesman said it would appeal.\n")
        let place = try #require(response.entities.first { $0.name == "UK" })
        #expect(!place.mentions.contains { $0.text == "its" })
        let league = try #require(response.entities.first { $0.name == "Velmont League" })
        #expect(league.mentions.contains { $0.text == "it" })
    }

    /// "Halden Brands raised its forecast, while Castine Group cut its outlook": a possessive on
    /// its verb's object is that verb's subject's, not the sentence's first organisation's.
    @Test func aPossessiveBelongsToItsOwnClausesSubject() throws {
        let response = try analyze("Results\n\nHalden Brands raised its forecast, while Castine Group cut its outlook.\n")
        let first = try #require(response.entities.first { $0.name == "Halden Brands" })
        let second = try #require(response.entities.first { $0.name == "Castine Group" })
        #expect(first.mentions.map(\.text) == ["Halden Brands", "its"])
        #expect(second.mentions.map(\.text) == ["Castine Group", "its"])
    }

    /// A relative clause points its pronouns before salience does: "he" inside a clause hanging
    /// from "a student who was shot" is the student, and the subject of "which he read" on "Peter
    /// Vale's apology" is Vale, however much the article said of someone else just before.
    @Test func aRelativeClausePointsItsPronouns() throws {
        let text =
            ("Man jailed\n\nPeter Vale, 24, admitted murder in the death of Tom Lake, a student at Hill School who was "
                + "shot on April 9 as he walked to his car.\n\nLake's mother, Ann Lake, spoke for 20 minutes.\n\n"
                + "\"Tom was the kid who carried groceries,\" she said. \"He wanted to be a nurse. He had the form on his "
                + "desk the night he died.\n\n\"I still set four plates at dinner.\"\n\nShe said she did not accept "
                + "Vale's apology, which he read aloud earlier, but that she hoped he would change.\n")
        let response = try analyze(text)
        let student = try #require(response.entities.first { $0.name == "Tom Lake" })
        let defendant = try #require(response.entities.first { $0.name == "Peter Vale" })
        // The text is ASCII: every offset unit counts alike.
        let walked = try #require(text.range(of: "he walked")).lowerBound.utf16Offset(in: text)
        let read = try #require(text.range(of: "he read")).lowerBound.utf16Offset(in: text)
        #expect(student.mentions.contains { $0.start == walked })
        #expect(defendant.mentions.contains { $0.start == read })
    }

    /// "the 31-year-old defender said" goes on with the player named last, whose rank ("Captain")
    /// says no occupation that would rule the description out.
    @Test func aDescriptionContinuesAPersonWithARank() throws {
        let response = try analyze(
            "Match\n\nCaptain Tom Hale, who made his 300th appearance for the club, said the dressing room had been "
                + "loud at half-time.\n\n\"The coach didn't hold back,\" the 31-year-old defender said.\n")
        let captain = try #require(response.entities.first { $0.name == "Tom Hale" })
        #expect(captain.mentions.map(\.text).contains("the 31-year-old defender"))
        #expect(response.quotes.first { $0.text.contains("hold back") }?.speaker?.entity == captain.id)
    }

    /// "Harlow captain Tom Hale said …. “…,” the midfielder told …": a rank after the club's name
    /// says no occupation either; "“…,” said the forward" is the forward named before.
    @Test func aDescriptionContinuesAClubCaptainAndAForward() throws {
        let response = try analyze(
            "Harlow 2-1 Velmont\n\nJim Roe scored twice in the second half. \"It was a relief,\" said the forward.\n\n"
                + "Harlow captain Tom Hale said the dressing room had never doubted the team.\n\n\"We knew we had the "
                + "quality,\" the midfielder told the club's website.\n")
        let captain = try #require(response.entities.first { $0.name == "Tom Hale" })
        let scorer = try #require(response.entities.first { $0.name == "Jim Roe" })
        #expect(response.quotes.first { $0.text.hasPrefix("We knew") }?.speaker?.entity == captain.id)
        #expect(response.quotes.first { $0.text == "It was a relief" }?.speaker?.entity == scorer.id)
    }

    /// "“We let him down,” the 31-year-old midfielder told Radio Harwick": the description before a
    /// verb of telling is its speaker's, however the parse hung it after the quotation.
    @Test func aDescriptionBeforeAVerbOfTellingContinuesThePerson() throws {
        let response = try analyze(
            "Club sacks manager\n\nCaptain Tom Hale said the players felt responsible for the manager's departure. "
                + "\"We have let him down, simple as that,\" the 31-year-old midfielder told Radio Harwick.\n")
        let captain = try #require(response.entities.first { $0.name == "Tom Hale" })
        #expect(captain.mentions.map(\.text).contains("the 31-year-old midfielder"))
        #expect(response.quotes.first { $0.text.hasPrefix("We have let him down") }?.speaker?.entity == captain.id)
    }

    /// A word for anyone ("the pensioner", "the mother-of-two") continues the person named or
    /// called "she" last, across the sentences of a quotation; a word of the same kind that meant
    /// someone unnamed before ("with the woman and her boyfriend") is that someone still.
    @Test func aWordForAnyoneContinuesThePersonNamedLast() throws {
        let response = try analyze(
            "Flight diverted\n\nJane Roe said her family had been given a voucher. \"You can't buy a sandwich for that,\" "
                + "the mother-of-two said.\n\nTom Hale, who was travelling alone, was more relaxed. \"It happens.\" \"We landed.\" "
                + "\"Nobody was hurt.\"\n\nThe pensioner said he would happily fly again.\n\nReporter Ann Lee watched the "
                + "landing with the woman and her son.\n\nThe woman said she had been frightened.\n")
        let mother = try #require(response.entities.first { $0.name == "Jane Roe" })
        let pensioner = try #require(response.entities.first { $0.name == "Tom Hale" })
        let reporter = try #require(response.entities.first { $0.name == "Ann Lee" })
        #expect(response.quotes.first { $0.text.hasPrefix("You can't") }?.speaker?.entity == mother.id)
        #expect(response.quotes.first { $0.text.contains("fly again") }?.speaker?.entity == pensioner.id)
        #expect(!reporter.mentions.map(\.text).contains("The woman"))
    }

    /// "The 64-year-old, who has lived …, said": a description opening its sentence is its
    /// subject whatever the parse made of the relative clause; "But the 51-year-old added" keeps
    /// its article.
    @Test func anAgeOpeningItsSentenceContinuesTheSpeaker() throws {
        let response = try analyze(
            "Estate rejected\n\n\"This is a victory,\" said Jane Roe, who chairs the action group.\n\nThe 64-year-old, who "
                + "has lived in the village for decades, said the group had collected 2,300 signatures.\n\nAnalyst Ann Lee "
                + "said such events were rare.\n\nBut the 51-year-old added that the age of the aircraft would be a focus.\n")
        let chair = try #require(response.entities.first { $0.name == "Jane Roe" })
        let analyst = try #require(response.entities.first { $0.name == "Ann Lee" })
        #expect(response.quotes.first { $0.text.contains("signatures") }?.speaker?.entity == chair.id)
        let focus = try #require(response.quotes.first { $0.text.contains("aircraft") })
        #expect(focus.speaker?.mention.text == "the 51-year-old")
        #expect(focus.speaker?.entity == analyst.id)
    }

    /// "Premier Tom Hale … The outgoing premier conceded": a word before the role that makes it
    /// no one else's; "Councillor Jim Roe … The councillor said … Councillor Ann Lee": the one
    /// with the role named by then; "Cllr Lee" is Ann Lee.
    @Test func aRoleWithAModifierOrTwoHoldersIsTheOneNamedBefore() throws {
        let response = try analyze(
            "Election night\n\nPremier Tom Hale lost his seat shortly after midnight. \"The people have spoken,\" Mr Hale "
                + "said.\n\nThe outgoing premier conceded that the party had lost the argument.\n\nCouncillor Jim Roe told "
                + "the meeting that the report was wrong.\n\nThe councillor, an independent, said the target had been met.\n\n"
                + "That figure was disputed by Councillor Ann Lee. \"We cannot keep saying no,\" Cllr Lee said.\n")
        let premier = try #require(response.entities.first { $0.name == "Tom Hale" })
        let roe = try #require(response.entities.first { $0.name == "Jim Roe" })
        let lee = try #require(response.entities.first { $0.name == "Ann Lee" })
        #expect(response.quotes.first { $0.text.contains("lost the argument") }?.speaker?.entity == premier.id)
        #expect(response.quotes.first { $0.text.contains("target") }?.speaker?.entity == roe.id)
        #expect(response.quotes.first { $0.text.hasPrefix("We cannot") }?.speaker?.entity == lee.id)
    }

    /// "A council official said …. The official added": the unnamed official, not the person named
    /// before; "union official Tom Hale said …. The official said": Tom Hale.
    @Test func aRoleWordMeaningSomeoneUnnamedStaysUnnamed() throws {
        let response = try analyze(
            "Pay talks\n\nJane Roe said the strike would go ahead. A council official said talks had failed.\n\nThe official "
                + "added that pay was too low.\n\nUnion official Tom Hale said members were angry.\n\nThe official said the "
                + "offer was an insult.\n")
        let roe = try #require(response.entities.first { $0.name == "Jane Roe" })
        let hale = try #require(response.entities.first { $0.name == "Tom Hale" })
        #expect(response.quotes.first { $0.text.contains("pay was too low") }?.speaker?.entity != roe.id)
        #expect(response.quotes.first { $0.text.contains("insult") }?.speaker?.entity == hale.id)
    }

    /// "The father-of-three" is a man known to be one, not the wife named after him; "the
    /// pensioner" a man beat to death is not the barrister who told the court about her, nor the
    /// one who speaks of her in the same sentence.
    @Test func aDescriptionIsNoOneItCannotBe() throws {
        let response = try analyze(
            "Man jailed\n\nA man who beat a pensioner to death during a burglary has been jailed for life.\n\nTom Hale, "
                + "his wife, Jane, and their three children all made it out. The father-of-three said the family dog was still "
                + "missing.\n\nThe court heard the attack lasted several minutes.\n\nProsecuting, Ann Lee told the court the "
                + "pensioner had suffered multiple fractures.\n")
        let father = try #require(response.entities.first { $0.name == "Tom Hale" })
        let barrister = try #require(response.entities.first { $0.name == "Ann Lee" })
        #expect(response.quotes.first { $0.text.contains("dog") }?.speaker?.entity == father.id)
        #expect(!barrister.mentions.contains { $0.text.contains("pensioner") })
    }

    /// Offices the entity lexicon lacks or writes short: "Lt. Ann Lee … the lieutenant", "Mr
    /// Justice Roe … the judge", "Pastor Tom Hale … the pastor", "Chief executive Jane Doe … the
    /// chief executive", and "Its outgoing chairman, Sir Jim Roe, … the outgoing chairman".
    @Test func anOfficeWrittenShortOrWithAnHonorificIsItsHolders() throws {
        let response = try analyze(
            "Fire on Elm Street\n\nSheriff's office spokesperson Lt. Ann Lee said deputies closed the road. \"We want to be "
                + "thorough,\" the lieutenant said.\n\nPastor Tom Hale said $8,000 had been donated. \"This community shows "
                + "up,\" the pastor said.\n\nChief executive Jane Doe said profits fell. \"Nobody takes this lightly,\" the "
                + "chief executive said.\n\nIts outgoing chairman, Sir Jim Roe, will step down in May. In a statement, the "
                + "outgoing chairman said the board had full confidence in the team.\n")
        for (name, quote) in [
            ("Ann Lee", "We want to be thorough"), ("Tom Hale", "This community shows up"), ("Jane Doe", "Nobody takes this lightly"),
            ("Jim Roe", "the board had full confidence in the team"),
        ] {
            let person = try #require(response.entities.first { $0.name == name })
            #expect(response.quotes.first { $0.text == quote }?.speaker?.entity == person.id, "\(quote)")
        }
    }

    /// "Sentencing him, Mr Justice Roe said …. “…,” the judge said."
    @Test func aJusticeIsTheJudge() throws {
        let response = try analyze(
            "Man jailed\n\nSentencing him on Friday, Mr Justice Roe said the defendant had shown no remorse.\n\n\"You chose "
                + "to attack her,\" the judge said.\n")
        let judge = try #require(response.entities.first { $0.name.hasSuffix("Roe") })
        #expect(response.quotes.first { $0.text == "You chose to attack her" }?.speaker?.entity == judge.id)
    }

    /// Letters after a name are no part of it: "Alison Harcastle KC" is "Ms Harcastle", and speaks as her.
    @Test func lettersAfterANameAreNoPartOfIt() throws {
        let response = try analyze(
            "Man jailed\n\nProsecuting, Alison Harcastle KC told the court the victim had suffered fractures. \"This was brutal,\" "
                + "Ms Harcastle said.\n")
        let barrister = try #require(response.entities.first { $0.name == "Alison Harcastle" })
        #expect(barrister.mentions.map(\.text) == ["Alison Harcastle", "Ms Harcastle"])
        #expect(response.quotes.allSatisfy { $0.speaker?.entity == barrister.id })
    }

    /// "A neighbour who lives two doors down said she saw …": the pronoun is the unnamed
    /// neighbour's, not the woman named before, and so is a description after her.
    @Test func anUnnamedNewcomerKeepsHerPronounAndDescription() throws {
        let response = try analyze(
            "Flood\n\nJane Roe said the family had lived in the house for eleven years.\n\nA neighbour who lives two doors "
                + "down said she saw the water rise in minutes. The grandmother added that her house had flooded four times.\n")
        let roe = try #require(response.entities.first { $0.name == "Jane Roe" })
        #expect(!roe.mentions.contains { $0.text == "she" || $0.text == "The grandmother" })
    }

    /// "Another mother, who did not want to be named, said …. She said the care she received …":
    /// a he or she opening the next sentence still means the unnamed newcomer, and so does every
    /// other of that sentence; a newcomer named in apposition is that person.
    @Test func anUnnamedNewcomerKeepsTheNextSentencesPronouns() throws {
        let response = try analyze(
            "Ward\n\nJane Roe said the ward had been short of staff.\n\nAnother mother, who did not want to be named, "
                + "said her stay had been good. She said the care she received in May was excellent.\n\nAnother analyst, "
                + "Tom Hale of Harlow Capital, was more positive. He said the shares looked cheap.\n")
        let roe = try #require(response.entities.first { $0.name == "Jane Roe" })
        #expect(roe.mentions.map(\.text) == ["Jane Roe"])
        let hale = try #require(response.entities.first { $0.name == "Tom Hale" })
        #expect(hale.mentions.map(\.text).contains("He"))
    }

    /// "the 47-year-old nurse": an age before a noun makes it a person's occupation, which
    /// continues the person named before it like "the pensioner" does.
    @Test func anAgedNounDescribesThePersonNamedBefore() throws {
        let response = try analyze(
            "Budget\n\nA group of nurses held signs. One of them, Jane Roe, who works at a hospital in Harlow, said she had "
                + "driven four hours to be there.\n\n\"People here don't see what we see,\" the 47-year-old nurse said.\n")
        let roe = try #require(response.entities.first { $0.name == "Jane Roe" })
        #expect(roe.mentions.map(\.text).contains("the 47-year-old nurse"))
        #expect(response.quotes.last?.speaker?.entity == roe.id)
    }

    /// "A grain farmer from the valley … said his wheat yield had fallen": whoever says something
    /// is someone, whatever the word for them, so an unnamed one keeps their pronouns; a document
    /// that says something does not ("A police report said he …").
    @Test func anUnnamedSpeakerKeepsTheirPronouns() throws {
        let response = try analyze(
            "Talks\n\nMinister Tom Hale said the deal was good.\n\nA grain farmer from the valley, reached by telephone, said "
                + "his wheat yield had fallen by half. \"My fields are still dry,\" he said.\n\nA police report said he had "
                + "signed the deal in May.\n")
        let hale = try #require(response.entities.first { $0.name == "Tom Hale" })
        #expect(hale.mentions.map(\.text) == ["Tom Hale", "he"])
        #expect(response.quotes.first { $0.text.hasPrefix("My fields") }?.speaker?.entity == nil)
        // One named in apposition is that person: "One participant, Jim Roe, 67, said he …".
        let named = try analyze(
            "Study\n\nTom Hale led the study.\n\nOne participant, Jim Roe, 67, from the coast, said he had started walking.\n")
        let roe = try #require(named.entities.first { $0.name == "Jim Roe" })
        #expect(roe.mentions.map(\.text).contains("he"))
    }

    /// "A retired teacher … said her street had seen four break-ins and that she had waited …",
    /// "Another, a woman who has worked there for 12 years, said she …": a participle before the
    /// noun, a second clause of what was said and a lone "another" with its description keep
    /// the unnamed speaker's pronouns hers.
    @Test func anUnnamedSpeakersPronounsStayHersInEveryClause() throws {
        let response = try analyze(
            "Hearing\n\nCouncillor Jane Roe said the plan was sound.\n\nA retired teacher from the east side said her street had "
                + "seen four break-ins in a month and that she had waited 40 minutes for an officer.\n\nAnother, a woman who has "
                + "worked at the plant for 12 years, said she would consider moving.\n")
        let roe = try #require(response.entities.first { $0.name == "Jane Roe" })
        #expect(roe.mentions.map(\.text) == ["Jane Roe"])
    }

    /// "The videos show Tom Hale calmly leaving his car": the one a verb of showing or seeing
    /// shows doing something owns what the participle's phrase says is his, whoever else speaks.
    @Test func aPossessiveAfterAShownParticipleIsTheShownPersons() throws {
        let response = try analyze(
            "Shooting\n\nIn a statement, one of the family's attorneys, Jim Roe, said the videos show Tom Hale calmly leaving "
                + "his car when asked to do so.\n")
        let hale = try #require(response.entities.first { $0.name == "Tom Hale" })
        #expect(hale.mentions.map(\.text) == ["Tom Hale", "his"])
    }

    /// Of two senators named, "the senator" is the one mentioned in its sentence or the two before.
    @Test func aRoleTwoHoldPointsToTheOneMentionedLast() throws {
        let response = try analyze(
            "Vote on the budget\n\nSen. Ann Lee of Ohio backed the bill on Monday.\n\nThe vote was close. Sen. Jim Roe had "
                + "long opposed it. Tom Hale called Roe a \"nasty guy\" in March. Hale also called the senator a liar.\n")
        let roe = try #require(response.entities.first { $0.name == "Jim Roe" })
        #expect(roe.mentions.map(\.text).contains("the senator"))
    }

    /// A possessor says whose: "Velmont's largest shareholder, the Brackett Retirement System, said
    /// it …" is the shareholder speaking of itself.
    @Test func itIsTheNameAfterAPossessor() throws {
        let response = try analyze(
            "Ferry deal\n\nVelmont's largest shareholder, the Brackett Retirement System, which holds about 9 percent, "
                + "said it supported the deal.\n")
        let fund = try #require(response.entities.first { $0.name == "Brackett Retirement System" })
        #expect(fund.mentions.map(\.text) == ["Brackett Retirement System", "it"])
    }

    /// "it" goes on about what a clause is about, not a place named after a preposition ("a
    /// Democrat from Ohio"), nor anything when it is a placeholder ("it is hard to say").
    @Test func itIsNoPlaceNamedAfterAPreposition() throws {
        let response = try analyze(
            "Fuel tax row\n\nSen. Jane Roe, a Democrat from Ohio, attacked the fuel tax plan on Monday, saying it would "
                + "hurt rural families. Velmont Bank said on Tuesday that it would cut 300 jobs.\n")
        let ohio = try #require(response.entities.first { $0.name == "Ohio" })
        #expect(ohio.mentions.map(\.text) == ["Ohio"])
        let bank = try #require(response.entities.first { $0.name == "Velmont Bank" })
        #expect(bank.mentions.map(\.text) == ["Velmont Bank", "it"])
    }

    /// "Harlow Ferries Ltd" and then "Harlow Ferries": a company's name without its legal form
    /// is the company, whatever the tagger made of it.
    @Test func aCompanyIsNamedWithoutItsLegalForm() throws {
        let response = try analyze(
            "Ferry firm fined\n\nHarlow Ferries Ltd admitted breaching safety laws on Friday. In a statement, "
                + "Harlow Ferries said it regretted the incident.\n")
        let company = try #require(response.entities.first { $0.name == "Harlow Ferries Ltd" })
        #expect(company.type == .organization)
        #expect(company.mentions.map(\.text).contains("Harlow Ferries"))
        #expect(!response.entities.contains { $0.name == "Harlow Ferries" })
    }

    /// "Velmont Foods" in a headline and then "Velmont Foods Inc" in the body: the registered
    /// name is the business named before, so the bare "Velmont" that follows has one business to
    /// be; "Carrow Dairy Holdings" is the headline's "Carrow Dairy" too.
    @Test func aRegisteredNameAfterItsShortFormIsTheSameBusiness() throws {
        let response = try analyze(
            "Velmont Foods to buy Carrow Dairy\n\nVelmont Foods Inc said on Tuesday it had agreed to buy Carrow "
                + "Dairy Holdings for $3 billion. Velmont will pay $47 per share. Carrow shares jumped 27%.\n")
        let buyer = try #require(response.entities.first { $0.mentions.contains { $0.text == "Velmont Foods Inc" } })
        #expect(Set(buyer.mentions.map(\.text)).isSuperset(of: ["Velmont Foods", "Velmont"]))
        let seller = try #require(response.entities.first { $0.mentions.contains { $0.text == "Carrow Dairy Holdings" } })
        #expect(Set(seller.mentions.map(\.text)).isSuperset(of: ["Carrow Dairy", "Carrow"]))
    }

    /// "His wife, Zorya, …" says what the first name cannot: she is a woman, and the "he" after
    /// her is the husband; "Her son, Ilvane," is a man, whom no "She" continues.
    @Test func aGenderedNounInAppositionGivesTheNameItsGender() throws {
        let response = try analyze(
            "Coach crash\n\nPassenger Tom Hale, 34, said the coach had been going too fast. His wife, Zorya, suffered a "
                + "head injury and was in stable condition, he said.\n")
        let wife = try #require(response.entities.first { $0.name == "Zorya" })
        #expect(wife.mentions.map(\.text) == ["Zorya"])
        let husband = try #require(response.entities.first { $0.name == "Tom Hale" })
        #expect(husband.mentions.last?.text == "he")
        let son = try analyze(
            "Fire\n\nFirefighters rescued a woman on Sunday. Her son, Ilvane, was at work. She said the smoke alarm had not "
                + "sounded.\n")
        let man = try #require(son.entities.first { $0.name == "Ilvane" })
        #expect(!man.mentions.contains { $0.text == "She" })
    }

    /// "the company" is no agency either: an administration or a board named in between is
    /// not the business the article follows.
    @Test func theCompanyIsNoAgency() throws {
        let response = try analyze(
            "Coach crash\n\nThe coach was operated by Harlow Coaches Ltd. Records from the Velmont Transport Safety "
                + "Administration show that the firm operates 14 coaches. The owner said the company was cooperating fully.\n")
        let agency = try #require(response.entities.first { $0.name == "Velmont Transport Safety Administration" })
        #expect(agency.mentions.map(\.text) == ["Velmont Transport Safety Administration"])
        let coaches = try #require(response.entities.first { $0.name == "Harlow Coaches Ltd." })
        #expect(coaches.mentions.map(\.text).contains("the company"))
    }

    /// "Analysis by the charity Kidsair found …": what the article calls an organisation before
    /// its name is what it goes on calling it ("the charity said" speaks as Kidsair); not a
    /// noun of no organisation's kind ("the state Department of Education" is not "the state").
    @Test func aNounBeforeANameIsWhatTheArticleCallsIt() throws {
        let response = try analyze(
            "Asthma waits\n\nAnalysis by the charity Kidsair found that waits had doubled. In some areas, families waited "
                + "40 weeks, the charity said. Figures from the state Department of Education show 40 closures. Parents "
                + "said the state should act.\n")
        let charity = try #require(response.entities.first { $0.name == "Kidsair" })
        #expect(charity.mentions.map(\.text) == ["Kidsair", "the charity"])
        #expect(response.quotes.first { $0.text.hasPrefix("In some areas") }?.speaker?.name == "Kidsair")
        #expect(!response.entities.contains { $0.mentions.contains { $0.text == "the state" } })
    }

    /// "the agency" is a body whose name's head says it is one, before its "of" too ("the Office
    /// of Rural Payments").
    @Test func anAgencyIsNamedByItsHeadWordBeforeOf() throws {
        let response = try analyze(
            "Farm payments\n\nThe Office of Rural Payments, which oversees grants, wrote to farmers in June. A lawyer for "
                + "the farmers said the agency had ignored their letters.\n")
        let office = try #require(response.entities.first { $0.name == "Office of Rural Payments" })
        #expect(office.mentions.map(\.text).contains("the agency"))
    }

    /// "Velmont Foods" in a headline is "Velmont Foods Holdings Plc" in the body: a name loses its
    /// legal form and then its business form.
    @Test func aRegisteredNameLosesItsLegalAndBusinessForms() throws {
        let response = try analyze(
            "Velmont Foods agrees takeover\n\nVelmont Foods Holdings Plc agreed on Wednesday to be bought.\n")
        let company = try #require(response.entities.first { $0.name == "Velmont Foods Holdings Plc" })
        #expect(company.mentions.map(\.text) == ["Velmont Foods", "Velmont Foods Holdings Plc"])
    }

    /// "Brackwell … said it planned to invest. The firm's managing partner said …": a description
    /// opening its sentence goes on with the last sentence's subject, not the business named most.
    @Test func aDescriptionOpeningASentenceContinuesTheLastSubject() throws {
        let response = try analyze(
            "Takeover\n\nVelmont Foods Holdings Plc agreed to be bought by Brackwell Capital Partners. Velmont shares jumped "
                + "30%. Velmont said the offer was fair. Velmont will keep its sites. Brackwell, which manages $41 billion in "
                + "assets, said it planned to invest in Velmont's factories. The firm's managing partner, Dana Whitcombe, said "
                + "Velmont had been undervalued.\n")
        let buyer = try #require(response.entities.first { $0.name == "Brackwell Capital Partners" })
        #expect(buyer.mentions.map(\.text).contains("The firm"))
    }

    /// "Harwick" found once to stand for "Harwick Mercantile" stands for it every time, however the
    /// tagger typed it there ("Harwick said", "Harwick told analysts"): a lender the article
    /// names by its first word in person-like places stays a lender, with its "it" and "the lender".
    @Test func aBusinessNamedByItsFirstWordStaysABusiness() throws {
        let response = try analyze(
            "Harwick Mercantile profits slide after fine\n\nHarwick Mercantile, the sixth-largest lender in Velmont, reported "
                + "a fall in profit on Thursday. The regulator said Harwick had failed to monitor transactions. Harwick said it "
                + "accepted the findings. Harwick told analysts it would recover. Harwick added that costs would fall. According "
                + "to Harwick, profits will rise. Harwick declined to comment. The lender said profits would rise next year.\n")
        let lender = try #require(response.entities.first { $0.name == "Harwick Mercantile" })
        #expect(lender.type == .organization)
        #expect(lender.mentions.map(\.text).contains("The lender"))
    }

    /// "the company" is the business named lately, not the court or council named last.
    @Test func theCompanyIsNoCourt() throws {
        let response = try analyze(
            "Ferry firm fined\n\nHarlow Ferries Ltd admitted breaching safety laws at Velmont Crown Court on Friday. "
                + "Judge Ann Carter said the company had ignored repeated warnings.\n")
        let court = try #require(response.entities.first { $0.name == "Velmont Crown Court" })
        #expect(!court.mentions.contains { $0.text == "the company" })
        let company = try #require(response.entities.first { $0.name == "Harlow Ferries Ltd" })
        #expect(company.mentions.contains { $0.text == "the company" })
    }

    /// "the agency" is a body whose name says it runs something (an administration, an office,
    /// an acronym), not the company or the senate named last.
    @Test func theAgencyIsNoCompanyNorSenate() throws {
        let response = try analyze(
            "Water report\n\nThe Velmont Water Safety Administration delayed a report on nitrates. Terravane, a "
                + "fertiliser maker, met the agency's deputy head twice. Senator Ruth Abernathy, who chairs the Senate "
                + "subcommittee that oversees the agency, said Congress could cut the agency's budget.\n")
        let agency = try #require(response.entities.first { $0.name == "Velmont Water Safety Administration" })
        #expect(agency.mentions.filter { $0.text == "the agency" }.count == 3)
        for name in ["Terravane", "Senate", "Congress"] {
            #expect(!(response.entities.first { $0.name == name }?.mentions.contains { $0.text == "the agency" } ?? false))
        }
    }

    /// A surname opening its sentence before a verb is the person named in full before ("Omar
    /// Haddadin … Haddadin insisted"); an everyday word that is also a surname stays a word.
    @Test func aSurnameOpeningASentenceIsThePersonNamedBefore() throws {
        let response = try analyze(
            "Ceasefire talks\n\nOmar Haddadin, the chief negotiator, arrived on Monday. Haddadin insisted the talks "
                + "would continue. Ann Price spoke next. Price rises hit shoppers in May.\n")
        let negotiator = try #require(response.entities.first { $0.name == "Omar Haddadin" })
        #expect(negotiator.mentions.map(\.text) == ["Omar Haddadin", "Haddadin"])
        let price = try #require(response.entities.first { $0.name == "Ann Price" })
        #expect(price.mentions.map(\.text) == ["Ann Price"])
    }

    /// The same digits name one value only as the same kind: "in 2019", a year, is not the count
    /// "2019 lines", and "18%" is not "18 fact-checkers".
    @Test func theSameDigitsOfAnotherKindAreAnotherValue() throws {
        let response = try analyze(
            "Budget cuts\n\nThe 2019 lines were cut. In 2019 the firm grew. It hired 18 fact-checkers, and 18% of them left.\n")
        let types = response.entities.filter { $0.name == "2019" }.map(\.type)
        #expect(types.contains(.date))
        #expect(response.entities.contains { $0.type == .percent && $0.name == "18%" })
    }

    /// A headline's "Van Hale" is the "Jane van Hale" the body names: a surname with its
    /// particle joins the fuller name after it, as a lone surname does.
    @Test func aSurnameWithItsParticleJoinsTheFullNameAfterIt() throws {
        let response = try analyze(
            "Van Hale says city will pay for stadium\n\nVelmont Mayor Jane van Hale said on Saturday that the city "
                + "would pay for a new stadium. Van Hale added that no taxes would rise.\n")
        let people = response.entities.filter { $0.type == .person }
        #expect(people.count == 1)
        #expect(people.first?.mentions.count == 3)
    }

    /// "Fairfax Media" and then "Fairfax said": the first word of one organisation's name, alone
    /// as a noun phrase, is that organisation, not a person the tagger guessed.
    @Test func anOrganisationsFirstWordJoinsIt() throws {
        let response = try analyze(
            "Media shares rise\n\nShares in Fairfax Media rose by 5% on Monday. Fairfax said profits had doubled.\n")
        let organisation = try #require(response.entities.first { $0.name == "Fairfax Media" })
        #expect(organisation.mentions.map(\.text) == ["Fairfax Media", "Fairfax"])
        #expect(!response.entities.contains { $0.name == "Fairfax" })
    }

    /// "Vantair Holdings … Vantair employs 400 people": the first word alone, typed an
    /// organisation, joins it even where the parse misreads the verb after it as more of the name.
    @Test func anOrganisationsFirstWordJoinsItThroughAMisparse() throws {
        let response = try analyze(
            "Results\n\nVantair Holdings said on Monday that profits rose 10%. Vantair employs 400 people in Dellport.\n")
        let organisation = try #require(response.entities.first { $0.name == "Vantair Holdings" })
        #expect(organisation.mentions.map(\.text) == ["Vantair Holdings", "Vantair"])
    }

    /// "“Sam knows he was silly,” the 54-year-old told …": an age heading its phrase is the person
    /// named last outside the quotation, and speaks as that person; "the 67-year-old president"
    /// is the president.
    @Test func anAgeDescribesThePersonNamedBefore() throws {
        let response = try analyze(
            "Derby\n\nRochdean manager Graham Pryce refused to blame the referee. \"Sam knows he was silly,\" the "
                + "54-year-old told reporters.\n\nPresident Tomas Adrevic addressed supporters on Sunday. \"The people have "
                + "spoken,\" the 67-year-old president told the crowd.\n")
        let manager = try #require(response.entities.first { $0.name == "Graham Pryce" })
        #expect(manager.mentions.map(\.text).contains("the 54-year-old"))
        #expect(response.quotes.first { $0.text.hasPrefix("Sam knows") }?.speaker?.entity == manager.id)
        let president = try #require(response.entities.first { $0.name == "Tomas Adrevic" })
        #expect(response.quotes.first { $0.text.hasPrefix("The people") }?.speaker?.entity == president.id)
        #expect(!response.entities.contains { $0.type == .date && $0.name == "54-year-old" })
    }

    /// "Jim Roe, a lawyer, pressed Ann Lee on the plan. He said …": the name before an apposition
    /// is its sentence's subject, so "he" next is Jim Roe, not a man named a sentence before.
    @Test func theNameBeforeAnAppositionIsTheSubjectHeContinues() throws {
        let response = try analyze(
            "Hearing\n\nTom Hale testified on Tuesday. Jim Roe, a lawyer, pressed Ann Lee on the plan. He said the "
                + "platform was unsafe.\n")
        let lawyer = try #require(response.entities.first { $0.name == "Jim Roe" })
        #expect(lawyer.mentions.map(\.text).contains("He"))
    }

    /// "Police arrested Jim Roe, 34, … The 34-year-old has two prior convictions": an age is the
    /// person the article gave that age, not the one named last (a police chief quoted between).
    @Test func anAgeIsThePersonOfThatAge() throws {
        let response = try analyze(
            "Shooting\n\nPolice arrested Jim Roe, 34, on Sunday. Police Chief Tom Hale said officers found a gun. "
                + "The 34-year-old has two prior convictions.\n")
        let suspect = try #require(response.entities.first { $0.name == "Jim Roe" })
        #expect(suspect.mentions.map(\.text).contains("The 34-year-old"))
        let chief = try #require(response.entities.first { $0.name == "Tom Hale" })
        #expect(!chief.mentions.map(\.text).contains("The 34-year-old"))
        // With no one of that age named, the last person named as a subject, not an object.
        let match = try analyze(
            "Derby\n\nJim Roe cut inside and curled a shot past goalkeeper Tom Hale. The 29-year-old has now scored four "
                + "goals.\n")
        let winger = try #require(match.entities.first { $0.name == "Jim Roe" })
        #expect(winger.mentions.map(\.text).contains("The 29-year-old"))
    }

    /// "Harwick boss Tom Hale was unhappy. The Harwick boss said …": a manager or a boss as the
    /// subject goes on with the person named just before with that role.
    @Test func aManagerIsThePersonNamedWithThatRole() throws {
        let response = try analyze(
            "Derby\n\nRochdean manager Jim Roe refused to blame the referee. The Rochdean manager said he would not appeal. "
                + "Harwick boss Tom Hale was unhappy. The Harwick boss said the goal should not have stood.\n")
        let manager = try #require(response.entities.first { $0.name == "Jim Roe" })
        #expect(manager.mentions.map(\.text).contains("The Rochdean manager"))
        let boss = try #require(response.entities.first { $0.name == "Tom Hale" })
        #expect(boss.mentions.map(\.text).contains("The Harwick boss"))
    }

    /// "Velmont Bank said they would appeal": "they" is the organisation whose clause it is the
    /// subject of; a group nobody named ("officials") and a pair of names leave it open.
    @Test func theyIsTheNamedGroupThatSaidIt() throws {
        func holder(_ text: String) throws -> String? {
            let response = try analyze("Ruling\n\n" + text + "\n")
            return response.entities.first { $0.mentions.contains { $0.text == "they" } }?.name
        }
        #expect(try holder("Velmont Bank lost the case. Velmont Bank said they would appeal the ruling.") == "Velmont Bank")
        #expect(try holder("Velmont Bank lost the case. Officials said they would appeal the ruling.") == nil)
        #expect(try holder("Velmont Bank and Arkwise Group said they would appeal the ruling.") == nil)
    }

    /// A first name the Census lists lack ("Kamala", "Vladimir") still tells its gender, so "he"
    /// passes over her to him; a title before the surname is no first name.
    @Test func aFirstNameBeyondTheCensusListsTellsTheGender() throws {
        func holder(of pronoun: String, _ text: String) throws -> String? {
            let response = try analyze("Talks\n\n" + text + "\n")
            return response.entities.first { $0.mentions.contains { $0.text == pronoun } }?.name
        }
        #expect(
            try holder(
                of: "He", "Vladimir Orlov met Kamala Sethi in Geneva. Kamala Sethi praised the talks. He said they would meet again.")
                == "Vladimir Orlov")
        #expect(
            try holder(
                of: "She", "Kamala Sethi met Vladimir Orlov in Geneva. Vladimir Orlov praised the talks. She said they would meet again.")
                == "Kamala Sethi")
    }

    /// "Velmont Bank must live with it": an object "it" is not its own clause's subject; a subject
    /// "it" in the clause below is ("Velmont Bank said it would appeal").
    @Test func anObjectItIsNotItsOwnClausesSubject() throws {
        func holdsIt(_ text: String) throws -> Bool {
            let response = try analyze("Ruling\n\n" + text + "\n")
            let bank = try #require(response.entities.first { $0.name == "Velmont Bank" })
            return bank.mentions.contains { $0.text == "it" }
        }
        #expect(try !holdsIt("Velmont Bank lost the case on Monday and must live with it."))
        #expect(try holdsIt("Velmont Bank lost the case on Monday and said it would appeal."))
    }

    /// "The group's founder, retired schoolteacher Jane Roe, warned …": the name after the
    /// subject's comma is the subject, however the parse joins it, so her later "she" is hers and
    /// not the woman who was talked about before.
    @Test func aNameInAppositionToTheSubjectIsTheSubject() throws {
        let response = try analyze(
            "Stadium vote\n\nMayor Ann Holt has not taken a position. Her spokesman said that she had asked for an audit.\n\n"
                + "The group's founder, retired schoolteacher Jane Roe, warned that the city was repeating its mistakes, which "
                + "she said still cost $2 million a year.\n")
        let roe = try #require(response.entities.first { $0.name == "Jane Roe" })
        #expect(roe.mentions.contains { $0.text == "she" })
    }

    /// "Asked whether she would …, Jane Roe was blunt": the pronoun subject of an opening clause
    /// points forward to the name after its comma, not back to the woman of the sentence before.
    @Test func anOpeningClausesPronounPointsForward() throws {
        let text =
            "Audit\n\nJane Roe spoke first. Ann Lee said she would audit the transfer.\n\n"
            + "Asked whether she would support a referral, Roe was blunt.\n"
        let response = try analyze(text)
        let roe = try #require(response.entities.first { $0.name == "Jane Roe" })
        // The text is ASCII: every offset unit counts alike.
        let she = try #require(text.range(of: "she would support")).lowerBound.utf16Offset(in: text)
        #expect(roe.mentions.contains { $0.start == she })
    }

    /// "The mayor, Ann Lee, …" and "Tom Hale, a senior analyst at Veltrix, …": a role set beside
    /// the name by commas is her title, and "the mayor", "the analyst" later are she and he.
    @Test func aRoleInAppositionIsATitle() throws {
        let response = try analyze(
            "Town news\n\nThe mayor, Ann Lee, opened the bridge on Monday. Tom Hale, a senior analyst at Veltrix Research, "
                + "said traffic would fall. The mayor said the bridge cost $4m. The analyst said the cost was high.\n")
        let lee = try #require(response.entities.first { $0.name == "Ann Lee" })
        #expect(lee.titles == ["mayor"])
        #expect(lee.mentions.map(\.text).filter { $0.lowercased() == "the mayor" }.count == 2)
        let hale = try #require(response.entities.first { $0.name == "Tom Hale" })
        #expect(hale.mentions.map(\.text).contains("The analyst"))
        let judge = try analyze("Sentenced\n\nSentencing him on Friday, the judge, Helen Carraway, said he had shown no remorse.\n")
        #expect(judge.entities.first { $0.name == "Helen Carraway" }?.titles == ["judge"])
    }

    /// A description refers back, and a lower rank is another role: "the president" is not "Vice
    /// President Joe Roe", nor the director named paragraphs after "The director".
    @Test func aRoleIsNoOneNamedAfterItNorALowerRank() throws {
        let response = try analyze(
            "Museum opens\n\nThe director makes this clear in her film.\n\nThe president spoke first. Vice President Joe Roe "
                + "watched. The president said the museum was a gift.\n\nJane Pike, the executive director of a trust, was there.\n")
        let roe = try #require(response.entities.first { $0.name == "Joe Roe" })
        #expect(!roe.mentions.contains { $0.text.lowercased() == "the president" })
        let pike = try #require(response.entities.first { $0.name == "Jane Pike" })
        #expect(!pike.mentions.contains { $0.text == "The director" })
    }

    /// "Nordvik Energi delayed the field. It now expects …": an "it" opening its sentence as the
    /// subject continues the organisation that was the previous sentence's subject, by name, by
    /// apposition, or through an "it" already linked; a subject that is no name leaves it open.
    @Test func anOpeningItContinuesThePreviousSubject() throws {
        let response = try analyze(
            "Field delayed\n\nNordvik Energi delayed the start of its gas field on Thursday. It now expects output to begin "
                + "in May. It said a decision would follow.\n\nThe regulator, the Velmont Energy Authority, has opened an "
                + "inquiry. It said it would report next year.\n\nThe plan was approved. It will cost $4m.\n")
        let nordvik = try #require(response.entities.first { $0.name == "Nordvik Energi" })
        #expect(nordvik.mentions.filter { $0.text == "It" }.count == 2)
        let authority = try #require(response.entities.first { $0.name == "Velmont Energy Authority" })
        #expect(authority.mentions.contains { $0.text == "It" })
        let said = try #require(response.quotes.first { $0.text.hasPrefix("it would report") })
        #expect(said.speaker?.name == "Velmont Energy Authority")
    }

    /// "One member accused the mayor of …" in the lead, then "Mayor Ann Lee": a title that is the
    /// role alone names the article's one holder, even before the name comes.
    @Test func aBareTitleIsTheRoleNamedBeforeIt() throws {
        let response = try analyze(
            "Council row\n\nOne council member accused the mayor of hiding the cost.\n\nMayor Ann Lee said the plan was sound.\n")
        let lee = try #require(response.entities.first { $0.name == "Ann Lee" })
        #expect(lee.mentions.map(\.text).contains("the mayor"))
    }
}
