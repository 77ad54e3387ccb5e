import Compression
import Testing

@testable import HTTP

@Suite struct ResponseWriterTests {
    let writer = ResponseWriter(gzipMinimumBytes: 16)
    let date = "Fri, 27 Nov 2026 06:00:00 GMT"

    func text(_ parts: (head: [UInt8], body: [UInt8])) -> String {
        String(decoding: parts.head, as: UTF8.self)
    }

    @Test func everyResponseHasDateLengthAndRequestID() {
        let parts = writer.serialize(.json(Array("{}".utf8)), context: .init(method: "GET", keepAlive: true, requestID: "r1"), date: date)
        #expect(
            text(parts)
                == "HTTP/1.1 200 OK\r\nDate: \(date)\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: 2\r\nX-Request-Id: r1\r\n\r\n"
        )
        #expect(parts.body == Array("{}".utf8))
    }

    @Test func headGetsGetsHeadersButNeverABody() {  // RFC 9110 §9.3.2
        let parts = writer.serialize(.json(Array("{\"a\":1}".utf8)), context: .init(method: "HEAD", keepAlive: true), date: date)
        #expect(text(parts).contains("Content-Length: 7\r\n"))
        #expect(parts.body.isEmpty)
    }

    @Test func noContentNeverHasABodyOrLength() {
        let parts = writer.serialize(
            HTTPResponse(status: .noContent, body: Array("x".utf8)), context: .init(method: "GET", keepAlive: true), date: date)
        #expect(!text(parts).contains("Content-Length"))
        #expect(parts.body.isEmpty)
    }

    @Test func closeIsEchoedAndHTTP10KeepAliveIsConfirmed() {
        #expect(
            text(writer.serialize(.json([]), context: .init(method: "GET", keepAlive: false), date: date)).contains("Connection: close\r\n")
        )
        #expect(
            text(writer.serialize(.json([]), context: .init(method: "GET", keepAlive: true, version: .http10), date: date)).contains(
                "Connection: keep-alive\r\n"))
    }

    @Test func gzipOnlyWhenAcceptedAndAlwaysVary() throws {
        let body = Array(String(repeating: "{\"entities\":[]}", count: 20).utf8)
        let plain = writer.serialize(.json(body), context: .init(method: "GET", keepAlive: true, acceptsGzip: false), date: date)
        #expect(text(plain).contains("Vary: Accept-Encoding\r\n"))
        #expect(!text(plain).contains("Content-Encoding"))
        let zipped = writer.serialize(.json(body), context: .init(method: "GET", keepAlive: true, acceptsGzip: true), date: date)
        #expect(text(zipped).contains("Content-Encoding: gzip\r\n"))
        #expect(text(zipped).contains("Content-Length: \(zipped.body.count)\r\n"))
        #expect(try Gzip.decompress(zipped.body, limit: 10_000) == body)
    }

    @Test func acceptEncodingHonoursQZero() {
        #expect(ResponseWriter.acceptsGzip(HTTPHeaders([("Accept-Encoding", "gzip, deflate")])))
        #expect(ResponseWriter.acceptsGzip(HTTPHeaders([("Accept-Encoding", "br;q=1, *;q=0.5")])))
        #expect(!ResponseWriter.acceptsGzip(HTTPHeaders([("Accept-Encoding", "gzip;q=0, *")])))
        #expect(!ResponseWriter.acceptsGzip(HTTPHeaders([("Accept-Encoding", "identity")])))
        #expect(!ResponseWriter.acceptsGzip(HTTPHeaders()))
    }

    @Test func dateIsIMFFixdate() {
        #expect(HTTPDate.format(epochSeconds: 784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
    }
}

@Suite struct GzipTests {
    @Test func roundTrips() throws {
        let text = Array(String(repeating: "Lede reads news. ", count: 1000).utf8)
        #expect(try Gzip.decompress(Gzip.compress(text), limit: text.count) == text)
    }

    @Test func bombStopsAtTheLimitInsteadOfExpanding() {
        let zeros = [UInt8](repeating: 0, count: 50_000_000)
        let bomb = Gzip.compress(zeros, level: 9)
        #expect(bomb.count < 100_000)
        #expect(throws: Gzip.Failure.tooLarge) { try Gzip.decompress(bomb, limit: 1 << 20) }
    }

    @Test func garbageAndTruncationAreCorrupt() {
        let good = Gzip.compress(Array("hello world".utf8))
        #expect(throws: Gzip.Failure.corrupt) { try Gzip.decompress(Array("not gzip".utf8), limit: 100) }
        #expect(throws: Gzip.Failure.corrupt) { try Gzip.decompress(Array(good.dropLast(4)), limit: 100) }
        #expect(throws: Gzip.Failure.corrupt) { try Gzip.decompress([], limit: 100) }
        #expect(throws: Gzip.Failure.corrupt) { try Gzip.decompress(good + [1, 2, 3], limit: 100) }
    }
}
