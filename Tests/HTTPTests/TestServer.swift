import Foundation
import TestSupport

@testable import HTTP

/// A handler for server-level tests: echoes bodies, sleeps on demand, never touches analysis.
struct EchoHandler: HTTPHandler {
    func route(_ head: HTTPRequestHead) -> HTTPRoute {
        switch (head.path, head.method) {
        case ("/echo", "POST"): .inline
        case ("/slow", "POST"), ("/slow", "GET"): .worker
        case ("/hello", "GET"), ("/hello", "HEAD"), ("/big", "GET"): .inline
        case ("/lines", "POST"): .stream
        case ("/echo", _), ("/hello", _): .reject(.methodNotAllowed(allowed: ["GET", "HEAD"]))
        default: .reject(.notFound(path: head.path))
        }
    }

    /// Each line comes back numbered: "3:text".
    func respond(toLine line: ArraySlice<UInt8>, number: Int, oversized: Bool, head: HTTPRequestHead) -> [UInt8] {
        Array("\(number):".utf8) + (oversized ? Array("oversized".utf8) : Array(line))
    }

    func respond(to request: HTTPRequest) -> HTTPResponse {
        switch request.head.path {
        case "/echo":
            return HTTPResponse(status: .ok, headers: HTTPHeaders([("Content-Type", "application/octet-stream")]), body: request.body)
        case "/slow":
            let milliseconds = Int(request.head.queryValue("ms") ?? "200") ?? 200
            usleep(UInt32(milliseconds * 1000))
            return .json(Array("{\"slow\":true}".utf8))
        case "/big":
            return .json(Array(("[" + String(repeating: "\"lede\",", count: 2000) + "1]").utf8))
        default:
            return .json(Array("{\"hello\":\"world\"}".utf8))
        }
    }
}

/// Starts a real server on a free loopback port and stops it when the test ends.
final class TestServer {
    let server: HTTPServer
    let port: Int
    /// The access-log lines written so far.
    let log = AccessLog()

    init(configure: (inout HTTPServerConfiguration) -> Void = { _ in }, handler: any HTTPHandler = EchoHandler()) throws {
        var configuration = HTTPServerConfiguration()
        configuration.port = 0
        configuration.accessLogSink = { [log] in log.append($0) }
        configure(&configuration)
        server = HTTPServer(configuration: configuration, handler: handler)
        port = try server.start()
    }

    func client(timeout: Double = 5) throws -> RawClient { try RawClient(port: port, timeout: timeout) }

    func stop() {
        server.shutdown()
        server.waitUntilStopped()
    }

    deinit { stop() }
}
