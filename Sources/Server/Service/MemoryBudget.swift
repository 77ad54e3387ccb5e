import HTTP
import Synchronization

/// Bounds the working memory that analyses hold at once, whatever the worker count.
///
/// The worker pool bounds how many analyses run, not how much memory they take: a 1 MiB article
/// needs about 26 MB while it is analysed and encoded, 65 MB with `syntax`, so three workers took
/// a server from 75 MB to 248 MB, and a machine with many cores (`--workers` defaults to the CPU
/// count plus one) could take gigabytes and be killed by its container's limit. Each analysis
/// reserves an estimate proportional to its input before it runs; one that does not fit gets 503
/// with `Retry-After`, so memory stays within the idle footprint plus the budget.
///
/// A compare-and-swap on one counter, so an ordinary article pays two atomic operations.
final class MemoryBudget: Sendable {
    /// Bytes an analysis holds per byte of input, with the JSON of its answer, measured with
    /// `bench/memory.sh` on 1 MiB articles: 25 for plain text, 31.5 as an HTML page, so 32.
    static let bytesPerInputByte = 32
    /// With `syntax`, every token's part of speech, head and relation: 62 measured, so 64.
    static let bytesPerInputByteWithSyntax = 64

    /// The default budget lets two of the largest articles that the body limit allows, with
    /// syntax, run at once; everything smaller shares it.
    static func defaultLimit(maxBodyBytes: Int) -> Int {
        2 * estimate(inputBytes: maxBodyBytes, syntax: true)
    }

    /// What an analysis of `inputBytes` is expected to hold at its peak.
    static func estimate(inputBytes: Int, syntax: Bool) -> Int {
        let factor = syntax ? bytesPerInputByteWithSyntax : bytesPerInputByte
        let (product, overflow) = max(0, inputBytes).multipliedReportingOverflow(by: factor)
        return overflow ? Int.max : product
    }

    /// In bytes.
    let limit: Int
    private let reserved = Atomic<Int>(0)
    private let refused = Atomic<Int>(0)

    init(limit: Int) {
        self.limit = limit
    }

    /// Bytes held by the analyses running now, for `GET /metrics` and tests.
    var inUse: Int { reserved.load(ordering: .relaxed) }
    /// Analyses refused because the budget was exhausted or too small for them.
    var refusals: Int { refused.load(ordering: .relaxed) }

    /// Runs `body` with `bytes` reserved, released as soon as it returns; refuses without running
    /// it when the bytes are not free.
    func withReservation<T>(of bytes: Int, _ body: () -> T) -> Result<T, MemoryBudgetError> {
        guard bytes <= limit else {
            refused.add(1, ordering: .relaxed)
            return .failure(.exceedsBudget(needed: bytes, limit: limit))
        }
        var current = reserved.load(ordering: .relaxed)
        while true {
            // `bytes <= limit` and `current <= limit`, so this cannot overflow.
            guard current <= limit - bytes else {
                refused.add(1, ordering: .relaxed)
                return .failure(.exhausted(needed: bytes, limit: limit))
            }
            let (exchanged, original) = reserved.compareExchange(
                expected: current, desired: current + bytes, ordering: .acquiringAndReleasing)
            if exchanged { break }
            current = original
        }
        defer { reserved.subtract(bytes, ordering: .releasing) }
        return .success(body())
    }

    func render() -> String {
        var out = "# HELP lede_memory_budget_bytes The memory budget for analyses (LEDE_MEMORY_BUDGET).\n"
        out += "# TYPE lede_memory_budget_bytes gauge\nlede_memory_budget_bytes \(limit)\n"
        out += "# HELP lede_memory_reserved_bytes Estimated memory held by the analyses running now.\n"
        out += "# TYPE lede_memory_reserved_bytes gauge\nlede_memory_reserved_bytes \(inUse)\n"
        out += "# HELP lede_memory_budget_refusals_total Analyses and batch lines refused for want of memory budget.\n"
        out += "# TYPE lede_memory_budget_refusals_total counter\nlede_memory_budget_refusals_total \(refusals)\n"
        return out
    }
}

/// Why an analysis was refused by the memory budget, worded for the client and the operator.
enum MemoryBudgetError: Error, Equatable {
    /// Analyses running now hold too much of the budget: worth retrying soon.
    case exhausted(needed: Int, limit: Int)
    /// The article alone needs more than the whole budget: retrying never helps.
    case exceedsBudget(needed: Int, limit: Int)

    var code: String {
        switch self {
        case .exhausted: "memory_budget_exhausted"
        case .exceedsBudget: "payload_too_large"
        }
    }

    var message: String {
        switch self {
        case .exhausted(let needed, let limit):
            "The analyses running now hold the memory budget of \(Self.mebibytes(limit)) (LEDE_MEMORY_BUDGET); this article needs an estimated \(Self.mebibytes(needed)). Retry after a second, or send smaller articles."
        case .exceedsBudget(let needed, let limit):
            "This article needs an estimated \(Self.mebibytes(needed)) to analyse, more than the whole memory budget of \(Self.mebibytes(limit)) (LEDE_MEMORY_BUDGET); split it, or raise the budget."
        }
    }

    /// The error as the service's answer: 503 with `Retry-After` when waiting helps, else 413.
    var response: HTTPResponse {
        switch self {
        case .exhausted:
            var response = HTTPResponse.json(HTTPResponse.errorBody(code: code, message: message), status: .serviceUnavailable)
            response.headers.add("Retry-After", "1")
            return response
        case .exceedsBudget:
            return .json(HTTPResponse.errorBody(code: code, message: message), status: .contentTooLarge)
        }
    }

    /// MiB to a tenth, as the setting is given; a budget under 1 MiB (tests) in bytes.
    private static func mebibytes(_ bytes: Int) -> String {
        guard bytes >= 1 << 20 else { return "\(bytes) bytes" }
        let tenths = Int((Double(bytes) / Double(1 << 20) * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10) MiB" : "\(tenths / 10).\(tenths % 10) MiB"
    }
}
