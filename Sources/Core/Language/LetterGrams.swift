/// The features the language profiles count: letter bigrams and trigrams (case folded, every run
/// of non-letters one word boundary), hashed into a fixed table so a profile is one flat array and
/// a lookup one row. Training and identification share this walk, so they cannot drift apart.
///
/// Each gram says whether its word starts with a capital: in news such words are mostly names,
/// which every language shares ("Lula da Silva met Bolsonaro's allies in São Paulo" is English by
/// its small words), so identification weighs them less.
package struct LetterGrams {
    package init() {}

    package static let bucketBits = 16
    package static let buckets = 1 << bucketBits

    /// Letters and boundaries seen so far; a boundary is 0x20.
    private var previous: UInt32 = 0x20
    private var beforePrevious: UInt32 = 0x20
    /// Letters (not boundaries) walked.
    private(set) var letters = 0
    /// Inside a word that started with a capital.
    private var capitalized = false
    /// Whether the last scalar fed was a letter (of a skipped word or not).
    private var inWord = false

    /// Set on `letter(_:)`'s answer for a capital.
    package static let capital: UInt32 = 0x8000_0000

    /// The case-folded letter, with `capital` set for an upper-case one, or nil for anything that
    /// separates words (digits included: a number says nothing of the language around it).
    @inline(__always)
    package static func letter(_ scalar: Unicode.Scalar) -> UInt32? {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x61 && value <= 0x7A { return value }
            if value >= 0x41 && value <= 0x5A { return value | 0x20 | capital }
            return nil
        }
        let properties = scalar.properties
        guard properties.isAlphabetic else { return nil }
        if properties.isUppercase, let lower = properties.lowercaseMapping.unicodeScalars.first { return lower.value | capital }
        return value
    }

    /// The grams one scalar completes: buckets, -1 for none (a value, not a callback, so the
    /// identifier's loop has nothing to call and no captured state to guard).
    package struct Completed {
        package var bigram = -1
        package var trigram = -1
        /// Whether their word starts with a capital.
        package var capitalized = false
    }

    /// Feeds one scalar, already folded by `letter(_:)` (nil for a boundary).
    @inline(__always)
    package mutating func feed(_ folded: UInt32?) -> Completed {
        let current: UInt32
        if let folded {
            if !inWord { capitalized = folded & Self.capital != 0 }
            inWord = true
            current = folded & ~Self.capital
            letters += 1
        } else {
            inWord = false
            guard previous != 0x20 else { return Completed() }
            current = 0x20
        }
        var completed = Completed(capitalized: capitalized)
        completed.bigram = Self.bucket(previous, current, seed: 0x9E37_79B9_7F4A_7C15)
        if !(previous == 0x20 && beforePrevious == 0x20) {
            completed.trigram = Self.bucket(beforePrevious, previous, current, seed: 0xC2B2_AE3D_27D4_EB4F)
        }
        beforePrevious = previous
        previous = current
        return completed
    }

    /// Closes the last word, so its final grams count as they do mid-text.
    package mutating func finish() -> Completed {
        previous != 0x20 ? feed(nil) : Completed()
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
