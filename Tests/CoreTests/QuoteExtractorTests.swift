import Testing

@testable import Core

@Suite struct QuoteExtractorTests {
    @Test func trailingSpeakerAfterQuote() throws {
        let fixture = QuoteFixture("Intro.\n\n“We will win the vote,” Jane Doe said on Monday.", names: [("Jane Doe", .person)])
        let quote = try #require(fixture.quote(containing: "We will win"))
        #expect(quote.kind == .direct)
        #expect(fixture.text(quote) == "We will win the vote")
        #expect(fixture.speakerText(quote) == "Jane Doe")
        #expect(quote.cue.map { fixture.document.text($0) } == "said")
        #expect(quote.rule.rawValue == "quote-speaker-said")
    }

    /// Copy that joins a long quote's paragraphs on one line keeps each paragraph's opening mark
    /// and drops the closing ones: `"A. "B."` is one quotation, with one speaker.
    @Test func aQuoteReopenedAfterItsSentenceIsOneQuotation() throws {
        let fixture = QuoteFixture(
            "Intro.\n\n\"We must act now,\" Jane Doe told the radio show. \"How it ends is a very important question. "
                + "\"We need to talk about it before the vote.\"",
            names: [("Jane Doe", .person)])
        let middle = try #require(fixture.quote(containing: "How it ends"))
        #expect(middle.kind == .direct)
        #expect(fixture.speakerText(middle) == "Jane Doe")
        let last = try #require(fixture.quote(containing: "We need to talk"))
        #expect(fixture.speakerText(last) == "Jane Doe")
    }

    /// A quotation that opens a sentence after a closed one of its paragraph is speech even
    /// where its closing mark was lost at the paragraph's end.
    @Test func aQuoteWhoseClosingMarkIsLostAfterAnAttributedOneIsSpeech() throws {
        let fixture = QuoteFixture(
            "Intro.\n\n\"We must act now,\" Jane Doe said. \"I want a vote there and a date for it.\n\nThe vote is in May.",
            names: [("Jane Doe", .person)])
        let lost = try #require(fixture.quote(containing: "I want a vote"))
        #expect(lost.kind == .direct)
        #expect(fixture.speakerText(lost) == "Jane Doe")
    }

    /// `X said: “…”` introduces the quotation after it, not the one before.
    @Test func aCueEndingInAColonBelongsToTheNextQuote() throws {
        let fixture = QuoteFixture(
            "Intro.\n\n\"We will win,\" Jane Doe said. \"It is our year.\" Sam Roe, the coach, said: \"We will see.\"",
            names: [("Jane Doe", .person), ("Sam Roe", .person)])
        let before = try #require(fixture.quote(containing: "It is our year"))
        #expect(fixture.speakerText(before) == "Jane Doe")
        let after = try #require(fixture.quote(containing: "We will see"))
        #expect(fixture.entityName(after) == "Sam Roe")
    }

    /// "said Velmont press officer Ann Lee": the person after the organisation's role speaks.
    @Test func aPersonAfterAnOrganisationsRoleIsTheSpeaker() throws {
        let fixture = QuoteFixture(
            "Intro.\n\n\"We will win the vote,\" said Velmont press officer Ann Lee.",
            names: [("Velmont", .organization), ("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "We will win"))
        #expect(fixture.entityName(quote) == "Ann Lee")
    }

    /// A surname that is also a verb of saying ("Post"), before the real cue, is the speaker.
    @Test func aSurnameThatIsAVerbOfSayingSpeaksBeforeTheCue() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nAnn Post spoke on Monday. \"We will win the vote,\" Post said.",
            names: [("Ann Post", .person), ("Post", .person)])
        let quote = try #require(fixture.quote(containing: "We will win"))
        #expect(fixture.speakerText(quote) == "Post")
    }

    /// A phrase that ends in a common noun is about that noun: the place, party or company
    /// before it only modifies it, so it is not the speaker.
    @Test func aNameModifyingTheSpeakersNounIsNotTheSpeaker() throws {
        let fixture = QuoteFixture(
            "Intro.\n\n“It was the hardest race of my life,” the Sydney Olympic gold medallist said.\n\n"
                + "The Tory leader said the plan would fail.", names: [("Sydney", .gpe), ("Tory", .norp)])
        let race = try #require(fixture.quote(containing: "hardest race"))
        #expect(fixture.speakerText(race) == "the Sydney Olympic gold medallist")
        #expect(race.speaker?.cluster == nil)
        let plan = try #require(fixture.quote(containing: "the plan would fail"))
        #expect(fixture.speakerText(plan) == "The Tory leader")
        #expect(plan.speaker?.cluster == nil)
    }

    /// "Mr Grant" is tagged with its title, and coreference clusters it without ("Grant"): the
    /// speaker is still the person.
    @Test func aTitledSpeakerReachesThePersonsEntity() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nTreasurer Peter Grant has defended the cost. In a letter, Mr Grant insisted he was within budget.",
            names: [("Peter Grant", .person), ("Mr Grant", .person)])
        let quote = try #require(fixture.quote(containing: "he was within budget"))
        #expect(fixture.entityName(quote) == "Peter Grant")
    }

    /// "A BaFin spokeswoman", "the Trump campaign": they speak for the name.
    @Test func aMouthpieceSpeaksForTheNameBeforeIt() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nA BaFin spokeswoman said the case had been passed to prosecutors.",
            names: [("BaFin", .organization)])
        let quote = try #require(fixture.quote(containing: "passed to prosecutors"))
        #expect(fixture.entityName(quote) == "BaFin")
    }

    @Test func invertedCueAndApposition() throws {
        let fixture = QuoteFixture(
            "Intro.\n\n“Taxes are too high,” said Tom Roe, a senior economist at the bank.", names: [("Tom Roe", .person)])
        let quote = try #require(fixture.quote(containing: "Taxes"))
        #expect(fixture.entityName(quote) == "Tom Roe")
        #expect(quote.rule.rawValue == "quote-said-speaker")
    }

    @Test func speakerBeforeColonAndWhoClause() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nThe plan was backed by Mayor Ann Lee, who told the council: “This is our best chance.”",
            names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "best chance"))
        #expect(fixture.entityName(quote) == "Ann Lee")
        #expect(quote.kind == .direct)
    }

    @Test func cueBetweenTwoQuotesServesBoth() throws {
        let fixture = QuoteFixture("Intro.\n\n“We are ready,” Bo Park added, “and we will not wait.”", names: [("Bo Park", .person)])
        #expect(fixture.quotes.filter { $0.kind == .direct }.count == 2)
        for quote in fixture.quotes where quote.kind == .direct { #expect(fixture.entityName(quote) == "Bo Park") }
    }

    @Test func pronounSpeakerResolvesToTheLastNamedSpeaker() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nKim Vale said the talks had stalled.\n\n“Nobody is listening to us,” she said.",
            names: [("Kim Vale", .person)])
        let quote = try #require(fixture.quote(containing: "Nobody"))
        #expect(fixture.speakerText(quote) == "she")
        #expect(fixture.entityName(quote) == "Kim Vale")
    }

    @Test func misspeltSurnameJoinsTheOnePersonItIsCloseTo() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nMinister Olaf Brandtner spoke first.\n\n“We stand firm,” Brantner added.",
            names: [("Olaf Brandtner", .person), ("Brantner", .person)])
        let quote = try #require(fixture.quote(containing: "We stand firm"))
        #expect(fixture.entityName(quote) == "Olaf Brandtner")
    }

    @Test func descriptiveSpeakerKeepsItsTextWithoutEntity() throws {
        let fixture = QuoteFixture("Intro.\n\n“The deal is dead,” a senior official said.")
        let quote = try #require(fixture.quote(containing: "deal is dead"))
        #expect(fixture.speakerText(quote) == "a senior official")
        #expect(quote.speaker?.cluster == nil)
    }

    @Test func quoteParagraphWithoutCueTakesThePreviousParagraphsSpeaker() throws {
        let fixture = QuoteFixture(
            "Intro.\n\n“We came here to work,” Rosa Diaz said.\n\n“And we will keep working until it is done.”",
            names: [("Rosa Diaz", .person)])
        let quote = try #require(fixture.quote(containing: "keep working"))
        #expect(fixture.entityName(quote) == "Rosa Diaz")
        #expect(quote.rule.rawValue == "previous-paragraph-speaker")
    }

    @Test func multiParagraphQuoteSharesItsSpeaker() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nLee Moss said: “The first thing is money.\n\n“The second thing is time.”",
            names: [("Lee Moss", .person)])
        let quote = try #require(fixture.quote(containing: "second thing"))
        #expect(fixture.entityName(quote) == "Lee Moss")
    }

    @Test func scareQuotesAndTitlesAreNotSpeech() {
        let fixture = QuoteFixture("Intro.\n\nThe so-called “peace plan” was shown on “Meet the Press” last week.")
        #expect(fixture.quotes.filter { $0.kind == .direct }.isEmpty)
    }

    @Test func reportedSpeechWithAndWithoutThat() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nAnn Lee said that the budget would pass. Bo Park warned the vote could fail.",
            names: [("Ann Lee", .person), ("Bo Park", .person)])
        let first = try #require(fixture.quote(containing: "the budget would pass"))
        #expect(first.kind == .indirect)
        #expect(fixture.entityName(first) == "Ann Lee")
        let second = try #require(fixture.quote(containing: "the vote could fail"))
        #expect(fixture.entityName(second) == "Bo Park")
    }

    @Test func clauseBeforeTheCueAndAccordingTo() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nThe economy will shrink next year, the central bank said. Prices rose by a third, according to the agency.")
        let first = try #require(fixture.quote(containing: "economy will shrink"))
        #expect(fixture.speakerText(first) == "the central bank")
        let second = try #require(fixture.quote(containing: "Prices rose"))
        #expect(second.rule.rawValue == "according-to")
        #expect(fixture.speakerText(second) == "the agency")
    }

    @Test func reportedSpeechWithQuotedFragmentIsMixed() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nAnn Lee said the plan was “a disaster for everyone” in the region.", names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "the plan was"))
        #expect(quote.kind == .mixed)
        #expect(fixture.quotes.filter { $0.kind == .direct }.isEmpty)
    }

    @Test func stanceObjectStopsAtVenueAndTimeAdjuncts() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nAnn Lee called for lower rents in a statement on Friday. Bo Park criticized the tariffs during an interview on Sunday.",
            names: [("Ann Lee", .person), ("Bo Park", .person)])
        let first = try #require(fixture.quote(containing: "lower rents"))
        #expect(fixture.text(first) == "lower rents")
        let second = try #require(fixture.quote(containing: "the tariffs"))
        #expect(fixture.text(second) == "the tariffs")
    }

    @Test func stanceObjectStopsAtACommentButNotInsideMarksOrAList() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nAnn Lee praised the new budget, which passed easily. Bo Park praised schools, roads and parks. "
                + "Cy Moe attacked the “tax, spend and pray” plan, even though he voted for it.",
            names: [("Ann Lee", .person), ("Bo Park", .person), ("Cy Moe", .person)])
        #expect(fixture.quote(containing: "the new budget").map { fixture.text($0) } == "the new budget")
        #expect(fixture.quote(containing: "schools").map { fixture.text($0) } == "schools, roads and parks")
        #expect(fixture.quote(containing: "pray").map { fixture.text($0) } == "the “tax, spend and pray” plan")
    }

    @Test func thatAfterAFiniteVerbBelongsToTheClause() throws {
        let fixture = QuoteFixture("Intro.\n\nAnn Lee said officials have a video that shows the fire.", names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "officials have"))
        #expect(fixture.text(quote) == "officials have a video that shows the fire")
    }

    @Test func bareNounAfterAndDoesNotSplitTheClause() throws {
        let fixture = QuoteFixture("Intro.\n\nThe city says the ad broke federal and state law.")
        let quote = try #require(fixture.quote(containing: "the ad broke"))
        #expect(fixture.text(quote) == "the ad broke federal and state law")
    }

    @Test func whichClauseGoesOnOnlyWithItsOwnSubject() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nAnn Lee said the mayor was at the school, which she was visiting that day. Bo Park said the vote was fair, which angered the rivals.",
            names: [("Ann Lee", .person), ("Bo Park", .person)])
        #expect(
            fixture.quote(containing: "the mayor was").map { fixture.text($0) }
                == "the mayor was at the school, which she was visiting that day")
        #expect(fixture.quote(containing: "the vote was fair").map { fixture.text($0) } == "the vote was fair")
    }

    @Test func infinitiveObjectKeepsItsTo() throws {
        let fixture = QuoteFixture("Intro.\n\nAnn Lee refuses to release her tax returns.", names: [("Ann Lee", .person)])
        let quote = try #require(fixture.quote(containing: "release her tax"))
        #expect(fixture.text(quote) == "to release her tax returns")
    }

    @Test func headlinesReportSpeechWithVerbsOfSayingOnly() throws {
        let fixture = QuoteFixture("Mayor Warns Taxes Will Rise\n\nThe city council met on Monday.")
        let quote = try #require(fixture.quote(containing: "Taxes Will Rise"))
        #expect(quote.kind == .indirect)
        #expect(fixture.speakerText(quote) == "Mayor")
        let nouns = QuoteFixture("Mayor Plans More Talks To Defuse Crisis\n\nThe city council met on Monday.")
        #expect(nouns.quotes.isEmpty)
    }

    /// "Name: 'words'" is the headline's way of quoting: marks after the colon are the named
    /// one's words; without marks, or without a person or organisation before it, it is a topic.
    @Test func aHeadlinesNameBeforeAColonSpeaksTheQuotedWordsAfterIt() throws {
        let names: [(String, EntityType)] = [("Jane Doe", .person)]
        let direct = QuoteFixture("Jane Doe on the budget: ‘We Will Not Raise Taxes’\n\nThe council met on Monday.", names: names)
        let quote = try #require(direct.quote(containing: "Raise Taxes"))
        #expect(quote.kind == .direct)
        #expect(direct.speakerText(quote) == "Jane Doe")
        #expect(quote.rule.rawValue == "headline-speaker-colon")
        let mixed = QuoteFixture("Jane Doe: Budget Is ‘Fair’ to Families\n\nThe council met on Monday.", names: names)
        let part = try #require(mixed.quote(containing: "Budget Is"))
        #expect(part.kind == .mixed)
        #expect(mixed.speakerText(part) == "Jane Doe")
        #expect(QuoteFixture("Jane Doe: Budget Is Fair to Families\n\nThe council met on Monday.", names: names).quotes.isEmpty)
        #expect(QuoteFixture("Budget: ‘Fair’ to Families\n\nThe council met on Monday.", names: names).quotes.isEmpty)
    }

    /// `“…,” the coach shrugged`: after a quotation's comma, a short subject and one inflected
    /// verb ending the clause say who spoke, however rare the verb; a scare quote's noun does not.
    @Test func anUnlistedVerbAfterTheQuotationsCommaNamesTheSpeaker() throws {
        let fixture = QuoteFixture(
            "Intro.\n\n\"We will win again,\" the coach shrugged. \"A fine side,\" the paper gushes, adding, \"What a match!\"")
        let shrugged = try #require(fixture.quote(containing: "win again"))
        #expect(fixture.speakerText(shrugged) == "the coach")
        #expect(shrugged.cue.map { fixture.document.text($0) } == "shrugged")
        #expect(fixture.speakerText(try #require(fixture.quote(containing: "A fine side"))) == "the paper")
        #expect(fixture.speakerText(try #require(fixture.quote(containing: "What a match"))) == "the paper")
        let scare = QuoteFixture("Intro.\n\nShe said \"superior\" bullying tactics, like cold rooms, hurt them.")
        #expect(!scare.quotes.contains { $0.cue.map { scare.document.text($0) } == "tactics" })
    }

    @Test func nounsAndPassivesAreNotCues() {
        let fixture = QuoteFixture("Intro.\n\nThe claims that were made spread. The results were final.")
        #expect(fixture.quotes.isEmpty)
    }

    /// A claim noun with a possessive holder does report, like the verb it comes from.
    @Test func possessivePronounHolderOfAClaim() throws {
        let fixture = QuoteFixture("Intro.\n\nHis claims that the vote was rigged spread.")
        let quote = try #require(fixture.quote(containing: "rigged"))
        #expect(quote.rule.rawValue == "holder-noun")
        #expect(fixture.speakerText(quote) == "His")
    }

    @Test func pathologicalInputFinishes() {
        let marks = String(repeating: "“ ” ‘ ’ « » \" ' „ ", count: 3000)
        let open = "“" + String(repeating: "he said that she said ", count: 1500)
        let fixture = QuoteFixture("Intro.\n\n" + marks + "\n\n" + open + "\n\nEnd” ” ’ only closers.")
        #expect(fixture.quotes.count < 20000)
    }

    // MARK: Frames whose cue is not an active reporting verb

    @Test func attitudeAdjectiveWithThatClause() throws {
        let fixture = QuoteFixture("Intro.\n\nMark Hale is convinced that the bridge will open next year.", names: [("Mark Hale", .person)])
        let quote = try #require(fixture.quote(containing: "bridge"))
        #expect(fixture.text(quote) == "the bridge will open next year")
        #expect(fixture.entityName(quote) == "Mark Hale")
        #expect(quote.rule.rawValue == "speaker-attitude")
    }

    @Test func attitudeAdjectiveWithAboutObject() throws {
        let fixture = QuoteFixture("Intro.\n\nLia Cho was increasingly worried about the price of grain.", names: [("Lia Cho", .person)])
        let quote = try #require(fixture.quote(containing: "grain"))
        #expect(fixture.text(quote) == "the price of grain")
        #expect(fixture.entityName(quote) == "Lia Cho")
    }

    @Test func madeItClearTakesABareClause() throws {
        let fixture = QuoteFixture("Intro.\n\nBen Ortiz made it clear he would not run again.", names: [("Ben Ortiz", .person)])
        let quote = try #require(fixture.quote(containing: "run again"))
        #expect(fixture.text(quote) == "he would not run again")
        #expect(fixture.entityName(quote) == "Ben Ortiz")
        #expect(quote.rule.rawValue == "speaker-made-point")
    }

    @Test func madeTheCaseThat() throws {
        let fixture = QuoteFixture("Intro.\n\nBen Ortiz made the case that the tax was unfair.", names: [("Ben Ortiz", .person)])
        let quote = try #require(fixture.quote(containing: "unfair"))
        #expect(fixture.text(quote) == "the tax was unfair")
        #expect(fixture.entityName(quote) == "Ben Ortiz")
    }

    @Test func possessiveHolderOfAClaimNoun() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nMany heard Nina Park's earlier claim that the mayor had lied.", names: [("Nina Park", .person)])
        let quote = try #require(fixture.quote(containing: "mayor"))
        #expect(fixture.text(quote) == "the mayor had lied")
        #expect(fixture.entityName(quote) == "Nina Park")
        #expect(quote.rule.rawValue == "holder-noun")
    }

    @Test func claimNounWithByHolder() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nResidents heard the warning by Nina Park that the dam could fail.", names: [("Nina Park", .person)])
        let quote = try #require(fixture.quote(containing: "dam"))
        #expect(fixture.text(quote) == "the dam could fail")
        #expect(fixture.entityName(quote) == "Nina Park")
    }

    @Test func claimNounWithoutHolderIsNoReport() {
        let fixture = QuoteFixture("Intro.\n\nThe claims that were made in court collapsed.")
        #expect(fixture.quotes.isEmpty)
    }

    @Test func possessiveCommentsOnATopic() throws {
        let fixture = QuoteFixture("Intro.\n\nTom Roe's comments on the strike angered the union.", names: [("Tom Roe", .person)])
        let quote = try #require(fixture.quote(containing: "strike"))
        #expect(fixture.text(quote).hasPrefix("the strike"))
        #expect(fixture.entityName(quote) == "Tom Roe")
    }

    @Test func impersonalPassiveHasNoSpeaker() throws {
        let fixture = QuoteFixture("Intro.\n\nIt was reported that the factory would close in June.")
        let quote = try #require(fixture.quote(containing: "factory"))
        #expect(fixture.text(quote) == "the factory would close in June")
        #expect(quote.speaker == nil)
        #expect(quote.rule.rawValue == "impersonal-passive")
    }

    @Test func impersonalPassiveWithANamedOutlet() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nIt was reported by the Daily Star that the factory would close.", names: [("Daily Star", .organization)])
        let quote = try #require(fixture.quote(containing: "factory"))
        #expect(fixture.text(quote) == "the factory would close")
        #expect(fixture.speakerText(quote)?.contains("Daily Star") == true)
    }

    @Test func accusedOfReportsTheWholeClause() throws {
        let fixture = QuoteFixture("Intro.\n\nThe company has often been accused of hiding losses.")
        let quote = try #require(fixture.quote(containing: "hiding"))
        #expect(fixture.text(quote) == "The company has often been accused of hiding losses")
        #expect(quote.speaker == nil)
        #expect(quote.rule.rawValue == "passive-report")
    }

    @Test func accusedByANamedAccuser() throws {
        let fixture = QuoteFixture("Intro.\n\nThe company was accused by Nina Park of hiding losses.", names: [("Nina Park", .person)])
        let quote = try #require(fixture.quote(containing: "hiding"))
        #expect(fixture.entityName(quote) == "Nina Park")
    }

    @Test func quotedAsSaying() throws {
        let fixture = QuoteFixture("Intro.\n\nNina Park was quoted as saying the plan would fail.", names: [("Nina Park", .person)])
        let quote = try #require(fixture.quote(containing: "plan"))
        #expect(fixture.text(quote) == "the plan would fail")
        #expect(fixture.entityName(quote) == "Nina Park")
        #expect(quote.rule.rawValue == "quoted-as-saying")
    }

    @Test func participleClauseStaysInTheContent() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nNina Park said the museum would open in May, allowing visitors to see the collection.",
            names: [("Nina Park", .person)])
        let quote = try #require(fixture.quote(containing: "museum"))
        #expect(fixture.text(quote) == "the museum would open in May, allowing visitors to see the collection")
    }

    @Test func participleOfSayingStillEndsTheContent() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nNina Park said the museum would open in May, adding that tickets were sold out.", names: [("Nina Park", .person)])
        let quote = try #require(fixture.quote(containing: "museum"))
        #expect(fixture.text(quote) == "the museum would open in May")
    }

    @Test func beliefVerbTakesABareClause() throws {
        let fixture = QuoteFixture("Intro.\n\nNina Park believes the plan will fail.", names: [("Nina Park", .person)])
        let quote = try #require(fixture.quote(containing: "plan"))
        #expect(fixture.text(quote) == "the plan will fail")
        #expect(fixture.entityName(quote) == "Nina Park")
    }

    @Test func contentEndsAtTheHoldersSecondPredicate() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nNina Park, who understood that the vote would fail, told her aides to wait.", names: [("Nina Park", .person)])
        let quote = try #require(fixture.quotes.first { $0.rule.rawValue == "speaker-verb-that" })
        #expect(fixture.text(quote) == "the vote would fail")
    }

    @Test func objectEndsWhereANamedSubjectStartsTheMainClause() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nWith Nina Park worried about the budget, Tom Roe is cutting costs.",
            names: [("Nina Park", .person), ("Tom Roe", .person)])
        let quote = try #require(fixture.quote(containing: "budget"))
        #expect(fixture.text(quote) == "the budget")
    }

    @Test func relativePronounAfterACommaHoldsTheReport() throws {
        let fixture = QuoteFixture("Intro.\n\nReporters met the Wells group, which has strongly denied any role in the attack.")
        let quote = try #require(fixture.quote(containing: "attack"))
        #expect(fixture.text(quote) == "any role in the attack")
        #expect(fixture.speakerText(quote) == "which")
    }

    @Test func aLoneNameIsAStanceObject() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nThe Daily Star endorsed Clinton.", names: [("Daily Star", .organization), ("Clinton", .person)])
        let quote = try #require(fixture.quote(containing: "Clinton"))
        #expect(fixture.text(quote) == "Clinton")
        #expect(quote.rule.rawValue == "speaker-stance-object")
    }

    @Test func aLoneCommonWordIsNoStanceObject() {
        let fixture = QuoteFixture("Intro.\n\nAnn Lee called again.", names: [("Ann Lee", .person)])
        #expect(fixture.quotes.isEmpty)
    }

    /// "recalled 3,000 cars" is a product recall: "recall" reports only with a clause.
    @Test func aRecallOfGoodsIsNoQuote() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nHarlow Motors recalled 3,000 cars last week. Ann Lee recalled that the fire started at night.",
            names: [("Harlow Motors", .organization), ("Ann Lee", .person)])
        #expect(fixture.quote(containing: "cars") == nil)
        #expect(try #require(fixture.quote(containing: "fire")).kind == .indirect)
    }

    @Test func asParentheticalCreditsTheRestOfTheSentence() throws {
        let fixture = QuoteFixture("Intro.\n\nAs Nina Park put it, the budget is a mess.", names: [("Nina Park", .person)])
        let quote = try #require(fixture.quote(containing: "budget"))
        #expect(fixture.text(quote) == "the budget is a mess")
        #expect(fixture.entityName(quote) == "Nina Park")
        #expect(quote.rule.rawValue == "as-speaker-verb")
    }

    @Test func asParentheticalWithASpeechVerbIsOneQuote() {
        let fixture = QuoteFixture("Intro.\n\nAs Nina Park said, the budget is a mess.", names: [("Nina Park", .person)])
        #expect(fixture.quotes.count == 1)
    }

    @Test func trailingAsParenthetical() throws {
        let fixture = QuoteFixture("Intro.\n\nThe mill will close, as Tom Roe noted.", names: [("Tom Roe", .person)])
        let quote = try #require(fixture.quote(containing: "mill"))
        #expect(fixture.text(quote) == "The mill will close")
        #expect(fixture.entityName(quote) == "Tom Roe")
    }

    @Test func quotedAsSayingIsOneQuote() {
        let fixture = QuoteFixture("Intro.\n\nNina Park was quoted as saying the plan would fail.", names: [("Nina Park", .person)])
        #expect(fixture.quotes.count == 1)
    }

    @Test func lightVerbSubjectHoldsTheClaimNoun() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nFarmers have expressed concern that moving the market could cost trade.", names: [("Farmers", .norp)])
        let quote = try #require(fixture.quote(containing: "market"))
        #expect(fixture.text(quote) == "moving the market could cost trade")
        #expect(fixture.speakerText(quote) == "Farmers")
        #expect(quote.rule.rawValue == "holder-noun")
    }

    @Test func lightVerbClaimNounWithAboutObject() throws {
        let fixture = QuoteFixture("Intro.\n\nVoting groups voiced deep concern about the policy.")
        let quote = try #require(fixture.quote(containing: "policy"))
        #expect(fixture.text(quote) == "the policy")
        #expect(fixture.speakerText(quote) == "Voting groups")
    }
}

extension QuoteExtractorTests {
    /// "he said" after a woman's quotes is the man named since, not the speaker in focus.
    @Test func pronounSpeakerAgreesInGenderWithTheFocus() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nJane Roe spoke on Monday. “We will grow,” she said. Mr Smith disagreed. “I think she is wrong,” he said.",
            names: [("Jane Roe", .person), ("Smith", .person)])
        let first = try #require(fixture.quote(containing: "We will grow"))
        #expect(fixture.entityName(first) == "Jane Roe")
        let second = try #require(fixture.quote(containing: "she is wrong"))
        #expect(fixture.entityName(second) == "Smith")
    }
}

extension QuoteExtractorTests {
    /// "I" and "my" in a person's quotation are that person; "we" is an organisation's when it
    /// speaks, never a person's; "you" stays unresolved.
    @Test func firstPersonInsideAQuotationJoinsItsSpeaker() throws {
        let fixture = QuoteFixture(
            "Intro.\n\nJane Roe spoke on Monday. “I think my plan works, and we will see it,” Jane Roe said. "
                + "“We regret the error and you will be refunded,” Acme said.",
            names: [("Jane Roe", .person), ("Acme", .organization)])
        let linked = QuotedPronouns().link(fixture.quotes, to: fixture.clusters, in: fixture.document)
        func mentions(of name: String) -> [String] {
            linked.first { fixture.document.text($0.canonical.range) == name }?.mentions.map { fixture.document.text($0.range) } ?? []
        }
        #expect(mentions(of: "Jane Roe") == ["Jane Roe", "I", "my", "Jane Roe"])
        #expect(mentions(of: "Acme") == ["We", "Acme"])
    }

    /// A speaker says "I", so a "she" inside her own quotation that coreference gave her is let
    /// go; one in another person's quotation stays hers.
    @Test func thirdPersonInsideAQuotationIsNotItsSpeaker() throws {
        let text = "Intro.\n\nJane Roe runs the club. “She never rests,” Jane Roe said. Tom Hart agreed. “She is tireless,” Mr Hart said."
        let fixture = QuoteFixture(text, names: [("Jane Roe", .person), ("Tom Hart", .person), ("Hart", .person)])
        let linked = QuotedPronouns().link(fixture.quotes, to: fixture.clusters, in: fixture.document)
        let jane = try #require(linked.first { fixture.document.text($0.canonical.range) == "Jane Roe" })
        let pronouns = jane.mentions.filter { $0.kind == .pronoun }.map { fixture.document.text($0.range) }
        let tireless = try #require(fixture.document.tokens.firstIndex { fixture.document.text(of: $0) == "tireless" })
        #expect(pronouns == ["She"])
        #expect(jane.mentions.filter { $0.kind == .pronoun }.allSatisfy { $0.tokens.lowerBound == tireless - 2 })
    }
}
