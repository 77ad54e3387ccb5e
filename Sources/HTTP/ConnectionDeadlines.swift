/// When a connection has waited too long, as a pure state machine over times passed in by the
/// caller, so each timeout is unit-tested without sleeping.
public struct ConnectionDeadlines: Sendable {
    public enum Phase: Sendable, Equatable {
        /// Kept alive, waiting for the first byte of the next request.
        case idle
        /// Some of the head has arrived; all of it must arrive by the head deadline.
        case head
        /// Reading the body; each read must come within the body idle timeout.
        case body
        /// A handler is running; the client is not being waited for.
        case processing
        /// Writing a response that the client is slow to read.
        case writing
    }

    /// What to do when a deadline passes.
    public enum Expiry: Sendable, Equatable {
        /// Answer 408 and close (RFC 9110 §15.5.9).
        case requestTimeout(HTTPError)
        /// Close without a response.
        case close
    }

    public private(set) var phase: Phase = .idle
    /// When the current phase began: for `.head`, when the request's first byte arrived, which is
    /// where a request that never completes its head starts for the log and the latency histogram.
    public private(set) var phaseStart: UInt64
    private var lastProgress: UInt64
    private let timeouts: HTTPTimeouts

    public init(timeouts: HTTPTimeouts, now: UInt64) {
        self.timeouts = timeouts
        self.phaseStart = now
        self.lastProgress = now
    }

    public mutating func enter(_ phase: Phase, at now: UInt64) {
        guard phase != self.phase else { return }
        self.phase = phase
        phaseStart = now
        lastProgress = now
    }

    /// Bytes moved: resets the inactivity timers (never the whole-head deadline).
    public mutating func progress(at now: UInt64) {
        lastProgress = now
    }

    public func expiry(at now: UInt64) -> Expiry? {
        switch phase {
        case .idle:
            return now &- phaseStart >= timeouts.keepAliveIdle.nanoseconds ? .close : nil
        case .head:
            return now &- phaseStart >= timeouts.head.nanoseconds ? .requestTimeout(.headTimeout) : nil
        case .body:
            return now &- lastProgress >= timeouts.bodyIdle.nanoseconds ? .requestTimeout(.bodyTimeout) : nil
        case .processing:
            return nil
        case .writing:
            return now &- lastProgress >= timeouts.write.nanoseconds ? .close : nil
        }
    }
}

extension Duration {
    var nanoseconds: UInt64 {
        let (seconds, attoseconds) = components
        return UInt64(max(0, seconds)) * 1_000_000_000 + UInt64(max(0, attoseconds) / 1_000_000_000)
    }
}
