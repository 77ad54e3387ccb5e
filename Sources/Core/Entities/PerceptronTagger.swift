/// A structured perceptron over BILOU labels: hashed feature weights plus label-transition
/// weights, decoded with Viterbi so that every output is a well-formed span sequence.
public struct PerceptronTagger: Sendable {
    public let features: TaggerFeatures
    let emissions: EmissionTable
    /// `from × to`, with impossible BILOU transitions at -infinity.
    let transitions: [Float]
    static let labels = TaggerLabel.count

    init(features: TaggerFeatures, emissions: EmissionTable, transitions: [Float]) {
        self.features = features
        self.emissions = emissions
        self.transitions = transitions
    }

    /// A tagger from trained weights (`buckets × TaggerLabel.count`, row-major).
    public init(_ weights: PerceptronWeights) {
        let labels = Self.labels
        let emissions = EmissionTable(bucketBits: weights.bucketBits) { rows in
            for row in rows.indices {
                rows[row] = EmissionTable.row(weights.weights[(row * labels)..<((row + 1) * labels)])
            }
        }
        self.init(features: TaggerFeatures(bucketBits: weights.bucketBits), emissions: emissions, transitions: weights.transitions)
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
        let width = TaggerFeatures.perToken
        guard features.count >= count * width else { return [TaggerLabel](repeating: .outside, count: count) }
        let emissions = emissions
        return transitions.withUnsafeBufferPointer { transitions in
            Self.viterbi(count: count, transitions: transitions) { position, scores in
                var sum = SIMD16<Float>()
                let start = position &* width
                for slot in 0..<width { sum += emissions[features[start &+ slot]] }
                scores[0] = 0
                for label in 0..<16 { scores[label &+ 1] = sum[label] }
            }
        }
    }

    /// For each label, the labels that may precede it: BILOU allows 97 of the 289 pairs, so
    /// Viterbi only looks at those. `first[to]..<first[to + 1]` indexes `from`.
    struct Lattice {
        var first: [Int] = [0]
        var from: [Int] = []
        var canStart: [Bool] = []
        var canEnd: [Bool] = []

        init() {
            for to in 0..<PerceptronTagger.labels {
                from += (0..<PerceptronTagger.labels).filter { TaggerLabel(rawValue: $0).allows(TaggerLabel(rawValue: to)) }
                first.append(from.count)
                canStart.append(TaggerLabel(rawValue: to).canStart)
                canEnd.append(TaggerLabel(rawValue: to).canEnd)
            }
        }
    }

    static let lattice = Lattice()

    /// The best label sequence, given each position's label scores (`emission` fills
    /// `TaggerLabel.count` of them) and the transition scores.
    static func viterbi(
        count: Int, transitions: UnsafeBufferPointer<Float>,
        emission: (Int, UnsafeMutableBufferPointer<Float>) -> Void
    ) -> [TaggerLabel] {
        guard count > 0, transitions.count == labels * labels else { return [] }
        let lattice = Self.lattice
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count * labels) { back in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: 3 * labels + lattice.from.count) { scratch in
                // Each allowed pair's transition score, in the order the pairs are visited.
                let pairScores = UnsafeMutableBufferPointer(rebasing: scratch[(3 * labels)...])
                for to in 0..<labels {
                    for pair in lattice.first[to]..<lattice.first[to + 1] {
                        pairScores[pair] = transitions[lattice.from[pair] * labels + to]
                    }
                }
                var previous = UnsafeMutableBufferPointer(rebasing: scratch[0..<labels])
                var current = UnsafeMutableBufferPointer(rebasing: scratch[labels..<(2 * labels)])
                let scores = UnsafeMutableBufferPointer(rebasing: scratch[(2 * labels)..<(3 * labels)])
                emission(0, scores)
                for label in 0..<labels { previous[label] = lattice.canStart[label] ? scores[label] : -.infinity }
                lattice.first.withUnsafeBufferPointer { first in
                    lattice.from.withUnsafeBufferPointer { predecessors in
                        for position in 1..<count {
                            emission(position, scores)
                            let row = position &* labels
                            for label in 0..<labels {
                                var best: Float = -.infinity
                                var bestFrom = 0
                                for pair in first[label]..<first[label &+ 1] {
                                    let from = predecessors[pair]
                                    let score = previous[from] + pairScores[pair]
                                    if score > best {
                                        best = score
                                        bestFrom = from
                                    }
                                }
                                current[label] = best + scores[label]
                                back[row &+ label] = UInt8(truncatingIfNeeded: bestFrom)
                            }
                            swap(&previous, &current)
                        }
                    }
                }
                var best: Float = -.infinity
                var label = 0
                for candidate in 0..<labels where lattice.canEnd[candidate] && previous[candidate] > best {
                    best = previous[candidate]
                    label = candidate
                }
                var path = [TaggerLabel](repeating: .outside, count: count)
                for position in stride(from: count - 1, to: 0, by: -1) {
                    path[position] = TaggerLabel(rawValue: label)
                    label = Int(back[position &* labels &+ label])
                }
                path[0] = TaggerLabel(rawValue: label)
                return path
            }
        }
    }
}
