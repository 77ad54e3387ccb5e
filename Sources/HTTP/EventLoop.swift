import CLinux
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// One I/O thread: an epoll set of connections, a wake-up eventfd for messages from other
/// threads, and a coarse timer tick that enforces every connection's deadlines.
final class EventLoop: @unchecked Sendable {
    enum Message {
        case adopt(Int32)
        case completed(connection: UInt64, fd: Int32, response: HTTPResponse)
        case jobFinished(connection: UInt64, fd: Int32, job: Int, result: [UInt8])
        case drain
    }

    let shared: ServerShared
    let index: Int
    private let epollFD: Int32
    private let wakeFD: Int32
    private let mailbox = Mutex<[Message]>([])

    // Everything below is touched only by this loop's thread.
    private var connections: [Int32: Connection] = [:]
    private var listener: Int32?
    private var nextConnectionID: UInt64
    private var nextLoop = 0
    private(set) var draining = false
    private var drainDeadline: UInt64 = 0
    let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
    var date = HTTPDate()
    var requestCounter: UInt64 = 0

    private static let tick: UInt64 = 100_000_000

    init(shared: ServerShared, index: Int) throws(Socket.Failure) {
        self.shared = shared
        self.index = index
        self.nextConnectionID = UInt64(index) << 48
        epollFD = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard epollFD >= 0 else { throw Socket.Failure(call: "epoll_create1", code: errno) }
        wakeFD = eventfd(0, Int32(EFD_NONBLOCK | EFD_CLOEXEC))
        guard wakeFD >= 0 else { throw Socket.Failure(call: "eventfd", code: errno) }
        register(wakeFD, events: EPOLLIN.rawValue)
    }

    deinit {
        scratch.deallocate()
        close(epollFD)
        close(wakeFD)
    }

    func listen(on fd: Int32) {
        listener = fd
        register(fd, events: EPOLLIN.rawValue)
    }

    /// Thread-safe: queue a message and wake the loop.
    func post(_ message: Message) {
        mailbox.withLock { $0.append(message) }
        var one: UInt64 = 1
        _ = write(wakeFD, &one, 8)
    }

    func register(_ fd: Int32, events: UInt32) {
        var event = epoll_event()
        event.events = events
        event.data.fd = fd
        epoll_ctl(epollFD, EPOLL_CTL_ADD, fd, &event)
    }

    func modify(_ fd: Int32, events: UInt32) {
        var event = epoll_event()
        event.events = events
        event.data.fd = fd
        epoll_ctl(epollFD, EPOLL_CTL_MOD, fd, &event)
    }

    /// Removes a socket from the epoll set but keeps it open (and its connection known).
    func stopWatching(_ fd: Int32) {
        epoll_ctl(epollFD, EPOLL_CTL_DEL, fd, nil)
    }

    func forget(_ connection: Connection) {
        epoll_ctl(epollFD, EPOLL_CTL_DEL, connection.fd, nil)
        close(connection.fd)
        connections[connection.fd] = nil
        shared.status.releaseConnection()
    }

    func run() {
        var events = [epoll_event](repeating: epoll_event(), count: 256)
        var lastScan = shared.clock()
        while true {
            let count = events.withUnsafeMutableBufferPointer {
                epoll_wait(epollFD, $0.baseAddress, Int32($0.count), 100)
            }
            if count > 0 {
                for slot in 0..<Int(count) {
                    let fd = events[slot].data.fd
                    let flags = events[slot].events
                    if fd == wakeFD {
                        var value: UInt64 = 0
                        _ = read(wakeFD, &value, 8)
                        handleMessages()
                    } else if fd == listener {
                        acceptConnections()
                    } else if let connection = connections[fd] {
                        connection.handle(events: flags)
                    }
                }
            }
            let now = shared.clock()
            if now &- lastScan >= Self.tick {
                lastScan = now
                for connection in Array(connections.values) { connection.checkDeadlines(at: now) }
            }
            if draining {
                if connections.isEmpty { break }
                if now >= drainDeadline {
                    for connection in Array(connections.values) { connection.abort() }
                    break
                }
            }
        }
        closeListener()
    }

    private func closeListener() {
        guard let listener else { return }
        epoll_ctl(epollFD, EPOLL_CTL_DEL, listener, nil)
        close(listener)
        self.listener = nil
    }

    private func handleMessages() {
        let messages = mailbox.withLock { pending -> [Message] in
            let taken = pending
            pending.removeAll(keepingCapacity: true)
            return taken
        }
        for message in messages {
            switch message {
            case .adopt(let fd):
                adopt(fd)
            case .completed(let id, let fd, let response):
                if let connection = connections[fd], connection.id == id {
                    connection.finish(with: response)
                }
            case .jobFinished(let id, let fd, let job, let result):
                if let connection = connections[fd], connection.id == id {
                    connection.jobFinished(job, result: result)
                }
            case .drain:
                startDraining()
            }
        }
    }

    private func startDraining() {
        guard !draining else { return }
        draining = true
        drainDeadline = shared.clock() &+ shared.configuration.timeouts.shutdownGrace.nanoseconds
        // The listener stays open until the loop exits: a probe on a new connection then sees
        // `/readyz` answer 503 instead of a refused connection, and stray new work gets a 503
        // with Retry-After (`Connection.begin`) rather than a reset.
        for connection in Array(connections.values) { connection.drain() }
    }

    private func acceptConnections() {
        guard let listener else { return }
        while let fd = Socket.accept(listener) {
            guard shared.status.acquireConnection(limit: shared.configuration.maxConnections) else {
                rejectOverCapacity(fd)
                continue
            }
            // While draining, other loops may already have exited: keep new connections here.
            let loops = shared.loops
            let target = draining ? self : loops[nextLoop % loops.count]
            nextLoop &+= 1
            if target === self { adopt(fd) } else { target.post(.adopt(fd)) }
        }
    }

    /// Beyond the connection cap: a best-effort 503 on the fresh socket, then close. It carries an
    /// X-Request-Id and is logged like any answer, so a client's report can be matched to the log.
    private func rejectOverCapacity(_ fd: Int32) {
        let writer = ResponseWriter(gzipMinimumBytes: Int.max)
        let context = ResponseWriter.Context(method: "GET", keepAlive: false, requestID: makeRequestID())
        let (head, body) = writer.serialize(.error(.overloaded), context: context, date: date.now())
        _ = Socket.write(fd, [head, body], offset: 0)
        close(fd)
        shared.record(
            ExchangeRecord(
                requestID: context.requestID ?? "", method: "-", path: "-", metricsRoute: "unmatched", status: 503, bytesIn: 0,
                bytesOut: head.count + body.count, nanoseconds: 0))
    }

    private func adopt(_ fd: Int32) {
        nextConnectionID &+= 1
        let connection = Connection(fd: fd, id: nextConnectionID, loop: self, now: shared.clock(), acceptedWhileDraining: draining)
        connections[fd] = connection
        register(fd, events: EPOLLIN.rawValue | EPOLLRDHUP.rawValue)
    }

    /// A request id unique within this process: the server's random prefix and a per-loop counter.
    func makeRequestID() -> String {
        requestCounter &+= 1
        return "\(shared.requestIDPrefix)-\(index)-\(requestCounter)"
    }
}
