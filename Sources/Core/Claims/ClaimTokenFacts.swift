/// Per-token facts of one document that every part of the claim stage reads: word hashes,
/// word classes, and which entity mention starts or ends at each token.
///
/// Computed once per document in one pass, so splitting, scoring and typing stay linear.
struct ClaimTokenFacts {
    /// `ClaimHash.word` of each token (numbers share one key, so "5" and "2,000" generalise).
    var hashes: [UInt64]
    var classes: [ClaimWordClass]
    /// Index into the mention list of the mention starting at each token, or -1.
    var mentionStarting: [Int32]
    /// Index of the mention whose last token is this one, or -1.
    var mentionEnding: [Int32]
    /// The token's place in the parse: its relation, its part of speech and its head's, packed
    /// as `relation << 10 | pos << 5 | headPos` (head `x` for a root or an unparsed token). Read
    /// here once, because a clause's head may lie outside the clause.
    var parse: [UInt16]
    /// Verbs in a regular past form ("returned", "examined"), which no word list can hold all of:
    /// with the irregular ones the word classes list, they date a clause's predicate.
    var pastForm: [Bool]

    static let numberKey: UInt64 = 0x4E55_4D42_4552

    init(document: TextDocument, mentions: [EntityMention]) {
        let count = document.tokens.count
        var hashes = [UInt64](repeating: 0, count: count)
        var classes = [ClaimWordClass](repeating: [], count: count)
        var parse = [UInt16](repeating: 0, count: count)
        var pastForm = [Bool](repeating: false, count: count)
        // Read once here rather than through `ClaimWordClass.of` for every token.
        let wordClasses = ClaimWordClass.table
        document.normalized.withUnsafeBufferPointer { bytes in
            document.tokens.withUnsafeBufferPointer { tokens in
                for index in 0..<count {
                    let token = tokens[index]
                    let head = Int(token.head)
                    let headPos = head >= 0 && head < count ? tokens[head].pos.rawValue : 0
                    parse[index] =
                        UInt16(token.relation.rawValue) << 10 | UInt16(token.pos.rawValue) << 5 | UInt16(headPos)
                    switch token.kind {
                    case .number:
                        hashes[index] = Self.numberKey
                    case .quote:
                        hashes[index] = token.foldedKey
                    default:
                        hashes[index] = token.foldedKey
                        if token.end - token.start <= 16, let wordClass = wordClasses[token.foldedKey] {
                            classes[index] = ClaimWordClass(rawValue: wordClass)
                        }
                        let end = Int(token.end)
                        pastForm[index] =
                            token.pos == .verb && token.end - token.start > 4 && bytes[end - 2] == UInt8(ascii: "e")
                            && bytes[end - 1] == UInt8(ascii: "d")
                    }
                }
            }
        }
        var starting = [Int32](repeating: -1, count: count)
        var ending = [Int32](repeating: -1, count: count)
        for (index, mention) in mentions.enumerated()
        where mention.tokens.lowerBound >= 0 && mention.tokens.upperBound <= count && !mention.tokens.isEmpty {
            starting[mention.tokens.lowerBound] = Int32(index)
            ending[mention.tokens.upperBound - 1] = Int32(index)
        }
        self.hashes = hashes
        self.classes = classes
        self.mentionStarting = starting
        self.mentionEnding = ending
        self.parse = parse
        self.pastForm = pastForm
    }
}
