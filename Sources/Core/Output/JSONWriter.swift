/// Appends JSON to a byte buffer with a fixed key order, so equal values always give equal bytes.
///
/// Hand-written rather than `JSONEncoder` because the contract needs explicit `null`s, a stable
/// field order and fixed-precision scores, and because encoding is on every request's hot path.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }

    public mutating func endObject() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
    }

    public mutating func endArray() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes `"name":`; the next value call supplies the value. Keys are the contract's field
    /// names, plain ASCII written into the code, so they are copied without escaping.
    public mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    public mutating func string(_ value: String) {
        separate()
        appendQuoted(value)
    }

    public mutating func integer(_ value: Int) {
        separate()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
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
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Writes a number rounded to `decimals` places, without exponent, trailing zeros trimmed.
    public mutating func number(_ value: Double, decimals: Int = 4) {
        separate()
        guard value.isFinite else {
            bytes.append(contentsOf: "null".utf8)
            return
        }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        // Beyond what an Int holds after scaling, Swift's shortest round-trip form (with an
        // exponent, which JSON allows) is exact and cannot overflow.
        guard abs(value) * scale < 9.0e15 else {
            bytes.append(contentsOf: value.description.utf8)
            return
        }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        var fraction = scaled % Int(scale)
        if value < 0 && scaled != 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(UInt(whole))
        guard fraction != 0 else { return }
        var digits = decimals
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        bytes.append(UInt8(ascii: "."))
        appendDigits(UInt(fraction), width: digits)
    }

    /// Writes a number exactly as Swift prints it (shortest form that reads back the same), for
    /// values echoed to the client such as a numeric request id.
    public mutating func exactNumber(_ value: Double) {
        separate()
        bytes.append(contentsOf: (value.isFinite ? value.description : "null").utf8)
    }

    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    private mutating func separate() {
        let depth = needsComma.count - 1
        if needsComma[depth] { bytes.append(UInt8(ascii: ",")) }
        needsComma[depth] = true
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Copies the runs between characters that need escaping in one go: most text has none.
    private mutating func appendQuoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var run = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
                appendEscaped(byte)
                run = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
            bytes.append(Self.hex[Int(byte >> 4)])
            bytes.append(Self.hex[Int(byte & 0xF)])
        }
    }
}
