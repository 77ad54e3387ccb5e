import Compression
import Core
import Foundation
import Models
import TestSupport
import Testing

@testable import HTTP
@testable import Server

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The service's routes on a live loopback server, through URLSession (libcurl).
@Suite(.serialized) final class LedeServiceTests {
    let live: LiveService
    var base: String { live.base }
    var server: HTTPServer { live.server }

    init() throws {
        live = try LiveService()
    }

    func post(_ path: String, body: Data, contentType: String?, headers: [String: String] = [:]) async throws -> (
        Int, Data, HTTPURLResponse
    ) {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = "POST"
        if let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.upload(for: request, from: body)
        let http = try #require(response as? HTTPURLResponse)
        return (http.statusCode, data, http)
    }

    func json(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func seedArticle() throws -> Data {
        try Data(contentsOf: #require(Bundle.module.url(forResource: "seed-article", withExtension: "txt", subdirectory: "Fixtures")))
    }

    @Test func healthAndReadiness() async throws {
        let (data, response) = try await URLSession.shared.data(from: URL(string: base + "/healthz")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self) == #"{"status":"ok"}"#)
        let (_, ready) = try await URLSession.shared.data(from: URL(string: base + "/readyz")!)
        #expect((ready as? HTTPURLResponse)?.statusCode == 200)
    }

    @Test func seedArticleEndToEndAsPlainText() async throws {
        let article = try Self.seedArticle()
        let (code, data, response) = try await post("/v1/analyze", body: article, contentType: "text/plain; charset=utf-8")
        #expect(code == 200)
        #expect(response.value(forHTTPHeaderField: "Content-Type") == "application/json; charset=utf-8")
        let object = try json(data)
        #expect(object["title"] as? String == "NATO urges more Russia talks to defuse Ukraine crisis")
        #expect(object["dateline"] as? String == "Munich")
        #expect(object["language"] as? String == "en")
        #expect(object["entities"] is [Any])
        #expect(!String(decoding: data, as: UTF8.self).contains("You may also like"))
    }

    @Test func jsonRequestEchoesIdAndOffsetUnit() async throws {
        let body = Data(#"{"text": "Hello world.", "id": "doc-7", "offsets": "utf16"}"#.utf8)
        let (code, data, _) = try await post("/v1/analyze", body: body, contentType: "application/json")
        #expect(code == 200)
        let object = try json(data)
        #expect(object["id"] as? String == "doc-7")
        #expect(object["offsets"] as? String == "utf16")
    }

    /// `"syntax": true` lists every token with its tag and head; offsets slice the text as sent,
    /// in the unit asked for, and heads point into the same list.
    @Test func syntaxRequestListsTokensWithTheirParse() async throws {
        let text = "“Prices rose,” the Fed’s chair said on Tuesday. Markets fell 2%."
        let request = try JSONSerialization.data(withJSONObject: ["text": text, "syntax": true, "offsets": "utf16"])
        let (code, data, _) = try await post("/v1/analyze", body: request, contentType: "application/json")
        #expect(code == 200)
        let tokens = try #require(try json(data)["tokens"] as? [[String: Any]])
        #expect(tokens.count == 18)
        let utf16 = Array(text.utf16)
        for token in tokens {
            let start = try #require(token["start"] as? Int)
            let end = try #require(token["end"] as? Int)
            #expect(String(decoding: utf16[start..<end], as: UTF16.self) == token["text"] as? String)
            let head = try #require(token["head"] as? Int)
            #expect(head >= -1 && head < tokens.count)
            #expect(PartOfSpeech(name: try #require(token["pos"] as? String)) != nil)
            #expect(DependencyRelation(name: try #require(token["dep"] as? String)) != nil)
        }
        let said = try #require(tokens.firstIndex { $0["text"] as? String == "said" })
        #expect(tokens[said]["pos"] as? String == "VERB")
        let chair = try #require(tokens.firstIndex { $0["text"] as? String == "chair" })
        #expect(tokens[chair]["head"] as? Int == said)
        #expect(tokens[chair]["dep"] as? String == "nsubj")
        // Without the field, no tokens.
        let (_, plain, _) = try await post("/v1/analyze", body: Data(text.utf8), contentType: "text/plain")
        #expect(try json(plain)["tokens"] == nil)
    }

    @Test func syntaxMustBeABoolean() async throws {
        let body = Data(#"{"text": "Hello.", "syntax": "yes"}"#.utf8)
        let (code, data, _) = try await post("/v1/analyze", body: body, contentType: "application/json")
        #expect(code == 400)
        #expect(String(decoding: data, as: UTF8.self).contains("syntax"))
    }

    @Test func sameRequestGivesByteIdenticalJSON() async throws {
        let article = try Self.seedArticle()
        let (_, first, _) = try await post("/v1/analyze", body: article, contentType: "text/plain")
        let (_, second, _) = try await post("/v1/analyze", body: article, contentType: "text/plain")
        #expect(first == second)
    }

    @Test(arguments: [
        (#"{"title": "no text"}"#, "invalid_request"),
        (#"{"text": 42}"#, "invalid_request"),
        (#"{"text": "x", "offsets": "bytes"}"#, "invalid_request"),
        (#"{"text": "x""#, "invalid_json"),
        (#"["text"]"#, "invalid_request"),
        (#"{"text": "\ud800"}"#, "invalid_json"),
    ])
    func badJSONRequestsAre400WithAReason(body: String, code: String) async throws {
        let (status, data, _) = try await post("/v1/analyze", body: Data(body.utf8), contentType: "application/json")
        #expect(status == 400)
        let error = try #require(try json(data)["error"] as? [String: Any])
        #expect(error["code"] as? String == code)
        #expect((error["message"] as? String)?.isEmpty == false)
    }

    @Test func invalidUTF8Is400() async throws {
        let (status, data, _) = try await post("/v1/analyze", body: Data([0x66, 0xFF, 0xFE, 0x66]), contentType: "text/plain")
        #expect(status == 400)
        #expect(String(decoding: data, as: UTF8.self).contains("invalid_utf8"))
    }

    @Test func wrongMediaTypeIs415() async throws {
        let (status, _, _) = try await post("/v1/analyze", body: Data("<p>x</p>".utf8), contentType: "application/xml")
        #expect(status == 415)
        let (latin, _, _) = try await post("/v1/analyze", body: Data("x".utf8), contentType: "text/plain; charset=iso-8859-1")
        #expect(latin == 415)
        let (spaced, _, _) = try await post("/v1/analyze", body: Data("x".utf8), contentType: "text/plain ; Charset = \"UTF-8\" ")
        #expect(spaced == 200)
    }

    @Test func gzipRequestAndResponseThroughURLSession() async throws {
        let article = try Self.seedArticle()
        let (status, data, _) = try await post(
            "/v1/analyze", body: Data(Gzip.compress(Array(article))), contentType: "text/plain",
            headers: ["Content-Encoding": "gzip", "Accept-Encoding": "gzip"])
        #expect(status == 200)
        #expect(try json(data)["dateline"] as? String == "Munich")
    }

    @Test func readinessIs503WhileDraining() throws {
        let client = try RawClient(port: live.port)
        client.send("GET /readyz HTTP/1.1\r\nHost: h\r\n")
        usleep(50_000)
        server.shutdown()
        usleep(50_000)
        client.send("\r\n")
        let response = try #require(client.readResponse())
        #expect(response.status == 503)
        #expect(response.headers["Connection"] == "close")
    }

    @Test func aProbeOnANewConnectionSeesReadiness503WhileDraining() throws {
        // A batch whose body is still arriving keeps the server draining.
        let batch = try RawClient(port: live.port)
        batch.send("POST /v1/analyze/batch HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n")
        // Until the server has read the batch's head (a busy machine may take a while), it has
        // nothing in flight to drain.
        var waited = 0
        while server.status.inFlight == 0, waited < 5_000 {
            usleep(1_000)
            waited += 1
        }
        server.shutdown()
        usleep(100_000)
        let probe = try RawClient(port: live.port)
        probe.send("GET /readyz HTTP/1.1\r\nHost: h\r\n\r\n")
        let ready = try #require(probe.readResponse())
        #expect(ready.status == 503)
        #expect(ready.headers["Retry-After"] == "1")
        let health = try RawClient(port: live.port)
        health.send("GET /healthz HTTP/1.1\r\nHost: h\r\n\r\n")
        #expect(health.readResponse()?.status == 200)
        let article = try RawClient(port: live.port)
        article.send("POST /v1/analyze HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nNews.")
        let refused = try #require(article.readResponse())
        #expect(refused.status == 503)
        #expect(refused.text.contains(#""code":"draining""#))
        let line = #"{"id": 1, "text": "Rain in Oslo."}"# + "\n"
        batch.send("\(String(line.utf8.count, radix: 16))\r\n\(line)\r\n0\r\n\r\n")
        let answer = try #require(batch.readChunkedResponse())
        #expect(answer.text.hasPrefix(#"{"id":1,"#))
        #expect(answer.headers["Connection"] == "close")
        server.waitUntilStopped()
        #expect(throws: (any Error).self) { _ = try RawClient(port: self.live.port) }
    }
}
