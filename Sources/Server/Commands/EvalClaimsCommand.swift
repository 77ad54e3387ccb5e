import ArgumentParser
import Core
import Foundation
import Models
import Training

struct EvalClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Check-worthiness against sentence-level gold (JSONL: id, text, label), as eval/score_claims.py scores it.",
        discussion: """
            Each gold sentence is analysed as its own document; its score is the highest checkworthiness \
            among its claims (0 with none). Prints ROC AUC, average precision and P/R/F1 at 0.5, and the \
            mean average precision over debates when lines carry a "debate" field.
            """
    )

    @Argument(help: "Gold JSONL file, one {\"id\",\"text\",\"label\"} per line.")
    var gold: String

    func run() throws {
        let analyzer = try BundledModels.analyzer()
        guard let data = FileManager.default.contents(atPath: gold) else {
            throw ValidationError("Cannot read \(gold): check the path.")
        }
        var scores: [Double] = []
        var labels: [Bool] = []
        var debates: [String: (scores: [Double], labels: [Bool])] = [:]
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let text = object["text"] as? String
            else { throw ValidationError("\(gold):\(number + 1) is not a JSON object with a \"text\" string.") }
            let label = ((object["label"] as? Int) ?? Int(object["label"] as? String ?? "") ?? 0) == 1
            let response = try analyzer.analyze(AnalysisRequest(text: text, language: "en"))
            let score = response.claims.map(\.checkworthiness).max() ?? 0
            scores.append(score)
            labels.append(label)
            if let debate = object["debate"] as? String {
                debates[debate, default: ([], [])].scores.append(score)
                debates[debate, default: ([], [])].labels.append(label)
            }
        }
        let metrics = ClaimMetrics(scores: scores, labels: labels)
        print("sentences \(metrics.count), positives \(metrics.positives), answered \(metrics.count)")
        if !debates.isEmpty {
            let mean =
                debates.values.map { ClaimMetrics(scores: $0.scores, labels: $0.labels).averagePrecision }
                .reduce(0, +) / Double(debates.count)
            print(String(format: "MAP over %d debates: %.3f", debates.count, mean))
        }
        print(String(format: "at 0.5: P %.3f R %.3f F1 %.3f", metrics.precision, metrics.recall, metrics.f1))
        print(String(format: "auc=%.3f ap=%.3f f1=%.3f", metrics.rocAUC, metrics.averagePrecision, metrics.f1))
    }
}
