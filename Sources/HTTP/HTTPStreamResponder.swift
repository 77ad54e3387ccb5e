/// The answer to a request whose body is read as it arrives and whose response body is produced
/// over time (a body type, as in FlyingFox, rather than a route kind).
///
/// The server feeds it the decoded body piece by piece, runs the jobs it hands out on the worker
/// pool, and writes what it produces, in order, as one chunked 200 (gzip-encoded when the client
/// accepts it). Reading pauses while `wantsInput` is false, so its memory stays bounded however
/// long the body is. Used only on the connection's I/O thread, one instance per request.
public protocol HTTPStreamResponder: AnyObject {
    /// The media type of the response.
    var contentType: String { get }
    /// The next piece of the decoded body; `end` marks its last piece (which may be empty).
    func receive(_ bytes: [UInt8], end: Bool)
    /// The body cannot be read on (corrupt gzip, broken chunking, a stalled client); nothing more
    /// arrives. Returns false when nothing of the answer exists yet, so the server answers the error
    /// with its own status; true when the answer will end with it instead.
    func fail(_ error: HTTPError) -> Bool
    /// The next job for the worker pool, if one is ready; its result comes back through `finished`.
    func nextJob() -> HTTPJob?
    /// A job's result, back on the I/O thread.
    func finished(_ job: Int, result: [UInt8])
    /// The response body produced since the last call, in order.
    func takeOutput() -> [UInt8]
    /// False while too much is waiting to be answered: the server stops reading the body.
    var wantsInput: Bool { get }
    /// The body has ended (or failed) and every byte of the answer has been produced.
    var isComplete: Bool { get }
}

/// Work a streamed answer hands to the worker pool.
public struct HTTPJob: Sendable {
    /// Names the job to its responder when its result comes back.
    public let id: Int
    public let work: @Sendable () -> [UInt8]

    public init(id: Int, work: @escaping @Sendable () -> [UInt8]) {
        self.id = id
        self.work = work
    }
}
