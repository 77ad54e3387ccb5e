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

    static func set(_ words: [String]) -> WordKeySet { WordKeySet(words.map(WordKey.init)) }
}

/// The one hash of a word's spelling that word lists and models share: FNV-1a over the
/// ASCII-lower-cased bytes, the curly apostrophe (E2 80 99) read as `'`, so "Doesn’t" and
/// "doesn't" are one word. `Token.foldedKey` holds it for every token.
enum FoldedWord {
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var value = FNV1a.seed
        var index = range.lowerBound
        while index < range.upperBound {
            var byte = bytes[index]
            if byte == 0xE2, index + 2 < range.upperBound, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                byte = UInt8(ascii: "'")
                index += 2
            } else if ASCII.isUpper(byte) {
                byte |= 0x20
            }
            value = FNV1a.step(value, UInt64(byte))
            index += 1
        }
        return value
    }
}
