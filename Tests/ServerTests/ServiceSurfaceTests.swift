import Core
import Foundation
import TestSupport
import Testing

@testable import HTTP
@testable import Models
@testable import Server

/// Metrics, the OpenAPI document, the page and API keys, on a live loopback server.
@Suite(.serialized) final class ServiceSurfaceTests {
    let live: LiveService
    var port: Int { live.port }

    init() throws {
        live = try LiveService(keys: ["s3cret", "other-key"])
    }

    func request(_ method: String, _ path: String, key: String? = "s3cret", body: String? = nil, type: String = "text/plain") throws
        -> RawClient.Response
    {
        let client = try RawClient(port: port)
        var head = "\(method) \(path) HTTP/1.1\r\nHost: h\r\nConnection: close\r\n"
        if let key { head += "Authorization: Bearer \(key)\r\n" }
        if let body { head += "Content-Type: \(type)\r\nContent-Length: \(body.utf8.count)\r\n" }
        client.send(head + "\r\n" + (body ?? ""))
        return try #require(client.readResponse(forHead: method == "HEAD"))
    }

    // MARK: API keys

    @Test func keysGuardEveryRouteButHealth() throws {
        #expect(try request("GET", "/healthz", key: nil).status == 200)
        #expect(try request("GET", "/readyz", key: nil).status == 200)
        let denied = try request("POST", "/v1/analyze", key: nil, body: "Some news.")
        #expect(denied.status == 401)
        #expect(denied.headers["WWW-Authenticate"]?.hasPrefix("Bearer") == true)
        #expect(try request("GET", "/metrics", key: "wrong").status == 401)
        #expect(try request("GET", "/metrics", key: "s3cre").status == 401)
        #expect(try request("GET", "/metrics", key: "s3cret-and-more").status == 401)
        #expect(try request("GET", "/metrics", key: "other-key").status == 200)
        #expect(try request("POST", "/v1/analyze", body: "Some news.").status == 200)
    }

    @Test func keysComeFromACommaListOrAFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lede-keys-\(UUID().uuidString)")
        try "# comment\nalpha\n\nbeta\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let fromFile = try APIKeys(list: nil, file: file.path)
        #expect(fromFile.count == 2)
        #expect(fromFile.source == .file(setting: "LEDE_API_KEYS_FILE", path: file.path))
        #expect(fromFile.authorizes(HTTPHeaders([("Authorization", "Bearer beta")])))
        #expect(!fromFile.authorizes(HTTPHeaders([("Authorization", "Bearer # comment")])))
        let fromList = try APIKeys(list: "one, two", file: nil)
        #expect(fromList.authorizes(HTTPHeaders([("Authorization", "bearer two")])))
        #expect(!fromList.authorizes(HTTPHeaders([("Authorization", "Basic two")])))
        #expect(!(try APIKeys(list: nil, file: nil)).isEnabled)
        #expect(!(try APIKeys(list: " ", file: "")).isEnabled)
        #expect(throws: APIKeysError.emptyList(setting: "LEDE_API_KEYS")) { try APIKeys(list: " , ,", file: nil) }
    }

    @Test func a401LogsTheBytesItWasSent() throws {
        let denied = try request("POST", "/v1/analyze", key: nil, body: "Some news.")
        #expect(denied.status == 401)
        let id = try #require(denied.headers["X-Request-Id"])
        let entry = { self.live.log.entries.first { $0["request_id"] as? String == id } }
        for _ in 0..<200 where entry() == nil { usleep(10_000) }
        #expect(entry()?["bytes_in"] as? Int == 10)
        #expect(entry()?["path"] as? String == "/v1/analyze")
    }

    @Test func aPathGivenAsTheKeyListIsRefusedNotUsedAsAKey() {
        // The commented example in deploy/kubernetes once did exactly this: the path became the only key.
        for path in ["/etc/lede/keys/keys", "./keys", "../keys"] {
            #expect(
                throws: APIKeysError.pathInList(setting: "LEDE_API_KEYS", value: path, fileSetting: "LEDE_API_KEYS_FILE")
            ) { try APIKeys(list: path, file: nil) }
        }
        #expect(throws: APIKeysError.missingFile(setting: "LEDE_API_KEYS_FILE", path: "/nonexistent/keys")) {
            try APIKeys(list: nil, file: "/nonexistent/keys")
        }
        #expect(throws: APIKeysError.unreadableFile(setting: "LEDE_API_KEYS_FILE", path: "/tmp")) { try APIKeys(list: nil, file: "/tmp") }
    }

    // MARK: Metrics

    @Test func metricsAreValidPrometheusText() throws {
        _ = try request("POST", "/v1/analyze", body: "Angela Merkel visited Paris.")
        _ = try request("GET", "/no-such-route")
        let response = try request("GET", "/metrics")
        #expect(response.headers["Content-Type"]?.hasPrefix("text/plain; version=0.0.4") == true)
        let samples = try PrometheusText.parse(response.text)
        #expect(
            samples.contains {
                $0.name == "lede_http_requests_total" && $0.labels["route"] == "/v1/analyze" && $0.labels["status"] == "200"
            })
        #expect(
            samples.contains { $0.name == "lede_http_requests_total" && $0.labels["route"] == "unmatched" && $0.labels["status"] == "404" })
        #expect(samples.contains { $0.name == "lede_http_request_duration_seconds_bucket" && $0.labels["le"] == "+Inf" })
        #expect(samples.contains { $0.name == "lede_analysis_stage_seconds_total" && $0.labels["stage"] == "entities" && $0.value > 0 })
        #expect(samples.contains { $0.name == "lede_analysed_words_total" && $0.value >= 4 })
        for name in ["lede_http_requests_in_flight", "lede_analysis_queue_depth", "lede_http_response_bytes_total", "lede_build_info"] {
            #expect(samples.contains { $0.name == name }, "\(name)")
        }
    }

    // MARK: OpenAPI

    @Test func openAPIDocumentDescribesEveryRoute() throws {
        let response = try request("GET", "/openapi.json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: Any])
        for path in ["/v1/analyze", "/healthz", "/readyz", "/metrics", "/openapi.json", "/"] {
            #expect(paths[path] != nil, "\(path)")
        }
    }

    @Test func realResponsesMatchTheirSchemas() throws {
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(try request("GET", "/openapi.json").body)) as? [String: Any])
        let schema = SchemaChecker(document: document)
        let article = try String(
            contentsOf: #require(Bundle.module.url(forResource: "seed-article", withExtension: "txt", subdirectory: "Fixtures")),
            encoding: .utf8)
        let analysis = try request("POST", "/v1/analyze", body: article)
        #expect(
            schema.problems(Data(analysis.body), "AnalysisResponse").isEmpty, "\(schema.problems(Data(analysis.body), "AnalysisResponse"))")
        let error = try request("POST", "/v1/analyze", body: "{\"text\": 3}", type: "application/json")
        #expect(error.status == 400)
        #expect(schema.problems(Data(error.body), "Error").isEmpty)
        #expect(schema.problems(Data(try request("GET", "/healthz").body), "Status").isEmpty)
        // The checker itself must catch a wrong document.
        #expect(!schema.problems(Data(#"{"id": null, "language": 3}"#.utf8), "AnalysisResponse").isEmpty)
    }

    // MARK: The page

    @Test func pageIsSelfContained() throws {
        let page = try request("GET", "/")
        #expect(page.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(page.text.contains("<textarea"))
        #expect(!page.text.contains("src=\"http"))
        #expect(!page.text.contains("href=\"http"))
    }

    @Test func htmlFormatHighlightsAndEscapes() throws {
        let response = try request(
            "POST", "/v1/analyze?format=html", body: "Angela Merkel met <script>alert(1)</script> in Berlin on Monday.")
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(response.text.contains("class=\"e t-PERSON\""))
        #expect(!response.text.contains("<script>alert"))
        #expect(response.text.contains("&lt;script&gt;"))
        #expect(try request("POST", "/v1/analyze?format=xml", body: "x").status == 400)
    }

    /// `?syntax=true` on a text body adds the parse; the page then has each sentence's tree,
    /// folded under its words, with an arc per word and the relations and tags as labels.
    @Test func htmlFormatDrawsEachSentencesTreeWithSyntax() throws {
        let text = "The council approved the R&D budget on Monday. Residents said taxes would rise."
        let page = try request("POST", "/v1/analyze?format=html&fragment=1&syntax=true", body: text)
        #expect(page.status == 200)
        #expect(page.text.contains("Sentence trees (2)"))
        #expect(page.text.components(separatedBy: "<details>").count == 3)
        #expect(page.text.components(separatedBy: "<svg class=\"tree\"").count == 3)
        #expect(page.text.contains(">nsubj</text>"))
        #expect(page.text.contains(">PROPN</text>"))
        #expect(page.text.contains(">&amp;</text>"))
        // An arc (a curve and its arrowhead) for every token but the two roots.
        let json = try request("POST", "/v1/analyze?syntax=true", body: text)
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any])
        let tokens = try #require(answer["tokens"] as? [[String: Any]])
        #expect(page.text.components(separatedBy: "<path ").count - 1 == 2 * (tokens.count - 2))

        let plain = try request("POST", "/v1/analyze?format=html&fragment=1", body: text)
        #expect(!plain.text.contains("Sentence trees"))
        #expect(try request("POST", "/v1/analyze?syntax=yes", body: text).status == 400)
        let jsonBody = try request("POST", "/v1/analyze?syntax=true", body: #"{"text": "Hello."}"#, type: "application/json")
        #expect(jsonBody.status == 400)
    }

    /// Sentences are where no arc crosses: two trees side by side split, however their words
    /// point, and a word whose head is after it stays with it.
    @Test func treeSentencesAreTheSpansNoArcCrosses() {
        #expect(TreeDiagram.sentences(heads: [1, -1, 1, 4, -1, -1, 5]) == [0..<3, 3..<5, 5..<7])
        // An arc from the last word back to the first holds the words between in one sentence.
        #expect(TreeDiagram.sentences(heads: [-1, -1, 0]) == [0..<3])
        #expect(TreeDiagram.sentences(heads: []) == [])
    }
}

/// A strict reader of the Prometheus text format: every line a comment, blank, or a valid sample.
enum PrometheusText {
    struct Sample {
        var name: String
        var labels: [String: String]
        var value: Double
    }

    struct Invalid: Error { let line: String }

    static func parse(_ text: String) throws -> [Sample] {
        var samples: [Sample] = []
        var typed: Set<String> = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.isEmpty { continue }
            if line.hasPrefix("# TYPE ") {
                let parts = line.split(separator: " ")
                guard parts.count == 4, ["counter", "gauge", "histogram", "summary", "untyped"].contains(parts[3]) else {
                    throw Invalid(line: line)
                }
                guard typed.insert(String(parts[2])).inserted else { throw Invalid(line: line) }
                continue
            }
            if line.hasPrefix("# HELP ") { continue }
            guard !line.hasPrefix("#") else { throw Invalid(line: line) }
            guard let nameEnd = line.firstIndex(where: { $0 == "{" || $0 == " " }) else { throw Invalid(line: line) }
            let name = String(line[..<nameEnd])
            guard name.first.map({ $0.isLetter || $0 == "_" }) == true,
                name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" })
            else {
                throw Invalid(line: line)
            }
            var labels: [String: String] = [:]
            var rest = line[nameEnd...]
            if rest.first == "{" {
                guard let close = rest.firstIndex(of: "}") else { throw Invalid(line: line) }
                for pair in rest[rest.index(after: rest.startIndex)..<close].split(separator: ",") {
                    let kv = pair.split(separator: "=", maxSplits: 1)
                    guard kv.count == 2, kv[1].hasPrefix("\""), kv[1].hasSuffix("\""), kv[1].count >= 2 else { throw Invalid(line: line) }
                    labels[String(kv[0])] = String(kv[1].dropFirst().dropLast())
                }
                rest = rest[rest.index(after: close)...]
            }
            let valueText = rest.trimmingCharacters(in: .whitespaces)
            guard let value = Double(valueText) ?? (valueText == "+Inf" ? .infinity : nil) else { throw Invalid(line: line) }
            let family = ["_bucket", "_sum", "_count", "_total"].reduce(name) {
                $0.hasSuffix($1) && !typed.contains($0) ? String($0.dropLast($1.count)) : $0
            }
            guard typed.contains(name) || typed.contains(family) else { throw Invalid(line: line) }
            samples.append(Sample(name: name, labels: labels, value: value))
        }
        return samples
    }
}

/// Checks JSON against the OpenAPI document's component schemas (the subset Lede uses:
/// type, required, properties, items, enum, oneOf, $ref, minimum, maximum).
struct SchemaChecker {
    let document: [String: Any]

    func problems(_ data: Data, _ component: String) -> [String] {
        guard let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return ["not JSON"] }
        return check(value, ["$ref": "#/components/schemas/\(component)"], path: "$")
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String else { return schema }
        var node: Any = document
        for part in ref.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(part)] as Any }
        return node as? [String: Any] ?? [:]
    }

    private func check(_ value: Any, _ raw: [String: Any], path: String) -> [String] {
        let schema = resolve(raw)
        if let options = schema["oneOf"] as? [[String: Any]] {
            return options.contains { check(value, $0, path: path).isEmpty } ? [] : ["\(path): matches no oneOf option"]
        }
        var problems: [String] = []
        if let type = schema["type"] {
            let types = (type as? [String]) ?? [(type as? String) ?? ""]
            if !types.contains(where: { matches(value, $0) }) { return ["\(path): expected \(types)"] }
        }
        if let allowed = schema["enum"] as? [Any],
            !allowed.contains(where: { "\($0)" == "\(value)" && !(value is NSNull) || (value is NSNull && $0 is NSNull) })
        {
            problems.append("\(path): \(value) not in enum")
        }
        if let number = value as? Double {
            if let minimum = schema["minimum"] as? Double, number < minimum { problems.append("\(path): below minimum") }
            if let maximum = schema["maximum"] as? Double, number > maximum { problems.append("\(path): above maximum") }
        }
        if let object = value as? [String: Any] {
            for name in schema["required"] as? [String] ?? [] where object[name] == nil { problems.append("\(path).\(name): missing") }
            for (name, property) in schema["properties"] as? [String: [String: Any]] ?? [:] {
                if let field = object[name] { problems += check(field, property, path: "\(path).\(name)") }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() { problems += check(element, items, path: "\(path)[\(index)]") }
        }
        return problems
    }

    private func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "null": value is NSNull
        case "string": value is String
        case "boolean": (value as? NSNumber).map(isBool) ?? false
        case "integer": (value as? NSNumber).map { !isBool($0) && $0.doubleValue == $0.doubleValue.rounded() } ?? false
        case "number": (value as? NSNumber).map { !isBool($0) } ?? false
        case "array": value is [Any]
        case "object": value is [String: Any]
        default: false
        }
    }

    /// JSONSerialization gives booleans as NSNumbers of Objective-C type "c".
    private func isBool(_ number: NSNumber) -> Bool { String(cString: number.objCType) == "c" }
}
