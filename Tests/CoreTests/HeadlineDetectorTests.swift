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
        #expect(dotted.title.map { dotted.text($0) } == "Poll: Storm Hits Coast")
        #expect(dotted.bodyText == "The storm hit.")
        #expect(dotted.dateline == nil)
        let other = read("Something else\n\nThe storm hit.", title: "Storm hits coast")
        #expect(other.title == nil)
        #expect(other.bodyText == "Something else\n\nThe storm hit.")
    }

    /// A story long enough that a short first line ending in a period heads it.
    static let story = Array(repeating: "The council met on Monday and voted to rebuild the bridge that the flood destroyed.", count: 4)
        .joined(separator: " ")

    @Test(arguments: [
        (
            "Survey: Mayor and rival level going into the final week.",
            "Survey: Mayor and rival level going into the final week"
        ),
        ("Local rower may win gold. Again.", "Local rower may win gold. Again"),
        ("Mayor Was Right About ‘Hundreds of Potholes.’", "Mayor Was Right About ‘Hundreds of Potholes’"),
        ("Minister on Floods: The Forecasts Are 'Alarming.'", "Minister on Floods: The Forecasts Are 'Alarming'"),
        ("Talks resume in Geneva!", "Talks resume in Geneva!"),
        ("Can the bridge be saved?", "Can the bridge be saved?"),
        ("Storm leaves Washington, D.C.", "Storm leaves Washington, D.C."),
    ])
    func headlineEndingInAJoinedPeriodIsTheTitleWithoutIt(line: String, title: String) throws {
        let document = read(line + "\n\n" + Self.story)
        let range = try #require(document.title)
        #expect(document.headlineText(range, period: document.titlePeriod) == title)
        #expect(document.bodyText == Self.story)
        #expect(document.sentences.first?.paragraph == -1)
    }

    @Test func firstSentenceOfAStoryIsNotATitle() {
        // Past-tense reporting is a story's first sentence, and a short text has no headline.
        #expect(read("The minister said talks had failed.\n\n" + Self.story).title == nil)
        #expect(read("Police told residents to leave.\n\n" + Self.story).title == nil)
        #expect(read("The bridge fell.\n\nNobody was hurt.").title == nil)
    }

    @Test(arguments: [
        (
            "Councillors vie for farmers' votes; \nBoth parties point out their own records.\n\n",
            "Councillors vie for farmers' votes",
            "Both parties point out their own records"
        ),
        (
            "Charity appeal passes £5m;\n\nSmall group of donors pushes total past last year.\n\n", "Charity appeal passes £5m",
            "Small group of donors pushes total past last year"
        ),
        (
            "Storm hits coast\nThousands without power as the river rises\n\n", "Storm hits coast",
            "Thousands without power as the river rises"
        ),
        (
            "NATO URGES MORE TALKS\nAllies meet in Munich as troops gather.\n\n", "NATO URGES MORE TALKS",
            "Allies meet in Munich as troops gather"
        ),
    ])
    func subheadlineUnderTheTitle(head: String, title: String, subtitle: String) throws {
        let document = read(head + Self.story)
        #expect(document.title.map { document.headlineText($0, period: document.titlePeriod) } == title)
        let range = try #require(document.subtitle)
        #expect(document.headlineText(range, period: document.subtitlePeriod) == subtitle)
        #expect(document.bodyText == Self.story)
        // Both are headline sentences, before the story's.
        #expect(document.sentences.prefix(2).map(\.paragraph) == [-1, -1])
    }

    @Test func wrappedLinesAreNoTitleAndSubtitle() {
        let document = read("The storm hit the coast on Monday and\nthe river rose.\n\n" + Self.story)
        #expect(document.title == nil)
        #expect(document.subtitle == nil)
        #expect(read("Storm hits the\nCoast Guard station.\n\n" + Self.story).subtitle == nil)
    }

    @Test func givenTitleMatchesALineWithAPeriodInsideItsClosingQuote() {
        let document = read("Lynch: ‘Be the voice people hear.’\n\n" + Self.story, title: "Lynch: ‘Be the voice people hear’")
        #expect(document.titleText == "Lynch: ‘Be the voice people hear.’")
        #expect(document.bodyText == Self.story)
    }
}
