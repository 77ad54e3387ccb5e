#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Line-level helpers over normalised bytes, where `\n` is the only line end and ASCII space the
/// only space (see `TextNormalizer`).
enum TextLines {
    static let newline = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")

    /// The end of the line starting at `start` (the index of its `\n`, or `limit`).
    ///
    /// `memchr` reads many bytes an instruction; lines of prose run to hundreds of bytes, and the
    /// layout rules walk every line of the text more than once.
    @inline(__always)
    static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        guard start < limit, let base = bytes.baseAddress else { return start }
        guard let found = memchr(base + start, Int32(newline), limit - start) else { return limit }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// `range` without spaces at either end.
    @inline(__always)
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && bytes[lower] == space { lower += 1 }
        while upper > lower && bytes[upper - 1] == space { upper -= 1 }
        return lower..<upper
    }

    /// `range` without spaces or line ends at either end.
    static func trimmedBlock(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && (bytes[lower] == space || bytes[lower] == newline) { lower += 1 }
        while upper > lower && (bytes[upper - 1] == space || bytes[upper - 1] == newline) { upper -= 1 }
        return lower..<upper
    }

    /// The next line at or after `start` that has more than spaces, trimmed, with the index just
    /// past its line end.
    static func nextNonBlankLine(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int
    ) -> (content: Range<Int>, next: Int)? {
        var lineStart = start
        while lineStart < limit {
            let end = lineEnd(bytes, from: lineStart, limit: limit)
            let content = trimmed(bytes, lineStart..<end)
            let next = min(end + 1, limit)
            if !content.isEmpty { return (content, next) }
            lineStart = next
        }
        return nil
    }

    /// Whether the bytes at `start` are `phrase` (lower-case), ignoring ASCII case.
    @inline(__always)
    static func startsWithLowercase(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ phrase: [UInt8]) -> Bool {
        guard start + phrase.count <= bytes.count else { return false }
        for offset in phrase.indices where ASCII.lowercased(bytes[start + offset]) != phrase[offset] { return false }
        return true
    }

    /// Byte-wise equality, ignoring ASCII case.
    static func equalIgnoringASCIICase(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ other: some Collection<UInt8>
    ) -> Bool {
        guard range.count == other.count else { return false }
        var index = range.lowerBound
        for byte in other {
            if ASCII.lowercased(bytes[index]) != ASCII.lowercased(byte) { return false }
            index += 1
        }
        return true
    }

    /// The first index of `start..<end` whose byte `table` marks, or `end`: eight bytes a
    /// step past stretches without one (the table marks few bytes), then byte by byte.
    @inline(__always)
    static func firstMarked(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, table: UnsafeBufferPointer<UInt8>) -> Int {
        var index = start
        while index + 8 <= end {
            let marks =
                table[Int(bytes[index])] | table[Int(bytes[index + 1])] | table[Int(bytes[index + 2])] | table[Int(bytes[index + 3])]
                | table[Int(bytes[index + 4])] | table[Int(bytes[index + 5])] | table[Int(bytes[index + 6])]
                | table[Int(bytes[index + 7])]
            if marks != 0 { break }
            index += 8
        }
        while index < end && table[Int(bytes[index])] == 0 { index += 1 }
        return index
    }
}
