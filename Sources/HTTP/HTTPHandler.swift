/// The application behind the server: decides per request head, then answers complete requests.
public protocol HTTPHandler: Sendable {
    /// Called when the head is complete, before any body is read: reject early (404, 405, 415, 401)
    /// or say where the request runs.
    func route(_ head: HTTPRequestHead) -> HTTPRoute
    /// Answers one complete request. Must not throw or crash; errors become `HTTPResponse.error`.
    func respond(to request: HTTPRequest) -> HTTPResponse
    /// For `.stream` routes: the answer to one line of the body (without its newline), run on
    /// the worker pool. `oversized` lines exceeded the body limit and arrive empty.
    func respond(toLine line: ArraySlice<UInt8>, number: Int, oversized: Bool, head: HTTPRequestHead) -> [UInt8]
    var streamContentType: String { get }
    /// Fields added to every response to this request, the server's own errors and streams
    /// included (CORS, say): whatever answers, the client must be able to read it.
    func responseHeaders(for head: HTTPRequestHead) -> [(name: String, value: String)]
    /// For `.stream` routes: the last line of a stream whose body broke after the 200 went out
    /// (corrupt gzip, broken chunking, a stalled client), taking line `number`.
    func streamError(_ error: HTTPError, number: Int) -> [UInt8]
}

extension HTTPHandler {
    /// The media type of `.stream` answers.
    public var streamContentType: String { "application/x-ndjson; charset=utf-8" }

    public func respond(toLine line: ArraySlice<UInt8>, number: Int, oversized: Bool, head: HTTPRequestHead) -> [UInt8] { [] }

    public func responseHeaders(for head: HTTPRequestHead) -> [(name: String, value: String)] { [] }

    /// The contract's error body on a line of its own.
    public func streamError(_ error: HTTPError, number: Int) -> [UInt8] {
        HTTPResponse.errorBody(code: error.code, message: error.message)
    }
}

public enum HTTPRoute: Sendable, Equatable {
    /// Cheap (health, metrics): answered on the I/O thread, so it never waits behind analyses.
    case inline
    /// Heavy (analysis): runs on the bounded worker pool; 503 when the queue is full.
    case worker
    /// Line-delimited body (NDJSON): each line is answered on the worker pool as it arrives, and
    /// the answers stream back in order as a chunked response. Reading pauses while too many
    /// lines are waiting, so memory stays bounded however long the body is.
    case stream
    case reject(HTTPError)
}
