import Foundation
import Synchronization

/// Request counters and latency histograms, rendered in the Prometheus text format (0.0.4).
public final class HTTPMetrics: Sendable {
    /// Upper bounds in seconds; chosen around the analysis's millisecond scale.
    public static let latencyBuckets: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]

    private struct Key: Hashable {
        let route: String
        let method: String
        let status: Int
    }

    private struct Histogram {
        var counts = [UInt64](repeating: 0, count: HTTPMetrics.latencyBuckets.count)
        var sum = 0.0
        var count: UInt64 = 0
    }

    private struct State {
        var requests: [Key: UInt64] = [:]
        var latency: [String: Histogram] = [:]
        var bytesIn: UInt64 = 0
        var bytesOut: UInt64 = 0
    }

    private let state = Mutex(State())

    public init() {}

    /// Methods counted under their own name; any other token a client sends is "other", so
    /// invented methods cannot multiply the series.
    static let knownMethods: Set<String> = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "TRACE"]

    func record(route: String, method: String, status: Int, seconds: Double, bytesIn: Int, bytesOut: Int) {
        let method = Self.knownMethods.contains(method) || method == "-" ? method : "other"
        state.withLock { state in
            state.requests[Key(route: route, method: method, status: status), default: 0] += 1
            var histogram = state.latency[route] ?? Histogram()
            for (index, bound) in Self.latencyBuckets.enumerated() where seconds <= bound { histogram.counts[index] += 1 }
            histogram.sum += seconds
            histogram.count += 1
            state.latency[route] = histogram
            state.bytesIn += UInt64(bytesIn)
            state.bytesOut += UInt64(bytesOut)
        }
    }

    /// The metrics in Prometheus exposition format, in a stable order, each name starting with
    /// `prefix` (the application's name, say).
    public func render(status: ServerStatus, prefix: String) -> String {
        let snapshot = state.withLock { $0 }
        var out = ""
        out += "# HELP \(prefix)_http_requests_total HTTP requests answered, by route, method and status.\n"
        out += "# TYPE \(prefix)_http_requests_total counter\n"
        for (key, count) in snapshot.requests.sorted(by: {
            ($0.key.route, $0.key.method, $0.key.status) < ($1.key.route, $1.key.method, $1.key.status)
        }) {
            out +=
                "\(prefix)_http_requests_total{route=\"\(Self.escape(key.route))\",method=\"\(Self.escape(key.method))\",status=\"\(key.status)\"} \(count)\n"
        }
        out += "# HELP \(prefix)_http_request_duration_seconds Time from the first byte of a request to its response being queued.\n"
        out += "# TYPE \(prefix)_http_request_duration_seconds histogram\n"
        for (route, histogram) in snapshot.latency.sorted(by: { $0.key < $1.key }) {
            let label = "route=\"\(Self.escape(route))\""
            for (index, bound) in Self.latencyBuckets.enumerated() {
                out += "\(prefix)_http_request_duration_seconds_bucket{\(label),le=\"\(Self.number(bound))\"} \(histogram.counts[index])\n"
            }
            out += "\(prefix)_http_request_duration_seconds_bucket{\(label),le=\"+Inf\"} \(histogram.count)\n"
            out += "\(prefix)_http_request_duration_seconds_sum{\(label)} \(Self.number(histogram.sum))\n"
            out += "\(prefix)_http_request_duration_seconds_count{\(label)} \(histogram.count)\n"
        }
        out += "# HELP \(prefix)_http_request_bytes_total Request body bytes received (before gzip decoding).\n"
        out += "# TYPE \(prefix)_http_request_bytes_total counter\n"
        out += "\(prefix)_http_request_bytes_total \(snapshot.bytesIn)\n"
        out += "# HELP \(prefix)_http_response_bytes_total Response bytes sent, head included.\n"
        out += "# TYPE \(prefix)_http_response_bytes_total counter\n"
        out += "\(prefix)_http_response_bytes_total \(snapshot.bytesOut)\n"
        out += "# HELP \(prefix)_http_requests_in_flight Requests whose head has arrived and whose response is not yet queued.\n"
        out += "# TYPE \(prefix)_http_requests_in_flight gauge\n"
        out += "\(prefix)_http_requests_in_flight \(status.inFlight)\n"
        out += "# HELP \(prefix)_http_open_connections Open client connections.\n"
        out += "# TYPE \(prefix)_http_open_connections gauge\n"
        out += "\(prefix)_http_open_connections \(status.connections)\n"
        return out
    }

    static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
