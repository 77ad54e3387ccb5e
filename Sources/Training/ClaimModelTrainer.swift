import Core
import Foundation

/// Trains the check-worthiness model: L2-regularised logistic regression with AdaGrad steps and
/// class weights that balance the rarer check-worthy class, deterministic for a given order.
public struct ClaimModelTrainer: Sendable {
    public struct Example: Sendable {
        public var indices: [Int32]
        public var values: [Float]
        public var label: Bool

        public init(indices: [Int32], values: [Float], label: Bool) {
            self.indices = indices
            self.values = values
            self.label = label
        }
    }

    public var bucketBits: Int
    public var epochs: Int
    public var learningRate: Float
    public var l2: Float

    public init(bucketBits: Int = 18, epochs: Int = 12, learningRate: Float = 0.2, l2: Float = 1e-6) {
        self.bucketBits = bucketBits
        self.epochs = epochs
        self.learningRate = learningRate
        self.l2 = l2
    }

    /// Trains, keeps the `keep` most useful buckets (|weight| × √(examples using it)), and trains
    /// again on those alone: pruning a trained model outright loses the many small weights that
    /// add up, refitting lets the kept ones absorb them.
    public func trainCompact(
        _ examples: [Example], subset: [Int], keep: Int, using random: inout some RandomNumberGenerator
    ) -> ClaimScorer {
        let full = train(examples, subset: subset, using: &random)
        let size = 1 << bucketBits
        guard keep < size else { return full }
        var frequency = [Float](repeating: 0, count: size)
        for exampleIndex in subset {
            for bucket in examples[exampleIndex].indices { frequency[Int(bucket)] += 1 }
        }
        let importance = (0..<size).map { abs(full.weights[$0]) * frequency[$0].squareRoot() }
        var order = (0..<size).filter { importance[$0] > 0 }
        order.sort { importance[$0] != importance[$1] ? importance[$0] > importance[$1] : $0 < $1 }
        var allowed = [Bool](repeating: false, count: size)
        for bucket in order.prefix(keep) { allowed[bucket] = true }
        return train(examples, subset: subset, allowed: allowed, using: &random)
    }

    /// An uncalibrated model (slope 1, offset 0) trained on `examples[subset]`, using only the
    /// buckets marked in `allowed` when given.
    public func train(
        _ examples: [Example], subset: [Int], allowed: [Bool]? = nil, using random: inout some RandomNumberGenerator
    ) -> ClaimScorer {
        let size = 1 << bucketBits
        var weights = [Float](repeating: 0, count: size)
        var squares = [Float](repeating: 1e-6, count: size)
        var bias: Float = 0
        var biasSquares: Float = 1e-6
        let positives = subset.reduce(0) { $0 + (examples[$1].label ? 1 : 0) }
        let negatives = subset.count - positives
        // Each class carries half the total weight, so 0.5 separates them rather than the prior.
        let positiveWeight = Float(subset.count) / Float(2 * max(1, positives))
        let negativeWeight = Float(subset.count) / Float(2 * max(1, negatives))
        var order = subset
        for _ in 0..<epochs {
            order.shuffle(using: &random)
            for exampleIndex in order {
                let example = examples[exampleIndex]
                var margin = bias
                for index in example.indices.indices { margin += weights[Int(example.indices[index])] * example.values[index] }
                // Disallowed buckets stay at zero, so they add nothing to the margin.
                let probability = 1 / (1 + exp(-Double(margin)))
                let target: Float = example.label ? 1 : 0
                let gradient = (Float(probability) - target) * (example.label ? positiveWeight : negativeWeight)
                for index in example.indices.indices {
                    let bucket = Int(example.indices[index])
                    if let allowed, !allowed[bucket] { continue }
                    let g = gradient * example.values[index] + l2 * weights[bucket]
                    squares[bucket] += g * g
                    weights[bucket] -= learningRate * g / squares[bucket].squareRoot()
                }
                biasSquares += gradient * gradient
                bias -= learningRate * gradient / biasSquares.squareRoot()
            }
        }
        return ClaimScorer(bucketBits: bucketBits, weights: weights, bias: bias)
    }

    /// Platt scaling: slope and offset of sigmoid(slope × margin + offset) that best fit labels
    /// (each class weighted to half, as in training), by Newton steps with a backtracking line
    /// search so widely spread margins cannot make it diverge.
    public static func plattScaling(margins: [Float], labels: [Bool]) -> (slope: Float, offset: Float) {
        let positives = labels.filter { $0 }.count
        let negatives = labels.count - positives
        let positiveWeight = Double(labels.count) / Double(2 * max(1, positives))
        let negativeWeight = Double(labels.count) / Double(2 * max(1, negatives))
        func loss(_ a: Double, _ b: Double) -> Double {
            var total = 0.0
            for index in margins.indices {
                let z = a * Double(margins[index]) + b
                // log(1 + e^-z) for positives, log(1 + e^z) for negatives, computed stably.
                let signed = labels[index] ? -z : z
                let value = signed > 0 ? signed + log1p(exp(-signed)) : log1p(exp(signed))
                total += value * (labels[index] ? positiveWeight : negativeWeight)
            }
            return total
        }
        var a = 1.0
        var b = 0.0
        var current = loss(a, b)
        for _ in 0..<100 {
            var ga = 0.0
            var gb = 0.0
            var haa = 1e-9
            var hab = 0.0
            var hbb = 1e-9
            for index in margins.indices {
                let x = Double(margins[index])
                let p = 1 / (1 + exp(-(a * x + b)))
                let w = labels[index] ? positiveWeight : negativeWeight
                let d = (p - (labels[index] ? 1 : 0)) * w
                ga += d * x
                gb += d
                let s = p * (1 - p) * w
                haa += s * x * x
                hab += s * x
                hbb += s
            }
            let determinant = haa * hbb - hab * hab
            guard abs(determinant) > 1e-12 else { break }
            let stepA = (hbb * ga - hab * gb) / determinant
            let stepB = (haa * gb - hab * ga) / determinant
            var scale = 1.0
            var improved = false
            while scale > 1e-6 {
                let candidate = loss(a - scale * stepA, b - scale * stepB)
                if candidate < current {
                    a -= scale * stepA
                    b -= scale * stepB
                    improved = current - candidate > 1e-10
                    current = candidate
                    break
                }
                scale /= 2
            }
            if !improved { break }
        }
        return (Float(a), Float(b))
    }
}

extension ClaimScorer {
    /// The same weights with a new calibration.
    public func calibrated(slope: Float, offset: Float) -> ClaimScorer {
        ClaimScorer(bucketBits: features.bucketBits, weights: weights, bias: bias, slope: slope, offset: offset)
    }
}
