import Compression
import Foundation
import TestSupport
import Testing

@testable import HTTP
@testable import Server

#if canImport(Glibc)
    import Glibc
#endif

/// A `/lines` route answered by `BatchResponder`, each line echoed with its number ("3:text"):
/// streamed bodies without the analysis.
struct LineEchoHandler: HTTPHandler {
    func route(_ head: HTTPRequestHead) -> HTTPRoute {
        switch (head.path, head.method) {
        case ("/lines", "POST"): .worker
        case ("/hello", "GET"): .inline
        default: .reject(.notFound(path: head.path))
        }
    }

    func respond(to request: HTTPRequest) -> HTTPResponse {
        .json(Array("{\"hello\":\"world\"}".utf8))
    }

    func streamResponder(for head: HTTPRequestHead) -> (any HTTPStreamResponder)? {
        guard head.path == "/lines" else { return nil }
        return BatchResponder(window: 8, maxLineBytes: 1 << 20) { line, number, oversized in
            Array("\(number):".utf8) + (oversized ? Array("oversized".utf8) : Array(line))
        }
    }
}

/// Streamed bodies at their edges: bodies with no line, bodies that end late, bodies that break.
@Suite(.serialized) struct StreamEdgeTests {
    /// Waits up to two seconds for the access log to hold `count` lines.
    func logEntries(_ server: TestServer, count: Int) -> [[String: Any]] {
        for _ in 0..<200 where server.log.entries.count < count { usleep(10_000) }
        return server.log.entries
    }

    /// Waits up to two seconds for the server to count no open connection.
    func connectionsReleased(_ server: TestServer) -> Bool {
        for _ in 0..<200 where server.server.status.connections > 0 { usleep(10_000) }
        return server.server.status.connections == 0
    }

    @Test(arguments: [
        "POST /lines HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n",
        "POST /lines HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    ])
    func anEmptyBodyIsAnsweredAtOnceAndReleasesEverything(request: String) throws {
        let server = try TestServer(handler: LineEchoHandler()) { $0.timeouts.shutdownGrace = .seconds(5) }
        let client = try server.client(timeout: 2)
        client.send(request)
        let response = try #require(client.readChunkedResponse())
        #expect(response.status == 200)
        #expect(response.body.isEmpty)
        #expect(response.headers["Content-Type"] == "application/x-ndjson; charset=utf-8")
        #expect(server.server.status.inFlight == 0)
        let entries = logEntries(server, count: 1)
        #expect(entries.count == 1)
        #expect(entries.first?["path"] as? String == "/lines")
        #expect(entries.first?["status"] as? Int == 200)
        // The connection is kept alive and usable.
        client.send("GET /hello HTTP/1.1\r\nHost: h\r\n\r\n")
        #expect(client.readResponse()?.status == 200)
        // An idle connection does not hold shutdown for the grace period.
        let started = Date()
        server.stop()
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(server.server.status.connections == 0)
    }

    @Test func aBodyThatEndsAfterItsLastAnswerStillEnds() throws {
        let server = try TestServer(handler: LineEchoHandler())
        let client = try server.client(timeout: 2)
        client.send("POST /lines HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nabcde\n\r\n")
        // The line is answered before the last chunk arrives.
        usleep(200_000)
        client.send("0\r\n\r\n")
        let response = try #require(client.readChunkedResponse())
        #expect(response.text == "1:abcde\n")
        #expect(server.server.status.inFlight == 0)
        client.reset()
        #expect(connectionsReleased(server))
    }

    // MARK: Bodies that break

    func gzipPost(_ body: [UInt8], path: String = "/lines") -> [UInt8] {
        Array("POST \(path) HTTP/1.1\r\nHost: h\r\nContent-Encoding: gzip\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    @Test func aBadGzipHeaderIs400() throws {
        let server = try TestServer(handler: LineEchoHandler())
        let client = try server.client(timeout: 2)
        client.send(gzipPost(Array("not gzip at all\n".utf8)))
        let response = try #require(client.readResponse())
        #expect(response.status == 400)
        #expect(response.text.contains("\"invalid_gzip\""))
        #expect(response.headers["Connection"] == "close")
        #expect(client.isClosedByServer())
        #expect(server.server.status.inFlight == 0)
        #expect(connectionsReleased(server))
    }

    @Test func aTruncatedGzipStreamEndsWithAnErrorLineAndTheLastChunk() throws {
        let server = try TestServer(handler: LineEchoHandler())
        let client = try server.client(timeout: 2)
        let whole = Gzip.compress(Array("first\nsecond\nthird\n".utf8))
        client.send(gzipPost(Array(whole.dropLast(8))))
        let response = try #require(client.readChunkedResponse(), "the stream must end with its last chunk")
        #expect(response.status == 200)
        let lines = response.text.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines.prefix(3) == ["1:first", "2:second", "3:third"])
        #expect(lines.last?.contains("\"invalid_gzip\"") == true)
        #expect(response.headers["Connection"] == "close")
        #expect(client.isClosedByServer())
        #expect(server.server.status.inFlight == 0)
        #expect(logEntries(server, count: 1).first?["status"] as? Int == 200)
    }

    @Test func gzipThatBreaksAfterAnswersHaveGoneOutEndsWithAnErrorLine() throws {
        let server = try TestServer(handler: LineEchoHandler())
        let client = try server.client(timeout: 2)
        let valid = Gzip.compress(Array("one\ntwo\n".utf8))
        client.send("POST /lines HTTP/1.1\r\nHost: h\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n")
        client.send(Array("\(String(valid.count, radix: 16))\r\n".utf8) + valid + Array("\r\n".utf8))
        usleep(200_000)
        // Bytes after the end of the gzip stream are corrupt.
        client.send("4\r\njunk\r\n")
        let response = try #require(client.readChunkedResponse(), "the stream must end with its last chunk")
        let lines = response.text.split(separator: "\n").map(String.init)
        #expect(lines.prefix(2) == ["1:one", "2:two"])
        #expect(lines.count == 3)
        #expect(lines.last?.contains("\"invalid_gzip\"") == true)
        #expect(client.isClosedByServer())
        #expect(server.server.status.inFlight == 0)
        #expect(connectionsReleased(server))
    }

    @Test func aStalledBodyAfterAnswersEndsWithA408LineNotASecondResponse() throws {
        let server = try TestServer(handler: LineEchoHandler()) { $0.timeouts.bodyIdle = .milliseconds(300) }
        let client = try server.client(timeout: 2)
        client.send("POST /lines HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n4\r\none\n\r\n")
        let response = try #require(client.readChunkedResponse(), "the stream must end with its last chunk")
        #expect(response.status == 200)
        let lines = response.text.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first == "1:one")
        #expect(lines.last?.contains("\"request_timeout\"") == true)
        #expect(client.isClosedByServer())
        #expect(connectionsReleased(server))
    }

    // MARK: Compressed answers

    @Test func aStreamIsGzippedWhenTheClientAcceptsItAndEachAnswerDecodesOnArrival() throws {
        let server = try TestServer(handler: LineEchoHandler())
        let client = try server.client(timeout: 2)
        client.send("POST /lines HTTP/1.1\r\nHost: h\r\nAccept-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nabcde\n\r\n")
        usleep(200_000)
        client.send("0\r\n\r\n")
        let response = try #require(client.readChunkedResponse())
        #expect(response.headers["Content-Encoding"] == "gzip")
        #expect(response.headers["Vary"] == "Accept-Encoding")
        let plain = try Gzip.decompress(response.body, limit: 1 << 20)
        #expect(String(decoding: plain, as: UTF8.self) == "1:abcde\n")

        let identity = try server.client(timeout: 2)
        identity.send("POST /lines HTTP/1.1\r\nHost: h\r\nContent-Length: 6\r\n\r\nabcde\n")
        let uncompressed = try #require(identity.readChunkedResponse())
        #expect(uncompressed.headers["Content-Encoding"] == nil)
        #expect(uncompressed.text == "1:abcde\n")
    }

    @Test func gzipWriterOutputDecodesPieceByPiece() throws {
        let writer = try #require(GzipWriter())
        let reader = try #require(GzipStream(maxOutputPerCall: 1 << 20))
        var decoded: [UInt8] = []
        for index in 0..<50 {
            let line = Array("{\"line\":\(index),\"text\":\"the same words again and again\"}\n".utf8)
            decoded += try reader.decompress(writer.compress(line))
            #expect(decoded.count > 0 && decoded.last == UInt8(ascii: "\n"), "line \(index) must decode on arrival")
        }
        _ = try reader.decompress(writer.finish())
        #expect(reader.isComplete)
        #expect(String(decoding: decoded, as: UTF8.self).split(separator: "\n").count == 50)
    }
}
