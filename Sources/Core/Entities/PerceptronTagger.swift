/// A structured perceptron over BILOU labels: hashed feature weights plus label-transition
/// weights, decoded with Viterbi so that every output is a well-formed span sequence.
public struct PerceptronTagger: Sendable {
    public let features: TaggerFeatures
    /// `buckets × TaggerLabel.count`, row-major.
    let weights: [Float]
    /// `from × to`, with impossible BILOU transitions at -infinity.
    let transitions: [Float]
    static let labels = TaggerLabel.count

    public init(bucketBits: Int, weights: [Float], transitions: [Float]) {
        self.features = TaggerFeatures(bucketBits: bucketBits)
        self.weights = weights
        self.transitions = transitions
    }

    /// Transition scores that forbid invalid BILOU sequences, for a fresh model.
    static func constrainedTransitions() -> [Float] {
        var table = [Float](repeating: 0, count: labels * labels)
        for from in 0..<labels {
            for to in 0..<labels where !TaggerLabel(rawValue: from).allows(TaggerLabel(rawValue: to)) {
                table[from * labels + to] = -.infinity
            }
        }
        return table
    }

    /// The best label for each token, given its hashed features (`TaggerFeatures.perToken` per token).
    public func decode(features: UnsafeBufferPointer<Int32>, count: Int) -> [TaggerLabel] {
        weights.withUnsafeBufferPointer { weights in
            transitions.withUnsafeBufferPointer { transitions in
                Self.viterbi(features: features, count: count, weights: weights, transitions: transitions)
            }
        }
    }

    /// For each label, the labels that may precede it: BILOU allows 97 of the 289 pairs, so
    /// Viterbi only looks at those.
    static let predecessors: [[Int]] = (0..<labels).map { to in
        (0..<labels).filter { TaggerLabel(rawValue: $0).allows(TaggerLabel(rawValue: to)) }
    }

    static func viterbi(
        features: UnsafeBufferPointer<Int32>, count: Int, weights: UnsafeBufferPointer<Float>,
        transitions: UnsafeBufferPointer<Float>
    ) -> [TaggerLabel] {
        guard count > 0, let base = weights.baseAddress else { return [] }
        let width = TaggerFeatures.perToken
        let predecessors = Self.predecessors
        var scores = [Float](repeating: 0, count: count * labels)
        var back = [UInt8](repeating: 0, count: count * labels)
        var emission = [Float](repeating: 0, count: labels)
        let raw = UnsafeRawPointer(base)
        for position in 0..<count {
            // Sum each feature's row: the first 16 labels as one vector, the 17th on its own.
            var head = SIMD16<Float>()
            var tail: Float = 0
            let start = position * width
            for slot in 0..<width {
                let row = Int(features[start + slot]) * labels
                head += raw.loadUnaligned(fromByteOffset: row * MemoryLayout<Float>.stride, as: SIMD16<Float>.self)
                tail += base[row + 16]
            }
            for label in 0..<16 { emission[label] = head[label] }
            emission[16] = tail
            if position == 0 {
                for label in 0..<labels {
                    scores[label] = TaggerLabel(rawValue: label).canStart ? emission[label] : -.infinity
                }
                continue
            }
            let previous = (position - 1) * labels
            for label in 0..<labels {
                var best: Float = -.infinity
                var bestFrom = 0
                for from in predecessors[label] {
                    let score = scores[previous + from] + transitions[from * labels + label]
                    if score > best {
                        best = score
                        bestFrom = from
                    }
                }
                scores[position * labels + label] = best + emission[label]
                back[position * labels + label] = UInt8(bestFrom)
            }
        }
        var best: Float = -.infinity
        var label = 0
        let last = (count - 1) * labels
        for candidate in 0..<labels where TaggerLabel(rawValue: candidate).canEnd && scores[last + candidate] > best {
            best = scores[last + candidate]
            label = candidate
        }
        var path = [TaggerLabel](repeating: .outside, count: count)
        for position in stride(from: count - 1, through: 0, by: -1) {
            path[position] = TaggerLabel(rawValue: label)
            label = Int(back[position * labels + label])
        }
        return path
    }
}
