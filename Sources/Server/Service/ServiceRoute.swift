import HTTP

/// One row of the service's route table: where a request goes, how it runs, what answers it.
struct ServiceRoute: Sendable {
    enum Answer: Sendable {
        /// The request is read whole, then answered.
        case whole(@Sendable (LedeService, HTTPRequest) -> HTTPResponse)
        /// The body is read as it arrives and the answer leaves as it is produced.
        case streamed(@Sendable (LedeService, HTTPRequestHead) -> any HTTPStreamResponder)
    }

    let path: String
    let methods: [String]
    let lane: HTTPRoute
    /// The media types the body may have; nil for routes that take no body.
    var mediaTypes: [String]? = nil
    /// Health probes answer without a key, so orchestrators need no secret.
    var open = false
    let answer: Answer
}
