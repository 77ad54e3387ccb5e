#if canImport(Glibc)
    import Compression
    import Glibc
#endif

/// Turns a handler's response into the bytes on the wire, adding what every response must carry.
///
/// Rules that protect the framing live here, not in handlers: HEAD, 1xx, 204 and 304 never get a
/// body; Content-Length is always computed here; gzip only when the client accepts it (with Vary).
public struct ResponseWriter: Sendable {
    public var gzipMinimumBytes: Int

    public init(gzipMinimumBytes: Int = 1024) {
        self.gzipMinimumBytes = gzipMinimumBytes
    }

    /// What the request asked of the response's form.
    public struct Context: Sendable {
        public var method: String
        public var keepAlive: Bool
        public var version: HTTPVersion
        public var acceptsGzip: Bool
        public var requestID: String?

        public init(method: String, keepAlive: Bool, version: HTTPVersion = .http11, acceptsGzip: Bool = false, requestID: String? = nil) {
            self.method = method
            self.keepAlive = keepAlive
            self.version = version
            self.acceptsGzip = acceptsGzip
            self.requestID = requestID
        }
    }

    public func serialize(_ response: HTTPResponse, context: Context, date: String) -> (head: [UInt8], body: [UInt8]) {
        var headers = response.headers
        var body = response.body
        let status = response.status.code
        let bodyForbidden = (100..<200).contains(status) || status == 204 || status == 304
        if bodyForbidden { body = [] }

        if !bodyForbidden && body.count >= gzipMinimumBytes && Self.isCompressible(headers["Content-Type"])
            && !headers.contains("Content-Encoding")
        {
            headers.add("Vary", "Accept-Encoding")
            if context.acceptsGzip {
                body = Gzip.compress(body)
                headers.add("Content-Encoding", "gzip")
            }
        }

        var head: [UInt8] = []
        head.reserveCapacity(256)
        head.append(contentsOf: "HTTP/1.1 \(status) \(response.status.reason)\r\n".utf8)
        head.append(contentsOf: "Date: \(date)\r\n".utf8)
        for field in headers where !Self.isManaged(field.name) {
            head.append(contentsOf: field.name.utf8)
            head.append(contentsOf: ": ".utf8)
            head.append(contentsOf: field.value.utf8)
            head.append(contentsOf: "\r\n".utf8)
        }
        if !bodyForbidden {
            head.append(contentsOf: "Content-Length: \(body.count)\r\n".utf8)
        }
        if let requestID = context.requestID {
            head.append(contentsOf: "X-Request-Id: \(requestID)\r\n".utf8)
        }
        if !context.keepAlive {
            head.append(contentsOf: "Connection: close\r\n".utf8)
        } else if context.version == .http10 {
            head.append(contentsOf: "Connection: keep-alive\r\n".utf8)
        }
        head.append(contentsOf: "\r\n".utf8)
        // RFC 9110 §9.3.2: HEAD gets GET's headers (Content-Length included) and never a body.
        if context.method == "HEAD" { body = [] }
        return (head, body)
    }

    /// The head of a streamed 200 response: chunked in HTTP/1.1, closed-delimited in HTTP/1.0.
    public func streamHead(
        contentType: String, chunked: Bool, context: Context, date: String, extraHeaders: [(name: String, value: String)] = []
    ) -> [UInt8] {
        var head = "HTTP/1.1 200 OK\r\nDate: \(date)\r\nContent-Type: \(contentType)\r\n"
        for field in extraHeaders where !Self.isManaged(field.name) { head += "\(field.name): \(field.value)\r\n" }
        if chunked { head += "Transfer-Encoding: chunked\r\n" }
        // The stream is gzip-encoded when the client accepts it (`ConnectionMachine` compresses each piece).
        head += "Vary: Accept-Encoding\r\n"
        if context.acceptsGzip { head += "Content-Encoding: gzip\r\n" }
        if let requestID = context.requestID { head += "X-Request-Id: \(requestID)\r\n" }
        if !context.keepAlive { head += "Connection: close\r\n" }
        return Array((head + "\r\n").utf8)
    }

    /// One chunk of a chunked body (RFC 9112 §7.1).
    public static func chunk(_ bytes: [UInt8]) -> [UInt8] {
        var frame = Array("\(String(bytes.count, radix: 16))\r\n".utf8)
        frame.reserveCapacity(frame.count + bytes.count + 2)
        frame += bytes
        frame += [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
        return frame
    }

    /// The last chunk of a chunked body, with no trailer.
    public static let lastChunk: [UInt8] = Array("0\r\n\r\n".utf8)

    /// Interim "100 Continue" (RFC 9110 §10.1.1).
    public static let continueBytes: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    private static func isManaged(_ name: String) -> Bool {
        HTTPHeaders.same(name, "Content-Length") || HTTPHeaders.same(name, "Connection")
            || HTTPHeaders.same(name, "Date") || HTTPHeaders.same(name, "Transfer-Encoding")
            || HTTPHeaders.same(name, "X-Request-Id")
    }

    private static func isCompressible(_ contentType: String?) -> Bool {
        guard let type = contentType?.lowercased().split(separator: ";").first?.trimmingSpaces() else { return false }
        // Text, and JSON in any of its forms (plain, line-delimited, `+json` types).
        return type.hasPrefix("text/") || type.hasSuffix("json")
    }

    /// RFC 9110 §12.5.3: gzip is acceptable unless absent or given q=0.
    public static func acceptsGzip(_ headers: HTTPHeaders) -> Bool {
        var gzip: Bool?
        var wildcard = false
        for element in headers.values("Accept-Encoding").flatMap({ $0.split(separator: ",") }) {
            let parts = element.split(separator: ";").map { $0.trimmingSpaces().lowercased() }
            guard let coding = parts.first else { continue }
            let zero = parts.dropFirst().contains { $0.hasPrefix("q=") && Double($0.dropFirst(2)) == 0 }
            if coding == "gzip" || coding == "x-gzip" { gzip = !zero }
            if coding == "*" { wildcard = !zero }
        }
        return gzip ?? wildcard
    }
}

/// IMF-fixdate (RFC 9110 §5.6.7), formatted at most once a second per thread that asks.
public struct HTTPDate {
    private var second: Int = -1
    private var cached = ""

    public init() {}

    public mutating func now() -> String {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        if spec.tv_sec != second {
            second = spec.tv_sec
            cached = Self.format(epochSeconds: spec.tv_sec)
        }
        return cached
    }

    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public static func format(epochSeconds: Int) -> String {
        var time = time_t(epochSeconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}
