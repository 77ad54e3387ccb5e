import Testing

@testable import Core

/// The model file's weights are found by the rows of hashed features, so the extractors must
/// give exactly the rows of the templates as first defined, however they compute them. The
/// definitions are kept here, written the plain way (`SyntaxHash.feature` on every template),
/// and compared with the extractors over every state of many random parses.
struct SyntaxFeatureTests {
    /// Invented words of every kind the hashing treats apart: case, digits, apostrophes,
    /// punctuation, non-ASCII letters.
    static let vocabulary = [
        "the", "The", "Quorvel", "said", "warned", "it", "'s", "don’t", "1999", "3.25", "U.S.", ",", ".", "\"",
        "Zembla", "growing", "quickly", "of", "and", "Ångström", "—", "ministers", "x", "42%",
    ]

    struct Reference {
        static func item(
            _ index: Int, _ words: [SyntaxWord], _ tags: [PartOfSpeech]
        ) -> (word: UInt64, tag: UInt64, both: UInt64, suffix: UInt64) {
            if index < 0 { return (1, 1, 1, 1) }
            if index >= words.count { return (2, 2, 2, 2) }
            let word = words[index].form
            let tag = UInt64(tags[index].rawValue) &+ 3
            return (word, tag, SyntaxHash.combine(word, tag), words[index].suffix)
        }

        static func relation(_ index: Int32, _ state: ParseState) -> UInt64 {
            index < 0 ? 0 : UInt64(state.nodes[Int(index)].relation.rawValue) &+ 1
        }

        static func distance(_ from: Int, _ to: Int) -> UInt64 {
            guard from >= 0 else { return 0 }
            let gap = to - from
            return gap < 5 ? UInt64(gap) : (gap < 8 ? 5 : (gap < 15 ? 6 : 7))
        }

        static func transition(_ state: ParseState, _ words: [SyntaxWord], _ tags: [PartOfSpeech]) -> [Int32] {
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
            let s0L1i = s0i >= 0 ? state.nodes[s0i].leftmost : none
            let s0L2i = s0i >= 0 ? state.nodes[s0i].secondLeftmost : none
            let s0R1i = s0i >= 0 ? state.nodes[s0i].rightmost : none
            let s0R2i = s0i >= 0 ? state.nodes[s0i].secondRightmost : none
            let b0L1i = state.nodes[b0i].leftmost
            let b0L2i = state.nodes[b0i].secondLeftmost
            let s1R1i = s1i >= 0 ? state.nodes[s1i].rightmost : none
            let s1L1i = s1i >= 0 ? state.nodes[s1i].leftmost : none
            let s0L1 = item(Int(s0L1i), words, tags)
            let s0L2 = item(Int(s0L2i), words, tags)
            let s0R1 = item(Int(s0R1i), words, tags)
            let s0R2 = item(Int(s0R2i), words, tags)
            let b0L1 = item(Int(b0L1i), words, tags)
            let b0L2 = item(Int(b0L2i), words, tags)
            let s1R1 = item(Int(s1R1i), words, tags)
            let s1L1 = item(Int(s1L1i), words, tags)
            let distance = distance(s0i, b0i)
            let s0Left = s0i >= 0 ? UInt64(state.nodes[s0i].leftCount) : 99
            let s0Right = s0i >= 0 ? UInt64(state.nodes[s0i].rightCount) : 99
            let b0Left = UInt64(state.nodes[b0i].leftCount)
            let s0LeftSet = s0i >= 0 ? state.nodes[s0i].leftRelations : 1 << 63
            let s0RightSet = s0i >= 0 ? state.nodes[s0i].rightRelations : 1 << 63
            let b0LeftSet = state.nodes[b0i].leftRelations
            let before0 = item(s0i > 0 ? s0i - 1 : -1, words, tags)
            let after0 = item(s0i >= 0 ? s0i + 1 : -1, words, tags)
            let beforeB0 = item(b0i - 1, words, tags)
            var out: [Int32] = []
            func add(_ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
                out.append(SyntaxHash.feature(UInt64(out.count) &+ 100, a, b, c))
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
            add(b0.tag, b1.tag, b2.tag)
            add(s0.tag, b0.tag, b1.tag)
            add(s1.tag, s0.tag, b0.tag)
            add(s0.tag, s0L1.tag, b0.tag)
            add(s0.tag, s0R1.tag, b0.tag)
            add(s0.tag, b0.tag, b0L1.tag)
            add(s1.tag, s1R1.tag, s0.tag)
            add(s2.tag, s1.tag, s0.tag)
            add(s0.word, distance)
            add(s0.tag, distance)
            add(b0.word, distance)
            add(b0.tag, distance)
            add(s0.tag, b0.tag, distance)
            add(s0.word, s0Right)
            add(s0.tag, s0Right)
            add(s0.tag, s0Left)
            add(b0.tag, b0Left)
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
            add(s0.tag, s0LeftSet)
            add(s0.tag, s0RightSet)
            add(b0.tag, b0LeftSet)
            add(s1.tag, s1L1.tag, relation(s1L1i, state))
            add(s1.tag, relation(s1R1i, state), s0.tag)
            add(s0.tag, after0.tag)
            add(before0.tag, s0.tag, b0.tag)
            add(beforeB0.tag, b0.tag)
            return out
        }

        static func label(
            head: Int, dependent: Int, _ state: ParseState, _ words: [SyntaxWord], _ tags: [PartOfSpeech]
        ) -> [Int32] {
            let h = item(head, words, tags)
            let d = item(dependent, words, tags)
            let direction: UInt64 = head > dependent ? 1 : 2
            let gap = head > dependent ? distance(dependent, head) : distance(head, dependent) | 8
            let before = item(dependent - 1, words, tags)
            let after = item(dependent + 1, words, tags)
            var out: [Int32] = []
            func add(_ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
                out.append(SyntaxHash.feature(UInt64(out.count) &+ 300, a, b, c))
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
            add(d.tag, state.nodes[dependent].leftRelations)
            add(d.tag, state.nodes[dependent].rightRelations)
            add(h.tag, state.nodes[head].leftRelations, direction)
            add(d.tag, after.tag, h.tag)
            add(d.tag, before.tag, h.tag)
            add(d.suffix, d.tag, direction)
            add(d.tag, relation(state.nodes[dependent].leftmost, state))
            add(d.tag, relation(state.nodes[dependent].rightmost, state))
            add(d.both, h.both)
            return out
        }
    }

    /// Random sentences (up to 90 words, so dependents counts and distances of every size),
    /// random tags, and random valid moves with random relations.
    @Test func parserFeaturesAreTheTemplatesAsDefined() {
        let features = ParserFeatures()
        var random = SplitMix(seed: 7)
        var items: [ParserFeatures.Item] = []
        var out = [Int32](repeating: 0, count: ParserFeatures.transitionCount)
        var states = 0
        var arcs = 0
        for sentence in 0..<300 {
            let count = 1 + Int(random.next() % (sentence % 10 == 0 ? 90 : 25))
            let words = SyntaxWord.words((0..<count).map { _ in Self.vocabulary[Int(random.next() % UInt64(Self.vocabulary.count))] })
            let tags = (0..<count).map { _ in PartOfSpeech.allCases[Int(random.next() % UInt64(PartOfSpeech.count))] }
            words.withUnsafeBufferPointer { words in
                tags.withUnsafeBufferPointer { ParserFeatures.items(words, $0, into: &items) }
            }
            var state = ParseState()
            state.reset(count: count)
            items.withUnsafeBufferPointer { items in
                out.withUnsafeMutableBufferPointer { buffer in
                    guard let pointer = buffer.baseAddress else { return }
                    while !state.isFinal {
                        if !state.stack.isEmpty {
                            features.transition(state, items, into: pointer)
                            #expect(Array(buffer) == Reference.transition(state, words, tags))
                            states += 1
                        }
                        let moves = [ParseState.Move.shift, .left, .right].filter { state.isValid($0) }
                        let move = moves[Int(random.next() % UInt64(moves.count))]
                        let relation = DependencyRelation.allCases[Int(random.next() % UInt64(DependencyRelation.count))]
                        if let (head, dependent) = state.arc(move), head < count {
                            features.label(head: head, dependent: dependent, state, items, into: pointer)
                            let expected = Reference.label(head: head, dependent: dependent, state, words, tags)
                            #expect(Array(buffer.prefix(ParserFeatures.labelCount)) == expected)
                            arcs += 1
                        }
                        state.apply(move, relation: relation)
                    }
                }
            }
        }
        #expect(states > 1000 && arcs > 1000)
    }
}
