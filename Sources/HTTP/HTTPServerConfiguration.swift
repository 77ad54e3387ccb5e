import Foundation

/// Every limit and timeout of the server in one place, with safe defaults; tests inject tiny ones.
public struct HTTPServerConfiguration: Sendable {
    public var host = "127.0.0.1"
    /// 0 picks a free port (tests); `HTTPServer.port` tells which.
    public var port = 8080
    public var limits = HTTPLimits()
    public var timeouts = HTTPTimeouts()
    /// Open connections beyond this get 503 and are closed.
    public var maxConnections = 4096
    /// Threads that run request handlers flagged as heavy. One more than the cores: a core the
    /// event loop leaves free goes straight to work instead of waiting for the next request.
    public var workers = max(1, ProcessInfo.processInfo.activeProcessorCount) + 1
    /// Heavy requests waiting for a worker beyond this get 503 + Retry-After; 64 per worker unless set.
    public var queueDepth: Int {
        get { queueDepthSetting ?? 64 * workers }
        set { queueDepthSetting = newValue }
    }
    private var queueDepthSetting: Int?
    /// Threads that move bytes (accept, read, parse, write).
    public var ioThreads = 1
    /// Responses at least this large are gzip-compressed when the client accepts gzip.
    public var gzipMinimumBytes = 1024
    /// Names the server's threads (`NAME-io-0`, `NAME-worker-0`), as `top -H` and debuggers show them.
    public var threadName = "http"
    /// One JSON line per request on stderr.
    public var accessLog = true
    /// Receives each access-log line (without its newline) instead of stderr, so tests and
    /// embedders can read what operators would see.
    public var accessLogSink: (@Sendable (String) -> Void)?

    public init() {}
}

public struct HTTPLimits: Sendable {
    public var maxRequestLineBytes = 8 * 1024
    public var maxHeaderBytes = 32 * 1024
    public var maxHeaderCount = 100
    public var maxBodyBytes = 1024 * 1024
    /// A chunk-size line with its extensions, and each trailer line.
    public var maxChunkLineBytes = 4 * 1024
    public var maxTrailerBytes = 8 * 1024

    public init() {}
}

public struct HTTPTimeouts: Sendable {
    /// The whole head must arrive within this from its first byte (slowloris defence).
    public var head: Duration = .seconds(10)
    /// The body may pause at most this long between reads.
    public var bodyIdle: Duration = .seconds(30)
    /// A kept-alive connection with no request is closed after this.
    public var keepAliveIdle: Duration = .seconds(15)
    /// A response that makes no write progress for this long is abandoned.
    public var write: Duration = .seconds(30)
    /// On shutdown, in-flight requests get this long before the process exits anyway.
    public var shutdownGrace: Duration = .seconds(10)

    public init() {}
}
