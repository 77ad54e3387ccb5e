import Foundation
import Testing

@testable import Core

/// Splits on ASCII spaces and returns byte ranges, standing in for the real
/// tokenizer so these tests exercise only the gazetteer.
private func tokenize(_ text: String) -> (bytes: [UInt8], tokens: [Range<Int>]) {
    let bytes = Array(text.utf8)
    var tokens: [Range<Int>] = []
    var start: Int?
    for (i, byte) in bytes.enumerated() {
        if byte == 0x20 {
            if let s = start {
                tokens.append(s..<i)
                start = nil
            }
        } else if start == nil {
            start = i
        }
    }
    if let s = start { tokens.append(s..<bytes.count) }
    return (bytes, tokens)
}

@Suite struct GazetteerTests {
    let small = Gazetteer(entries: [
        ("Paris", .city),
        ("Paris", .firstFemale),
        ("New York", .region),
        ("New York City", .city),
        ("York", .city),
        ("United Nations Security Council", .country),
        ("Smith", .surname),
        ("O’Brien", .surname),
        ("Guinea-Bissau", .country),
    ])

    private func found(_ text: String, in gazetteer: Gazetteer? = nil) -> [(String, GazetteerCategories)] {
        let (bytes, tokens) = tokenize(text)
        return (gazetteer ?? small).matches(in: tokens, of: bytes).map { match in
            let start = tokens[match.tokens.lowerBound].lowerBound
            let end = tokens[match.tokens.upperBound - 1].upperBound
            return (String(decoding: bytes[start..<end], as: UTF8.self), match.categories)
        }
    }

    @Test func singleWordsCombineCategoriesOfRepeatedEntries() {
        #expect(small.categories(of: Array("Paris".utf8)) == [.city, .firstFemale])
        #expect(small.categories(of: Array("Smith".utf8)) == .surname)
        #expect(small.categories(of: Array("Berlin".utf8)) == [])
        #expect(small.categories(of: "O’Brien".utf8) == .surname)
        #expect(small.categories(of: "Guinea-Bissau".utf8) == .country)
    }

    @Test func lookupIgnoresAsciiCase() {
        #expect(small.categories(of: "PARIS".utf8) == [.city, .firstFemale])
        #expect(small.categories(of: "paris".utf8) == [.city, .firstFemale])
        let result = found("in NEW york city today")
        #expect(result.count == 1)
        #expect(result.first?.0 == "NEW york city")
        #expect(result.first?.1 == .city)
    }

    @Test func longestMatchWins() {
        let result = found("New York City and New York and York")
        #expect(result.map(\.0) == ["New York City", "New York", "York"])
        #expect(result.map(\.1) == [.city, .region, .city])
    }

    @Test func matchesDoNotOverlapAndGoLeftToRight() {
        // "New York" is taken first, so "York City" is never considered.
        let gazetteer = Gazetteer(entries: [("New York", .region), ("York City", .city)])
        let result = found("New York City", in: gazetteer)
        #expect(result.map(\.0) == ["New York"])
    }

    @Test func aPrefixThatIsNotAnEntryFallsBackToShorterMatches() {
        // "United Nations" is only a prefix of a longer entry: no match for it,
        // and scanning resumes on the next token.
        let result = found("United Nations Security Smith")
        #expect(result.map(\.0) == ["Smith"])
        #expect(small.categories(ofPhrase: "United Nations") == [])
        #expect(small.categories(ofPhrase: "united nations security council") == .country)
    }

    @Test func emptyInputs() {
        #expect(small.matches(in: [], of: []).isEmpty)
        #expect(small.categories(of: [UInt8]()) == [])
        let empty = Gazetteer(entries: [])
        #expect(found("Paris", in: empty).isEmpty)
    }

    @Test func outOfRangeTokensNeverTrap() {
        let bytes = Array("Paris".utf8)
        #expect(small.matches(in: [0..<5, 3..<99, -1..<2], of: bytes).map(\.tokens) == [0..<1])
    }

    @Test func tsvParsingAndErrors() throws {
        let gazetteer = try Gazetteer(tsv: Array("New York\tREGION\r\n\nParis\tCITY\nParis\tFIRST_FEMALE\n".utf8))
        #expect(gazetteer.categories(ofPhrase: "new york") == .region)
        #expect(gazetteer.categories(of: "Paris".utf8) == [.city, .firstFemale])
        #expect(gazetteer.phraseCount == 2)
        #expect(throws: GazetteerError.malformedLine(line: 2)) {
            try Gazetteer(tsv: Array("Paris\tCITY\nno tab here\n".utf8))
        }
        #expect(throws: GazetteerError.unknownCategory(line: 1, name: "PLANET")) {
            try Gazetteer(tsv: Array("Mars\tPLANET\n".utf8))
        }
    }

    @Test func commonWordsFoldCase() {
        let words = CommonWords(list: Array("such\nspeaking\r\nimpossible\n\n".utf8))
        #expect(words.count == 3)
        #expect(words.contains(lowercased: "Such".utf8))
        #expect(words.contains(lowercased: "impossible".utf8))
        #expect(!words.contains(lowercased: "Paris".utf8))
    }

    @Test func largeInputCompletes() {
        let words = ["the", "New", "York", "City", "council", "met", "Smith", "in", "Paris", "today"]
        var text: [UInt8] = []
        var tokens: [Range<Int>] = []
        text.reserveCapacity(700_000)
        for i in 0..<100_000 {
            let word = words[i % words.count].utf8
            let start = text.count
            text.append(contentsOf: word)
            tokens.append(start..<text.count)
            text.append(0x20)
        }
        let result = small.matches(in: tokens, of: text)
        // Per 10 words: "New York City", "Smith", "Paris".
        #expect(result.count == 30_000)
    }

    @Test func generatedGazetteerHasTheBasics() throws {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // CoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
        let resources = root.appendingPathComponent("Sources/Models/Resources")
        let tsv = try Data(contentsOf: resources.appendingPathComponent("gazetteer.tsv"))
        let gazetteer = try Gazetteer(tsv: Array(tsv))
        #expect(gazetteer.phraseCount > 10_000)

        func has(_ token: String, _ category: GazetteerCategories) -> Bool {
            gazetteer.categories(ofPhrase: token).contains(category)
        }
        #expect(has("Germany", .country))
        #expect(has("Paris", .city))
        #expect(has("German", .nationality))
        #expect(has("Texas", .region))
        #expect(has("Europe", .continent))
        #expect(has("John", .firstMale))
        #expect(has("Mary", .firstFemale))
        #expect(has("Smith", .surname))
        #expect(has("United States", .country))
        #expect(gazetteer.categories(of: "the".utf8) == [])
        #expect(gazetteer.categories(of: "Saturday".utf8) == [])

        let common = try Data(contentsOf: resources.appendingPathComponent("common-words.txt"))
        let words = CommonWords(list: Array(common))
        #expect(words.contains(lowercased: "Such".utf8))
        #expect(!words.contains(lowercased: "Germany".utf8))
    }
}
