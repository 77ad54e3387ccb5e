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
    package static func constrainedTransitions() -> [Float] {
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
        var labels: [TaggerLabel] = []
        decode(features: features, count: count, into: &labels)
        return labels
    }

    /// The same labels, written over `labels` (kept from sentence to sentence by the caller).
    func decode(features: UnsafeBufferPointer<Int32>, count: Int, into labels: inout [TaggerLabel]) {
        let width = TaggerFeatures.perToken
        guard features.count >= count * width else {
            labels = [TaggerLabel](repeating: .outside, count: count)
            return
        }
        let emissions = emissions
        withUnsafeTemporaryAllocation(of: SIMD16<Float>.self, capacity: count) { sums in
            // Every position's sum before the lattice: the rows lie scattered over a table larger
            // than the caches, and loads that wait on no lattice step can all be in flight at once.
            for position in 0..<count {
                var sum = SIMD16<Float>()
                let start = position &* width
                for slot in 0..<width { sum += emissions[features[start &+ slot]] }
                sums[position] = sum
            }
            transitions.withUnsafeBufferPointer { transitions in
                Self.viterbi(count: count, transitions: transitions, into: &labels) { position, scores in
                    let sum = sums[position]
                    scores[0] = 0
                    for label in 0..<16 { scores[label &+ 1] = sum[label] }
                }
            }
        }
    }

    /// Which labels may start and end a sentence (B, U and O; L, U and O).
    struct Lattice {
        var canStart: [Bool] = []
        var canEnd: [Bool] = []

        init() {
            for label in 0..<PerceptronTagger.labels {
                canStart.append(TaggerLabel(rawValue: label).canStart)
                canEnd.append(TaggerLabel(rawValue: label).canEnd)
            }
        }
    }

    static let lattice = Lattice()

    /// BILOU's shape, which the position loop is written for (a test checks it against
    /// `TaggerLabel.allows`): O, B-x and U-x follow only O, L-y or U-y; I-x and L-x follow only
    /// B-x or I-x. So the 8 B and U labels take their best predecessor from the same 9 labels,
    /// and do it as one vector.
    enum Shape {
        /// O, then L and U of each type: in increasing order, as ties go to the first.
        static let boundaryPredecessors = [0, 3, 4, 7, 8, 11, 12, 15, 16]
        /// B of each type, then U of each type: the lanes of the vector.
        static let boundaryLabels = [1, 5, 9, 13, 4, 8, 12, 16]
    }

    /// The best label sequence, given each position's label scores (`emission` fills
    /// `TaggerLabel.count` of them) and the transition scores. Ties go to the first predecessor
    /// in label order.
    package static func viterbi(
        count: Int, transitions: UnsafeBufferPointer<Float>,
        emission: (Int, UnsafeMutableBufferPointer<Float>) -> Void
    ) -> [TaggerLabel] {
        var path: [TaggerLabel] = []
        viterbi(count: count, transitions: transitions, into: &path, emission: emission)
        return path
    }

    /// `viterbi(count:transitions:emission:)` writing the path over `path`.
    package static func viterbi(
        count: Int, transitions: UnsafeBufferPointer<Float>, into path: inout [TaggerLabel],
        emission: (Int, UnsafeMutableBufferPointer<Float>) -> Void
    ) {
        path.removeAll(keepingCapacity: true)
        guard count > 0, transitions.count == labels * labels else { return }
        let lattice = Self.lattice
        let predecessorList = Shape.boundaryPredecessors
        let laneList = Shape.boundaryLabels
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count * labels) { back in
            withUnsafeTemporaryAllocation(of: SIMD8<Float>.self, capacity: predecessorList.count) { rows in
                withUnsafeTemporaryAllocation(of: Float.self, capacity: 4 * labels) { scratch in
                    // For each boundary predecessor: its transitions to the B and U lanes, and to O.
                    let toOutside = UnsafeMutableBufferPointer(rebasing: scratch[(3 * labels)...])
                    for (index, from) in predecessorList.enumerated() {
                        var row = SIMD8<Float>()
                        for lane in 0..<8 { row[lane] = transitions[from * labels + laneList[lane]] }
                        rows[index] = row
                        toOutside[index] = transitions[from * labels]
                    }
                    var previous = UnsafeMutableBufferPointer(rebasing: scratch[0..<labels])
                    var current = UnsafeMutableBufferPointer(rebasing: scratch[labels..<(2 * labels)])
                    let scores = UnsafeMutableBufferPointer(rebasing: scratch[(2 * labels)..<(3 * labels)])
                    emission(0, scores)
                    for label in 0..<labels { previous[label] = lattice.canStart[label] ? scores[label] : -.infinity }
                    predecessorList.withUnsafeBufferPointer { predecessors in
                        laneList.withUnsafeBufferPointer { lanes in
                            for position in 1..<count {
                                emission(position, scores)
                                let row = position &* labels
                                var best = SIMD8<Float>(repeating: -.infinity)
                                var bestFrom = SIMD8<Int32>()
                                var bestOutside: Float = -.infinity
                                var outsideFrom = 0
                                for index in 0..<predecessors.count {
                                    let from = predecessors[index]
                                    let score = previous[from]
                                    let candidate = SIMD8(repeating: score) + rows[index]
                                    let better = candidate .> best
                                    best.replace(with: candidate, where: better)
                                    bestFrom.replace(with: Int32(truncatingIfNeeded: from), where: better)
                                    let outside = score + toOutside[index]
                                    if outside > bestOutside {
                                        bestOutside = outside
                                        outsideFrom = from
                                    }
                                }
                                current[0] = bestOutside + scores[0]
                                back[row] = UInt8(truncatingIfNeeded: outsideFrom)
                                for lane in 0..<8 {
                                    let label = lanes[lane]
                                    current[label] = best[lane] + scores[label]
                                    back[row &+ label] = UInt8(truncatingIfNeeded: bestFrom[lane])
                                }
                                // I-x and L-x: from B-x or I-x.
                                for type in 0..<4 {
                                    let begin = 1 &+ 4 &* type
                                    let inside = begin &+ 1
                                    for label in inside...(inside &+ 1) {
                                        var bestScore: Float = -.infinity
                                        var from = 0
                                        let viaBegin = previous[begin] + transitions[begin &* labels &+ label]
                                        if viaBegin > bestScore {
                                            bestScore = viaBegin
                                            from = begin
                                        }
                                        let viaInside = previous[inside] + transitions[inside &* labels &+ label]
                                        if viaInside > bestScore {
                                            bestScore = viaInside
                                            from = inside
                                        }
                                        current[label] = bestScore + scores[label]
                                        back[row &+ label] = UInt8(truncatingIfNeeded: from)
                                    }
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
                    path.append(contentsOf: repeatElement(.outside, count: count))
                    for position in stride(from: count - 1, to: 0, by: -1) {
                        path[position] = TaggerLabel(rawValue: label)
                        label = Int(back[position &* labels &+ label])
                    }
                    path[0] = TaggerLabel(rawValue: label)
                }
            }
        }
    }
}
