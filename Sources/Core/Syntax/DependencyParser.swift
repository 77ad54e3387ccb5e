/// A greedy arc-hybrid dependency parser: at each state an averaged perceptron picks the move
/// (shift, left arc, right arc), and a second one the relation of each arc as it is built.
/// Two moves per word and a fixed number of features per move, so parsing is linear in the
/// sentence's length whatever the sentence.
public struct DependencyParser: Sendable {
    /// Shift, left and right scores in three lanes of four.
    let moves: WeightTable<SIMD4<Int8>>
    /// The 48 relations' scores in three rows of sixteen and a fourth of zeros, so that a
    /// feature's weights are one cache line.
    let relations: WeightTable<SIMD16<Int8>>
    /// The feature templates' precomputed hashes.
    let features = ParserFeatures()

    /// Reusable storage for parsing many sentences on one thread.
    public struct Scratch {
        var state = ParseState()
        var items: [ParserFeatures.Item] = []
        var features = [Int32](repeating: 0, count: max(ParserFeatures.transitionCount, ParserFeatures.labelCount))
        public init() {}
    }

    /// Each word's head (an index into `words`, or -1 for the sentence's root) and relation,
    /// written over `heads` and `relations`.
    public func parse(
        _ words: UnsafeBufferPointer<SyntaxWord>, tags: UnsafeBufferPointer<PartOfSpeech>, scratch: inout Scratch,
        heads: inout [Int32], relations: inout [DependencyRelation]
    ) {
        scratch.state.reset(count: words.count)
        ParserFeatures.items(words, tags, into: &scratch.items)
        scratch.items.withUnsafeBufferPointer { items in
            scratch.features.withUnsafeMutableBufferPointer { features in
                guard let out = features.baseAddress else { return }
                while !scratch.state.isFinal {
                    let move: ParseState.Move
                    if let forced = scratch.state.onlyValidMove {
                        move = forced
                    } else {
                        self.features.transition(scratch.state, items, into: out)
                        move = Self.best(moves.sum(out, count: ParserFeatures.transitionCount), scratch.state)
                    }
                    var relation = DependencyRelation.root
                    if let (head, dependent) = scratch.state.arc(move), head < words.count {
                        self.features.label(head: head, dependent: dependent, scratch.state, items, into: out)
                        relation = bestRelation(out)
                    }
                    scratch.state.apply(move, relation: relation)
                }
            }
        }
        heads.removeAll(keepingCapacity: true)
        relations.removeAll(keepingCapacity: true)
        for word in 0..<words.count {
            let node = scratch.state.nodes[word]
            heads.append(Int(node.head) >= words.count || node.head < 0 ? -1 : node.head)
            relations.append(node.relation)
        }
    }

    /// The highest-scoring move the state allows (shift first on ties).
    @inline(__always) static func best(_ scores: SIMD4<Int16>, _ state: ParseState) -> ParseState.Move {
        var best: ParseState.Move = .shift
        var bestScore = Int16.min
        if state.isValid(.shift) { bestScore = scores[0] }
        if state.isValid(.left), scores[1] > bestScore {
            best = .left
            bestScore = scores[1]
        }
        if state.isValid(.right), scores[2] > bestScore { best = .right }
        return best
    }

    /// The highest-scoring relation other than `root`, which only the root's arc takes.
    @inline(__always) func bestRelation(_ features: UnsafeMutablePointer<Int32>) -> DependencyRelation {
        var sums = (SIMD8<Int16>(), SIMD8<Int16>(), SIMD8<Int16>(), SIMD8<Int16>(), SIMD8<Int16>(), SIMD8<Int16>())
        for slot in 0..<ParserFeatures.labelCount {
            let feature = features[slot]
            let first = relations.widenedRow(feature, 0)
            let second = relations.widenedRow(feature, 1)
            let third = relations.widenedRow(feature, 2)
            sums.0 &+= first.0
            sums.1 &+= first.1
            sums.2 &+= second.0
            sums.3 &+= second.1
            sums.4 &+= third.0
            sums.5 &+= third.1
        }
        var best = DependencyRelation.dep
        var bestScore = Int16.min
        @inline(__always) func consider(_ scores: SIMD8<Int16>, from first: Int) {
            for lane in 0..<8 where scores[lane] > bestScore && first + lane != Int(DependencyRelation.root.rawValue) {
                bestScore = scores[lane]
                best = DependencyRelation(rawValue: UInt8(first + lane)) ?? .dep
            }
        }
        consider(sums.0, from: 0)
        consider(sums.1, from: 8)
        consider(sums.2, from: 16)
        consider(sums.3, from: 24)
        consider(sums.4, from: 32)
        consider(sums.5, from: 40)
        return best
    }
}
