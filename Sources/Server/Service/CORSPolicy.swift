import Foundation
import HTTP

/// Which browser origins may call the API from their pages (`LEDE_CORS_ORIGINS`), off by default:
/// a front-end on another origin gets the CORS headers it needs, preflights included, and no one
/// else gets any.
struct CORSPolicy: Sendable {
    private let origins: Set<String>
    private let anyOrigin: Bool

    var isEnabled: Bool { anyOrigin || !origins.isEmpty }

    /// The request headers a page may send: the key, the body's type and coding, its own request id.
    static let allowedHeaders = "Authorization, Content-Type, Content-Encoding, X-Request-Id"

    init(origins: [String] = []) {
        self.anyOrigin = origins.contains("*")
        self.origins = Set(origins.filter { $0 != "*" })
    }

    /// Reads the setting: `*`, or a comma-separated list of origins such as `https://news.example`.
    init(setting: String?, name: String = "LEDE_CORS_ORIGINS") throws(CORSError) {
        let entries = (setting ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for entry in entries where entry != "*" {
            guard let scheme = entry.range(of: "://"), ["http", "https"].contains(entry[..<scheme.lowerBound].lowercased()),
                !entry[scheme.upperBound...].isEmpty, !entry[scheme.upperBound...].contains("/")
            else { throw .invalidOrigin(setting: name, value: entry) }
        }
        self.init(origins: entries)
    }

    func allows(_ origin: String) -> Bool {
        anyOrigin || origins.contains(origin)
    }

    /// A browser's preflight: OPTIONS with the method it means to use.
    func isPreflight(_ head: HTTPRequestHead) -> Bool {
        isEnabled && head.method == "OPTIONS" && head.headers["Origin"] != nil && head.headers["Access-Control-Request-Method"] != nil
    }

    /// Added to every response to an allowed origin.
    func headers(for head: HTTPRequestHead) -> [(name: String, value: String)] {
        guard isEnabled, let origin = head.headers["Origin"], allows(origin) else { return [] }
        return [
            ("Access-Control-Allow-Origin", anyOrigin ? "*" : origin),
            ("Vary", "Origin"),
            ("Access-Control-Expose-Headers", "X-Request-Id, Retry-After"),
        ]
    }

    /// The answer to an allowed preflight (the origin header comes with `headers(for:)`).
    func preflight(methods: [String]) -> HTTPResponse {
        HTTPResponse(
            status: .noContent,
            headers: HTTPHeaders([
                ("Access-Control-Allow-Methods", methods.joined(separator: ", ")),
                ("Access-Control-Allow-Headers", Self.allowedHeaders),
                ("Access-Control-Max-Age", "600"),
            ]))
    }
}

enum CORSError: Error, Equatable, CustomStringConvertible {
    case invalidOrigin(setting: String, value: String)

    var description: String {
        switch self {
        case .invalidOrigin(let setting, let value):
            "\(setting) holds \(value), which is not an origin; give * or a comma-separated list such as https://news.example,http://localhost:3000 (scheme, host and port, no path)."
        }
    }
}
