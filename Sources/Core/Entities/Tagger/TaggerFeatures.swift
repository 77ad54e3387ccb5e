/// One token as the tagger sees it: where its bytes are, what the tokenizer knew, and what the
/// lexicons and the rest of the document say about it.
public struct TaggerToken: Sendable {
    public var range: Range<Int>
    public var flags: TokenFlags
    /// `LexiconBits`: gazetteer categories and document-level evidence.
    public var lexicon: UInt32
    /// `WordList.key` of the token's bytes (a document token's `key`; case-folded, so a re-cased
    /// copy has the same), for the lexicon lookups.
    public var key: UInt64

    public init(range: Range<Int>, flags: TokenFlags, key: UInt64, lexicon: UInt32 = 0) {
        self.range = range
        self.flags = flags
        self.key = key
        self.lexicon = lexicon
    }
}

/// Turns each token of a sentence into a fixed number of hashed feature indices.
///
/// Features are hashed straight from the bytes (FNV-1a, which yields every prefix hash on the
/// way) into a table of `1 << bucketBits` rows: no strings, no dictionaries, so tagging runs at
/// millions of tokens per second.
public struct TaggerFeatures: Sendable {
    public static let perToken = 30
    public let bucketBits: Int
    private let mask: UInt64

    public init(bucketBits: Int) {
        self.bucketBits = bucketBits
        mask = (1 << UInt64(bucketBits)) - 1
        startWord = Word(keys: Self.start, mask: mask)
        endWord = Word(keys: Self.end, mask: mask)
    }

    /// Per-token facts computed once, then combined by the templates.
    fileprivate struct TokenKeys {
        var lower: UInt64 = 0
        var exact: UInt64 = 0
        var shape: UInt64 = 0
        var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var length: UInt64 = 0
    }

    /// A word's keys, and the hashed features that read that word alone: its own form, shape,
    /// prefixes and suffixes, and its form as seen from each neighbouring position. They are the
    /// same wherever the word stands, so `Scratch` computes them once per distinct word.
    fileprivate struct Word {
        var keys: TokenKeys
        var lower: Int32
        var exact: Int32
        var shape: Int32
        var prefixes: (Int32, Int32, Int32, Int32)
        var suffixes: (Int32, Int32, Int32, Int32)
        /// The word's form as the token before the current one, the token after it, and two before or after.
        var asPrevious: Int32
        var asNext: Int32
        var asPrevious2: Int32
        var asNext2: Int32

        init(keys: TokenKeys, mask: UInt64) {
            func hash(_ template: UInt64, _ value: UInt64) -> Int32 {
                Int32(truncatingIfNeeded: TaggerFeatures.hash(template, value, mask))
            }
            self.keys = keys
            lower = hash(2, keys.lower)
            exact = hash(3, keys.exact)
            asPrevious = hash(4, keys.lower)
            asNext = hash(5, keys.lower)
            asPrevious2 = hash(6, keys.lower)
            asNext2 = hash(7, keys.lower)
            shape = hash(8, keys.shape)
            prefixes = (hash(11, keys.prefixes.0), hash(12, keys.prefixes.1), hash(13, keys.prefixes.2), hash(14, keys.prefixes.3))
            suffixes = (hash(15, keys.suffixes.0), hash(16, keys.suffixes.1), hash(17, keys.suffixes.2), hash(18, keys.suffixes.3))
        }
    }

    private static let start = TokenKeys(lower: 0x5157_4152_5400, exact: 0x5157_4152_5400, shape: 0x5157_4152_5400)
    private static let end = TokenKeys(lower: 0x454E_4400, exact: 0x454E_4400, shape: 0x454E_4400)
    /// The sentence's edges, as neighbours of its first and last tokens.
    private let startWord: Word
    private let endWord: Word

    /// Appends `perToken` bucket indices for each token to `output`.
    public func extract(
        text: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<TaggerToken>, into output: inout [Int32]
    ) {
        var scratch = Scratch()
        extract(text: text, tokens: tokens, into: &output, scratch: &scratch)
    }

    /// Space for the sentence's words, reused from sentence to sentence, and every distinct word
    /// seen so far. An article repeats most of its words, and a word's keys and own features
    /// depend on its bytes alone: looked up by the FNV-1a of those bytes, a repeated word costs
    /// one hash, not six hashes and fifteen feature hashes.
    struct Scratch {
        /// Each distinct word, in the order first seen, after the sentence's edges (0 and 1).
        fileprivate var words: [Word] = []
        /// Where each word is in `words`, by its bytes' hash.
        fileprivate var wordIndex: KeyMap<Int32>
        /// The sentence as indices into `words`, between two edges on each side, so that every
        /// token has two neighbours each way.
        fileprivate var sentence: [Int32] = []

        /// Room for the words of a text of `tokens` tokens (it still grows past that).
        init(tokens: Int = 0) {
            wordIndex = KeyMap(capacity: tokens / 2)
            words.reserveCapacity(tokens / 2 + 2)
        }
    }

    func extract(
        text: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<TaggerToken>, into output: inout [Int32],
        scratch: inout Scratch
    ) {
        let count = tokens.count
        let startEdge: Int32 = 0
        let endEdge: Int32 = 1
        if scratch.words.isEmpty { scratch.words.append(contentsOf: [startWord, endWord]) }
        scratch.sentence.removeAll(keepingCapacity: true)
        scratch.sentence.append(contentsOf: [startEdge, startEdge])
        var capitalWords = 0
        var letterWords = 0
        for index in 0..<count {
            let range = tokens[index].range
            let bytesHash = Self.exactHash(text, range)
            let word: Int32
            if let known = scratch.wordIndex[bytesHash] {
                word = known
            } else {
                word = Int32(truncatingIfNeeded: scratch.words.count)
                scratch.wordIndex[bytesHash] = word
                scratch.words.append(Word(keys: Self.keys(text, range), mask: mask))
            }
            scratch.sentence.append(word)
            let flags = tokens[index].flags
            if flags.contains(.allCaps) { capitalWords += 1 }
            if flags.contains(.capitalized) || flags.contains(.allCaps)
                || scratch.words[Int(word)].keys.shape != Self.punctuationShape
            {
                letterWords += 1
            }
        }
        scratch.sentence.append(contentsOf: [endEdge, endEdge])
        // A sentence in capitals (a wire headline, a shouted line) says nothing by its case.
        let shouting: UInt64 = letterWords >= 3 && capitalWords * 10 >= letterWords * 7 ? 1 : 0
        let first = output.count
        output.append(contentsOf: repeatElement(0, count: count * Self.perToken))
        scratch.words.withUnsafeBufferPointer { words in
            scratch.sentence.withUnsafeBufferPointer { sentence in
                output.withUnsafeMutableBufferPointer { output in
                    for index in 0..<count {
                        // Token `index` is at `index + 2` in `sentence`.
                        let word = words[Int(sentence[index &+ 2])]
                        let previousWord = words[Int(sentence[index &+ 1])]
                        let nextWord = words[Int(sentence[index &+ 3])]
                        let token = word.keys
                        let previous = previousWord.keys
                        let next = nextWord.keys
                        let flags = tokens[index].flags
                        let lexicon = UInt64(tokens[index].lexicon)
                        let previousLexicon = index > 0 ? UInt64(tokens[index - 1].lexicon) : 0
                        let nextLexicon = index + 1 < count ? UInt64(tokens[index + 1].lexicon) : 0
                        let caseBits = UInt64(flags.rawValue & 0x100F) | shouting << 16
                        let row = UnsafeMutableBufferPointer(rebasing: output[(first + index * Self.perToken)...])
                        row[0] = Int32(truncatingIfNeeded: hash(1, 1))
                        row[1] = word.lower
                        row[2] = word.exact
                        row[3] = previousWord.asPrevious
                        row[4] = nextWord.asNext
                        row[5] = words[Int(sentence[index])].asPrevious2
                        row[6] = words[Int(sentence[index &+ 4])].asNext2
                        row[7] = word.shape
                        row[8] = Int32(truncatingIfNeeded: hash(9, previous.shape &+ token.shape &* 31))
                        row[9] = Int32(truncatingIfNeeded: hash(10, token.shape &+ next.shape &* 31))
                        row[10] = word.prefixes.0
                        row[11] = word.prefixes.1
                        row[12] = word.prefixes.2
                        row[13] = word.prefixes.3
                        row[14] = word.suffixes.0
                        row[15] = word.suffixes.1
                        row[16] = word.suffixes.2
                        row[17] = word.suffixes.3
                        row[18] = Int32(truncatingIfNeeded: hash(19, previous.lower &* 31 &+ token.lower))
                        row[19] = Int32(truncatingIfNeeded: hash(20, token.lower &* 31 &+ next.lower))
                        row[20] = Int32(truncatingIfNeeded: hash(21, previous.shape &* 961 &+ token.shape &* 31 &+ next.shape))
                        row[21] = Int32(truncatingIfNeeded: hash(22, caseBits))
                        row[22] = Int32(truncatingIfNeeded: hash(23, lexicon))
                        row[23] = Int32(truncatingIfNeeded: hash(24, previousLexicon))
                        row[24] = Int32(truncatingIfNeeded: hash(25, nextLexicon))
                        row[25] = Int32(truncatingIfNeeded: hash(26, lexicon &* 131 &+ caseBits))
                        row[26] = Int32(truncatingIfNeeded: hash(27, previous.lower &* 31 &+ token.shape))
                        row[27] = Int32(truncatingIfNeeded: hash(28, token.shape &* 31 &+ next.lower))
                        row[28] = Int32(truncatingIfNeeded: hash(29, token.length &* 131 &+ caseBits))
                        row[29] = Int32(truncatingIfNeeded: hash(30, shouting &* 31 &+ token.lower))
                    }
                }
            }
        }
    }

    @inline(__always)
    private func hash(_ template: UInt64, _ value: UInt64) -> UInt64 { Self.hash(template, value, mask) }

    @inline(__always)
    private static func hash(_ template: UInt64, _ value: UInt64, _ mask: UInt64) -> UInt64 {
        var mixed = value &+ template &* 0x9E37_79B9_7F4A_7C15
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        mixed ^= mixed >> 31
        return mixed & mask
    }

    private static let punctuationShape: UInt64 = 0

    /// FNV-1a of the bytes as written: `TokenKeys.exact`, and the token's identity in `Scratch.wordIndex`.
    private static func exactHash(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        FNV1a.hash(text, range)
    }

    private static func keys(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> TokenKeys {
        var keys = TokenKeys()
        var lower = FNV1a.seed
        var exact = FNV1a.seed
        var shape = FNV1a.seed
        var lastShape: UInt8 = 0
        var shapeRun = 0
        var position = 0
        var hasWordCharacter = false
        for index in range {
            let byte = text[index]
            let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            lower = FNV1a.step(lower, UInt64(folded))
            exact = FNV1a.step(exact, UInt64(byte))
            let shapeByte: UInt8
            switch byte {
            case 0x41...0x5A: shapeByte = UInt8(ascii: "X")
            case 0x61...0x7A: shapeByte = UInt8(ascii: "x")
            case 0x30...0x39: shapeByte = UInt8(ascii: "d")
            case 0x80...0xBF: shapeByte = 0  // UTF-8 continuation: part of the previous scalar
            case 0xC0...0xFF: shapeByte = UInt8(ascii: "u")
            default: shapeByte = byte
            }
            if shapeByte != 0 {
                if shapeByte == UInt8(ascii: "X") || shapeByte == UInt8(ascii: "x") || shapeByte == UInt8(ascii: "d")
                    || shapeByte == UInt8(ascii: "u")
                {
                    hasWordCharacter = true
                }
                // Runs longer than two collapse: "Xxxxx" and "Xxx" share the shape "Xxx".
                shapeRun = shapeByte == lastShape ? shapeRun + 1 : 1
                if shapeRun <= 2 { shape = FNV1a.step(shape, UInt64(shapeByte)) }
                lastShape = shapeByte
            }
            position += 1
            switch position {
            case 1: keys.prefixes.0 = lower
            case 2: keys.prefixes.1 = lower
            case 3: keys.prefixes.2 = lower
            case 4: keys.prefixes.3 = lower
            default: break
            }
        }
        keys.lower = lower
        keys.exact = exact
        keys.shape = hasWordCharacter ? shape : punctuationShape
        keys.length = UInt64(min(range.count, 12))
        if position < 4 { keys.prefixes.3 = 0 }
        if position < 3 { keys.prefixes.2 = 0 }
        if position < 2 { keys.prefixes.1 = 0 }
        for length in 1...4 {
            var suffix = FNV1a.seed &+ UInt64(length)
            if range.count >= length {
                for index in (range.upperBound - length)..<range.upperBound {
                    let byte = text[index]
                    suffix = FNV1a.step(suffix, UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte))
                }
            } else {
                suffix = 0
            }
            switch length {
            case 1: keys.suffixes.0 = suffix
            case 2: keys.suffixes.1 = suffix
            case 3: keys.suffixes.2 = suffix
            default: keys.suffixes.3 = suffix
            }
        }
        return keys
    }
}
