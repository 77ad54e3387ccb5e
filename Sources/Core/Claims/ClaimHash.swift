/// Hashes of byte spans for the claim stage's features and word lists.
///
/// FNV-1a over lower-cased bytes (the same scheme as `TaggerFeatures`): no `String` per token,
/// and word n-gram keys are mixed from word hashes rather than from concatenated text.
enum ClaimHash {
    static let offset = FNV1a.seed
    static let prime = FNV1a.prime

    @inline(__always)
    static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The lower-cased FNV-1a hash of a token; typographic apostrophes count as straight ones
    /// so "don’t" and "don't" share features.
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = offset
        var index = range.lowerBound
        while index < range.upperBound {
            var byte = lowered(bytes[index])
            // U+2019 (E2 80 99) → "'".
            if byte == 0xE2, index + 2 < range.upperBound, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                byte = UInt8(ascii: "'")
                index += 2
            }
            hash = (hash ^ UInt64(byte)) &* prime
            index += 1
        }
        return hash
    }

    /// Combines a feature template number and a key into a bucket of a `1 << bits` table.
    @inline(__always)
    static func bucket(_ template: UInt64, _ value: UInt64, mask: UInt64) -> Int32 {
        var mixed = value &+ template &* 0x9E37_79B9_7F4A_7C15
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        mixed ^= mixed >> 31
        return Int32(truncatingIfNeeded: mixed & mask)
    }
}
