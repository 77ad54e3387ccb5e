import Testing

@testable import Core

@Suite struct ParagraphSplitterTests {
    @Test func blankLinesSeparateParagraphsAndSingleNewlinesAreSpaces() {
        let document = read("First line\nwraps here.\n\n  Second paragraph.  \n\n\n\nThird.")
        #expect(document.paragraphTexts == ["First line\nwraps here.", "Second paragraph.", "Third."])
        #expect(document.sentenceTexts == ["First line\nwraps here.", "Second paragraph.", "Third."])
    }

    @Test func withoutBlankLinesEachLineIsAParagraph() {
        let document = read("First paragraph.\nSecond paragraph.\n   Third paragraph.")
        #expect(document.paragraphTexts == ["First paragraph.", "Second paragraph.", "Third paragraph."])
        #expect(document.sentences.map(\.paragraph) == [0, 1, 2])
    }
}
