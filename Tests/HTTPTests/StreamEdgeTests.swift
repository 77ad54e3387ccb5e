import Compression
import Foundation
import TestSupport
import Testing

@testable import HTTP

#if canImport(Glibc)
    import Glibc
#endif

/// `.stream` routes at their edges: bodies with no line, bodies that end late, bodies that break.
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
        let server = try TestServer { $0.timeouts.shutdownGrace = .seconds(5) }
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
        let server = try TestServer()
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
}
