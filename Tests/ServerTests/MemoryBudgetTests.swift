import Dispatch
import Foundation
import Synchronization
import Testing

@testable import HTTP
@testable import Server

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The budget on its own: reservations add up to at most the limit and all come back.
@Suite struct MemoryBudgetUnitTests {
    @Test func estimatesGrowWithTheInputAndWithSyntax() {
        #expect(MemoryBudget.estimate(inputBytes: 1000, syntax: false) == 32_000)
        #expect(MemoryBudget.estimate(inputBytes: 1000, syntax: true) == 64_000)
        #expect(MemoryBudget.estimate(inputBytes: Int.max, syntax: true) == Int.max)
        // Two of the largest articles with syntax: 128 MiB for the default 1 MiB body limit.
        #expect(MemoryBudget.defaultLimit(maxBodyBytes: 1 << 20) == 128 << 20)
    }

    @Test func aReservationThatDoesNotFitIsRefusedAndEveryOneIsReleased() {
        let budget = MemoryBudget(limit: 100)
        let inner = budget.withReservation(of: 60) { () -> Result<Int, MemoryBudgetError> in
            #expect(budget.inUse == 60)
            return budget.withReservation(of: 41) { 1 }
        }
        #expect(inner == .success(.failure(.exhausted(needed: 41, limit: 100))))
        #expect(budget.inUse == 0)
        #expect(budget.withReservation(of: 101) { 1 } == .failure(.exceedsBudget(needed: 101, limit: 100)))
        #expect(budget.withReservation(of: 100) { 2 } == .success(2))
        #expect(budget.refusals == 2)
        #expect(budget.inUse == 0)
    }

    @Test func concurrentReservationsNeverExceedTheLimit() {
        let budget = MemoryBudget(limit: 1000)
        let peak = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 4000) { index in
            _ = budget.withReservation(of: 100 + index % 300) {
                let now = budget.inUse
                var seen = peak.load(ordering: .relaxed)
                while now > seen {
                    let (exchanged, original) = peak.compareExchange(expected: seen, desired: now, ordering: .relaxed)
                    if exchanged { break }
                    seen = original
                }
            }
        }
        #expect(peak.load(ordering: .relaxed) <= 1000)
        #expect(budget.inUse == 0)
    }
}

/// The real service with a tiny budget: analyses beyond it get 503 and Retry-After, batch lines
/// count too, and the budget is whole again once they finish.
@Suite(.serialized) final class MemoryBudgetServiceTests {
    /// 400 kB of budget: one article of 10,000 bytes fits (320 kB), two do not.
    static let budget = 400_000
    let live: LiveService

    init() throws {
        live = try LiveService(memoryBudget: Self.budget) { $0.workers = 4 }
    }

    /// Holds `bytes` of the budget on another thread until `release` is called, as a long
    /// analysis would, so the test decides exactly what is free.
    final class Holder: Sendable {
        private let started = DispatchSemaphore(value: 0)
        private let finish = DispatchSemaphore(value: 0)
        private let done = DispatchSemaphore(value: 0)

        init(_ budget: MemoryBudget, bytes: Int) {
            Thread.detachNewThread { [started, finish, done] in
                _ = budget.withReservation(of: bytes) {
                    started.signal()
                    finish.wait()
                }
                done.signal()
            }
            started.wait()
        }

        func release() {
            finish.signal()
            done.wait()
        }
    }

    /// About `bytes` of realistic text.
    static func article(bytes: Int) -> String {
        let paragraph = "Munich: NATO Secretary-General Jens Stoltenberg said on Saturday he had written to Lavrov. "
        return String(String(repeating: paragraph, count: bytes / paragraph.utf8.count + 1).utf8.prefix(bytes))!
    }

    func post(_ path: String, _ body: String, contentType: String) async throws -> (Int, String, HTTPURLResponse) {
        try await Self.post(base: live.base, path, body, contentType: contentType)
    }

    static func post(base: String, _ path: String, _ body: String, contentType: String) async throws -> (Int, String, HTTPURLResponse) {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = "POST"
        request.timeoutInterval = 30
        request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        let (data, response) = try await URLSession.shared.upload(for: request, from: Data(body.utf8))
        let http = try #require(response as? HTTPURLResponse)
        return (http.statusCode, String(decoding: data, as: UTF8.self), http)
    }

    func analyze(_ text: String) async throws -> (Int, String, HTTPURLResponse) {
        try await post("/v1/analyze", text, contentType: "text/plain; charset=utf-8")
    }

    @Test func anAnalysisBeyondTheBudgetGets503WithRetryAfterAndTheLimit() async throws {
        let holder = Holder(live.memory, bytes: 200_000)
        // 10,000 bytes need 320,000 and only 200,000 are free; 1,000 bytes need 32,000 and fit.
        let (status, body, response) = try await analyze(Self.article(bytes: 10_000))
        let (small, _, _) = try await analyze(Self.article(bytes: 1000))
        holder.release()
        #expect(status == 503)
        #expect(response.value(forHTTPHeaderField: "Retry-After") == "1")
        #expect(body.contains(#""code":"memory_budget_exhausted""#))
        #expect(body.contains("LEDE_MEMORY_BUDGET"), "\(body)")
        #expect(small == 200, "a small article fits beside the held budget")
        #expect(live.memory.inUse == 0)
        // Released: the same article is analysed now.
        let (after, _, _) = try await analyze(Self.article(bytes: 10_000))
        #expect(after == 200)
        #expect(live.memory.inUse == 0)
    }

    @Test func concurrentLargeAnalysesBeyondTheBudgetAreRefusedThenTheBudgetIsWhole() async throws {
        // Each needs 320 kB of the 400 kB: at most one runs at a time, and at once most are refused.
        let text = Self.article(bytes: 10_000)
        let base = live.base
        let answers = try await withThrowingTaskGroup(of: (Int, String?).self) { group in
            for _ in 0..<12 {
                group.addTask {
                    let (status, _, response) = try await Self.post(base: base, "/v1/analyze", text, contentType: "text/plain")
                    return (status, response.value(forHTTPHeaderField: "Retry-After"))
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(answers.allSatisfy { $0.0 == 200 || ($0.0 == 503 && $0.1 == "1") }, "\(answers)")
        #expect(answers.contains { $0.0 == 200 })
        #expect(live.memory.inUse == 0)
        let (after, _, _) = try await analyze(text)
        #expect(after == 200)
    }

    @Test func anArticleLargerThanTheWholeBudgetIs413NamingIt() async throws {
        let (status, body, response) = try await analyze(Self.article(bytes: 20_000))
        #expect(status == 413)
        #expect(response.value(forHTTPHeaderField: "Retry-After") == nil, "retrying never helps")
        #expect(body.contains("LEDE_MEMORY_BUDGET"), "\(body)")
        #expect(live.memory.inUse == 0)
    }

    @Test func batchLinesCountAgainstTheBudget() async throws {
        let large = #"{"id": "large", "text": "\#(Self.article(bytes: 9000))"}"#
        let small = #"{"id": "small", "text": "Rain in Oslo."}"#
        let body = [large, small, large].joined(separator: "\n") + "\n"
        let holder = Holder(live.memory, bytes: 200_000)
        let (status, held, _) = try await post("/v1/analyze/batch", body, contentType: "application/x-ndjson")
        holder.release()
        #expect(status == 200)
        let lines = held.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix(#"{"line":1,"id":"large","error":{"code":"memory_budget_exhausted""#), "\(lines[0].prefix(300))")
        #expect(lines[0].contains("LEDE_MEMORY_BUDGET"))
        #expect(lines[1].hasPrefix(#"{"id":"small","#))
        #expect(lines[2].hasPrefix(#"{"line":3,"id":"large","error""#))
        #expect(live.memory.inUse == 0)
        // Released: the same lines are analysed now (one large at a time: two together would not fit).
        let (_, free, _) = try await post("/v1/analyze/batch", [large, small].joined(separator: "\n"), contentType: "application/x-ndjson")
        #expect(free.split(separator: "\n").allSatisfy { $0.hasPrefix(#"{"id":"#) }, "\(free.prefix(300))")
        #expect(live.memory.inUse == 0)
    }

    @Test func metricsShowTheBudget() async throws {
        let (data, _) = try await URLSession.shared.data(from: URL(string: live.base + "/metrics")!)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("lede_memory_budget_bytes 400000"))
        #expect(text.contains("lede_memory_reserved_bytes 0"))
    }
}
