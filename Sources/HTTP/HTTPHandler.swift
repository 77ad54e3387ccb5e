/// The application behind the server: decides per request head, then answers complete requests.
public protocol HTTPHandler: Sendable {
    /// Called when the head is complete, before any body is read: reject early (404, 405, 415, 401)
    /// or say where the request runs.
    func route(_ head: HTTPRequestHead) -> HTTPRoute
    /// Answers one complete request. Must not throw or crash; errors become `HTTPResponse.error`.
    func respond(to request: HTTPRequest) -> HTTPResponse
}

public enum HTTPRoute: Sendable, Equatable {
    /// Cheap (health, metrics): answered on the I/O thread, so it never waits behind analyses.
    case inline
    /// Heavy (analysis): runs on the bounded worker pool; 503 when the queue is full.
    case worker
    case reject(HTTPError)
}
