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

    /// Lines of one batch held in memory at once (waiting, running, or answered but not yet written).
    var batchWindow = max(4, HTTPServerConfiguration().workers * 4)
    /// Starts every metric name and names the protected space in 401 challenges.
    static let name = "lede"

    /// Every route with the handler that answers it: the one place a path is named.
    static let routes: [ServiceRoute] = [
        ServiceRoute(
            path: "/v1/analyze", methods: ["POST"], lane: .worker, mediaTypes: ["text/plain", "text/html", "application/json"],
            answer: .whole { $0.analyze($1) }),
        ServiceRoute(
            path: "/v1/analyze/batch", methods: ["POST"], lane: .worker, mediaTypes: ["application/x-ndjson", "application/jsonl"],
            answer: .streamed { service, _ in service.batchResponder() }),
        ServiceRoute(
            path: "/healthz", methods: ["GET", "HEAD"], lane: .inline, open: true,
            answer: .whole { _, _ in .json(Array(#"{"status":"ok"}"#.utf8)) }),
        ServiceRoute(
            path: "/readyz", methods: ["GET", "HEAD"], lane: .inline, open: true,
            answer: .whole { service, _ in service.status.isDraining ? .error(.draining) : .json(Array(#"{"status":"ready"}"#.utf8)) }),
        ServiceRoute(path: "/metrics", methods: ["GET", "HEAD"], lane: .inline, answer: .whole { service, _ in service.metrics() }),
        ServiceRoute(
            path: "/openapi.json", methods: ["GET", "HEAD"], lane: .inline, answer: .whole { _, _ in StaticResource.openAPI.response }),
        ServiceRoute(path: "/", methods: ["GET", "HEAD"], lane: .inline, answer: .whole { _, _ in StaticResource.page.response }),
    ]

    private static let routeIndex = Dictionary(uniqueKeysWithValues: routes.map { ($0.path, $0) })

    func route(_ head: HTTPRequestHead) -> HTTPRoute {
        guard let route = Self.routeIndex[head.path] else { return .reject(.notFound(path: head.path)) }
        // Browsers send preflights without the key: they are answered before the key is asked for.
        if cors.isPreflight(head), let origin = head.headers["Origin"], cors.allows(origin) { return .inline }
        if keys.isEnabled && !route.open && !keys.authorizes(head.headers) { return .reject(.unauthorized(realm: Self.name)) }
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
        guard let route = Self.routeIndex[request.head.path] else { return .error(.notFound(path: request.head.path)) }
        if request.head.method == "OPTIONS" { return cors.preflight(methods: route.methods) }
        // A streamed route's requests never arrive whole (`streamResponder`).
        guard case .whole(let answer) = route.answer else { return .error(.notFound(path: request.head.path)) }
        return answer(self, request)
    }

    func streamResponder(for head: HTTPRequestHead) -> (any HTTPStreamResponder)? {
        guard let route = Self.routeIndex[head.path], case .streamed(let makeResponder) = route.answer else { return nil }
        return makeResponder(self, head)
    }

    func responseHeaders(for head: HTTPRequestHead) -> [(name: String, value: String)] {
        cors.headers(for: head)
    }

    private func metrics() -> HTTPResponse {
        let queue =
            "# HELP \(Self.name)_analysis_queue_depth Analyses waiting for a worker.\n"
            + "# TYPE \(Self.name)_analysis_queue_depth gauge\n\(Self.name)_analysis_queue_depth \(status.queueDepth)\n"
        return .text(
            status.metrics.render(status: status, prefix: Self.name) + queue + analysisMetrics.render() + memory.render(),
            contentType: "text/plain; version=0.0.4; charset=utf-8")
    }

    private func batchResponder() -> BatchResponder {
        BatchResponder(window: batchWindow, maxLineBytes: status.maxBodyBytes) { line, number, oversized in
            analyzeLine(line, number: number, oversized: oversized)
        }
    }

    /// One line of a batch: its response, or an error object on its line.
    func analyzeLine(_ line: ArraySlice<UInt8>, number: Int, oversized: Bool) -> [UInt8] {
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

    private func analyze(_ request: HTTPRequest) -> HTTPResponse {
        var parsed: AnalysisRequest
        let offsetsParameter = request.head.queryValue("offsets")
        let idParameter = request.head.queryValue("id")
        let syntaxParameter = request.head.queryValue("syntax")
        if request.head.mediaType == "application/json" {
            if offsetsParameter != nil || idParameter != nil || syntaxParameter != nil {
                return .error(
                    .badRequest(
                        code: "invalid_query",
                        message:
                            "?offsets=, ?id= and ?syntax= are for text/plain bodies; put \"offsets\", \"id\" and \"syntax\" in the JSON object."
                    ))
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
            if let syntaxParameter {
                guard let syntax = Bool(syntaxParameter) else {
                    return .error(
                        .badRequest(code: "invalid_query", message: "syntax=\(syntaxParameter) is not supported; use true or false."))
                }
                parsed.syntax = syntax
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
