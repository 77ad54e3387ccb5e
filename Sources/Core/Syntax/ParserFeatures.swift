/// The features of a parse state (after Zhang & Nivre 2011, "Transition-based dependency parsing
/// with rich non-local features"): words and tags of the top three stack items and the first
/// three buffer words, their outermost dependents and those dependents' relations, how far apart
/// the stack top and the buffer front are, how many dependents each has, and combinations.
///
/// Everything a feature reads is hashed per word once (`SyntaxWord`, the tag), so a state's
/// features cost a few multiplications each.
package struct ParserFeatures {
    package static let transitionCount = 67
    package static let labelCount = 18

    /// Word, tag and their pair for a position; the root and positions that do not exist have
    /// values of their own.
    struct Item {
        var word: UInt64
        var tag: UInt64
        var both: UInt64
        var suffix: UInt64
    }

    @inline(__always) static func item(
        _ index: Int, _ words: UnsafeBufferPointer<SyntaxWord>, _ tags: UnsafeBufferPointer<PartOfSpeech>
    ) -> Item {
        if index < 0 { return Item(word: 1, tag: 1, both: 1, suffix: 1) }
        if index >= words.count { return Item(word: 2, tag: 2, both: 2, suffix: 2) }
        let word = words[index].form
        let tag = UInt64(tags[index].rawValue) &+ 3
        return Item(word: word, tag: tag, both: SyntaxHash.combine(word, tag), suffix: words[index].suffix)
    }

    @inline(__always) static func relation(_ index: Int32, _ state: ParseState) -> UInt64 {
        index < 0 ? 0 : UInt64(state.relations[Int(index)].rawValue) &+ 1
    }

    @inline(__always) static func distance(_ from: Int, _ to: Int) -> UInt64 {
        guard from >= 0 else { return 0 }
        let gap = to - from
        return gap < 5 ? UInt64(gap) : (gap < 8 ? 5 : (gap < 15 ? 6 : 7))
    }

    /// The features for choosing the next move.
    package static func transition(
        _ state: ParseState, _ words: UnsafeBufferPointer<SyntaxWord>, _ tags: UnsafeBufferPointer<PartOfSpeech>,
        into out: UnsafeMutablePointer<Int32>
    ) {
        let s0i = state.stacked(0)
        let s1i = state.stacked(1)
        let b0i = state.next
        let s0 = item(s0i, words, tags)
        let s1 = item(s1i, words, tags)
        let s2 = item(state.stacked(2), words, tags)
        let b0 = item(b0i, words, tags)
        let b1 = item(b0i + 1 <= state.count ? b0i + 1 : -1, words, tags)
        let b2 = item(b0i + 2 <= state.count ? b0i + 2 : -1, words, tags)
        let none: Int32 = -1
        let s0L1i = s0i >= 0 ? state.leftmost[s0i] : none
        let s0L2i = s0i >= 0 ? state.secondLeftmost[s0i] : none
        let s0R1i = s0i >= 0 ? state.rightmost[s0i] : none
        let s0R2i = s0i >= 0 ? state.secondRightmost[s0i] : none
        let b0L1i = state.leftmost[b0i]
        let b0L2i = state.secondLeftmost[b0i]
        let s1R1i = s1i >= 0 ? state.rightmost[s1i] : none
        let s1L1i = s1i >= 0 ? state.leftmost[s1i] : none
        let s0L1 = item(Int(s0L1i), words, tags)
        let s0L2 = item(Int(s0L2i), words, tags)
        let s0R1 = item(Int(s0R1i), words, tags)
        let s0R2 = item(Int(s0R2i), words, tags)
        let b0L1 = item(Int(b0L1i), words, tags)
        let b0L2 = item(Int(b0L2i), words, tags)
        let s1R1 = item(Int(s1R1i), words, tags)
        let s1L1 = item(Int(s1L1i), words, tags)
        let distance = distance(s0i, b0i)
        let s0Left = s0i >= 0 ? UInt64(state.leftCount[s0i]) : 99
        let s0Right = s0i >= 0 ? UInt64(state.rightCount[s0i]) : 99
        let b0Left = UInt64(state.leftCount[b0i])
        let s0LeftSet = s0i >= 0 ? state.leftRelations[s0i] : 1 << 63
        let s0RightSet = s0i >= 0 ? state.rightRelations[s0i] : 1 << 63
        let b0LeftSet = state.leftRelations[b0i]
        let before0 = item(s0i > 0 ? s0i - 1 : -1, words, tags)
        let after0 = item(s0i >= 0 ? s0i + 1 : -1, words, tags)
        let beforeB0 = item(b0i - 1, words, tags)

        var slot = 0
        @inline(__always) func add(_ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            out[slot] = SyntaxHash.feature(UInt64(slot) &+ 100, a, b, c)
            slot &+= 1
        }
        add(s0.word)
        add(s0.tag)
        add(s0.both)
        add(s1.word)
        add(s1.tag)
        add(s1.both)
        add(s2.tag)
        add(b0.word)
        add(b0.tag)
        add(b0.both)
        add(b1.word)
        add(b1.tag)
        add(b1.both)
        add(b2.tag)
        // Pairs of the stack top and the buffer front, and of the two stack tops.
        add(s0.both, b0.both)
        add(s0.both, b0.tag)
        add(s0.tag, b0.both)
        add(s0.word, b0.word)
        add(s0.tag, b0.tag)
        add(b0.tag, b1.tag)
        add(s1.both, s0.both)
        add(s1.tag, s0.tag)
        add(s1.tag, s0.both)
        add(s1.both, s0.tag)
        // Tag trigrams.
        add(b0.tag, b1.tag, b2.tag)
        add(s0.tag, b0.tag, b1.tag)
        add(s1.tag, s0.tag, b0.tag)
        add(s0.tag, s0L1.tag, b0.tag)
        add(s0.tag, s0R1.tag, b0.tag)
        add(s0.tag, b0.tag, b0L1.tag)
        add(s1.tag, s1R1.tag, s0.tag)
        add(s2.tag, s1.tag, s0.tag)
        // Distance.
        add(s0.word, distance)
        add(s0.tag, distance)
        add(b0.word, distance)
        add(b0.tag, distance)
        add(s0.tag, b0.tag, distance)
        // Valency.
        add(s0.word, s0Right)
        add(s0.tag, s0Right)
        add(s0.tag, s0Left)
        add(b0.tag, b0Left)
        // Outermost dependents.
        add(s0L1.word)
        add(s0L1.tag)
        add(relation(s0L1i, state))
        add(s0R1.word)
        add(s0R1.tag)
        add(relation(s0R1i, state))
        add(b0L1.word)
        add(b0L1.tag)
        add(relation(b0L1i, state))
        add(s0L2.tag)
        add(relation(s0L2i, state))
        add(s0R2.tag)
        add(relation(s0R2i, state))
        add(b0L2.tag)
        add(relation(b0L2i, state))
        add(s0.tag, s0L1.tag, s0L2.tag)
        add(s0.tag, s0R1.tag, s0R2.tag)
        add(b0.tag, b0L1.tag, b0L2.tag)
        // Which relations the stack top and the buffer front already have.
        add(s0.tag, s0LeftSet)
        add(s0.tag, s0RightSet)
        add(b0.tag, b0LeftSet)
        add(s1.tag, s1L1.tag, relation(s1L1i, state))
        add(s1.tag, relation(s1R1i, state), s0.tag)
        // The words around the stack top and before the buffer front, in the sentence.
        add(s0.tag, after0.tag)
        add(before0.tag, s0.tag, b0.tag)
        add(beforeB0.tag, b0.tag)
        precondition(slot == transitionCount)
    }

    /// The features for choosing the relation of an arc the parser has just decided to build.
    package static func label(
        head: Int, dependent: Int, _ state: ParseState, _ words: UnsafeBufferPointer<SyntaxWord>,
        _ tags: UnsafeBufferPointer<PartOfSpeech>, into out: UnsafeMutablePointer<Int32>
    ) {
        let h = item(head, words, tags)
        let d = item(dependent, words, tags)
        let direction: UInt64 = head > dependent ? 1 : 2
        let gap = head > dependent ? distance(dependent, head) : distance(head, dependent) | 8
        let before = item(dependent - 1, words, tags)
        let after = item(dependent + 1, words, tags)
        var slot = 0
        @inline(__always) func add(_ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            out[slot] = SyntaxHash.feature(UInt64(slot) &+ 300, a, b, c)
            slot &+= 1
        }
        add(direction)
        add(d.word, direction)
        add(d.tag, direction)
        add(h.word, direction)
        add(h.tag, direction)
        add(d.tag, h.tag, direction)
        add(d.word, h.tag, direction)
        add(d.tag, h.word, direction)
        add(d.tag, h.tag, gap)
        add(d.tag, state.leftRelations[dependent])
        add(d.tag, state.rightRelations[dependent])
        add(h.tag, state.leftRelations[head], direction)
        add(d.tag, after.tag, h.tag)
        add(d.tag, before.tag, h.tag)
        add(d.suffix, d.tag, direction)
        add(d.tag, relation(state.leftmost[dependent], state))
        add(d.tag, relation(state.rightmost[dependent], state))
        add(d.both, h.both)
        precondition(slot == labelCount)
    }
}
