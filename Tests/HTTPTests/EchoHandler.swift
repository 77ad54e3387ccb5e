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

extension TestServer {
    /// A server answering with `EchoHandler`.
    convenience init(configure: (inout HTTPServerConfiguration) -> Void = { _ in }) throws {
        try self.init(handler: EchoHandler(), configure: configure)
    }
}
