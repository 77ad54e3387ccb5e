import Core
import Foundation
import HTTP
import Models

/// Lede's routes: the only place that joins HTTP to the analysis, through one `Analyzer` call.
struct LedeService: HTTPHandler {
    let analyzer: Analyzer
    let status: ServerStatus
    var keys = APIKeys(keys: [])
    var cors = CORSPolicy()
    /// Shared by every copy of the service (it is a class), so all workers draw on one budget.
    var memory = MemoryBudget(limit: MemoryBudget.defaultLimit(maxBodyBytes: HTTPLimits().maxBodyBytes))
    let analysisMetrics = AnalysisMetrics()

    private struct Route {
        let methods: [String]
        let lane: HTTPRoute
        let mediaTypes: [String]?
        /// Health probes answer without a key, so orchestrators need no secret.
        var open = false
    }

    private static let routes: [String: Route] = [
        "/v1/analyze": Route(methods: ["POST"], lane: .worker, mediaTypes: ["text/plain", "text/html", "application/json"]),
        "/v1/analyze/batch": Route(methods: ["POST"], lane: .stream, mediaTypes: ["application/x-ndjson", "application/jsonl"]),
        "/healthz": Route(methods: ["GET", "HEAD"], lane: .inline, mediaTypes: nil, open: true),
        "/readyz": Route(methods: ["GET", "HEAD"], lane: .inline, mediaTypes: nil, open: true),
        "/metrics": Route(methods: ["GET", "HEAD"], lane: .inline, mediaTypes: nil),
        "/openapi.json": Route(methods: ["GET", "HEAD"], lane: .inline, mediaTypes: nil),
        "/": Route(methods: ["GET", "HEAD"], lane: .inline, mediaTypes: nil),
    ]

    func route(_ head: HTTPRequestHead) -> HTTPRoute {
        guard let route = Self.routes[head.path] else { return .reject(.notFound(path: head.path)) }
        // Browsers send preflights without the key: they are answered before the key is asked for.
        if cors.isPreflight(head), let origin = head.headers["Origin"], cors.allows(origin) { return .inline }
        if keys.isEnabled && !route.open && !keys.authorizes(head.headers) { return .reject(.unauthorized) }
        guard route.methods.contains(head.method) else { return .reject(.methodNotAllowed(allowed: route.methods)) }
        if let accepted = route.mediaTypes {
            guard let type = head.mediaType, accepted.contains(type) else {
                return .reject(.unsupportedMediaType(expected: accepted.joined(separator: " or ")))
            }
            if type == "text/plain" || type == "text/html", let charset = Self.charset(head), charset != "utf-8" && charset != "us-ascii" {
                return .reject(.unsupportedMediaType(expected: "\(type); charset=utf-8"))
            }
        }
        return route.lane
    }

    func respond(to request: HTTPRequest) -> HTTPResponse {
        if request.head.method == "OPTIONS", let route = Self.routes[request.head.path] {
            return cors.preflight(methods: route.methods)
        }
        switch request.head.path {
        case "/healthz":
            return .json(Array(#"{"status":"ok"}"#.utf8))
        case "/readyz":
            return status.isDraining ? .error(.draining) : .json(Array(#"{"status":"ready"}"#.utf8))
        case "/v1/analyze":
            return analyze(request)
        case "/metrics":
            return .text(
                status.metrics.render(status: status) + analysisMetrics.render() + memory.render(),
                contentType: "text/plain; version=0.0.4; charset=utf-8")
        case "/openapi.json":
            return StaticResource.openAPI.response
        case "/":
            return StaticResource.page.response
        default:
            return .error(.notFound(path: request.head.path))
        }
    }

    /// One line of a batch: its response, or an error object on its line.
    func respond(toLine line: ArraySlice<UInt8>, number: Int, oversized: Bool, head: HTTPRequestHead) -> [UInt8] {
        if oversized {
            return BatchLine.error(
                line: number, code: "payload_too_large",
                message: "This line is longer than the limit of \(status.maxBodyBytes) bytes (LEDE_MAX_BODY_BYTES); split the article.")
        }
        let request: AnalysisRequest
        switch BatchLine.decode(line, lineNumber: number) {
        case .success(let decoded): request = decoded
        case .failure(let errorLine): return errorLine.bytes
        }
        // A line is an analysis like any other: it waits for no one, and is refused on its own
        // line when the budget is held, so the client can send it again.
        var timings = StageTimings()
        let estimate = MemoryBudget.estimate(inputBytes: line.count, syntax: request.syntax)
        let answer = memory.withReservation(of: estimate) { () -> [UInt8] in
            switch ArticleInput.analyze(request, with: analyzer, timings: &timings) {
            case .success(let response): return response.jsonBytes()
            case .failure(let failure):
                return BatchLine.error(
                    line: number, code: failure.code, message: failure.message, id: request.id.map { $0.jsonBytes()[...] })
            }
        }
        switch answer {
        case .success(let bytes):
            analysisMetrics.record(timings)
            return bytes
        case .failure(let error):
            return BatchLine.error(line: number, code: error.code, message: error.message, id: TopLevelFields.scan(line)?.scalar("id"))
        }
    }

    func responseHeaders(for head: HTTPRequestHead) -> [(name: String, value: String)] {
        cors.headers(for: head)
    }

    /// A body that broke mid-batch ends with an error line like any other line's.
    func streamError(_ error: HTTPError, number: Int) -> [UInt8] {
        BatchLine.error(line: number, code: error.code, message: error.message)
    }

    private func analyze(_ request: HTTPRequest) -> HTTPResponse {
        var parsed: AnalysisRequest
        let offsetsParameter = request.head.queryValue("offsets")
        let idParameter = request.head.queryValue("id")
        if request.head.mediaType == "application/json" {
            if offsetsParameter != nil || idParameter != nil {
                return .error(
                    .badRequest(
                        code: "invalid_query",
                        message: "?offsets= and ?id= are for text/plain bodies; put \"offsets\" and \"id\" in the JSON object."))
            }
            switch StrictRequest.decode(json: request.body[...]) {
            case .success(let decoded): parsed = decoded
            case .failure(let failure): return .error(.badRequest(code: failure.code, message: failure.message))
            }
        } else {
            guard let text = String(validating: request.body, as: UTF8.self) else {
                let error = RequestError.invalidUTF8
                return .error(.badRequest(code: error.code, message: error.description))
            }
            parsed = request.head.mediaType == "text/html" ? AnalysisRequest(text: "", html: text) : AnalysisRequest(text: text)
            if let offsetsParameter {
                guard let unit = OffsetUnit(rawValue: offsetsParameter) else {
                    return .error(
                        .badRequest(
                            code: "invalid_query", message: "offsets=\(offsetsParameter) is not supported; use codepoint, utf16 or utf8."))
                }
                parsed.offsets = unit
            }
            if let idParameter {
                guard let id = idParameter.removingPercentEncoding, !id.isEmpty else {
                    return .error(
                        .badRequest(code: "invalid_query", message: "id= must be a non-empty, percent-encoded string."))
                }
                parsed.id = .string(id)
            }
        }
        let format = request.head.queryValue("format")
        if let fragment = request.head.queryValue("fragment"), fragment != "1" {
            return .error(
                .badRequest(code: "invalid_fragment", message: "fragment=\(fragment) is not supported; use fragment=1 with format=html."))
        }
        // The page highlights by code point, whatever unit the client asked for.
        if format == "html" { parsed.offsets = .codepoint }
        if let format, format != "json" && format != "html" {
            return .error(.badRequest(code: "invalid_format", message: "format=\(format) is not supported; use json or html."))
        }
        // The estimate covers the answer's encoding too, which is as large as the analysis.
        let estimate = MemoryBudget.estimate(inputBytes: request.body.count, syntax: parsed.syntax)
        let answer = memory.withReservation(of: estimate) { () -> HTTPResponse in
            var timings = StageTimings()
            let outcome = ArticleInput.analyze(parsed, with: analyzer, timings: &timings)
            analysisMetrics.record(timings)
            let response: AnalysisResponse
            switch outcome {
            case .success(let answer): response = answer
            case .failure(let failure):
                return .json(HTTPResponse.errorBody(code: failure.code, message: failure.message), status: failure.status)
            }
            guard format == "html" else { return .json(response.jsonBytes()) }
            let html = HTMLRenderer(text: response.text ?? parsed.text, response: response)
            let page = request.head.queryValue("fragment") == "1" ? html.fragment() : html.page()
            return .text(page, contentType: "text/html; charset=utf-8")
        }
        switch answer {
        case .success(let response): return response
        case .failure(let error): return error.response
        }
    }

    private static func charset(_ head: HTTPRequestHead) -> String? {
        guard let value = head.headers["Content-Type"] else { return nil }
        func trimmed(_ text: Substring) -> Substring {
            let start = text.drop { $0 == " " || $0 == "\t" }
            var end = start.endIndex
            while end > start.startIndex, start[start.index(before: end)] == " " || start[start.index(before: end)] == "\t" {
                end = start.index(before: end)
            }
            return start[..<end]
        }
        for parameter in value.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            if parts.count == 2, trimmed(parts[0]).lowercased() == "charset" {
                return trimmed(parts[1]).lowercased().filter { $0 != "\"" }
            }
        }
        return nil
    }
}

/// Files served as they are, loaded once from the executable's resources.
enum StaticResource {
    case openAPI, page

    var response: HTTPResponse {
        let loaded: Result<HTTPResponse, InstalledBundle.Missing>
        switch self {
        case .openAPI: loaded = Self.openAPIResponse
        case .page: loaded = Self.pageResponse
        }
        // `serve` checks both at start-up (`verify`), so this fallback is never seen there.
        return (try? loaded.get()) ?? .error(.notFound(path: self == .openAPI ? "/openapi.json" : "/"))
    }

    /// Stops start-up when the bundle is missing, instead of a server whose page and document are 404s.
    static func verify() throws(InstalledBundle.Missing) {
        _ = try openAPIResponse.get()
        _ = try pageResponse.get()
    }

    private static let openAPIResponse = load("openapi", "json", type: "application/json; charset=utf-8")
    private static let pageResponse = load("index", "html", type: "text/html; charset=utf-8")

    private static func load(_ name: String, _ ext: String, type: String) -> Result<HTTPResponse, InstalledBundle.Missing> {
        do {
            let bundle = try InstalledBundle.named("lede_Server.resources")
            guard let url = bundle.url(forResource: name, withExtension: ext), let data = FileManager.default.contents(atPath: url.path)
            else {
                return .failure(
                    InstalledBundle.Missing(name: "lede_Server.resources/\(name).\(ext)", directory: Bundle.main.bundleURL.path))
            }
            return .success(HTTPResponse(status: .ok, headers: HTTPHeaders([("Content-Type", type)]), body: Array(data)))
        } catch {
            return .failure(error)
        }
    }
}
