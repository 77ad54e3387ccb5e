import Testing

@testable import HTTP

/// Feeds `raw` to a fresh parser, either whole or one slice at a time, and collects every event.
func parseEvents(_ raw: String, limits: HTTPLimits = HTTPLimits(), splitAt splits: [Int] = []) -> [HTTPRequestParser.Event] {
    parseEvents(Array(raw.utf8), limits: limits, splitAt: splits)
}

func parseEvents(_ bytes: [UInt8], limits: HTTPLimits = HTTPLimits(), splitAt splits: [Int] = []) -> [HTTPRequestParser.Event] {
    var parser = HTTPRequestParser(limits: limits)
    var buffer: [UInt8] = []
    var readIndex = 0
    var events: [HTTPRequestParser.Event] = []
    var fed = 0
    for end in splits + [bytes.count] where end >= fed {
        buffer.append(contentsOf: bytes[fed..<end])
        fed = end
        while true {
            let event = parser.parse(buffer, readIndex: &readIndex)
            if event == .needMore { break }
            events.append(event)
            if case .failure = event { return events }
        }
    }
    return events
}

func failure(_ raw: String, limits: HTTPLimits = HTTPLimits()) -> HTTPError? {
    for event in parseEvents(raw, limits: limits) {
        if case .failure(let error) = event { return error }
    }
    return nil
}

func bodies(_ events: [HTTPRequestParser.Event]) -> [String] {
    events.compactMap {
        if case .complete(let body) = $0 { return String(decoding: body, as: UTF8.self) }
        return nil
    }
}

@Suite struct HTTPRequestParserTests {
    @Test func parsesASimpleGet() throws {
        let events = parseEvents("GET /healthz?x=1 HTTP/1.1\r\nHost: example\r\nAccept: */*\r\n\r\n")
        guard case .head(let head) = events.first else {
            Issue.record("no head: \(events)")
            return
        }
        #expect(head.method == "GET")
        #expect(head.path == "/healthz")
        #expect(head.query == "x=1")
        #expect(head.version == .http11)
        #expect(head.headers["host"] == "example")
        #expect(events.count == 2)
        #expect(bodies(events) == [""])
    }

    @Test func sameRequestSplitAtEveryByteGivesTheSameEvents() {
        let raw =
            "POST /v1/analyze HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5;ext=1\r\nhello\r\nA\r\n, world!!!\r\n0\r\nTrailer: x\r\n\r\n"
            + "GET /healthz HTTP/1.1\r\nHost: h\r\n\r\n"
        let whole = parseEvents(raw)
        #expect(bodies(whole) == ["hello, world!!!", ""])
        for split in 1..<raw.utf8.count {
            #expect(parseEvents(raw, splitAt: [split]) == whole, "split at \(split)")
        }
        let byteByByte = parseEvents(raw, splitAt: Array(1..<raw.utf8.count))
        #expect(byteByByte == whole)
    }

    @Test func contentLengthBodyAndPipelinedRequestsComeOutInOrder() {
        let raw = "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabcPOST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nde"
        let events = parseEvents(raw)
        #expect(bodies(events) == ["abc", "de"])
        let paths = events.compactMap { event -> String? in
            if case .head(let head) = event { return head.path }
            return nil
        }
        #expect(paths == ["/a", "/b"])
    }

    @Test func leadingEmptyLinesAreIgnored() {  // RFC 9112 §2.2
        #expect(bodies(parseEvents("\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n")) == [""])
    }

    @Test func bareLineFeedsAreAccepted() {  // RFC 9112 §2.2 MAY
        #expect(bodies(parseEvents("GET / HTTP/1.1\nHost: h\n\n")) == [""])
    }

    // MARK: Framing (RFC 9112 §6)

    @Test func contentLengthWithTransferEncodingIsRejected() {  // RFC 9112 §6.1
        #expect(failure("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n") == .conflictingFraming)
    }

    @Test func differingContentLengthsAreRejected() {  // RFC 9112 §6.3
        #expect(failure("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd") == .invalidContentLength)
        #expect(failure("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3, 4\r\n\r\nabcd") == .invalidContentLength)
    }

    @Test func repeatedIdenticalContentLengthIsAccepted() {
        #expect(bodies(parseEvents("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc")) == ["abc"])
    }

    @Test func nonDigitContentLengthIsRejected() {
        for value in ["+14", "-1", "1.0", "0x10", "", "1 2", "abc"] {
            #expect(failure("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: \(value)\r\n\r\n") == .invalidContentLength, "\(value)")
        }
    }

    @Test func hugeContentLengthIsTooLargeNotAnOverflow() {
        #expect(failure("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999\r\n\r\n") == .bodyTooLarge(limit: 1 << 20))
    }

    @Test func contentLengthOverTheLimitIsRejectedBeforeTheBody() {
        var limits = HTTPLimits()
        limits.maxBodyBytes = 10
        let events = parseEvents("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n", limits: limits)
        #expect(events.count == 2)
        #expect(events.last == .failure(.bodyTooLarge(limit: 10)))
    }

    @Test func chunkedBodyOverTheLimitIsRejectedWhileReading() {
        var limits = HTTPLimits()
        limits.maxBodyBytes = 10
        let raw = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nabcdef\r\n6\r\nghijkl\r\n0\r\n\r\n"
        #expect(failure(raw, limits: limits) == .bodyTooLarge(limit: 10))
    }

    @Test func unknownTransferCodingIsNotImplemented() {  // RFC 9112 §6.1: 501
        #expect(failure("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") == .unsupportedTransferCoding("gzip"))
        #expect(failure("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: bogus\r\n\r\n")?.status.code == 501)
    }

    @Test func chunkedTwiceIsRejected() {
        #expect(failure("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked, chunked\r\n\r\n")?.status.code == 400)
    }

    @Test func transferEncodingInHTTP10IsRejected() {  // RFC 9112 §6.1
        #expect(failure("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") == .transferEncodingInHTTP10)
    }

    @Test func postWithoutLengthNeedsOne() {
        #expect(failure("POST /v1/analyze HTTP/1.1\r\nHost: h\r\n\r\n") == .lengthRequired)
    }

    @Test func streamedBodiesComeInPiecesWithoutALimit() {
        var limits = HTTPLimits()
        limits.maxBodyBytes = 4
        var parser = HTTPRequestParser(limits: limits)
        var buffer = Array("POST /b HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nline1\n\r\n".utf8)
        var readIndex = 0
        guard case .head = parser.parse(buffer, readIndex: &readIndex) else {
            Issue.record("no head")
            return
        }
        parser.streamBody()
        #expect(parser.parse(buffer, readIndex: &readIndex) == .bodyChunk(Array("line1\n".utf8)))
        #expect(parser.parse(buffer, readIndex: &readIndex) == .needMore)
        buffer += Array("7\r\nline2\nx\r\n0\r\n\r\n".utf8)
        #expect(parser.parse(buffer, readIndex: &readIndex) == .bodyChunk(Array("line2\nx".utf8)))
        #expect(parser.parse(buffer, readIndex: &readIndex) == .complete(body: []))
    }

    // MARK: Chunked (RFC 9112 §7.1)

    @Test func chunkSizesAreHexOnly() {
        for size in ["g", "+5", "-5", " 5", "0x5", ""] {
            let raw = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n\(size)\r\nhello\r\n0\r\n\r\n"
            #expect(failure(raw) == .malformedChunk, "\(size)")
        }
        #expect(
            bodies(parseEvents("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nb\r\nhello world\r\n0\r\n\r\n")) == [
                "hello world"
            ])
    }

    @Test func chunkSizeOverflowIsRejected() {
        let raw = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\n"
        #expect(failure(raw) == .malformedChunk)
    }

    @Test func chunkExtensionsAreBounded() {
        var limits = HTTPLimits()
        limits.maxChunkLineBytes = 64
        let raw = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5;" + String(repeating: "x", count: 200)
        #expect(failure(raw, limits: limits) == .malformedChunk)
    }

    @Test func chunkDataMustEndWithCRLF() {
        let raw = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX\r\n0\r\n\r\n"
        #expect(failure(raw) == .malformedChunk)
    }

    @Test func trailersAreBounded() {
        var limits = HTTPLimits()
        limits.maxTrailerBytes = 100
        let trailers = (0..<20).map { "X-T\($0): value\r\n" }.joined()
        let raw = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\(trailers)\r\n"
        #expect(failure(raw, limits: limits)?.status.code == 431)
    }

    // MARK: Head syntax (RFC 9112 §3, §5)

    @Test func whitespaceBeforeColonIsRejected() {  // RFC 9112 §5.1
        #expect(failure("GET / HTTP/1.1\r\nHost : h\r\n\r\n") == .malformedHeader("whitespace before colon"))
    }

    @Test func obsoleteLineFoldingIsRejected() {  // RFC 9112 §5.2
        #expect(failure("GET / HTTP/1.1\r\nHost: h\r\nX-A: a\r\n  continued\r\n\r\n") == .malformedHeader("obsolete line folding"))
    }

    @Test func malformedRequestLinesAreRejected() {  // RFC 9112 §3
        for line in [
            "GET  / HTTP/1.1", "GET /", "GET / HTTP/1.1 extra", "G\u{01}T / HTTP/1.1", "GET / http/1.1", "GET nopath HTTP/1.1",
            "GET /a\u{7F} HTTP/1.1", " GET / HTTP/1.1",
        ] {
            #expect(failure("\(line)\r\nHost: h\r\n\r\n") == .malformedRequestLine, "\(line)")
        }
    }

    @Test func otherHTTPVersionsAreNotSupported() {
        #expect(failure("GET / HTTP/2.0\r\nHost: h\r\n\r\n") == .unsupportedVersion)
        #expect(failure("GET / HTTP/0.9\r\nHost: h\r\n\r\n")?.status.code == 505)
    }

    @Test func http11NeedsExactlyOneHost() {  // RFC 9112 §3.2
        #expect(failure("GET / HTTP/1.1\r\n\r\n") == .missingHost)
        #expect(failure("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") == .repeatedHost)
        #expect(bodies(parseEvents("GET / HTTP/1.0\r\n\r\n")) == [""])
    }

    @Test func controlCharactersInValuesAreRejected() {
        #expect(failure("GET / HTTP/1.1\r\nHost: h\r\nX: a\u{00}b\r\n\r\n")?.status.code == 400)
        #expect(failure("GET / HTTP/1.1\r\nHost: h\r\nX: a\rb\r\n\r\n")?.status.code == 400)
    }

    @Test func absoluteFormTargetUsesItsPath() {
        guard case .head(let head) = parseEvents("GET http://example.com/healthz HTTP/1.1\r\nHost: example.com\r\n\r\n").first else {
            Issue.record("no head")
            return
        }
        #expect(head.path == "/healthz")
    }

    // MARK: Limits

    @Test func longRequestLineIs414EvenBeforeItEnds() {
        let raw = "GET /" + String(repeating: "a", count: 9000)
        #expect(failure(raw) == .requestLineTooLong(limit: 8192))
        #expect(failure(raw + " HTTP/1.1\r\nHost: h\r\n\r\n") == .requestLineTooLong(limit: 8192))
    }

    @Test func largeHeaderSectionIs431EvenBeforeItEnds() {
        let raw = "GET / HTTP/1.1\r\nHost: h\r\nX-Big: " + String(repeating: "a", count: 40_000)
        #expect(failure(raw) == .headersTooLarge(limit: 32768))
    }

    @Test func moreThanAHundredFieldsIs431() {
        let fields = (0..<101).map { "X-\($0): v\r\n" }.joined()
        #expect(failure("GET / HTTP/1.1\r\nHost: h\r\n\(fields)\r\n") == .tooManyHeaders(limit: 100))
    }

    @Test func slowHeadByteByByteStaysLinear() {
        // 30 KB of headers fed one byte at a time: rescanning from the start each time would be quadratic.
        let raw =
            "GET / HTTP/1.1\r\nHost: h\r\n" + (0..<90).map { "X-\($0): " + String(repeating: "v", count: 300) + "\r\n" }.joined() + "\r\n"
        let events = parseEvents(raw, splitAt: Array(stride(from: 1, to: raw.utf8.count, by: 1)))
        #expect(bodies(events) == [""])
    }
}
