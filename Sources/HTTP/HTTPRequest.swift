/// The HTTP version of a request; only 1.0 and 1.1 are accepted.
public enum HTTPVersion: Sendable, Equatable {
    case http10, http11
}

/// A parsed request line and header section, available before the body is read.
public struct HTTPRequestHead: Sendable, Equatable {
    public var method: String
    /// The request target as sent (origin-form, or the path of an absolute-form target).
    public var target: String
    public var path: String
    public var query: String?
    public var version: HTTPVersion
    public var headers: HTTPHeaders

    public init(method: String, target: String, version: HTTPVersion, headers: HTTPHeaders) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            query = String(target[target.index(after: mark)...])
        } else {
            path = target
            query = nil
        }
    }

    /// RFC 9112 §9.3: 1.1 is persistent unless "close"; 1.0 only with "keep-alive".
    public var wantsKeepAlive: Bool {
        let tokens = headers.tokens("Connection")
        switch version {
        case .http11: return !tokens.contains("close")
        case .http10: return tokens.contains("keep-alive") && !tokens.contains("close")
        }
    }

    /// The media type without parameters, lowercased ("text/plain").
    public var mediaType: String? {
        guard let value = headers["Content-Type"] else { return nil }
        let type = value.split(separator: ";", maxSplits: 1).first.map { $0.trimmingSpaces().lowercased() }
        return type?.isEmpty == false ? type : nil
    }

    /// The value of one query parameter (not percent-decoded).
    public func queryValue(_ name: String) -> String? {
        guard let query else { return nil }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.first.map(String.init) == name { return parts.count > 1 ? String(parts[1]) : "" }
        }
        return nil
    }
}

/// A complete request: head plus the body, already de-chunked and gzip-decoded.
public struct HTTPRequest: Sendable {
    public var head: HTTPRequestHead
    public var body: [UInt8]
    /// The X-Request-Id the server uses for this request (the client's, or a generated one).
    public var requestID: String

    public init(head: HTTPRequestHead, body: [UInt8], requestID: String = "") {
        self.head = head
        self.body = body
        self.requestID = requestID
    }
}
