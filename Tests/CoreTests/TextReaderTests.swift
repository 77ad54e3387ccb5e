import Foundation
import Testing

@testable import Core

@Suite struct TextReaderTests {
    static func seedArticle() throws -> String {
        let url = try #require(Bundle.module.url(forResource: "seed-article", withExtension: "txt", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    // MARK: The seed article

    @Test func seedTitleDatelineAndBody() throws {
        let document = read(try Self.seedArticle())
        #expect(document.title.map { document.sourceText($0) } == "NATO urges more Russia talks to defuse Ukraine crisis")
        #expect(document.dateline.map { document.sourceText($0) } == "Munich")
        #expect(!document.bodyText.contains("You may also like"))
        #expect(!document.bodyText.contains("NATO urges more Russia talks"))
        #expect(document.bodyText.hasPrefix("Munich: NATO Secretary-General"))
        #expect(document.bodyText.hasSuffix("von der Leyen said."))
        #expect(document.paragraphs.count == 12)
    }

    @Test func wordCountSplitsOnSpacesOnly() {
        let document = read("Angela Merkel's U.S.-led visit, in Paris, lasted\n\ntwo days.")
        #expect(document.tokens.count > 10)
        #expect(document.wordCount == 9)
    }

    /// The words a reader sees inside marks, once for every stage: a quotation closed in its
    /// paragraph, marks included; a mark left open there covers nothing.
    @Test func quotationsAreMarkedOnceWithinTheirParagraph() {
        let document = TextReader().read(
            "Police said \u{201C}the road is closed\u{201D} today.\n\nShe said \u{201C}it will reopen.\n\nNobody knows when.")
        let quoted = document.tokens.filter { $0.flags.contains(.quoted) }.map { document.text(of: $0) }
        #expect(quoted == ["\u{201C}", "the", "road", "is", "closed", "\u{201D}"])
    }

    @Test func seedSentences() throws {
        let document = read(try Self.seedArticle())
        let sentences = document.sentenceTexts
        #expect(sentences.first == "NATO urges more Russia talks to defuse Ukraine crisis")
        #expect(document.sentences.first?.paragraph == -1)
        #expect(document.tokens[document.sentences[0].tokens].allSatisfy { $0.flags.contains(.headline) })
        #expect(sentences[1].hasPrefix("NATO Secretary-General Jens Stoltenberg said on Saturday") == true)
        #expect(sentences.contains("“I have invited Russia and all NATO allies to the NATO-Russia Council meeting."))
        #expect(sentences.contains("I reiterated my invitation in a letter to Minister Lavrov on Thursday,” he said."))
        #expect(sentences.contains("President Vladimir Putin is making security demands, including preventing Ukraine from joining NATO."))
        #expect(sentences.contains { $0.hasPrefix("“We will differentiate") && $0.hasSuffix("Scholz added.") })
        #expect(sentences.last?.hasSuffix("von der Leyen said.") == true)
        #expect(sentences.count == 17)
        #expect(document.sentences.map(\.paragraph) == document.sentences.map(\.paragraph).sorted())
    }

    @Test func seedTokens() throws {
        let document = read(try Self.seedArticle())
        let words = document.tokenTexts
        #expect(words.contains("NATO-Russia"))
        #expect(words.contains("build-up"))
        #expect(words.indices.dropLast().contains { words[$0] == "do" && words[$0 + 1] == "n’t" })
        let moscow = try #require(words.indices.dropLast().first { words[$0] == "Moscow" && words[$0 + 1] == "’s" })
        #expect(document.tokens[moscow + 1].flags.contains(.possessive))
        #expect(!words.contains("Moscow’s"))
        // The dateline's tokens are kept out of the sentences.
        let headlineTokens = document.sentences[0].tokens.count
        #expect(document.tokens[headlineTokens].sentence == -1 && document.text(of: document.tokens[headlineTokens]) == "Munich")
        #expect(document.sentences[1].tokens.lowerBound == headlineTokens + 2)
    }

    @Test func analyzerReportsTitleAndDatelineFromTheInput() throws {
        let response = try Analyzer().analyze(AnalysisRequest(text: "Storm\u{A0}hits coast\r\n\r\nMIAMI (AP) — The storm hit."))
        #expect(response.title == "Storm\u{A0}hits coast")
        #expect(response.dateline == "MIAMI")
    }

    // MARK: Offsets and robustness

    @Test func rangesMapBackToTheInput() {
        let text = "\u{FEFF}Title\u{A0}here\r\n\r\nBERLIN\u{2003}– He said “hi\u{200B}”.\r\n"
        let document = read(text)
        #expect(document.title.map { document.sourceText($0) } == "Title\u{A0}here")
        #expect(document.dateline.map { document.sourceText($0) } == "BERLIN")
        // The zero-width space after "hi" was removed and is not part of the token's source text.
        #expect(document.tokens.map { document.sourceText($0.range) }.contains("hi"))
        #expect(document.sourceText(document.body).hasSuffix("”."))
        let trailingInvisible = read("Word\u{200B}")
        #expect(trailingInvisible.sourceText(trailingInvisible.tokens[0].range) == "Word")
    }

    private static let oddFragments = [
        "Mr.", " ", "  ", "\r\n", "\n", "\n\n", "\r", "\t", "\u{A0}", "\u{FEFF}", "\u{200B}", "\u{200D}", "\u{AD}",
        "\u{0}", "\u{85}", "\u{2029}", "\u{3000}", "😀", "👍🏽", "👩‍👩‍👧", "❤\u{FE0F}", "e\u{301}", "\u{301}", "שלום", "مرحبا",
        "日本語。", "“", "”", "‘", "’", "’s", "'", "\"", ".", "...", "…", "?", "!", ":", "U.S.", "3.5", "1,000", "$", "%",
        "—", "–", "-", "Word", "word", "NATO-Russia", "You may also like", "MUNICH", "(", ")", "J.", "No.", "A",
    ]

    private static let plainFragments = [
        "Mr.", " ", "\n", "\n\n", "😀", "e\u{301}", "שלום", "“", "”", "’s", "'", ".", "…", "U.S.", "3.5", "$", "—",
        "-", "Word", "word", "MUNICH", ":", "(", ")", "Related",
    ]

    private static func randomText(_ fragments: [String], using generator: inout SplitMix64) -> String {
        let count = Int.random(in: 0...60, using: &generator)
        return (0..<count).map { _ in fragments.randomElement(using: &generator) ?? "" }.joined()
    }

    private static func checkInvariants(_ document: TextDocument, _ input: String) {
        let count = document.normalized.count
        #expect(document.sourceOffset.count == count + 1)
        #expect(document.sourceOffset == document.sourceOffset.sorted())
        func valid(_ range: Range<Int>) -> Bool {
            guard range.lowerBound >= 0, range.upperBound <= count else { return false }
            let source = document.sourceRange(range)
            return String(validating: document.source[source], as: UTF8.self) != nil
                && String(validating: document.normalized[range], as: UTF8.self) != nil
        }
        var ranges = [document.body]
        ranges += [document.title, document.subtitle, document.dateline, document.agency].compactMap { $0 }
        ranges += document.paragraphs + document.sentences.map(\.range) + document.tokens.map(\.range)
        for range in ranges { #expect(valid(range), "range \(range) in \(input.debugDescription)") }
        func ordered(_ ranges: [Range<Int>]) -> Bool {
            zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound }
        }
        #expect(ordered(document.paragraphs), "paragraphs in \(input.debugDescription)")
        #expect(ordered(document.sentences.map(\.range)), "sentences in \(input.debugDescription)")
        #expect(ordered(document.tokens.map(\.range)), "tokens in \(input.debugDescription)")
        #expect(document.tokens.allSatisfy { !$0.range.isEmpty })
        #expect(
            document.paragraphs.allSatisfy {
                !$0.isEmpty && document.body.contains($0.lowerBound) && $0.upperBound <= document.body.upperBound
            })
        var nextToken = document.sentences.first?.tokens.lowerBound ?? 0
        for (index, sentence) in document.sentences.enumerated() {
            #expect(sentence.tokens.lowerBound >= nextToken && !sentence.tokens.isEmpty)
            nextToken = sentence.tokens.upperBound
            #expect(document.tokens[sentence.tokens].allSatisfy { $0.sentence == Int32(index) })
            if sentence.paragraph == -1 {
                // The headline, then its subheadline.
                let inTitle = index == 0 && document.title?.contains(sentence.range.lowerBound) == true
                let inSubtitle = index <= 1 && document.subtitle?.contains(sentence.range.lowerBound) == true
                #expect(inTitle || inSubtitle)
            } else {
                #expect(document.paragraphs[sentence.paragraph].contains(sentence.range.lowerBound))
            }
        }
    }

    @Test func randomOddInputsKeepEveryRangeValid() {
        var generator = SplitMix64(state: 0x5EED)
        for _ in 0..<3000 {
            let input = Self.randomText(Self.oddFragments, using: &generator)
            Self.checkInvariants(read(input), input)
        }
    }

    @Test func inputsWithoutNormalisedCharactersAreUnchanged() {
        var generator = SplitMix64(state: 42)
        for _ in 0..<1000 {
            let input = Self.randomText(Self.plainFragments, using: &generator)
            let document = read(input)
            #expect(document.normalized == document.source)
            #expect(document.sourceOffset == (0...document.source.count).map { Int32($0) })
            Self.checkInvariants(document, input)
        }
    }

    @Test func pathologicalInputsFinishQuickly() {
        let inputs = [
            String(repeating: "a", count: 400_000),
            String(repeating: "word ", count: 100_000),
            String(repeating: "“", count: 10_000) + String(repeating: "’", count: 10_000),
            String(repeating: ".", count: 200_000),
            String(repeating: "a.", count: 100_000),
            String(repeating: "a-", count: 100_000),
            String(repeating: "1,", count: 100_000),
            String(repeating: "Advertisement\n", count: 20_000),
            String(repeating: "Short line\n\n", count: 20_000),
            String(repeating: "\u{0}", count: 100_000),
            String(repeating: "😀\u{301}", count: 50_000),
            String(repeating: "MUNICH ", count: 50_000) + ":",
            String(repeating: "U.S. ", count: 50_000),
        ]
        for input in inputs {
            let document = read(input)
            Self.checkInvariants(document, String(input.prefix(20)))
        }
        #expect(read(String(repeating: "a", count: 100_000) + " b").tokens.first?.range.count == 100_000)
    }
}
