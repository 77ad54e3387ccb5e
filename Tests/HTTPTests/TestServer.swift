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
        case ("/echo", _), ("/hello", _): .reject(.methodNotAllowed(allowed: ["GET", "HEAD"]))
        default: .reject(.notFound(path: head.path))
        }
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

    init(configure: (inout HTTPServerConfiguration) -> Void = { _ in }, handler: any HTTPHandler = EchoHandler()) throws {
        var configuration = HTTPServerConfiguration()
        configuration.port = 0
        configuration.accessLog = false
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
