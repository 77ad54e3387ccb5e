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

    /// Where extracted features go: stored for training, or summed straight into a margin when
    /// scoring, so scoring a clause writes no feature list at all.
    protocol Sink {
        mutating func add(_ bucket: Int32)
        /// Ends a group of features; `scaled` groups are divided by √(their size).
        mutating func closeGroup(scaled: Bool)
    }

    /// Features kept as indices and values, for training; reusable so nothing is allocated per clause.
    public struct Buffer: Sendable, Sink {
        public var indices: [Int32] = []
        public var values: [Float] = []
        var groupStart = 0
        public init() {}

        mutating func add(_ bucket: Int32) {
            indices.append(bucket)
            values.append(1)
        }

        mutating func closeGroup(scaled: Bool) {
            let count = indices.count - groupStart
            if scaled, count > 0 {
                let value = 1 / Float(count).squareRoot()
                for index in groupStart..<indices.count { values[index] = value }
            }
            groupStart = indices.count
        }
    }

    /// Sums weights as features arrive: the margin without storing the features.
    struct MarginSink: Sink {
        let weights: UnsafeBufferPointer<Float>
        var total: Float = 0
        var group: Float = 0
        var count = 0

        @inline(__always)
        mutating func add(_ bucket: Int32) {
            group += weights[Int(bucket)]
            count += 1
        }

        mutating func closeGroup(scaled: Bool) {
            if count > 0 { total += scaled ? group / Float(count).squareRoot() : group }
            group = 0
            count = 0
        }
    }

    /// `position`: 0 for a headline, 1 for the first sentence, 2 for the next two, 3 after.
    /// `text` is scratch space for the clause's folded bytes, reused between calls.
    func extract<Output: Sink>(
        _ bytes: UnsafeBufferPointer<UInt8>, tokens: ArraySlice<Token>, facts: ClaimTokenFacts,
        entityTypes: UInt32, position: Int, text: inout [UInt8], into buffer: inout Output
    ) {
        text.removeAll(keepingCapacity: true)
        let first = tokens.startIndex
        let last = min(tokens.endIndex, first + Self.maximumTokens)

        // Word n-grams.
        var previous: UInt64 = 0x5354_4152_54
        var previous2: UInt64 = 0x5354_4152_54
        var numbers = 0
        var quantities = 0
        var classes: ClaimWordClass = []
        var question = false
        var contentTokens = 0
        var firstKey: UInt64 = 0
        text.append(UInt8(ascii: " "))
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
            previous2 = previous
            previous = key
            for offset in token.range {
                let byte = bytes[offset]
                text.append(byte >= 0x30 && byte <= 0x39 ? UInt8(ascii: "0") : ClaimHash.lowered(byte))
            }
            text.append(UInt8(ascii: " "))
        }
        append(2, previous &* 31 &+ 0x454E_44, &buffer)
        buffer.closeGroup(scaled: true)

        // Character n-grams.
        text.withUnsafeBufferPointer { text in
            guard text.count >= 3 else { return }
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
        buffer.closeGroup(scaled: true)

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
        buffer.closeGroup(scaled: false)
    }

    @inline(__always)
    private func append<Output: Sink>(_ template: UInt64, _ key: UInt64, _ buffer: inout Output) {
        buffer.add(ClaimHash.bucket(template, key, mask: mask))
    }
}

extension ClaimFeatures {
    /// Features of a whole short document (one labelled sentence of a training set), taking
    /// its position from the first sentence as the analyzer would.
    public func extract(document: TextDocument, mentions: [EntityMention], into buffer: inout Buffer) {
        buffer = Buffer()
        guard let first = document.sentences.first, let last = document.sentences.last else { return }
        let facts = ClaimTokenFacts(document: document, mentions: mentions)
        var entityTypes: UInt32 = 0
        for mention in mentions { entityTypes |= 1 << UInt32(ClaimExtractor.typeIndex[mention.type] ?? 0) }
        let tokens = document.tokens[first.tokens.lowerBound..<last.tokens.upperBound]
        document.normalized.withUnsafeBufferPointer { bytes in
            var text: [UInt8] = []
            extract(
                bytes, tokens: tokens, facts: facts, entityTypes: entityTypes,
                position: ClaimExtractor.position(first), text: &text, into: &buffer)
        }
    }
}
