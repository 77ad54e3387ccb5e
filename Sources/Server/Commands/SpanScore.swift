import ArgumentParser
import Compression
import Core
import Foundation

/// Exact-span precision, recall and F1 per type, as the project's scorers count them.
struct SpanScore {
    struct Key: Hashable {
        let start: Int, end: Int, type: String
        init(_ range: Range<Int>, _ type: TaggerType) {
            start = range.lowerBound
            end = range.upperBound
            self.type = type.name
        }
        init(start: Int, end: Int, type: String) {
            self.start = start
            self.end = end
            self.type = type
        }
    }

    var truePositives: [String: Int] = [:]
    var falsePositives: [String: Int] = [:]
    var falseNegatives: [String: Int] = [:]

    mutating func add(gold: [Key], system: [Key]) {
        let goldSet = Set(gold)
        let systemSet = Set(system)
        for key in systemSet {
            if goldSet.contains(key) { truePositives[key.type, default: 0] += 1 } else { falsePositives[key.type, default: 0] += 1 }
        }
        for key in goldSet.subtracting(systemSet) { falseNegatives[key.type, default: 0] += 1 }
    }

    static func prf(_ tp: Int, _ fp: Int, _ fn: Int) -> (p: Double, r: Double, f: Double) {
        let p = tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0
        let r = tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
    }

    var f1: Double {
        Self.prf(truePositives.values.reduce(0, +), falsePositives.values.reduce(0, +), falseNegatives.values.reduce(0, +)).f
    }

    var report: String {
        let types = Set(truePositives.keys).union(falsePositives.keys).union(falseNegatives.keys).sorted()
        var lines = types.map { type in
            let (p, r, f) = Self.prf(truePositives[type] ?? 0, falsePositives[type] ?? 0, falseNegatives[type] ?? 0)
            return String(format: "%@ p=%.3f r=%.3f f1=%.3f", type, p, r, f)
        }
        let (p, r, f) = Self.prf(
            truePositives.values.reduce(0, +), falsePositives.values.reduce(0, +), falseNegatives.values.reduce(0, +))
        lines.append(String(format: "f1=%.4f p=%.4f r=%.4f", f, p, r))
        return lines.joined(separator: "\n")
    }
}
