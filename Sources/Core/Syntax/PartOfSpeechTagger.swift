/// A greedy averaged-perceptron tagger for UPOS (Collins 2002; the design of Honnibal's
/// "A good part-of-speech tagger in about 200 lines of Python"): left to right, each word
/// scored from its spelling, its neighbours and the two tags already chosen before it.
public struct PartOfSpeechTagger: Sendable {
    let table: WeightTable<SIMD16<Int8>>
    /// Each word form the training treebanks gave a closed-class tag, with those tags (one bit
    /// per tag's raw value); empty for a model without the list, which then restricts nothing.
    let closedClassWords: HashTable<UInt32>

    init(table: WeightTable<SIMD16<Int8>>, closedClassWords: [UInt64: UInt32] = [:]) {
        self.table = table
        self.closedClassWords = HashTable(closedClassWords)
    }

    public static let featuresPerWord = 27

    /// The tag of each word, written over `tags`.
    public func tag(_ words: UnsafeBufferPointer<SyntaxWord>, into tags: inout [PartOfSpeech]) {
        tags.removeAll(keepingCapacity: true)
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: Self.featuresPerWord) { buffer in
            guard let features = buffer.baseAddress else { return }
            for position in 0..<words.count {
                Self.features(at: position, words: words, tags: tags, into: features)
                var low = SIMD8<Int16>()
                var high = SIMD8<Int16>()
                for slot in 0..<Self.featuresPerWord {
                    let row = table.widenedRow(features[slot])
                    low &+= row.0
                    high &+= row.1
                }
                let sum = SIMD16(lowHalf: low, highHalf: high)
                var tag = Self.best(sum)
                if tag.isClosedClass, !closedClassWords.isEmpty {
                    tag = Self.best(sum, excluding: Self.unseenClosedClasses(of: words[position].form, in: closedClassWords))
                }
                tags.append(tag)
            }
        }
    }

    /// The highest of the sixteen lanes, or `x` (scored zero) when none is above it; tags whose
    /// bit is in `excluded` are passed over.
    @inline(__always) package static func best<Lane: FixedWidthInteger & SIMDScalar>(
        _ sum: SIMD16<Lane>, excluding excluded: UInt32 = 0
    ) -> PartOfSpeech {
        var best: Lane = 0
        var tag = PartOfSpeech.x
        for lane in 0..<16 where sum[lane] > best && excluded & 1 << (lane + 1) == 0 {
            best = sum[lane]
            tag = PartOfSpeech(rawValue: UInt8(lane + 1)) ?? .x
        }
        return tag
    }

    /// The closed-class tags the word never had in training: a name that ends like "might" is no
    /// auxiliary, and a word never seen at all takes none of them.
    @inline(__always) static func unseenClosedClasses(of form: UInt64, in words: HashTable<UInt32>) -> UInt32 {
        PartOfSpeech.closedClasses & ~(words[form] ?? 0)
    }

    /// The hashed features of the word at `position`, given the tags of the words before it.
    @inline(__always) package static func features(
        at position: Int, words: UnsafeBufferPointer<SyntaxWord>, tags: [PartOfSpeech],
        into out: UnsafeMutablePointer<Int32>
    ) {
        let none = SyntaxWord.none
        let word = words[position]
        let previous = position > 0 ? words[position - 1] : none
        let beforePrevious = position > 1 ? words[position - 2] : none
        let next = position + 1 < words.count ? words[position + 1] : none
        let afterNext = position + 2 < words.count ? words[position + 2] : none
        let tag1 = position > 0 ? UInt64(tags[position - 1].rawValue) + 1 : 0
        let tag2 = position > 1 ? UInt64(tags[position - 2].rawValue) + 1 : 0
        let first: UInt64 = position == 0 ? 1 : 2
        out[0] = SyntaxHash.feature(1, 0)
        out[1] = SyntaxHash.feature(2, word.form)
        out[2] = SyntaxHash.feature(3, word.suffix)
        out[3] = SyntaxHash.feature(4, word.prefix)
        out[4] = SyntaxHash.feature(5, word.shape)
        out[5] = SyntaxHash.feature(6, tag1)
        out[6] = SyntaxHash.feature(7, tag1, tag2)
        out[7] = SyntaxHash.feature(8, tag1, word.form)
        out[8] = SyntaxHash.feature(9, previous.form)
        out[9] = SyntaxHash.feature(10, previous.suffix)
        out[10] = SyntaxHash.feature(11, beforePrevious.form)
        out[11] = SyntaxHash.feature(12, next.form)
        out[12] = SyntaxHash.feature(13, next.suffix)
        out[13] = SyntaxHash.feature(14, afterNext.form)
        out[14] = SyntaxHash.feature(15, word.form, next.form)
        out[15] = SyntaxHash.feature(16, previous.form, word.form)
        out[16] = SyntaxHash.feature(17, next.shape)
        out[17] = SyntaxHash.feature(18, word.shape, first)
        out[18] = SyntaxHash.feature(19, tag1, word.suffix)
        out[19] = SyntaxHash.feature(20, word.suffix, next.suffix)
        out[20] = SyntaxHash.feature(21, previous.shape, word.shape)
        out[21] = SyntaxHash.feature(22, tag1, next.form)
        out[22] = SyntaxHash.feature(23, next.form, afterNext.form)
        out[23] = SyntaxHash.feature(24, tag1, word.shape, next.shape)
        // The word as written, case and all: "US" and "us", "May" and "may".
        out[24] = SyntaxHash.feature(25, word.form, word.shape)
        out[25] = SyntaxHash.feature(26, word.shortSuffix)
        out[26] = SyntaxHash.feature(27, word.stem)
    }
}

extension SyntaxWord {
    /// Beyond either end of the sentence.
    static let none = SyntaxWord(form: 1, suffix: 1, prefix: 1, shape: 1)

    init(form: UInt64, suffix: UInt64, prefix: UInt64, shape: UInt64) {
        self.form = form
        self.suffix = suffix
        self.prefix = prefix
        self.shape = shape
        shortSuffix = suffix
        stem = prefix
    }
}

extension PartOfSpeechTagger {
    /// Writes the closed-class words after a model's tables: their count, then each form's hash
    /// and its tags, in the order of the hashes so that a model's file is always the same.
    static func append(closedClassWords words: [UInt64: UInt32], to writer: inout ByteWriter) {
        writer.append(UInt32(words.count))
        for key in words.keys.sorted() {
            writer.append(UInt32(truncatingIfNeeded: key))
            writer.append(UInt32(truncatingIfNeeded: key >> 32))
            writer.append(words[key] ?? 0)
        }
    }

    /// Reads what `append(closedClassWords:to:)` wrote; a file that ends after its tables (a
    /// model from before the list) has none.
    static func closedClassWords(_ reader: inout ByteReader) throws(ModelError) -> [UInt64: UInt32] {
        guard reader.offset < reader.bytes.count else { return [:] }
        let count = Int(try reader.uint32())
        guard count <= (reader.bytes.count - reader.offset) / 12 else { throw .truncated }
        var words: [UInt64: UInt32] = [:]
        words.reserveCapacity(count)
        for _ in 0..<count {
            let low = UInt64(try reader.uint32())
            let high = UInt64(try reader.uint32())
            let tags = try reader.uint32()
            guard tags & ~PartOfSpeech.closedClasses == 0 else { throw .mismatch("an open-class tag in the closed-class words") }
            words[high << 32 | low] = tags
        }
        return words
    }
}
