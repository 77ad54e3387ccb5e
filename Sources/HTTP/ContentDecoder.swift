import Compression

/// Undoes a request's content coding (RFC 9110 §8.4.1): the one filter that whole and streamed
/// bodies both pass through. Only gzip is accepted; a body that would decode past the output
/// limit is a 413 (a gzip bomb), not an out-of-memory.
struct ContentDecoder {
    private let inflater: GzipStream?
    private let bodyLimit: Int

    /// - Parameter maxOutputPerCall: the most one `decode` may produce: the body limit for a whole
    ///   body (decoded in one call), more for a streamed one whose consumer bounds what it keeps.
    init(head: HTTPRequestHead, bodyLimit: Int, maxOutputPerCall: Int) throws(HTTPError) {
        self.bodyLimit = bodyLimit
        let codings = head.headers.tokens("Content-Encoding").filter { $0 != "identity" }
        guard !codings.isEmpty else {
            inflater = nil
            return
        }
        guard codings == ["gzip"] || codings == ["x-gzip"], let inflater = GzipStream(maxOutputPerCall: maxOutputPerCall) else {
            throw .unsupportedContentEncoding(codings.joined(separator: ", "))
        }
        self.inflater = inflater
    }

    /// The next piece of the body, decoded.
    func decode(_ bytes: [UInt8]) throws(HTTPError) -> [UInt8] {
        guard let inflater else { return bytes }
        do {
            return try inflater.decompress(bytes)
        } catch .tooLarge {
            throw .bodyTooLarge(limit: bodyLimit)
        } catch {
            throw .invalidGzip
        }
    }

    /// At the end of the body: a gzip stream cut short is an error.
    func finish() throws(HTTPError) {
        if let inflater, !inflater.isComplete { throw .invalidGzip }
    }

    /// A whole body, decoded.
    static func decodeWhole(_ body: [UInt8], head: HTTPRequestHead, limit: Int) throws(HTTPError) -> [UInt8] {
        let decoder = try ContentDecoder(head: head, bodyLimit: limit, maxOutputPerCall: limit)
        guard decoder.inflater != nil else { return body }
        let decoded = try decoder.decode(body)
        try decoder.finish()
        return decoded
    }
}
