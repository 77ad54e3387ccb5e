import Testing

@testable import Core

@Suite struct LineShapeTests {
    /// Stopping at the first lower-case word that is not a small word must tell exactly the lines
    /// that have one, and leave the shape of the others whole.
    @Test func stoppingAtALowercaseWordKeepsTheShapeOfLinesWithoutOne() {
        let words = ["Harbor", "OPENS", "of", "the", "quietly", "A", "1999", "\u{201C}Night", "Bay,", "Ends:", "vs.", "é", "—"]
        var random = SplitMix64(state: 11)
        for _ in 0..<2000 {
            let count = Int.random(in: 1...8, using: &random)
            let line = (0..<count).map { _ in words[Int.random(in: 0..<words.count, using: &random)] }.joined(separator: " ")
            let bytes = Array(line.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                let whole = LineShape(buffer, 0..<bytes.count)
                let stopped = LineShape(buffer, 0..<bytes.count, stoppingAtLowercaseWord: true)
                #expect((stopped.lowercase > 0) == (whole.lowercase > 0), "\(line)")
                guard whole.lowercase == 0 else { return }
                #expect(stopped.words == whole.words && stopped.capitalized == whole.capitalized, "\(line)")
                #expect(stopped.hasLetter == whole.hasLetter && stopped.hasDigit == whole.hasDigit, "\(line)")
                #expect(stopped.isAllCaps == whole.isAllCaps && stopped.isTitleCase == whole.isTitleCase, "\(line)")
                #expect(stopped.commas == whole.commas && stopped.hasInnerColon == whole.hasInnerColon, "\(line)")
                #expect(stopped.lastMark == whole.lastMark, "\(line)")
            }
        }
    }
}
