/// The features the language profiles count: letter bigrams and trigrams (case folded, every run
/// of non-letters one word boundary), hashed into a fixed table so a profile is one flat array and
/// a lookup one row. Training and identification share this walk, so they cannot drift apart.
struct LetterGrams {
    static let bucketBits = 16
    static let buckets = 1 << bucketBits

    /// Letters and boundaries seen so far; a boundary is 0x20.
    private var previous: UInt32 = 0x20
    private var beforePrevious: UInt32 = 0x20
    /// Letters (not boundaries) walked.
    private(set) var letters = 0

    /// The case-folded letter, or nil for anything that separates words (digits included: a
    /// number says nothing of the language around it).
    @inline(__always)
    static func letter(_ scalar: Unicode.Scalar) -> UInt32? {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x61 && value <= 0x7A { return value }
            if value >= 0x41 && value <= 0x5A { return value | 0x20 }
            return nil
        }
        let properties = scalar.properties
        guard properties.isAlphabetic else { return nil }
        if properties.isUppercase, let lower = properties.lowercaseMapping.unicodeScalars.first { return lower.value }
        return value
    }

    /// Feeds one scalar, already folded by `letter(_:)` (nil for a boundary); calls `emit` with the
    /// bucket of each gram it completes.
    @inline(__always)
    mutating func feed(_ folded: UInt32?, _ emit: (Int) -> Void) {
        let current: UInt32
        if let folded {
            current = folded
            letters += 1
        } else {
            guard previous != 0x20 else { return }
            current = 0x20
        }
        emit(Self.bucket(previous, current, seed: 0x9E37_79B9_7F4A_7C15))
        if !(previous == 0x20 && beforePrevious == 0x20) {
            emit(Self.bucket(beforePrevious, previous, current, seed: 0xC2B2_AE3D_27D4_EB4F))
        }
        beforePrevious = previous
        previous = current
    }

    /// Closes the last word, so its final grams count as they do mid-text.
    mutating func finish(_ emit: (Int) -> Void) {
        if previous != 0x20 { feed(nil, emit) }
    }

    @inline(__always)
    private static func bucket(_ a: UInt32, _ b: UInt32, _ c: UInt32 = 0, seed: UInt64) -> Int {
        var hash = seed ^ UInt64(a)
        hash = (hash &* 0xBF58_476D_1CE4_E5B9) ^ UInt64(b)
        hash = (hash &* 0x94D0_49BB_1331_11EB) ^ UInt64(c)
        hash = (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: hash >> UInt64(64 - bucketBits))
    }
}
