/// A response as handlers build it; the server adds Date, Content-Length, Connection and the rest.
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    public static let jsonType = "application/json; charset=utf-8"

    public static func json(_ body: [UInt8], status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, headers: HTTPHeaders([("Content-Type", jsonType)]), body: body)
    }

    public static func text(_ text: String, contentType: String = "text/plain; charset=utf-8", status: HTTPStatus = .ok)
        -> HTTPResponse
    {
        HTTPResponse(status: status, headers: HTTPHeaders([("Content-Type", contentType)]), body: Array(text.utf8))
    }

    /// The contract's error body: `{"error": {"code": ..., "message": ...}}`, with the headers some statuses need.
    public static func error(_ error: HTTPError) -> HTTPResponse {
        var response = json(errorBody(code: error.code, message: error.message), status: error.status)
        switch error {
        case .methodNotAllowed(let allowed): response.headers.add("Allow", allowed.joined(separator: ", "))
        case .unauthorized(let realm): response.headers.add("WWW-Authenticate", "Bearer realm=\(jsonQuoted(realm))")
        case .overloaded, .draining: response.headers.add("Retry-After", "1")
        default: break
        }
        return response
    }

    public static func errorBody(code: String, message: String) -> [UInt8] {
        Array("{\"error\":{\"code\":\(jsonQuoted(code)),\"message\":\(jsonQuoted(message))}}".utf8)
    }

    static func jsonQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20: out += "\\u00" + String(scalar.value, radix: 16).leftPadded(2)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
