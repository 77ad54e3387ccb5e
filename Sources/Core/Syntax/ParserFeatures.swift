/// The features of a parse state (after Zhang & Nivre 2011, "Transition-based dependency parsing
/// with rich non-local features"): words and tags of the top three stack items and the first
/// three buffer words, their outermost dependents and those dependents' relations, how far apart
/// the stack top and the buffer front are, how many dependents each has, and combinations.
///
/// Everything a feature reads is hashed per word once (`Item`, built per sentence), and the
/// templates' hashes of tags, relations and distances are looked up (`FeatureHashes`), so a
/// state's features cost a few multiplications each and most cost none.
package struct ParserFeatures: Sendable {
    package static let transitionCount = 67
    package static let labelCount = 18

    private let transitionHashes = FeatureHashes(firstTemplate: 100, count: 67)
    private let labelHashes = FeatureHashes(firstTemplate: 300, count: 18)

    package init() {}

    typealias Small = FeatureHashes.Small

    /// Word, tag and their pair for a position; the root and positions that do not exist have
    /// values of their own.
    package struct Item {
        var word: UInt64
        var tag: Small
        var both: UInt64
        var suffix: UInt64
        var roles: Roles

        init(word: UInt64, tag: Small, both: UInt64, suffix: UInt64) {
            (self.word, self.tag, self.both, self.suffix) = (word, tag, both, suffix)
            roles = Roles(word: word, both: both)
        }

        static let none = Item(word: 1, tag: Small(1), both: 1, suffix: 1)
        static let root = Item(word: 2, tag: Small(2), both: 2, suffix: 2)
    }

    /// The features that read a word as the stack's top or second item or as one of the first
    /// two buffer words, and nothing but its spelling first: every scored state reads four words
    /// in these places, each word about twice in a sentence, so their rows (or the template
    /// mixed with the word, for pairs) are worked out once per sentence. Each is named by its
    /// template in `transition`, whose slot it must be used at (`parserFeaturesAreTheTemplatesAsDefined`
    /// checks every slot against the plain definitions).
    package struct Roles {
        typealias Row = FeatureHashes.Row
        typealias Prefix = FeatureHashes.Prefix

        var s0Word, s0Both, s1Word, s1Both, b0Word, b0Both, b1Word, b1Both: Row
        var s0BothAndB0Both, s0BothAndB0Tag, s0WordAndB0Word, s1BothAndS0Both, s1BothAndS0Tag: Prefix
        var s0WordAndDistance, b0WordAndDistance, s0WordAndRight: Prefix

        init(word: UInt64, both: UInt64) {
            func row(_ slot: UInt64, _ value: UInt64) -> Row { Row(SyntaxHash.feature(100 + slot, value)) }
            func prefix(_ slot: UInt64, _ value: UInt64) -> Prefix {
                Prefix(SyntaxHash.combine(SyntaxHash.template(100 + slot), value))
            }
            (s0Word, s0Both, s1Word, s1Both) = (row(0, word), row(2, both), row(3, word), row(5, both))
            (b0Word, b0Both, b1Word, b1Both) = (row(7, word), row(9, both), row(10, word), row(12, both))
            (s0BothAndB0Both, s0BothAndB0Tag, s0WordAndB0Word) = (prefix(14, both), prefix(15, both), prefix(17, word))
            (s1BothAndS0Both, s1BothAndS0Tag) = (prefix(20, both), prefix(23, both))
            (s0WordAndDistance, b0WordAndDistance, s0WordAndRight) = (prefix(32, word), prefix(34, word), prefix(37, word))
        }
    }

    /// The items of a sentence's positions -1 (none) through `words.count` (the root), written
    /// over `items`: `items[index + 1]` is position `index`'s.
    package static func items(
        _ words: UnsafeBufferPointer<SyntaxWord>, _ tags: UnsafeBufferPointer<PartOfSpeech>, into items: inout [Item]
    ) {
        items.removeAll(keepingCapacity: true)
        items.append(.none)
        for index in 0..<words.count {
            let word = words[index].form
            let tag = UInt64(tags[index].rawValue) &+ 3
            items.append(Item(word: word, tag: Small(tag), both: SyntaxHash.combine(word, tag), suffix: words[index].suffix))
        }
        items.append(.root)
    }

    /// Position `index`'s item, for `index` from -1 through the sentence's length (`items(_:_:into:)`).
    @inline(__always) static func item(_ index: Int, _ items: UnsafeBufferPointer<Item>) -> Item {
        items[index &+ 1]
    }

    @inline(__always) static func relation(_ index: Int32, _ state: ParseState) -> Small {
        Small(index < 0 ? 0 : UInt64(state.nodes[Int(index)].relation.rawValue) &+ 1)
    }

    @inline(__always) static func distance(_ from: Int, _ to: Int) -> UInt64 {
        guard from >= 0 else { return 0 }
        let gap = to - from
        return gap < 5 ? UInt64(gap) : (gap < 8 ? 5 : (gap < 15 ? 6 : 7))
    }

    /// The features for choosing the next move.
    package func transition(_ state: ParseState, _ items: UnsafeBufferPointer<Item>, into out: UnsafeMutablePointer<Int32>) {
        let s0i = state.stacked(0)
        let s1i = state.stacked(1)
        let b0i = state.next
        let s0 = Self.item(s0i, items)
        let s1 = Self.item(s1i, items)
        let s2 = Self.item(state.stacked(2), items)
        let b0 = Self.item(b0i, items)
        let b1 = Self.item(b0i + 1 <= state.count ? b0i + 1 : -1, items)
        let b2 = Self.item(b0i + 2 <= state.count ? b0i + 2 : -1, items)
        let none = ParseState.Node()
        // The stack top's record; a record of no dependents when the stack is empty.
        let s0Node = s0i >= 0 ? state.nodes[s0i] : none
        let s1Node = s1i >= 0 ? state.nodes[s1i] : none
        let b0Node = state.nodes[b0i]
        let s0L1i = s0Node.leftmost
        let s0L2i = s0Node.secondLeftmost
        let s0R1i = s0Node.rightmost
        let s0R2i = s0Node.secondRightmost
        let b0L1i = b0Node.leftmost
        let b0L2i = b0Node.secondLeftmost
        let s1R1i = s1Node.rightmost
        let s1L1i = s1Node.leftmost
        let s0L1 = Self.item(Int(s0L1i), items)
        let s0L2 = Self.item(Int(s0L2i), items)
        let s0R1 = Self.item(Int(s0R1i), items)
        let s0R2 = Self.item(Int(s0R2i), items)
        let b0L1 = Self.item(Int(b0L1i), items)
        let b0L2 = Self.item(Int(b0L2i), items)
        let s1R1 = Self.item(Int(s1R1i), items)
        let s1L1 = Self.item(Int(s1L1i), items)
        let distance = Small(Self.distance(s0i, b0i))
        let s0Left = s0i >= 0 ? UInt64(s0Node.leftCount) : 99
        let s0Right = s0i >= 0 ? UInt64(s0Node.rightCount) : 99
        let b0Left = UInt64(b0Node.leftCount)
        let s0LeftSet = s0i >= 0 ? s0Node.leftRelations : 1 << 63
        let s0RightSet = s0i >= 0 ? s0Node.rightRelations : 1 << 63
        let b0LeftSet = b0Node.leftRelations
        let before0 = Self.item(s0i > 0 ? s0i - 1 : -1, items)
        let after0 = Self.item(s0i >= 0 ? s0i + 1 : -1, items)
        let beforeB0 = Self.item(b0i - 1, items)

        var features = FeatureHashes.Writer(transitionHashes, firstTemplate: 100, count: 67, into: out)
        features.add(s0.roles.s0Word)
        features.add(s0.tag)
        features.add(s0.roles.s0Both)
        features.add(s1.roles.s1Word)
        features.add(s1.tag)
        features.add(s1.roles.s1Both)
        features.add(s2.tag)
        features.add(b0.roles.b0Word)
        features.add(b0.tag)
        features.add(b0.roles.b0Both)
        features.add(b1.roles.b1Word)
        features.add(b1.tag)
        features.add(b1.roles.b1Both)
        features.add(b2.tag)
        // Pairs of the stack top and the buffer front, and of the two stack tops.
        features.add(s0.roles.s0BothAndB0Both, b0.both)
        features.add(s0.roles.s0BothAndB0Tag, b0.tag)
        features.add(s0.tag, b0.both)
        features.add(s0.roles.s0WordAndB0Word, b0.word)
        features.add(s0.tag, b0.tag)
        features.add(b0.tag, b1.tag)
        features.add(s1.roles.s1BothAndS0Both, s0.both)
        features.add(s1.tag, s0.tag)
        features.add(s1.tag, s0.both)
        features.add(s1.roles.s1BothAndS0Tag, s0.tag)
        // Tag trigrams.
        features.add(b0.tag, b1.tag, b2.tag)
        features.add(s0.tag, b0.tag, b1.tag)
        features.add(s1.tag, s0.tag, b0.tag)
        features.add(s0.tag, s0L1.tag, b0.tag)
        features.add(s0.tag, s0R1.tag, b0.tag)
        features.add(s0.tag, b0.tag, b0L1.tag)
        features.add(s1.tag, s1R1.tag, s0.tag)
        features.add(s2.tag, s1.tag, s0.tag)
        // Distance.
        features.add(s0.roles.s0WordAndDistance, distance)
        features.add(s0.tag, distance)
        features.add(b0.roles.b0WordAndDistance, distance)
        features.add(b0.tag, distance)
        features.add(s0.tag, b0.tag, distance)
        // Valency.
        features.add(s0.roles.s0WordAndRight, s0Right)
        features.add(s0.tag, s0Right)
        features.add(s0.tag, s0Left)
        features.add(b0.tag, b0Left)
        // Outermost dependents.
        features.add(s0L1.word)
        features.add(s0L1.tag)
        features.add(Self.relation(s0L1i, state))
        features.add(s0R1.word)
        features.add(s0R1.tag)
        features.add(Self.relation(s0R1i, state))
        features.add(b0L1.word)
        features.add(b0L1.tag)
        features.add(Self.relation(b0L1i, state))
        features.add(s0L2.tag)
        features.add(Self.relation(s0L2i, state))
        features.add(s0R2.tag)
        features.add(Self.relation(s0R2i, state))
        features.add(b0L2.tag)
        features.add(Self.relation(b0L2i, state))
        features.add(s0.tag, s0L1.tag, s0L2.tag)
        features.add(s0.tag, s0R1.tag, s0R2.tag)
        features.add(b0.tag, b0L1.tag, b0L2.tag)
        // Which relations the stack top and the buffer front already have.
        features.add(s0.tag, s0LeftSet)
        features.add(s0.tag, s0RightSet)
        features.add(b0.tag, b0LeftSet)
        features.add(s1.tag, s1L1.tag, Self.relation(s1L1i, state))
        features.add(s1.tag, Self.relation(s1R1i, state), s0.tag)
        // The words around the stack top and before the buffer front, in the sentence.
        features.add(s0.tag, after0.tag)
        features.add(before0.tag, s0.tag, b0.tag)
        features.add(beforeB0.tag, b0.tag)
        precondition(features.slot == Self.transitionCount)
    }

    /// The features for choosing the relation of an arc the parser has just decided to build.
    package func label(
        head: Int, dependent: Int, _ state: ParseState, _ items: UnsafeBufferPointer<Item>, into out: UnsafeMutablePointer<Int32>
    ) {
        let h = Self.item(head, items)
        let d = Self.item(dependent, items)
        let direction = Small(head > dependent ? 1 : 2)
        let gap = Small(head > dependent ? Self.distance(dependent, head) : Self.distance(head, dependent) | 8)
        let before = Self.item(dependent - 1, items)
        let after = Self.item(dependent + 1, items)
        let dNode = state.nodes[dependent]
        var features = FeatureHashes.Writer(labelHashes, firstTemplate: 300, count: 18, into: out)
        features.add(direction)
        features.add(d.word, direction)
        features.add(d.tag, direction)
        features.add(h.word, direction)
        features.add(h.tag, direction)
        features.add(d.tag, h.tag, direction)
        features.add(d.word, h.tag, direction)
        features.add(d.tag, h.word, direction)
        features.add(d.tag, h.tag, gap)
        features.add(d.tag, dNode.leftRelations)
        features.add(d.tag, dNode.rightRelations)
        features.add(h.tag, state.nodes[head].leftRelations, direction)
        features.add(d.tag, after.tag, h.tag)
        features.add(d.tag, before.tag, h.tag)
        features.add(d.suffix, d.tag, direction)
        features.add(d.tag, Self.relation(dNode.leftmost, state))
        features.add(d.tag, Self.relation(dNode.rightmost, state))
        features.add(d.both, h.both)
        precondition(features.slot == Self.labelCount)
    }
}
