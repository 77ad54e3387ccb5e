import Core
import Models
import Testing

/// Well-known companies the tagger types as people or places, with the bundled models and list.
/// The companies are real (the list is of real companies); the sentences are invented.
struct CompanyNameTests {
    static let analyzer = Result { try BundledModels.analyzer() }

    func types(_ text: String) throws -> [String: EntityType] {
        let response = try Self.analyzer.get().analyze(AnalysisRequest(text: text))
        return Dictionary(response.entities.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
    }

    /// A company that is also a surname (Cummins), a city (Nokia), or neither (Kroger), acting
    /// as a company: the tagger alone makes them people and a place.
    @Test func aListedCompanyActingIsAnOrganisation() throws {
        let found = try types(
            "Markets close higher\n\nCummins has raised its forecast for the year. "
                + "Nokia said its sales had risen by 5%. Kroger declined to comment.\n")
        #expect(found["Cummins"] == .organization)
        #expect(found["Nokia"] == .organization)
        #expect(found["Kroger"] == .organization)
    }

    /// The article decides: a person named in full keeps the surname, a place travelled to stays one.
    @Test func aSurnameOrAPlaceInItsOwnUseKeepsItsType() throws {
        let person = try types("Bakery news\n\nThe baker Tom Cummins opened a shop in Ohio. Cummins said he was pleased.\n")
        #expect(person["Tom Cummins"] == .person)
        #expect(person["Cummins"] == nil)
        let place = try types("Town news\n\nTourists flew to Nokia on Monday. The mayor of Nokia welcomed them.\n")
        #expect(place["Nokia"] == .gpe)
    }
}
