import Synchronization

/// State the server shares with its handlers: whether it is draining, and live counts for metrics.
public final class ServerStatus: Sendable {
    private let drainingFlag = Atomic<Bool>(false)
    private let openConnections = Atomic<Int>(0)
    private let inFlightRequests = Atomic<Int>(0)
    private let queuedJobs = Atomic<Int>(0)

    /// Request counts, latencies and bytes, for `GET /metrics`.
    public let metrics = HTTPMetrics()
    /// The body limit in force, for handlers that word their own error messages.
    public let maxBodyBytes: Int

    public init(maxBodyBytes: Int = HTTPLimits().maxBodyBytes) {
        self.maxBodyBytes = maxBodyBytes
    }

    public var isDraining: Bool { drainingFlag.load(ordering: .acquiring) }
    public var connections: Int { openConnections.load(ordering: .relaxed) }
    public var inFlight: Int { inFlightRequests.load(ordering: .relaxed) }
    public var queueDepth: Int { queuedJobs.load(ordering: .relaxed) }

    func startDraining() { drainingFlag.store(true, ordering: .releasing) }

    /// Takes a connection slot if fewer than `limit` are open.
    func acquireConnection(limit: Int) -> Bool {
        var current = openConnections.load(ordering: .relaxed)
        while current < limit {
            let (exchanged, original) = openConnections.compareExchange(
                expected: current, desired: current + 1, ordering: .acquiringAndReleasing)
            if exchanged { return true }
            current = original
        }
        return false
    }

    func releaseConnection() { openConnections.subtract(1, ordering: .relaxed) }
    func requestStarted() { inFlightRequests.add(1, ordering: .relaxed) }
    func requestFinished() { inFlightRequests.subtract(1, ordering: .relaxed) }
    func jobQueued() { queuedJobs.add(1, ordering: .relaxed) }
    func jobStarted() { queuedJobs.subtract(1, ordering: .relaxed) }
}
