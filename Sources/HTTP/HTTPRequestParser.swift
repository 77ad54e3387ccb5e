/// An HTTP/1.1 request parser (RFC 9112) as a value fed bytes: it knows nothing of sockets.
///
/// The caller owns the input buffer and a read index; each `parse` call consumes what it can and
/// says what happened. Scanning resumes where it stopped, so a head sent one byte at a time costs
/// linear time, and every line is bounded by a limit before it is complete.
public struct HTTPRequestParser: Sendable {
    public enum Event: Sendable, Equatable {
        /// Feed more bytes.
        case needMore
        /// The head is complete; the body (if any) has not been read yet.
        case head(HTTPRequestHead)
        /// Part of a streamed body (after `streamBody()`): the bytes so far, de-chunked.
        case bodyChunk([UInt8])
        /// The body is complete (de-chunked, still content-encoded); the parser is ready for the next request.
        /// When streaming, it carries only the bytes not yet given as chunks.
        case complete(body: [UInt8])
        /// The request is invalid; the connection must answer with this error and close if it says so.
        case failure(HTTPError)
    }

    private enum State: Sendable {
        case head
        case fixedBody(remaining: Int)
        case chunkSizeLine
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailers(bytes: Int)
        case noBody
        case failed
    }

    public let limits: HTTPLimits
    private var state = State.head
    /// Bytes past the read index already scanned for a line end.
    private var scanned = 0
    /// Where the current head line starts, relative to the read index.
    private var lineStart = 0
    private var requestLineLength: Int?
    private var body: [UInt8] = []
    /// Body bytes are handed out as they arrive instead of collected, and no body limit applies.
    private var streaming = false
    private var declaredLength: Int?

    public init(limits: HTTPLimits) {
        self.limits = limits
    }

    /// The head has been parsed and body bytes are still to come.
    public var expectsBody: Bool {
        switch state {
        case .fixedBody, .chunkSizeLine, .chunkData, .chunkDataEnd, .trailers: true
        case .head, .noBody, .failed: false
        }
    }

    /// The method and path of a request refused before its head was accepted (411, 501, 431, a bad
    /// header), when its request line could be read: what the access log names instead of nothing.
    public private(set) var rejectedRequestLine: (method: String, path: String)?

    /// The declared Content-Length of the current request, if it has one.
    public var declaredBodyLength: Int? { declaredLength }

    /// The declared Content-Length is over the limit for a collected body: answer 413 before reading it.
    public var declaredLengthExceedsLimit: Bool {
        (declaredLength ?? 0) > limits.maxBodyBytes
    }

    /// Switches the current request's body to streaming: `.bodyChunk` events, no total limit
    /// (the consumer bounds what it keeps). Call after `.head`, before more parsing.
    public mutating func streamBody() {
        streaming = true
    }

    /// The client may still be sending bytes of a message we will not read (after a failure or mid-body).
    public var isMidMessage: Bool {
        if case .failed = state { return true }
        return expectsBody
    }

    /// Consumes bytes from `buffer[readIndex...]`, advancing `readIndex` past what it used.
    public mutating func parse(_ buffer: [UInt8], readIndex: inout Int) -> Event {
        switch state {
        case .failed:
            return .needMore
        case .head:
            return parseHead(buffer, readIndex: &readIndex)
        case .noBody:
            resetForNextRequest()
            return .complete(body: [])
        default:
            return parseBody(buffer, readIndex: &readIndex)
        }
    }

    private mutating func resetForNextRequest() {
        state = .head
        streaming = false
        declaredLength = nil
        scanned = 0
        lineStart = 0
        requestLineLength = nil
        body = []
    }

    private mutating func fail(_ error: HTTPError) -> Event {
        state = .failed
        return .failure(error)
    }

    // MARK: Head

    private mutating func parseHead(_ buffer: [UInt8], readIndex: inout Int) -> Event {
        // RFC 9112 §2.2: ignore empty lines received before the request line.
        if scanned == 0 {
            while readIndex < buffer.count, buffer[readIndex] == .lf || buffer[readIndex] == .cr {
                readIndex += 1
            }
        }
        var index = readIndex + scanned
        while index < buffer.count {
            if buffer[index] == .lf {
                let start = readIndex + lineStart
                let contentEnd = index > start && buffer[index - 1] == .cr ? index - 1 : index
                if requestLineLength == nil {
                    requestLineLength = index - readIndex
                    if index - readIndex > limits.maxRequestLineBytes {
                        return fail(.requestLineTooLong(limit: limits.maxRequestLineBytes))
                    }
                } else if contentEnd == start {
                    let head = Array(buffer[readIndex..<contentEnd])
                    readIndex = index + 1
                    scanned = 0
                    lineStart = 0
                    requestLineLength = nil
                    return finishHead(head)
                }
                lineStart = index + 1 - readIndex
            }
            index += 1
            if let requestLine = requestLineLength {
                if index - readIndex - requestLine > limits.maxHeaderBytes {
                    rejectedRequestLine = Self.requestLineParts(buffer[readIndex..<(readIndex + requestLine)])
                    return fail(.headersTooLarge(limit: limits.maxHeaderBytes))
                }
            } else if index - readIndex > limits.maxRequestLineBytes {
                return fail(.requestLineTooLong(limit: limits.maxRequestLineBytes))
            }
        }
        scanned = index - readIndex
        return .needMore
    }

    private mutating func finishHead(_ bytes: [UInt8]) -> Event {
        switch Self.parseHeadBytes(bytes, limits: limits) {
        case .failure(let error):
            rejectedRequestLine = Self.requestLineParts(bytes[...])
            return fail(error)
        case .success(let (head, framing)):
            switch framing {
            case .none: state = .noBody
            case .length(let length): state = length == 0 ? .noBody : .fixedBody(remaining: length)
            case .chunked: state = .chunkSizeLine
            }
            if case .length(let length) = framing {
                declaredLength = length
                body.reserveCapacity(min(length, limits.maxBodyBytes, 1 << 16))
            }
            return .head(head)
        }
    }

    /// The method and path of a head's first line, if it is a well-formed request line.
    static func requestLineParts(_ bytes: ArraySlice<UInt8>) -> (method: String, path: String)? {
        var line = bytes.prefix { $0 != .lf }
        if line.last == .cr { line = line.dropLast() }
        let parts = line.split(separator: .space, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isTokenByte), parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F }),
            let target = parts.dropFirst().first, !target.isEmpty
        else { return nil }
        let path = target.prefix { $0 != UInt8(ascii: "?") }
        return (String(decoding: parts[0], as: UTF8.self), String(decoding: path, as: UTF8.self))
    }

    enum Framing: Equatable {
        case none
        case length(Int)
        case chunked
    }

    static func parseHeadBytes(_ bytes: [UInt8], limits: HTTPLimits) -> Result<(HTTPRequestHead, Framing), HTTPError> {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == .lf {
            let end = index > start && bytes[index - 1] == .cr ? index - 1 : index
            lines.append(bytes[start..<end])
            start = index + 1
        }
        lines.append(bytes[start..<bytes.count].last == .cr ? bytes[start..<(bytes.count - 1)] : bytes[start..<bytes.count])
        // RFC 9112 §2.2: a bare CR is invalid.
        if lines.contains(where: { $0.contains(.cr) }) { return .failure(.malformedHeader("bare CR")) }
        guard let requestLine = lines.first else { return .failure(.malformedRequestLine) }

        let parts = requestLine.split(separator: .space, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, parts[0].allSatisfy(isTokenByte) else {
            return .failure(.malformedRequestLine)
        }
        let version: HTTPVersion
        switch Array(parts[2]) {
        case Array("HTTP/1.1".utf8): version = .http11
        case Array("HTTP/1.0".utf8): version = .http10
        case let other
        where other.count == 8 && other.starts(with: "HTTP/".utf8) && isDigit(other[5])
            && other[6] == UInt8(ascii: ".") && isDigit(other[7]):
            return .failure(.unsupportedVersion)
        default:
            return .failure(.malformedRequestLine)
        }
        // Visible ASCII only: no spaces, controls or raw non-ASCII bytes in the target.
        guard parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return .failure(.malformedRequestLine) }
        let method = String(decoding: parts[0], as: UTF8.self)
        var target = String(decoding: parts[1], as: UTF8.self)
        if !target.hasPrefix("/") {
            // Absolute-form (RFC 9112 §3.2.2): keep the path; "*" only for OPTIONS.
            if target == "*" && method == "OPTIONS" {
            } else if let schemeEnd = target.firstRange(of: "://"), target.lowercased().hasPrefix("http") {
                let rest = target[schemeEnd.upperBound...]
                target = rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
            } else {
                return .failure(.malformedRequestLine)
            }
        }

        var headers = HTTPHeaders()
        for line in lines.dropFirst() {
            guard headers.fields.count < limits.maxHeaderCount else {
                return .failure(.tooManyHeaders(limit: limits.maxHeaderCount))
            }
            guard let first = line.first else { continue }
            // RFC 9112 §5.2: obs-fold is rejected.
            if first == .space || first == .tab { return .failure(.malformedHeader("obsolete line folding")) }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
                return .failure(.malformedHeader("no colon"))
            }
            let name = line[line.startIndex..<colon]
            // RFC 9112 §5.1: no whitespace between the field name and the colon.
            if name.last == .space || name.last == .tab {
                return .failure(.malformedHeader("whitespace before colon"))
            }
            guard !name.isEmpty, name.allSatisfy(isTokenByte) else {
                return .failure(.malformedHeader("invalid field name"))
            }
            var value = line[(colon + 1)...]
            while let byte = value.first, byte == .space || byte == .tab { value.removeFirst() }
            while let byte = value.last, byte == .space || byte == .tab { value.removeLast() }
            guard value.allSatisfy({ $0 == .tab || $0 >= 0x20 && $0 != 0x7F }) else {
                return .failure(.malformedHeader("control character in a field value"))
            }
            headers.add(String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
        }

        let hosts = headers.values("Host").count
        if hosts > 1 { return .failure(.repeatedHost) }
        if hosts == 0 && version == .http11 { return .failure(.missingHost) }

        let head = HTTPRequestHead(method: method, target: target, version: version, headers: headers)
        switch framing(of: head, limits: limits) {
        case .failure(let error): return .failure(error)
        case .success(let framing): return .success((head, framing))
        }
    }

    /// RFC 9112 §6: how the body is delimited, rejecting every ambiguous combination.
    static func framing(of head: HTTPRequestHead, limits: HTTPLimits) -> Result<Framing, HTTPError> {
        let headers = head.headers
        if headers.contains("Transfer-Encoding") {
            if head.version == .http10 { return .failure(.transferEncodingInHTTP10) }
            if headers.contains("Content-Length") { return .failure(.conflictingFraming) }
            let codings = headers.tokens("Transfer-Encoding")
            if let unknown = codings.first(where: { $0 != "chunked" }) {
                return .failure(.unsupportedTransferCoding(unknown))
            }
            guard codings == ["chunked"] else { return .failure(.malformedHeader("chunked must be sent once")) }
            return .success(.chunked)
        }
        let lengths = headers.values("Content-Length").flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
            .map { $0.trimmingSpaces() }
        if let first = lengths.first {
            guard lengths.allSatisfy({ $0 == first }), !first.isEmpty, first.utf8.allSatisfy(isDigit) else {
                return .failure(.invalidContentLength)
            }
            guard first.utf8.count <= 18, let length = Int(first) else {
                return .failure(.bodyTooLarge(limit: limits.maxBodyBytes))
            }
            // Over the body limit is decided once the route is known (a streamed body has none).
            return .success(.length(length))
        }
        if ["POST", "PUT", "PATCH"].contains(head.method) { return .failure(.lengthRequired) }
        return .success(.none)
    }

    // MARK: Body

    private mutating func parseBody(_ buffer: [UInt8], readIndex: inout Int) -> Event {
        while true {
            switch state {
            case .fixedBody(let remaining):
                if !streaming && declaredLengthExceedsLimit { return fail(.bodyTooLarge(limit: limits.maxBodyBytes)) }
                let take = min(remaining, buffer.count - readIndex)
                body.append(contentsOf: buffer[readIndex..<(readIndex + take)])
                readIndex += take
                if take == remaining { return complete() }
                state = .fixedBody(remaining: remaining - take)
                return streamedChunk() ?? .needMore

            case .chunkSizeLine:
                guard let line = nextLine(buffer, readIndex: &readIndex, limit: limits.maxChunkLineBytes) else {
                    return scannedPastLimit(limits.maxChunkLineBytes) ? fail(.malformedChunk) : .needMore
                }
                guard let size = Self.chunkSize(line) else { return fail(.malformedChunk) }
                if size == 0 {
                    state = .trailers(bytes: 0)
                } else {
                    guard streaming || size <= limits.maxBodyBytes - body.count else {
                        return fail(.bodyTooLarge(limit: limits.maxBodyBytes))
                    }
                    state = .chunkData(remaining: size)
                }

            case .chunkData(let remaining):
                let take = min(remaining, buffer.count - readIndex)
                body.append(contentsOf: buffer[readIndex..<(readIndex + take)])
                readIndex += take
                guard take == remaining else {
                    state = .chunkData(remaining: remaining - take)
                    return streamedChunk() ?? .needMore
                }
                state = .chunkDataEnd
                if let chunk = streamedChunk() { return chunk }

            case .chunkDataEnd:
                guard let line = nextLine(buffer, readIndex: &readIndex, limit: 2) else {
                    return scannedPastLimit(2) ? fail(.malformedChunk) : .needMore
                }
                guard line.isEmpty else { return fail(.malformedChunk) }
                state = .chunkSizeLine

            case .trailers(let bytes):
                let before = readIndex
                guard let line = nextLine(buffer, readIndex: &readIndex, limit: limits.maxChunkLineBytes) else {
                    return scannedPastLimit(limits.maxChunkLineBytes) ? fail(.headersTooLarge(limit: limits.maxTrailerBytes)) : .needMore
                }
                if line.isEmpty { return complete() }
                let total = bytes + readIndex - before
                guard total <= limits.maxTrailerBytes else { return fail(.headersTooLarge(limit: limits.maxTrailerBytes)) }
                guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                    line[line.startIndex..<colon].allSatisfy(isTokenByte)
                else { return fail(.malformedChunk) }
                state = .trailers(bytes: total)

            case .head, .noBody, .failed:
                return .needMore
            }
        }
    }

    /// When streaming, hands out what has been collected so far.
    private mutating func streamedChunk() -> Event? {
        guard streaming, !body.isEmpty else { return nil }
        defer { body.removeAll(keepingCapacity: true) }
        return .bodyChunk(body)
    }

    private mutating func complete() -> Event {
        let finished = body
        resetForNextRequest()
        return .complete(body: finished)
    }

    private func scannedPastLimit(_ limit: Int) -> Bool {
        scanned > limit + 1
    }

    /// The next LF-terminated line (CR stripped) if it is complete, consuming it.
    private mutating func nextLine(_ buffer: [UInt8], readIndex: inout Int, limit: Int) -> ArraySlice<UInt8>? {
        var index = readIndex + scanned
        while index < buffer.count {
            if buffer[index] == .lf {
                let end = index > readIndex && buffer[index - 1] == .cr ? index - 1 : index
                let line = buffer[readIndex..<end]
                readIndex = index + 1
                scanned = 0
                return line
            }
            index += 1
            if index - readIndex > limit + 1 { break }
        }
        scanned = index - readIndex
        return nil
    }

    /// RFC 9112 §7.1: hex digits, then optional extensions; overflow is rejected, not wrapped.
    static func chunkSize(_ line: ArraySlice<UInt8>) -> Int? {
        var size = 0
        var digits = 0
        var index = line.startIndex
        while index < line.endIndex, let value = hexValue(line[index]) {
            digits += 1
            guard digits <= 15 else { return nil }
            size = size << 4 | value
            index += 1
        }
        guard digits > 0 else { return nil }
        let rest = line[index...]
        guard rest.allSatisfy({ $0 == .tab || $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        let extensions = rest.drop { $0 == .space || $0 == .tab }
        guard extensions.isEmpty || extensions.first == UInt8(ascii: ";") else { return nil }
        return size
    }
}

extension UInt8 {
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
}

@inline(__always) func isDigit(_ byte: UInt8) -> Bool {
    byte >= 0x30 && byte <= 0x39
}

func hexValue(_ byte: UInt8) -> Int? {
    switch byte {
    case 0x30...0x39: Int(byte - 0x30)
    case 0x41...0x46: Int(byte - 0x41 + 10)
    case 0x61...0x66: Int(byte - 0x61 + 10)
    default: nil
    }
}

/// RFC 9110 §5.6.2 tchar.
func isTokenByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
    case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
        UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
        true
    default: false
    }
}
