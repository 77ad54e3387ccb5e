import Compression
import Core
import Foundation
import TestSupport
import Testing

@testable import HTTP
@testable import Models
@testable import Server

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// POST /v1/analyze/batch: NDJSON in, NDJSON out, streamed in order with bounded memory.
@Suite(.serialized) final class BatchStreamTests {
    let live: LiveService
    var port: Int { live.port }

    init() throws {
        live = try LiveService {
            $0.workers = 2
            $0.limits.maxBodyBytes = 300
        }
    }

    func post(_ body: Data, headers: [String: String] = [:]) async throws -> (Int, [String], HTTPURLResponse) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/v1/analyze/batch")!)
        request.httpMethod = "POST"
        // Inactivity, not the whole exchange: a stream that never ends fails in seconds.
        request.timeoutInterval = 10
        request.setValue("application/x-ndjson", forHTTPHeaderField: "Content-Type")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.upload(for: request, from: body)
        let http = try #require(response as? HTTPURLResponse)
        return (http.statusCode, String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init), http)
    }

    @Test func answersEveryLineInOrderAndSurvivesBadLines() async throws {
        let body =
            [#"{"id": "a", "text": "Angela Merkel visited Paris."}"#, "{broken", #"{"id": "c", "text": "Rain in Oslo."}"#, #"{"id": 4}"#]
            .joined(separator: "\n") + "\n"
        let (status, lines, response) = try await post(Data(body.utf8))
        #expect(status == 200)
        #expect(response.value(forHTTPHeaderField: "Content-Type") == "application/x-ndjson; charset=utf-8")
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix(#"{"id":"a","#))
        #expect(lines[1].hasPrefix(#"{"line":2,"error":{"code":"invalid_json""#))
        #expect(lines[2].hasPrefix(#"{"id":"c","#))
        #expect(lines[3].contains(#""code":"invalid_request""#))
    }

    @Test func manyMoreLinesThanTheWindowStayInOrder() async throws {
        // 3,000 lines: far beyond the per-connection window (workers × 4), so reading pauses and resumes.
        let body = (0..<3000).map { #"{"id": \#($0), "text": "Line \#($0) from Berlin."}"# }.joined(separator: "\n")
        let (status, lines, _) = try await post(Data(body.utf8))
        #expect(status == 200)
        #expect(lines.count == 3000)
        let ids = lines.compactMap { line -> Int? in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? Int
        }
        #expect(ids == Array(0..<3000))
    }

    @Test func aLineOverTheBodyLimitGetsAnErrorAndTheRestGoOn() async throws {
        let long = #"{"id": "long", "text": ""# + String(repeating: "word ", count: 200) + #""}"#
        let body = [#"{"id": 1, "text": "Short."}"#, long, #"{"id": 3, "text": "Short again."}"#].joined(separator: "\n")
        let (status, lines, _) = try await post(Data(body.utf8))
        #expect(status == 200)
        #expect(lines.count == 3)
        #expect(lines[1].contains(#""code":"payload_too_large""#))
        #expect(lines[1].contains("300 bytes"))
        #expect(lines[2].hasPrefix(#"{"id":3,"#))
    }

    @Test func gzipBatchesAreDecodedAsTheyArrive() async throws {
        let body = (0..<50).map { #"{"id": \#($0), "text": "Story \#($0)."}"# }.joined(separator: "\n")
        let (status, lines, _) = try await post(Data(Gzip.compress(Array(body.utf8))), headers: ["Content-Encoding": "gzip"])
        #expect(status == 200)
        #expect(lines.count == 50)
    }

    @Test func anEmptyBatchIsAnEmpty200AndIsLogged() async throws {
        let (status, lines, response) = try await post(Data())
        #expect(status == 200)
        #expect(lines.isEmpty)
        #expect(response.value(forHTTPHeaderField: "Content-Type") == "application/x-ndjson; charset=utf-8")
        let client = try RawClient(port: port, timeout: 5)
        client.send(
            "POST /v1/analyze/batch HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
        )
        let chunked = try #require(client.readChunkedResponse())
        #expect(chunked.status == 200)
        #expect(chunked.body.isEmpty)
        #expect(live.status.inFlight == 0)
        let batches = { self.live.log.entries.filter { $0["path"] as? String == "/v1/analyze/batch" && $0["status"] as? Int == 200 } }
        for _ in 0..<200 where batches().count < 2 { usleep(10_000) }
        #expect(batches().count == 2)
    }

    @Test func corruptGzipIs400OrEndsWithAnErrorLine() throws {
        func send(_ body: [UInt8]) throws -> RawClient {
            let client = try RawClient(port: port, timeout: 5)
            client.send(
                "POST /v1/analyze/batch HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-ndjson\r\nContent-Encoding: gzip\r\n"
                    + "Content-Length: \(body.count)\r\n\r\n")
            client.send(body)
            return client
        }
        let badHeader = try #require(try send(Array("{\"text\": \"not gzip\"}\n".utf8)).readResponse())
        #expect(badHeader.status == 400)
        #expect(badHeader.text.contains(#""code":"invalid_gzip""#))

        let whole = Gzip.compress(
            Array((#"{"id": 1, "text": "Rain in Oslo."}"# + "\n" + #"{"id": 2, "text": "Sun in Rome."}"# + "\n").utf8))
        let truncated = try #require(try send(Array(whole.dropLast(8))).readChunkedResponse())
        #expect(truncated.status == 200)
        let lines = truncated.text.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix(#"{"id":2,"#))
        #expect(lines[2].hasPrefix(#"{"line":3,"error":{"code":"invalid_gzip""#))
    }

    @Test func batchAnswersAreGzippedWhenAccepted() throws {
        let body = (0..<100).map { #"{"id": \#($0), "text": "Angela Merkel visited Paris on Monday."}"# }.joined(separator: "\n") + "\n"
        var sizes: [Int] = []
        for accept in ["gzip", "identity"] {
            let client = try RawClient(port: port, timeout: 10)
            client.send(
                "POST /v1/analyze/batch HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-ndjson\r\nAccept-Encoding: \(accept)\r\n"
                    + "Content-Length: \(body.utf8.count)\r\n\r\n\(body)")
            let response = try #require(client.readChunkedResponse())
            let plain = accept == "gzip" ? try Gzip.decompress(response.body, limit: 1 << 24) : response.body
            #expect(response.headers["Content-Encoding"] == (accept == "gzip" ? "gzip" : nil))
            #expect(String(decoding: plain, as: UTF8.self).split(separator: "\n").count == 100)
            sizes.append(response.body.count)
        }
        #expect(sizes[0] * 5 < sizes[1], "\(sizes)")
    }

    @Test func http10GetsTheStreamUntilClose() throws {
        let client = try RawClient(port: port)
        let body = #"{"id": 1, "text": "Hello Paris."}"# + "\n"
        client.send(
            "POST /v1/analyze/batch HTTP/1.0\r\nContent-Type: application/x-ndjson\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
        let head = try #require(client.readResponse(forHead: true))
        #expect(head.status == 200)
        #expect(head.headers["Transfer-Encoding"] == nil)
        #expect(head.headers["Connection"] == "close")
        #expect(client.isClosedByServer())
    }

    @Test func wrongMediaTypeIs415() async throws {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/v1/analyze/batch")!)
        request.httpMethod = "POST"
        request.setValue("text/plain", forHTTPHeaderField: "Content-Type")
        let (_, response) = try await URLSession.shared.upload(for: request, from: Data("x\n".utf8))
        #expect((response as? HTTPURLResponse)?.statusCode == 415)
    }
}
