import Testing

@testable import Core

@Suite struct MarkupStripperTests {
    static let story = Array(repeating: "The council met on Monday and voted to rebuild the bridge.", count: 4).joined(separator: " ")

    @Test(arguments: [
        ("**Jane Doe** said the *bridge* would open.", "Jane Doe said the bridge would open."),
        ("__Jane Doe__ said the _bridge_ would ~~close~~ open.", "Jane Doe said the bridge would close open."),
        ("Read [the council's report](https://example.com/report \"Report\") on it.", "Read the council's report on it."),
        ("See [the minutes][1] here.", "See the minutes here."),
        ("![A bridge](https://example.com/bridge.jpg)The bridge fell.", "The bridge fell."),
        ("Run `make` now.", "Run make now."),
        ("A s*** storm and snake_case_name stay.", "A s*** storm and snake_case_name stay."),
        ("* one item\n* another item", "* one item\n* another item"),
        ("3 * 4 = 12 and 2*x", "3 * 4 = 12 and 2*x"),
    ])
    func markdownInlineSyntaxIsNotText(input: String, text: String) {
        let document = read(input)
        #expect(document.text(0..<document.normalized.count) == text)
        // Every token still slices the input exactly.
        for token in document.tokens {
            #expect(document.sourceText(token.range) == document.text(of: token))
        }
    }

    @Test func markdownHeadingsAreTitleAndSubheads() {
        let document = read("# Bridge to be **rebuilt**\n\n\(Self.story)\n\n## What happens next\n\n\(Self.story)\n\n> \(Self.story)")
        #expect(document.title.map { document.headlineText($0, period: document.titlePeriod) } == "Bridge to be rebuilt")
        #expect(document.zones == [.body, .subhead, .body, .body])
        #expect(document.paragraphTexts[2] == Self.story)
    }

    @Test func htmlPageSentAsTextYieldsNoCodeOrTags() {
        let page = """
            <!DOCTYPE html><html><head><title>Bridge to be rebuilt</title>
            <style>body { font-family: Arial; color: #333 }</style>
            <script>var Tracker = {id: "UA-1"}; window.Analytics.send("Bridge");</script></head>
            <body><h1>Bridge to be rebuilt</h1><!-- Ad slot Google -->
            <p>The council met on <b>Monday</b> and voted to rebuild the bridge, Mayor Jane Doe said &amp; smiled.</p>
            <p class="x">Work starts in March.</p></body></html>
            """
        let document = read(page)
        let text = document.tokens.map { document.text(of: $0) }.joined(separator: " ")
        for code in ["<", ">", "script", "Tracker", "Analytics", "Arial", "font", "Google", "class", "DOCTYPE"] {
            #expect(!text.contains(code), "\(code) in \(text)")
        }
        #expect(text.contains("Mayor Jane Doe said & smiled"))
        // In a page's source every tag breaks the text, so no sentence (nor a quote or claim in it)
        // reaches over one: their texts are slices of the input.
        for sentence in document.sentences {
            let slice = document.sourceText(sentence.range)
            #expect(!slice.contains("<") && !slice.contains(">"), "\(slice)")
        }
        #expect(document.titleText == "Bridge to be rebuilt")
        for token in document.tokens {
            #expect(document.sourceText(token.range) == document.text(of: token) || document.text(of: token) == "&")
        }
    }

    @Test func plainTextIsLeftAlone() {
        let text = "AT&T said 3 < 4 and the #1 seed won [citation needed]."
        #expect(read(text).text(0..<Array(text.utf8).count) == text)
    }
}
