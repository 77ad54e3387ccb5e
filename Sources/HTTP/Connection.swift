import CLinux
import Compression

#if canImport(Glibc)
    import Glibc
#endif

/// One client connection, confined to its event loop's thread.
///
/// Requests on a connection are handled one at a time: while one is being answered, later
/// pipelined requests wait in the input buffer, so responses always leave in request order
/// (RFC 9112 §9.3.2) without any reordering machinery.
final class Connection {
    let fd: Int32
    let id: UInt64
    private unowned let loop: EventLoop
    private var shared: ServerShared { loop.shared }

    private var input: [UInt8] = []
    private var readIndex = 0
    private var parser: HTTPRequestParser
    private var deadlines: ConnectionDeadlines

    private var head: HTTPRequestHead?
    private var route = HTTPRoute.inline
    private var requestID = ""
    /// The route label in metrics: the path of a known route, "unmatched" for the rest, so
    /// scanners probing random paths cannot blow up the number of series.
    private var metricsRoute = "unmatched"
    private var requestStart: UInt64 = 0
    private var bytesIn = 0

    private var output: [[UInt8]] = []
    private var outputOffset = 0
    /// A request is being answered (handler running or response being written).
    private var busy = false
    /// A worker is running this connection's handler: until it posts back, a writable socket
    /// only flushes (an interim `100 Continue`), it never finishes or starts a request.
    private var workerRunning = false
    private var closeAfterWrite = false
    private var peerClosed = false
    private var closed = false
    /// After an error response: our side is shut, the client's leftover bytes are read and dropped
    /// until this time, so the client sees the response instead of a reset (RFC 9112 §9.6).
    private var lingerUntil: UInt64?
    private var interest: UInt32 = EPOLLIN.rawValue | EPOLLRDHUP.rawValue
    /// The line-by-line state of a `.stream` request while its body arrives and its answers leave.
    private var stream: LineStream?

    /// Unread pipelined input beyond this pauses reading until the current response is out.
    private static let maxBufferedInput = 256 * 1024

    /// Accepted after shutdown began: its one request is answered only if it is cheap (`.inline`),
    /// so health and readiness probes see the truth while new work goes elsewhere.
    private let acceptedWhileDraining: Bool

    init(fd: Int32, id: UInt64, loop: EventLoop, now: UInt64, acceptedWhileDraining: Bool = false) {
        self.fd = fd
        self.id = id
        self.loop = loop
        self.acceptedWhileDraining = acceptedWhileDraining
        self.parser = HTTPRequestParser(limits: loop.shared.configuration.limits)
        self.deadlines = ConnectionDeadlines(timeouts: loop.shared.configuration.timeouts, now: now)
    }

    // MARK: Events

    func handle(events: UInt32) {
        if workerRunning && events & (EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0 {
            // Reset while a worker answers. A hang-up is reported whatever the interest, so the
            // loop would spin on it until the worker is done: stop watching the socket instead.
            // The answer's write then fails and closes the connection.
            peerClosed = true
            interest = 0
            loop.stopWatching(fd)
            return
        }
        if events & (EPOLLIN.rawValue | EPOLLRDHUP.rawValue | EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0 {
            readAvailable()
        }
        if !closed && events & EPOLLOUT.rawValue != 0 {
            if workerRunning { return flush(finishing: false) }
            if stream != nil {
                // A stream's answers are still coming: draining the output must not end the request.
                flush(finishing: false)
                if !busy { process() }
                return
            }
            flush()
            if !busy { process() }
        }
    }

    private func readAvailable() {
        for _ in 0..<4 {
            switch Socket.read(fd, into: loop.scratch) {
            case .bytes(let count):
                let now = shared.clock()
                if lingerUntil != nil { continue }
                input.append(contentsOf: loop.scratch[0..<count])
                deadlines.progress(at: now)
                if count < loop.scratch.count { return afterRead() }
            case .wouldBlock:
                return afterRead()
            case .closed:
                peerClosed = true
                if lingerUntil != nil || !busy {
                    return abort()
                }
                // The client shut its side while we answer: answer what it sent (pipelined
                // requests included), then close; `send` and `process` see `peerClosed`.
                setInterest(output.isEmpty ? 0 : EPOLLOUT.rawValue)
                return
            }
        }
        afterRead()
    }

    private func afterRead() {
        guard !closed, lingerUntil == nil else { return }
        if busy {
            if input.count - readIndex > Self.maxBufferedInput { setInterest(output.isEmpty ? 0 : EPOLLOUT.rawValue) }
            return
        }
        process()
    }

    // MARK: Requests

    /// Parses and answers requests from the buffer until it needs more bytes or one is in progress.
    private func process() {
        while !busy && !closed && lingerUntil == nil && !(stream?.paused ?? false) {
            switch parser.parse(input, readIndex: &readIndex) {
            case .needMore:
                compactInput()
                let now = shared.clock()
                if head != nil {
                    deadlines.enter(.body, at: now)
                } else if input.isEmpty {
                    if loop.draining { return abort() }
                    deadlines.enter(.idle, at: now)
                } else {
                    deadlines.enter(.head, at: now)
                }
                if peerClosed { abort() }
                return
            case .head(let newHead):
                begin(newHead)
            case .bodyChunk(let bytes):
                receiveStreamed(bytes, last: false)
            case .complete(let body):
                if stream != nil { receiveStreamed(body, last: true) } else { complete(body: body) }
            case .failure(let error):
                if head == nil { requestStart = headStart(at: shared.clock()) }
                closeAfterWrite = true
                if stream != nil { return breakStream(with: error) }
                send(.error(error))
            }
        }
    }

    private func begin(_ newHead: HTTPRequestHead) {
        head = newHead
        requestStart = shared.clock()
        shared.status.requestStarted()
        bytesIn = 0
        if let given = newHead.headers["X-Request-Id"], Self.isSafeRequestID(given) {
            requestID = given
        } else {
            requestID = loop.makeRequestID()
        }
        let expectation = newHead.headers["Expect"]?.lowercased()
        if let expectation, expectation != "100-continue" {
            closeAfterWrite = true
            bytesIn = bufferedBodyBytes
            return send(.error(.unsupportedExpectation))
        }
        route = shared.handler.route(newHead)
        if case .reject(.notFound) = route { metricsRoute = "unmatched" } else { metricsRoute = newHead.path }
        // Refused on its head, a request's body is never read; the log counts what came with it.
        if case .reject = route { bytesIn = bufferedBodyBytes }
        if case .reject(let error) = route {
            // The body, if any, is never read: closing is the only way to resynchronise.
            if parser.expectsBody { closeAfterWrite = true }
            return send(.error(error))
        }
        if acceptedWhileDraining && (route == .worker || route == .stream) {
            closeAfterWrite = true
            bytesIn = bufferedBodyBytes
            return send(.error(.draining))
        }
        if route != .stream && parser.declaredLengthExceedsLimit {
            closeAfterWrite = true
            bytesIn = bufferedBodyBytes
            return send(.error(.bodyTooLarge(limit: parser.limits.maxBodyBytes)))
        }
        if expectation == "100-continue" && parser.expectsBody && newHead.version == .http11 {
            output.append(ResponseWriter.continueBytes)
            flushInterim()
        }
        if route == .stream { beginStream(newHead) }
    }

    /// Body bytes of the current request already in the buffer.
    private var bufferedBodyBytes: Int {
        guard parser.expectsBody else { return 0 }
        return min(input.count - readIndex, parser.declaredBodyLength ?? Int.max)
    }

    private func complete(body rawBody: [UInt8]) {
        guard let head else { return }
        bytesIn = rawBody.count
        let body: [UInt8]
        switch decodeContent(rawBody, head: head) {
        case .success(let decoded): body = decoded
        case .failure(let error):
            return send(.error(error))
        }
        let request = HTTPRequest(head: head, body: body, requestID: requestID)
        switch route {
        case .inline, .reject, .stream:
            send(shared.handler.respond(to: request))
        case .worker:
            busy = true
            workerRunning = true
            deadlines.enter(.processing, at: shared.clock())
            // Reading stays on: a pipelined request is buffered (up to `maxBufferedInput`) and a
            // client that goes away is noticed, and the common case costs no `epoll_ctl` either way.
            let (loop, handler, id, fd) = (self.loop, shared.handler, self.id, self.fd)
            let status = shared.status
            status.jobQueued()
            let accepted = shared.pool.trySubmit {
                status.jobStarted()
                let response = handler.respond(to: request)
                loop.post(.completed(connection: id, fd: fd, response: response))
            }
            if !accepted {
                status.jobStarted()
                busy = false
                workerRunning = false
                send(.error(.overloaded))
            }
        }
    }

    /// Called on the loop thread when a worker has answered this connection's request.
    func finish(with response: HTTPResponse) {
        busy = false
        workerRunning = false
        send(response)
        if !busy && !closed { process() }
    }

    private func decodeContent(_ body: [UInt8], head: HTTPRequestHead) -> Result<[UInt8], HTTPError> {
        let codings = head.headers.tokens("Content-Encoding").filter { $0 != "identity" }
        guard let coding = codings.first else { return .success(body) }
        guard codings.count == 1, coding == "gzip" || coding == "x-gzip" else {
            return .failure(.unsupportedContentEncoding(codings.joined(separator: ", ")))
        }
        do {
            return .success(try Gzip.decompress(body, limit: parser.limits.maxBodyBytes))
        } catch .tooLarge {
            return .failure(.bodyTooLarge(limit: parser.limits.maxBodyBytes))
        } catch {
            return .failure(.invalidGzip)
        }
    }

    // MARK: Streaming (`.stream` routes)

    private struct LineStream {
        var partial: [UInt8] = []
        var skippingOversized = false
        var nextNumber = 1
        var nextToWrite = 1
        var waiting: [(number: Int, line: ArraySlice<UInt8>, oversized: Bool)] = []
        var waitingStart = 0
        var inFlight = 0
        var finished: [Int: [UInt8]] = [:]
        var bodyDone = false
        var paused = false
        var inflater: GzipStream?
        /// Answers are gzip-encoded on their way out when the client accepts gzip.
        var deflater: GzipWriter?
        var chunked = true
        var bytesOut = 0
        /// The 200 head has been queued; until then a failure can still be its own status.
        var headSent = false

        var outstanding: Int { waiting.count - waitingStart + inFlight + finished.count }
    }

    /// Lines in memory per connection (waiting, running, or answered but not yet written).
    private var streamWindow: Int { max(4, shared.configuration.workers * 4) }

    private var readingAllowed: Bool { !(stream?.paused ?? false) }

    private func beginStream(_ head: HTTPRequestHead) {
        parser.streamBody()
        var state = LineStream()
        let codings = head.headers.tokens("Content-Encoding").filter { $0 != "identity" }
        if !codings.isEmpty {
            guard codings == ["gzip"] || codings == ["x-gzip"],
                let inflater = GzipStream(maxOutputPerCall: max(4 << 20, parser.limits.maxBodyBytes * 16))
            else {
                closeAfterWrite = true
                return send(.error(.unsupportedContentEncoding(codings.joined(separator: ", "))))
            }
            state.inflater = inflater
        }
        // HTTP/1.0 has no chunked coding: the stream ends when the connection does.
        state.chunked = head.version == .http11
        if !state.chunked { closeAfterWrite = true }
        // The head waits for the first answer (`writeStreamHead`).
        stream = state
    }

    /// Queues the 200 head of a stream. It leaves with the first answer rather than when the
    /// request arrives, so a body that cannot be decoded at all (a bad gzip header) is refused with
    /// its own status instead of a 200 that breaks, and an empty body gets a plain empty answer.
    private func writeStreamHead(_ state: inout LineStream, empty: Bool = false) {
        guard !state.headSent, let head else { return }
        state.headSent = true
        let acceptsGzip = !empty && ResponseWriter.acceptsGzip(head.headers)
        let context = ResponseWriter.Context(
            method: head.method, keepAlive: head.wantsKeepAlive && !closeAfterWrite && !loop.draining, version: head.version,
            acceptsGzip: acceptsGzip, requestID: requestID)
        if !context.keepAlive { closeAfterWrite = true }
        if acceptsGzip { state.deflater = GzipWriter() }
        let contentType = shared.handler.streamContentType
        let bytes: [UInt8]
        if empty {
            var response = HTTPResponse(status: .ok, headers: HTTPHeaders([("Content-Type", contentType)]))
            for field in shared.handler.responseHeaders(for: head) { response.headers.add(field.name, field.value) }
            bytes = shared.writer.serialize(response, context: context, date: loop.date.now()).head
        } else {
            bytes = shared.writer.streamHead(
                contentType: contentType, chunked: state.chunked, context: context, date: loop.date.now(),
                extraHeaders: shared.handler.responseHeaders(for: head))
        }
        state.bytesOut += bytes.count
        output.append(bytes)
    }

    /// The body cannot be read on (corrupt gzip, broken chunking, a stalled client). Before any
    /// line exists the request simply gets the error. After, the 200 is or will be out, so the
    /// answers already owed are written, then the error as a last line and the stream's proper
    /// end: the client sees a complete response that says what went wrong, not a cut connection.
    private func breakStream(with error: HTTPError) {
        guard var state = stream else { return }
        closeAfterWrite = true
        if !state.headSent && state.nextNumber == 1 {
            stream = nil
            return send(.error(error))
        }
        state.finished[state.nextNumber] = shared.handler.streamError(error, number: state.nextNumber)
        state.nextNumber += 1
        state.partial = []
        state.bodyDone = true
        state.paused = false
        stream = state
        // Nothing more of this body is read: the connection closes once the answers are out.
        busy = true
        deadlines.enter(.processing, at: shared.clock())
        setInterest(output.isEmpty ? 0 : EPOLLOUT.rawValue)
        advanceStream(resuming: false)
    }

    private func receiveStreamed(_ bytes: [UInt8], last: Bool) {
        guard var state = stream else { return }
        bytesIn += bytes.count
        var plain = bytes
        // A gzip stream cut short: the lines it held are answered, then the error.
        var truncated = false
        if let inflater = state.inflater {
            do {
                plain = try inflater.decompress(bytes)
            } catch .tooLarge {
                return breakStream(with: .bodyTooLarge(limit: parser.limits.maxBodyBytes))
            } catch {
                return breakStream(with: .invalidGzip)
            }
            truncated = last && !inflater.isComplete
        }
        let limit = parser.limits.maxBodyBytes
        var start = 0
        for index in plain.indices where plain[index] == UInt8(ascii: "\n") {
            appendLine(&state, plain[start..<index], limit: limit)
            start = index + 1
        }
        if start < plain.count {
            if state.skippingOversized {
            } else if state.partial.count + (plain.count - start) > limit {
                state.skippingOversized = true
                state.partial = []
            } else {
                state.partial.append(contentsOf: plain[start...])
            }
        }
        if truncated {
            stream = state
            return breakStream(with: .invalidGzip)
        }
        if last {
            if state.skippingOversized || !state.partial.isEmpty { appendLine(&state, [], limit: limit, final: true) }
            state.bodyDone = true
            busy = true
            deadlines.enter(.processing, at: shared.clock())
        }
        state.paused = !state.bodyDone && state.outstanding >= streamWindow
        stream = state
        if state.paused {
            deadlines.enter(.processing, at: shared.clock())
            setInterest(output.isEmpty ? 0 : EPOLLOUT.rawValue)
        }
        pumpStream()
        // No answer is outstanding to end the stream when the body ends after the last one was
        // written (or held no line at all): end it here, or the request never finishes.
        if state.bodyDone && state.nextToWrite == state.nextNumber { finishStream(resuming: false) }
    }

    private func appendLine(_ state: inout LineStream, _ tail: ArraySlice<UInt8>, limit: Int, final: Bool = false) {
        let oversized = state.skippingOversized || state.partial.count + tail.count > limit
        var line: ArraySlice<UInt8> = []
        if !oversized {
            line = state.partial.isEmpty ? tail : ArraySlice(state.partial + tail)
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        }
        state.partial = []
        state.skippingOversized = false
        // A body ending in a newline has no empty last line.
        if final && line.isEmpty && !oversized { return }
        state.waiting.append((state.nextNumber, line, oversized))
        state.nextNumber += 1
    }

    /// Hands waiting lines to the worker pool while this connection's window allows.
    private func pumpStream() {
        guard var state = stream, let head else { return }
        let (loop, handler, id, fd) = (self.loop, shared.handler, self.id, self.fd)
        while state.waitingStart < state.waiting.count && state.inFlight < streamWindow {
            let item = state.waiting[state.waitingStart]
            let accepted = shared.pool.trySubmit {
                let answer = handler.respond(toLine: item.line, number: item.number, oversized: item.oversized, head: head)
                loop.post(.streamed(connection: id, fd: fd, number: item.number, bytes: answer))
            }
            guard accepted else { break }
            state.waitingStart += 1
            state.inFlight += 1
        }
        if state.waitingStart == state.waiting.count {
            state.waiting.removeAll(keepingCapacity: true)
            state.waitingStart = 0
        }
        stream = state
    }

    /// Called on the loop thread with one line's answer: writes every answer now in order.
    func streamed(number: Int, bytes: [UInt8]) {
        guard var state = stream else { return }
        state.inFlight -= 1
        state.finished[number] = bytes
        stream = state
        advanceStream()
    }

    /// Writes every answer now due, in order; ends the stream once the body is done and all are out.
    /// - Parameter resuming: parse and read on afterwards; false when called from `process()` or
    ///   for a broken stream.
    private func advanceStream(resuming: Bool = true) {
        guard var state = stream else { return }
        if state.finished[state.nextToWrite] != nil { writeStreamHead(&state) }
        var due: [UInt8] = []
        while let answer = state.finished.removeValue(forKey: state.nextToWrite) {
            due += answer
            due.append(UInt8(ascii: "\n"))
            state.nextToWrite += 1
        }
        if !due.isEmpty { writeFrame(&state, state.deflater?.compress(due) ?? due) }
        let done = state.bodyDone && state.nextToWrite == state.nextNumber
        let wasPaused = state.paused
        state.paused = !state.bodyDone && state.outstanding >= streamWindow
        stream = state
        if done { return finishStream(resuming: resuming) }
        flush(finishing: false)
        pumpStream()
        if resuming && wasPaused && !state.paused && !closed {
            deadlines.enter(.body, at: shared.clock())
            setInterest(output.isEmpty ? EPOLLIN.rawValue | EPOLLRDHUP.rawValue : EPOLLOUT.rawValue)
            process()
        }
    }

    /// Queues stream bytes, as one chunk when the response is chunked.
    private func writeFrame(_ state: inout LineStream, _ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        var frame: [UInt8] = []
        if state.chunked { frame += Array("\(String(bytes.count, radix: 16))\r\n".utf8) }
        frame += bytes
        if state.chunked { frame += Array("\r\n".utf8) }
        state.bytesOut += frame.count
        output.append(frame)
    }

    /// - Parameter resuming: parse pipelined requests afterwards; false when called from `process()` itself.
    private func finishStream(resuming: Bool = true) {
        guard var state = stream else { return }
        if !state.headSent {
            writeStreamHead(&state, empty: true)
        } else {
            if let trailer = state.deflater?.finish() { writeFrame(&state, trailer) }
            if state.chunked {
                output.append(Array("0\r\n\r\n".utf8))
                state.bytesOut += 5
            }
        }
        stream = nil
        busy = true
        let now = shared.clock()
        shared.status.metrics.record(
            route: metricsRoute, method: head?.method ?? "POST", status: 200, seconds: Double(now &- requestStart) / 1e9,
            bytesIn: bytesIn, bytesOut: state.bytesOut)
        shared.logRequest(
            AccessLogLine(
                requestID: requestID, method: head?.method ?? "POST", path: head?.path ?? "-", status: 200, bytesIn: bytesIn,
                bytesOut: state.bytesOut, milliseconds: Double(now &- requestStart) / 1e6))
        if head != nil { shared.status.requestFinished() }
        if loop.draining || peerClosed { closeAfterWrite = true }
        head = nil
        requestID = ""
        metricsRoute = "unmatched"
        deadlines.enter(.writing, at: now)
        flush()
        if resuming && !busy && !closed { process() }
    }

    // MARK: Responses

    private func send(_ original: HTTPResponse) {
        busy = true
        var response = original
        if let head {
            for field in shared.handler.responseHeaders(for: head) where !response.headers.contains(field.name) {
                response.headers.add(field.name, field.value)
            }
        }
        // A request refused before its head was accepted is still named by its request line.
        let requestLine = head.map { ($0.method, $0.path) } ?? parser.rejectedRequestLine
        let method = requestLine?.method ?? "-"
        // A client that has shut its side still gets answers to the requests it sent before.
        let keepAlive =
            (head?.wantsKeepAlive ?? false) && !closeAfterWrite && !loop.draining && !(peerClosed && input.count == readIndex)
        if !keepAlive { closeAfterWrite = true }
        let context = ResponseWriter.Context(
            method: requestLine?.method ?? "GET", keepAlive: keepAlive, version: head?.version ?? .http11,
            acceptsGzip: head.map { ResponseWriter.acceptsGzip($0.headers) } ?? false,
            requestID: requestID.isEmpty ? loop.makeRequestID() : requestID)
        let (headBytes, body) = shared.writer.serialize(response, context: context, date: loop.date.now())
        output.append(headBytes)
        if !body.isEmpty { output.append(body) }

        let now = shared.clock()
        shared.status.metrics.record(
            route: metricsRoute, method: method, status: response.status.code, seconds: Double(now &- requestStart) / 1e9,
            bytesIn: bytesIn, bytesOut: headBytes.count + body.count)
        shared.logRequest(
            AccessLogLine(
                requestID: context.requestID ?? "", method: method, path: requestLine?.path ?? "-",
                status: response.status.code, bytesIn: bytesIn, bytesOut: headBytes.count + body.count,
                milliseconds: Double(now &- requestStart) / 1e6))
        if head != nil { shared.status.requestFinished() }
        head = nil
        requestID = ""
        metricsRoute = "unmatched"
        deadlines.enter(.writing, at: now)
        flush()
    }

    /// Writes the 100 Continue interim response; the final response follows later.
    private func flushInterim() {
        flush(finishing: false)
    }

    private func flush(finishing: Bool = true) {
        while !output.isEmpty {
            switch Socket.write(fd, output, offset: outputOffset) {
            case .bytes(let written):
                outputOffset += written
                while let first = output.first, outputOffset >= first.count {
                    outputOffset -= first.count
                    output.removeFirst()
                }
                deadlines.progress(at: shared.clock())
            case .wouldBlock:
                setInterest(EPOLLOUT.rawValue)
                return
            case .closed:
                return abort()
            }
        }
        guard finishing, busy else {
            if interest & EPOLLOUT.rawValue != 0 { setInterest(readingAllowed ? EPOLLIN.rawValue | EPOLLRDHUP.rawValue : 0) }
            return
        }
        if closeAfterWrite { return closeGracefully() }
        busy = false
        setInterest(EPOLLIN.rawValue | EPOLLRDHUP.rawValue)
        deadlines.enter(input.count > readIndex ? .head : .idle, at: shared.clock())
    }

    private func setInterest(_ events: UInt32) {
        guard events != interest, !closed else { return }
        interest = events
        loop.modify(fd, events: events)
    }

    private func compactInput() {
        if readIndex == input.count {
            input.removeAll(keepingCapacity: input.capacity <= 64 * 1024)
            readIndex = 0
        } else if readIndex > 32 * 1024 {
            input.removeFirst(readIndex)
            readIndex = 0
        }
    }

    // MARK: Closing

    private func closeGracefully() {
        if peerClosed || input.count == readIndex && !parser.isMidMessage {
            return abort()
        }
        shutdown(fd, Int32(SHUT_WR))
        lingerUntil = shared.clock() &+ 2_000_000_000
        input = []
        readIndex = 0
        setInterest(EPOLLIN.rawValue | EPOLLRDHUP.rawValue)
    }

    func abort() {
        guard !closed else { return }
        closed = true
        if head != nil { shared.status.requestFinished() }
        loop.forget(self)
    }

    /// Shutdown: idle connections close now; a request in progress finishes with `Connection: close`.
    /// (Connections accepted during the drain wait for their one request instead.)
    func drain() {
        if !busy && head == nil && input.count == readIndex { abort() }
    }

    func checkDeadlines(at now: UInt64) {
        guard !closed else { return }
        // A stream whose lines found the worker queue full retries here.
        if stream != nil { pumpStream() }
        if let lingerUntil {
            if now >= lingerUntil { abort() }
            return
        }
        switch deadlines.expiry(at: now) {
        case nil:
            return
        case .close:
            abort()
        case .requestTimeout(let error):
            guard !busy else { return abort() }
            if stream != nil { return breakStream(with: error) }
            if head == nil { requestStart = headStart(at: now) }
            closeAfterWrite = true
            send(.error(error))
        }
    }

    /// Where a request without a complete head began: its first byte, when that arrived in an
    /// earlier read, else now. (`requestStart` still holds the previous request's start, or 0.)
    private func headStart(at now: UInt64) -> UInt64 {
        deadlines.phase == .head ? deadlines.phaseStart : now
    }

    private static func isSafeRequestID(_ value: String) -> Bool {
        !value.isEmpty && value.utf8.count <= 128
            && value.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }
}
