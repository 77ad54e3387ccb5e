import Foundation
import TestSupport
import Testing

@testable import HTTP

#if canImport(Glibc)
    import Glibc
#endif

/// What operators see of each request: the access-log line and the latency histogram.
@Suite(.serialized) struct AccessLogTests {
    /// Waits up to two seconds for the access log to hold `count` lines.
    func logEntries(_ server: TestServer, count: Int) -> [[String: Any]] {
        for _ in 0..<200 where server.log.entries.count < count { usleep(10_000) }
        return server.log.entries
    }

    func latencySum(_ server: TestServer) -> Double? {
        let text = server.server.status.metrics.render(status: server.server.status, prefix: "test")
        let line = text.split(separator: "\n").first { $0.hasPrefix("test_http_request_duration_seconds_sum{route=\"unmatched\"}") }
        return line.flatMap { Double($0.split(separator: " ").last ?? "") }
    }

    @Test func aHeadTimeoutIsLoggedWithTheTimeTheHeadTook() throws {
        let server = try TestServer { $0.timeouts.head = .milliseconds(300) }
        // A kept-alive connection that idles before a slow head: neither the previous request's
        // start nor the process's clock origin is where this request began.
        let client = try server.client()
        client.send("GET /hello HTTP/1.1\r\nHost: h\r\n\r\n")
        #expect(client.readResponse()?.status == 200)
        usleep(800_000)
        client.send("GET /hello HTTP/1.1\r\nHost: h\r\n")
        #expect(client.readResponse()?.status == 408)
        let fresh = try server.client()
        fresh.send("GET /hel")
        #expect(fresh.readResponse()?.status == 408)

        let timeouts = logEntries(server, count: 3).filter { $0["status"] as? Int == 408 }
        #expect(timeouts.count == 2)
        for entry in timeouts {
            let milliseconds = try #require(entry["ms"] as? Double)
            #expect(milliseconds >= 250 && milliseconds < 750, "\(milliseconds) ms")
        }
        let sum = try #require(latencySum(server))
        #expect(sum >= 0.5 && sum < 2, "\(sum) s for two 0.3 s timeouts")
    }

    @Test(arguments: [
        ("POST /echo HTTP/1.1\r\nHost: h\r\n\r\n", 411, "POST", "/echo"),
        ("POST /echo?x=1 HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n", 501, "POST", "/echo"),
        ("GET /hello HTTP/1.1\r\nHost: h\r\nX: a\r\n b\r\n\r\n", 400, "GET", "/hello"),
        ("GET /hello HTTP/1.1\r\n\r\n", 400, "GET", "/hello"),
        ("GARBAGE\r\n\r\n", 400, "-", "-"),
    ])
    func earlyErrorsAreLoggedWithTheirRequestLine(request: String, status: Int, method: String, path: String) throws {
        let server = try TestServer()
        let client = try server.client()
        client.send(request)
        #expect(client.readResponse()?.status == status)
        let entry = try #require(logEntries(server, count: 1).first)
        #expect(entry["status"] as? Int == status)
        #expect(entry["method"] as? String == method)
        #expect(entry["path"] as? String == path)
    }

    @Test func anEarlyErrorToHeadHasNoBody() throws {
        let server = try TestServer()
        let client = try server.client()
        client.send("HEAD /hello HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n")
        #expect(client.readResponse(forHead: true)?.status == 501)
        #expect(client.isClosedByServer())
        #expect(client.leftover == 0)
    }

    @Test func aRequestRefusedOnItsHeadLogsTheBodyBytesThatCameWithIt() throws {
        let server = try TestServer()
        let client = try server.client()
        client.send("PUT /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\nhello world")
        #expect(client.readResponse()?.status == 405)
        let entry = try #require(logEntries(server, count: 1).first)
        #expect(entry["bytes_in"] as? Int == 11)
    }

    @Test func theConnectionCap503CarriesARequestIDAndIsLogged() throws {
        let server = try TestServer { $0.maxConnections = 1 }
        let first = try server.client()
        first.send("GET /hello HTTP/1.1\r\nHost: h\r\n\r\n")
        #expect(first.readResponse()?.status == 200)
        let second = try server.client()
        let rejected = try #require(second.readResponse())
        #expect(rejected.status == 503)
        let id = try #require(rejected.headers["X-Request-Id"])
        #expect(!id.isEmpty)
        let entries = logEntries(server, count: 2)
        #expect(entries.contains { $0["status"] as? Int == 503 && $0["request_id"] as? String == id })
    }
}
