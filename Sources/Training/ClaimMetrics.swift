import Core

/// Ranking and threshold measures of check-worthiness scores, computed exactly as the
/// project's `eval/score_claims.py` does (ties share the average rank in ROC AUC).
public struct ClaimMetrics: Sendable, Equatable {
    public var rocAUC: Double
    public var averagePrecision: Double
    public var precision: Double
    public var recall: Double
    public var f1: Double
    public var count: Int
    public var positives: Int

    public init(scores: [Double], labels: [Bool], threshold: Double = 0.5) {
        count = scores.count
        positives = labels.filter { $0 }.count
        let negatives = count - positives
        // ROC AUC by rank sum.
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var rankSum = 0.0
        var start = 0
        while start < order.count {
            var end = start
            while end < order.count, scores[order[end]] == scores[order[start]] { end += 1 }
            let rank = Double(start + end + 1) / 2
            for position in start..<end where labels[order[position]] { rankSum += rank }
            start = end
        }
        rocAUC =
            positives > 0 && negatives > 0
            ? (rankSum - Double(positives * (positives + 1)) / 2) / Double(positives * negatives) : 0
        // Average precision over the ranking by descending score (stable, like Python's sort).
        let ranked = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        var hits = 0
        var total = 0.0
        for (position, index) in ranked.enumerated() where labels[index] {
            hits += 1
            total += Double(hits) / Double(position + 1)
        }
        averagePrecision = positives > 0 ? total / Double(positives) : 0
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        for index in scores.indices {
            let predicted = scores[index] >= threshold
            if predicted && labels[index] { truePositives += 1 }
            if predicted && !labels[index] { falsePositives += 1 }
            if !predicted && labels[index] { falseNegatives += 1 }
        }
        precision = truePositives + falsePositives > 0 ? Double(truePositives) / Double(truePositives + falsePositives) : 0
        recall = truePositives + falseNegatives > 0 ? Double(truePositives) / Double(truePositives + falseNegatives) : 0
        f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
}
