/// The application behind the server: decides per request head, then answers complete requests.
public protocol HTTPHandler: Sendable {
    /// Called when the head is complete, before any body is read: reject early (404, 405, 415, 401)
    /// or say where the request runs.
    func route(_ head: HTTPRequestHead) -> HTTPRoute
    /// Answers one complete request. Must not throw or crash; errors become `HTTPResponse.error`.
    func respond(to request: HTTPRequest) -> HTTPResponse
    /// For `.worker` requests whose body is read as it arrives instead of whole: the answer that
    /// consumes it and produces the response body over time. Nil (the default) reads the body whole.
    func streamResponder(for head: HTTPRequestHead) -> (any HTTPStreamResponder)?
    /// Fields added to every response to this request, the server's own errors and streams
    /// included (CORS, say): whatever answers, the client must be able to read it.
    func responseHeaders(for head: HTTPRequestHead) -> [(name: String, value: String)]
}

extension HTTPHandler {
    public func streamResponder(for head: HTTPRequestHead) -> (any HTTPStreamResponder)? { nil }

    public func responseHeaders(for head: HTTPRequestHead) -> [(name: String, value: String)] { [] }
}

/// Where a request runs, decided from its head.
public enum HTTPRoute: Sendable, Equatable {
    /// Cheap (health, metrics): answered on the I/O thread, so it never waits behind analyses.
    case inline
    /// Heavy: runs on the bounded worker pool; 503 when the queue is full. A streamed body's
    /// jobs (`HTTPHandler.streamResponder`) run there too.
    case worker
    case reject(HTTPError)
}
