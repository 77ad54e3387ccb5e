/// A short ASCII word packed into an integer, lower-cased, so word lists are looked up by hashing
/// one `UInt64` instead of building a `String` for every token.
///
/// Words longer than eight bytes or with non-letters (other than an inner period, as in "e.g")
/// have no key; the lists that use keys only hold short words.
struct WordKey: Hashable, Sendable {
    let value: UInt64

    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty, range.count <= 8 else { return nil }
        var value: UInt64 = 0
        for index in range {
            var byte = bytes[index]
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte |= 0x20
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "."): break
            default: return nil
            }
            value = value << 8 | UInt64(byte)
        }
        self.value = value
    }

    /// For building the constant tables; `word` must satisfy the same rules.
    init(_ word: String) {
        var value: UInt64 = 0
        for byte in word.utf8.prefix(8) { value = value << 8 | UInt64(byte | 0x20) }
        self.value = value
    }

    static func set(_ words: [String]) -> Set<WordKey> { Set(words.map(WordKey.init)) }
}
