import Core
import Models
import Testing

/// What the parse changes in the quote stage, with the bundled models.
struct QuoteParseTests {
    static let analyzer = Result { try BundledModels.analyzer() }

    func quotes(_ text: String) throws -> [Quote] {
        try Self.analyzer.get().analyze(AnalysisRequest(text: "Lede test\n\n" + text + "\n")).quotes
    }

    /// "The judge said the defendant had shown “no remorse”": a quotation cued by a verb of
    /// finding inside what someone reports is that report's fragment, not the defendant's speech.
    @Test func aQuotationFoundInsideAReportIsItsFragment() throws {
        let found = try quotes(
            "Sentencing him on Friday, Judge Jane Roe said the defendant had shown \"not one shred of remorse\" for what "
                + "he had done.")
        #expect(found.count == 1)
        #expect(found.first?.kind == .mixed)
        #expect(found.first?.speaker?.name == "Jane Roe")
    }

    /// "Asked whether the council had considered raising fares, she said …": the question is the
    /// interviewer's words, and the verbs inside it report nothing the council said.
    @Test func verbsInsideAQuestionPutToTheSpeakerReportNothing() throws {
        let found = try quotes(
            "\"Nobody wanted this,\" Councillor Jane Roe said.\n\nAsked whether the council had considered raising parking "
                + "charges in the town centre instead, she said the option had been \"looked at carefully\" but would raise less.")
        #expect(found.map(\.cue?.text) == ["said", "Asked", "said"])
        #expect(found.last?.speaker?.name == "Jane Roe")
    }

    /// "According to the Velmont Transport Trust, a national charity, more than 1,000 routes …":
    /// the source's apposition is no part of what it says.
    @Test func anAccordingToSourcesAppositionIsNotWhatItSays() throws {
        let found = try quotes(
            "According to the Velmont Transport Trust, a national charity, more than 1,000 council-supported bus routes "
                + "have been lost across England since 2010.")
        #expect(found.map(\.text) == ["more than 1,000 council-supported bus routes have been lost across England since 2010"])
        #expect(found.first?.speaker?.name == "Velmont Transport Trust")
    }

    /// "Her office received 300 emails, she said, most of them supporting the cut": a cue set off
    /// by commas interrupts the clause it reports, which is read whole; "…, she said, adding that
    /// …" still opens a report of its own after the cue.
    @Test func aCueBetweenCommasReportsTheWholeClauseItInterrupts() throws {
        let found = try quotes(
            "Jane Roe chairs the board. Her office received more than 300 emails about the budget this spring, she said, "
                + "most of them supporting the cut. Most of the rise was tied to offices, she said, adding that the bank had "
                + "written down a fifth of its loans.")
        let whole = try #require(found.first { $0.text.hasPrefix("Her office received") })
        #expect(whole.text.hasSuffix("most of them supporting the cut"))
        #expect(whole.speaker?.name == "Jane Roe")
        #expect(found.contains { $0.text == "the bank had written down a fifth of its loans" })
    }

    /// "Impairment charges, which reflect loans the bank expects will not be repaid, …": what
    /// figures reflect is no one's stance.
    @Test func whatFiguresReflectIsNoOnesStance() throws {
        let found = try quotes(
            "Impairment charges, which reflect loans the bank expects will not be repaid, more than doubled to 71 million "
                + "pounds.")
        #expect(found.isEmpty)
    }

    /// "the Deputy Sheriffs’ Association of Harlow County", "Harlow Patients’ Voice": a plural
    /// possessive inside a body's name is part of it, and the whole name speaks; a business's own
    /// asset ("Brackwell Minerals’ Tarn mine") is no such name.
    @Test func aPluralPossessiveInsideANameKeepsTheNameWhole() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Lede test\n\nThe Deputy Sheriffs’ Association of Harlow County said morale was low. The patients’ "
                    + "charity Harlow Patients’ Voice said it had received 312 complaints. The Transport and General "
                    + "Drivers’ Federation said it had not been consulted. Four men died at Brackwell Minerals’ Tarn mine.\n"))
        #expect(
            response.quotes.map { $0.speaker?.name } == [
                "Deputy Sheriffs’ Association of Harlow County", "Harlow Patients’ Voice",
                "Transport and General Drivers’ Federation",
            ])
        #expect(response.entities.contains { $0.name == "Brackwell Minerals" })
    }

    /// "Kelly testified that … after a reporter filed a request. She said …": someone brought in
    /// inside what another reports is not whom the next "she" continues.
    @Test func aNewcomerInsideAReportIsNotTheNextPronoun() throws {
        let found = try quotes(
            "The mayor's former aide, Ann Kelly, took the stand on Tuesday. Kelly testified that in 2020 the mayor told her to "
                + "delete emails after a reporter from the Harlow Courier filed a public records request. She said she "
                + "refused and copied the emails onto a flash drive.")
        let quote = try #require(found.first { $0.text.hasPrefix("she refused") })
        #expect(quote.speaker?.name == "Ann Kelly")
    }

    /// "… the Velmont Data Authority (VDA), which had found that …": a relative pronoun after a
    /// bracketed acronym speaks as the noun before the brackets, not as "which".
    @Test func aRelativeAfterABracketedAcronymSpeaksAsItsNoun() throws {
        let found = try quotes(
            "The ruling upheld a 2023 decision by the Velmont Data Authority (VDA), which had found that Harlow broke the law.")
        let quote = try #require(found.first { $0.text == "Harlow broke the law" })
        #expect(quote.speaker?.name == "Velmont Data Authority")
    }

    /// "said the company had completed an inspection and found no defects": a verb of finding
    /// with a plain object, joined to the content's verb, goes on with the content.
    @Test func aFindingJoinedToTheContentsVerbGoesOnWithIt() throws {
        let found = try quotes(
            "Ann Lee, who took over as chief executive in 2021, said the company had completed a full inspection of "
                + "the shaft in January and found no structural defects.")
        #expect(
            found.map(\.text) == ["the company had completed a full inspection of the shaft in January and found no structural defects"])
    }

    /// "… larger than the market had expected and that the outlook was …": the second "that"
    /// clause is joined to the first, not what the market expected.
    @Test func aThatClauseJoinedRightAfterAVerbIsNotItsComplement() throws {
        let found = try quotes(
            "Ann Lee, an analyst at Harlow Securities, said the dividend cut was larger than the market had expected and "
                + "that the outlook was more cautious than before.")
        #expect(found.count == 1)
        #expect(found.first?.speaker?.name == "Ann Lee")
    }

    /// "One man, wading back to his car, paused only briefly. “…,” he said": someone brought in
    /// unnamed since the last speaker speaks, not the man named before.
    @Test func aPronounAfterAnUnnamedNewcomerIsTheNewcomer() throws {
        let found = try quotes(
            "Tom Hale said the water rose fast.\n\nAnn Lee said she would raise the delays.\n\nOne man, wading back to his "
                + "car with a bag of clothes held above his head, paused only briefly. \"It is what it is,\" he said.")
        let quote = try #require(found.first { $0.text == "It is what it is" })
        #expect(quote.speaker?.entity == nil)
        #expect(quote.speaker?.name == "One man")
    }

    /// A negated cue reports nothing said, and a stance word the parse reads as a noun is no cue.
    @Test func negatedCuesAndNounsMakeNoQuote() throws {
        let found = try quotes(
            "Jane Roe did not say that the plant would be sold to a rival on Monday. "
                + "Gun control advocates rallied outside the state house on Monday.")
        #expect(!found.contains { $0.text.contains("sold to a rival") })
        #expect(!found.contains { $0.cue?.text == "advocates" })
        let said = try quotes("Jane Roe said the plant would close in May.")
        #expect(said.contains { $0.text == "the plant would close in May" })
    }

    /// "…, Dana Cho said on the call": after a plain verb of saying, a preposition opens where or
    /// to whom it was said; what was said is the clause before. (When it was said is no venue:
    /// "announced on Friday the sale of …".)
    @Test func aVenueAfterAVerbOfSayingIsNotWhatWasSaid() throws {
        let found = try quotes(
            "Revenue rose 4% in the quarter, Dana Cho said on the call. "
                + "Sales fell by 3% last year, Tom Hale said to reporters. Ann Lee announced on Friday the sale of the mill.")
        #expect(!found.contains { $0.text.contains("call") || $0.text.contains("reporters") })
        #expect(found.contains { $0.text == "Revenue rose 4% in the quarter" && $0.speaker?.name == "Dana Cho" })
        #expect(found.contains { $0.text == "Sales fell by 3% last year" && $0.speaker?.name == "Tom Hale" })
        #expect(found.contains { $0.text.hasSuffix("the sale of the mill") })
    }

    /// "testified for two hours": how long someone spoke is not what they said; "called for a
    /// day of action" is.
    @Test func aDurationIsNotWhatWasSaid() throws {
        let found = try quotes("Ann Patel testified for two hours in federal court. The union called for a day of action.")
        #expect(!found.contains { $0.text.contains("hours") })
        #expect(found.contains { $0.text.contains("a day of action") })
    }

    /// "Volunteers from the Harlan Relief Society were searching the rubble, it said": the "it"
    /// that speaks is no organisation named inside a noun's phrase of what it says.
    @Test func anItThatSpeaksIsNoNameInsideItsReport() throws {
        let found = try quotes(
            "The ministry said 12 people died. Volunteers from the Harlan Relief Society were still searching the rubble, it said.")
        let quote = try #require(found.first { $0.text.hasPrefix("Volunteers") })
        #expect(quote.speaker?.name != "Harlan Relief Society")
    }

    /// "Jana Oster, an economist at … who advises …, said": the name before the description's
    /// comma speaks; "after official figures showed" is spoken by the figures, not "after" them.
    @Test func theSpeakersPhraseIsTheNameAndNoPreposition() throws {
        let found = try quotes(
            "Jana Oster, an economist at the Pell Institute who advises the treasury, said inflation fell to 3 per cent. "
                + "The minister is under pressure after official figures showed that exports fell by 4%.")
        #expect(found.first { $0.text.hasPrefix("inflation") }?.speaker?.name == "Jana Oster")
        #expect(found.first { $0.text.hasPrefix("exports") }?.speaker?.name == "official figures")
    }

    /// "“… Peter Vale had money,” he said": whoever speaks of a person by name in a quotation is
    /// someone else.
    @Test func aPronounSpeakerIsNoPersonTheQuotationNames() throws {
        let found = try quotes(
            "Peter Vale opened the shelter in 2010. Tom Lake, its manager, has worked there since May.\n\n"
                + "\"Nobody helps us any more. Peter Vale had money and friends,\" he said.")
        #expect(found.first?.speaker?.name == "Tom Lake")
    }

    /// A scare quote in an aside about the speaker is no quotation to stop at: "Ann Holt, who has
    /// a “buy” rating on the stock, said …" reports what Ann Holt said, by the plain rule.
    @Test func aScareQuoteBeforeTheVerbKeepsItsSpeaker() throws {
        let found = try quotes(
            "Priya Raghunathan at Castellan Partners, who has a \"buy\" rating on the stock, said the market was "
                + "\"throwing the baby out with the bathwater\".")
        let quote = try #require(found.first { $0.text.hasPrefix("the market was") })
        #expect(quote.speaker?.name == "Priya Raghunathan")
        #expect(quote.confidence >= 0.7)
    }

    /// After a quoted phrase and its comma, "and" continues the writer's sentence: the clause
    /// after it is no speaker; the documents that "show" it are.
    @Test func aClauseAfterAQuotedPhraseIsNoSpeaker() throws {
        let found = try quotes(
            "Instead, senior officials ordered the findings \"reviewed for methodology,\" and the report was not "
                + "released until January of this year, the documents show.")
        #expect(!found.contains { $0.speaker?.name.contains("report was not released") == true })
        #expect(found.contains { $0.speaker?.name == "the documents" })
    }

    /// "told Radio Velmont's breakfast show on Thursday that …": a possessive after a name is no
    /// verb; what was said starts after the "that", not at "'s breakfast show".
    @Test func aPossessiveInTheAddresseeIsNoVerb() throws {
        let found = try quotes(
            "Karen Achterberg told ABC Radio Perth's Breakfast program on Thursday that she had raised the matter in May.")
        #expect(found.first?.text == "she had raised the matter in May")
    }

    /// "People familiar with the matter said", "A person close to the company said": the whole
    /// phrase speaks, not the object of its preposition ("the matter") nor the words before it.
    @Test func anAnonymousSourceIsTheWholePhrase() throws {
        let familiar = try quotes("People familiar with the matter said the talks had stalled.")
        #expect(familiar.first?.speaker?.name == "People familiar with the matter")
        let close = try quotes("A person close to the company said the talks had stalled.")
        #expect(close.first?.speaker?.name == "A person close to the company")
    }

    /// Two cues over the same words report them once, by the first cue: a reader sees no quote
    /// twice with two speakers.
    @Test func twoCuesOverTheSameWordsMakeOneQuote() throws {
        let found = try quotes("The advert also mentions policies she supported that Tom Hale argues allowed the deficit to grow.")
        let spans = found.map { [$0.start, $0.end] }
        #expect(Set(spans).count == spans.count)
        #expect(found.contains { $0.text == "Tom Hale argues allowed the deficit to grow" })
    }

    /// "state" before a noun is the state's ("state police", "state parks"), no verb of saying;
    /// "the rules state that …" and "they state …" are.
    @Test func stateBeforeANounIsNoCue() throws {
        let found = try quotes(
            "A standoff closed state parks in May. Prisons, state police and hospitals would stay open. "
                + "The rules state that no vote may be held in May.")
        #expect(found.map(\.text) == ["no vote may be held in May"])
    }

    /// A yes-no question asks whether anyone said it: "Q: Do you think 18 years is enough?" and
    /// "Did the mayor say the bridge would close?" report nobody's words. A question mark alone,
    /// as the last token of a sentence, is read safely.
    @Test func aQuestionReportsNoSpeech() throws {
        let found = try quotes(
            "Q: Do you think 18 years is enough?\n\nDid the mayor say the bridge would close? The mayor said the "
                + "ferry would run. Is it?\n\n?")
        #expect(found.map(\.text) == ["the ferry would run"])
    }

    /// What a promise or an agreement holds is its infinitive: a time phrase before it says when
    /// ("agreed on Thursday to buy"), and a finite verb after "and" is the holder's next act
    /// ("pledged to build 500 homes and has bought the land").
    @Test func anInfinitiveObjectEndsAtTheHoldersNextAct() throws {
        let found = try quotes(
            "Arkwise Freight agreed on Thursday to buy Velmont Logistics for about $4.2 billion. "
                + "The council has pledged to build 500 homes and has already bought the land.")
        #expect(found.contains { $0.text == "to buy Velmont Logistics for about $4.2 billion" })
        #expect(found.contains { $0.text == "to build 500 homes" })
    }

    /// "Jane Roe, head of the union, which represents 9,000 nurses, said": the verb after the
    /// comma that closes a relative clause is the sentence's, however the parse joined it, so the
    /// sentence's subject speaks, not the relative pronoun (or the union it stands for).
    @Test func theSubjectBeforeARelativeClauseSpeaks() throws {
        let found = try quotes(
            "Jane Roe, head of the Velmont Nurses Union, which represents about 9,000 nurses, said wards were already closing. "
                + "Tom Hale, chief of the Arkwise Porters Guild, which has 400 members, said the strike would go ahead.")
        #expect(found.first { $0.text.hasPrefix("wards") }?.speaker?.name == "Jane Roe")
        #expect(found.first { $0.text.hasPrefix("the strike") }?.speaker?.name == "Tom Hale")
    }

    /// "Harlow Motors announced a buyback, its largest ever, and said it would hire …": an aside
    /// with a possessive the parse takes for the subject is none; the first verb's subject speaks.
    @Test func aPossessiveAsideIsNoSubject() throws {
        let found = try quotes(
            "Harlow Motors also announced a $2 billion share buyback, its largest ever, and said it would hire about "
                + "1,200 engineers.")
        #expect(found.first { $0.text.hasPrefix("it would hire") }?.speaker?.name == "Harlow Motors")
    }

    /// "an independent health think tank, said …", "the talk show host said": a noun compound
    /// that opens with a verb of saying is no cue; "I think the plan will fail" still reports.
    @Test func aThinkTankIsNoCue() throws {
        let found = try quotes(
            "The Velmont Institute, an independent health think tank, said waiting lists would grow. "
                + "The talk show host said the vote was rigged.")
        #expect(found.map(\.text) == ["waiting lists would grow", "the vote was rigged"])
    }

    /// "Shares in Harlow Capital added 2 per cent", "have conceded only four goals": a verb of
    /// saying that also counts reports nothing with a number for object; "added that 40 people
    /// had died" still reports.
    @Test func aCountIsNoStatement() throws {
        let found = try quotes(
            "Shares in Harlow Capital added 2 per cent. Harwick have conceded only four goals in that run. "
                + "Jane Roe added that 40 people had died.")
        #expect(found.map(\.text) == ["40 people had died"])
    }

    /// "said the state had asked for more aircraft and that a request was being considered": a
    /// "that" clause joined after the inner verb's own phrase is the outer report's, not the
    /// inner verb's.
    @Test func aSecondThatClauseIsTheOuterReports() throws {
        let found = try quotes("Jane Roe said the state had asked for more aircraft and that a request was being considered.")
        #expect(found.count == 1)
        #expect(found.first?.speaker?.name == "Jane Roe")
    }

    /// "Police said … “…,” they said": "they" after a plural description that spoke is that
    /// description, named as it was; after an organisation, coreference decides as before.
    @Test func theyContinuesAPluralDescription() throws {
        let found = try quotes(
            "Analysts at Harlow Capital said the rate cut was overdue. \"Fiscal policy must do more,\" they wrote. "
                + "Police said the driver had been drinking. \"He was three times over the limit,\" they said.")
        #expect(found.first { $0.text == "Fiscal policy must do more" }?.speaker?.name == "Analysts at Harlow Capital")
        #expect(found.first { $0.text.hasPrefix("He was three") }?.speaker?.name == "Police")
    }

    /// `“…,” Tom Hale shot back`, "hit back", "chimed in": after a quotation's comma, a verb with
    /// the particle of answering or speaking up is how it was said, and its subject the speaker.
    @Test func aPhrasalVerbAfterAQuotationIsItsCue() throws {
        let found = try quotes(
            "Jane Roe said the system was safe. \"That is not what I asked,\" Tom Hale shot back. \"It is,\" Jane Roe "
                + "hit back. \"The referee missed it,\" Ann Lee chimed in.")
        #expect(found.first { $0.text == "That is not what I asked" }?.speaker?.name == "Tom Hale")
        #expect(found.first { $0.text == "It is" }?.speaker?.name == "Jane Roe")
        #expect(found.first { $0.text == "The referee missed it" }?.speaker?.name == "Ann Lee")
    }

    /// "The council's finance chief, Jane Roe, said": a description that names nobody is spoken
    /// by the name in apposition to it, before the cue or after it, and its entity is that name's.
    @Test func aDescriptionSpeaksAsTheNameInApposition() throws {
        for text in [
            "The council's finance chief, Jane Roe, said the books were balanced for the first time.",
            "\"We will rebuild the bridge,\" said the council's finance chief, Jane Roe.",
            "Arkwise's chief executive, Jane Roe, told reporters that profits rose by 20% last year.",
            // A spokeswoman named with whom she speaks for is still the person named beside her.
            "A Harlow Bank spokeswoman, Jane Roe, said the branch would reopen on Monday.",
            "A spokeswoman for Harlow Bank, Jane Roe, said the branch would reopen on Monday.",
            // An honorific may stand before the name in apposition.
            "Its chief economist, Dr Jane Roe, told reporters that the plan was too small.",
        ] {
            let found = try quotes(text)
            #expect(found.count == 1, "\(text)")
            #expect(found.first?.speaker?.name == "Jane Roe", "\(text)")
            #expect(found.first?.speaker?.entity != nil, "\(text)")
        }
        let organisation = try quotes("The city regulator, the Velmont Conduct Authority, said the bank had broken the rules.")
        #expect(organisation.first?.speaker?.name == "Velmont Conduct Authority")
        // "said Velmont Council President Jane Roe": the person after her body and title.
        let titled = try quotes("\"We will fight this decision,\" said Arkwise Union President Jane Roe.")
        #expect(titled.first?.speaker?.name == "Jane Roe")
    }

    /// "…, and she called for an audit": a pronoun and a verb of saying or stance after the
    /// content's conjunction are the speaker's next act, not more of what was said.
    @Test func aSecondReportByAPronounEndsTheFirst() throws {
        let found = try quotes(
            "Jane Roe said the council had wasted money on projects that were never finished, and she called for an audit.")
        #expect(found.first?.text == "the council had wasted money on projects that were never finished")
    }

    /// A verb of saying in the passive has no speaker in its subject, whatever stands between
    /// the auxiliary and the verb: "A second body was later found …" is found, not finding.
    @Test func aPassiveWithAnAdverbIsNoReport() throws {
        let found = try quotes("A second body was later found in the river and the bridge was closed, police said.")
        #expect(!found.contains { $0.speaker?.mention.text == "A second body" })
        #expect(found.first?.speaker?.mention.text == "police")
    }

    /// The colon of a time ("8:30") introduces nothing: what comes before "according to" is
    /// the whole clause.
    @Test func aTimesColonDoesNotCutAReport() throws {
        let found = try quotes("The fire started at about 8:30 p.m. in a shop on Velmont Street, according to the fire service.")
        #expect(found.first?.text == "The fire started at about 8:30 p.m. in a shop on Velmont Street")
    }

    /// "the union and state pension funds": a verb of saying read as a noun inside a noun
    /// phrase joined to another is no cue, though a cue joined by "and" ("… and stated that")
    /// would be.
    @Test func aNounAfterAConjunctionInsideANounPhraseIsNoCue() throws {
        let found = try quotes(
            "Jane Roe said the losses of the union and state pension funds in Velmont were caused by a rogue trader.")
        #expect(found.count == 1)
        #expect(found.first?.cue?.text == "said")
    }

    /// "…, but would eventually add …": a verb phrase after "but" with no subject of its own
    /// goes on with what was said, and leaves no fragment to claim.
    @Test func aSubjectlessVerbPhraseAfterButGoesOnWithTheContent() throws {
        let found = try quotes(
            "Jane Roe said the new road would cut journey times at first, but would eventually add to congestion in the town centre.")
        #expect(
            found.map(\.text) == [
                "the new road would cut journey times at first, but would eventually add to congestion in the town centre"
            ])
    }

    /// "so many … that", "such … that": the "that" opens a degree's result, which nobody said.
    @Test func aResultClauseOfADegreeIsNotWhatWasSaid() throws {
        #expect(try quotes("Roe tells so many stories that nobody believes her.").isEmpty)
        let found = try quotes("Critics said the rules would add so many new forms that small firms would give up.")
        #expect(found.map { $0.cue?.text } == ["said"])
    }

    /// A name whose last word is spelt like a verb of saying ("Post", "Reports") is no cue:
    /// "told the Velmont Post:" is said to the paper, by the subject.
    @Test func aVerbInsideANameIsNoCue() throws {
        let found = try quotes("A mother told the Velmont Post: \"Nobody asked us. They just decided.\"")
        #expect(found.count == 1)
        #expect(found.first?.speaker?.mention.text == "A mother")
    }

    /// "The church's pastor, the Rev. Al Simms, said": a description speaks as the name in
    /// apposition to it also after an honorific spelt with its full stop ("Dr.", "Rev.").
    @Test func aDescriptionSpeaksAsTheNameAfterAnHonorificWithAFullStop() throws {
        let found = try quotes(
            "The church's pastor, the Rev. Albert Simms, said the congregation would hold a vigil. The bank's chief "
                + "economist, Dr. Jane Roe, said rates would rise.")
        #expect(found.map { $0.speaker?.name } == ["Albert Simms", "Jane Roe"])
    }

    /// "a department spokesperson said" speaks for the department named before, as "a Velmont
    /// Council spokesperson" speaks for the council.
    @Test func aSpokespersonForAnOrganisationsKindSpeaksForIt() throws {
        let found = try quotes(
            "The Department of Rural Affairs said it did not recognise the figures. \"We are determined to act,\" a "
                + "department spokesperson said.")
        #expect(found.last?.speaker?.name == "Department of Rural Affairs")
    }

    /// After a quotation's comma a cue is lower-case: a capitalised "State" opening a title and
    /// name ("State Patrol Capt. Jane Roe told reporters") is the name's first word, and the verb
    /// after the name is the cue, whether or not the tagger found the whole run as a name.
    @Test func aCapitalisedCueWordOpeningANameAfterAQuotationIsNoCue() throws {
        let found = try quotes(
            "\"It is one of the worst crashes I have seen,\" State Patrol Capt. Jane Roe told reporters on Sunday. "
                + "She said the road had been closed.")
        #expect(found.first?.cue?.text == "told")
        #expect(found.first?.speaker?.name == "Jane Roe")
    }

    /// A cue joined to the verb before it shares that verb's subject, named or not: "and
    /// suggested that", "but also contended that", ", claiming that"; a verb inside what was
    /// said does not lend its subject ("said his comments would not affect it and added that").
    @Test func aJoinedCueSharesTheSubjectOfTheVerbBeforeIt() throws {
        func speakers(_ text: String) throws -> [String?] { try quotes(text).map { $0.speaker?.mention.text } }
        #expect(try speakers("The researchers tallied the figures and suggested that such rates were too low.") == ["The researchers"])
        #expect(try speakers("His wife agreed, but also contended that she should not pay.") == ["His wife"])
        #expect(
            try speakers("The committee is filing a complaint with the agency, claiming that the lawyer had a conflict.") == [
                "The committee"
            ])
        let added = try quotes(
            "The mayor said his comments would not affect the 2012 Olympic bid and added that his determination may impress bid chiefs.")
        #expect(!added.contains { $0.speaker?.mention.text == "his comments" })
    }

    /// "vowed not to repeat it" reports the vow with its "not"; "said one official" inverts like
    /// "said a senior official", the number counting the noun after it.
    @Test func aNegatedInfinitiveAndANumberedSpeakerAreRead() throws {
        let vow = try quotes("Jane Roe vowed not to repeat that mistake.")
        #expect(vow.map(\.text) == ["not to repeat that mistake"])
        let inverted = try quotes("The talks failed, said one official in the room.")
        #expect(inverted.map(\.text) == ["The talks failed"])
        #expect(inverted.first?.speaker?.mention.text == "one official in the room")
    }

    /// An addressee verb reports what the addressee is urged to do or charged with, with the
    /// addressee; "told reporters" alone is still who was told.
    @Test func whatAnAddresseeIsUrgedOrChargedWithIsReported() throws {
        func texts(_ text: String) throws -> [String] { try quotes(text).map(\.text) }
        #expect(
            try texts("Jane Roe accused the government of attempting to intimidate the families.")
                == ["the government of attempting to intimidate the families"])
        #expect(try texts("Jane Roe urged voters to reject the plan.") == ["voters to reject the plan"])
        #expect(try texts("Jane Roe told reporters the plan would fail.") == ["the plan would fail"])
        // A quoted word inside the clause is no place a speaker's phrase starts after.
        let charged = try quotes("Mr Vale, who says he is \"standing by\" his remarks, had accused a journalist of lying.")
        #expect(!charged.contains { $0.speaker?.mention.text == "his remarks" })
    }

    /// "the 34-year-old mother of three replied": the parse's subject after "of" is the object of
    /// the noun before it, whose phrase speaks; "a spokeswoman for Velmont Bank" speaks for the bank.
    @Test func aSubjectAfterAPrepositionIsTheNounBeforeIt() throws {
        let mother = try quotes("Asked about the plan, the 34-year-old mother of three replied, \"It is meant to help families.\"")
        #expect(mother.contains { $0.speaker?.mention.text == "the 34-year-old mother of three" })
        let spokeswoman = try quotes("A spokeswoman for Velmont Bank said the plan would cost $5bn.")
        #expect(spokeswoman.first?.speaker?.name == "Velmont Bank")
    }

    /// "the Arkwise executive admitted": the role after the company's name is who speaks, even
    /// where the tagger reads "executive" as an adjective; not the company.
    @Test func aRoleAfterACompanysNameSpeaks() throws {
        let found = try quotes(
            "Arkwise said in a statement on Friday that it would co-operate. According to the prosecutor, the Arkwise executive "
                + "admitted he instructed brokers to submit false bids.")
        let admitted = try #require(found.first { $0.cue?.text == "admitted" })
        #expect(admitted.speaker?.mention.text.hasSuffix("executive") == true)
    }

    /// The set phrases' and the cues' neighbours are read only inside the text: a cue opening
    /// or closing the whole input is no crash.
    @Test func cuesAtTheEdgesOfTheTextAreRead() throws {
        for text in ["said", "To say", "fair to say", "That said", "worth noting", "Having said", "Jane said", "vowed not to", "urged"] {
            _ = try Self.analyzer.get().analyze(AnalysisRequest(text: text))
        }
    }

    /// A relative "which" after "of the Arkwise government" stands for the government, not for a
    /// phrase opening with the preposition; a possessive stays in the phrase.
    @Test func aRelativePronounsAntecedentHasNoPreposition() throws {
        let found = try quotes("The families blamed officials of the Arkwise government, which has denied any involvement in the attacks.")
        let denied = try #require(found.first { $0.cue?.text.contains("denied") == true })
        #expect(denied.speaker?.mention.text == "the Arkwise government")
    }

    /// A person introduced with an apposition after the last speaker ("… worries Peter Vale, head
    /// of the tenants group.") is whom the next "he said" means, as an object too.
    @Test func aPersonIntroducedWithAnAppositionTakesTheNextPronounQuote() throws {
        let found = try quotes(
            "Tom Lake runs the shelter. \"We are tired,\" he said.\n\n"
                + "The closure also worries Peter Vale, head of the tenants group.\n\n\"Nobody listens to us,\" he said.")
        let quote = try #require(found.first { $0.text == "Nobody listens to us" })
        #expect(quote.speaker?.name == "Peter Vale")
    }

    /// The writer's set phrases around a verb of saying report nobody's words; the same verbs
    /// with a speaker still do.
    @Test func theWritersSetPhrasesAreNoQuotes() throws {
        for text in [
            "It is worth noting that the tax bill was levied by the European Union.",
            "It is fair to say that the plan failed.",
            "Having said that, the firm still grew.",
            "That said, investors were calm.",
            "It goes without saying that the vote will be close.",
        ] {
            #expect(try quotes(text).isEmpty, "\(text)")
        }
        #expect(try quotes("Jane Roe said that the plan failed.").count == 1)
    }

    /// No date speaks: a time phrase before the cue dates the noun before it ("a report released
    /// last year found") or the verb ("the council this month rejected"), and the speaker is
    /// that noun's phrase or the subject before it, or nobody.
    @Test func noTimePhraseSpeaks() throws {
        func speakers(_ text: String) throws -> [String?] { try quotes(text).map { $0.speaker?.mention.text } }
        #expect(
            try speakers("A Velmont Institute report released last year found that the agency could not trace the money.")
                == ["Velmont Institute"])
        #expect(try speakers("Arkwise chief Tom Reed tried on Tuesday to make the case that the losses were an accident.") == ["Tom Reed"])
        #expect(
            try speakers("The Velmont council this month rejected a request from residents to delay the vote.") == ["The Velmont council"])
        #expect(try speakers("Earlier this month, lawyers for the two firms filed papers opposing the merger.").allSatisfy { $0 == nil })
        #expect(try speakers("Arkwise Bank just this month announced that it would close its branches.") == ["Arkwise Bank"])
    }

    /// A verb of saying that the parse reads as a noun with its own determiner, possessor or
    /// adjective heads a noun phrase: "his late-night tweets attacking …" and "the swing states
    /// of …" report nothing, and no "his late-night" or "the swing" speaks.
    @Test func aNounWithItsOwnDeterminerIsNoCue() throws {
        let found = try quotes(
            "The governor is defending his late-night tweets attacking a former aide. "
                + "Polls show him leading in the swing states of Ohio and Nevada.")
        #expect(!found.contains { $0.cue?.text == "tweets" || $0.cue?.text == "states" })
        #expect(found.contains { $0.cue?.text == "defending" && $0.speaker?.mention.text == "The governor" })
    }

    /// "X said A, but that B": the second "that" clause is reported by the same cue, and its
    /// claim keeps the speaker.
    @Test func aSecondThatClauseAfterButIsTheSameReport() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Lede test\n\nThe minister said the results were encouraging, but that there were more challenges ahead.\n"))
        #expect(response.quotes.contains { $0.text.hasSuffix("but that there were more challenges ahead") })
        let claim = response.claims.first { $0.text.contains("more challenges ahead") }
        #expect(claim?.claimant?.name == "The minister")
    }

    /// "A study by X found …": a document speaks with its author's voice, so X is the speaker and
    /// the claimant, not the phrase "A study by X" that no entity stands for.
    @Test func aDocumentSpeaksWithItsAuthorsVoice() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(text: "Lede test\n\nA study by the Velmont Institute found that rents rose 9% last year.\n"))
        let quote = try #require(response.quotes.first { $0.text.contains("rents rose 9%") })
        #expect(quote.speaker?.mention.text == "Velmont Institute")
        #expect(response.claims.first { $0.text.contains("rents rose 9%") }?.claimant?.name == "Velmont Institute")
    }

    /// "the Velmont Party's complaint … says": the document's possessor is its author, who speaks;
    /// and a noun right after a preposition ("around the country say") is no subject, whatever the
    /// parse made of it.
    @Test func theAuthorBeforeADocumentSpeaksAndNoNounAfterAPreposition() throws {
        let complaint = try quotes(
            "The Velmont Party's complaint to the Board on Professional Responsibility says Ann Lee violated the rules.")
        #expect(complaint.first { $0.text.contains("violated the rules") }?.speaker?.mention.text == "Velmont Party")
        let observers = try quotes("Political observers in Ohio and around the country say Ann Lee deserves the seat.")
        #expect(observers.first { $0.text.contains("deserves the seat") }?.speaker?.mention.text == "Political observers in Ohio")
    }

    /// A quote says something: a cue whose "content" is only closing marks ("… she posted
    /// that.”") reports nothing, while the quotation around it stays.
    @Test func marksAloneAreNoQuote() throws {
        let found = try quotes("The mayor said voters are tired of hearing “she said this, she posted that.”")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { quote in quote.text.contains { $0.isLetter || $0.isNumber } })
    }

    /// "X quoted Y as saying": Y speaks; X only passes it on, before or after the content, and
    /// "X reported Y" is no claim of its own.
    @Test func theOneQuotedAsSayingIsTheSpeaker() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Tax plan\n\nThe agency quoted the finance minister as saying that taxes would rise. "
                    + "Prices will fall, the paper reported a senior banker as saying.\n"))
        let before = try #require(response.quotes.first { $0.text.contains("taxes would rise") })
        #expect(before.speaker?.mention.text == "the finance minister")
        let after = try #require(response.quotes.first { $0.text.contains("Prices will fall") })
        #expect(after.speaker?.mention.text == "a senior banker")
        #expect(after.cue?.text == "reported a senior banker as saying")
        #expect(response.quotes.count == 2)
        #expect(!response.claims.contains { $0.text.contains("reported a senior banker") })
    }

    /// "A. Y said Z, the agency reported.": a trailing cue that passes on another's report is
    /// that sentence's news; the sentence before it stays the writer's.
    @Test func aCuePassingOnAReportDoesNotRunBackOverTheSentenceBefore() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Storm damage\n\nFerry services across the islands were cancelled for a second day. "
                    + "The ministry said 500 homes had lost power, the agency reported.\n"))
        #expect(!response.quotes.contains { $0.text.contains("Ferry services") })
        #expect(response.quotes.contains { $0.text == "500 homes had lost power" })
    }

    /// "In a statement, one of the lawyers, Jane Doe, said …": past the opening phrase the
    /// name in apposition speaks, and the clause after "said" is what she said, not an inverted
    /// speaker ("said the videos").
    @Test func anOpeningPhraseAndAnAppositionLeaveTheNameAsSpeaker() throws {
        for text in [
            "In a statement, one of the family's lawyers, Jane Doe, said the videos show the driver calmly leaving his car "
                + "when asked to do so by officers and not raising his hands.",
            "In a statement, one of the family's lawyers, Jane Doe, said the videos show the driver calmly leaving his car.",
        ] {
            let found = try quotes(text)
            let report = try #require(found.first { $0.text.hasPrefix("the videos show the driver") })
            #expect(report.speaker?.mention.text == "Jane Doe")
            #expect(found.count == 1)
        }
        // Past an opening phrase, a clause before the comma is no speaker's name.
        let sung = try quotes("At the fair, the band leader called the mayor to the stage, singing, \"It is our time.\"")
        #expect(!sung.contains { $0.speaker?.mention.text.contains("called") == true })
    }

    /// `“….” X said Y had displayed “…”`: a new sentence that reports a statement of its own is not
    /// the cue of the quotation before it, even where its own quotation opens within a few words.
    @Test func aReportAfterAQuotationIsItsOwn() throws {
        let found = try quotes(
            "Velmont insisted that the rebels \"stop their attacks.\" The agency said the rebels had displayed "
                + "\"complete disregard for the truce.\"")
        #expect(!found.contains { $0.text.contains("stop their attacks") && $0.speaker?.mention.text.contains("agency") == true })
        let report = try #require(found.first { $0.text.hasPrefix("the rebels had displayed") })
        #expect(report.speaker?.mention.text.hasSuffix("agency") == true)
    }

    /// "he said witnesses saw a gun and that one was found": two content clauses joined, the
    /// first without "that"; the report is both, not only the second.
    @Test func aReportOfTwoJoinedClausesIsWhole() throws {
        let found = try quotes("The chief said witnesses saw a knife and that one was found nearby.")
        #expect(found.contains { $0.text == "witnesses saw a knife and that one was found nearby" })
    }

    /// What someone should, would or will do is no stance they took: "officials should release
    /// the videos “without delay”" inside Jane Roe's report is hers, not the officials'.
    @Test func aModalActIsNoStance() throws {
        let found = try quotes(
            "Jane Roe said that city officials should release the videos \"without delay.\" "
                + "The club would like to open a second ground.")
        #expect(!found.contains { $0.speaker?.mention.text == "city officials" })
        #expect(!found.contains { $0.text.contains("second ground") })
        #expect(found.contains { $0.speaker?.mention.text == "Jane Roe" })
    }

    /// A verb of saying inside a noun phrase ("his 2004 state tax returns", "four-year state
    /// colleges") is a noun; a verb with an object of its own after a comma ("…, which showed a
    /// loss") does not report the clause before it, though one of telling still does.
    @Test func aNounOrAVerbWithItsOwnObjectIsNoCue() throws {
        let found = try quotes(
            "The paper obtained his 2004 state tax returns, which showed a large loss.\n\n"
                + "Students at four-year state colleges pay more.\n\n"
                + "The plant will close in March, the company said.\n\n"
                + "The talks had failed, she told reporters.")
        #expect(!found.contains { $0.cue?.text == "state" || $0.cue?.text == "showed" })
        #expect(found.contains { $0.text == "The plant will close in March" && $0.speaker?.mention.text == "the company" })
        #expect(found.contains { $0.text == "The talks had failed" && $0.cue?.text == "told" })
    }

    /// A quotation of a few capitalised words is a name: it makes no act of releasing or
    /// showing an attribution, as words someone said would.
    @Test func aQuotedTitleIsNoQuotedSpeech() throws {
        let found = try quotes(
            "The campaign released an ad dubbed “Fighter” on Monday.\n\n"
                + "The union released a statement “we will fight this in court” on Monday.")
        #expect(!found.contains { $0.text.contains("Fighter") })
        #expect(found.contains { $0.text.contains("we will fight this in court") })
    }

    /// A trailing "as I said" inside another frame's words whose report it would cut to nothing
    /// leaves that report whole: the sentence is analysed, not a crash.
    @Test func aCueThatWouldCutAReportToNothingLeavesItWhole() throws {
        let found = try quotes(
            "I've spent in the plan I've proposed, as I said last week, more than twice as much as the mayor has proposed.")
        #expect(found.allSatisfy { !$0.text.isEmpty })
    }

    /// "Ann Holt won … The veteran novelist said …": a definite description headed by an
    /// occupation, as a subject, is the person named last before it, so the quote is hers; a
    /// spokeswoman's title keeps "the candidate" from her.
    @Test func anOccupationDescribesThePersonNamedBeforeIt() throws {
        let found = try quotes(
            "Ann Holt won the Marlow prize for fiction in May. "
                + "The veteran novelist said the money would fund a writing school in her home town.")
        #expect(found.first { $0.text.contains("fund a writing school") }?.speaker?.name == "Ann Holt")
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Rally\n\nPolice removed Sam Reyes from the hall on Monday. "
                    + "Reyes spokeswoman Jo Lane said the candidate was headed to an interview.\n"))
        let reyes = try #require(response.entities.first { $0.name == "Sam Reyes" })
        #expect(reyes.mentions.contains { $0.text == "the candidate" })
    }

    /// A text that ends right after "said" and an organisation's name and a word is read, not a
    /// crash (the speaker search looked one word past the end).
    @Test func aCueAtTheVeryEndOfTheTextIsRead() throws {
        let found = try quotes("\u{201C}We will grow,\u{201D} said Velmont Inc. press")
        #expect(found.contains { $0.text.contains("We will grow") })
    }

    /// Sung words are quoted too: "“…,” Ana Reyes sings to the crowd".
    @Test func aSingerIsTheSpeakerOfTheLyricsSheSings() throws {
        let found = try quotes(
            "In a clip for the streaming service Velvox, Ana Reyes performs a ballad. "
                + "\u{201C}Hold on to the light,\u{201D} Reyes sings to the crowd.")
        #expect(found.first { $0.text.contains("Hold on to the light") }?.speaker?.name == "Ana Reyes")
    }

    /// "Ms. Vane …, and, asked later, insisting, “…”": a participle cue far from the name takes
    /// the subject of the clause it hangs from, past the quoted words in between.
    @Test func aParticipleCueTakesTheSubjectOfItsClause() throws {
        let found = try quotes(
            "Ms. Vane hardly settled the matter, calling the plan a success -- \"It works\" -- and, "
                + "when questioned after the hearing, insisting, \"We will not retreat.\"")
        #expect(found.first { $0.text.contains("We will not retreat") }?.speaker?.name == "Vane")
    }

    /// "“…,” the mayor said, adding that …": a participle after the quotation's cue and its comma
    /// reports more of the same speaker's words, a description as well as a pronoun.
    @Test func aParticipleAfterAQuotationsCueGoesOnWithItsSpeaker() throws {
        let found = try quotes(
            "\"We are checking every beam,\" the mayor said, adding that the bridge would reopen within a week. "
                + "\"We need the homes,\" the Velmont planner said on Monday, arguing that the scheme would pay for itself.")
        #expect(found.first { $0.text == "the bridge would reopen within a week" }?.speaker?.name == "the mayor")
        #expect(found.first { $0.text == "the scheme would pay for itself" }?.speaker?.name == "the Velmont planner")
    }

    /// "According to Dunmore Fire Chief Alan Hale": the person after a place and a role speaks,
    /// also where the tagger took the place for a person; "as per" reports as "according to" does.
    @Test func thePersonAfterAPlaceAndARoleIsWhoReports() throws {
        let found = try quotes(
            "The fire started in the basement, according to Dunmore Fire Chief Alan Hale. "
                + "As per the complaint, the contractor was paid twice.")
        #expect(found.first { $0.text == "The fire started in the basement" }?.speaker?.name == "Alan Hale")
        #expect(found.first { $0.text == "the contractor was paid twice" }?.speaker?.name == "the complaint")
    }

    /// "accused the council of “letting it rot” and said …": what is accused ends before the
    /// next verb of saying, which reports a quote of its own.
    @Test func anAccusationEndsAtTheNextVerbOfSaying() throws {
        let found = try quotes(
            "Ann Lee accused the government of \"letting the system rot\" and said the promise had been broken.")
        #expect(found.contains { $0.text == "the government of \"letting the system rot\"" })
        #expect(found.contains { $0.text == "the promise had been broken" && $0.speaker?.name == "Ann Lee" })
    }

    /// "expected that number to rise": a "that" before a singular noun and an infinitive points
    /// at the number; it opens no clause of what was expected.
    @Test func aDemonstrativeThatOpensNoReportedClause() throws {
        let found = try quotes("The ministry said 300 surgeries were postponed, and that it expected that number to rise by Friday.")
        #expect(!found.contains { $0.text == "number to rise by Friday" })
    }

    /// "Residents of Birch Lane said": who lives in a place speaks, not the place the tagger took
    /// for a person.
    @Test func residentsOfAStreetSpeakAsResidents() throws {
        let found = try quotes("Residents of Birch Lane, which runs past the old mill, said they had been suffering for years.")
        #expect(found.first { $0.text == "they had been suffering for years" }?.speaker?.name == "Residents of Birch Lane")
    }

    /// "Varnholt Group, the firm that has managed Elmcourt Plaza since 2019, said": the name
    /// before the apposition speaks, not a name inside the apposition's relative clause; and a
    /// verb inside someone's quoted words ("however much we like him") reports no stance.
    @Test func theNameBeforeAnAppositionSpeaks() throws {
        let found = try quotes(
            "Varnholt Property Group, the Leeds-based firm that has managed Elmcourt Plaza since 2019, said in a statement "
                + "that it was devastated. Director Tom Hale told the Gazette that the club \"will not overpay for any player, "
                + "no matter how much we like him.\"")
        #expect(found.first { $0.text == "it was devastated" }?.speaker?.name == "Varnholt Property Group")
        #expect(!found.contains { $0.cue?.text == "like" })
    }

    /// "A council spokesman said … “…,” he said": the unnamed spokesman goes on speaking, not the
    /// person named before him; a person named since takes "he" back.
    @Test func aPronounAfterAnUnnamedSpokesmanIsTheSpokesman() throws {
        let found = try quotes(
            "Tom Hale, the council leader, defended the cuts on Monday. \"We had no choice,\" Mr Hale said.\n\n"
                + "A council spokesman said the team had been restructured. \"We moved three posts into housing,\" he said.\n\n"
                + "Tom Hale disagreed. \"It was a mistake,\" he said.")
        #expect(found.first { $0.text.hasPrefix("We moved three posts") }?.speaker?.name == "A council spokesman")
        #expect(found.first { $0.text.hasPrefix("It was a mistake") }?.speaker?.name == "Tom Hale")
    }

    /// "The attack comes weeks after a report released by the Velmont Cyber Agency found that …, to 214
    /// reported attacks": the report's finding is the agency's, and "214 reported attacks" counts
    /// attacks, no one reporting them.
    @Test func aReportReleasedByAnAgencySpeaksWithItsVoice() throws {
        let found = try quotes(
            "The attack comes weeks after a report released by the federal Velmont Cyber Agency found that incidents at "
                + "hospitals rose 38% last year, to 214 reported attacks, compared with 155 the year before.")
        #expect(found.contains { $0.speaker?.name == "Velmont Cyber Agency" && $0.text.hasPrefix("incidents at hospitals rose") })
        #expect(!found.contains { $0.speaker?.name == "214" })
    }

    /// "said services inflation, which stood at 5.2%, remained too high": a relative clause on the
    /// content's subject, before its verb, is part of what was said; one on the whole report
    /// ("…closed in May, which forced 200 workers out") is not.
    @Test func aRelativeClauseOnTheContentsSubjectStaysInIt() throws {
        let found = try quotes(
            "Jim Roe said services inflation, which stood at 5.2% in February, remained too high. Officials said the plant "
                + "closed in May, which forced 200 workers out of their jobs.")
        #expect(found.contains { $0.text == "services inflation, which stood at 5.2% in February, remained too high" })
        #expect(found.contains { $0.text == "the plant closed in May" })
    }

    /// "The court heard that …", "…, an inquest has heard": what a hearing heard is reported, by a
    /// witness the sentence does not name (the hearing only heard it); residents who heard
    /// something report nothing, and "the jury heard evidence" is an event.
    @Test func whatAHearingHeardIsReported() throws {
        let found = try quotes(
            "A cyclist was hidden by low winter sun moments before the collision, an inquest has heard. The court heard "
                + "that the council had received 11 complaints. Residents heard that the plant would close. The jury heard "
                + "evidence from six witnesses.")
        #expect(found.contains { $0.speaker == nil && $0.text.hasPrefix("A cyclist was hidden") })
        #expect(found.contains { $0.speaker == nil && $0.text == "the council had received 11 complaints" })
        #expect(!found.contains { $0.speaker?.name == "Residents" || $0.speaker?.name == "The jury" })
    }

    /// "…reach a deal “well before the deadline,” but he declined to …": a comma inside a quoted
    /// fragment's closing mark ends the content as a comma after it would, mark included.
    @Test func aCommaInsideAFragmentsClosingMarkEndsTheContent() throws {
        let found = try quotes(
            "Tom Hale said the council would reach a deal \u{201C}well before the deadline,\u{201D} but he declined to set a date.")
        #expect(found.contains { $0.speaker?.name == "Tom Hale" && $0.text.hasSuffix("well before the deadline,\u{201D}") })
    }

    /// "Staff rose to 14,200, according to its filing, up from 13,400 in 2021": the comparison after
    /// the source is part of what the source says; a clause after it ("…, and shops closed") is not.
    @Test func aComparisonAfterAccordingToGoesOnWithTheFigure() throws {
        let found = try quotes(
            "Staff rose to 14,200, according to its annual filing, up from 13,400 in 2021. Prices rose 4%, according to "
                + "the ministry, and shops closed early.")
        #expect(found.contains { $0.text.hasPrefix("Staff rose to 14,200") && $0.text.hasSuffix("up from 13,400 in 2021") })
        #expect(found.contains { $0.text == "Prices rose 4%" })
    }

    /// "…, and forecasters said …", "… and Ann Lee accused …": a report of someone else after "and"
    /// ends what the first speaker said.
    @Test func anotherSpeakersReportAfterAndEndsTheContent() throws {
        let found = try quotes(
            "Tom Hale said the council mishandled the sale and Ann Lee accused him of hiding the figures.")
        #expect(found.contains { $0.speaker?.name == "Tom Hale" && $0.text == "the council mishandled the sale" })
    }

    /// "One Democratic operative who works on Senate races, … said": the operative speaks, not the
    /// party word before the noun; "…, and forecasters said" is the forecasters, without "and".
    @Test func aDescribedSpeakerIsItsHeadNounWithoutItsRelativeClause() throws {
        let found = try quotes(
            "One Democratic operative who works on Senate races, who spoke on condition of anonymity, said the campaign "
                + "began its ads late. The river will stay high until Wednesday, and forecasters said more rain could fall.")
        #expect(found.first { $0.text == "the campaign began its ads late" }?.speaker?.name == "One Democratic operative")
        #expect(found.first { $0.text == "more rain could fall" }?.speaker?.name == "forecasters")
    }

    /// "Asked about the trust, the health minister, Ann Lee, said …": the minister speaks, not the
    /// opening question.
    @Test func aMinisterAfterAnOpeningQuestionSpeaks() throws {
        let found = try quotes(
            "Asked about the trust, the health minister, Ann Lee, said the government had delivered more money. "
                + "Speaking outside court, Mrs Roe's solicitor, Tom Hale of Harlow Lane Solicitors, said the family "
                + "welcomed the findings.")
        #expect(found.first { $0.text == "the government had delivered more money" }?.speaker?.name == "Ann Lee")
        #expect(found.first { $0.text == "the family welcomed the findings" }?.speaker?.name.hasPrefix("Speaking") == false)
    }

    /// "A woman who said she was sitting … told the paper that …": the woman speaks both times,
    /// not the noun nearest the main verb, and what she said in the relative clause ends before
    /// it; "The woman, who asked not to be named, said she saw Tom Hale …. “…,” she said" is
    /// still her, not the woman named before (a man named since does not stop "she").
    @Test func aWomanWithARelativeClauseSpeaksAndGoesOnSpeaking() throws {
        let found = try quotes(
            "Jane Roe, his sister, said he often stopped at the store.\n\nA woman who said she was sitting in a parked car "
                + "across the street at the time of the shooting told reporters that she heard officers shouting. The "
                + "woman, who asked not to be named because she feared retaliation, said she saw Tom Hale turn toward the "
                + "officers.\n\n\"It happened so fast,\" she said.")
        #expect(found.contains { $0.text == "she was sitting in a parked car across the street at the time of the shooting" })
        #expect(found.first { $0.text == "she heard officers shouting" }?.speaker?.name == "A woman")
        let fast = found.first { $0.text == "It happened so fast" }
        #expect(fast?.speaker?.name == "A woman")
        #expect(fast?.speaker?.entity == nil)
    }

    /// "In a statement read by her lawyer, Jane Roe said …. “…,” the statement said": the statement
    /// speaks with its author's voice, as does "the filing" after "Velmont said in a regulatory
    /// filing"; "a readout released by the Harlow foreign ministry" is no readout of Harlow's.
    @Test func theDocumentSpeaksWithItsAuthorsVoice() throws {
        let found = try quotes(
            "In a statement read by her lawyer, Jane Roe said she was innocent. \"I never took a penny,\" the statement "
                + "said.\n\nVelmont said in a regulatory filing that it would owe a fee of $390 million. The filing also "
                + "showed that the chief executive stands to receive a bonus.\n\nAccording to a readout released by the "
                + "Harlow foreign ministry, the ministers agreed to pull back heavy weapons. The readout said a working "
                + "group would meet by mid-May.")
        let penny = found.first { $0.text == "I never took a penny" }
        #expect(penny?.speaker?.name == "Jane Roe")
        #expect(penny?.speaker?.entity != nil)
        #expect(found.first { $0.text.hasPrefix("the chief executive stands") }?.speaker?.name == "Velmont")
        #expect(found.first { $0.text.hasPrefix("a working group") }?.speaker?.name.hasSuffix("foreign ministry") == true)
        // A study talked about, or that describes its author, is no channel of hers.
        let study = try quotes(
            "\"It took very little,\" said Dr Ann Lee, the study's lead author. She said the link held, although she "
                + "cautioned that the study was small. The study suggests that muscles draw glucose out of the blood.")
        #expect(study.first { $0.text.hasPrefix("muscles draw glucose") }?.speaker?.name == "The study")
    }

    /// "“…,” a Velmont Air spokesman said. He said the union was …": the spokesman goes on
    /// speaking, not the union leader named before; the company he speaks for does not name him.
    @Test func aPronounAfterACompanySpokesmanIsTheSpokesman() throws {
        let found = try quotes(
            "Captain Tom Hale, general secretary of the pilots' union, said pilots had raised concerns.\n\nThe airline "
                + "rejected the claims. \"Every aircraft in our fleet meets the standards,\" a Velmont Air spokesman said."
                + "\n\nHe said the union was using the incident to pursue a dispute.")
        let union = found.first { $0.text.hasPrefix("the union was using") }
        #expect(union?.speaker?.name != "Tom Hale")
        #expect(union?.speaker?.name.contains("Velmont") == true)
    }

    /// "Analysts at Roe Capital were more upbeat. They said …": "they" is the plural subject of the
    /// sentence before when no group was named as a speaker.
    @Test func theyIsThePluralSubjectBefore() throws {
        let found = try quotes(
            "Shares in Velmont fell 4%. Analysts at Roe Capital were more upbeat. They said the combined company could grow faster.")
        #expect(found.first { $0.text == "the combined company could grow faster" }?.speaker?.name == "Analysts at Roe Capital")
    }

    /// "Harlow boss Jim Roe was furious with the referee and said …": a verb of saying joined to a
    /// predicate shares its subject, not the club before the name.
    @Test func aVerbOfSayingAfterAPredicateSharesItsSubject() throws {
        let found = try quotes(
            "Harlow boss Jim Roe was furious with the referee and said he would ask the league for an explanation.")
        #expect(found.first { $0.text == "he would ask the league for an explanation" }?.speaker?.name == "Jim Roe")
    }

    /// "Ann Lee said on the Velmont Sport highlights show that …": a noun the tagger read as a
    /// verb, its subject the object of a preposition, is where it was said, and reports nothing.
    @Test func aShowNamedAfterAPrepositionIsNoVerb() throws {
        let found = try quotes("Ann Lee said on the Velmont Sport highlights show that the red card was the correct call.")
        #expect(found.first { $0.text == "the red card was the correct call" }?.speaker?.name == "Ann Lee")
        #expect(!found.contains { $0.speaker?.name.contains("highlights") == true || $0.text.contains("highlights") })
    }

    /// "…, a standard she said several other cities had already adopted": the noun before a
    /// pronoun subject heads the clause the pronoun's verb sits in; she speaks, not "a standard she".
    @Test func aNounBeforeAPronounSubjectIsNotTheSpeaker() throws {
        let found = try quotes(
            "Jane Roe wants officers to wear cameras at all times, a standard she said several other cities had already adopted.")
        let adopted = found.first { $0.text == "several other cities had already adopted" }
        #expect(adopted?.speaker?.name == "Jane Roe")
    }

    /// "Two officials familiar with the talks said …. One said …": one of the group named just
    /// before speaks for it; "One senior nurse said" is her own phrase.
    @Test func oneOfAGroupSpeaksForIt() throws {
        let found = try quotes(
            "Two officials familiar with the talks said the ministers had clashed over maps. One said the delegation "
                + "had brought old maps. One senior nurse said morale was low.")
        #expect(found.first { $0.text == "the delegation had brought old maps" }?.speaker?.name == "Two officials familiar with the talks")
        #expect(found.first { $0.text == "morale was low" }?.speaker?.name == "One senior nurse")
    }

    /// "Tom Hale, who was himself booked in the first half, said …": a reflexive is no subject.
    @Test func aReflexiveIsNoSpeaker() throws {
        let found = try quotes("Tom Hale, who was himself booked in the first half, said the decision had killed the game.")
        #expect(found.first { $0.text == "the decision had killed the game" }?.speaker?.name == "Tom Hale")
    }

    /// "— without saying to the council, “That is not right.”": a verb of saying whose head comes
    /// after it shares no subject (the predicate check read the words between backwards and trapped).
    @Test func aVerbOfSayingBeforeItsHeadSharesNoSubject() throws {
        let found = try quotes("— without saying to the council, \"That is not right.\"")
        #expect(found.contains { $0.text.hasPrefix("That is not right") })
    }

    /// "Velmont was advised by Harlow Partners": whom a verb addresses is no stance of the agent's
    /// ("The plan was endorsed by the mayor" is one).
    @Test func anAdviserOfAFirmHoldsNoStanceOnIt() throws {
        let found = try quotes("Velmont was advised by Harlow Partners. The plan was endorsed by the mayor.")
        #expect(!found.contains { $0.text == "Velmont" })
        #expect(found.contains { $0.text == "The plan" })
    }

    /// "Her solicitor, Tom Hale of Harlow Lane Solicitors, said": the name in apposition speaks,
    /// with where the person works after it (a firm's name the tagger cut short too).
    @Test func aNameWithItsFirmInAppositionSpeaks() throws {
        let found = try quotes(
            "Speaking outside court, Mrs Roe's solicitor, Tom Hale of Harlow Lane Solicitors, said the family "
                + "welcomed the findings. The union's lawyer, Ann Lee from Velmont Legal, said the ruling was wrong.")
        #expect(found.first { $0.text == "the family welcomed the findings" }?.speaker?.name == "Tom Hale")
        #expect(found.first { $0.text == "the ruling was wrong" }?.speaker?.name == "Ann Lee")
    }

    /// "One senior nurse, who asked not to be named because she …, said … “…,” she said": an unnamed
    /// person whose own sentence says she is a woman goes on speaking, not the woman named before;
    /// one whose sentence says nothing of it ("one questioner claimed …") does not.
    @Test func aPronounAfterAnUnnamedPersonOfThatGenderIsThatPerson() throws {
        let found = try quotes(
            "Jane Roe, 68, has waited 23 months for surgery. \"I am in pain,\" she said.\n\n"
                + "One senior nurse, who asked not to be named because she was not authorised to speak, said morale "
                + "was low. \"People are exhausted,\" she said.\n\n"
                + "Ann Lee defended the plan. One questioner claimed that waits were rising. \"You are right,\" she said.")
        #expect(found.first { $0.text == "People are exhausted" }?.speaker?.name == "One senior nurse")
        #expect(found.first { $0.text == "You are right" }?.speaker?.name == "Ann Lee")
    }

    /// "A spokeswoman for the council said … “…,” she said": the spokeswoman goes on speaking, not
    /// the woman named before her; "a spokesman for Harlow Council" speaks with the council's
    /// voice, and so does his "he added".
    @Test func aPronounAfterASpokespersonForSomeoneIsTheSpokesperson() throws {
        let found = try quotes(
            "Mayor Jane Roe announced the closure of three libraries on Monday. A spokeswoman for the council said "
                + "the savings would reach £2m a year. \"We are looking at every option,\" she said. A spokesman for "
                + "Harlow Council said no jobs would be lost. \"Nobody will lose work,\" he added.")
        let option = found.first { $0.text == "We are looking at every option" }
        #expect(option?.speaker?.name == "A spokeswoman for the council")
        #expect(option?.speaker?.entity == nil)
        let work = found.first { $0.text == "Nobody will lose work" }
        #expect(work?.speaker?.name == "A spokesman for Harlow Council")
        #expect(work?.speaker?.entity != nil)
    }
    /// "awarded as per norms", "ran as per schedule on Monday", "went according to plan": what
    /// something conforms to is no source.
    @Test func aRuleConformedToIsNoSource() throws {
        let found = try quotes(
            "The tender had been awarded as per norms. As per officials, 40 beds were added. The trains ran as per "
                + "schedule on Monday. The metro ran as per the revised timetable.")
        #expect(!found.contains { $0.speaker?.name == "norms" })
        #expect(!found.contains { $0.text == "The trains ran" || $0.text == "The metro ran" })
        #expect(found.contains { $0.speaker?.name == "officials" && $0.text == "40 beds were added" })
    }

    /// "…, officials said, as rescue crews worked …": a scene the writer sets after the report is
    /// no part of it; "…, he said, until the factory closed" and "…, while costs have climbed …" go
    /// on with what was said.
    @Test func aSceneAfterTheCueIsTheWriters() throws {
        let found = try quotes(
            "At least 14 people were killed when the building collapsed, officials said, as rescue crews worked "
                + "through the night. Velmont Mills thrived, Mr. Hale said, until the factory closed in 2004.")
        #expect(found.contains { $0.text == "At least 14 people were killed when the building collapsed" })
        #expect(found.contains { $0.text.hasSuffix("until the factory closed in 2004") })
        let contrast = try quotes(
            "Enrollment has fallen by about 11 percent since 2018, the superintendent said, while health insurance costs "
                + "have climbed 19 percent.")
        #expect(contrast.contains { $0.text.hasSuffix("have climbed 19 percent") })
    }

    /// "…, said Edel Vane, speaking in parliament", "…, said Tom Hale, adding that …": a participle
    /// after the speaker's comma is the speaker's, not more of what was said.
    @Test func aParticipleAfterTheInvertedSpeakerIsTheirs() throws {
        let found = try quotes(
            "Families in the valley are being priced out, said Edel Vane, speaking in parliament. "
                + "Rents rose by 9% last year, said Tom Hale, adding that wages fell.")
        #expect(found.contains { $0.text == "Families in the valley are being priced out" })
        #expect(found.contains { $0.text == "Rents rose by 9% last year" })
    }

    /// "…, an allegation he denies", "…, a claim the company disputes": the writer's name for
    /// what was said ends it.
    @Test func theWritersNameForWhatWasSaidEndsIt() throws {
        let found = try quotes(
            "Ann Lee said the plant would close in May, a claim the company disputes. Critics accuse the mayor of "
                + "tightening control over the courts, an allegation he denies.")
        #expect(found.contains { $0.text == "the plant would close in May" })
        #expect(!found.contains { $0.text.contains("allegation") })
    }

    /// "Mira Kolvet, whose Harbor Alliance won 49 seats, told supporters that …": the subject of
    /// the "whose" clause is no speaker; the name before it is.
    @Test func aWhoseClausesSubjectDoesNotSpeak() throws {
        let found = try quotes(
            "Opposition leader Mira Kolvet, whose Harbor Alliance won 49 seats, told supporters that the count had been rigged.")
        #expect(found.first { $0.text.hasPrefix("the count") }?.speaker?.name == "Mira Kolvet")
    }

    /// "She said her eldest son, who is eleven, had missed 40 days": a relative clause inside what
    /// was said does not end it at its closing comma.
    @Test func aRelativeClauseInsideTheContentDoesNotEndIt() throws {
        let found = try quotes("She said her eldest son, who is eleven, had missed 40 days of school last year.")
        #expect(found.contains { $0.text == "her eldest son, who is eleven, had missed 40 days of school last year" })
    }

    /// "said about 300 homes lost power", "says at least 300,000 ballots were …", "said at least
    /// four people had died": the words that round the number are part of what was said.
    @Test func aRoundingWordStaysWithItsNumber() throws {
        let found = try quotes(
            "Officials said about 300 homes lost power on Tuesday. The opposition says at least 300,000 ballots were "
                + "declared invalid. Officials said at most 40 homes had power. The minister said at least four "
                + "people had died in the floods.")
        #expect(found.contains { $0.text == "about 300 homes lost power on Tuesday" })
        #expect(found.contains { $0.text == "at least four people had died in the floods" })
        #expect(found.contains { $0.text == "at least 300,000 ballots were declared invalid" })
        #expect(found.contains { $0.text == "at most 40 homes had power" })
    }

    /// "sources indicate the club is willing to sell, partly because …", "she admitted the
    /// plan had failed": a verb that is speech only with "that", or a stance, reports the whole
    /// finite clause the parse gives it; "without checking whether …" reports nothing.
    @Test func aStanceWithAFiniteClauseReportsTheWholeClause() throws {
        let found = try quotes(
            "However, sources in Leeds indicate the club is now willing to accept a lower fee, partly because "
                + "the player has one year left on his contract. Ann Lee admitted the plan had failed. "
                + "It is impossible to judge the plan without checking whether it would work.")
        #expect(found.contains { $0.text.hasPrefix("the club is now willing") && $0.text.hasSuffix("on his contract") })
        #expect(found.contains { $0.text == "the plan had failed" && $0.speaker?.name == "Ann Lee" })
        #expect(!found.contains { $0.cue?.text == "knowing" })
    }

    /// "cautioned against treating the figures as certain": what is opposed keeps its "against",
    /// which the report would otherwise reverse.
    @Test func whatIsOpposedKeepsItsAgainst() throws {
        let found = try quotes(
            "Dr Ann Lee cautioned against treating the projections as certain. Tom Hale warned against cutting the budget.")
        #expect(found.contains { $0.text == "against treating the projections as certain" })
        #expect(found.contains { $0.text == "against cutting the budget" && $0.speaker?.name == "Tom Hale" })
    }

    /// "said in a report that glaciers lost more ice": the noun "report" ends no search for the
    /// "that" (the sentence had no quote and no claim); "a report that found …" reports nothing.
    @Test func aReportNounBeforeThatIsNoSecondCue() throws {
        let found = try quotes(
            "The Velmont Glacier Service said in a report that glaciers lost more ice than in any year on record.")
        #expect(found.contains { $0.text == "glaciers lost more ice than in any year on record" })
    }

    /// "said that 14 posts would go, but that as many as eight teachers could …": a second "that"
    /// clause is more of the same report; "…, but that wasn't the case" is the writer's.
    @Test func aSecondThatClauseIsMoreOfTheReport() throws {
        let found = try quotes(
            "Ann Lee said in an interview that 14 of the 22 posts would go through retirements, but that as many as "
                + "eight teachers could face layoffs. Tom Hale said that the mayor had backed the plan, but that wasn't the case.")
        #expect(
            found.contains { $0.text.hasSuffix("but that as many as eight teachers could face layoffs") && $0.speaker?.name == "Ann Lee" })
        #expect(found.contains { $0.text == "the mayor had backed the plan" })
    }

    /// "…, it is understood.": the impersonal cue closing its sentence reports the clause before
    /// it, from no one named, and is no claim of its own.
    @Test func aClosingItIsUnderstoodReportsTheClauseBeforeIt() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Lede test\n\nHarlan United are not expected to make a move until the deal is completed, it is understood.\n"))
        #expect(response.quotes.contains { $0.text == "Harlan United are not expected to make a move until the deal is completed" })
        #expect(!response.claims.contains { $0.text == "it is understood" })
    }

    /// A person who became the subject of a sentence after the last quotation is who "he" says
    /// the next one.
    @Test func aNewSubjectTakesTheFocusFromTheLastSpeaker() throws {
        let found = try quotes(
            "\"We will grow,\" said Tom Green, the chief executive of Acme. The sports minister Paul Stone was quick to "
                + "back the plan. \"Everyone has to play their part,\" he said.")
        #expect(found.first { $0.text.contains("play their part") }?.speaker?.name == "Paul Stone")
    }

    /// "the paper" is the newspaper the article just named and called one; a research paper or
    /// a think tank is not.
    @Test func thePaperIsTheNewspaperJustNamed() throws {
        let found = try quotes(
            "The Spanish daily Marcador praised the coach on Monday. \"They were the best side by far,\" the paper said.")
        #expect(found.first { $0.text.contains("best side") }?.speaker?.name == "Marcador")
        let study = try quotes(
            "Ann Lee works at the Velmont Institute, the think tank that published the paper. \"It is sound,\" the paper said.")
        #expect(study.first { $0.text.contains("It is sound") }?.speaker?.name != "Velmont Institute")
    }

    /// "he said" after a woman's quotation goes to the man named since.
    @Test func pronounSpeakersAgreeInGender() throws {
        let found = try quotes(
            "Jane Roe, the chief executive of Acme, spoke on Monday. \"We will grow,\" she said. "
                + "Mr Smith disagreed. \"I think she is wrong,\" he said.")
        #expect(found.first { $0.text.contains("she is wrong") }?.speaker?.name == "Smith")
    }

    /// A relative pronoun speaks for its antecedent: "the Dutch regulator, which argued …".
    @Test func relativePronounSpeakersNameTheirAntecedent() throws {
        let found = try quotes(
            "The fine was imposed by the Netherlands Authority, which argued that the bank had given customers false advice.")
        let quote = found.first { $0.text.contains("false advice") }
        #expect(quote?.speaker?.name == "Netherlands Authority")
        #expect(quote?.speaker?.entity != nil)
    }

    /// An interview printed as a transcript: each turn's speaker in capitals before a colon.
    @Test func aTranscriptsCapitalLabelNamesTheSpeaker() throws {
        let found = try quotes(
            "Host Dana Reyes spoke to Governor Tom Alder on Sunday.\n\n\"REYES: Will you run again next year?\n\n"
                + "\"ALDER: We will decide in the spring, and not before.")
        let question = try #require(found.first { $0.text.hasPrefix("Will you run") })
        #expect(question.speaker?.name == "Dana Reyes")
        let answer = try #require(found.first { $0.text.hasPrefix("We will decide") })
        #expect(answer.speaker?.name == "Tom Alder")
        #expect(answer.rule == "transcript-label")
    }

    /// "It says …" with no entity for "it": the next paragraph's quotation is not given to "It".
    @Test func anUnresolvedPronounDoesNotSpeakTheNextParagraph() throws {
        let found = try quotes("It says the plan will fail within a year.\n\n\"Nobody will pay for any of it.\"")
        let quote = try #require(found.first { $0.text.hasPrefix("Nobody will pay") })
        #expect(quote.speaker == nil)
    }

    /// "… before asking him, “…”": the subject of the cue is outside the marks; "you" in the
    /// earlier quotation is someone quoted.
    @Test func aSubjectInsideQuotationMarksIsNoSpeaker() throws {
        let found = try quotes(
            "\"Promise you will keep your hands in sight,\" Lina Voss sings to Marek before asking him, \"Where do we go from here?\"")
        let quote = try #require(found.first { $0.text.hasPrefix("Where do we go") })
        #expect(quote.speaker?.name == "Lina Voss")
    }

    /// "Democratic candidate Ann Lee …, but has said she will …": a group's word before a noun
    /// is a modifier; the name in the phrase speaks.
    @Test func aGroupWordBeforeANounIsNoSpeaker() throws {
        let found = try quotes(
            "Democratic candidate Ann Lee, like her rival, has urged allies to spend more but has said she will hold firm to old pledges.")
        let quote = try #require(found.first { $0.text.hasPrefix("she will hold firm") })
        #expect(quote.speaker?.name == "Ann Lee")
    }

    /// "“You are right,” Tom Alder said, adding that …": the quotation opening the sentence is
    /// someone's words; the participle's subject is the one after it.
    @Test func aQuotationOpeningTheSentenceIsNotItsSubject() throws {
        let found = try quotes(
            "\u{201C}You are right, of course,\u{201D} Tom Alder said on Monday, adding that some of the rules were "
                + "\u{201C}plainly too strict.\u{201D}")
        let quote = try #require(found.first { $0.text.hasPrefix("some of the rules") })
        #expect(quote.speaker?.name == "Tom Alder")
    }

    /// "Ann Lee said Tom Alder hopes that …": what she said is the whole clause the parse hangs
    /// from "said", not what follows the inner verb's "that".
    @Test func aThatAfterTheClausesOwnVerbIsNotTheCues() throws {
        let found = try quotes("Ann Lee said Tom Alder hopes that the plant will reopen in May.")
        let said = try #require(found.first { $0.cue?.text == "said" })
        #expect(said.text == "Tom Alder hopes that the plant will reopen in May")
        #expect(said.speaker?.name == "Ann Lee")
    }

    /// "…, retail minister Tom Reed says.": a title the parse hangs from the verb rather than
    /// from the name is still part of the speaker's phrase, so the trailing cue is found.
    @Test func aTitleTheParseHangsFromTheVerbStaysWithTheName() throws {
        let found = try quotes("UK shops are embracing online trading as never before, retail minister Tom Reed says.")
        let quote = try #require(found.first { $0.text.hasPrefix("UK shops are embracing") })
        #expect(quote.speaker?.name == "Tom Reed")
    }

    /// "… - where the Reds played the Blues - while chanting, “…”": a subject inside a dash aside
    /// is not the subject of a verb outside it, so no team chants.
    @Test func aSubjectInsideADashAsideIsNoSpeakerOutsideIt() throws {
        let found = try quotes(
            "Small groups of fans walked the streets around the stadium - where the Reds played the Blues - while "
                + "chanting, \u{201C}We are the champions.\u{201D}")
        let quote = try #require(found.first { $0.text.hasPrefix("We are the champions") })
        #expect(!["Blues", "the Blues", "Reds", "the Reds"].contains(quote.speaker?.name ?? ""))
    }

    /// "X, who …, said the budget would be balanced": a verb right after the words following
    /// "said" makes them its clause's subject; they are what was said, not an inverted speaker.
    @Test func aSubjectWithItsVerbAfterSaidIsNoInvertedSpeaker() throws {
        let found = try quotes("The mayor, who took office in May, said the budget would be balanced.")
        #expect(!found.contains { $0.speaker?.name == "the budget" })
        let said = try #require(found.first { $0.text == "the budget would be balanced" })
        #expect(said.speaker?.name == "The mayor")
    }

    /// A quoted title in an opening phrase is not what a cue with its own clause after it says:
    /// "On “Morning Call,” the governor said the state …" reports the clause, not the title.
    @Test func aQuotedTitleBeforeACueWithItsOwnClauseIsNotTheQuote() throws {
        let found = try quotes(
            "On Sunday\u{2019}s broadcast of \u{201C}Morning Call,\u{201D} the governor said the state would cut taxes next year.")
        #expect(!found.contains { $0.text.contains("Morning Call") })
        let said = try #require(found.first { $0.text.hasPrefix("the state would cut taxes") })
        #expect(said.speaker?.name == "the governor")
    }

    /// A title in marks inside the article's sentence stays a title when a cue follows it.
    @Test func aTitleInsideTheSentenceIsNoQuoteOfTheCueAfterIt() throws {
        let found = try quotes(
            "The crowd cheered when, at the end of her rendition of the anthem \u{201C}Stand Up For Freedom,\u{201D} "
                + "she added a line about the mayor.")
        #expect(!found.contains { $0.text.contains("Stand Up For Freedom") })
    }

    /// A speaker that is only a description no entity or pronoun resolves is less often right
    /// than a named one found by the same rule, and its confidence says so.
    @Test func anUnresolvedDescriptiveSpeakerLowersTheConfidence() throws {
        let found = try quotes(
            "\u{201C}The vote was rigged,\u{201D} a source said. \u{201C}The count was wrong,\u{201D} Jane Roe said.")
        let described = try #require(found.first { $0.speaker?.name == "a source" })
        let named = try #require(found.first { $0.speaker?.name == "Jane Roe" })
        #expect(described.rule == named.rule)
        #expect(described.confidence < named.confidence)
    }

    /// "the spokeswoman" soon after "a Harbourside Bank spokeswoman" is the same speaker; many
    /// paragraphs on, it is left unresolved.
    @Test func aDefiniteDescriptionRepeatsASpeakerNamedJustBefore() throws {
        let found = try quotes(
            "Harbourside Bank said on Monday it had closed 40 branches. \u{201C}We found clues of fraud,\u{201D} a Harbourside "
                + "Bank spokeswoman said. \u{201C}It is now a criminal investigation,\u{201D} the spokeswoman said.\n\n"
                + "Four paragraphs later.\n\nMore text here.\n\nAnd more.\n\n\u{201C}We will appeal,\u{201D} the spokeswoman said.")
        let soon = try #require(found.first { $0.text.hasPrefix("It is now") })
        #expect(soon.speaker?.name == "Harbourside Bank")
        #expect(soon.speaker?.mention.text == "the spokeswoman")
        let later = try #require(found.first { $0.text.hasPrefix("We will appeal") })
        #expect(later.speaker?.entity == nil)
    }

    /// `Y1, said X, Y2`: the name after the cue speaks the whole clause it interrupts, whatever
    /// the parse makes the cue's subject before the comma; a noun phrase after a name's own
    /// comma is its apposition, and a noun phrase before the comma with no verb is no clause.
    @Test func anInvertedCueInsideTheClauseSpeaksAllOfIt() throws {
        let found = try quotes(
            "As the prices rise, said Jane Roe, so many shops were closing their doors. "
                + "Not least, said John Doe, a consultant at Velmont Bank, because the costs are so high.")
        let roe = try #require(found.first { $0.speaker?.name == "Jane Roe" })
        #expect(roe.text == "As the prices rise, said Jane Roe, so many shops were closing their doors")
        let doe = try #require(found.first { $0.speaker?.name == "John Doe" })
        #expect(doe.text.hasSuffix("because the costs are so high"))
        let noted = try quotes("Jane Roe, the panel's chair, noted the rule in the interview last week.")
        #expect(!noted.contains { $0.speaker?.name.hasPrefix("the rule") == true })
    }

    /// Reported speech keeps the closing bracket of a bracket it opens.
    @Test func reportedSpeechKeepsItsClosingBracket() throws {
        let found = try quotes("Jane Roe said the firm paid 20bn baht ($510m).")
        #expect(found.contains { $0.text == "the firm paid 20bn baht ($510m)" })
    }

    /// "it" speaks for the organisation coreference linked it to.
    @Test func itSpeaksForTheOrganisationItStandsFor() throws {
        let found = try quotes(
            "Even the carmaker Velmont Motors may join the race, although it insists it is still considering whether to "
                + "build a hybrid.")
        let quote = try #require(found.first { $0.text.hasPrefix("it is still considering") })
        #expect(quote.speaker?.name == "Velmont Motors")
        #expect(quote.speaker?.mention.text == "it")
    }

    /// "declined to comment" reports that nothing was said: no quote.
    @Test func decliningToCommentSaysNothing() throws {
        let found = try quotes("A spokesman for the prime minister declined to comment on the report.")
        #expect(!found.contains { $0.text.hasPrefix("to comment") })
    }

    /// A speaker inside another report's content is reported: "He" after it still continues the
    /// one who reported.
    @Test func aReportedSpeakerDoesNotTakeOverTheFocus() throws {
        let found = try quotes(
            "Spokesman Tom Reed said Monday that Governor John Hale has long called for lower taxes. "
                + "He said Hale hopes that his successor will push for the same goals.")
        let next = try #require(found.first { $0.text.hasPrefix("Hale hopes") })
        #expect(next.speaker?.name == "Tom Reed")
    }

    /// "a stream called Miracle Run" names the stream and "called into a radio program" phones;
    /// "called Dr Roe a quack" still says something of Dr Roe.
    @Test func namingAndPhoningAreNotSpeech() throws {
        let found = try quotes(
            "The mine was built near a meandering stream called Miracle Run. Jane Roe called into a radio program when she "
                + "was sick. One of the doctors who sent the letter called Dr Roe a quack.")
        #expect(!found.contains { $0.text.contains("Miracle Run") })
        #expect(!found.contains { $0.text.contains("radio program") })
        #expect(found.contains { $0.text.hasSuffix("a quack") })
        // However far the parse hangs the participle, and with a clause after the name.
        let group = try quotes(
            "The neighbours quarrel about whether a chief of a Velmont-based militia called Harbourline belongs on the watch list.")
        #expect(!group.contains { $0.text.contains("belongs on") })
    }

    /// A verb of saying that closes a sentence after a comma is its trailing cue, however the
    /// tagger reads it: ", The Daily Gazette reports." is the paper's report.
    @Test func aTrailingCueAfterANameIsAVerb() throws {
        let found = try quotes("Rents in the old town rose by a fifth in two years, The Daily Gazette reports.")
        let report = try #require(found.first)
        #expect(report.text == "Rents in the old town rose by a fifth in two years")
        #expect(report.speaker?.mention.text == "The Daily Gazette")
    }

    /// "with economists warning …": the participle's subject speaks, without the preposition.
    @Test func aPrepositionIsNoPartOfTheSpeaker() throws {
        let found = try quotes(
            "Hopes for a quick deal are fading, with economists warning that the talks could drag on for months.")
        let warned = try #require(found.first { $0.text.hasPrefix("the talks could drag on") })
        #expect(warned.speaker?.mention.text == "economists")
    }

    /// What a document finds or shows is a finding, noun phrase or not; what the police found
    /// is a gun.
    @Test func aDocumentsFindingIsReported() throws {
        let found = try quotes(
            "A 2019 review by Arkwise University economist Maria Lund found 14 cases of payroll fraud. "
                + "Surveys show a tight race in the county. Police found a gun in the car.")
        let review = try #require(found.first { $0.text.hasPrefix("14 cases") })
        #expect(review.speaker?.name == "Maria Lund")
        #expect(found.contains { $0.text == "a tight race in the county" })
        #expect(!found.contains { $0.text.contains("a gun") })
    }

    /// A cue word after its own preposition is a noun: "the demands of member states outweigh
    /// every other concern" reports nothing.
    @Test func aCueWordAfterItsPrepositionIsANoun() throws {
        let found = try quotes("In the trade talks, the demands of member states outweigh every other concern.")
        #expect(found.isEmpty)
    }

    /// "a Daily Gazette report" after a quoted title is a noun, not the cue of the title.
    @Test func aCueWordAfterAnIndefiniteNameIsANoun() throws {
        let found = try quotes(
            "The 30-second spot, titled \u{201C}Arrogant,\u{201D} features a Daily Gazette report from the weekend about the "
                + "tax returns.")
        #expect(!found.contains { $0.text.contains("Arrogant") })
    }

    /// "His best response was to say …": the possessor of what was done speaks, as whoever
    /// coreference linked "His" to.
    @Test func thePossessorOfAResponseSpeaks() throws {
        let found = try quotes(
            "The senator John Hale spoke to reporters on Monday about the closures. His best response was to say he would "
                + "prevent more jobs from leaving.")
        let said = try #require(found.first { $0.text.hasPrefix("he would prevent") })
        #expect(said.speaker?.name == "John Hale")
        #expect(said.speaker?.mention.text == "His")
    }

    /// "said that was never the plan": a "that" before a finite verb is what was said's subject.
    @Test func aDemonstrativeThatStaysInWhatWasSaid() throws {
        let found = try quotes("The mayor's aide said that was never the plan. He said that the claims were false.")
        #expect(found.contains { $0.text == "that was never the plan" })
        #expect(found.contains { $0.text == "the claims were false" })
        // A relative "that" opens no clause of the cue's.
        let relative = try quotes("The ministers have proposed new trucks and spare parts that could reach the border.")
        #expect(!relative.contains { $0.text.hasPrefix("that could") || $0.text.hasPrefix("could") })
    }

    /// A cue's own phrase after it ("said in its annual report") does not hide the clause it
    /// interrupts: what follows its comma still continues what was said, but not a clause of the
    /// writer's after a subordinator.
    @Test func anAttributionsPhraseStaysInsideTheClauseItInterrupts() throws {
        let found = try quotes(
            "Exports to Velmont grew by 4 percent, the ministry said in its annual report, and imports fell by 2 percent. "
                + "The plan is an insult to taxpayers, council members said on Monday, while the count went on.")
        let report = try #require(found.first { $0.text.hasPrefix("Exports to Velmont") })
        #expect(report.text.hasSuffix("fell by 2 percent"))
        #expect(report.speaker?.mention.text == "the ministry")
        let insult = try #require(found.first { $0.text.hasPrefix("The plan is") })
        #expect(insult.text == "The plan is an insult to taxpayers")
    }

    /// "said after the hearing she would not accept …": past the cue's own phrase, the clause
    /// it reports, also where the parse reads the clause as a relative clause of the phrase's
    /// noun; a real relative clause ("a statement he released") reports nothing.
    @Test func aClauseAfterTheCuesOwnPhraseIsWhatWasSaid() throws {
        let found = try quotes(
            "Tom Hale said after the hearing he would not accept the settlement. "
                + "Jane Roe said at a rally in Velmont the economy was broken. Peter Vale said in a statement he released on Tuesday.")
        #expect(found.contains { $0.text == "he would not accept the settlement" && $0.speaker?.name == "Tom Hale" })
        #expect(found.contains { $0.text == "the economy was broken" && $0.speaker?.name == "Jane Roe" })
        #expect(!found.contains { $0.text.contains("released") })
    }

    /// What is reported inside a relative clause set off by commas ends where the clause does:
    /// "Peter Vale, who has urged the council to cut fees, declined …" reports no "declined".
    @Test func aReportInsideARelativeAsideEndsWithIt() throws {
        let found = try quotes(
            "Peter Vale, who has publicly urged the council to cut fees, declined to criticise the decision directly.")
        let urged = try #require(found.first { $0.text.hasPrefix("the council") })
        #expect(urged.text == "the council to cut fees")
    }

    /// "accepted that Tom Hale had shown remorse but that …": the second "that" clause is the
    /// judge's, not a report of the man who showed remorse.
    @Test func aThatClauseAfterTheCuesObjectBelongsToAnotherVerb() throws {
        let found = try quotes(
            "Judge Jane Roe told the court she accepted that Tom Hale had shown some remorse but that the planning made "
                + "the offence more serious.")
        #expect(!found.contains { $0.speaker?.name == "Tom Hale" })
        #expect(found.contains { $0.text.hasSuffix("made the offence more serious") && $0.speaker?.name == "Jane Roe" })
    }

    /// "The group's founder, retired schoolteacher Jane Roe, warned …": the full name after the
    /// description's comma speaks, past the words that describe her.
    @Test func aNamedPersonAfterADescriptionSpeaksForIt() throws {
        let found = try quotes(
            "The group's founder, retired schoolteacher Jane Roe, warned that the city was repeating the mistakes of 2003.")
        let warning = try #require(found.first { $0.text.hasPrefix("the city was repeating") })
        #expect(warning.speaker?.name == "Jane Roe")
    }

    /// "Asked whether she would …, Jane Roe was blunt. “Yes,” she said.": the subject of the
    /// narrative sentence takes the conversation over, however the parse roots the sentence at
    /// its opening participle.
    @Test func aSubjectAfterAnOpeningParticipleTakesTheFocus() throws {
        let found = try quotes(
            "Ann Lee said her office would review the transfer. \u{201C}We will be quick,\u{201D} she said.\n\n"
                + "Asked whether she would support a referral, Jane Roe was blunt. \u{201C}If the facts show it, then yes,\u{201D} "
                + "she said.")
        let yes = try #require(found.first { $0.text.hasPrefix("If the facts") })
        #expect(yes.speaker?.name == "Jane Roe")
    }

    /// "The Scot admitted …": a nationality in the singular with its article is the person being
    /// talked about, not the nationality; "the French" may be the people and stays as it is.
    @Test func aSingularNationalityIsThePersonTalkedAbout() throws {
        let found = try quotes(
            "Harlow manager Tom Hale could barely hide his delight on Friday. The Scot admitted that the fee had been high.")
        let fee = try #require(found.first { $0.text.hasPrefix("the fee") })
        #expect(fee.speaker?.name == "Tom Hale")
        #expect(fee.speaker?.mention.text == "The Scot")
    }

    /// "The 48-year-old Scot says …": describing words before the nationality change nothing;
    /// "a 25-year-old Briton said" names no one, and the nationality does not speak.
    @Test func aDescribedNationalityIsAPersonNotTheNationality() throws {
        let found = try quotes(
            "Harlow manager Tom Hale could barely hide his delight on Friday. The 48-year-old Scot says the fee was fair.\n\n"
                + "Fans queued all night at Velmont Park. A 25-year-old Briton said the wait had been worth it.")
        let fee = try #require(found.first { $0.text.hasPrefix("the fee") })
        #expect(fee.speaker?.name == "Tom Hale")
        #expect(fee.speaker?.mention.text == "The 48-year-old Scot")
        let wait = try #require(found.first { $0.text.hasPrefix("the wait") })
        #expect(wait.speaker?.name == "A 25-year-old Briton")
        #expect(wait.speaker?.entity == nil)
    }

    /// "Mrs Jane Roe, 29, whose son Tom was born there in January, said …": the noun after
    /// "whose" is the relative clause's, not a second subject of the cue.
    @Test func aNounAfterWhoseDoesNotSpeak() throws {
        let found = try quotes(
            "Mrs Jane Roe, 29, whose son Tom was born at the hospital in January, said she had waited nearly five hours.")
        let wait = try #require(found.first { $0.text.hasPrefix("she had waited") })
        #expect(wait.speaker?.name == "Jane Roe")
    }

    /// "In a statement read to the court by her sister, the victim's husband, Tom Hale, said …":
    /// the subject after a long opening phrase speaks, however the parse hung it.
    @Test func theSubjectAfterALongOpeningPhraseSpeaks() throws {
        let found = try quotes(
            "Prosecuting, Jim Roe said the car was stolen.\n\nIn a victim impact statement read to the court by her sister, "
                + "Dr Lee's husband, Tom Lee, said his family had been \"destroyed in a matter of seconds\".")
        let destroyed = try #require(found.first { $0.text.contains("destroyed") })
        #expect(destroyed.speaker?.name == "Tom Lee")
    }

    /// "The 31-year-old, who studied business at university, said the family employs …": the
    /// words before the cue, a phrase whose relative clause runs up to its comma, are no
    /// quotation of whatever follows the cue, however the parse reads them.
    @Test func aSubjectWithARelativeClauseIsNoInvertedQuote() throws {
        let found = try quotes(
            "Ann Lee runs the shop. The 31-year-old, who studied business at university, said the family employs 11 people "
                + "in the summer months, most of them students from the local sixth form college.")
        #expect(!found.contains { $0.text.hasPrefix("The 31-year-old") })
    }

    /// "Tom Hale, whose team plays on Sunday, joked …": however the parse reads the relative
    /// clause's noun, the name before its comma speaks.
    @Test func aNameBeforeAWhoseClauseSpeaks() throws {
        let found = try quotes(
            "Harlow boss Tom Hale, whose team travel to Velmont Park on Sunday, joked that he would have preferred a quieter week.")
        let week = try #require(found.first { $0.text.hasPrefix("he would have preferred") })
        #expect(week.speaker?.name == "Tom Hale")
    }

    /// "The Oslo-listed firm said", "a spokesperson for the Rotterdam-based group said": a place
    /// joined by a hyphen to the next word only modifies it; the whole description speaks, not
    /// the place and not the words after the hyphen.
    @Test func aPlaceJoinedByAHyphenIsNoSpeaker() throws {
        let found = try quotes(
            "The Oslo-listed firm said in a statement that the module would have to be replaced. "
                + "A spokesperson for the Rotterdam-based group said it was working with the customer.")
        let module = try #require(found.first { $0.text.hasPrefix("the module") })
        #expect(module.speaker?.mention.text == "The Oslo-listed firm")
        let customer = try #require(found.first { $0.text.hasPrefix("it was working") })
        #expect(customer.speaker?.mention.text == "A spokesperson for the Rotterdam-based group")
        #expect(customer.speaker?.entity == nil)
    }

    /// "…, officials said on Thursday, as rescuers dug …": the time phrase says when; the clause
    /// before the attribution is what was said, not the words after the time phrase.
    @Test func aTimePhraseAfterSaidIsNoObject() throws {
        let found = try quotes(
            "At least 40 people were killed after a dam burst near Velmont, officials said on Thursday, as rescuers dug "
                + "through mud in search of survivors.")
        #expect(found.count == 1)
        #expect(found.first?.text == "At least 40 people were killed after a dam burst near Velmont")
        #expect(found.first?.speaker?.mention.text == "officials")
    }

    /// "When they arrived, they found three people hurt, police said": the opening subordinate
    /// clause is no one's statement, and "found" with the attribution misread as its complement
    /// reports nothing; the police said the whole clause.
    @Test func anOpeningSubordinateClauseIsNotWhatWasSaid() throws {
        let found = try quotes("When they arrived, they found three people with gunshot wounds, police said.")
        #expect(!found.contains { $0.text == "When they arrived" })
        #expect(!found.contains { $0.cue?.text == "found" })
        #expect(found.contains { $0.text == "When they arrived, they found three people with gunshot wounds" })
    }

    /// "accused the authorities of ignoring repeated warnings about …": a participle modifying the
    /// noun ("repeated") is no light verb whose subject holds the warnings.
    @Test func aParticipleBeforeAStanceNounIsNoLightVerb() throws {
        let found = try quotes("Ann Lee, a resident, accused the authorities of ignoring repeated warnings about a retaining wall.")
        #expect(!found.contains { $0.cue?.text == "warnings" })
        #expect(found.contains { $0.speaker?.name == "Ann Lee" })
    }

    /// "disputed that, saying …": a "that" closed by a comma before a participle is a pronoun, and
    /// what is reported starts after "saying", not at the comma.
    @Test func aThatClosedByACommaOpensNoClause() throws {
        let found = try quotes("The mayor blamed the storm. Ann Lee disputed that, saying the city had cut repairs in May.")
        #expect(!found.contains { $0.text.hasPrefix(",") })
        #expect(found.contains { $0.text == "the city had cut repairs in May" })
    }

    /// "Villareal, who made a save, shrugged it off. “…,” he said": a name opening a sentence before
    /// its relative clause is the sentence's subject, though the parse made it the root and joined
    /// the main verb to the relative clause, and "he" after it is that person, not the last speaker.
    @Test func aNameBeforeItsRelativeClauseIsTheNewSubject() throws {
        let found = try quotes(
            "Kowalski, who has started every game this season, said the own goal was on him. \"I have to do better "
                + "there,\" he said.\n\nVillareal, who also made a diving stop on a Kane header in the 40th minute, shrugged "
                + "off the late save.\n\n\"It's my job,\" he said.")
        let job = try #require(found.first { $0.text == "It's my job" })
        #expect(job.speaker?.name == "Villareal")
    }

    /// "Sentencing him, the judge, Helen Carraway, said …" gives her the title, so "The judge
    /// rejected that account. She said …" is the judge speaking, not the barrister quoted before.
    @Test func aDescriptionAsTheNewSubjectTakesTheConversationOver() throws {
        let found = try quotes(
            "Sentencing him on Friday, the judge, Helen Carraway, said Mr Ashworth had shown no remorse.\n\n"
                + "Defending, Rebecca Holt said her client had developed a gambling addiction. \"He does not ask for "
                + "sympathy,\" Ms Holt said.\n\nThe judge rejected that account. She said the offending had begun well "
                + "before the addiction.")
        let offending = try #require(found.first { $0.text.hasPrefix("the offending had begun") })
        #expect(offending.speaker?.name == "Helen Carraway")
    }
}
