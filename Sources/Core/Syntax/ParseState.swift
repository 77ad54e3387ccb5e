/// A sentence part-way through arc-hybrid parsing (Kuhlmann et al. 2011): a stack of words still
/// waiting for their head, the next word of the buffer, and the arcs built so far with what the
/// features ask of them (outermost children, how many, which relations).
///
/// The root is a virtual word after the last one, so every word is attached by the time the
/// buffer is empty, and only one word may attach to it.
package struct ParseState {
    package init() {}

    package enum Move: Int {
        /// The next word goes onto the stack.
        case shift = 0
        /// The top of the stack becomes a dependent of the next word (or of the root).
        case left = 1
        /// The top of the stack becomes a dependent of the word under it.
        case right = 2
    }

    /// What the features ask of one word: its head and relation once attached, and its
    /// outermost dependents so far. One record per word, so a state's features read one or two
    /// cache lines per word they look at, and a sentence starts with one fill.
    package struct Node {
        var head: Int32 = -1
        var leftmost: Int32 = -1
        var secondLeftmost: Int32 = -1
        var rightmost: Int32 = -1
        var secondRightmost: Int32 = -1
        var relation = DependencyRelation.dep
        var leftCount: UInt8 = 0
        var rightCount: UInt8 = 0
        /// Bit `relation.rawValue` set for each relation among the word's left (right) dependents.
        var leftRelations: UInt64 = 0
        var rightRelations: UInt64 = 0
    }

    private(set) var count = 0
    private(set) var stack: [Int32] = []
    /// The first word of the buffer; `count` is the root.
    private(set) var next = 0
    /// One per word and one for the root.
    private(set) var nodes: [Node] = []

    /// Each word's head, -1 while it has none (for tests).
    var heads: [Int32] { nodes.map(\.head) }

    /// Starts over for a sentence of `count` words, keeping the storage.
    package mutating func reset(count: Int) {
        self.count = count
        next = 0
        stack.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
        nodes.append(contentsOf: repeatElement(Node(), count: count + 1))
    }

    package var isFinal: Bool { stack.isEmpty && next == count }

    /// The word `depth` places down the stack, or -1.
    @inline(__always) func stacked(_ depth: Int) -> Int {
        depth < stack.count ? Int(stack[stack.count - 1 - depth]) : -1
    }

    package func isValid(_ move: Move) -> Bool {
        switch move {
        case .shift: next < count
        case .left: !stack.isEmpty && (next < count || stack.count == 1)
        case .right: stack.count >= 2
        }
    }

    /// The move when no other is allowed: a shift onto an empty stack, and the arcs that close
    /// the sentence once every word is read. No weights need reading for these.
    var onlyValidMove: Move? {
        if stack.isEmpty { return next < count ? .shift : nil }
        guard next >= count else { return nil }
        return stack.count == 1 ? .left : .right
    }

    /// The head and dependent the move would join, for an arc move.
    package func arc(_ move: Move) -> (head: Int, dependent: Int)? {
        switch move {
        case .shift: nil
        case .left: stack.isEmpty ? nil : (next, stacked(0))
        case .right: stack.count < 2 ? nil : (stacked(1), stacked(0))
        }
    }

    package mutating func apply(_ move: Move, relation: DependencyRelation) {
        switch move {
        case .shift:
            stack.append(Int32(truncatingIfNeeded: next))
            next += 1
        case .left:
            let dependent = Int(stack.removeLast())
            attach(dependent, to: next, relation: relation)
        case .right:
            let dependent = Int(stack.removeLast())
            attach(dependent, to: Int(stack[stack.count - 1]), relation: relation)
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int, relation: DependencyRelation) {
        nodes[dependent].head = Int32(truncatingIfNeeded: head)
        nodes[dependent].relation = relation
        let bit = UInt64(1) << UInt64(relation.rawValue)
        let child = Int32(truncatingIfNeeded: dependent)
        if dependent < head {
            // Left dependents arrive from the nearest outward.
            nodes[head].secondLeftmost = nodes[head].leftmost
            nodes[head].leftmost = child
            nodes[head].leftCount &+= nodes[head].leftCount == 255 ? 0 : 1
            nodes[head].leftRelations |= bit
        } else {
            // Right dependents arrive from the nearest outward too.
            nodes[head].secondRightmost = nodes[head].rightmost
            nodes[head].rightmost = child
            nodes[head].rightCount &+= nodes[head].rightCount == 255 ? 0 : 1
            nodes[head].rightRelations |= bit
        }
    }

    /// How many gold arcs become unreachable by `move` (Goldberg & Nivre 2013, arc-hybrid):
    /// the dynamic oracle's cost, zero for every move that keeps the best tree within reach.
    package func cost(_ move: Move, gold: UnsafeBufferPointer<Int32>) -> Int {
        var cost = 0
        switch move {
        case .shift:
            let word = next
            let top = stacked(0)
            for item in stack {
                let item = Int(item)
                if Int(gold[item]) == word { cost += 1 }
                if item != top && Int(gold[word]) == item { cost += 1 }
            }
        case .left, .right:
            let top = stacked(0)
            for word in next..<count where Int(gold[word]) == top { cost += 1 }
            let head = Int(gold[top])
            if move == .left {
                if head != next && (head == stacked(1) || head > next) { cost += 1 }
            } else {
                if head >= next { cost += 1 }
            }
        }
        return cost
    }
}
