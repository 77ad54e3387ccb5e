/// The ids a response gives its entities, quotes and claims: a letter and a number from 1 ("e1",
/// "q12", "c3").
///
/// Built from bytes into a small string: string interpolation formats the number through a
/// protocol call and then appends the pieces one by one, which every entity, quote and claim of
/// every answer would pay.
enum ResponseID {
    static let entity = UInt8(ascii: "e")
    static let quote = UInt8(ascii: "q")
    static let claim = UInt8(ascii: "c")

    /// `prefix` followed by the decimal digits of `number` (which must not be negative).
    static func make(_ prefix: UInt8, _ number: Int) -> String {
        // Fifteen ASCII bytes or fewer make a small string, kept inline without an allocation.
        guard number < 100_000_000_000_000 else { return String(decoding: [prefix], as: UTF8.self) + String(number) }
        var digits = 0
        var rest = number
        repeat {
            digits += 1
            rest /= 10
        } while rest > 0
        return String(unsafeUninitializedCapacity: digits + 1) { buffer in
            buffer[0] = prefix
            var rest = number
            for position in stride(from: digits, to: 0, by: -1) {
                buffer[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            }
            return digits + 1
        }
    }
}
