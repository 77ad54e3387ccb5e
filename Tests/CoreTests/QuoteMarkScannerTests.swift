import Testing

@testable import Core

@Suite struct QuoteMarkScannerTests {
    private func spans(_ text: String) -> [String] {
        let document = TextReader().read(text)
        return QuoteMarkScanner().scan(document).map { span in
            span.content.isEmpty
                ? ""
                : document.text(Int(document.tokens[span.content.lowerBound].start)..<Int(document.tokens[span.content.upperBound - 1].end))
        }
    }

    @Test func pairsMarksByFamily() {
        #expect(spans("He said “go home” and «stay» and \"wait\" today.") == ["go home", "stay", "wait"])
    }

    @Test func nestedSingleQuotesStayInsideTheOuterQuote() {
        #expect(spans("“She told me ‘never again’ twice,” he said.") == ["She told me ‘never again’ twice,"])
    }

    /// A quotation that ends with a sentence and is followed by a new opening mark ended there
    /// without its closing mark; one that breaks off mid-sentence had a stray opener.
    @Test func anOpenerAfterAFinishedSentenceEndsTheUnclosedQuotation() {
        #expect(
            spans("She said: \"I think it matters. \"These lessons will help,\" she added.")
                == ["I think it matters.", "These lessons will help,"])
        #expect(spans("He “said it was “fine,” she added.") == ["fine,"])
    }

    @Test func quoteSpansSentences() {
        #expect(spans("“It rained. Then it stopped,” she said.") == ["It rained. Then it stopped,"])
    }

    @Test func multiParagraphQuoteReopensWithoutClosing() {
        let document = TextReader().read("Intro line here.\n\n“First part of the speech.\n\n“Second part,” she said.")
        let found = QuoteMarkScanner().scan(document)
        #expect(found.count == 2)
        #expect(found[0].chain == found[1].chain)
        #expect(found[0].close == nil && !found[0].unclosed)
        #expect(found[1].close != nil)
    }

    @Test func unclosedQuoteAtParagraphEndIsFlagged() {
        let document = TextReader().read("Intro line here.\n\nHe said: “this never ends\n\nA new paragraph.")
        let found = QuoteMarkScanner().scan(document)
        #expect(found.count == 1)
        #expect(found[0].unclosed)
    }

    @Test func strayClosingMarksAreDroppedAlone() {
        #expect(spans("Oops” stray » marks. Then “a real quote” follows.") == ["a real quote"])
    }

    @Test func apostrophesInsideWordsAreNotMarks() {
        #expect(!spans("O’Brien don’t play rock ’n’ roll in the ’90s.").contains { $0.contains("Brien") })
        #expect(spans("O’Brien said “yes” and didn’t stop.") == ["yes"])
    }

    @Test func doubledApostrophesActAsDoubleQuotes() {
        #expect(spans("''This isn't reform,'' said Mr. Holtz.") == ["This isn't reform,"])
    }

    @Test func thousandsOfMarksStayLinearAndLocal() {
        let text = String(repeating: "“a” ” ‘b’ « \" ", count: 5000) + "“the end”"
        let found = spans(text)
        #expect(found.last == "the end")
    }

    @Test func hugeQuoteIsOneSpan() {
        let body = String(repeating: "word ", count: 20000)
        #expect(spans("“" + body + "” he said.").count == 1)
    }
}
