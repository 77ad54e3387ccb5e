/// Every way a request can fail, each knowing its status, its machine-readable code and a
/// message a person can act on. Rendered to the contract's JSON error body in one place
/// (`HTTPResponse.error`).
public enum HTTPError: Error, Sendable, Equatable {
    case malformedRequestLine
    case malformedHeader(String)
    case missingHost
    case repeatedHost
    case invalidContentLength
    case conflictingFraming
    case transferEncodingInHTTP10
    case unsupportedTransferCoding(String)
    case malformedChunk
    case unsupportedVersion
    case requestLineTooLong(limit: Int)
    case headersTooLarge(limit: Int)
    case tooManyHeaders(limit: Int)
    case bodyTooLarge(limit: Int)
    case lengthRequired
    case unsupportedMediaType(expected: String)
    case unsupportedContentEncoding(String)
    case invalidGzip
    case unsupportedExpectation
    case notFound(path: String)
    case methodNotAllowed(allowed: [String])
    /// `realm` names the protected space in the WWW-Authenticate challenge (RFC 9110 §11.6.1).
    case unauthorized(realm: String)
    case headTimeout
    case bodyTimeout
    case overloaded
    case draining
    case badRequest(code: String, message: String)

    public var status: HTTPStatus {
        switch self {
        case .malformedRequestLine, .malformedHeader, .missingHost, .repeatedHost, .invalidContentLength,
            .conflictingFraming, .transferEncodingInHTTP10, .malformedChunk, .invalidGzip, .badRequest:
            .badRequest
        case .unsupportedTransferCoding: .notImplemented
        case .unsupportedVersion: .versionNotSupported
        case .requestLineTooLong: .uriTooLong
        case .headersTooLarge, .tooManyHeaders: .headerFieldsTooLarge
        case .bodyTooLarge: .contentTooLarge
        case .lengthRequired: .lengthRequired
        case .unsupportedMediaType, .unsupportedContentEncoding: .unsupportedMediaType
        case .unsupportedExpectation: .expectationFailed
        case .notFound: .notFound
        case .methodNotAllowed: .methodNotAllowed
        case .unauthorized: .unauthorized
        case .headTimeout, .bodyTimeout: .requestTimeout
        case .overloaded, .draining: .serviceUnavailable
        }
    }

    public var code: String {
        switch self {
        case .malformedRequestLine: "malformed_request_line"
        case .malformedHeader: "malformed_header"
        case .missingHost: "missing_host"
        case .repeatedHost: "repeated_host"
        case .invalidContentLength: "invalid_content_length"
        case .conflictingFraming: "conflicting_framing"
        case .transferEncodingInHTTP10: "transfer_encoding_in_http10"
        case .unsupportedTransferCoding: "unsupported_transfer_coding"
        case .malformedChunk: "malformed_chunk"
        case .unsupportedVersion: "http_version_not_supported"
        case .requestLineTooLong: "request_line_too_long"
        case .headersTooLarge, .tooManyHeaders: "headers_too_large"
        case .bodyTooLarge: "payload_too_large"
        case .lengthRequired: "length_required"
        case .unsupportedMediaType: "unsupported_media_type"
        case .unsupportedContentEncoding: "unsupported_content_encoding"
        case .invalidGzip: "invalid_gzip"
        case .unsupportedExpectation: "expectation_failed"
        case .notFound: "not_found"
        case .methodNotAllowed: "method_not_allowed"
        case .unauthorized: "unauthorized"
        case .headTimeout, .bodyTimeout: "request_timeout"
        case .overloaded: "overloaded"
        case .draining: "draining"
        case .badRequest(let code, _): code
        }
    }

    public var message: String {
        switch self {
        case .malformedRequestLine:
            "The request line is malformed; send 'METHOD /path HTTP/1.1' with single spaces."
        case .malformedHeader(let detail):
            "A header field is malformed (\(detail)); send 'Name: value' lines without folding."
        case .missingHost: "HTTP/1.1 requests need a Host header."
        case .repeatedHost: "Send exactly one Host header."
        case .invalidContentLength: "Content-Length must be one non-negative decimal number."
        case .conflictingFraming: "Send either Content-Length or Transfer-Encoding, not both."
        case .transferEncodingInHTTP10: "HTTP/1.0 requests cannot use Transfer-Encoding; send Content-Length."
        case .unsupportedTransferCoding(let coding):
            "Transfer coding '\(coding)' is not implemented; use chunked or Content-Length."
        case .malformedChunk: "The chunked body is malformed; chunk sizes are hexadecimal lines ended by CRLF."
        case .unsupportedVersion: "Only HTTP/1.0 and HTTP/1.1 are supported."
        case .requestLineTooLong(let limit): "The request line is longer than \(limit) bytes; shorten the URL."
        case .headersTooLarge(let limit): "The header section is larger than \(limit) bytes."
        case .tooManyHeaders(let limit): "The request has more than \(limit) header fields."
        case .bodyTooLarge(let limit):
            "The body is larger than the limit of \(limit) bytes; split the input or raise the server's body limit."
        case .lengthRequired: "POST requests need a Content-Length header or a chunked body."
        case .unsupportedMediaType(let expected): "Unsupported Content-Type; send \(expected)."
        case .unsupportedContentEncoding(let coding):
            "Content-Encoding '\(coding)' is not supported; send the body uncompressed or gzip-encoded."
        case .invalidGzip: "The gzip-encoded body could not be decompressed."
        case .unsupportedExpectation: "Only 'Expect: 100-continue' is supported."
        case .notFound(let path): "No route for '\(path)'; see GET /openapi.json for the routes."
        case .methodNotAllowed(let allowed): "Method not allowed here; use \(allowed.joined(separator: ", "))."
        case .unauthorized: "Send 'Authorization: Bearer <key>' with a valid API key."
        case .headTimeout: "The request head was not received in time."
        case .bodyTimeout: "The request body stopped arriving."
        case .overloaded: "The server is busy; retry after a second."
        case .draining: "The server is shutting down; retry on another instance."
        case .badRequest(_, let message): message
        }
    }

    /// Framing and limit errors leave the byte stream in an unknown place, so the connection must close.
    public var closesConnection: Bool {
        switch self {
        case .notFound, .methodNotAllowed, .unauthorized, .unsupportedMediaType, .overloaded, .badRequest,
            .unsupportedContentEncoding, .invalidGzip:
            false
        default:
            true
        }
    }
}
