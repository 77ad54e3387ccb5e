import Core
import Foundation
import TestSupport
import Testing

@testable import HTTP
@testable import Server

/// Strict request objects: unknown fields named, Google's `encodingType`, query parameters for
/// plain text, and the `id` on a batch line's error.
@Suite(.serialized) final class StrictRequestTests {
    let live: LiveService

    init() throws {
        live = try LiveService()
    }

    func decode(_ json: String) -> Result<AnalysisRequest, StrictRequest.Failure> {
        StrictRequest.decode(json: Array(json.utf8)[...])
    }

    func post(_ target: String, body: String, type: String) throws -> RawClient.Response {
        let client = try RawClient(port: live.port)
        client.send("POST \(target) HTTP/1.1\r\nHost: h\r\nContent-Type: \(type)\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
        return try #require(client.readResponse())
    }

    func json(_ response: RawClient.Response) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
    }

    @Test func topLevelFieldsAreFoundWithoutDecodingValues() throws {
        let fields = try #require(
            TopLevelFields.scan(
                Array(#" { "text" : "a \"quoted\" }{ text", "nested": {"id": [1, {"x": "]"}]}, "id": -12.5e3 } "#.utf8)[...]))
        #expect(fields.names == ["text", "nested", "id"])
        #expect(fields.scalar("id").map { String(decoding: $0, as: UTF8.self) } == "-12.5e3")
        #expect(fields.scalar("nested") == nil)
        for malformed in ["", "[]", "{", #"{"text": "x""#, #"{"text" "x"}"#, #"{"text": "x",}"#, #"{"a": 1} x"#] {
            #expect(TopLevelFields.scan(Array(malformed.utf8)[...]) == nil, "\(malformed)")
        }
        #expect(TopLevelFields.scan(Array("{}".utf8)[...])?.names == [])
    }

    @Test func anUnknownFieldIsRefusedByName() throws {
        guard case .failure(let failure) = decode(#"{"text": "Rain.", "encodingtype": "UTF16", "id": "a7"}"#) else {
            Issue.record("an unknown field must be refused")
            return
        }
        #expect(failure.code == "unknown_field")
        #expect(failure.message.contains("\"encodingtype\""))
        #expect(failure.message.contains("Did you mean \"encodingType\"?"))
        #expect(failure.id.map { String(decoding: $0, as: UTF8.self) } == "\"a7\"")
    }

    @Test(arguments: [("UTF8", OffsetUnit.utf8), ("UTF16", .utf16), ("UTF32", .codepoint)])
    func encodingTypeIsTheGoogleSpellingOfOffsets(name: String, unit: OffsetUnit) throws {
        let request = try decode(#"{"text": "Rain.", "encodingType": "\#(name)"}"#).get()
        #expect(request.offsets == unit)
    }

    @Test func encodingTypeMustBeKnownAndAlone() {
        for body in [#"{"text": "Rain.", "encodingType": "UTF7"}"#, #"{"text": "Rain.", "encodingType": "UTF8", "offsets": "utf8"}"#] {
            guard case .failure(let failure) = decode(body) else {
                Issue.record("\(body) must be refused")
                continue
            }
            #expect(failure.code == "invalid_request")
            #expect(failure.message.contains("encodingType"))
        }
    }

    @Test func liveJSONRequestsAreStrict() throws {
        let unknown = try post("/v1/analyze", body: #"{"text": "Rain in Oslo.", "lang": "en"}"#, type: "application/json")
        #expect(unknown.status == 400)
        #expect(unknown.text.contains(#""code":"unknown_field""#))
        #expect(unknown.text.contains(#"\"lang\""#))
        let google = try post("/v1/analyze", body: #"{"text": "Rain in Oslo.", "encodingType": "UTF16"}"#, type: "application/json")
        #expect(google.status == 200)
        #expect(try json(google)["offsets"] as? String == "utf16")
    }

    @Test func plainTextTakesOffsetsAndIDFromTheQuery() throws {
        let answer = try post("/v1/analyze?offsets=utf8&id=story%2042", body: "Rain in Oslo.", type: "text/plain")
        #expect(answer.status == 200)
        let object = try json(answer)
        #expect(object["offsets"] as? String == "utf8")
        #expect(object["id"] as? String == "story 42")
        let wrong = try post("/v1/analyze?offsets=bytes", body: "Rain in Oslo.", type: "text/plain")
        #expect(wrong.status == 400)
        #expect(wrong.text.contains("offsets=bytes"))
        let misplaced = try post("/v1/analyze?offsets=utf8", body: #"{"text": "Rain."}"#, type: "application/json")
        #expect(misplaced.status == 400)
    }

    @Test func aBatchErrorLineCarriesTheRequestID() throws {
        let body = [#"{"id": "k9", "text": 5}"#, #"{"id": 17, "txt": "Rain."}"#, "{broken"].joined(separator: "\n") + "\n"
        let client = try RawClient(port: live.port)
        client.send(
            "POST /v1/analyze/batch HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-ndjson\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
        )
        let lines = try #require(client.readChunkedResponse()).text.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix(#"{"line":1,"id":"k9","error":{"code":"invalid_request""#))
        #expect(lines[1].hasPrefix(#"{"line":2,"id":17,"error":{"code":"unknown_field""#))
        #expect(lines[2].hasPrefix(#"{"line":3,"error":{"code":"invalid_json""#))
    }
}
