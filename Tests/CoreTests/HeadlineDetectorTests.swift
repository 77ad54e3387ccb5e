import Testing

@testable import Core

@Suite struct HeadlineDetectorTests {
    @Test func shortFirstLineWithoutFinalPunctuationIsTheTitle() {
        let document = read("Storm hits coast\n\nThe storm hit the coast on Monday.")
        #expect(document.titleText == "Storm hits coast")
        #expect(document.bodyText == "The storm hit the coast on Monday.")
    }

    @Test func repeatedHeadlineIsSkippedTwice() {
        let document = read("Storm hits coast\n\nStorm hits coast\n\n\nThe storm hit.")
        #expect(document.titleText == "Storm hits coast")
        #expect(document.bodyText == "The storm hit.")
    }

    @Test func firstLineThatEndsLikeASentenceIsNotATitle() {
        #expect(read("The storm hit.\n\nIt was bad.").title == nil)
        #expect(read("He said: “Go.”\n\nIt was bad.").title == nil)
        #expect(read("Is this the end?\n\nIt was bad.").title == nil)
        #expect(read("He told them:\n\nIt was bad.").title == nil)
    }

    @Test func firstLineOfAWrappedParagraphIsNotATitle() {
        #expect(read("The storm hit the coast\non Monday.\n\nIt was bad.").title == nil)
        #expect(read("The storm hit the coast,\n\nIt was bad.").title == nil)
        #expect(read("Storm hits coast\nThe storm hit the coast on Monday.").titleText == "Storm hits coast")
    }

    @Test func longFirstLineIsNotATitle() {
        let long = Array(repeating: "word", count: 25).joined(separator: " ")
        #expect(read(long + "\n\nBody text.").title == nil)
    }

    @Test func lineWithNothingAfterItIsNotATitle() {
        let document = read("Just a short note")
        #expect(document.title == nil)
        #expect(document.sentenceTexts == ["Just a short note"])
    }

    @Test func givenTitleAtTheTopIsTheHeadlineAndNotBody() {
        let document = read("Storm hits coast\n\nThe storm hit.", title: "Storm hits coast")
        #expect(document.title.map { document.text($0) } == "Storm hits coast")
        #expect(document.bodyText == "The storm hit.")
        // A final period or other letter case on the text's line still matches.
        let dotted = read("Poll: Storm Hits Coast.\n\nThe storm hit.", title: "Poll: storm hits coast")
        #expect(dotted.title.map { dotted.text($0) } == "Poll: Storm Hits Coast.")
        #expect(dotted.bodyText == "The storm hit.")
        #expect(dotted.dateline == nil)
        let other = read("Something else\n\nThe storm hit.", title: "Storm hits coast")
        #expect(other.title == nil)
        #expect(other.bodyText == "Something else\n\nThe storm hit.")
    }
}
