import Foundation
import TestSupport
import Testing

@testable import HTTP
@testable import Server

/// LEDE_CORS_ORIGINS: browser pages on other origins, with keys required.
@Suite(.serialized) final class CORSTests {
    let live: LiveService
    static let origin = "https://news.example"

    init() throws {
        live = try LiveService(keys: ["k1"], corsOrigins: [Self.origin])
    }

    func send(_ request: String) throws -> RawClient.Response {
        let client = try RawClient(port: live.port)
        client.send(request)
        return try #require(client.readResponse())
    }

    @Test func aPreflightFromAnAllowedOriginNeedsNoKey() throws {
        let response = try send(
            "OPTIONS /v1/analyze HTTP/1.1\r\nHost: h\r\nOrigin: \(Self.origin)\r\nAccess-Control-Request-Method: POST\r\n"
                + "Access-Control-Request-Headers: authorization, content-type\r\n\r\n")
        #expect(response.status == 204)
        #expect(response.headers["Access-Control-Allow-Origin"] == Self.origin)
        #expect(response.headers["Access-Control-Allow-Methods"] == "POST")
        #expect(response.headers["Access-Control-Allow-Headers"]?.contains("Authorization") == true)
        #expect(response.headers["Vary"]?.contains("Origin") == true)
    }

    @Test func answersAndErrorsToAnAllowedOriginCarryTheHeaders() throws {
        let body = "Rain in Oslo."
        let answer = try send(
            "POST /v1/analyze HTTP/1.1\r\nHost: h\r\nOrigin: \(Self.origin)\r\nAuthorization: Bearer k1\r\n"
                + "Content-Type: text/plain\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
        #expect(answer.status == 200)
        #expect(answer.headers["Access-Control-Allow-Origin"] == Self.origin)
        #expect(answer.headers["Access-Control-Expose-Headers"]?.contains("X-Request-Id") == true)
        // The page must be able to read why it was refused.
        let denied = try send("GET /metrics HTTP/1.1\r\nHost: h\r\nOrigin: \(Self.origin)\r\n\r\n")
        #expect(denied.status == 401)
        #expect(denied.headers["Access-Control-Allow-Origin"] == Self.origin)
        let client = try RawClient(port: live.port)
        client.send(
            "POST /v1/analyze/batch HTTP/1.1\r\nHost: h\r\nOrigin: \(Self.origin)\r\nAuthorization: Bearer k1\r\n"
                + "Content-Type: application/x-ndjson\r\nContent-Length: 24\r\n\r\n{\"text\": \"Rain, Oslo.\"}\n")
        let stream = try #require(client.readChunkedResponse())
        #expect(stream.status == 200)
        #expect(stream.headers["Access-Control-Allow-Origin"] == Self.origin)
    }

    @Test func otherOriginsGetNothing() throws {
        let preflight = try send(
            "OPTIONS /v1/analyze HTTP/1.1\r\nHost: h\r\nOrigin: https://evil.example\r\nAccess-Control-Request-Method: POST\r\n\r\n")
        #expect(preflight.status != 204)
        #expect(preflight.headers["Access-Control-Allow-Origin"] == nil)
        let health = try send("GET /healthz HTTP/1.1\r\nHost: h\r\nOrigin: https://evil.example\r\n\r\n")
        #expect(health.status == 200)
        #expect(health.headers["Access-Control-Allow-Origin"] == nil)
    }

    @Test func offByDefault() throws {
        let plain = try LiveService()
        let client = try RawClient(port: plain.port)
        client.send("OPTIONS /v1/analyze HTTP/1.1\r\nHost: h\r\nOrigin: \(Self.origin)\r\nAccess-Control-Request-Method: POST\r\n\r\n")
        let response = try #require(client.readResponse())
        #expect(response.status == 405)
        #expect(response.headers["Access-Control-Allow-Origin"] == nil)
    }

    @Test func originsAreValidated() throws {
        #expect(try CORSPolicy(setting: "https://a.example, http://localhost:3000").allows("http://localhost:3000"))
        #expect(try CORSPolicy(setting: "*").allows("https://anything.example"))
        #expect(!(try CORSPolicy(setting: nil)).isEnabled)
        #expect(throws: CORSError.self) { try CORSPolicy(setting: "a.example") }
    }
}
