import Core
import HTTP

/// Lede's routes: the only place that joins HTTP to the analysis, through one `Analyzer` call.
struct LedeService: HTTPHandler {
    let analyzer: Analyzer
    let status: ServerStatus

    private struct Route {
        let methods: [String]
        let lane: HTTPRoute
        let mediaTypes: [String]?
    }

    private static let routes: [String: Route] = [
        "/v1/analyze": Route(methods: ["POST"], lane: .worker, mediaTypes: ["text/plain", "application/json"]),
        "/healthz": Route(methods: ["GET", "HEAD"], lane: .inline, mediaTypes: nil),
        "/readyz": Route(methods: ["GET", "HEAD"], lane: .inline, mediaTypes: nil),
    ]

    func route(_ head: HTTPRequestHead) -> HTTPRoute {
        guard let route = Self.routes[head.path] else { return .reject(.notFound(path: head.path)) }
        guard route.methods.contains(head.method) else { return .reject(.methodNotAllowed(allowed: route.methods)) }
        if let accepted = route.mediaTypes {
            guard let type = head.mediaType, accepted.contains(type) else {
                return .reject(.unsupportedMediaType(expected: accepted.joined(separator: " or ")))
            }
            if type == "text/plain", let charset = Self.charset(head), charset != "utf-8" && charset != "us-ascii" {
                return .reject(.unsupportedMediaType(expected: "text/plain; charset=utf-8"))
            }
        }
        return route.lane
    }

    func respond(to request: HTTPRequest) -> HTTPResponse {
        switch request.head.path {
        case "/healthz":
            return .json(Array(#"{"status":"ok"}"#.utf8))
        case "/readyz":
            return status.isDraining ? .error(.draining) : .json(Array(#"{"status":"ready"}"#.utf8))
        case "/v1/analyze":
            return analyze(request)
        default:
            return .error(.notFound(path: request.head.path))
        }
    }

    private func analyze(_ request: HTTPRequest) -> HTTPResponse {
        let parsed: AnalysisRequest
        if request.head.mediaType == "application/json" {
            do {
                parsed = try AnalysisRequest.decode(json: request.body)
            } catch {
                return .error(.badRequest(code: error.code, message: error.description))
            }
        } else {
            guard let text = String(validating: request.body, as: UTF8.self) else {
                let error = RequestError.invalidUTF8
                return .error(.badRequest(code: error.code, message: error.description))
            }
            parsed = AnalysisRequest(text: text)
        }
        return .json(analyzer.analyze(parsed).jsonBytes())
    }

    private static func charset(_ head: HTTPRequestHead) -> String? {
        guard let value = head.headers["Content-Type"] else { return nil }
        for parameter in value.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters() == "charset" {
                return parts[1].trimmingCharacters().lowercased().replacingQuotes()
            }
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        filter { $0 != "\"" }
    }
}
