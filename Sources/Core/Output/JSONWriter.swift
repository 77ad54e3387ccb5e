/// Appends JSON to a byte buffer with a fixed key order, so equal values always give equal bytes.
///
/// Hand-written rather than `JSONEncoder` because the contract needs explicit `null`s, a stable
/// field order and fixed-precision scores, and because encoding is on every request's hot path.
/// The bytes sit behind a reference (`ByteOutput`), so a writer is built and used in one place,
/// never copied to write two documents.
public struct JSONWriter {
    private let output: ByteOutput
    public var bytes: [UInt8] { output.array }
    /// Whether the next value or key follows another in the same container. One flag is enough:
    /// a container's first entry never needs one, and after a container closes, its parent has
    /// just received a value.
    private var needsComma = false

    public init(capacity: Int = 4096) {
        output = ByteOutput(capacity: capacity)
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// A container's first entry needs no comma; after it closes, its parent has just received a value.
    private mutating func open(_ bracket: UInt8) {
        separate()
        output.append(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        output.append(bracket)
        needsComma = true
    }

    /// Writes `"name":`; the next value call supplies the value. Keys are the contract's field
    /// names, plain ASCII written into the code, so they are copied without escaping.
    /// (Copied as one run: a key is written for every field of every entity, mention, quote
    /// and claim.)
    @inline(__always)
    public mutating func key(_ name: StaticString) {
        separate()
        output.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { output.append(contentsOf: $0) }
        output.append(UInt8(ascii: "\""))
        output.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func string(_ value: String) {
        separate()
        appendQuoted(value)
    }

    public mutating func integer(_ value: Int) {
        separate()
        if value < 0 { output.append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude)
    }

    /// Decimal digits, left-padded with zeros to `width`, without making a `String`.
    private mutating func appendDigits(_ value: UInt, width: Int = 1) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            var remaining = value
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
            } while remaining > 0 || digits.count - start < min(width, digits.count)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Writes a number rounded to `decimals` places, without exponent, trailing zeros trimmed.
    public mutating func number(_ value: Double, decimals: Int = 4) {
        separate()
        guard value.isFinite else {
            output.append(contentsOf: "null".utf8)
            return
        }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        // Beyond what an Int holds after scaling, Swift's shortest round-trip form (with an
        // exponent, which JSON allows) is exact and cannot overflow.
        guard abs(value) * scale < 9.0e15 else {
            output.append(contentsOf: value.description.utf8)
            return
        }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        var fraction = scaled % Int(scale)
        if value < 0 && scaled != 0 { output.append(UInt8(ascii: "-")) }
        appendDigits(UInt(whole))
        guard fraction != 0 else { return }
        var digits = decimals
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        output.append(UInt8(ascii: "."))
        appendDigits(UInt(fraction), width: digits)
    }

    /// Writes a number exactly as Swift prints it (shortest form that reads back the same), for
    /// values echoed to the client such as a numeric request id.
    public mutating func exactNumber(_ value: Double) {
        separate()
        output.append(contentsOf: (value.isFinite ? value.description : "null").utf8)
    }

    public mutating func bool(_ value: Bool) {
        separate()
        output.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func null() {
        separate()
        output.append(contentsOf: "null".utf8)
    }

    @inline(__always)
    private mutating func separate() {
        if needsComma { output.append(UInt8(ascii: ",")) }
        needsComma = true
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Copies the runs between characters that need escaping in one go: most text has none.
    private mutating func appendQuoted(_ value: String) {
        output.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var run = 0
            var index = 0
            while let found = Self.firstToEscape(in: utf8, from: index) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<found]))
                appendEscaped(utf8[found])
                run = found + 1
                index = found + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
    }

    /// The index of the first byte at or after `start` that JSON needs escaped, testing eight
    /// bytes at a time (article text rarely has any): a word has a byte below 0x20 or equal to
    /// `"`, `\\` or DEL exactly when these bit tests say so.
    static func firstToEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let control = (word &- ones &* 0x20) & ~word & highs != 0
                if control || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C)) || hasZero(word ^ (ones &* 0x7F)) {
                    break
                }
                index += 8
            }
        }
        while index < bytes.count {
            if needsEscape(bytes[index]) { return index }
            index += 1
        }
        return nil
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        output.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
        case 0x0A: output.append(UInt8(ascii: "n"))
        case 0x0D: output.append(UInt8(ascii: "r"))
        case 0x09: output.append(UInt8(ascii: "t"))
        default:
            output.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
            output.append(Self.hex[Int(byte >> 4)])
            output.append(Self.hex[Int(byte & 0xF)])
        }
    }
}
