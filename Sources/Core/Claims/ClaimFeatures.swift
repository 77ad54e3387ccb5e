/// Turns a clause into hashed feature indices with values, for the linear check-worthiness model.
///
/// Four groups, the first three each scaled to unit length so long clauses do not win by size
/// alone: word 1–3-grams, character 2–5-grams inside each lower-cased word with a space either
/// side (digits folded to "0"),
/// parse relations (read from the syntax stage's tags and heads), and a few hand features
/// (numbers with units, comparison, hedges, person, tense, feelings, entity types, position).
public struct ClaimFeatures: Sendable {
    public let bucketBits: Int
    let mask: UInt64
    /// Longer clauses are read only this far: the opening of a run-on sentence carries its
    /// assertion, and the cost of one clause stays bounded.
    static let maximumTokens = 120

    public init(bucketBits: Int) {
        self.bucketBits = bucketBits
        mask = (1 << UInt64(bucketBits)) - 1
    }

    /// Where extracted features go: stored for training, or summed straight into a margin when
    /// scoring, so scoring a clause writes no feature list at all.
    protocol Sink {
        mutating func add(_ bucket: Int32)
        /// Adds a run of buckets in order; one call per run of character n-grams.
        mutating func add(contentsOf buckets: UnsafeBufferPointer<Int32>)
        /// Ends a group of features; `scaled` groups are divided by √(their size).
        mutating func closeGroup(scaled: Bool)
    }

    /// Features kept as indices and values, for training; reusable so nothing is allocated per clause.
    public struct Buffer: Sendable, Sink {
        public var indices: [Int32] = []
        public var values: [Float] = []
        var groupStart = 0
        public init() {}

        mutating func add(_ bucket: Int32) {
            indices.append(bucket)
            values.append(1)
        }

        mutating func add(contentsOf buckets: UnsafeBufferPointer<Int32>) {
            indices.append(contentsOf: buckets)
            values.append(contentsOf: repeatElement(1, count: buckets.count))
        }

        mutating func closeGroup(scaled: Bool) {
            let count = indices.count - groupStart
            if scaled, count > 0 {
                let value = 1 / Float(count).squareRoot()
                for index in groupStart..<indices.count { values[index] = value }
            }
            groupStart = indices.count
        }
    }

    /// Sums weights as features arrive: the margin without storing the features.
    struct MarginSink: Sink {
        let weights: UnsafeBufferPointer<Float>
        var total: Float = 0
        var group: Float = 0
        var count = 0

        @inline(__always)
        mutating func add(_ bucket: Int32) {
            group += weights[Int(bucket)]
            count &+= 1
        }

        /// The same sums in the same order as one `add` per bucket, with the running total in
        /// a register rather than written back after every weight.
        @inline(__always)
        mutating func add(contentsOf buckets: UnsafeBufferPointer<Int32>) {
            var sum = group
            for bucket in buckets { sum += weights[Int(bucket)] }
            group = sum
            count += buckets.count
        }

        mutating func closeGroup(scaled: Bool) {
            if count > 0 { total += scaled ? group / Float(count).squareRoot() : group }
            group = 0
            count = 0
        }
    }

    /// A span's folded text (" word word … ", lower-cased, digits as "0", quotation marks left
    /// out) and the character n-gram buckets of each word.
    ///
    /// A word's n-grams stay inside it and the spaces around it (on ClaimBuster's held-out
    /// sentences such n-grams rank better than ones running across words: a logistic
    /// regression's ROC AUC 0.941 against 0.935 with the same word n-grams), so they depend on
    /// the word alone and lie in one run per word, in the words' order. Once a sentence is
    /// extracted (`remember`), its clauses read their n-grams from here instead of hashing them
    /// again.
    struct FoldedText {
        var bytes: [UInt8] = []
        /// Each word's 2- to 5-gram buckets, word after word.
        var grams: [Int32] = []
        /// Where each token's folded bytes start (-1 for a quotation mark), by token index.
        var tokenStarts: [Int32] = []
        /// Where each token's run of `grams` starts, by token index, and one past the last run.
        var gramStarts: [Int32] = []
        var tokens: Range<Int> = 0..<0

        mutating func reserve(bytes count: Int, tokens: Int) {
            bytes.reserveCapacity(count)
            grams.reserveCapacity(4 * count)
            tokenStarts.reserveCapacity(tokens)
            gramStarts.reserveCapacity(tokens + 1)
        }

        /// Folds the tokens `range` of `tokens` (indices into the document's tokens): sizes the
        /// text first, then writes it in place, so no byte is appended one at a time. The
        /// n-grams are left for `computeGrams`.
        mutating func fold(_ text: UnsafeBufferPointer<UInt8>, tokens: ArraySlice<Token>, range: Range<Int>) {
            self.tokens = range
            Self.resize(&tokenStarts, to: range.count, filling: -1)
            // A space before the first word and after each.
            var length = 1
            tokenStarts.withUnsafeMutableBufferPointer { starts in
                for index in range {
                    let token = tokens[index]
                    if token.kind == .quote {
                        starts[index &- range.lowerBound] = -1
                    } else {
                        starts[index &- range.lowerBound] = Int32(length)
                        length += token.range.count + 1
                    }
                }
            }
            Self.resize(&bytes, to: length, filling: UInt8(ascii: " "))
            Self.foldedBytes.withUnsafeBufferPointer { foldedByte in
                bytes.withUnsafeMutableBufferPointer { folded in
                    folded[0] = UInt8(ascii: " ")
                    var offset = 1
                    for index in range where tokens[index].kind != .quote {
                        for source in tokens[index].range {
                            folded[offset] = foldedByte[Int(text[source])]
                            offset &+= 1
                        }
                        folded[offset] = UInt8(ascii: " ")
                        offset &+= 1
                    }
                }
            }
        }

        /// Each byte as the folded text has it: ASCII letters lower-cased, digits as "0".
        private static let foldedBytes: [UInt8] = (0...255).map { value in
            let byte = UInt8(value)
            return byte >= 0x30 && byte <= 0x39 ? UInt8(ascii: "0") : ClaimHash.lowered(byte)
        }

        /// Gives `array` `count` elements without clearing the ones kept: every one is
        /// overwritten before it is read.
        static func resize<Element: BitwiseCopyable>(_ array: inout [Element], to count: Int, filling filler: Element) {
            if array.count > count {
                array.removeLast(array.count - count)
            } else if array.count < count {
                array.append(contentsOf: repeatElement(filler, count: count - array.count))
            }
        }

        /// The run of `grams` of the words of `range` (a part of `tokens`).
        func gramRun(_ range: Range<Int>) -> Range<Int> {
            Int(gramStarts[range.lowerBound - tokens.lowerBound])..<Int(gramStarts[range.upperBound - tokens.lowerBound])
        }
    }

    /// Space reused between calls: the last remembered sentence and a transient clause.
    struct Scratch {
        var remembered = FoldedText()
        var transient = FoldedText()

        /// Room for the longest of `sentences` as far as a clause is read (`maximumTokens`), so
        /// no clause grows the buffers mid-document.
        mutating func reserve(forLongest sentences: [Sentence], in document: TextDocument) {
            var bytes = 0
            var tokens = 0
            for sentence in sentences where !sentence.tokens.isEmpty {
                let read = min(sentence.tokens.count, ClaimFeatures.maximumTokens)
                let first = document.tokens[sentence.tokens.lowerBound]
                let last = document.tokens[sentence.tokens.lowerBound + read - 1]
                bytes = max(bytes, Int(last.end - first.start))
                tokens = max(tokens, read)
            }
            // Folded text: the words, a space after each, one before the first.
            bytes += tokens + 1
            remembered.reserve(bytes: bytes, tokens: tokens)
            transient.reserve(bytes: bytes, tokens: tokens)
        }
    }

    /// `position`: 0 for a headline, 1 for the first sentence, 2 for the next two, 3 after.
    /// `remember`: keep this span's n-grams for the clauses inside it that follow.
    func extract<Output: Sink>(
        _ bytes: UnsafeBufferPointer<UInt8>, tokens: ArraySlice<Token>, facts: ClaimTokenFacts,
        entityTypes: UInt32, position: Int, remember: Bool = false, scratch: inout Scratch, into buffer: inout Output
    ) {
        let first = tokens.startIndex
        let last = min(tokens.endIndex, first + Self.maximumTokens)
        let reused =
            !remember && first >= scratch.remembered.tokens.lowerBound && last <= scratch.remembered.tokens.upperBound
            && first < last
        var folded = FoldedText()
        if remember {
            swap(&folded, &scratch.remembered)
        } else if !reused {
            swap(&folded, &scratch.transient)
        }
        defer {
            if remember {
                swap(&folded, &scratch.remembered)
            } else if !reused {
                swap(&folded, &scratch.transient)
            }
        }
        if !reused { folded.fold(bytes, tokens: tokens, range: first..<last) }

        // Word n-grams.
        var previous: UInt64 = 0x5354_4152_54
        var previous2: UInt64 = 0x5354_4152_54
        var numbers = 0
        var quantities = 0
        var classes: ClaimWordClass = []
        var question = false
        var contentTokens = 0
        var firstKey: UInt64 = 0
        for index in first..<last {
            let token = tokens[index]
            if token.kind == .quote { continue }
            let key = facts.hashes[index]
            if contentTokens == 0 { firstKey = key }
            contentTokens += 1
            let tokenClass = facts.classes[index]
            classes.formUnion(tokenClass)
            if token.kind == .number || tokenClass.contains(.numberWord) {
                numbers += 1
                if index + 1 < last, facts.classes[index + 1].contains(.unit) || tokens[index + 1].kind == .symbol {
                    quantities += 1
                }
            }
            if token.kind == .symbol, bytes[token.range.lowerBound] == UInt8(ascii: "$") { quantities += 1 }
            if token.kind == .punctuation, bytes[token.range.lowerBound] == UInt8(ascii: "?") { question = true }
            append(1, key, &buffer)
            append(2, previous &* 31 &+ key, &buffer)
            append(3, (previous2 &* 31 &+ previous) &* 31 &+ key, &buffer)
            previous2 = previous
            previous = key
        }
        append(2, previous &* 31 &+ 0x454E_44, &buffer)
        buffer.closeGroup(scaled: true)

        // Character n-grams.
        if reused {
            appendGrams(scratch.remembered.grams, in: scratch.remembered.gramRun(first..<last), &buffer)
        } else {
            computeGrams(&folded)
            appendGrams(folded.grams, in: 0..<folded.grams.count, &buffer)
        }
        buffer.closeGroup(scaled: true)

        // Parse features: each word's relation with its and its head's part of speech, the
        // subject's kind (the pronoun itself, or a part of speech), and the word that fills the
        // root, subject, object and complement slots. They tell an assertion about someone from a
        // question, a command or a fragment in a way the words alone do not.
        for index in first..<last where tokens[index].kind != .quote {
            let parse = facts.parse[index]
            append(30, UInt64(parse), &buffer)
            let relation = DependencyRelation(rawValue: UInt8(parse >> 10)) ?? .dep
            switch relation {
            case .nsubj, .nsubjPass:
                let pos = PartOfSpeech(rawValue: UInt8(parse >> 5 & 31)) ?? .x
                append(31, pos == .pron ? facts.hashes[index] : UInt64(pos.rawValue), &buffer)
                append(32, UInt64(relation.rawValue) &* 0x9E37_79B9_7F4A_7C15 ^ facts.hashes[index], &buffer)
            case .obj, .root, .ccomp, .xcomp:
                append(32, UInt64(relation.rawValue) &* 0x9E37_79B9_7F4A_7C15 ^ facts.hashes[index], &buffer)
            default:
                break
            }
            // A number and what it counts ("three [jobs]", "[rose] 5 percent").
            if tokens[index].pos == .num {
                let head = Int(tokens[index].head)
                let headKey = head >= 0 && head < facts.hashes.count ? facts.hashes[head] : 0
                append(33, UInt64(relation.rawValue) &* 0x9E37_79B9_7F4A_7C15 ^ headKey, &buffer)
            }
        }
        buffer.closeGroup(scaled: true)

        // Hand features.
        // Each class present and each entity type present, lowest bit first.
        var classBits = classes.rawValue & ((1 << ClaimWordClass.count) - 1)
        while classBits != 0 {
            append(20, UInt64(classBits.trailingZeroBitCount), &buffer)
            classBits &= classBits - 1
        }
        append(21, UInt64(min(numbers, 3)), &buffer)
        append(22, UInt64(min(quantities, 2)), &buffer)
        append(23, UInt64(min(contentTokens / 4, 10)), &buffer)
        var typeBits = entityTypes & ((1 << 18) - 1)
        while typeBits != 0 {
            append(24, UInt64(typeBits.trailingZeroBitCount), &buffer)
            typeBits &= typeBits - 1
        }
        append(25, UInt64(position), &buffer)
        append(26, firstKey, &buffer)
        if question { append(27, 1, &buffer) }
        if numbers > 0, classes.contains(.comparative) || classes.contains(.superlative) { append(28, 1, &buffer) }
        if classes.contains(.firstPerson), classes.contains(.future) { append(29, 1, &buffer) }
        // "I am proud", "we are saddened": the speaker's own feelings.
        if classes.contains(.firstPerson), classes.contains(.emotion) { append(34, 1, &buffer) }
        buffer.closeGroup(scaled: false)
    }

    /// Each word's 2- to 5-gram buckets, by start then length, from the space before it to the
    /// space after it; a word shorter than an n-gram's length has none of that length.
    func computeGrams(_ folded: inout FoldedText) {
        let words = folded.tokenStarts.count
        // At most four n-grams start at each byte.
        FoldedText.resize(&folded.grams, to: 4 * folded.bytes.count, filling: -1)
        FoldedText.resize(&folded.gramStarts, to: words + 1, filling: 0)
        let mask = mask
        var written = 0
        folded.bytes.withUnsafeBufferPointer { text in
            folded.tokenStarts.withUnsafeBufferPointer { starts in
                folded.gramStarts.withUnsafeMutableBufferPointer { gramStarts in
                    folded.grams.withUnsafeMutableBufferPointer { grams in
                        @inline(__always) func step(_ hash: UInt64, _ offset: Int) -> UInt64 {
                            (hash ^ UInt64(text[offset])) &* ClaimHash.prime
                        }
                        @inline(__always) func emit(_ length: UInt64, _ hash: UInt64) {
                            grams[written] = ClaimHash.bucket(4 &+ length, hash, mask: mask)
                            written &+= 1
                        }
                        var next = 0
                        for word in 0..<words {
                            gramStarts[word] = Int32(written)
                            guard starts[word] >= 0 else { continue }
                            // The word with its spaces: from the one before it to the one after,
                            // which is where the next word (less its space) or the text ends.
                            next = max(next, word + 1)
                            while next < words, starts[next] < 0 { next += 1 }
                            let first = Int(starts[word]) &- 1
                            let end = next < words ? Int(starts[next]) : text.count
                            // Offsets with all four lengths, then the last few with fewer.
                            var offset = first
                            while offset &+ 5 <= end {
                                var hash = step(step(ClaimHash.offset, offset), offset &+ 1)
                                emit(2, hash)
                                hash = step(hash, offset &+ 2)
                                emit(3, hash)
                                hash = step(hash, offset &+ 3)
                                emit(4, hash)
                                emit(5, step(hash, offset &+ 4))
                                offset &+= 1
                            }
                            while offset &+ 2 <= end {
                                var hash = step(ClaimHash.offset, offset)
                                for length in 2...(end &- offset) {
                                    hash = step(hash, offset &+ length &- 1)
                                    emit(UInt64(length), hash)
                                }
                                offset &+= 1
                            }
                        }
                        gramStarts[words] = Int32(written)
                    }
                }
            }
        }
        FoldedText.resize(&folded.grams, to: written, filling: -1)
    }

    @inline(__always)
    private func appendGrams<Output: Sink>(_ grams: [Int32], in run: Range<Int>, _ buffer: inout Output) {
        grams.withUnsafeBufferPointer { grams in
            buffer.add(contentsOf: UnsafeBufferPointer(rebasing: grams[run]))
        }
    }

    @inline(__always)
    private func append<Output: Sink>(_ template: UInt64, _ key: UInt64, _ buffer: inout Output) {
        buffer.add(ClaimHash.bucket(template, key, mask: mask))
    }
}

extension ClaimFeatures {
    /// Features of a whole short document (one labelled sentence of a training set), taking
    /// its position from the first sentence as the analyzer would.
    public func extract(document: TextDocument, mentions: [EntityMention], into buffer: inout Buffer) {
        buffer = Buffer()
        guard let first = document.sentences.first, let last = document.sentences.last else { return }
        let facts = ClaimTokenFacts(document: document, mentions: mentions)
        var entityTypes: UInt32 = 0
        for mention in mentions { entityTypes |= 1 << UInt32(mention.type.ordinal) }
        let tokens = document.tokens[first.tokens.lowerBound..<last.tokens.upperBound]
        document.normalized.withUnsafeBufferPointer { bytes in
            var scratch = Scratch()
            extract(
                bytes, tokens: tokens, facts: facts, entityTypes: entityTypes,
                position: ClaimExtractor.position(first), scratch: &scratch, into: &buffer)
        }
    }
}
