import Core
import Models
import Testing

/// Every OntoNotes type Lede returns, each read from a sentence written as news writes it (an
/// invented story), with the bundled models.
struct OntoNotesTypesTests {
    static let article = """
        Fishing deal signed

        The European Union and Norway signed the Fisheries Act on Tuesday morning at Heathrow Airport, \
        three weeks after the Oslo Summit. Prime Minister Erik Solberg said the deal would lift Norwegian \
        exports by 4% and bring in $2.5bn a year. About 300 fishermen gathered on the shores of the North \
        Sea, where the first boats landed 12 tonnes of cod at 6am. The agreement was read aloud in Spanish. \
        The minister later appeared on the programme Harbour Lives. The Zentra, a rugged satellite phone, \
        was handed to every crew.

        """

    @Test func everyTypeIsReadFromNewsCopy() throws {
        let response = try EntityDescriptionTests.analyzer.get().analyze(AnalysisRequest(text: Self.article))
        let found = Dictionary(response.entities.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        let expected: [String: EntityType] = [
            "Erik Solberg": .person, "Norwegian": .norp, "Heathrow Airport": .facility, "European Union": .organization,
            "Norway": .gpe, "North Sea": .location, "Zentra": .product, "Oslo Summit": .event,
            "Harbour Lives": .workOfArt, "Fisheries Act": .law, "Spanish": .language, "three weeks": .date,
            "6am": .time, "4%": .percent, "$2.5bn": .money, "12 tonnes": .quantity, "first": .ordinal, "300": .cardinal,
        ]
        for (name, type) in expected { #expect(found[name] == type, "\(name)") }
        #expect(Set(expected.values).count == EntityType.allCases.count)
    }
}

extension OntoNotesTypesTests {
    /// Names inside a web or e-mail address or a handle are not entities (cut at their dots, the
    /// tagger read "msn"-like parts as organisations); the name written out in the text still is.
    @Test func nothingInsideAnAddressIsAnEntity() throws {
        let text = """
            Readers of the Harbour Gazette can write to tips@harbourgazette.co.uk, visit \
            https://www.harbourgazette.co.uk/contact or www.brightwater.org, and follow @HarbourGazette. \
            Brightwater Trust said it had received 300 letters.
            """
        let response = try EntityDescriptionTests.analyzer.get().analyze(AnalysisRequest(text: text))
        let mentions = response.entities.flatMap(\.mentions).map(\.text)
        #expect(!mentions.contains { $0.lowercased().contains("harbourgazette") || $0.lowercased().contains("brightwater.") })
        #expect(!mentions.contains { $0.contains("@") || $0.contains("www") })
        #expect(response.entities.contains { $0.name == "Brightwater Trust" && $0.type == .organization })
    }
}

extension OntoNotesTypesTests {
    /// A year-shaped number before a singular noun names the year ("his 2002 book"); before a
    /// plural one it counts ("2000 new jobs").
    @Test func aYearBeforeOneThingIsADate() throws {
        let types = try EntityDescriptionTests().types(
            "Plant opens\n\nIn his 2002 book he blamed the 2008 housing collapse. The plant brought 2000 new jobs.\n")
        #expect(types["2002"] == .date)
        #expect(types["2008"] == .date)
        #expect(types["2000"] == .cardinal)
    }
}

extension OntoNotesTypesTests {
    /// A building that speaks is the organisation inside it, at every mention.
    @Test func aSpeakingBuildingIsAnOrganisation() throws {
        let speaking = try EntityDescriptionTests().types(
            "Reform call\n\nThe White House is saying that the revelations show the need for reform. "
                + "Reporters waited outside the White House.\n")
        #expect(speaking["White House"] == .organization)
    }

    /// A paper named by its usual last word is an organisation, whatever place its first word
    /// could be ("the Valley Herald reported").
    @Test func aPaperNamedByItsLastWordIsAnOrganisation() throws {
        let response = try EntityDescriptionTests.analyzer.get().analyze(
            AnalysisRequest(text: "Lede test\n\nLoans rose 5% last year, the Valley Herald reported.\n"))
        #expect(response.entities.first { $0.name == "Valley Herald" }?.type == .organization)
    }
}
