import Core
import Models
import Testing

/// Name chains the parse helps with, with the bundled models.
struct CoreferenceParseTests {
    static let analyzer = Result { try BundledModels.analyzer() }

    /// "Oliver Irish" and then "Irish said": where the parse uses the word as a noun phrase, the
    /// tagger's nationality is the person's surname; as a modifier ("Irish exports") it is not.
    @Test func aSurnameTypedOtherwiseJoinsTheFullNameBeforeIt() throws {
        let response = try Self.analyzer.get().analyze(
            AnalysisRequest(
                text: "Gadget show opens\n\nThe show was opened by Oliver Irish, editor of a gadget magazine. "
                    + "Irish said the show would draw 30,000 visitors. Irish exports of whiskey rose by 5% last year.\n"))
        let person = try #require(response.entities.first { $0.name == "Oliver Irish" })
        #expect(person.type == .person)
        #expect(person.mentions.map(\.text).filter { $0 == "Irish" }.count == 1)
    }
}
