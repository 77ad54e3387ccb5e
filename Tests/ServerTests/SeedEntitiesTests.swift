import Core
import Foundation
import Models
import Testing

/// The seed article's entity facts (from the project's acceptance list), through the bundled models.
@Suite struct SeedEntitiesTests {
    static let response: AnalysisResponse = {
        let url = Bundle.module.url(forResource: "seed-article", withExtension: "txt", subdirectory: "Fixtures")!
        let text = try! String(contentsOf: url, encoding: .utf8)
        return try! BundledModels.analyzer().analyze(AnalysisRequest(text: text))
    }()

    func entity(_ name: String) -> Entity? {
        Self.response.entities.first { $0.name.lowercased() == name.lowercased() }
    }

    @Test(arguments: [
        ("Jens Stoltenberg", EntityType.person, 5), ("Sergei Lavrov", .person, 3), ("Vladimir Putin", .person, 1),
        ("Ursula von der Leyen", .person, 2), ("Olaf Schultz", .person, 1), ("NATO", .organization, 6),
        ("NATO-Russia Council", .organization, 1), ("European Commission", .organization, 1), ("Russia", .gpe, 6),
        ("Ukraine", .gpe, 4), ("Moscow", .gpe, 3), ("Munich", .gpe, 1), ("Europe", .location, 1),
        ("Eastern Europe", .location, 1), ("Munich Security Conference", .event, 1), ("Cold War", .event, 1),
        ("UN", .organization, 1), ("German", .norp, 1), ("Russian", .norp, 1), ("Ukrainian", .norp, 1),
    ])
    func namedEntity(name: String, type: EntityType, mentions: Int) throws {
        let found = try #require(entity(name), "\(name) not found")
        #expect(found.type == type)
        #expect(found.mentions.count >= mentions)
    }

    @Test func kremlinIsAnOrganisationOrFacility() throws {
        #expect([EntityType.organization, .facility].contains(try #require(entity("Kremlin")).type))
    }

    @Test func surnamesJoinTheirFullName() throws {
        #expect(try #require(entity("Jens Stoltenberg")).mentions.contains { $0.text == "Stoltenberg" })
        #expect(try #require(entity("Sergei Lavrov")).mentions.contains { $0.text == "Lavrov" })
    }

    @Test func wordsThatAreNotNamesAreNotEntities() {
        let texts = Set(Self.response.entities.flatMap { $0.mentions.map(\.text) })
        for word in [
            "You may also like", "Impossible", "Such", "Speaking", "In a rare acknowledgment", "Minister", "President", "Secretary-General",
        ] {
            #expect(!texts.contains(word), "\(word)")
        }
    }

    @Test func everyMentionTextEqualsItsSliceOfTheInput() throws {
        let url = try #require(Bundle.module.url(forResource: "seed-article", withExtension: "txt", subdirectory: "Fixtures"))
        let scalars = Array(try String(contentsOf: url, encoding: .utf8).unicodeScalars)
        for mention in Self.response.entities.flatMap(\.mentions) {
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[mention.start..<mention.end])
            #expect(String(slice) == mention.text)
        }
    }
}

/// Offsets count in the unit the client asked for, and every mention's text is that slice.
@Suite struct OffsetUnitTests {
    static let text = "😀 Über-news: Angela Merkel met Joe Biden in Berlin. 🇩🇪 Merkel said the talks in Paris went well."

    @Test(arguments: [OffsetUnit.codepoint, .utf16, .utf8])
    func mentionsAreSlicesInEveryUnit(unit: OffsetUnit) throws {
        let response = try BundledModels.analyzer().analyze(AnalysisRequest(text: Self.text, offsets: unit))
        let mentions = response.entities.flatMap(\.mentions)
        #expect(mentions.contains { $0.text == "Angela Merkel" })
        for mention in mentions {
            let slice: String
            switch unit {
            case .codepoint:
                let scalars = Array(Self.text.unicodeScalars)
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[mention.start..<mention.end])
                slice = String(view)
            case .utf16:
                slice = String(decoding: Array(Self.text.utf16)[mention.start..<mention.end], as: UTF16.self)
            case .utf8:
                slice = String(decoding: Array(Self.text.utf8)[mention.start..<mention.end], as: UTF8.self)
            }
            #expect(slice == mention.text, "\(unit) \(mention)")
        }
    }

    @Test func unitsReallyDiffer() throws {
        let analyzer = try BundledModels.analyzer()
        func start(_ unit: OffsetUnit) throws -> Int? {
            try analyzer.analyze(AnalysisRequest(text: Self.text, offsets: unit)).entities.flatMap(\.mentions).first {
                $0.text == "Angela Merkel"
            }?.start
        }
        #expect(try start(.codepoint) == 13)
        #expect(try start(.utf16) == 14)
        #expect(try start(.utf8) == 17)
    }
}

/// Places in sports reporting, through the bundled models: national sides stay places (as the
/// Reuters corpora annotate them), clubs named after towns are organisations.
@Suite struct SportsTypingTests {
    func types(_ text: String) throws -> [String: EntityType] {
        let response = try BundledModels.analyzer().analyze(AnalysisRequest(text: text))
        var types: [String: EntityType] = [:]
        for entity in response.entities { for mention in entity.mentions { types[mention.text] = entity.type } }
        return types
    }

    @Test func nationalSidesStayPlaces() throws {
        let found = try types(
            "Belgium beat Sweden 2-1 in the World Cup qualifier on Saturday, scoring twice in the second half of the match.")
        #expect(found["Belgium"] == .gpe)
        #expect(found["Sweden"] == .gpe)
    }

    @Test func clubsNamedAfterPlacesAreOrganisations() throws {
        let found = try types(
            """
            Cricket: Leicestershire beat Somerset by an innings and 39 runs on Friday to lead the county championship.

            Somerset were bowled out for 83 in their first innings, and Leicestershire took 22 points from the match.
            """)
        #expect(found["Leicestershire"] == .organization)
        #expect(found["Somerset"] == .organization)
    }
}
