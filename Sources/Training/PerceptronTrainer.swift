import Core

/// Trains a `PerceptronTagger` (Collins 2002): decode each sentence with the current weights,
/// move weights toward the gold labels where they differ, and return the average of the weights
/// over all steps, which generalises far better than the last weights.
public struct PerceptronTrainer {
    public struct Example: Sendable {
        /// `TaggerFeatures.perToken` features per token.
        public var features: [Int32]
        public var labels: [TaggerLabel]

        public init(features: [Int32], labels: [TaggerLabel]) {
            self.features = features
            self.labels = labels
        }
    }

    let bucketBits: Int
    private var weights: [Float]
    private var totals: [Float]
    private var stamps: [Int32]
    private var transitions: [Float]
    private var transitionTotals: [Float]
    private var transitionStamps: [Int32]
    private var step: Int32 = 1
    private let labels = TaggerLabel.count

    public init(bucketBits: Int) {
        self.bucketBits = bucketBits
        let size = (1 << bucketBits) * TaggerLabel.count
        weights = [Float](repeating: 0, count: size)
        totals = [Float](repeating: 0, count: size)
        stamps = [Int32](repeating: 0, count: size)
        transitions = PerceptronTagger.constrainedTransitions()
        transitionTotals = [Float](repeating: 0, count: transitions.count)
        transitionStamps = [Int32](repeating: 0, count: transitions.count)
    }

    /// One pass over the examples in the given order; returns how many tokens were mislabelled.
    public mutating func epoch(_ examples: [Example], order: [Int]) -> Int {
        var errors = 0
        for index in order {
            let example = examples[index]
            let count = example.labels.count
            let predicted = weights.withUnsafeBufferPointer { weights in
                transitions.withUnsafeBufferPointer { transitions in
                    example.features.withUnsafeBufferPointer { features in
                        PerceptronTagger.viterbi(count: count, transitions: transitions) { position, scores in
                            Self.emission(position, features: features, weights: weights, into: scores)
                        }
                    }
                }
            }
            for position in 0..<count where predicted[position] != example.labels[position] {
                errors += 1
                let base = position * TaggerFeatures.perToken
                for slot in 0..<TaggerFeatures.perToken {
                    let row = Int(example.features[base + slot]) * labels
                    update(row + example.labels[position].rawValue, by: 1)
                    update(row + predicted[position].rawValue, by: -1)
                }
            }
            for position in 1..<max(1, count) {
                let gold = example.labels[position - 1].rawValue * labels + example.labels[position].rawValue
                let guess = predicted[position - 1].rawValue * labels + predicted[position].rawValue
                if gold != guess {
                    updateTransition(gold, by: 1)
                    updateTransition(guess, by: -1)
                }
            }
            step += 1
        }
        return errors
    }

    /// A token's label scores under the current 17-wide weights: the first 16 labels as one vector,
    /// the 17th on its own.
    @inline(__always)
    private static func emission(
        _ position: Int, features: UnsafeBufferPointer<Int32>, weights: UnsafeBufferPointer<Float>,
        into scores: UnsafeMutableBufferPointer<Float>
    ) {
        guard let base = weights.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let labels = TaggerLabel.count
        var head = SIMD16<Float>()
        var tail: Float = 0
        let start = position * TaggerFeatures.perToken
        for slot in 0..<TaggerFeatures.perToken {
            let row = Int(features[start + slot]) * labels
            head += raw.loadUnaligned(fromByteOffset: row * MemoryLayout<Float>.stride, as: SIMD16<Float>.self)
            tail += base[row + 16]
        }
        for label in 0..<16 { scores[label] = head[label] }
        scores[16] = tail
    }

    @inline(__always)
    private mutating func update(_ index: Int, by delta: Float) {
        totals[index] += Float(step - stamps[index]) * weights[index]
        stamps[index] = step
        weights[index] += delta
    }

    private mutating func updateTransition(_ index: Int, by delta: Float) {
        guard transitions[index].isFinite else { return }
        transitionTotals[index] += Float(step - transitionStamps[index]) * transitions[index]
        transitionStamps[index] = step
        transitions[index] += delta
    }

    /// The averaged model, ready to tag.
    public func model() -> PerceptronTagger { PerceptronTagger(averaged()) }

    /// The averaged weights, to save.
    public func averaged() -> PerceptronWeights {
        var averaged = [Float](repeating: 0, count: weights.count)
        let steps = Float(step)
        for index in weights.indices {
            averaged[index] = (totals[index] + Float(step - stamps[index]) * weights[index]) / steps
        }
        var averagedTransitions = transitions
        for index in transitions.indices where transitions[index].isFinite {
            averagedTransitions[index] =
                (transitionTotals[index] + Float(step - transitionStamps[index]) * transitions[index]) / steps
        }
        return PerceptronWeights(bucketBits: bucketBits, weights: averaged, transitions: averagedTransitions)
    }
}
