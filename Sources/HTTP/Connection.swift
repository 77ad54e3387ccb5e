import CLinux

#if canImport(Glibc)
    import Glibc
#endif

/// One client connection, confined to its event loop's thread: moves bytes between the socket and
/// its `ConnectionMachine`, and performs the actions the machine decides on.
final class Connection {
    let fd: Int32
    let id: UInt64
    private unowned let loop: EventLoop
    private var shared: ServerShared { loop.shared }
    private var machine: ConnectionMachine

    private var output: [[UInt8]] = []
    /// The machine's actions being performed (kept to reuse its storage).
    private var taken: [ConnectionMachine.Action] = []
    private var outputOffset = 0
    private var interest: UInt32 = EPOLLIN.rawValue | EPOLLRDHUP.rawValue
    /// False once the socket hung up while the worker pool has the request: a hang-up is reported
    /// whatever the interest, so the loop would spin on it until the answer is ready.
    private var watching = true
    private(set) var closed = false

    init(fd: Int32, id: UInt64, loop: EventLoop, now: UInt64, acceptedWhileDraining: Bool = false) {
        self.fd = fd
        self.id = id
        self.loop = loop
        let environment = ConnectionMachine.Environment(
            configuration: loop.shared.configuration, handler: loop.shared.handler, writer: loop.shared.writer,
            date: { [unowned loop] in loop.date.now() }, makeRequestID: { [unowned loop] in loop.makeRequestID() },
            isDraining: { [unowned loop] in loop.draining })
        machine = ConnectionMachine(environment: environment, now: now, acceptedWhileDraining: acceptedWhileDraining)
    }

    // MARK: Events

    func handle(events: UInt32) {
        if machine.isAwaitingWork && events & (EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0 {
            // Reset while the pool has the request: stop watching; the answer's write then fails.
            watching = false
            loop.stopWatching(fd)
            machine.peerClosed(at: shared.clock())
            return run()
        }
        if events & (EPOLLIN.rawValue | EPOLLRDHUP.rawValue | EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0 {
            readAvailable()
        }
        if !closed && events & EPOLLOUT.rawValue != 0 { run() }
    }

    private func readAvailable() {
        for _ in 0..<4 {
            switch Socket.read(fd, into: loop.scratch) {
            case .bytes(let count):
                machine.received(loop.scratch[0..<count], at: shared.clock())
                if count < loop.scratch.count { return readFinished() }
            case .wouldBlock:
                return readFinished()
            case .closed:
                machine.peerClosed(at: shared.clock())
                return run()
            }
        }
        readFinished()
    }

    private func readFinished() {
        machine.readFinished(at: shared.clock())
        run()
    }

    /// Called on the loop thread when a worker has answered this connection's request.
    func finish(with response: HTTPResponse) {
        machine.answered(response, at: shared.clock())
        run()
    }

    /// Called on the loop thread with a streamed answer's job result.
    func jobFinished(_ job: Int, result: [UInt8]) {
        machine.jobFinished(job, result: result, at: shared.clock())
        run()
    }

    func checkDeadlines(at now: UInt64) {
        guard !closed else { return }
        machine.tick(at: now)
        run()
    }

    /// Shutdown: idle connections close now; a request in progress finishes with `Connection: close`.
    /// (Connections accepted during the drain wait for their one request instead.)
    func drain() {
        machine.drain()
        run()
    }

    func abort() {
        guard !closed else { return }
        machine.close()
        run()
    }

    // MARK: Actions

    /// Performs the machine's actions and writes; each time the output drains while a response is
    /// being written, the machine moves on (to the next pipelined request, or to closing).
    private func run() {
        while !closed {
            // Taken out of the machine and popped from the end, so each action is moved, not copied;
            // performing one may add more (a refused job, an inline answer), taken on the next turn.
            while !machine.actions.isEmpty {
                swap(&taken, &machine.actions)
                taken.reverse()
                while let action = taken.popLast() { perform(action) }
            }
            if closed { return }
            flush()
            guard !closed, output.isEmpty, machine.isWriting else { break }
            machine.outputDrained(at: shared.clock())
        }
        if !closed { updateInterest() }
    }

    private func perform(_ action: ConnectionMachine.Action) {
        switch action {
        case .write(let bytes):
            output.append(bytes)
        case .runInline(let request):
            machine.answered(shared.handler.respond(to: request), at: shared.clock())
        case .runOnWorker(let request):
            // Reading stays on: a pipelined request is buffered and a client that goes away is noticed.
            let (loop, handler, id, fd, status) = (self.loop, shared.handler, self.id, self.fd, shared.status)
            status.jobQueued()
            let accepted = shared.pool.trySubmit {
                status.jobStarted()
                let response = handler.respond(to: request)
                loop.post(.completed(connection: id, fd: fd, response: response))
            }
            if !accepted {
                status.jobStarted()
                machine.workerRefused(at: shared.clock())
            }
        case .runJob(let job):
            let (loop, id, fd) = (self.loop, self.id, self.fd)
            let accepted = shared.pool.trySubmit {
                loop.post(.jobFinished(connection: id, fd: fd, job: job.id, result: job.work()))
            }
            if !accepted { machine.jobRefused(job) }
        case .requestStarted:
            shared.status.requestStarted()
        case .requestEnded:
            shared.status.requestFinished()
        case .record(let exchange, let endsRequest):
            shared.record(exchange)
            if endsRequest { shared.status.requestFinished() }
        case .shutdownWrite:
            shutdown(fd, Int32(SHUT_WR))
        case .close:
            closed = true
            loop.forget(self)
        }
    }

    private func flush() {
        while !output.isEmpty {
            switch Socket.write(fd, output, offset: outputOffset) {
            case .bytes(let written):
                outputOffset += written
                while let first = output.first, outputOffset >= first.count {
                    outputOffset -= first.count
                    output.removeFirst()
                }
                machine.wrote(at: shared.clock())
            case .wouldBlock:
                return
            case .closed:
                output = []
                outputOffset = 0
                return abort()
            }
        }
    }

    private func updateInterest() {
        var events: UInt32 = machine.wantsRead ? EPOLLIN.rawValue | EPOLLRDHUP.rawValue : 0
        if !output.isEmpty { events |= EPOLLOUT.rawValue }
        guard watching, events != interest else { return }
        interest = events
        loop.modify(fd, events: events)
    }
}
