import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// An HTTP/1.1 server: epoll event loops that move bytes, a bounded worker pool for heavy
/// handlers, graceful shutdown. Knows nothing about what the handler does.
public final class HTTPServer: Sendable {
    public let configuration: HTTPServerConfiguration
    public let status: ServerStatus
    private let shared: ServerShared
    private let boundPort = Mutex<Int?>(nil)
    private let finished = DispatchGroup()

    /// - Parameter clock: monotonic nanoseconds; injectable so timeouts can be driven in tests.
    public init(
        configuration: HTTPServerConfiguration, handler: any HTTPHandler, status: ServerStatus = ServerStatus(),
        clock: @escaping @Sendable () -> UInt64 = HTTPServer.monotonicNow
    ) {
        self.configuration = configuration
        self.status = status
        self.shared = ServerShared(configuration: configuration, handler: handler, status: status, clock: clock)
    }

    /// Nanoseconds of CLOCK_MONOTONIC: never jumps with wall-clock changes.
    public static func monotonicNow() -> UInt64 {
        ServerShared.monotonicNow()
    }

    /// The port bound by `start()` (useful with port 0).
    public var port: Int? { boundPort.withLock { $0 } }

    /// Binds the socket and starts the event loop threads; returns the bound port.
    @discardableResult
    public func start() throws -> Int {
        // A peer that vanishes mid-write must give EPIPE, not kill the process.
        signal(SIGPIPE, SIG_IGN)
        let (fd, port) = try Socket.listen(host: configuration.host, port: configuration.port)
        var loops: [EventLoop] = []
        for index in 0..<max(1, configuration.ioThreads) {
            loops.append(try EventLoop(shared: shared, index: index))
        }
        shared.loops = loops
        loops[0].listen(on: fd)
        for loop in loops {
            finished.enter()
            let thread = Thread { [finished] in
                loop.run()
                finished.leave()
            }
            thread.name = "\(configuration.threadName)-io-\(loop.index)"
            thread.start()
        }
        boundPort.withLock { $0 = port }
        return port
    }

    /// Begins a graceful shutdown: stop accepting, report draining, finish in-flight requests
    /// with `Connection: close`, close idle connections. Safe to call from any thread, more than once.
    public func shutdown() {
        status.startDraining()
        for loop in shared.loops { loop.post(.drain) }
    }

    /// Blocks until every event loop has exited after `shutdown()`.
    public func waitUntilStopped() {
        finished.wait()
        shared.pool.stop()
    }
}
