import Core
import Foundation
import Synchronization

/// Time spent in each analysis stage across all requests, for `GET /metrics`.
final class AnalysisMetrics: Sendable {
    private let totals = Mutex<(timings: StageTimings, analyses: UInt64)>((StageTimings(), 0))

    func record(_ timings: StageTimings) {
        totals.withLock { totals in
            totals.timings.add(timings)
            totals.analyses += 1
        }
    }

    func render() -> String {
        let snapshot = totals.withLock { $0 }
        var out = "# HELP lede_analysis_stage_seconds_total Time spent in each analysis stage.\n"
        out += "# TYPE lede_analysis_stage_seconds_total counter\n"
        for stage in StageTimings.Stage.allCases {
            out += "lede_analysis_stage_seconds_total{stage=\"\(stage.rawValue)\"} \(Double(snapshot.timings.nanoseconds(stage)) / 1e9)\n"
        }
        out += "# HELP lede_analyses_total Articles analysed.\n# TYPE lede_analyses_total counter\n"
        out += "lede_analyses_total \(snapshot.analyses)\n"
        out += "# HELP lede_analysed_words_total Words in analysed articles.\n# TYPE lede_analysed_words_total counter\n"
        out += "lede_analysed_words_total \(snapshot.timings.words)\n"
        out += "# HELP lede_build_info Version of the running Lede.\n# TYPE lede_build_info gauge\n"
        out += "lede_build_info{version=\"\(LedeVersion.current)\"} 1\n"
        return out
    }
}
