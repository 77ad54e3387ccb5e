import Testing

@testable import Core

@Suite struct StageTimingsTests {
    @Test func timesAndWordsAddUp() {
        var total = StageTimings()
        var one = StageTimings()
        _ = one.measure(.claims) { (0..<10_000).reduce(0, &+) }
        one.count(wordsOf: read("Two words."))
        #expect(one.nanoseconds(.claims) > 0)
        total.add(one)
        total.add(one)
        #expect(total.words == 4)
        #expect(total.nanoseconds(.claims) == 2 * one.nanoseconds(.claims))
        #expect(total.nanoseconds(.text) == 0)
    }

    @Test func disabledTimingsRecordNothing() {
        var timings = StageTimings(enabled: false)
        _ = timings.measure(.entities) { (0..<10_000).reduce(0, &+) }
        timings.count(wordsOf: read("Two words."))
        #expect(timings.nanoseconds(.entities) == 0)
        #expect(timings.words == 0)
    }

    @Test func everyStageHasItsOwnSlot() {
        let ordinals = StageTimings.Stage.allCases.map(\.ordinal)
        #expect(Set(ordinals).count == StageTimings.Stage.allCases.count)
        #expect(ordinals.allSatisfy { (0..<8).contains($0) })  // InlineArray<8, UInt64>
    }

    @Test func analyzerCountsTheWordsOfTheBody() throws {
        var timings = StageTimings()
        _ = try Analyzer().analyze(AnalysisRequest(text: "Headline here\n\nThe body has six words here."), timings: &timings)
        #expect(timings.words == 8)
        #expect(timings.nanoseconds(.text) > 0)
    }
}
