#if canImport(Glibc)
    import Glibc
#endif

/// What every event loop reads: configuration, the handler, the worker pool, shared status.
final class ServerShared: @unchecked Sendable {
    let configuration: HTTPServerConfiguration
    let handler: any HTTPHandler
    let status: ServerStatus
    let pool: WorkerPool
    let writer: ResponseWriter
    let clock: @Sendable () -> UInt64
    let requestIDPrefix: String
    /// Set once before any loop thread starts, read-only afterwards.
    var loops: [EventLoop] = []

    init(configuration: HTTPServerConfiguration, handler: any HTTPHandler, status: ServerStatus, clock: @escaping @Sendable () -> UInt64) {
        self.configuration = configuration
        self.handler = handler
        self.status = status
        self.clock = clock
        self.pool = WorkerPool(
            threads: configuration.workers, capacity: configuration.queueDepth, name: "\(configuration.threadName)-worker")
        self.writer = ResponseWriter(gzipMinimumBytes: configuration.gzipMinimumBytes)
        self.requestIDPrefix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
    }

    /// Every finished exchange passes here, once: the metrics and the access log see the same answers.
    func record(_ exchange: ExchangeRecord) {
        status.metrics.record(
            route: exchange.metricsRoute, method: exchange.method, status: exchange.status, seconds: Double(exchange.nanoseconds) / 1e9,
            bytesIn: exchange.bytesIn, bytesOut: exchange.bytesOut)
        guard configuration.accessLog else { return }
        if let sink = configuration.accessLogSink { return sink(exchange.accessLogLine) }
        // One JSON line per request on stderr, written whole with one call so lines never interleave.
        var line = Array(exchange.accessLogLine.utf8)
        line.append(UInt8(ascii: "\n"))
        line.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
    }

    static func monotonicNow() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }
}

/// One answered request, as the metrics and the access log record it.
struct ExchangeRecord: Equatable {
    var requestID: String
    var method: String
    var path: String
    /// The route label in metrics: the path of a known route, "unmatched" for the rest, so
    /// scanners probing random paths cannot blow up the number of series.
    var metricsRoute: String
    var status: Int
    var bytesIn: Int
    var bytesOut: Int
    /// From the request's first byte to its response being queued.
    var nanoseconds: UInt64

    var accessLogLine: String {
        let ms = (Double(nanoseconds) / 1e6 * 1000).rounded() / 1000
        return "{\"level\":\"info\",\"msg\":\"request\",\"request_id\":\(HTTPResponse.jsonQuoted(requestID)),"
            + "\"method\":\(HTTPResponse.jsonQuoted(method)),\"path\":\(HTTPResponse.jsonQuoted(path)),"
            + "\"status\":\(status),\"bytes_in\":\(bytesIn),\"bytes_out\":\(bytesOut),\"ms\":\(ms)}"
    }
}
