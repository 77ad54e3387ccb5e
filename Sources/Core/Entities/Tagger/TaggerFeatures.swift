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

    private static let start = TokenKeys(lower: 0x5157_4152_5400, exact: 0x5157_4152_5400, shape: 0x5157_4152_5400)
    private static let end = TokenKeys(lower: 0x454E_4400, exact: 0x454E_4400, shape: 0x454E_4400)

    /// Appends `perToken` bucket indices for each token to `output`.
    public func extract(
        text: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<TaggerToken>, into output: inout [Int32]
    ) {
        var scratch = Scratch()
        extract(text: text, tokens: tokens, into: &output, scratch: &scratch)
    }

    /// Space for per-token keys, reused from sentence to sentence.
    struct Scratch {
        fileprivate var keys: [TokenKeys] = []
    }

    func extract(
        text: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<TaggerToken>, into output: inout [Int32],
        scratch: inout Scratch
    ) {
        let count = tokens.count
        scratch.keys.removeAll(keepingCapacity: true)
        var capitalWords = 0
        var letterWords = 0
        for index in 0..<count {
            let key = Self.keys(text, tokens[index].range)
            scratch.keys.append(key)
            let flags = tokens[index].flags
            if flags.contains(.allCaps) { capitalWords += 1 }
            if flags.contains(.capitalized) || flags.contains(.allCaps) || key.shape != Self.punctuationShape {
                letterWords += 1
            }
        }
        let keys = scratch.keys
        // A sentence in capitals (a wire headline, a shouted line) says nothing by its case.
        let shouting: UInt64 = letterWords >= 3 && capitalWords * 10 >= letterWords * 7 ? 1 : 0
        let first = output.count
        output.append(contentsOf: repeatElement(0, count: count * Self.perToken))
        output.withUnsafeMutableBufferPointer { output in
            for index in 0..<count {
                let token = keys[index]
                let previous = index > 0 ? keys[index - 1] : Self.start
                let previous2 = index > 1 ? keys[index - 2] : Self.start
                let next = index + 1 < count ? keys[index + 1] : Self.end
                let next2 = index + 2 < count ? keys[index + 2] : Self.end
                let flags = tokens[index].flags
                let lexicon = UInt64(tokens[index].lexicon)
                let previousLexicon = index > 0 ? UInt64(tokens[index - 1].lexicon) : 0
                let nextLexicon = index + 1 < count ? UInt64(tokens[index + 1].lexicon) : 0
                let caseBits = UInt64(flags.rawValue & 0x100F) | shouting << 16
                let row = UnsafeMutableBufferPointer(rebasing: output[(first + index * Self.perToken)...])
                row[0] = Int32(truncatingIfNeeded: hash(1, 1))
                row[1] = Int32(truncatingIfNeeded: hash(2, token.lower))
                row[2] = Int32(truncatingIfNeeded: hash(3, token.exact))
                row[3] = Int32(truncatingIfNeeded: hash(4, previous.lower))
                row[4] = Int32(truncatingIfNeeded: hash(5, next.lower))
                row[5] = Int32(truncatingIfNeeded: hash(6, previous2.lower))
                row[6] = Int32(truncatingIfNeeded: hash(7, next2.lower))
                row[7] = Int32(truncatingIfNeeded: hash(8, token.shape))
                row[8] = Int32(truncatingIfNeeded: hash(9, previous.shape &+ token.shape &* 31))
                row[9] = Int32(truncatingIfNeeded: hash(10, token.shape &+ next.shape &* 31))
                row[10] = Int32(truncatingIfNeeded: hash(11, token.prefixes.0))
                row[11] = Int32(truncatingIfNeeded: hash(12, token.prefixes.1))
                row[12] = Int32(truncatingIfNeeded: hash(13, token.prefixes.2))
                row[13] = Int32(truncatingIfNeeded: hash(14, token.prefixes.3))
                row[14] = Int32(truncatingIfNeeded: hash(15, token.suffixes.0))
                row[15] = Int32(truncatingIfNeeded: hash(16, token.suffixes.1))
                row[16] = Int32(truncatingIfNeeded: hash(17, token.suffixes.2))
                row[17] = Int32(truncatingIfNeeded: hash(18, token.suffixes.3))
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

    @inline(__always)
    private func hash(_ template: UInt64, _ value: UInt64) -> UInt64 {
        var mixed = value &+ template &* 0x9E37_79B9_7F4A_7C15
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        mixed ^= mixed >> 31
        return mixed & mask
    }

    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x100_0000_01b3
    private static let punctuationShape: UInt64 = 0

    private static func keys(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> TokenKeys {
        var keys = TokenKeys()
        var lower = fnvOffset
        var exact = fnvOffset
        var shape = fnvOffset
        var lastShape: UInt8 = 0
        var shapeRun = 0
        var position = 0
        var hasWordCharacter = false
        for index in range {
            let byte = text[index]
            let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            lower = (lower ^ UInt64(folded)) &* fnvPrime
            exact = (exact ^ UInt64(byte)) &* fnvPrime
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
                if shapeRun <= 2 { shape = (shape ^ UInt64(shapeByte)) &* fnvPrime }
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
            var suffix = fnvOffset &+ UInt64(length)
            if range.count >= length {
                for index in (range.upperBound - length)..<range.upperBound {
                    let byte = text[index]
                    suffix = (suffix ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)) &* fnvPrime
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
