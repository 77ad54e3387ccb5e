import Testing

@testable import Core

/// The quote stage under parses a greedy parser gives on news copy: each test sets the arcs by
/// hand, wrong where the parser is known to go wrong, and expects the speaker a reader would name.
/// Token indices count from the text's first token.
@Suite struct QuoteMisparseTests {
    /// The title after the name taken as the subject's head, the name as its compound.
    @Test func aNameBeforeTheTitleTheParseMadeTheHeadStillSpeaks() throws {
        // 0 Carla 1 Mendez 2 , 3 director 4 general 5 of 6 Northern 7 Film 8 Rights 9 , 10 said
        let fixture = QuoteFixture(
            "Carla Mendez, director general of Northern Film Rights, said: \"We believe that every school should teach film.\"",
            names: [("Carla Mendez", .person), ("Northern Film Rights", .organization)],
            parse: [
                0: (4, .compound, .propn), 1: (0, .flat, .propn), 3: (1, .appos, .noun), 4: (10, .nsubj, .noun),
                5: (8, .case, .adp), 8: (4, .nmod, .noun), 10: (-1, .root, .verb),
            ])
        let quote = try #require(fixture.quote(containing: "every school"))
        #expect(fixture.entityName(quote) == "Carla Mendez")
    }

    /// A title before the name read as a second subject of the same verb.
    @Test func aTitleTheParseMadeASecondSubjectIsPartOfTheSpeaker() throws {
        // 0 Plastics 1 exports 2 are 3 growing 4 faster 5 than 6 ever 7 , 8 trade 9 minister 10 Paul 11 Okafor 12 says
        let fixture = QuoteFixture(
            "Plastics exports are growing faster than ever, trade minister Paul Okafor says.",
            names: [("Paul Okafor", .person)],
            parse: [
                1: (3, .nsubj, .noun), 2: (3, .aux, .aux), 3: (12, .ccomp, .verb), 8: (9, .compound, .noun),
                9: (12, .nsubj, .noun), 10: (12, .nsubj, .propn), 11: (10, .flat, .propn), 12: (-1, .root, .verb),
            ])
        let quote = try #require(fixture.quote(containing: "growing faster"))
        #expect(fixture.entityName(quote) == "Paul Okafor")
    }

    /// A stance verb read as a participle whose "on" phrase is its agent: only "by" brings an
    /// agent, so the speaker is still the name before the verb.
    @Test func anAgentWithoutByIsNoSpeaker() throws {
        // 0 Jane 1 Roe 2 called 3 on 4 the 5 council 6 to 7 stop 8 the 9 plan
        let fixture = QuoteFixture(
            "Jane Roe called on the council to stop the plan.",
            names: [("Jane Roe", .person)],
            parse: [
                0: (-1, .root, .propn), 1: (0, .flat, .propn), 2: (0, .acl, .verb), 3: (5, .case, .adp), 4: (5, .det, .det),
                5: (2, .oblAgent, .noun), 6: (7, .mark, .part), 7: (2, .xcomp, .verb), 8: (9, .det, .det), 9: (7, .obj, .noun),
            ])
        let quote = try #require(fixture.quote(containing: "stop the plan"))
        #expect(fixture.entityName(quote) == "Jane Roe")
    }

    /// An aside between commas read as the subject.
    @Test func anAsideBetweenCommasIsNoSpeaker() throws {
        // 0 Aldoria 1 , 2 meanwhile 3 , 4 says 5 it 6 will 7 focus
        let fixture = QuoteFixture(
            "Aldoria, meanwhile, says it will focus on wind power instead.",
            names: [("Aldoria", .gpe)],
            parse: [
                0: (4, .advmod, .propn), 2: (4, .nsubj, .noun), 4: (-1, .root, .verb), 5: (7, .nsubj, .pron),
                6: (7, .aux, .aux), 7: (4, .ccomp, .verb),
            ])
        let quote = try #require(fixture.quote(containing: "wind power"))
        #expect(fixture.speakerText(quote) == "Aldoria")
    }
}
