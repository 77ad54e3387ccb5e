import Core
import Foundation
import Models
import Testing

/// The quote stage on the seed article with the real entity model: speakers named only by a
/// pronoun or a misspelling must still reach the right entity.
@Suite struct QuoteSeedTests {
    static func response() throws -> AnalysisResponse {
        let url = try #require(Bundle.module.url(forResource: "seed-article", withExtension: "txt", subdirectory: "Fixtures"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return try BundledModels.analyzer().analyze(AnalysisRequest(text: text))
    }

    private func speakerNames(_ response: AnalysisResponse, key: String, kind: QuoteKind) -> [String] {
        let names = Dictionary(uniqueKeysWithValues: response.entities.map { ($0.id, $0.name) })
        return response.quotes.filter { $0.kind == kind && $0.text.contains(key) }.compactMap { quote in
            quote.speaker.flatMap { speaker in speaker.entity.flatMap { names[$0] } ?? speaker.name }
        }
    }

    @Test func directQuotesReachTheirSpeakers() throws {
        let response = try Self.response()
        #expect(speakerNames(response, key: "I have invited Russia", kind: .direct) == ["Jens Stoltenberg"])
        #expect(speakerNames(response, key: "concentration of combat readiness", kind: .direct) == ["Jens Stoltenberg"])
        #expect(speakerNames(response, key: "casus belli", kind: .direct) == ["Olaf Schultz"])
        #expect(speakerNames(response, key: "So that danger", kind: .direct) == ["Jens Stoltenberg"])
        #expect(speakerNames(response, key: "We will differentiate clearly", kind: .direct) == ["Olaf Schultz"])
    }

    @Test func pronounSpeakerKeepsItsOwnMention() throws {
        let response = try Self.response()
        let quote = try #require(response.quotes.first { $0.text.contains("I have invited Russia") })
        #expect(quote.speaker?.mention.text == "he")
        #expect(quote.cue?.text == "said")
        #expect(quote.text.hasPrefix("I have invited") && !quote.text.hasSuffix(","))
    }

    @Test func reportedSpeechIsFound() throws {
        let response = try Self.response()
        #expect(speakerNames(response, key: "he sent the letter on Thursday", kind: .indirect) == ["Jens Stoltenberg"])
        #expect(speakerNames(response, key: "it had begun", kind: .indirect) == ["Russia"])
        #expect(speakerNames(response, key: "each country is free to choose its alliance", kind: .indirect) == ["NATO"])
    }

    @Test func quoteOffsetsSliceTheInput() throws {
        let url = try #require(Bundle.module.url(forResource: "seed-article", withExtension: "txt", subdirectory: "Fixtures"))
        let scalars = Array(try String(contentsOf: url, encoding: .utf8).unicodeScalars)
        let response = try Self.response()
        #expect(!response.quotes.isEmpty)
        for quote in response.quotes {
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[quote.start..<quote.end])
            #expect(String(slice) == quote.text)
        }
    }
}
