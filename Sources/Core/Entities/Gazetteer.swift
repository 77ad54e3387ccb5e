/// Gazetteer categories as a bitmask, because one phrase often belongs to
/// several lists at once ("Georgia" is a country, a region and a first name)
/// and the tagger weighs them together.
public struct GazetteerCategories: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    private init(bit: Int) { rawValue = 1 << bit }

    public static let country = Self(bit: 0)
    public static let city = Self(bit: 1)
    public static let region = Self(bit: 2)
    public static let continent = Self(bit: 3)
    public static let nationality = Self(bit: 4)
    public static let language = Self(bit: 5)
    public static let currency = Self(bit: 6)
    public static let firstMale = Self(bit: 7)
    public static let firstFemale = Self(bit: 8)
    public static let firstAmbiguous = Self(bit: 9)
    public static let surname = Self(bit: 10)
    /// Well-known companies (`companies.txt`). Kept in a gazetteer of their own, never in the
    /// tagger's: the tagger was trained without this evidence, and its lexicon bits above 10 mean
    /// other things.
    public static let company = Self(bit: 11)

    public static let places: GazetteerCategories = [.country, .city, .region, .continent]
    public static let firstNames: GazetteerCategories = [.firstMale, .firstFemale, .firstAmbiguous]

    /// The names used in `gazetteer.tsv`, kept beside the bits so the file and
    /// the code cannot drift apart silently: an unknown name is a parse error.
    static let byName: [String: GazetteerCategories] = [
        "COUNTRY": .country, "CITY": .city, "REGION": .region, "CONTINENT": .continent,
        "NATIONALITY": .nationality, "LANGUAGE": .language, "CURRENCY": .currency,
        "FIRST_MALE": .firstMale, "FIRST_FEMALE": .firstFemale,
        "FIRST_AMBIGUOUS": .firstAmbiguous, "SURNAME": .surname,
    ]

    /// Bits no category uses; the table borrows the top one to mark phrase
    /// prefixes, so entries must never carry it.
    static let all = GazetteerCategories(rawValue: (1 << 12) - 1)
}

/// A phrase found by `Gazetteer.matches`: which tokens it covers and what it is.
public struct GazetteerMatch: Sendable, Hashable {
    /// Indices into the token array passed to `matches`, not byte offsets, so
    /// the tagger can line matches up with its own per-token features.
    public var tokens: Range<Int>
    public var categories: GazetteerCategories

    public init(tokens: Range<Int>, categories: GazetteerCategories) {
        self.tokens = tokens
        self.categories = categories
    }
}

public enum GazetteerError: Error, Sendable, Equatable {
    /// A non-empty line without exactly one tab, or with an empty phrase.
    case malformedLine(line: Int)
    /// The category column names no known category (the file is newer or corrupt).
    case unknownCategory(line: Int, name: String)
}

/// FNV-1a 64 over ASCII-lowercased bytes. Chosen because it can be fed one
/// byte at a time while walking tokens, so phrase lookups never build strings
/// or concatenate buffers; non-ASCII bytes (curly apostrophes, accents) are
/// hashed as they are.
@usableFromInline
struct PhraseHasher {
    @usableFromInline static let offsetBasis = FNV1a.seed
    @usableFromInline static let prime = FNV1a.prime

    @usableFromInline var value: UInt64 = PhraseHasher.offsetBasis

    @inlinable init() {}

    @inlinable mutating func feed(_ byte: UInt8) {
        let folded = byte &- 0x41 < 26 ? byte | 0x20 : byte
        value = (value ^ UInt64(folded)) &* PhraseHasher.prime
    }

    @inlinable mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { feed(byte) }
    }

    @inlinable mutating func feed(_ bytes: some Collection<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { feed($0) }
        if done == nil {
            for byte in bytes { feed(byte) }
        }
    }

    /// Separator between the tokens of a phrase, matching the single space
    /// that joins words in the TSV.
    @inlinable mutating func feedSeparator() { feed(0x20) }

    static func hash(phrase: some Sequence<UInt8>) -> UInt64 {
        var hasher = PhraseHasher()
        var pendingSpace = false
        var started = false
        for byte in phrase {
            if byte == 0x20 || byte == 0x09 {
                pendingSpace = started
                continue
            }
            if pendingSpace {
                hasher.feedSeparator()
                pendingSpace = false
            }
            hasher.feed(byte)
            started = true
        }
        return hasher.value
    }
}

/// Name and place lists looked up per token. Everything is keyed by a 64-bit
/// hash so the hot path (every token of every article) allocates nothing; a
/// collision between two of ~70k phrases is about 1 in 10^10 and would only
/// add a spurious category, which the tagger tolerates.
public struct Gazetteer: Sendable {
    /// Longest phrase, in tokens, that `matches` looks for; the generator
    /// drops longer ones.
    public static let maxPhraseTokens = 6

    /// Set on a hash that starts a longer phrase, so the longest-match loop
    /// knows whether reading one more token can still succeed.
    static let prefixFlag: UInt32 = 1 << 31

    /// Phrase hash → categories, plus `prefixFlag` for proper prefixes.
    let table: HashTable<UInt32>

    /// Number of distinct phrases (prefix-only hashes excluded).
    public let phraseCount: Int

    /// Parses `phrase<TAB>CATEGORY` lines. The caller loads the bytes, so Core
    /// stays free of file and bundle handling.
    public init(tsv: [UInt8]) throws(GazetteerError) {
        var builder = Builder()
        var lineNumber = 0
        var start = 0
        let count = tsv.count
        while start < count {
            lineNumber += 1
            var end = start
            while end < count && tsv[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > start && tsv[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            defer { start = end + 1 }
            if lineEnd == start { continue }
            var tab = start
            while tab < lineEnd && tsv[tab] != 0x09 { tab += 1 }
            guard tab > start, tab < lineEnd else { throw .malformedLine(line: lineNumber) }
            var nameEnd = lineEnd
            while nameEnd > tab + 1 && tsv[nameEnd - 1] == 0x20 { nameEnd -= 1 }
            let name = String(decoding: tsv[(tab + 1)..<nameEnd], as: UTF8.self)
            guard let category = GazetteerCategories.byName[name] else {
                throw .unknownCategory(line: lineNumber, name: name)
            }
            guard builder.add(phrase: tsv[start..<tab], categories: category) else {
                throw .malformedLine(line: lineNumber)
            }
        }
        table = HashTable(builder.table)
        phraseCount = builder.phrases
    }

    /// Parses one name per line, every name of `category` (blank lines skipped).
    public init(lines: [UInt8], category: GazetteerCategories) {
        var builder = Builder()
        for line in lines.split(separator: 0x0A) {
            let name = line.last == 0x0D ? line.dropLast() : line
            _ = builder.add(phrase: name, categories: category)
        }
        table = HashTable(builder.table)
        phraseCount = builder.phrases
    }

    /// Builds from literal entries; meant for tests and small custom lists.
    /// Entries with an empty phrase are skipped.
    public init(entries: [(String, GazetteerCategories)]) {
        var builder = Builder()
        for (phrase, categories) in entries {
            _ = builder.add(phrase: Array(phrase.utf8)[...], categories: categories)
        }
        table = HashTable(builder.table)
        phraseCount = builder.phrases
    }

    private struct Builder {
        var table: [UInt64: UInt32] = [:]
        var phrases = 0

        /// Registers the phrase and every proper token prefix of it. Returns
        /// false for a phrase with no word in it.
        mutating func add(phrase: ArraySlice<UInt8>, categories: GazetteerCategories) -> Bool {
            var hasher = PhraseHasher()
            var tokensSeen = 0
            var inToken = false
            var pendingSpace = false
            for byte in phrase {
                if byte == 0x20 || byte == 0x09 {
                    if inToken {
                        pendingSpace = true
                        inToken = false
                    }
                    continue
                }
                if pendingSpace {
                    // The words so far form a prefix of this longer phrase.
                    table[hasher.value, default: 0] |= Gazetteer.prefixFlag
                    hasher.feedSeparator()
                    pendingSpace = false
                }
                if !inToken {
                    tokensSeen += 1
                    inToken = true
                }
                hasher.feed(byte)
            }
            guard tokensSeen > 0 else { return false }
            let bits = categories.intersection(.all).rawValue
            let old = table[hasher.value, default: 0]
            if old & ~Gazetteer.prefixFlag == 0 && bits != 0 { phrases += 1 }
            table[hasher.value] = old | bits
            return true
        }
    }

    /// Categories of a single token, ignoring ASCII case ("PARIS", "paris",
    /// "Paris" all answer `.city`); the tagger applies its own case policy.
    public func categories(of token: some Collection<UInt8>) -> GazetteerCategories {
        var hasher = PhraseHasher()
        hasher.feed(token)
        guard let value = table[hasher.value] else { return [] }
        return GazetteerCategories(rawValue: value & ~Gazetteer.prefixFlag)
    }

    /// Categories of a whole phrase given as text with single spaces between
    /// words ("new york city"); handy for tests and diagnostics.
    public func categories(ofPhrase phrase: String) -> GazetteerCategories {
        guard let value = table[PhraseHasher.hash(phrase: phrase.utf8)] else { return [] }
        return GazetteerCategories(rawValue: value & ~Gazetteer.prefixFlag)
    }

    /// Longest-match phrases, left to right, without overlaps, up to
    /// `maxPhraseTokens` tokens, ignoring ASCII case. Tokens with ranges
    /// outside `text` never match (the input is untrusted, so no trap).
    /// `keys`, when given, are the tokens' `WordList.key`s: a phrase's hash starts from its first
    /// token's key (the same FNV-1a), so the common one-token lookup hashes nothing.
    public func matches(in tokens: [Range<Int>], of text: [UInt8], keys: [UInt64]? = nil) -> [GazetteerMatch] {
        var result: [GazetteerMatch] = []
        let key: (Int) -> UInt64? = { index in keys.map { $0[index] } }
        forEachMatch(count: tokens.count, of: text, range: { tokens[$0] }, key: key, { result.append($0) })
        return result
    }

    /// `matches(in:of:keys:)` over tokens read through `range` and `key`, handed to `body` as
    /// they are found: the tagger's hot path copies out no ranges and keeps no list.
    func forEachMatch(
        count tokenCount: Int, of text: [UInt8], range tokenRange: (Int) -> Range<Int>, key tokenKey: (Int) -> UInt64?,
        _ body: (GazetteerMatch) -> Void
    ) {
        if tokenCount == 0 || table.isEmpty { return }
        text.withUnsafeBufferPointer { bytes in
            var index = 0
            while index < tokenCount {
                if let match = longestMatch(at: index, count: tokenCount, bytes: bytes, range: tokenRange, key: tokenKey) {
                    body(match)
                    index = match.tokens.upperBound
                } else {
                    index += 1
                }
            }
        }
    }

    /// The categories of exactly these tokens as one phrase, or nil when the gazetteer does not
    /// list them (as `matches` would find it: a whole-span match can only be the first).
    func wholeMatch(count tokenCount: Int, of text: [UInt8], range tokenRange: (Int) -> Range<Int>, key tokenKey: (Int) -> UInt64?)
        -> GazetteerCategories?
    {
        if tokenCount == 0 || table.isEmpty { return nil }
        return text.withUnsafeBufferPointer { bytes in
            guard let match = longestMatch(at: 0, count: tokenCount, bytes: bytes, range: tokenRange, key: tokenKey),
                match.tokens.count == tokenCount
            else { return nil }
            return match.categories
        }
    }

    /// The longest listed phrase starting at token `index`.
    @inline(__always)
    private func longestMatch(
        at index: Int, count tokenCount: Int, bytes: UnsafeBufferPointer<UInt8>, range tokenRange: (Int) -> Range<Int>,
        key tokenKey: (Int) -> UInt64?
    ) -> GazetteerMatch? {
        var hasher = PhraseHasher()
        var bestLength = 0
        var bestBits: UInt32 = 0
        let limit = min(Gazetteer.maxPhraseTokens, tokenCount - index)
        var length = 0
        while length < limit {
            let range = tokenRange(index + length)
            guard range.lowerBound >= 0, range.upperBound <= bytes.count, !range.isEmpty else { break }
            if length > 0 {
                hasher.feedSeparator()
                hasher.feed(UnsafeBufferPointer(rebasing: bytes[range]))
            } else if let key = tokenKey(index) {
                hasher.value = key
            } else {
                hasher.feed(UnsafeBufferPointer(rebasing: bytes[range]))
            }
            length += 1
            guard let value = table[hasher.value] else { break }
            let bits = value & ~Gazetteer.prefixFlag
            if bits != 0 {
                bestLength = length
                bestBits = bits
            }
            if value & Gazetteer.prefixFlag == 0 { break }
        }
        guard bestLength > 0 else { return nil }
        return GazetteerMatch(tokens: index..<(index + bestLength), categories: GazetteerCategories(rawValue: bestBits))
    }
}

/// Common lowercase English words, so the tagger can tell a capitalised common
/// word at a sentence start ("Such", "Speaking") from a name. Stored as hashes
/// for the same no-allocation reason as `Gazetteer`.
public struct CommonWords: Sendable {
    let hashes: HashTable<UInt32>

    /// One word per line; blank lines and a trailing CR are ignored.
    public init(list: [UInt8]) {
        var hashes = Set<UInt64>()
        var hasher = PhraseHasher()
        var empty = true
        for byte in list {
            if byte == 0x0A {
                if !empty { hashes.insert(hasher.value) }
                hasher = PhraseHasher()
                empty = true
            } else if byte != 0x0D {
                hasher.feed(byte)
                empty = false
            }
        }
        if !empty { hashes.insert(hasher.value) }
        self.hashes = HashTable(keys: hashes)
    }

    public var count: Int { hashes.count }

    /// Whether a word is listed, by its `WordList.key` (a token's `key`).
    func contains(key: UInt64) -> Bool { hashes.contains(key) }

    /// Whether the token, folded to ASCII lowercase, is a listed word; the
    /// caller passes the token as written ("Such" is found as "such").
    public func contains(lowercased token: some Collection<UInt8>) -> Bool {
        var hasher = PhraseHasher()
        hasher.feed(token)
        return hashes.contains(hasher.value)
    }
}
