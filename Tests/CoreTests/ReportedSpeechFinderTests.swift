import Testing

@testable import Core

/// Reported speech without quotation marks: which frames count and where their content stops.
@Suite struct ReportedSpeechFinderTests {
    @Test func adverbialClauseEndsEvenAOneNameObject() throws {
        let fixture = QuoteFixture("Intro.\n\nThe senator has criticized Ann Lee since the election.", names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "Ann Lee"))
        #expect(fixture.text(quote) == "Ann Lee")
        #expect(fixture.speakerText(quote) == "The senator")
    }

    @Test func untilClauseIsNotPartOfTheObject() throws {
        let fixture = QuoteFixture("Intro.\n\nThe mayor opposed the new parking rules until the council vote.")
        let quote = try #require(fixture.quote(containing: "parking"))
        #expect(fixture.text(quote) == "the new parking rules")
    }

    /// Speaking of a topic, wanting or backing something is an act, not speech: with a bare
    /// object these verbs report no content; with a clause, an infinitive or marks they do.
    @Test func actStanceVerbsNeedAClausalOrQuotedComplement() throws {
        let topic = QuoteFixture(
            "Intro.\n\nAnn Lee spoke emotionally of her years on the farm. Tom Roe spoke out Tuesday against the mill. "
                + "Bo Park wants a new road.",
            names: [("Ann Lee", .person), ("Tom Roe", .person), ("Bo Park", .person)])
        #expect(topic.quote(containing: "farm") == nil)
        #expect(topic.quote(containing: "mill") == nil)
        #expect(topic.quote(containing: "road") == nil)
        let clausal = QuoteFixture(
            "Intro.\n\nBo Park wants to build a new road. Ann Lee backed the “tax and spend” plan.",
            names: [("Ann Lee", .person), ("Bo Park", .person)])
        #expect(clausal.quote(containing: "road").map { clausal.text($0) } == "to build a new road")
        #expect(clausal.quote(containing: "spend").map { clausal.entityName($0) } == "Ann Lee")
    }

    @Test func spokeWithoutATopicIsNoReport() {
        let fixture = QuoteFixture("Intro.\n\nTom Roe spoke first.", names: [("Tom Roe", .person)])
        #expect(fixture.quotes.isEmpty)
    }

    @Test func raisingVerbLendsItsSubjectToTheVerbOfSaying() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nTom Roe appeared to suggest that the tax would be repealed.", names: [("Tom Roe", .person)])
        let quote = try #require(fixture.quote(containing: "tax"))
        #expect(fixture.text(quote) == "the tax would be repealed")
        #expect(fixture.entityName(quote) == "Tom Roe")
        #expect(quote.cue.map { fixture.document.text($0) } == "appeared to suggest")
    }

    @Test func promiseWithAnInfinitiveReportsThePromise() throws {
        let fixture = QuoteFixture("Intro.\n\nAnn Lee is promising to cut property taxes for retirees.", names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "taxes"))
        #expect(fixture.text(quote) == "to cut property taxes for retirees")
        #expect(fixture.entityName(quote) == "Ann Lee")
    }

    @Test func chargesThatIsAVerbOfSaying() throws {
        let fixture = QuoteFixture("Intro.\n\nTom Roe charges that the council wasted public money.", names: [("Tom Roe", .person)])
        let quote = try #require(fixture.quote(containing: "council"))
        #expect(fixture.text(quote) == "the council wasted public money")
        #expect(fixture.entityName(quote) == "Tom Roe")
    }

    @Test func askedOpeningReportsTheQuestion() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nAsked about the closing of the mill, Tom Roe said the town would recover.", names: [("Tom Roe", .person)])
        let question = try #require(fixture.quote(containing: "mill"))
        #expect(fixture.text(question) == "the closing of the mill")
        #expect(question.speaker == nil)
        #expect(question.cue.map { fixture.document.text($0) } == "Asked about")
    }

    @Test func passiveStanceWithItsAgent() throws {
        let fixture = QuoteFixture("Intro.\n\nThe new budget was criticized by the teachers union.")
        let quote = try #require(fixture.quote(containing: "budget"))
        #expect(fixture.text(quote) == "The new budget")
        #expect(fixture.speakerText(quote) == "the teachers union")
        #expect(quote.rule.rawValue == "passive-stance-agent")
    }

    @Test func passiveStanceOnAnAnaphoricSubjectAddsNothing() {
        let fixture = QuoteFixture("Intro.\n\nSuch worries were echoed by the teachers union.")
        #expect(fixture.quotes.isEmpty)
    }

    @Test func coordinatedGerundsStayInTheObject() throws {
        let fixture = QuoteFixture("Intro.\n\nThe mayor has mentioned raising the bus fare and closing two libraries.")
        let quote = try #require(fixture.quote(containing: "raising"))
        #expect(fixture.text(quote) == "raising the bus fare and closing two libraries")
    }

    @Test func coordinateClauseWithItsOwnSubjectEndsTheObject() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nThe council agreed to lend the club two million dollars, and the bank also stepped in with a loan.")
        let quote = try #require(fixture.quote(containing: "lend"))
        #expect(fixture.text(quote) == "to lend the club two million dollars")
    }

    @Test func timeClauseWithItsOwnSubjectEndsTheObject() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nFew critics described Ann Lee as a reformer when she ran for mayor.", names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "reformer"))
        #expect(fixture.text(quote) == "Ann Lee as a reformer")
    }

    @Test func purposeClauseWithItsOwnSubjectEndsAnInfinitiveObject() throws {
        let fixture = QuoteFixture("Intro.\n\nThe insurers agreed to release the bond money so the town could rebuild the bridge.")
        let quote = try #require(fixture.quote(containing: "bond"))
        #expect(fixture.text(quote) == "to release the bond money")
    }

    @Test func anObjectThatIsAClauseKeepsItsTimeClause() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nAnn Lee notes the judges were named before she took office.", names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "judges"))
        #expect(fixture.text(quote) == "the judges were named before she took office")
    }

    /// The sentences before `Y, X said.` stay the writer's: on PolNeAR dev, running the content
    /// back over them matched no more gold attributions and cost precision.
    @Test func trailingCueContentIsItsOwnSentence() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nThe plant will close in May. Its workers will move to a new site in Ohio, the company said.")
        let quote = try #require(fixture.quote(containing: "Ohio"))
        #expect(fixture.text(quote) == "Its workers will move to a new site in Ohio")
    }

    @Test func trailingCueContentStopsAtAnAttributedSentence() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nAnn Lee said that the plant would close. Its workers will move to a new site in Ohio, the company said.",
            names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "Ohio"))
        #expect(fixture.text(quote) == "Its workers will move to a new site in Ohio")
    }

    @Test func relativeClauseOnTheObjectsNounIsPartOfTheObject() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nAnn Lee vowed to form a new task force, which would include the police.", names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "task force"))
        #expect(fixture.text(quote) == "to form a new task force, which would include the police")
    }

    @Test func includingListsPartsOfTheObject() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nTom Roe condemned the new tariffs, including the duty on steel.", names: [("Tom Roe", .person)])
        let quote = try #require(fixture.quote(containing: "tariffs"))
        #expect(fixture.text(quote) == "the new tariffs, including the duty on steel")
    }

    @Test func whichClauseInThePresentOrAModalGoesOnWithTheContent() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nAnn Lee said the council cut the budget, which could delay the bridge.", names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "council"))
        #expect(fixture.text(quote) == "the council cut the budget, which could delay the bridge")
    }

    @Test func whichWithAnIrregularPastNarratesAndEndsTheObject() throws {
        let fixture = QuoteFixture("Intro.\n\nAnn Lee praised the new council, which met in June.", names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "council"))
        #expect(fixture.text(quote) == "the new council")
    }

    @Test func reportInAnOpeningClauseEndsAtADash() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nWhen Ann Lee noted that the firm had not paid the tax — as critics say — Tom Roe laughed.",
            names: [("Ann Lee", .person), ("Tom Roe", .person)])
        let quote = try #require(fixture.quote(containing: "the tax"))
        #expect(fixture.text(quote) == "the firm had not paid the tax")
    }

    @Test func mainVerbAfterARelativeCueEndsTheContent() throws {
        let fixture = QuoteFixture("Intro.\n\nThe ruling by the court, which found that the firm broke the law, is a warning to others.")
        let quote = try #require(fixture.quote(containing: "the law"))
        #expect(fixture.text(quote) == "the firm broke the law")
    }

    @Test func trailingCueContentStartsAfterAColon() throws {
        let fixture = QuoteFixture("Intro.\n\nThe result was stark: the plant will close in May, the company said.")
        let quote = try #require(fixture.quote(containing: "May"))
        #expect(fixture.text(quote) == "the plant will close in May")
    }

    @Test func timePhraseAfterATrailingCueIsNoObject() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nThe new plan is an insult to working families, top union leaders said Friday afternoon, as they left the hall.")
        let quote = try #require(fixture.quote(containing: "plan"))
        #expect(fixture.text(quote) == "The new plan is an insult to working families")
        #expect(fixture.speakerText(quote) == "top union leaders")
    }

    @Test func phraseWithItsOwnVerbAfterSaidIsContentNotAnInvertedSpeaker() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nAnn Lee, 59, of Dover, who watched the parade from a bench, said the event brought back memories.",
            names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "memories"))
        #expect(fixture.text(quote) == "the event brought back memories")
        #expect(fixture.entityName(quote) == "Ann Lee")
    }

    @Test func frontedWhatIsTheObjectOfTheVerbOfSaying() throws {
        let fixture = QuoteFixture("Intro.\n\nThat was what Ann Lee said when she left the firm.", names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quotes.first { fixture.text($0) == "what" })
        #expect(fixture.entityName(quote) == "Ann Lee")
    }

    @Test func frontedWhichAfterACommaIsTheObjectOfTheVerb() throws {
        let fixture = QuoteFixture("Intro.\n\nThe firm cut many jobs, which the bank detailed in a filing.")
        let quote = try #require(fixture.quotes.first { fixture.text($0) == "which" })
        #expect(fixture.speakerText(quote) == "the bank")
    }

    @Test func whatXSaidWasYIsOneContentClause() throws {
        let fixture = QuoteFixture("Intro.\n\nThe deal amounted to what the critics said was a giveaway.")
        let quote = try #require(fixture.quote(containing: "giveaway"))
        #expect(fixture.text(quote) == "what the critics said was a giveaway")
        #expect(fixture.speakerText(quote) == "the critics")
    }

    @Test func whichAfterAPrepositionAndWhatBeforeANamingComplementAreLeftAlone() {
        let fixture = QuoteFixture("Intro.\n\nThe march is a day during which leaders will seek votes. She lives in what he calls a cage.")
        #expect(!fixture.quotes.contains { fixture.text($0) == "which" || fixture.text($0) == "what" })
    }

    @Test func coordinateClauseWithANamedSubjectAndAStanceVerbEndsTheObject() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nDemocrats praised policies that raise more revenue, and Republicans praised lower rates.")
        let quote = try #require(fixture.quote(containing: "revenue"))
        #expect(fixture.text(quote) == "policies that raise more revenue")
    }

    @Test func sentenceCaseHeadlineShowsItsStanceVerb() throws {
        let fixture = QuoteFixture("Former mayor calls for a new bridge\n\nThe council met on Monday to discuss the budget.")
        let quote = try #require(fixture.quote(containing: "bridge"))
        #expect(fixture.text(quote) == "a new bridge")
        #expect(fixture.speakerText(quote) == "Former mayor")
    }

    @Test func sentenceCaseHeadlineHasOnePredicate() {
        let fixture = QuoteFixture("Mayor urges more Boston talks to end strike\n\nThe council met on Monday to discuss the budget.")
        #expect(fixture.quotes.count == 1)
    }

    @Test func titleCaseHeadlineStanceWordIsNoVerb() {
        let fixture = QuoteFixture("Former Mayor Calls For A New Bridge\n\nThe council met on Monday to discuss the budget.")
        #expect(fixture.quote(containing: "Bridge") == nil)
    }

    @Test func commaAndAPastTenseStanceEndsTheContent() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nAnn Lee urged voters to back the levy, and criticized the council for its delay.", names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "levy"))
        #expect(fixture.text(quote) == "voters to back the levy")
    }

    @Test func conjunctionInsideQuotedWordsDoesNotEndTheParaphrase() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nAnn Lee said the museum tells a story ''of sorrow, but also of hope'' for the town.", names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "museum"))
        #expect(fixture.text(quote).hasSuffix("for the town"))
    }

    @Test func saidAsMuchReportsTheProForm() throws {
        let fixture = QuoteFixture("Intro.\n\nAnn Lee said as much in a speech on Monday.", names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "much"))
        #expect(fixture.text(quote) == "as much")
        #expect(fixture.entityName(quote) == "Ann Lee")
    }

    @Test func mediumAdjunctEndsAOneNameObject() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nTom Roe attacked Okafor in early-morning tweets.", names: [("Okafor", .person), ("Tom Roe", .person)])
        let quote = try #require(fixture.quote(containing: "Okafor"))
        #expect(fixture.text(quote) == "Okafor")
    }

    @Test func adjectiveOfAttitudeByItsSuffixReportsAStance() throws {
        let fixture = QuoteFixture("Intro.\n\nAnn Lee has been critical of the new zoning rules.", names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "zoning"))
        #expect(fixture.text(quote) == "the new zoning rules")
        #expect(fixture.entityName(quote) == "Ann Lee")
    }

    @Test func adjectiveWithoutAnAttitudeSuffixReportsNothing() {
        let fixture = QuoteFixture("Intro.\n\nAnn Lee is capable of hard work.", names: [("Ann Lee", .person)])
        #expect(fixture.quotes.isEmpty)
    }

    @Test func copulaAndAStanceHolderNounReportTheStance() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nAnn Lee has been a consistent and outspoken opponent of the new tax.", names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "tax"))
        #expect(fixture.text(quote) == "the new tax")
        #expect(fixture.entityName(quote) == "Ann Lee")
    }

    @Test func stanceHolderObjectEndsBeforeTheSentencesVerb() throws {
        let fixture = QuoteFixture("Intro.\n\nThe voters who are critics of the levy have asked for a vote.")
        let quote = try #require(fixture.quote(containing: "levy"))
        #expect(fixture.text(quote) == "the levy")
    }

    @Test func infinitiveObjectEndsAtTheSentencesOwnVerb() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nOne reason Ann Lee refuses to release her tax returns may be the audit.", names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "returns"))
        #expect(fixture.text(quote) == "to release her tax returns")
    }
}
