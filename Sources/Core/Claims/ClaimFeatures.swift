/// Turns a clause into hashed feature indices with values, for the linear check-worthiness model.
///
/// Three groups, each scaled to unit length so long clauses do not win by size alone: word
/// 1–3-grams, character 3–5-grams of the lower-cased clause (digits folded to "0"), and a few
/// hand features (numbers with units, comparison, hedges, person, tense, entity types, position).
public struct ClaimFeatures: Sendable {
    public let bucketBits: Int
    let mask: UInt64
    /// Longer clauses are read only this far: the opening of a run-on sentence carries its
    /// assertion, and the cost of one clause stays bounded.
    static let maximumTokens = 120

    public init(bucketBits: Int) {
        self.bucketBits = bucketBits
        mask = (1 << UInt64(bucketBits)) - 1
    }

    /// Reusable buffers so scoring many clauses allocates nothing after the first.
    public struct Buffer: Sendable {
        public var indices: [Int32] = []
        public var values: [Float] = []
        var text: [UInt8] = []
        public init() {}
    }

    /// `position`: 0 for a headline, 1 for the first sentence, 2 for the next two, 3 after.
    func extract(
        _ bytes: UnsafeBufferPointer<UInt8>, tokens: ArraySlice<Token>, facts: ClaimTokenFacts,
        entityTypes: UInt32, position: Int, into buffer: inout Buffer
    ) {
        buffer.indices.removeAll(keepingCapacity: true)
        buffer.values.removeAll(keepingCapacity: true)
        buffer.text.removeAll(keepingCapacity: true)
        let first = tokens.startIndex
        let last = min(tokens.endIndex, first + Self.maximumTokens)

        // Word n-grams.
        var previous: UInt64 = 0x5354_4152_54
        var previous2: UInt64 = 0x5354_4152_54
        var wordCount = 0
        var numbers = 0
        var quantities = 0
        var classes: ClaimWordClass = []
        var question = false
        var contentTokens = 0
        var firstKey: UInt64 = 0
        buffer.text.append(UInt8(ascii: " "))
        for index in first..<last {
            let token = tokens[index]
            if token.kind == .quote { continue }
            let key = facts.hashes[index]
            if contentTokens == 0 { firstKey = key }
            contentTokens += 1
            let tokenClass = facts.classes[index]
            classes.formUnion(tokenClass)
            if token.kind == .number || tokenClass.contains(.numberWord) {
                numbers += 1
                if index + 1 < last, facts.classes[index + 1].contains(.unit) || tokens[index + 1].kind == .symbol {
                    quantities += 1
                }
            }
            if token.kind == .symbol, bytes[token.range.lowerBound] == UInt8(ascii: "$") { quantities += 1 }
            if token.kind == .punctuation, bytes[token.range.lowerBound] == UInt8(ascii: "?") { question = true }
            append(1, key, &buffer)
            append(2, previous &* 31 &+ key, &buffer)
            append(3, (previous2 &* 31 &+ previous) &* 31 &+ key, &buffer)
            wordCount += 3
            previous2 = previous
            previous = key
            for offset in token.range {
                let byte = bytes[offset]
                buffer.text.append(byte >= 0x30 && byte <= 0x39 ? UInt8(ascii: "0") : ClaimHash.lowered(byte))
            }
            buffer.text.append(UInt8(ascii: " "))
        }
        append(2, previous &* 31 &+ 0x454E_44, &buffer)
        wordCount += 1
        Self.scale(&buffer.values, from: 0, count: wordCount)

        // Character n-grams.
        let charStart = buffer.indices.count
        let text = buffer.text
        if text.count >= 3 {
            for start in 0...(text.count - 3) {
                var hash = ClaimHash.offset
                for length in 1...5 {
                    let index = start + length - 1
                    guard index < text.count else { break }
                    hash = (hash ^ UInt64(text[index])) &* ClaimHash.prime
                    if length >= 3 { append(UInt64(4 + length), hash, &buffer) }
                }
            }
        }
        Self.scale(&buffer.values, from: charStart, count: buffer.indices.count - charStart)

        // Hand features.
        var bit: UInt32 = 0
        while bit < 25 {
            if classes.rawValue & (1 << bit) != 0 { append(20, UInt64(bit), &buffer) }
            bit += 1
        }
        append(21, UInt64(min(numbers, 3)), &buffer)
        append(22, UInt64(min(quantities, 2)), &buffer)
        append(23, UInt64(min(contentTokens / 4, 10)), &buffer)
        var type: UInt32 = 0
        while type < 18 {
            if entityTypes & (1 << type) != 0 { append(24, UInt64(type), &buffer) }
            type += 1
        }
        append(25, UInt64(position), &buffer)
        append(26, firstKey, &buffer)
        if question { append(27, 1, &buffer) }
        if numbers > 0, classes.contains(.comparative) || classes.contains(.superlative) { append(28, 1, &buffer) }
        if classes.contains(.firstPerson), classes.contains(.future) { append(29, 1, &buffer) }
    }

    @inline(__always)
    private func append(_ template: UInt64, _ key: UInt64, _ buffer: inout Buffer) {
        buffer.indices.append(ClaimHash.bucket(template, key, mask: mask))
        buffer.values.append(1)
    }

    private static func scale(_ values: inout [Float], from start: Int, count: Int) {
        guard count > 0 else { return }
        let value = 1 / Float(count).squareRoot()
        for index in start..<(start + count) { values[index] = value }
    }
}

extension ClaimFeatures {
    /// Features of a whole short document (one labelled sentence of a training set), taking
    /// its position from the first sentence as the analyzer would.
    public func extract(document: TextDocument, mentions: [EntityMention], into buffer: inout Buffer) {
        buffer.indices.removeAll(keepingCapacity: true)
        buffer.values.removeAll(keepingCapacity: true)
        guard let first = document.sentences.first, let last = document.sentences.last else { return }
        let facts = ClaimTokenFacts(document: document, mentions: mentions)
        var entityTypes: UInt32 = 0
        for mention in mentions { entityTypes |= 1 << UInt32(ClaimExtractor.typeIndex[mention.type] ?? 0) }
        let tokens = document.tokens[first.tokens.lowerBound..<last.tokens.upperBound]
        document.normalized.withUnsafeBufferPointer { bytes in
            extract(bytes, tokens: tokens, facts: facts, entityTypes: entityTypes,
                    position: ClaimExtractor.position(first), into: &buffer)
        }
    }
}
