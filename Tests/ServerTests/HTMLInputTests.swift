import Core
import Foundation
import TestSupport
import Testing

@testable import Server

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// HTML pages through the real server: `text/html` bodies, `"html"` in request objects and batch
/// lines; the extracted text comes back as `text` and every offset slices it.
@Suite(.serialized) final class HTMLInputTests {
    let live: LiveService

    init() throws {
        live = try LiveService()
    }

    static func page() throws -> String {
        try String(
            contentsOf: #require(Bundle.module.url(forResource: "news-page", withExtension: "html", subdirectory: "Fixtures")),
            encoding: .utf8)
    }

    func post(_ path: String, body: Data, contentType: String) async throws -> (Int, Data) {
        var request = URLRequest(url: try #require(URL(string: live.base + path)))
        request.httpMethod = "POST"
        request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        let (data, response) = try await URLSession.shared.upload(for: request, from: body)
        return (try #require(response as? HTTPURLResponse).statusCode, data)
    }

    /// Every span in the response equals its slice of `text` (code points).
    func expectSpansSlice(_ object: [String: Any], _ text: String) throws {
        let scalars = Array(text.unicodeScalars)
        var checked = 0
        func check(_ span: [String: Any]?) {
            guard let span, let start = span["start"] as? Int, let end = span["end"] as? Int, let slice = span["text"] as? String
            else { return }
            #expect(start >= 0 && end <= scalars.count && start <= end)
            guard start >= 0, end <= scalars.count, start <= end else { return }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[start..<end])
            #expect(String(piece) == slice)
            checked += 1
        }
        for entity in object["entities"] as? [[String: Any]] ?? [] {
            for mention in entity["mentions"] as? [[String: Any]] ?? [] { check(mention) }
        }
        for quote in object["quotes"] as? [[String: Any]] ?? [] {
            check(quote)
            check(quote["cue"] as? [String: Any])
        }
        for claim in object["claims"] as? [[String: Any]] ?? [] { check(claim) }
        #expect(checked > 5)
    }

    @Test func textHTMLBodyReturnsTheArticleText() async throws {
        let (code, data) = try await post("/v1/analyze", body: Data(Self.page().utf8), contentType: "text/html; charset=utf-8")
        #expect(code == 200)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let text = try #require(object["text"] as? String)
        #expect(text.hasPrefix("Storm knocks out power to 200,000 homes across the Northeast\n\nHARTFORD, Conn."))
        #expect(!text.contains("cookie") && !text.contains("googletag") && !text.contains("Read more"))
        #expect(object["title"] as? String == "Storm knocks out power to 200,000 homes across the Northeast")
        #expect(object["language"] as? String == "en")
        try expectSpansSlice(object, text)
    }

    @Test func htmlFieldInARequestObject() async throws {
        let body = try JSONSerialization.data(withJSONObject: ["html": Self.page(), "id": "p1", "offsets": "utf16"])
        let (code, data) = try await post("/v1/analyze", body: body, contentType: "application/json")
        #expect(code == 200)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["id"] as? String == "p1")
        #expect((object["text"] as? String)?.contains("Eversource") == true)
    }

    @Test func plainTextAnswersHaveNoTextField() async throws {
        let (code, data) = try await post(
            "/v1/analyze", body: Data("Storm hits coast\n\nThe storm hit Miami on Monday.".utf8), contentType: "text/plain")
        #expect(code == 200)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["text"] == nil)
    }

    @Test func pagesWithoutArticleAndMixedFieldsAreRefused() async throws {
        let (empty, emptyData) = try await post(
            "/v1/analyze", body: Data("<html><body><nav><a href=/>Home</a></nav></body></html>".utf8), contentType: "text/html")
        #expect(empty == 422)
        #expect(String(decoding: emptyData, as: UTF8.self).contains("no_article_text"))
        let both = try JSONSerialization.data(withJSONObject: ["html": "<p>x</p>", "text": "x"])
        let (mixed, _) = try await post("/v1/analyze", body: both, contentType: "application/json")
        #expect(mixed == 400)
        let (latin1, _) = try await post("/v1/analyze", body: Data("<p>x</p>".utf8), contentType: "text/html; charset=iso-8859-1")
        #expect(latin1 == 415)
    }

    @Test func batchLinesMayCarryHTML() async throws {
        let line = try JSONSerialization.data(withJSONObject: ["html": Self.page(), "id": 7])
        let german = try JSONSerialization.data(withJSONObject: ["text": LanguageTests.german, "id": "g"])
        let body = line + Data("\n".utf8) + german + Data("\n".utf8)
        let (code, data) = try await post("/v1/analyze/batch", body: body, contentType: "application/x-ndjson")
        #expect(code == 200)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect((first["text"] as? String)?.hasPrefix("Storm knocks out power") == true)
        #expect(lines[1].contains("\"id\":\"g\"") && lines[1].contains("unsupported_language"))
    }
}
