import ArgumentParser
import Compression
import Core
import Foundation
import Models
import Training

struct TrainClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Train the check-worthiness model (logistic regression) from labelled sentences (JSONL: text, label).",
        discussion: """
            Keeps a seeded share of the data aside, reports 5-fold cross-validation on the rest and the \
            held-out scores, calibrates on the out-of-fold margins (Platt slope; offset so that 0.5 is the \
            threshold with the best cross-validated F1) and writes the pruned model. Deterministic for the \
            same file, seed and options.
            """
    )

    @Argument(help: "JSONL file, one {\"id\",\"text\",\"label\"} per line (label 1 = check-worthy).")
    var data: String

    @Option(help: "Share of sentences kept aside for the held-out report.")
    var holdout: Double = 0.2

    @Option(help: "Cross-validation folds on the training part (0 or 1: none).")
    var folds: Int = 5

    @Option(help: "Seed for the split and the example order.")
    var seed: UInt64 = 2026

    @Option(help: "log2 of the number of hashed feature buckets.")
    var bucketBits: Int = 18

    @Option(help: "Weights kept in the written model (largest by magnitude).")
    var keep: Int = 20000

    @Option(help: "Passes over the training data.")
    var epochs: Int = 20

    @Option(help: "AdaGrad base learning rate.")
    var learningRate: Float = 0.05

    @Option(help: "L2 penalty per update.")
    var l2: Float = 1e-4

    @Option(help: "Where to write the gzip-compressed model.")
    var out: String = "Sources/Models/Resources/claims.model.gz"

    @Option(help: "Also write the held-out sentences here (JSONL), to score with `lede eval claims`.")
    var writeHoldout: String?

    func run() throws {
        let rows = try Self.load(data)
        log("\(data): \(rows.count) sentences, \(rows.filter(\.label).count) check-worthy")
        var random = SeededGenerator(seed: seed)
        var order = Array(rows.indices)
        order.shuffle(using: &random)
        let heldCount = Int((Double(rows.count) * holdout).rounded())
        let held = Array(order.prefix(heldCount))
        let training = Array(order.dropFirst(heldCount))

        let recognizer = try BundledModels.entityRecognizer()
        // Sentences are parsed as the analyzer parses them, so the parse features and the
        // entities the model learns from are the ones it will see.
        let syntax = SyntaxAnnotator(model: try BundledModels.syntaxModel())
        let features = ClaimFeatures(bucketBits: bucketBits)
        var buffer = ClaimFeatures.Buffer()
        let started = Date()
        let examples: [ClaimModelTrainer.Example] = rows.map { row in
            var document = TextReader().read(row.text)
            syntax.annotate(&document)
            let mentions = recognizer.recognize(document)
            features.extract(document: document, mentions: mentions, into: &buffer)
            return ClaimModelTrainer.Example(indices: buffer.indices, values: buffer.values, label: row.label)
        }
        log(String(format: "features: %.1f s", Date().timeIntervalSince(started)))
        let trainer = ClaimModelTrainer(bucketBits: bucketBits, epochs: epochs, learningRate: learningRate, l2: l2)

        // Cross-validation: out-of-fold margins for the report and for calibration.
        var slope: Float = 1
        var offset: Float = 0
        if folds > 1 {
            var margins = [Float](repeating: 0, count: training.count)
            for fold in 0..<folds {
                let test = training.indices.filter { $0 % folds == fold }
                let train = training.indices.filter { $0 % folds != fold }.map { training[$0] }
                var foldRandom = SeededGenerator(seed: seed &+ UInt64(fold + 1))
                let model = try trainer.trainCompact(examples, subset: train, keep: keep, using: &foldRandom).pruned(keep: keep)
                for position in test { margins[position] = model.margin(Self.buffer(examples[training[position]])) }
                let scores = test.map { Double(1 / (1 + exp(-margins[$0]))) }
                let metrics = ClaimMetrics(scores: scores, labels: test.map { examples[training[$0]].label })
                log("fold \(fold + 1): \(Self.describe(metrics))")
            }
            let labels = training.map { examples[$0].label }
            (slope, _) = ClaimModelTrainer.plattScaling(margins: margins, labels: labels)
            let threshold = Self.bestF1Threshold(margins: margins, labels: labels)
            offset = -slope * threshold
            let calibrated = margins.map { Double(1 / (1 + exp(-(slope * $0 + offset)))) }
            log("cross-validation (\(folds) folds, calibrated): \(Self.describe(ClaimMetrics(scores: calibrated, labels: labels)))")
            log(String(format: "calibration: slope %.4f, offset %.4f (threshold margin %.4f)", slope, offset, threshold))
        }

        var finalRandom = SeededGenerator(seed: seed)
        let model = try trainer.trainCompact(examples, subset: training, keep: keep, using: &finalRandom)
            .calibrated(slope: slope, offset: offset).pruned(keep: keep)
        if !held.isEmpty {
            let scores = held.map { model.probability(margin: model.margin(Self.buffer(examples[$0]))) }
            log(
                "held-out (\(held.count) sentences, whole-sentence features): "
                    + Self.describe(ClaimMetrics(scores: scores, labels: held.map { examples[$0].label })))
            // The whole analysis, as `lede eval claims` runs it: clauses, quotes and the reporting threshold.
            let analyzer = Analyzer(syntax: syntax, recognizer: recognizer, claimExtractor: ClaimExtractor(scorer: model))
            let pipeline = try held.map { index in
                try analyzer.analyze(AnalysisRequest(text: rows[index].text, language: "en")).claims
                    .map(\.checkworthiness).max() ?? 0
            }
            let labels = held.map { examples[$0].label }
            log("held-out (best clause, as `lede eval claims`): " + Self.describe(ClaimMetrics(scores: pipeline, labels: labels)))
            log(Self.reliability(scores: pipeline, labels: labels))
        }
        if let writeHoldout {
            var lines = ""
            for index in held.sorted() { lines += rows[index].line + "\n" }
            try Data(lines.utf8).write(to: URL(fileURLWithPath: writeHoldout))
            log("wrote \(writeHoldout) (\(held.count) held-out sentences)")
        }
        let bytes = Gzip.compress(model.serialized(keep: keep), level: 9)
        try Data(bytes).write(to: URL(fileURLWithPath: out))
        log("wrote \(out) (\(bytes.count) bytes, \(keep) weights at most)")
    }

    struct Row {
        var text: String
        var label: Bool
        var line: String
    }

    static func load(_ path: String) throws -> [Row] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("Cannot read \(path): check the path.")
        }
        var rows: [Row] = []
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let text = object["text"] as? String
            else { throw ValidationError("\(path):\(number + 1) is not a JSON object with a \"text\" string.") }
            let label = (object["label"] as? Int) ?? Int(object["label"] as? String ?? "") ?? 0
            rows.append(Row(text: text, label: label == 1, line: String(line)))
        }
        return rows
    }

    static func buffer(_ example: ClaimModelTrainer.Example) -> ClaimFeatures.Buffer {
        var buffer = ClaimFeatures.Buffer()
        buffer.indices = example.indices
        buffer.values = example.values
        return buffer
    }

    /// The margin at which "score ≥ threshold" gives the best F1 on the out-of-fold margins.
    ///
    /// F1 is flat near its top, so the single best cut moves with noise: the threshold is the
    /// median of every cut within half a point of the best, which new data shifts far less.
    static func bestF1Threshold(margins: [Float], labels: [Bool], tolerance: Double = 0.005) -> Float {
        let order = margins.indices.sorted { margins[$0] > margins[$1] }
        let positives = labels.filter { $0 }.count
        var truePositives = 0
        var cuts: [(f1: Double, threshold: Float)] = []
        for (rank, index) in order.enumerated() {
            if labels[index] { truePositives += 1 }
            // Only between distinct margins, so the threshold is reachable.
            if rank + 1 < order.count, margins[order[rank + 1]] == margins[index] { continue }
            let f1 = 2 * Double(truePositives) / Double(rank + 1 + positives)
            let next = rank + 1 < order.count ? margins[order[rank + 1]] : margins[index] - 1
            cuts.append((f1, (margins[index] + next) / 2))
        }
        let best = cuts.map(\.f1).max() ?? 0
        let near = cuts.filter { $0.f1 >= best - tolerance }.map(\.threshold).sorted()
        return near.isEmpty ? 0 : near[near.count / 2]
    }

    /// A reliability table: for each tenth of the score range, how many sentences scored there
    /// and what share of them is check-worthy (a calibrated model's share lies inside its tenth).
    static func reliability(scores: [Double], labels: [Bool]) -> String {
        var lines = ["reliability (held-out, best clause): score | sentences | check-worthy share"]
        for bin in 0..<10 {
            let low = Double(bin) / 10
            let members = scores.indices.filter { scores[$0] >= low && (scores[$0] < low + 0.1 || bin == 9) }
            let share = members.isEmpty ? 0 : Double(members.filter { labels[$0] }.count) / Double(members.count)
            lines.append(String(format: "  %.1f–%.1f | %5d | %.3f", low, low + 0.1, members.count, share))
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ metrics: ClaimMetrics) -> String {
        String(
            format: "AUC %.4f  AP %.4f  P %.3f R %.3f F1@0.5 %.4f", metrics.rocAUC, metrics.averagePrecision,
            metrics.precision, metrics.recall, metrics.f1)
    }

    private func log(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
