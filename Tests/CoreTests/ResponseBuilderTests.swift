import Testing

@testable import Core

@Suite struct ResponseBuilderTests {
    @Test func aQuotedPersonOutranksAnEquallyMentionedSilentOne() {
        let document = TextReader().read("Anna Berg and Peter Lind met. Berg and Lind talked.")
        func cluster(_ names: [String]) -> EntityClusterer.Cluster {
            let mentions = names.map { name -> EntityMention in
                let bytes = Array(name.utf8)
                let start = document.normalized.indices.first { document.normalized[$0...].starts(with: bytes) } ?? 0
                let token = document.tokens.firstIndex { $0.range.lowerBound == start } ?? 0
                return EntityMention(range: start..<(start + bytes.count), tokens: token..<(token + 1), type: .person)
            }
            return EntityClusterer.Cluster(mentions: mentions, type: .person, canonical: mentions[0])
        }
        let builder = ResponseBuilder(document: document, offsets: OffsetConverter(source: document.source, unit: .codepoint))
        let clusters = [cluster(["Anna Berg", "Berg"]), cluster(["Peter Lind", "Lind"])]
        #expect(builder.rank(clusters).first?.index == 0)
        #expect(builder.rank(clusters, speakers: [1, 1]).first?.index == 1)
        #expect(builder.rank(clusters, speakers: [1, 1]).allSatisfy { $0.salience >= 0 && $0.salience <= 1 })
    }

    /// Bit sets of entity types (claim features) depend on each type's place in `allCases`.
    @Test func entityTypeOrdinalIsItsPlaceInAllCases() {
        for (offset, type) in EntityType.allCases.enumerated() { #expect(type.ordinal == offset) }
    }

    /// Short texts and ones with long ASCII runs (taken eight bytes a step) between other scalars.
    @Test(arguments: ["a😀é中b\u{301}", "Plain words run on for a while 😀 then é and more plain words 中, to the end.\n"])
    func offsetsCountEachUnitAtEveryScalar(text: String) {
        let source = Array(text.utf8)
        for unit in OffsetUnit.allCases {
            let converter = OffsetConverter(source: source, unit: unit)
            var byte = 0
            var expected = 0
            for scalar in text.unicodeScalars {
                #expect(converter.convert(byte) == expected, "\(unit) at byte \(byte)")
                byte += String(scalar).utf8.count
                switch unit {
                case .utf8: expected += String(scalar).utf8.count
                case .utf16: expected += String(scalar).utf16.count
                case .codepoint: expected += 1
                }
            }
            #expect(converter.convert(source.count) == expected)
        }
    }

    @Test func idsAreALetterAndTheNumber() {
        #expect(ResponseID.make(ResponseID.entity, 1) == "e1")
        #expect(ResponseID.make(ResponseID.quote, 12) == "q12")
        #expect(ResponseID.make(ResponseID.claim, 100) == "c100")
        #expect(ResponseID.make(ResponseID.entity, 99_999_999_999_999) == "e99999999999999")
        #expect(ResponseID.make(ResponseID.entity, 123_456_789_012_345_678) == "e123456789012345678")
    }

    /// Names are compared in characters, as `String.count` counts them, ASCII or not.
    @Test func namesCompareByCharacters() {
        #expect(ResponseBuilder.hasMoreCharacters("Ursula von der Leyen", than: "Ursula"))
        #expect(!ResponseBuilder.hasMoreCharacters("Lind", than: "Lind"))
        // Six bytes but five characters ("e" and a combining accent are one), against five letters.
        #expect(!ResponseBuilder.hasMoreCharacters("Rene\u{301}e", than: "Renee"))
        #expect(ResponseBuilder.hasMoreCharacters("Renée Lind", than: "Renée"))
        // A carriage return and a line feed are one character.
        #expect(!ResponseBuilder.hasMoreCharacters("Anna\r\nBerg", than: "Anna Berg"))
        #expect(ResponseBuilder.hasMoreCharacters("Anna\n\nBerg", than: "Anna Berg"))
    }
}
