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
        let text = server.server.status.metrics.render(status: server.server.status)
        let line = text.split(separator: "\n").first { $0.hasPrefix("lede_http_request_duration_seconds_sum{route=\"unmatched\"}") }
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
}
