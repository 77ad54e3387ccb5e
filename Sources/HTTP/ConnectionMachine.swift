/// The life of one connection as a sans-IO state machine: events in (bytes read, the peer closing,
/// a worker's answer, the output drained, the clock), the I/O to perform out as `actions`.
///
/// `Connection` moves bytes between the socket and this value and performs its actions; every
/// decision (what to answer, when to read, keep-alive, timeouts, lingering) is made here, so it is
/// unit-tested without sockets, like `HTTPRequestParser` (NIO's `HTTPServerPipelineHandler`).
///
/// Requests are handled one at a time: while one is answered, later pipelined requests wait in the
/// input buffer, so responses leave in request order (RFC 9112 §9.3.2) with no reordering.
struct ConnectionMachine {
    /// What the machine needs from its server, injected so tests need no sockets or threads.
    struct Environment {
        var configuration: HTTPServerConfiguration
        var handler: any HTTPHandler
        var writer: ResponseWriter
        /// The Date header value for a response written now.
        var date: () -> String
        var makeRequestID: () -> String
        var isDraining: () -> Bool
    }

    /// The request being answered. A class: it rides in `State` from head to answer, and a
    /// reference moves there for one retain where a struct of strings would copy every field.
    final class Exchange {
        let head: HTTPRequestHead
        let requestID: String
        let lane: HTTPRoute
        var metricsRoute = "unmatched"
        let start: UInt64
        /// Body bytes as received (before content decoding).
        var bytesIn = 0
        /// The connection closes once this response is out.
        var closeAfter = false

        init(head: HTTPRequestHead, requestID: String, lane: HTTPRoute, start: UInt64) {
            self.head = head
            self.requestID = requestID
            self.lane = lane
            self.start = start
        }
    }

    enum State {
        /// Kept alive, no byte of the next request yet.
        case idle
        /// Part of a request head has arrived.
        case readingHead
        /// The head is accepted; the body is being collected whole.
        case readingBody(Exchange)
        /// The handler runs: on this thread (`.inline`) or on the worker pool.
        case awaitingHandler(Exchange)
        /// The body is read as it arrives and the answer leaves as it is produced.
        case streaming(BodyStream)
        /// A response is queued; once the output drains the connection reads on, or closes.
        case writing(closeAfter: Bool)
        /// After an error response our side is shut; the client's leftover bytes are read and
        /// dropped until this time, so it sees the response instead of a reset (RFC 9112 §9.6).
        case lingering(until: UInt64)
        case closed
    }

    enum Action {
        /// Queue bytes for the socket.
        case write([UInt8])
        /// Run the handler now, on this thread, then call `answered`. (An action rather than a call from
        /// here, so the request counts as started while the handler runs, `/metrics` included.)
        case runInline(HTTPRequest)
        /// Run the handler on the worker pool, then call `answered`; `workerRefused` if the pool is full.
        case runOnWorker(HTTPRequest)
        /// Run a streamed answer's job on the worker pool, then call `jobFinished`; `jobRefused` if full.
        case runJob(HTTPJob)
        /// A request's head was accepted (the in-flight gauge).
        case requestStarted
        /// The request accepted by `requestStarted` is abandoned without an answer.
        case requestEnded
        /// An answer is queued: count it in the metrics and the access log; `endsRequest` when it
        /// answers a request that `requestStarted` counted (not one refused before its head).
        case record(ExchangeRecord, endsRequest: Bool)
        /// Shut our sending side (before lingering).
        case shutdownWrite
        case close
    }

    var state = State.idle
    /// Filled by each event; the connection performs them in order and clears the list.
    var actions: [Action] = []
    let environment: Environment
    var parser: HTTPRequestParser
    var deadlines: ConnectionDeadlines
    private var input: [UInt8] = []
    private var readIndex = 0
    /// The client shut its sending side: what it sent is still answered, then the connection closes.
    private(set) var peerClosed = false
    /// Accepted after shutdown began: its one request is answered only if it is cheap (`.inline`),
    /// so health and readiness probes see the truth while new work goes elsewhere.
    private let acceptedWhileDraining: Bool

    /// Unread pipelined input beyond this pauses reading until the current response is out.
    static let maxBufferedInput = 256 * 1024
    static let lingerNanoseconds: UInt64 = 2_000_000_000

    init(environment: Environment, now: UInt64, acceptedWhileDraining: Bool = false) {
        self.environment = environment
        self.acceptedWhileDraining = acceptedWhileDraining
        parser = HTTPRequestParser(limits: environment.configuration.limits)
        deadlines = ConnectionDeadlines(timeouts: environment.configuration.timeouts, now: now)
    }

    // MARK: What the connection asks

    // The getters the connection calls are `mutating`: the machine lives in a class property, and a
    // plain getter there copies the whole machine (every buffer and closure retained and released)
    // on each call, several times per request.

    var isClosed: Bool {
        if case .closed = state { return true }
        return false
    }

    var isWriting: Bool {
        mutating get {
            if case .writing = state { return true }
            return false
        }
    }

    /// Waiting for the worker pool: the socket only matters again when the answer is ready.
    var isAwaitingWork: Bool {
        mutating get {
            switch state {
            case .awaitingHandler: true
            case .streaming(let stream): stream.bodyDone
            default: false
            }
        }
    }

    /// A request is being answered: pipelined input waits in the buffer.
    private var isBusy: Bool {
        switch state {
        case .awaitingHandler, .writing, .lingering, .closed: true
        case .streaming(let stream): stream.bodyDone
        case .idle, .readingHead, .readingBody: false
        }
    }

    /// Whether the socket should be watched for input.
    var wantsRead: Bool {
        mutating get {
            switch state {
            case .closed: return false
            case .lingering: return true
            case .streaming(let stream) where !stream.bodyDone && !stream.responder.wantsInput: return false
            default:
                if peerClosed { return false }
                return !isBusy || unread <= Self.maxBufferedInput
            }
        }
    }

    private var unread: Int { input.count - readIndex }

    // MARK: Events

    /// Bytes read from the socket; call `readFinished` after the last read of a wake-up.
    mutating func received(_ bytes: some Collection<UInt8>, at now: UInt64) {
        switch state {
        case .lingering, .closed: return
        default: break
        }
        input.append(contentsOf: bytes)
        deadlines.progress(at: now)
    }

    mutating func readFinished(at now: UInt64) {
        if !isBusy { process(at: now) }
    }

    /// The client shut its side (a read returned 0, or the socket hung up).
    mutating func peerClosed(at now: UInt64) {
        peerClosed = true
        // While an answer is on its way the client still gets it (and any pipelined answers).
        if !isBusy || isLingering { close() }
    }

    /// Bytes left for the socket: resets the write-inactivity timer.
    mutating func wrote(at now: UInt64) {
        deadlines.progress(at: now)
    }

    /// Every queued byte has been written.
    mutating func outputDrained(at now: UInt64) {
        guard case .writing(let closeAfter) = state else { return }
        if closeAfter { return closeGracefully(at: now) }
        state = unread > 0 ? .readingHead : .idle
        deadlines.enter(unread > 0 ? .head : .idle, at: now)
        process(at: now)
    }

    /// The handler's response to the request in progress.
    mutating func answered(_ response: HTTPResponse, at now: UInt64) {
        guard case .awaitingHandler(let exchange) = state else { return }
        respond(response, to: exchange, at: now)
    }

    mutating func workerRefused(at now: UInt64) {
        guard case .awaitingHandler(let exchange) = state else { return }
        respond(.error(.overloaded), to: exchange, at: now)
    }

    /// The coarse timer: deadlines, lingering, and jobs the pool refused earlier.
    mutating func tick(at now: UInt64) {
        retryRefusedJobs()
        if case .lingering(let until) = state {
            if now >= until { close() }
            return
        }
        guard !isClosed, let expiry = deadlines.expiry(at: now) else { return }
        switch expiry {
        case .close:
            close()
        case .requestTimeout(let error):
            guard !isBusy else { return close() }
            cannotReadOn(error, at: now)
        }
    }

    /// Shutdown began: an idle connection closes now; one with a request finishes it first.
    mutating func drain() {
        switch state {
        case .idle, .readingHead: if unread == 0 { close() }
        default: break
        }
    }

    /// Ends the connection now (a write failed, shutdown's grace ran out).
    mutating func close() {
        switch state {
        case .closed: return
        case .readingBody, .awaitingHandler, .streaming: actions.append(.requestEnded)
        default: break
        }
        state = .closed
        actions.append(.close)
    }

    private var isLingering: Bool {
        if case .lingering = state { return true }
        return false
    }

    // MARK: Requests

    /// Parses and answers requests from the buffer until it needs more bytes or one is in progress.
    mutating func process(at now: UInt64) {
        while canParse {
            switch parser.parse(input, readIndex: &readIndex) {
            case .needMore:
                compactInput()
                switch state {
                case .readingBody, .streaming:
                    deadlines.enter(.body, at: now)
                default:
                    if unread == 0 {
                        if environment.isDraining() { return close() }
                        state = .idle
                        deadlines.enter(.idle, at: now)
                    } else {
                        state = .readingHead
                        deadlines.enter(.head, at: now)
                    }
                }
                if peerClosed { close() }
                return
            case .head(let head):
                begin(head, at: now)
            case .bodyChunk(let bytes):
                if case .streaming(let stream) = state { receive(bytes, into: stream, last: false, at: now) }
            case .complete(let body):
                switch state {
                case .streaming(let stream): receive(body, into: stream, last: true, at: now)
                case .readingBody(let exchange): complete(exchange, body: body, at: now)
                // The end of a request refused on its head: its (empty) body is dropped.
                default: break
                }
            case .failure(let error):
                cannotReadOn(error, at: now)
            }
        }
    }

    /// The request cannot be read on (it is malformed, or too slow): it gets the error (a stream
    /// ends with it), and the connection closes after.
    private mutating func cannotReadOn(_ error: HTTPError, at now: UInt64) {
        switch state {
        case .streaming:
            breakStream(with: error, at: now)
        case .readingBody(let exchange):
            exchange.closeAfter = true
            respond(.error(error), to: exchange, at: now)
        default:
            respondBeforeHead(.error(error), at: now)
        }
    }

    private var canParse: Bool {
        switch state {
        case .idle, .readingHead, .readingBody: true
        case .streaming(let stream): !stream.bodyDone && stream.responder.wantsInput
        case .awaitingHandler, .writing, .lingering, .closed: false
        }
    }

    private mutating func begin(_ head: HTTPRequestHead, at now: UInt64) {
        actions.append(.requestStarted)
        let given = head.headers["X-Request-Id"]
        let requestID = given.flatMap { Self.isSafeRequestID($0) ? $0 : nil } ?? environment.makeRequestID()
        let route = environment.handler.route(head)
        let exchange = Exchange(head: head, requestID: requestID, lane: route, start: now)
        let expectation = head.headers["Expect"]?.lowercased()
        if let expectation, expectation != "100-continue" {
            exchange.closeAfter = true
            return refuse(exchange, .unsupportedExpectation, at: now)
        }
        if case .reject(.notFound) = route {} else { exchange.metricsRoute = head.path }
        if case .reject(let error) = route {
            // The body, if any, is never read: closing is the only way to resynchronise.
            exchange.closeAfter = parser.expectsBody
            return refuse(exchange, error, at: now)
        }
        if acceptedWhileDraining && route == .worker {
            exchange.closeAfter = true
            return refuse(exchange, .draining, at: now)
        }
        let responder = route == .worker ? environment.handler.streamResponder(for: head) : nil
        if responder == nil && parser.declaredLengthExceedsLimit {
            exchange.closeAfter = true
            return refuse(exchange, .bodyTooLarge(limit: parser.limits.maxBodyBytes), at: now)
        }
        if expectation == "100-continue" && parser.expectsBody && head.version == .http11 {
            actions.append(.write(ResponseWriter.continueBytes))
        }
        if let responder {
            beginStream(exchange, responder: responder, at: now)
        } else {
            state = .readingBody(exchange)
        }
    }

    /// Refused on its head, a request's body is never read; the log counts what came with it.
    private mutating func refuse(_ exchange: Exchange, _ error: HTTPError, at now: UInt64) {
        exchange.bytesIn = bufferedBodyBytes
        respond(.error(error), to: exchange, at: now)
    }

    /// Body bytes of the current request already in the buffer.
    private var bufferedBodyBytes: Int {
        guard parser.expectsBody else { return 0 }
        return min(unread, parser.declaredBodyLength ?? Int.max)
    }

    private mutating func complete(_ exchange: Exchange, body rawBody: [UInt8], at now: UInt64) {
        exchange.bytesIn = rawBody.count
        let body: [UInt8]
        do {
            body = try ContentDecoder.decodeWhole(rawBody, head: exchange.head, limit: parser.limits.maxBodyBytes)
        } catch {
            return respond(.error(error), to: exchange, at: now)
        }
        let request = HTTPRequest(head: exchange.head, body: body, requestID: exchange.requestID)
        state = .awaitingHandler(exchange)
        deadlines.enter(.processing, at: now)
        actions.append(exchange.lane == .worker ? .runOnWorker(request) : .runInline(request))
    }

    // MARK: Responses

    /// Queues the answer to `exchange`, records it, and waits for the output to drain.
    mutating func respond(_ original: HTTPResponse, to exchange: Exchange, at now: UInt64) {
        var response = original
        for field in environment.handler.responseHeaders(for: exchange.head) where !response.headers.contains(field.name) {
            response.headers.add(field.name, field.value)
        }
        // A client that has shut its side still gets answers to the requests it sent before.
        let keepAlive =
            exchange.head.wantsKeepAlive && !exchange.closeAfter && !environment.isDraining() && !(peerClosed && unread == 0)
        let context = ResponseWriter.Context(
            method: exchange.head.method, keepAlive: keepAlive, version: exchange.head.version,
            acceptsGzip: ResponseWriter.acceptsGzip(exchange.head.headers), requestID: exchange.requestID)
        queue(response, context: context, exchange: exchange, endsRequest: true, at: now)
    }

    /// Answers a request refused before its head was accepted (a bad head, a head timeout), and closes.
    private mutating func respondBeforeHead(_ response: HTTPResponse, at now: UInt64) {
        // Where it began: its first byte, when that arrived in an earlier read, else now.
        let start = deadlines.phase == .head ? deadlines.phaseStart : now
        // It is still named by its request line when that could be read.
        let line = parser.rejectedRequestLine
        let head = HTTPRequestHead(method: line?.method ?? "-", target: line?.path ?? "-", version: .http11, headers: HTTPHeaders())
        let exchange = Exchange(head: head, requestID: environment.makeRequestID(), lane: .inline, start: start)
        let context = ResponseWriter.Context(method: line?.method ?? "GET", keepAlive: false, requestID: exchange.requestID)
        queue(response, context: context, exchange: exchange, endsRequest: false, at: now)
    }

    private mutating func queue(
        _ response: HTTPResponse, context: ResponseWriter.Context, exchange: Exchange, endsRequest: Bool, at now: UInt64
    ) {
        let (head, body) = environment.writer.serialize(response, context: context, date: environment.date())
        actions.append(.write(head))
        if !body.isEmpty { actions.append(.write(body)) }
        record(exchange, status: response.status.code, bytesOut: head.count + body.count, endsRequest: endsRequest, at: now)
        state = .writing(closeAfter: !context.keepAlive)
        deadlines.enter(.writing, at: now)
    }

    mutating func record(_ exchange: Exchange, status: Int, bytesOut: Int, endsRequest: Bool, at now: UInt64) {
        actions.append(
            .record(
                ExchangeRecord(
                    requestID: exchange.requestID, method: exchange.head.method, path: exchange.head.path,
                    metricsRoute: exchange.metricsRoute, status: status, bytesIn: exchange.bytesIn, bytesOut: bytesOut,
                    nanoseconds: now &- exchange.start), endsRequest: endsRequest))
    }

    private mutating func compactInput() {
        if readIndex == input.count {
            input.removeAll(keepingCapacity: input.capacity <= 64 * 1024)
            readIndex = 0
        } else if readIndex > 32 * 1024 {
            input.removeFirst(readIndex)
            readIndex = 0
        }
    }

    // MARK: Closing

    private mutating func closeGracefully(at now: UInt64) {
        if peerClosed || unread == 0 && !parser.isMidMessage { return close() }
        actions.append(.shutdownWrite)
        state = .lingering(until: now &+ Self.lingerNanoseconds)
        input = []
        readIndex = 0
    }

    private static func isSafeRequestID(_ value: String) -> Bool {
        !value.isEmpty && value.utf8.count <= 128
            && value.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }
}
