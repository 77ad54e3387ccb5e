import Core
import Foundation
import Models
import TestSupport
import Testing
import Training

@testable import Server

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Language identification with the bundled profiles, and what the service does with its answer.
@Suite struct LanguageTests {
    static let identifier = Result { try BundledModels.languageIdentifier() }

    static let german = """
        Die Bundesregierung hat am Montag in Berlin ein neues Gesetz zum Klimaschutz beschlossen. \
        Nach den Worten des Ministers sollen die Emissionen bis zum Ende des Jahrzehnts deutlich sinken, \
        während die Opposition die Pläne als unzureichend kritisierte.
        """

    static let paragraphs: [(String, String)] = [
        ("de", german),
        (
            "fr",
            "Le gouvernement a annoncé mardi une série de mesures pour soutenir les agriculteurs touchés par la sécheresse, qui a frappé le sud du pays pendant tout l'été."
        ),
        (
            "es",
            "El presidente del Gobierno anunció este miércoles que el país destinará más fondos a la sanidad pública después de las protestas de los últimos meses en varias ciudades."
        ),
        (
            "pt",
            "O governo anunciou nesta quinta-feira um novo pacote de medidas para conter a inflação, que atingiu o nível mais alto dos últimos dez anos segundo os dados oficiais."
        ),
        (
            "nl",
            "De regering heeft dinsdag nieuwe maatregelen aangekondigd om de stijgende energieprijzen voor huishoudens te beperken, zo heeft de minister in Den Haag gezegd."
        ),
        (
            "pl",
            "Rząd przedstawił we wtorek nowy plan budżetu na przyszły rok, który zakłada wyższe wydatki na obronność i ochronę zdrowia, poinformował minister finansów."
        ),
        (
            "ru",
            "Правительство объявило во вторник о новых мерах поддержки экономики, которые должны помочь малому бизнесу пережить трудный период, сообщил министр."
        ),
        (
            "uk",
            "Уряд оголосив у вівторок про нові заходи підтримки економіки, які мають допомогти малому бізнесу пережити складний період, повідомив міністр."
        ),
        ("zh", "政府星期二宣布了一系列新的经济措施，以帮助小企业度过困难时期，部长在新闻发布会上表示，这些措施将在下个月开始实施。"),
        ("ja", "政府は火曜日、中小企業が困難な時期を乗り切るための新たな経済対策を発表した。大臣は記者会見で、来月から実施すると述べた。"),
        ("ko", "정부는 화요일 중소기업이 어려운 시기를 극복할 수 있도록 돕기 위한 새로운 경제 대책을 발표했다고 장관이 기자회견에서 밝혔다."),
        ("el", "Η κυβέρνηση ανακοίνωσε την Τρίτη νέα μέτρα στήριξης της οικονομίας για τις μικρές επιχειρήσεις, δήλωσε ο υπουργός."),
    ]

    @Test func namesTheLanguageOfAParagraph() throws {
        let identifier = try Self.identifier.get()
        for (code, text) in Self.paragraphs { #expect(identifier.identify(text) == code, "\(text)") }
    }

    @Test func englishStaysEnglish() throws {
        let identifier = try Self.identifier.get()
        let seed = try String(
            contentsOf: #require(Bundle.module.url(forResource: "seed-article", withExtension: "txt", subdirectory: "Fixtures")),
            encoding: .utf8)
        #expect(identifier.identify(seed) == "en")
        // Short or ambiguous: a headline, numbers, names, an empty body, a foreign phrase in English.
        for text in [
            "", "2024", "1,234,567 – 89% (3.5)", "Merkel, Macron und Sánchez in Brüssel", "Schadenfreude im Bundestag",
            "Coup d'état in Niger", "Angela Merkel: „Wir schaffen das“", "NATO urges more Russia talks",
            "😀 Über-news: Angela Merkel met Joe Biden in Berlin. 🇩🇪 Merkel said the talks in Paris went well.",
            "Luiz Inácio Lula da Silva met Jair Bolsonaro's allies in São Paulo and Brasília.",
            "Giorgia Meloni met Matteo Salvini and Antonio Tajani at Palazzo Chigi in Roma.",
            "Recep Tayyip Erdoğan met Kılıçdaroğlu in Ankara and İstanbul.",
            "Mark Rutte, Geert Wilders and Dick Schoof met in Den Haag and Rotterdam.",
            "Schadenfreude, zeitgeist and angst: why German words took over Brussels.",
            "The Bundestag voted on Friday. „Das ist ein guter Tag“, sagte Scholz, and the opposition walked out of the chamber.",
        ] {
            #expect(identifier.identify(text) == "en", "\(text)")
        }
    }

    @Test func analyzerRefusesWhatItCannotReadUnlessTold() throws {
        let analyzer = Analyzer(identifier: try Self.identifier.get())
        #expect(throws: AnalysisError.unsupportedLanguage("de")) { try analyzer.analyze(AnalysisRequest(text: Self.german)) }
        let forced = try analyzer.analyze(AnalysisRequest(text: Self.german, language: "en"))
        #expect(forced.language == "en")
        #expect(AnalysisError.unsupportedLanguage("de").description.contains("German"))
    }

    @Test func requestLanguageField() throws {
        #expect(try AnalysisRequest.decode(json: Array(#"{"text": "x", "language": "en"}"#.utf8)).language == "en")
        #expect(try AnalysisRequest.decode(json: Array(#"{"text": "x", "language": null}"#.utf8)).language == nil)
        #expect(throws: RequestError.self) { try AnalysisRequest.decode(json: Array(#"{"text": "x", "language": "de"}"#.utf8)) }
        #expect(AnalysisRequest.fields.contains("language"))
    }

    @Test func profileRoundTrips() throws {
        let identifier = try Self.identifier.get()
        let copy = try LanguageIdentifier(serialized: identifier.serialized())
        #expect(copy.languages == identifier.languages)
        #expect(throws: ModelError.self) { try LanguageIdentifier(serialized: Array(identifier.serialized().dropLast())) }
    }

    @Test func trainerLearnsFromExamples() throws {
        var trainer = LanguageProfileTrainer()
        try trainer.add("the cat sat on the mat and the dog ate the bone while the bird sang", language: "en")
        try trainer.add("der Hund und die Katze schlafen auf der Matte, während der Vogel singt", language: "de")
        let identifier = try trainer.identifier()
        #expect(identifier.identify("die Katze und der Hund schlafen auf der Matte, während der Vogel singt und singt") == "de")
        #expect(identifier.identify("the dog and the cat sat on the mat while the bird sang and sang") == "en")
    }
}

/// The refusal as a client sees it, on a live server.
@Suite(.serialized) final class LanguageServiceTests {
    let live: LiveService

    init() throws {
        live = try LiveService()
    }

    func post(body: String, contentType: String) async throws -> (Int, [String: Any]) {
        var request = URLRequest(url: try #require(URL(string: live.base + "/v1/analyze")))
        request.httpMethod = "POST"
        request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        let (data, response) = try await URLSession.shared.upload(for: request, from: Data(body.utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return (try #require(response as? HTTPURLResponse).statusCode, object)
    }

    @Test func germanTextIs422NamingTheLanguage() async throws {
        let (code, object) = try await post(body: LanguageTests.german, contentType: "text/plain; charset=utf-8")
        #expect(code == 422)
        let error = try #require(object["error"] as? [String: Any])
        #expect(error["code"] as? String == "unsupported_language")
        #expect((error["message"] as? String)?.contains("German (de)") == true)
    }

    @Test func languageEnForcesTheAnalysis() async throws {
        let body = try String(
            decoding: JSONSerialization.data(withJSONObject: ["text": LanguageTests.german, "language": "en"]), as: UTF8.self)
        let (code, object) = try await post(body: body, contentType: "application/json")
        #expect(code == 200)
        #expect(object["language"] as? String == "en")
    }
}
