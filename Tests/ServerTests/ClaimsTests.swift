import Core
import Foundation
import Models
import Testing

/// The claims stage with the bundled models, end to end.
struct ClaimsTests {
    static let analyzer = Result { try BundledModels.analyzer() }

    func claims(_ text: String) throws -> [Claim] {
        try Self.analyzer.get().analyze(AnalysisRequest(text: text)).claims
    }

    func best(_ text: String) throws -> Double {
        try claims(text).map(\.checkworthiness).max() ?? 0
    }

    /// A quotation is its speaker's own sentence, scored on its words: the frame around it
    /// ("X said in a statement") is no part of what was said, and made feelings look like reports.
    @Test func aQuotationIsScoredOnItsOwnWords() throws {
        let found = try claims(
            "Firm admits fraud\n\nA trader at the insurer pleaded guilty on Tuesday to a charge of fraud. "
                + "\"We are saddened by the development,\" Harlow Group said in a statement. "
                + "\"Our profits rose 5% last year to $3bn,\" the firm added.\n")
        #expect(!found.contains { $0.text.contains("saddened") && $0.checkworthiness >= 0.5 })
        #expect(found.contains { $0.text.contains("profits rose 5%") && $0.checkworthiness >= 0.5 })
    }

    /// "…, and that figure is expected to rise": in the writer's clause after "and", "that"
    /// before a noun points back and stays in the claim.
    @Test func aDemonstrativeThatAfterAndStaysInTheClaim() throws {
        let found = try claims(
            "Spending up\n\nClubs spent £2bn last year, according to Velden Partners, and that figure is expected to rise.\n")
        #expect(found.contains { $0.text == "that figure is expected to rise" })
        #expect(!found.contains { $0.text == "figure is expected to rise" })
    }

    /// Whoever a report is attributed to is its frame, however the parse hangs the phrase:
    /// "according to figures seen by the paper" asserts nothing of its own.
    @Test func theSourceOfAReportIsNoClaim() throws {
        let found = try claims(
            "Velmont budget\n\nThe council spent £4m more than planned on road repairs last year, according to figures seen by the paper.\n"
        )
        #expect(found.map(\.text) == ["The council spent £4m more than planned on road repairs last year"])
        #expect(found.first?.claimant?.name == "figures seen by the paper")
    }

    /// "…, compared with 5% a year ago" is the reported figure's own comparison, not the speaker's
    /// next act: it stays in what was said and in its claim.
    @Test func aComparisonStaysWithTheReportedFigure() throws {
        let found = try claims(
            "Velmont budget\n\nJane Roe said the Senate version holds spending growth to 2.1 percent, compared with "
                + "5.4 percent in the House plan.\n")
        #expect(found.contains { $0.text.hasSuffix("compared with 5.4 percent in the House plan") && $0.claimant?.name == "Jane Roe" })
        #expect(!found.contains { $0.text.hasPrefix("compared") })
    }

    /// What someone hopes or believes is a wish, not a checkable statement: the same words score
    /// far lower framed by "hopes" than by "said" (by more than the words alone make it).
    @Test func aReportedHopeScoresBelowAReportedStatement() throws {
        let said = try claims("Velmont plant\n\nTom Hale said the plant will hire 400 people.\n")
        let hoped = try claims("Velmont plant\n\nTom Hale hopes the plant will hire 400 people.\n")
        let saidScore = try #require(said.first { $0.text == "the plant will hire 400 people" }).checkworthiness
        let hopedScore = try #require(hoped.first { $0.text == "the plant will hire 400 people" }).checkworthiness
        #expect(hopedScore < saidScore - 0.5)
    }

    /// A feeling or a recommendation is no statement of fact, even in a sentence full of facts:
    /// "it was deeply disappointed" and "the council should first fix its roads" score below the
    /// threshold, while the facts beside them, and a state with an object ("enjoyed a lead"), stay.
    @Test func feelingsAndRecommendationsAreNotCheckWorthy() throws {
        let found = try claims(
            "Shipyard warning\n\nHarlow Marine, which employs 2,300 people in Velmont, said it was deeply disappointed by the "
                + "decision and warned it could move 300 jobs to its yard in Gdansk if financing costs did not fall. "
                + "Tom Hale, who voted against the 2019 budget, said the council should first fix its roads. "
                + "The ruling party enjoyed a 12-point lead "
                + "in the latest poll, the Velmont Herald said.\n")
        let feeling = try #require(found.first { $0.text.contains("deeply disappointed") })
        let recommendation = try #require(found.first { $0.text.contains("should first fix") })
        #expect(feeling.checkworthiness < 0.5)
        #expect(recommendation.checkworthiness < 0.5)
        #expect(found.contains { $0.text.contains("could move 300 jobs") && $0.checkworthiness >= 0.5 })
        #expect(found.contains { $0.text.contains("enjoyed a 12-point lead") && $0.checkworthiness >= 0.5 })
    }

    /// A verdict quoted in the speaker's words inside reported speech is how the speaker sees
    /// it ("the fund had “become a slush fund”", "the delay was “the right call”"); a quoted
    /// predicate that gives a number or counts ("in talks with two parties"), and an unquoted
    /// statement beside it, stay claims.
    @Test func quotedVerdictsAreNotCheckWorthy() throws {
        let found = try claims(
            "Velmont budget row\n\nThe Velmont council approved a $48 million budget on Tuesday. Jane Roe, who chairs "
                + "the finance committee, said the hospital fund had \u{201C}become a slush fund with no accountability\u{201D}. "
                + "Tom Hale said the delay was \u{201C}the right call\u{201D}. He said the council had \u{201C}lost $3 million\u{201D} "
                + "on the stadium. Ann Lee said the council had cut bus funding twice since 2020. Harlow Rovers said it was "
                + "\u{201C}in advanced talks with two parties\u{201D} about new investment.\n")
        let slush = try #require(found.first { $0.text.contains("slush fund") })
        let call = try #require(found.first { $0.text.contains("the right call") })
        #expect(slush.checkworthiness < 0.5)
        #expect(call.checkworthiness < 0.5)
        #expect(found.contains { $0.text.contains("lost $3 million") && $0.checkworthiness >= 0.5 })
        #expect(found.contains { $0.text.contains("cut bus funding twice") && $0.checkworthiness >= 0.5 })
        #expect(found.contains { $0.text.contains("advanced talks with two parties") && $0.checkworthiness >= 0.5 })
    }

    /// What is said in a clause the parse gave no subject ("said that around a third of homes had
    /// not been started", "a third" read as an oblique) is still the speaker's claim, without the
    /// frame.
    @Test func aReportedClauseWithoutAParsedSubjectIsTheSpeakersClaim() throws {
        let found = try claims(
            "Housing\n\nHarlow Homes builds houses in Velmont. Its co-founder, Jane Roe, said that around a third of "
                + "homes given permission in 2019 had still not been started.\n")
        let claim = try #require(found.first { $0.text.contains("a third of homes") })
        #expect(claim.text == "around a third of homes given permission in 2019 had still not been started")
        #expect(claim.claimant?.name == "Jane Roe")
    }

    /// "said the company made a loss", its clause misread as an object with a relative: the
    /// claim is what was said, the speaker's, without the frame.
    @Test func aClauseMisreadAsAnObjectIsStillWhatWasSaid() throws {
        let found = try claims(
            "Results\n\nHarlow Foods reported its results on Monday. Ann Lee, who has run the firm since 2019, insisted "
                + "the company made a profit of $4 million last year.\n")
        let claim = try #require(found.first { $0.text.contains("profit of $4 million") })
        #expect(claim.text == "the company made a profit of $4 million last year")
        #expect(claim.claimant?.name == "Ann Lee")
    }

    /// A question and a refusal to answer assert nothing: "Asked whether …", "declined to say
    /// whether …", "declined to comment", "did not respond to a request for comment". What a
    /// refusal goes on to say, and refusing to disclose something named, are claims still.
    @Test func questionsAndRefusalsToAnswerAreNoClaims() throws {
        let found = try claims(
            "Ferry sale\n\nAsked whether the council would sell the ferry, Jane Roe said: \"We haven't decided.\" "
                + "Her deputy declined to say whether the buyer would cut 200 jobs. Arkwise declined to comment. "
                + "Harlow Ferries did not respond to a request for comment. Tom Hale declined to comment, but said the "
                + "sale would close in May. The firm has refused to disclose its 2023 accounts.\n")
        #expect(!found.contains { $0.text.contains("whether") })
        #expect(!found.contains { $0.text.contains("for comment") || $0.text.hasSuffix("declined to comment") })
        #expect(found.contains { $0.text == "the sale would close in May" })
        #expect(found.contains { $0.text.contains("refused to disclose its 2023 accounts") })
    }

    /// A source's anonymity is neither speech nor a claim: "people familiar with the matter, who
    /// asked not to be identified", "One official, who spoke on condition of anonymity, said", and
    /// the longer forms: "who asked not to be named because she was not authorised to speak".
    @Test func aSourcesAnonymityIsNoQuoteAndNoClaim() throws {
        let text =
            "Ferry sale\n\nHarlow Ferries had approached the council twice but was rebuffed, according to people familiar "
            + "with the talks, who asked not to be identified. One official, who spoke on condition of anonymity, said "
            + "the sale had failed. One senior nurse, who asked not to be named because she was not authorised to "
            + "speak to the press, said the ward had closed. One council officer who works on transport, who spoke on "
            + "condition of anonymity to discuss internal deliberations, said the route had closed.\n"
        let response = try Self.analyzer.get().analyze(AnalysisRequest(text: text))
        #expect(!response.quotes.contains { $0.text.contains("identified") })
        #expect(!response.claims.contains { $0.text.contains("identified") || $0.text.contains("anonymity") })
        #expect(!response.claims.contains { $0.text.contains("not to be named") })
        #expect(response.claims.contains { $0.text == "the sale had failed" })
    }

    /// Clauses that an "if" or a "before" opens assert nothing; cut off before a report's frame,
    /// they are no claim of the writer's.
    @Test func unassertedClausesBeforeAFrameAreNoClaim() throws {
        let found = try claims(
            "Fire in Velmont\n\nAmid early alarms over the blaze, but before any minister had made a statement, "
                + "Jane Roe said \"a gas main\" had burst in Velmont.\n")
        #expect(!found.contains { $0.text.contains("before any minister") })
    }

    @Test func numbersAndComparisonsOutscoreCourtesy() throws {
        let factual = try best("Unemployment rose to 5.2% last year, the highest level since 2010.")
        let greeting = try best("Thank you very much.")
        #expect(factual >= 0.5)
        #expect(greeting < 0.5)
        #expect(factual > greeting)
    }

    /// A piece of a sentence with no verb (a subject cut off by a dash or a relative clause) is
    /// not returned as a claim; the clauses around it are.
    @Test func verblessPiecesOfASentenceAreNotClaims() throws {
        let found = try texts(
            "The scheme - which has been requested by more than 1,600 schools - was launched in London on Monday. "
                + "Pop singer Jane Roe, who has worked with many stars, backed the scheme in a statement.")
        #expect(!found.contains("The scheme"))
        #expect(!found.contains("Pop singer Jane Roe"))
        #expect(found.contains { $0.contains("1,600 schools") })
        // What is left of a frame once its content is a report of its own.
        let left = try texts("Her letter to the court noted published reports alleging that the mayor had lied about the contract.")
        #expect(!left.contains("published reports"))
        #expect(left.contains("the mayor had lied about the contract"))
    }

    /// "It is apparent [that X wanted …]": the writer's words whose complement is someone's
    /// report are no claim once the report is taken out; and "despite repeated warnings that …"
    /// is a noun with its modifier, no report by the noun before it, so its sentence stays whole.
    @Test func framesAndModifiersDoNotCutClaimsIntoFragments() throws {
        let found = try texts(
            "It is apparent that Ann Holt believed the farm would be sold to a developer. "
                + "The vote on the bridge went ahead despite repeated warnings from the engineer that the design was unsafe.")
        #expect(!found.contains("It is apparent"))
        #expect(found.contains { $0.hasPrefix("The vote on the bridge went ahead despite repeated warnings") })
        #expect(!found.contains { $0.hasSuffix("went ahead despite") })
    }

    /// A demonstrative "That" opening a sentence, as its subject or its subject's determiner, is
    /// the claim's first word, not a complementizer to strip ("was billed as …" is a fragment).
    @Test func aDemonstrativeThatStaysWithItsClaim() throws {
        let found = try texts(
            "Reform plan\n\nIn 1999 the council removed all but 92 of its 750 members. "
                + "That was billed as the first stage of reform. That speech went beyond the room, officials said.")
        #expect(found.contains("That was billed as the first stage of reform"))
        #expect(found.contains("That speech went beyond the room"))
        #expect(!found.contains { $0.hasPrefix("was billed") || $0.hasPrefix("speech went") })
    }

    /// "Asked by Tom Hale to name the manager, he declined.": an opening participle's phrase stays
    /// in its sentence's claim, not one of its own.
    @Test func anOpeningParticiplesPhraseIsNoClaimOfItsOwn() throws {
        let found = try claims("Lede test\n\nAsked by Tom Hale to name the manager, he declined.\n")
        #expect(!found.contains { $0.text == "Asked by Tom Hale to name the manager" })
    }

    /// "The attack comes weeks after a report found that …": the words before a span of time that
    /// measures from the report are no claim without it; "The minister resigned" after a report
    /// still is one.
    @Test func aSpanOfTimeBeforeAFrameIsNoClaimAlone() throws {
        let found = try claims(
            "Lede test\n\nThe attack comes weeks after a report found that incidents rose 38% last year. The minister "
                + "resigned after a report found that she had lied.\n")
        #expect(!found.contains { $0.text == "The attack comes weeks" })
        #expect(found.contains { $0.text == "incidents rose 38% last year" })
        #expect(found.contains { $0.text == "The minister resigned" })
    }

    /// "…90mm of rain on Monday, more than the city receives in three months": the comparison after
    /// the figure stays in its claim.
    @Test func aComparisonAfterAFigureStaysInItsClaim() throws {
        let found = try claims(
            "Lede test\n\nThe storm dropped 90 millimeters of rain on Velmont on Monday, more than the city typically "
                + "receives in three months.\n")
        #expect(!found.contains { $0.text.hasPrefix("more than") })
        #expect(found.contains { $0.text.hasPrefix("The storm dropped") && $0.text.hasSuffix("in three months") })
    }

    /// "A poll released Tuesday by Harlow College found that …": the poll's phrase is the finding's
    /// source, not a claim of its own, and it is the finding's claimant.
    @Test func aReducedRelativeSourceIsNoClaimOfItsOwn() throws {
        let found = try claims(
            "Lede test\n\nA poll released Tuesday by Harlow College found that 61 percent of voters opposed the tax. "
                + "All 22 analysts polled by Harlow News last week predicted the rate would be left unchanged.\n")
        #expect(!found.contains { $0.text.hasPrefix("A poll released") && !$0.text.contains("opposed") })
        #expect(!found.contains { $0.text == "All 22 analysts polled by Harlow News" })
        let finding = try #require(found.first { $0.text.hasPrefix("61 percent") })
        #expect(finding.claimant?.name.hasPrefix("A poll released") == true)
    }

    /// "Harwick have conceded only four goals", "The storm claimed 30 lives": a verb of saying
    /// that counts makes its subject no claimant; the sentence is the writer's claim.
    @Test func aCountIsTheWritersClaim() throws {
        let found = try claims(
            "Lede test\n\nHarwick have conceded only four goals in that run. The storm claimed 30 lives in Velmara.\n")
        #expect(found.contains { $0.text.hasPrefix("Harwick have conceded") && $0.claimant == nil })
        #expect(found.contains { $0.text.hasPrefix("The storm claimed") && $0.claimant == nil })
    }

    /// "the 29A virus writing group, recently quit …": a participle right after the noun it
    /// modifies, with an object and no clause of its own, reports no clause; the sentence is one
    /// claim of the writer's, not "group, recently quit …" said by "A virus".
    @Test func aParticipleDescribingANounReportsNoClause() throws {
        let found = try claims(
            "Lede test\n\nFormer virus writer Ann Vole, aka Benny from the 29A virus writing group, recently quit the "
                + "malware scene partly because it was being taken over by spammers.\n")
        #expect(found.contains { $0.text.hasPrefix("Former virus writer Ann Vole") && $0.claimant == nil })
        #expect(!found.contains { $0.text.hasPrefix("group") })
    }

    /// "Lady Hale, who was the first woman to be Port Chief, said …": the relative clause set off
    /// by commas in the frame is the writer's statement about the speaker, and a claim, even
    /// where the parse hangs the whole sentence from "said".
    @Test func aRelativeClauseAboutTheSpeakerIsTheWritersClaim() throws {
        let found = try claims(
            "Port plan\n\nLady Hale, who was the first woman to be Port Chief, said she believed Tom Reed started the "
                + "project without a clear plan.\n")
        let aside = try #require(found.first { $0.text == "Lady Hale, who was the first woman to be Port Chief" })
        #expect(aside.claimant == nil)
        #expect(found.contains { $0.text.contains("Tom Reed started the project") && $0.claimant?.name == "Lady Hale" })
    }

    /// A claim keeps the brackets it opens, a semicolon inside brackets lists rather than ends a
    /// clause, and "So" joined to "-called" is part of the word, not an opener to drop.
    @Test func aClaimKeepsItsBracketsAndHyphenatedWords() throws {
        let found = try claims(
            "Bond deal\n\nThe deal saw the sale of 11bn euros ($14.4bn; \u{00A3}7.6bn) of government bonds on 2 August. "
                + "So-called spyware was proving very popular with criminals in 2004. "
                + "The minister estimated the damage at 20bn baht ($510m).\n")
        let texts = found.map(\.text)
        #expect(texts.contains("The deal saw the sale of 11bn euros ($14.4bn; \u{00A3}7.6bn) of government bonds on 2 August"))
        #expect(texts.contains("So-called spyware was proving very popular with criminals in 2004"))
        #expect(texts.contains { $0.hasSuffix("at 20bn baht ($510m)") })
    }

    /// Types read the parse: "US" as a name is no first person, and a clause's tense is its own
    /// predicate's, not a relative clause's inside it.
    @Test func typesReadTheParse() throws {
        let found = try claims(
            "Bank probe\n\nThe company is still being examined by US stock market regulators. "
                + "The trader had instructed a colleague to solicit a quote that would be higher than the bid. "
                + "The firm will cut 300 jobs next year.\n")
        let examined = try #require(found.first { $0.text.hasPrefix("The company is still being examined") })
        #expect(!examined.types.contains(ClaimType.personalExperience.rawValue))
        let instructed = try #require(found.first { $0.text.hasPrefix("The trader had instructed") })
        #expect(!instructed.types.contains(ClaimType.prediction.rawValue))
        #expect(instructed.types.contains(ClaimType.event.rawValue))
        let cut = try #require(found.first { $0.text.hasPrefix("The firm will cut") })
        #expect(cut.types.contains(ClaimType.prediction.rawValue))
    }

    @Test func seedArticleClaims() throws {
        let text = try String(decoding: LedeServiceTests.seedArticle(), as: UTF8.self)
        let response = try Self.analyzer.get().analyze(AnalysisRequest(text: text))
        func named(_ claimant: Claimant?) -> Set<String> {
            guard let claimant else { return [] }
            var names: Set<String> = [claimant.name]
            if let entity = response.entities.first(where: { $0.id == claimant.entity }) { names.insert(entity.name) }
            return names
        }
        let troops = response.claims.filter { $0.text.contains("tens of thousands of troops") && $0.checkworthiness >= 0.5 }
        #expect(!troops.isEmpty)
        #expect(troops.contains { $0.claimant == nil })
        #expect(troops.contains { $0.types.contains("quantity") })
        let readiness = response.claims.filter {
            $0.text.contains("such a concentration of combat readiness in Europe since the end of the Cold War")
                && $0.checkworthiness >= 0.5
        }
        #expect(readiness.contains { named($0.claimant).contains("Jens Stoltenberg") })
        // "made security demands that …": the quote stage reads "demands" as a noun holding a
        // view, so the claim keeps it, whatever the tagger made of the word.
        let demands = response.claims.filter { $0.text.hasSuffix("had made security demands") && $0.checkworthiness >= 0.5 }
        #expect(demands.contains { named($0.claimant).contains("Jens Stoltenberg") })
        let pledge = response.claims.filter { $0.text.contains("We will differentiate clearly") && $0.checkworthiness >= 0.5 }
        #expect(pledge.isEmpty)
        // Offsets slice the input to the claim's text.
        let scalars = Array(text.unicodeScalars)
        for claim in response.claims {
            #expect(String(String.UnicodeScalarView(scalars[claim.start..<claim.end])) == claim.text)
        }
    }
}

/// Claims are whole clauses read from the parse, and belong to whoever the quote stage says speaks them.
extension ClaimsTests {
    func texts(_ text: String) throws -> [String] {
        try claims("Lede test\n\n" + text + "\n").map(\.text)
    }

    /// Appositions and relative clauses stay inside their clause: no "Tom Lake, fund
    /// manager with a bank" or "which makes up half of the economy" on their own.
    @Test func appositionsAndRelativeClausesStayInside() throws {
        let found = try texts(
            "Retail spending, which makes up half of the city's economy, fell by 2% in March. "
                + "Tom Lake, a fund manager with a bank in Leeds, lost his job in 2004.")
        #expect(found.contains { $0.hasPrefix("Retail spending, which makes up half of the city's economy, fell by 2%") })
        #expect(!found.contains { $0.hasPrefix("which drives") })
        #expect(found.contains { $0.hasPrefix("Tom Lake, a fund manager with a bank in Leeds, lost his job") })
    }

    /// Low-scored clauses come back with their scores, as a ranking needs them (a pledge, well
    /// under 0.1); greetings and thanks do not.
    @Test func lowScoredClausesAreReturnedButGreetingsAreNot() throws {
        let found = try claims(
            "Lede test\n\nGood evening and welcome, everyone. Thank you very much. We will fight for every family in this "
                + "country. He has a plan.\n")
        let pledge = try #require(found.first { $0.text == "We will fight for every family in this country" })
        #expect(pledge.checkworthiness < 0.1)
        #expect(!found.contains { $0.text.contains("welcome") || $0.text.contains("Thank you") })
    }

    /// A predicate in a regular past form is an event, as an irregular one is; not with a future
    /// or modal auxiliary.
    @Test func aRegularPastFormIsAnEvent() throws {
        let found = try claims(
            "Lede test\n\nA manager at the shipping firm has returned the stolen funds to a Velmont court. "
                + "The shipping firm will be fined by the regulator next year.\n")
        let returned = try #require(found.first { $0.text.hasPrefix("A manager") })
        #expect(returned.types.contains("event"))
        let fined = try #require(found.first { $0.text.hasPrefix("The shipping firm will be fined") })
        #expect(!fined.types.contains("event"))
        #expect(fined.types.contains("prediction"))
    }

    /// A piece led by a participle with no other verb, auxiliary or subject asserts nothing (a
    /// headline's "Reviewing …"); one with a verb of its own does ("Slashing fees has not worked").
    @Test func aParticipleWithNoVerbOfItsOwnIsNoClaim() throws {
        let found = try claims(
            "Reviewing the Port's Safety Record\n\nThe port built 300 berths last year, reducing the waiting time by a "
                + "third. Slashing fees has not worked.\n")
        #expect(!found.contains { $0.text.hasPrefix("Reviewing") })
        #expect(found.contains { $0.text == "Slashing fees has not worked" })
    }

    /// Two main clauses, each with its own subject, are two claims.
    @Test func coordinatedMainClausesAreCutApart() throws {
        let found = try texts("Sales at the firm rose by 12% in 2004, but profits fell by a third to $40m.")
        #expect(found.contains { $0.hasPrefix("Sales at the firm rose by 12% in 2004") && !$0.contains("profits") })
        #expect(found.contains { $0.hasPrefix("profits fell by a third") })
    }

    /// The frame of reported speech is no claim, and its tail ("in an email to the Associated
    /// Press on Wednesday") is not one either; the content carries the speaker.
    @Test func attributionFramesAndTailsAreNotClaims() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text:
                    "Lede test\n\nThe ministry said in an email to the Associated Press on Wednesday that 3,000 troops had left the region.\n"
            ))
        let content = response.claims.first { $0.text.contains("3,000 troops had left the region") }
        #expect(content != nil)
        #expect(content?.quote != nil)
        #expect(content?.claimant?.name == "The ministry")
        #expect(!response.claims.contains { $0.text.contains("Associated Press") })
    }

    /// A report named by a noun ("a newspaper report that …") is part of the writer's clause: the
    /// clause keeps it whole, and the report's content is its own claim; no function word the
    /// content hangs on ("that", "about") is left at a piece's end.
    @Test func aNounsReportStaysInTheWritersClause() throws {
        let found = try texts(
            "The senator is seizing upon a newspaper report that the governor had lost $5 million in 2001. "
                + "Aides privately voiced doubts about whether the deal would survive.")
        #expect(found.contains("The senator is seizing upon a newspaper report"))
        #expect(!found.contains("The senator is seizing"))
        #expect(found.contains("the governor had lost $5 million in 2001"))
        #expect(found.contains("Aides privately voiced doubts"))
        #expect(!found.contains { $0.hasSuffix(" that") || $0.hasSuffix(" about") })
    }

    /// What a stance takes as its object is a noun phrase, whatever relative clauses it has ("tax
    /// fairness, the closure of loopholes that benefit …"): it does not change the voice, so the
    /// writer's sentence is claimed whole rather than the phrase alone.
    @Test func anObjectWithARelativeClauseIsNoReportedClause() throws {
        let found = try texts(
            "The senator has long called for tax fairness, the closure of loopholes that benefit only the rich and relief for working families."
        )
        #expect(found.contains { $0.hasPrefix("The senator has long called for tax fairness") })
        #expect(!found.contains { $0.hasPrefix("tax fairness") })
    }

    /// A clause beside a cue stays a claim: "Acme has bought ..." is the writer's, what follows
    /// "but plans" is reported.
    @Test func aClauseBesideTheFrameStays() throws {
        let found = try texts("Jane Roe said the plan would cost £5bn, and the treasury increased its budget by 5% in 2005.")
        #expect(found.contains { $0.hasPrefix("the plan would cost £5bn") })
        #expect(found.contains { $0.hasPrefix("the treasury increased its budget by 5%") })
    }

    /// "X denied that Y": Y is a claim with claimant X and stance "denies", in the JSON too.
    @Test func deniedClaimsSaySo() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Lede test\n\nThe party leader Jane Roe denied that his shadow cabinet was split over tax cuts of £4bn.\n"))
        let denied = response.claims.first { $0.text.contains("shadow cabinet was split") }
        #expect(denied?.stance == "denies")
        #expect(denied?.claimant?.name == "Jane Roe")
        let json = String(decoding: response.jsonBytes(), as: UTF8.self)
        #expect(json.contains("\"stance\":\"denies\""))
    }

    /// "The minister resigned after a report found that the funds were missing": the writer's
    /// claim is that the minister resigned, not "… resigned after a report".
    @Test func aFramesClauseAfterAPrepositionLeavesTheWritersClaimWhole() throws {
        let found = try claims("Lede test\n\nThe minister resigned after a report found that the funds were missing.\n")
        #expect(found.contains { $0.text == "The minister resigned" })
        #expect(found.contains { $0.text == "the funds were missing" && $0.claimant?.name == "a report" })
        #expect(!found.contains { $0.text.hasSuffix("after a report") })
    }

    /// A quotation the claim opens, it closes: "… a new plan “within weeks”", "“a waste of $3
    /// million.”" (the claim stopped before the closing mark).
    @Test func aClaimClosesTheQuotationItOpens() throws {
        let found = try claims(
            "Lede test\n\nThe mayor said the company would publish a new plan \"within weeks\". "
                + "Ann Lee called the plan \"a waste of $3 million.\" Tom Hale told the paper the risk was \"real but "
                + "manageable,\" noting that costs had risen.\n")
        #expect(found.contains { $0.text == "the company would publish a new plan \"within weeks\"" })
        #expect(found.contains { $0.text.hasSuffix("\"a waste of $3 million.\"") })
        #expect(found.contains { $0.text == "the risk was \"real but manageable,\"" })
    }

    /// "The mayor, Tom Reed, denied a request to release the files": the writer reports the
    /// denial, whole; Tom Reed asserts none of it, so he is no claimant and it is no denial of his.
    @Test func aReportedDenialIsTheWritersClaim() throws {
        let found = try claims(
            "Lede test\n\nThe mayor, Tom Reed, denied a request to release the 2019 budget files. "
                + "Ann Lee denied the allegations of fraud at the council.\n")
        let request = try #require(found.first { $0.text.contains("denied a request") })
        #expect(request.claimant == nil)
        #expect(request.stance == "asserts")
        let allegations = try #require(found.first { $0.text.contains("denied the allegations") })
        #expect(allegations.claimant == nil)
    }

    /// "…, a claim disputed by the mayor": the passive cue's agent disputes it; "rejected
    /// previous proposals" rejects a plan, which is no statement denied.
    @Test func passiveDenialsAndRejectedObjects() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Lede test\n\nAuditors say there is a £40m gap in the council budget, a claim disputed by the mayor. "
                    + "He had rejected previous proposals such as scrapping the New Deal to cut the deficit by 2%.\n"))
        let denied = response.claims.first { $0.text.contains("£40m gap") }
        #expect(denied?.stance == "denies")
        #expect(denied?.claimant?.name == "the mayor")
        #expect(!response.claims.contains { $0.text.contains("previous proposals") && $0.stance == "denies" })
    }

    /// "rejected the claim that Y", "dismissed claims Y": Y is the claim, denied by whoever
    /// rejects it, and "claims" after a verb is a noun, not a speaker's verb ("The minister
    /// rejected" speaks nothing). A relative clause after the noun is no statement.
    @Test func aRejectedClaimIsTheStatementDenied() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Lede test\n\nDalia Rahmani rejected the claim that aid was being blocked at the border. "
                    + "The minister dismissed claims the budget was cut by 4%. Ann Lee rejected the claims he made.\n"))
        let aid = try #require(response.claims.first { $0.text.contains("aid was being blocked") })
        #expect(aid.text.hasPrefix("aid was being blocked"))
        #expect(aid.stance == "denies")
        #expect(aid.claimant?.name == "Dalia Rahmani")
        let budget = try #require(response.claims.first { $0.text.contains("the budget was cut") })
        #expect(budget.text.hasPrefix("the budget was cut"))
        #expect(budget.stance == "denies")
        #expect(!response.quotes.contains { $0.speaker?.mention.text.contains("dismissed") == true })
        #expect(!response.claims.contains { $0.text == "he made" })
    }

    /// "X accused Y of …", "X calls Y “…”": the charge or verdict is X's, not the writer's; a
    /// passive ("Y was accused") or a call for something names no one who charges.
    @Test func anAccusationIsTheAccusersClaim() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Lede test\n\nSenator Ruth Abernathy accused Tom Hale of \"running the agency like a trade association\". "
                    + "The critic Benedikt Osei calls the film \"the most honest film about a band I've seen in a decade\". "
                    + "Tom Hale was accused of hiding $2m in losses.\n"))
        let accusation = try #require(response.claims.first { $0.text.contains("running the agency") })
        #expect(accusation.claimant?.name == "Ruth Abernathy")
        let verdict = try #require(response.claims.first { $0.text.contains("most honest film") })
        #expect(verdict.claimant?.name == "Benedikt Osei")
        #expect(response.claims.first { $0.text.contains("hiding $2m") }?.claimant == nil)
    }

    /// Who asserts a writer's clause of report is the subject, not its possessor ("Tom Hale's
    /// lawyer described …" is the lawyer's), and a name after a title is the one ("Norway's
    /// finance minister Jane Roe estimated …" had the claimant "'s finance minister").
    @Test func theClaimantIsTheSubjectNotItsPossessor() throws {
        let found = try claims(
            "Deal row\n\nTom Hale's lawyer described the deal as legal under the 2019 rules. Norway's finance minister "
                + "Jane Roe estimated the damage at 20bn kroner.\n")
        #expect(found.first { $0.text.contains("described the deal") }?.claimant?.name == "Tom Hale's lawyer")
        #expect(found.first { $0.text.contains("estimated the damage") }?.claimant?.name == "Jane Roe")
    }

    /// Inside reported speech, a nested report's frame is no claim ("the executive admitted"),
    /// nor is a verb of saying with nothing said.
    @Test func nestedFramesAreNotClaims() throws {
        let found = try texts(
            "The attorney general said the Acme executive admitted he had instructed insurers to submit bids worth $5m.")
        #expect(found.contains { $0.hasPrefix("he had instructed insurers") })
        #expect(!found.contains { $0.hasSuffix("admitted") })
    }

    /// "Among those who walked the most, the risk … was 22% lower": a clause the parse joins to a
    /// relative clause opens no claim of its own, so the opening phrase is no fragment.
    @Test func aClauseJoinedToARelativeClauseStaysInItsSentence() throws {
        let found = try texts(
            "Among those who walked the most, the risk of developing memory problems during the study was 22% lower than "
                + "among the least active group.")
        #expect(!found.contains { $0 == "Among those who walked the most" })
        #expect(found.contains { $0.hasPrefix("Among those who walked the most, the risk") })
    }

    /// "claimed the project was “ahead of schedule”": reported speech that quotes words is its
    /// speaker's claim, though the parse read its subject as the cue's object.
    @Test func reportedSpeechQuotingWordsIsItsSpeakersClaim() throws {
        let found = try claims(
            "Lede test\n\nWesley Vale spoke at a fundraiser. He said he remained committed to the reservoir and claimed the "
                + "project was \"ahead of schedule, not behind it.\"\n")
        let schedule = try #require(found.first { $0.text.contains("ahead of schedule") })
        #expect(schedule.text.hasPrefix("the project was"))
        #expect(schedule.claimant?.name == "Wesley Vale")
    }

    /// "…went to Harlow Environmental, a firm based in Newark, whose vice president was married to
    /// …": an indefinite noun phrase after a name's comma is its apposition, one claim with the
    /// sentence, though the parse hung the relative clause's verb on the main one.
    @Test func anIndefiniteAppositionAfterANameStaysInItsClaim() throws {
        let found = try claims(
            "Contract row\n\nThe contract went to Harlow Environmental, a firm based in Newark, Ohio, whose vice president for "
                + "operations was then married to Mr. Vale's sister.\n")
        #expect(found.contains { $0.text.hasPrefix("The contract went to Harlow Environmental, a firm") && $0.text.hasSuffix("sister") })
        #expect(!found.contains { $0.text.hasPrefix("a firm") })
    }

    /// "Anyone with information is asked to call police on …": an appeal to readers asserts
    /// nothing to check; what residents were asked to do is still news.
    @Test func anAppealToReadersIsNoClaim() throws {
        let found = try claims(
            "Shooting\n\nA man was shot in Velmont on Monday. Anyone with information is asked to call the Velmont Police "
                + "Department at 937-333-2677. Witnesses are urged to contact detectives. Residents were asked to leave their homes.\n")
        #expect(!found.contains { $0.text.hasPrefix("Anyone with information") || $0.text.hasPrefix("Witnesses") })
        #expect(found.contains { $0.text.hasPrefix("Residents were asked to leave") })
    }
}
