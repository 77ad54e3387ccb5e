import Testing

@testable import HTTP

/// The connection's life without sockets or threads: bytes in, actions out, time passed by hand.
struct ConnectionMachineTests {
    /// Echoes each piece of the body as one job; asks for no more input while `limit` jobs are out.
    /// (Unchecked: these tests run on one thread.)
    final class PieceEcho: HTTPStreamResponder, @unchecked Sendable {
        let contentType = "text/plain"
        let limit: Int
        var pieces: [[UInt8]] = []
        var nextID = 0
        var running = 0
        var output: [UInt8] = []
        var ended = false
        var failed: HTTPError?

        init(limit: Int) { self.limit = limit }

        func receive(_ bytes: [UInt8], end: Bool) {
            if !bytes.isEmpty { pieces.append(bytes) }
            ended = end
        }
        func fail(_ error: HTTPError) -> Bool {
            failed = error
            ended = true
            return false
        }
        func nextJob() -> HTTPJob? {
            guard !pieces.isEmpty else { return nil }
            let piece = pieces.removeFirst()
            nextID += 1
            running += 1
            return HTTPJob(id: nextID) { piece }
        }
        func finished(_ job: Int, result: [UInt8]) {
            running -= 1
            output += result
        }
        func takeOutput() -> [UInt8] {
            defer { output = [] }
            return output
        }
        var wantsInput: Bool { running + pieces.count < limit }
        var isComplete: Bool { ended && running == 0 && pieces.isEmpty }
    }

    struct StreamingHandler: HTTPHandler {
        let responder: PieceEcho
        func route(_ head: HTTPRequestHead) -> HTTPRoute { head.path == "/stream" ? .worker : EchoHandler().route(head) }
        func respond(to request: HTTPRequest) -> HTTPResponse { EchoHandler().respond(to: request) }
        func streamResponder(for head: HTTPRequestHead) -> (any HTTPStreamResponder)? { head.path == "/stream" ? responder : nil }
    }

    /// Plays the connection's part: performs the actions, and drains the output at once unless told not to.
    struct Harness {
        var machine: ConnectionMachine
        var wire = ""
        var records: [ExchangeRecord] = []
        var workerRequests: [HTTPRequest] = []
        var jobs: [HTTPJob] = []
        var inFlight = 0
        /// The in-flight count each handler ran with: its own request included, as `/metrics` reports it.
        var inFlightWhileHandled: [Int] = []
        var closed = false
        var shutWrite = false
        var outputBlocked = false
        var refuseWork = false

        init(
            handler: any HTTPHandler = EchoHandler(), configure: (inout HTTPServerConfiguration) -> Void = { _ in },
            draining: Bool = false
        ) {
            var configuration = HTTPServerConfiguration()
            configure(&configuration)
            var counter = 0
            let environment = ConnectionMachine.Environment(
                configuration: configuration, handler: handler, writer: ResponseWriter(gzipMinimumBytes: Int.max),
                date: { "Thu, 01 Jan 1970 00:00:00 GMT" },
                makeRequestID: {
                    counter += 1
                    return "id-\(counter)"
                }, isDraining: { draining })
            machine = ConnectionMachine(environment: environment, now: 0)
        }

        mutating func settle(at now: UInt64) {
            while true {
                let actions = machine.actions
                machine.actions.removeAll()
                for action in actions {
                    switch action {
                    case .write(let bytes): wire += String(decoding: bytes, as: UTF8.self)
                    case .runInline(let request):
                        inFlightWhileHandled.append(inFlight)
                        machine.answered(machine.environment.handler.respond(to: request), at: now)
                    case .runOnWorker(let request):
                        inFlightWhileHandled.append(inFlight)
                        if refuseWork { machine.workerRefused(at: now) } else { workerRequests.append(request) }
                    case .runJob(let job):
                        if refuseWork { machine.jobRefused(job) } else { jobs.append(job) }
                    case .requestStarted: inFlight += 1
                    case .requestEnded: inFlight -= 1
                    case .record(let record, let endsRequest):
                        records.append(record)
                        if endsRequest { inFlight -= 1 }
                    case .shutdownWrite: shutWrite = true
                    case .close: closed = true
                    }
                }
                if !machine.actions.isEmpty { continue }
                guard !outputBlocked, machine.isWriting else { return }
                machine.outputDrained(at: now)
            }
        }

        mutating func receive(_ text: String, at now: UInt64 = 0) {
            receive(Array(text.utf8)[...], at: now)
        }

        mutating func receive(_ bytes: ArraySlice<UInt8>, at now: UInt64 = 0) {
            machine.received(bytes, at: now)
            machine.readFinished(at: now)
            settle(at: now)
        }

        mutating func tick(at now: UInt64) {
            machine.tick(at: now)
            settle(at: now)
        }

        mutating func finishWorker(at now: UInt64 = 0) {
            let request = workerRequests.removeFirst()
            machine.answered(EchoHandler().respond(to: request), at: now)
            settle(at: now)
        }

        mutating func finishJob(at now: UInt64 = 0) {
            let job = jobs.removeFirst()
            machine.jobFinished(job.id, result: job.work(), at: now)
            settle(at: now)
        }

        /// The machine's answers to the connection (its getters are `mutating`: asked of a copy here).
        var wantsRead: Bool {
            var copy = machine
            return copy.wantsRead
        }

        var isAwaitingWork: Bool {
            var copy = machine
            return copy.isAwaitingWork
        }

        /// The wire so far, then forgotten.
        mutating func takeWire() -> String {
            defer { wire = "" }
            return wire
        }
    }

    static let second: UInt64 = 1_000_000_000

    @Test func aKeptAliveRequestIsAnsweredRecordedAndTheConnectionIdlesAgain() {
        var harness = Harness()
        harness.receive("GET /hello HTTP/1.1\r\nHost: h\r\nX-Request-Id: abc\r\n\r\n")
        let wire = harness.takeWire()
        #expect(wire.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(wire.contains("X-Request-Id: abc\r\n"))
        #expect(!wire.contains("Connection: close"))
        #expect(harness.records.map(\.status) == [200])
        #expect(harness.records.first?.metricsRoute == "/hello")
        #expect(harness.inFlightWhileHandled == [1])
        #expect(harness.inFlight == 0)
        guard case .idle = harness.machine.state else {
            Issue.record("not idle: \(harness.machine.state)")
            return
        }
        #expect(harness.wantsRead)
    }

    @Test func theSameBytesSplitAnywhereGiveTheSameAnswers() {
        let input = Array(
            ("GET /hello HTTP/1.1\r\nHost: h\r\n\r\nPOST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
                + "POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
                + "HEAD /hello HTTP/1.1\r\nHost: h\r\n\r\nGET /nowhere HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n").utf8)
        var whole = Harness()
        whole.receive(input[...])
        #expect(whole.records.map(\.status) == [200, 200, 200, 200, 404])
        #expect(whole.closed)
        for split in 1..<input.count {
            var harness = Harness()
            harness.receive(input[..<split])
            harness.receive(input[split...])
            #expect(harness.wire == whole.wire, "split at \(split)")
            #expect(harness.records.map(\.status) == whole.records.map(\.status), "split at \(split)")
            #expect(harness.closed && harness.inFlight == 0, "split at \(split)")
        }
    }

    @Test func pipelinedRequestsBehindAWorkerWaitAndLeaveInOrder() {
        var harness = Harness()
        harness.receive("GET /slow HTTP/1.1\r\nHost: h\r\n\r\nGET /hello HTTP/1.1\r\nHost: h\r\n\r\n")
        guard case .awaitingHandler = harness.machine.state else {
            Issue.record("not awaiting: \(harness.machine.state)")
            return
        }
        #expect(harness.wire.isEmpty, "the pipelined request must wait for the one before it")
        #expect(harness.isAwaitingWork)
        harness.finishWorker()
        let wire = harness.takeWire()
        let slow = wire.range(of: "{\"slow\":true}")
        let hello = wire.range(of: "{\"hello\":\"world\"}")
        #expect(slow != nil && hello != nil && slow!.lowerBound < hello!.lowerBound)
        #expect(harness.records.count == 2)
        #expect(harness.inFlight == 0)
    }

    @Test func aFullWorkerPoolIs503WithRetryAfterAndTheConnectionStaysOpen() {
        var harness = Harness()
        harness.refuseWork = true
        harness.receive("GET /slow HTTP/1.1\r\nHost: h\r\n\r\n")
        let wire = harness.takeWire()
        #expect(wire.hasPrefix("HTTP/1.1 503"))
        #expect(wire.contains("Retry-After: 1\r\n"))
        #expect(!harness.closed)
    }

    // RFC 9110 §15.5.9: a head that does not arrive in time is 408, then the connection closes.
    @Test func aHeadThatTrickles408sAtTheHeadDeadlineAndCloses() {
        var harness = Harness { $0.timeouts.head = .seconds(10) }
        harness.receive("GET /hello HTTP/1.1\r\n", at: Self.second)
        harness.tick(at: 5 * Self.second)
        #expect(harness.wire.isEmpty)
        harness.receive("Host: h\r\n", at: 9 * Self.second)
        harness.tick(at: 11 * Self.second)
        #expect(harness.takeWire().hasPrefix("HTTP/1.1 408"))
        #expect(harness.records.first?.nanoseconds == 10 * Self.second, "the request began with its first byte")
        #expect(harness.records.first?.method == "-")
        #expect(harness.inFlight == 0)
        // The rest of the head may still come: our side shuts, and the connection lingers.
        #expect(harness.shutWrite)
    }

    @Test func anIdleKeptAliveConnectionClosesSilently() {
        var harness = Harness { $0.timeouts.keepAliveIdle = .seconds(15) }
        harness.tick(at: 14 * Self.second)
        #expect(!harness.closed)
        harness.tick(at: 15 * Self.second)
        #expect(harness.closed)
        #expect(harness.wire.isEmpty)
    }

    // RFC 9112 §9.6: after an error with body bytes still coming, shut our side and read on for a while.
    @Test func anErrorWithItsBodyUnreadLingersThenCloses() {
        var harness = Harness()
        harness.receive("POST /nowhere HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\n\r\nabc", at: Self.second)
        #expect(harness.takeWire().hasPrefix("HTTP/1.1 404"))
        #expect(harness.shutWrite)
        #expect(!harness.closed)
        guard case .lingering = harness.machine.state else {
            Issue.record("not lingering: \(harness.machine.state)")
            return
        }
        harness.receive("more body that is dropped", at: 2 * Self.second)
        #expect(harness.wire.isEmpty)
        harness.tick(at: 3 * Self.second + 1)
        #expect(harness.closed)
    }

    @Test func aClientThatShutsItsSideWhileAWorkerRunsStillGetsTheAnswerThenTheConnectionCloses() {
        var harness = Harness()
        harness.receive("GET /slow HTTP/1.1\r\nHost: h\r\n\r\n")
        harness.machine.peerClosed(at: 0)
        harness.settle(at: 0)
        #expect(!harness.closed)
        #expect(!harness.wantsRead)
        harness.finishWorker()
        let wire = harness.takeWire()
        #expect(wire.hasPrefix("HTTP/1.1 200"))
        #expect(wire.contains("Connection: close\r\n"))
        #expect(harness.closed)
        #expect(harness.inFlight == 0)
    }

    @Test func aClosedConnectionMidBodyEndsItsRequest() {
        var harness = Harness()
        harness.receive("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nabc")
        #expect(harness.inFlight == 1)
        harness.machine.peerClosed(at: 0)
        harness.settle(at: 0)
        #expect(harness.closed)
        #expect(harness.inFlight == 0)
        #expect(harness.records.isEmpty)
    }

    @Test func drainingClosesAnIdleConnectionButNotOneWithARequest() {
        var idle = Harness()
        idle.machine.drain()
        idle.settle(at: 0)
        #expect(idle.closed)

        var busy = Harness(draining: true)
        busy.receive("GET /slow HTTP/1.1\r\nHost: h\r\n\r\n")
        busy.machine.drain()
        busy.settle(at: 0)
        #expect(!busy.closed)
        busy.finishWorker()
        #expect(busy.takeWire().contains("Connection: close\r\n"))
        #expect(busy.closed)
    }

    // RFC 9110 §10.1.1: the interim 100 goes out before the body is read.
    @Test func expectContinueIsAnsweredBeforeTheBody() {
        var harness = Harness()
        harness.receive("POST /echo HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n")
        #expect(harness.takeWire() == "HTTP/1.1 100 Continue\r\n\r\n")
        harness.receive("hi")
        #expect(harness.takeWire().hasSuffix("\r\n\r\nhi"))
    }

    @Test func unreadPipelinedInputBeyondTheLimitStopsReadingUntilTheAnswerIsOut() {
        var harness = Harness()
        harness.receive("GET /slow HTTP/1.1\r\nHost: h\r\n\r\n")
        #expect(harness.wantsRead)
        let request = "GET /hello HTTP/1.1\r\nHost: h\r\n\r\n"
        harness.receive(String(repeating: request, count: ConnectionMachine.maxBufferedInput / request.utf8.count + 1))
        #expect(!harness.wantsRead)
        harness.finishWorker()
        #expect(harness.wantsRead)
        #expect(harness.records.count == ConnectionMachine.maxBufferedInput / request.utf8.count + 2)
    }

    // MARK: Streamed bodies

    @Test func aStreamedBodyIsAnsweredPieceByPieceAsOneChunkedResponse() {
        let responder = PieceEcho(limit: 8)
        var harness = Harness(handler: StreamingHandler(responder: responder))
        harness.receive("POST /stream HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\none\r\n")
        #expect(harness.jobs.count == 1)
        #expect(harness.wire.isEmpty, "the head leaves with the first output")
        harness.finishJob()
        #expect(
            harness.takeWire().hasSuffix("Transfer-Encoding: chunked\r\nVary: Accept-Encoding\r\nX-Request-Id: id-1\r\n\r\n3\r\none\r\n"))
        harness.receive("3\r\ntwo\r\n0\r\n\r\n")
        harness.finishJob()
        #expect(harness.takeWire() == "3\r\ntwo\r\n0\r\n\r\n")
        #expect(harness.records.map(\.status) == [200])
        #expect(harness.inFlight == 0)
        guard case .idle = harness.machine.state else {
            Issue.record("not idle: \(harness.machine.state)")
            return
        }
    }

    @Test func aFullStreamWindowStopsReadingUntilAnAnswerLeaves() {
        let responder = PieceEcho(limit: 1)
        var harness = Harness(handler: StreamingHandler(responder: responder))
        harness.receive("POST /stream HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\none\r\n3\r\ntwo\r\n")
        #expect(!harness.wantsRead)
        #expect(harness.jobs.count == 1, "the second piece waits in the input buffer")
        harness.finishJob()
        #expect(harness.jobs.count == 1)
        #expect(harness.wantsRead == false)
        harness.finishJob()
        #expect(harness.wantsRead)
        #expect(harness.takeWire().contains("3\r\none\r\n3\r\ntwo\r\n"))
    }

    @Test func jobsThePoolRefusesAreOfferedAgainOnTheNextTick() {
        let responder = PieceEcho(limit: 8)
        var harness = Harness(handler: StreamingHandler(responder: responder))
        harness.refuseWork = true
        harness.receive("POST /stream HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\none")
        #expect(harness.jobs.isEmpty)
        harness.refuseWork = false
        harness.tick(at: 1)
        #expect(harness.jobs.count == 1)
        harness.finishJob()
        #expect(harness.takeWire().hasSuffix("3\r\none\r\n0\r\n\r\n"))
    }

    @Test func aStreamThatBreaksBeforeAnyOutputGetsItsOwnStatus() {
        let responder = PieceEcho(limit: 8)
        var harness = Harness(handler: StreamingHandler(responder: responder))
        harness.receive("POST /stream HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
        #expect(responder.failed == .malformedChunk)
        #expect(harness.takeWire().hasPrefix("HTTP/1.1 400"))
        #expect(harness.inFlight == 0)
    }

    @Test func aStreamOverHTTP10IsCloseDelimited() {
        let responder = PieceEcho(limit: 8)
        var harness = Harness(handler: StreamingHandler(responder: responder))
        harness.receive("POST /stream HTTP/1.0\r\nContent-Length: 3\r\n\r\none")
        harness.finishJob()
        let wire = harness.takeWire()
        #expect(!wire.contains("Transfer-Encoding"))
        #expect(wire.contains("Connection: close\r\n"))
        #expect(wire.hasSuffix("\r\n\r\none"))
        #expect(harness.closed)
    }
}
