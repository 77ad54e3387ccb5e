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
        self.pool = WorkerPool(threads: configuration.workers, capacity: configuration.queueDepth)
        self.writer = ResponseWriter(gzipMinimumBytes: configuration.gzipMinimumBytes)
        self.requestIDPrefix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
    }

    /// One JSON line per request on stderr, written whole with one call so lines never interleave.
    func logRequest(_ fields: AccessLogLine) {
        guard configuration.accessLog else { return }
        if let sink = configuration.accessLogSink { return sink(fields.json) }
        var line = Array(fields.json.utf8)
        line.append(UInt8(ascii: "\n"))
        line.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
    }

    static func monotonicNow() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }
}

struct AccessLogLine {
    var requestID: String
    var method: String
    var path: String
    var status: Int
    var bytesIn: Int
    var bytesOut: Int
    var milliseconds: Double

    var json: String {
        let ms = (milliseconds * 1000).rounded() / 1000
        return "{\"level\":\"info\",\"msg\":\"request\",\"request_id\":\(HTTPResponse.jsonQuoted(requestID)),"
            + "\"method\":\(HTTPResponse.jsonQuoted(method)),\"path\":\(HTTPResponse.jsonQuoted(path)),"
            + "\"status\":\(status),\"bytes_in\":\(bytesIn),\"bytes_out\":\(bytesOut),\"ms\":\(ms)}"
    }
}
