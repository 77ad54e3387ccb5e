import Testing

@testable import Core

@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] { read(text).sentenceTexts }

    @Test func splitsAtTerminatorsBeforeCapitals() {
        #expect(sentences("It rained. Then it stopped! Did it? Yes.") == ["It rained.", "Then it stopped!", "Did it?", "Yes."])
    }

    @Test func splitsBeforeDigitsQuotesAndBrackets() {
        #expect(
            sentences("It ended. 2016 was worse. “Bad,” he said. (Not really.)") == [
                "It ended.", "2016 was worse.", "“Bad,” he said.", "(Not really.)",
            ])
    }

    /// A middle initial before a nickname in quotation marks, and the "v." of a court case, end
    /// no sentence; a capital letter after a lower-case word still may.
    @Test func initialsBeforeNicknamesAndCaseNamesDoNotSplit() {
        #expect(
            sentences("Rep. Ann B. \"Annie\" Holt spoke. The ruling in Doe v. Roe stands. He chose plan B. \"Fine,\" he said.") == [
                "Rep. Ann B. \"Annie\" Holt spoke.", "The ruling in Doe v. Roe stands.", "He chose plan B.", "\"Fine,\" he said.",
            ])
    }

    /// A heading in capitals run into its paragraph is a subhead, apart from the sentences;
    /// capitals that are names or the whole line are not cut.
    @Test func aRunInHeadingInCapitalsIsASubhead() {
        let document = read("The plan is old.\n\nTHE HIDDEN COSTS Plenty of families save nothing. It is hard.")
        #expect(document.sentenceTexts == ["The plan is old.", "Plenty of families save nothing.", "It is hard."])
        #expect(document.subheadSentences.map { document.text($0.range) } == ["THE HIDDEN COSTS"])
        #expect(sentences("UK CEO Jane Doe said it was hard.") == ["UK CEO Jane Doe said it was hard."])
        #expect(sentences("THE END OF THE LINE FOR THE PLAN.") == ["THE END OF THE LINE FOR THE PLAN."])
        #expect(sentences("NEW YORK (Reuters) - The plan failed.").count == 1)
    }

    /// A heading in title case run into its paragraph before a colon is a subhead too; a two-word
    /// label (a transcript's speaker) and a colon inside a sentence are not.
    @Test func aRunInHeadingInTitleCaseIsASubhead() {
        let document = read(
            "The plan is old.\n\nSlow Progress on Housing Targets: The agency was founded in 1990. It is small.\n\n"
                + "Jane Doe: We will win.\n\nThe Plan Has Three Parts: tax, spending and debt.")
        #expect(document.subheadSentences.map { document.text($0.range) } == ["Slow Progress on Housing Targets:"])
        #expect(document.sentenceTexts.contains("The agency was founded in 1990."))
        #expect(document.sentenceTexts.contains("Jane Doe: We will win."))
        #expect(document.sentenceTexts.contains("The Plan Has Three Parts: tax, spending and debt."))
    }

    /// A title of several people keeps its period: "Sens. Jane Roe and John Doe" is one name list.
    @Test func pluralTitlesDoNotEndASentence() {
        #expect(
            sentences("Sens. Jane Roe and John Doe agreed. Reps. Ann Hale and Tom Reed did not.") == [
                "Sens. Jane Roe and John Doe agreed.", "Reps. Ann Hale and Tom Reed did not.",
            ])
    }

    @Test func doesNotSplitBeforeLowerCase() {
        #expect(sentences("He paid approx. ten euros. Then left.") == ["He paid approx. ten euros.", "Then left."])
    }

    /// "Dec." keeps its period as a month, and so does "DEC." before a day; elsewhere in
    /// capitals the word is an acronym that ends its sentence ("the DEC.").
    @Test func monthAbbreviationsInCapitalsEndTheSentence() {
        #expect(
            sentences("The vote is on Dec. 12 or DEC. 14 this year. The money goes to the DEC. \"We are glad,\" she said.") == [
                "The vote is on Dec. 12 or DEC. 14 this year.", "The money goes to the DEC.", "\"We are glad,\" she said.",
            ])
    }

    @Test func ordinaryWordsBeforeAPeriodSplit() {
        #expect(sentences("He loves art. Then he paints a fig. It works.") == ["He loves art.", "Then he paints a fig.", "It works."])
    }

    @Test func abbreviationsBeforeNamesNeverSplit() {
        #expect(
            sentences("Mr. Smith met Sen. Jones and Gen. Lee on Jan. Fifth.") == ["Mr. Smith met Sen. Jones and Gen. Lee on Jan. Fifth."])
    }

    @Test func closingAbbreviationsSplitOnlyBeforeSentenceStarters() {
        #expect(sentences("He moved to the U.S. The move was hard.") == ["He moved to the U.S.", "The move was hard."])
        #expect(sentences("Officials in the U.S. State Department agreed.") == ["Officials in the U.S. State Department agreed."])
        #expect(sentences("Apples, pears etc. They all grew.") == ["Apples, pears etc.", "They all grew."])
    }

    @Test func initialsDecimalsAndMoneyDoNotSplit() {
        #expect(
            sentences("John F. Kennedy won 3.5 points and $1.13bn. J. K. Rowling wrote.") == [
                "John F. Kennedy won 3.5 points and $1.13bn.", "J. K. Rowling wrote.",
            ])
    }

    @Test func ellipsisInsideASentence() {
        #expect(
            sentences("Well… maybe not. Then... we saw it… Later it rained.") == [
                "Well… maybe not.", "Then... we saw it…", "Later it rained.",
            ])
    }

    @Test func closingQuoteAndBracketStayWithTheSentence() {
        #expect(
            sentences("“We are concerned. We see them,” he said. It ended.”") == [
                "“We are concerned.", "We see them,” he said.", "It ended.”",
            ])
        #expect(sentences("He left (finally.) She stayed.") == ["He left (finally.)", "She stayed."])
    }

    @Test func quotedQuestionFollowedByLowerCaseCueStays() {
        #expect(sentences("“Why now?” she asked. Nobody knew.") == ["“Why now?” she asked.", "Nobody knew."])
    }

    @Test func sentenceWithoutTerminatorEndsWithItsParagraph() {
        #expect(
            sentences("It rained.\n\nFirst paragraph without end\n\nSecond one. Third") == [
                "It rained.", "First paragraph without end", "Second one.", "Third",
            ])
    }

    @Test func tokensKnowTheirSentence() {
        let document = read("One two. Three four.")
        #expect(document.sentences.map(\.tokens) == [0..<3, 3..<6])
        #expect(document.tokens.map(\.sentence) == [0, 0, 0, 1, 1, 1])
        #expect(document.tokens.filter { $0.flags.contains(.sentenceInitial) }.map { document.text(of: $0) } == ["One", "Three"])
    }

    @Test func uncasedScriptsSplitAfterTerminatorAndSpace() {
        #expect(sentences("هذا جيد. هذا أيضا.") == ["هذا جيد.", "هذا أيضا."])
    }
}
