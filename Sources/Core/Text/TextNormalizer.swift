/// Evens out the ways web text spells the same layout, so later rules need only look for `\n` and
/// ASCII space, while remembering where every byte came from.
///
/// Line ends become `\n`; exotic spaces, tabs and control characters become a space; invisible
/// characters (zero-width spaces and joiners, BOM, soft hyphen) are removed so they cannot split a
/// word. Quotes, dashes and apostrophes stay as they are: quote and dash detection need them.
/// Bytes that are not valid UTF-8 become a space, so every output range is valid UTF-8.
public struct TextNormalizer: Sendable {
    public struct Output: Sendable {
        public var bytes: [UInt8]
        /// For each output byte offset and one past the end, the input byte offset it came from.
        /// A removed character belongs to the byte after it, so a range starting there skips it
        /// (and `TextDocument.sourceRange` ends ranges before it).
        public var sourceOffset: [Int32]
    }

    public init() {}

    public func normalize(_ input: [UInt8]) -> Output {
        let count = input.count
        // No rule makes the output longer than the input, so one allocation of each suffices.
        var written = 0
        var offsets: [Int32] = []
        let bytes = [UInt8](unsafeUninitializedCapacity: max(count, 1)) { output, outputCount in
            offsets = [Int32](unsafeUninitializedCapacity: count + 1) { map, mapCount in
                input.withUnsafeBufferPointer { source in
                    written = Self.run(source, into: output, map: map)
                }
                map[written] = Int32(truncatingIfNeeded: count)
                mapCount = written + 1
            }
            outputCount = written
        }
        return Output(bytes: bytes, sourceOffset: offsets)
    }

    private static let space = UInt8(ascii: " ")
    private static let newline = UInt8(ascii: "\n")

    /// Returns the number of bytes written.
    private static func run(
        _ source: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>,
        map: UnsafeMutableBufferPointer<Int32>
    ) -> Int {
        let count = source.count
        var index = 0
        var written = 0
        @inline(__always) func emit(_ byte: UInt8, from origin: Int) {
            output[written] = byte
            map[written] = Int32(truncatingIfNeeded: origin)
            written += 1
        }
        while index < count {
            let byte = source[index]
            if byte &- 0x20 < 0x5F || byte == newline {
                // A run of printable ASCII and line feeds, most of any text: copied, and its
                // offsets counted, in bulk (a line feed stays as it is, so it need not end the run).
                let end = printableRunEnd(source, from: index + 1)
                let length = end - index
                _ = UnsafeMutableBufferPointer(rebasing: output[written..<(written + length)])
                    .update(fromContentsOf: UnsafeBufferPointer(rebasing: source[index..<end]))
                // Wrapping arithmetic, so that the loop is vectorised.
                let first = Int32(truncatingIfNeeded: index)
                for offset in 0..<length { map[written &+ offset] = first &+ Int32(truncatingIfNeeded: offset) }
                written += length
                index = end
                continue
            }
            if byte < 0x80 {
                if byte == 0x0D {
                    emit(newline, from: index)
                    index += (index + 1 < count && source[index + 1] == 0x0A) ? 2 : 1
                } else {
                    emit(byte == 0x0A ? newline : space, from: index)
                    index += 1
                }
                continue
            }
            let length = validSequenceLength(source, at: index)
            guard length > 0 else {
                emit(space, from: index)
                index += 1
                continue
            }
            let (value, _) = ScalarClassifier.decode(source, at: index)
            switch value {
            case 0x80...0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                emit(space, from: index)
            case 0x2028:
                emit(newline, from: index)
            case 0x2029:
                emit(newline, from: index)
                emit(newline, from: index)
            case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD:
                break
            default:
                for offset in 0..<length { emit(source[index + offset], from: index + offset) }
            }
            index += length
        }
        return written
    }

    /// The end of the run of printable ASCII bytes (space to tilde) and line feeds at `start`,
    /// sixteen bytes a step while the run lasts; the step where it ends gives the byte that ends
    /// it by its lane, without a byte-by-byte search.
    @inline(__always)
    private static func printableRunEnd(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = source.count
        var end = start
        if let base = source.baseAddress {
            let space = SIMD16<UInt8>(repeating: 0x20)
            let span = SIMD16<UInt8>(repeating: 0x5F)
            let lineFeed = SIMD16<UInt8>(repeating: newline)
            let zero = SIMD16<UInt8>(repeating: 0)
            let ones = SIMD16<UInt8>(repeating: 0xFF)
            while end + 16 <= count {
                let chunk = UnsafeRawPointer(base + end).loadUnaligned(as: SIMD16<UInt8>.self)
                let inRun = ((chunk &- space) .< span) .| (chunk .== lineFeed)
                if all(inRun) {
                    end += 16
                    continue
                }
                // 0xFF in each lane that ends the run, read as two little-endian words: the first
                // such lane is the lowest set byte.
                let lanes = unsafeBitCast(ones.replacing(with: zero, where: inRun), to: SIMD2<UInt64>.self)
                return end + (lanes[0] != 0 ? lanes[0].trailingZeroBitCount / 8 : 8 + lanes[1].trailingZeroBitCount / 8)
            }
        }
        while end < count && (source[end] &- 0x20 < 0x5F || source[end] == newline) { end += 1 }
        return end
    }

    /// The length of the well-formed UTF-8 sequence at `index` (Unicode Table 3-7), or 0.
    @inline(__always)
    private static func validSequenceLength(_ source: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = source[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return 0
        }
        guard index + length <= source.count else { return 0 }
        let second = source[index + 1]
        guard second >= low && second <= high else { return 0 }
        for offset in 2..<max(length, 2) where source[index + offset] & 0xC0 != 0x80 {
            return 0
        }
        return length
    }
}
