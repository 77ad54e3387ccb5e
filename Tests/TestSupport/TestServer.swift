import Foundation
import HTTP

/// Starts a real server on a free loopback port and stops it when the test ends.
public final class TestServer {
    public let server: HTTPServer
    public let port: Int
    /// The access-log lines written so far.
    public let log = AccessLog()

    public init(handler: any HTTPHandler, configure: (inout HTTPServerConfiguration) -> Void = { _ in }) throws {
        var configuration = HTTPServerConfiguration()
        configuration.port = 0
        configuration.accessLogSink = { [log] in log.append($0) }
        configure(&configuration)
        server = HTTPServer(configuration: configuration, handler: handler)
        port = try server.start()
    }

    public func client(timeout: Double = 5) throws -> RawClient { try RawClient(port: port, timeout: timeout) }

    public func stop() {
        server.shutdown()
        server.waitUntilStopped()
    }

    deinit { stop() }
}
