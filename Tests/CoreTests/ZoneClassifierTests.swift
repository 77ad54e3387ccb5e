import Testing

@testable import Core

@Suite struct ZoneClassifierTests {
    static let first = "The council met on Monday and voted to rebuild the bridge that the flood destroyed last spring."
    static let last = "Work on the new bridge is expected to start in March and to cost about $40 million, officials said."

    /// The zone that `paragraph` gets between two paragraphs of a story.
    private func zone(of paragraph: String) -> ParagraphZone? {
        let document = read(Self.first + "\n\n" + paragraph + "\n\n" + Self.last)
        guard document.paragraphs.count == 3 else { return nil }
        return document.zones[1]
    }

    /// The zone that `paragraph` gets closing a story.
    private func closingZone(of paragraph: String) -> ParagraphZone? {
        let document = read(Self.first + "\n\n" + Self.last + "\n\n" + paragraph)
        guard document.paragraphs.count == 3 else { return nil }
        return document.zones[2]
    }

    @Test(arguments: [
        "Correction: A previous version of this story gave the wrong year for the bridge.",
        "CORRECTION: The council vote was 7-2, not 6-3.",
        "Clarification: The opening paragraph now says who called the meeting.",
        "This story has been corrected. An earlier version said the bridge opened in 1990.",
        "This article was amended on 3 May 2024 to correct the spelling of the mayor's name.",
        "An earlier version of this story gave the wrong date for the vote.",
        "Correction appended",
        "*Due to an editing error, the cost of the bridge was misstated in an earlier version.",
    ])
    func corrections(paragraph: String) {
        #expect(zone(of: paragraph) == .correction)
        #expect(closingZone(of: paragraph) == .correction)
    }

    @Test(arguments: [
        ("Editor's note: This newspaper's owner sits on the bridge council.", ParagraphZone.editorsNote),
        ("EDITOR’S NOTE: Jane Doe covered the council for ten years.", .editorsNote),
        ("Editors' Note: The council met behind closed doors; this account is based on interviews.", .editorsNote),
        ("Note to readers: Our reporter's family lives near the bridge.", .editorsNote),
        ("This post has been updated with comment from the mayor.", .editorsNote),
        ("Update: This story has been updated to include the final vote.", .editorsNote),
        ("EDITOR'S NOTE: This story has been amended to clarify who paid for the study.", .correction),
    ])
    func editorsNotes(paragraph: String, zone expected: ParagraphZone) {
        #expect(zone(of: paragraph) == expected)
    }

    @Test(arguments: [
        "By Jane Doe",
        "By JANE DOE and JOHN ROE, Associated Press",
        "By Maria García | Reuters",
        "(Reporting by Jane Doe in Washington and John Roe in New York; Editing by Ann Smith)",
        "Reporting by Jane Doe; additional reporting by John Roe; writing by Ann Smith",
        "--additional reporting from Darren Smith.",
        "Jane Doe and John Roe contributed reporting.",
        "The Associated Press contributed to this report.",
        "Photo: Jane Doe/AP",
        "Getty/Instagram.",
    ])
    func credits(paragraph: String) {
        #expect(zone(of: paragraph) == .credit)
    }

    /// A page's poll or share bar flattened into text, its parts set apart by wide gaps, is not
    /// the story; prose typed with two spaces after its full stops is.
    @Test func flattenedPageWidgetsAreFurniture() {
        #expect(zone(of: "POLL   Should the bridge be rebuilt?   Yes  No   Results are not scientific") == .furniture)
        #expect(zone(of: "Rate this article   Poor   Fair   Good") == .furniture)
        #expect(zone(of: "The vote was close.  Two members left early.  The mayor said she was pleased.") == .body)
        #expect(zone(of: "The vote was close.   Two members left early.") == .body)
    }

    @Test func reporterLineClosingTheStoryIsACredit() {
        #expect(closingZone(of: "Jane Doe reported from Midway Atoll, and John Roe from Kaneohe Bay, Hawaii.") == .credit)
    }

    @Test(arguments: [
        "Follow Jane Doe on Twitter @janedoe.",
        "Follow her on Twitter: @JaneRoeNews. Reach her directly at jroe@example.com.",
        "Jane Doe covers the council for the paper. Follow her on Instagram and Facebook.",
        "Email the author at jane.doe@example.com or follow her on Twitter @janedoe.",
        "You can follow Jane Doe on Bluesky.",
        "Jane Doe can be reached at jdoe@example.com.",
        "@Fred_945.",
        "The bridge is back. pic.twitter.com/P2qpm3h3Pm— City News (@CityNews) September 27, 2016.",
    ])
    func contactLines(paragraph: String) {
        #expect(zone(of: paragraph) == .contact)
    }

    @Test(arguments: [
        "OBAMA FOCUSED ON HIS GOLF GAME",
        "Why The Bridge Matters",
        "Joining Forces With the State.",
        "ABSTRACT.",
        "___",
        "* * *",
    ])
    func subheads(paragraph: String) {
        #expect(zone(of: paragraph) == .subhead)
    }

    @Test(arguments: [
        "Sources: City council minutes; state transport department.",
        "Source: NATO.",
        "References: Bridge inspection report, 2023.",
    ])
    func sourceLists(paragraph: String) {
        #expect(zone(of: paragraph) == .sources)
    }

    @Test(arguments: [
        "Image caption The old bridge before the flood",
        "The mayor speaks at the council meeting on Monday. (AP Photo/Jane Doe)",
        "Workers inspect the damage on March 3, 2024. (Photo by John Roe/Getty Images)",
    ])
    func captions(paragraph: String) {
        #expect(zone(of: paragraph) == .caption)
    }

    /// Sentences that start like notes, credits or contact lines but are the story.
    @Test(arguments: [
        "By the fall of 2010, the council had spent $3 million on the bridge.",
        "By contrast, the state paid nothing.",
        "Corrections officers guarded the meeting.",
        "Follow the money, the mayor said.",
        "The report said the article had been updated by its author.",
        "This story has been shared thousands of times, the mayor said.",
        "Sources said the vote would be close.",
        "Email records show the mayor wrote to the contractor.",
        "“We will rebuild it,” she said.",
        "Baiting the moderators.",
        "Why the bridge matters",
    ])
    func storyParagraphsStayBody(paragraph: String) {
        #expect(zone(of: paragraph) == .body)
    }

    @Test func aLabelOnItsOwnLineGivesItsZoneToTheNextParagraph() {
        let document = read(Self.first + "\n\nCORRECTION\n\nThe vote was 7-2.\n\n" + Self.last)
        #expect(document.zones == [.body, .correction, .correction, .body])
        // "Correction Appended." announces a note further down: the paragraph after it is the story.
        let appended = read(Self.first + "\n\nCorrection Appended.\n\n" + Self.last)
        #expect(appended.zones == [.body, .correction, .body])
    }

    @Test func aBylineOrNoteIsNeverTheTitle() {
        for line in ["By Jane Doe", "Correction appended", "Follow us on Twitter @bridgenews", "Photo: Jane Doe/AP"] {
            let document = read(line + "\n\n" + Self.first + "\n\n" + Self.last)
            #expect(document.title == nil, "\(line)")
        }
    }

    @Test func aTextOfShortLinesHasNoSubheads() {
        let document = read("Apples\nPears\nPlums\nCherries")
        #expect(document.zones.allSatisfy { $0 == .body })
    }

    @Test func onlyBodyParagraphsHaveTokensAndNotesKeepTheirOffsets() throws {
        let text = """
            Bridge to be rebuilt

            By Jane Doe, Staff Writer

            \(Self.first)

            REPAIRS START IN MARCH
            \(Self.last)

            (Reporting by Jane Doe; Editing by John Roe)

            Follow Jane Doe on Twitter @janedoe.

            Correction: An earlier version of this story misstated the cost.
            """
        let document = read(text)
        #expect(document.titleText == "Bridge to be rebuilt")
        #expect(document.zones == [.credit, .body, .subhead, .body, .credit, .contact, .correction])
        // No token of another zone reaches the later stages, and paragraph numbers count every paragraph.
        #expect(document.sentences.map(\.paragraph) == [-1, 1, 3])
        for token in document.tokens where token.sentence >= 0 {
            let paragraph = document.sentences[Int(token.sentence)].paragraph
            #expect(paragraph < 0 || document.zones[paragraph] == .body)
        }
        let notes = document.notes
        #expect(notes.map(\.kind) == [.credit, .credit, .correction])
        let correction = try #require(notes.last)
        #expect(document.sourceText(correction.range) == "Correction: An earlier version of this story misstated the cost.")
        let source = Array(text.utf8)
        #expect(Array(source[document.sourceRange(correction.range)]) == Array(correction.range.map { document.normalized[$0] }))
    }
}
