import Testing

@testable import Core

@Suite struct EditDistanceTests {
    /// The whole dynamic-programming table, as the textbook has it.
    private static func reference(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    @Test func agreesWithTheFullTableWithinTheLimit() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let a = (0..<Int.random(in: 0...10, using: &generator)).map { _ in UInt8.random(in: 97...100, using: &generator) }
            let b = (0..<Int.random(in: 0...10, using: &generator)).map { _ in UInt8.random(in: 97...100, using: &generator) }
            let limit = Int.random(in: 0...4, using: &generator)
            let expected = Self.reference(a, b)
            let found = EditDistance.bounded(a, b, limit: limit)
            #expect(found == min(expected, limit + 1), "\(a) \(b) limit \(limit)")
        }
    }

    @Test func knownPairs() {
        #expect(EditDistance.bounded(Array("scholz".utf8), Array("schultz".utf8), limit: 2) == 2)
        #expect(EditDistance.bounded(Array("stoltenberg".utf8), Array("schultz".utf8), limit: 2) == 3)
        #expect(EditDistance.bounded(Array("kitten"), Array("sitting"), limit: 5) == 3)
        #expect(EditDistance.bounded(Array(""), Array("abc"), limit: 5) == 3)
        #expect(EditDistance.bounded(Array("abc"), Array(""), limit: 1) == 2)
        #expect(EditDistance.bounded(Array("Müller"), Array("Muller"), limit: 2) == 1)
    }

    @Test func hostileLengthsStayLinear() {
        let long = [UInt8](repeating: UInt8(ascii: "a"), count: 200_000)
        var changed = long
        changed[100_000] = UInt8(ascii: "b")
        #expect(EditDistance.bounded(long, changed, limit: 2) == 1)
        #expect(EditDistance.bounded(long, long.dropLast(2), limit: 2) == 2)
        #expect(EditDistance.bounded(long, [UInt8](repeating: UInt8(ascii: "b"), count: 200_000), limit: 2) == 3)
    }
}
