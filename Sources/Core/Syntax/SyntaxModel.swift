/// The tagger and the parser, loaded together from one model file: what the syntax stage and
/// `lede parse` run.
public struct SyntaxModel: Sendable {
    public let tagger: PartOfSpeechTagger
    public let parser: DependencyParser

    public init(tagger: PartOfSpeechTagger, parser: DependencyParser) {
        self.tagger = tagger
        self.parser = parser
    }

    /// The parse of one sentence's words.
    public struct Parse: Sendable, Equatable {
        public var tags: [PartOfSpeech] = []
        /// An index into the sentence's words, or -1 for its root.
        public var heads: [Int32] = []
        public var relations: [DependencyRelation] = []
        public init() {}
    }

    /// Tags and parses `words`, reusing `scratch` and `parse`'s storage.
    public func parse(_ words: [SyntaxWord], scratch: inout DependencyParser.Scratch, into parse: inout Parse) {
        words.withUnsafeBufferPointer { words in
            tagger.tag(words, into: &parse.tags)
            parse.tags.withUnsafeBufferPointer { tags in
                parser.parse(words, tags: tags, scratch: &scratch, heads: &parse.heads, relations: &parse.relations)
            }
        }
    }

    /// `parse(_:scratch:into:)` for a one-off sentence.
    public func parse(_ words: [SyntaxWord]) -> Parse {
        var scratch = DependencyParser.Scratch()
        var result = Parse()
        parse(words, scratch: &scratch, into: &result)
        return result
    }
}

/// The three weight tables as training produces them, row-major `buckets × classes`.
public struct SyntaxWeights: Sendable {
    public struct Table: Sendable {
        public var bucketBits: Int
        public var classes: Int
        public var weights: [Float]
    }

    public var tags: Table
    public var moves: Table
    public var relations: Table

    static let magic = Array("LEDESYN1".utf8)

    /// The model file: per table only the rows with a weight, as 16-bit integers with one shared
    /// scale (as the entity model stores its weights).
    public func serialized() -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes.append(contentsOf: Self.magic)
        for table in [tags, moves, relations] {
            writer.append(UInt32(table.bucketBits))
            writer.append(UInt32(table.classes))
            let largest = table.weights.reduce(Float(0)) { max($0, abs($1)) }
            let scale = largest > 0 ? largest / 32767 : 1
            writer.append(scale.bitPattern)
            let rows = table.weights.count / table.classes
            var kept: [Int] = []
            for row in 0..<rows {
                let slice = table.weights[(row * table.classes)..<((row + 1) * table.classes)]
                if slice.contains(where: { Int16(($0 / scale).rounded()) != 0 }) { kept.append(row) }
            }
            writer.append(UInt32(kept.count))
            for row in kept {
                writer.append(UInt32(row))
                for value in table.weights[(row * table.classes)..<((row + 1) * table.classes)] {
                    writer.append(UInt16(bitPattern: Int16((value / scale).rounded())))
                }
            }
        }
        return writer.bytes
    }

    /// The decoding model, straight from trained weights (for evaluating while training).
    public func model() throws(ModelError) -> SyntaxModel { try SyntaxModel(serialized: serialized()) }
}

extension SyntaxModel {
    /// Reads a model file written by `SyntaxWeights.serialized()`.
    public init(serialized bytes: [UInt8]) throws(ModelError) {
        var reader = ByteReader(bytes)
        guard try reader.take(SyntaxWeights.magic.count) == SyntaxWeights.magic else {
            throw .badMagic(expected: "Lede syntax")
        }
        // The tagger scores sixteen tags against `x`: its row holds their differences, halved to
        // stay within 16 bits.
        let tags = try Self.table(&reader, classes: PartOfSpeech.count, parts: 1) { (weights, row: inout SIMD16<Int16>, _) in
            for lane in 0..<16 { row[lane] = Int16(truncatingIfNeeded: (Int32(weights[lane + 1]) - Int32(weights[0])) >> 1) }
        }
        let moves = try Self.table(&reader, classes: 3, parts: 1) { (weights, row: inout SIMD4<Int16>, _) in
            row = SIMD4(weights[0], weights[1], weights[2], 0)
        }
        let relations = try Self.table(&reader, classes: DependencyRelation.count, parts: 3) {
            (weights, row: inout SIMD16<Int16>, part) in
            for lane in 0..<16 { row[lane] = weights[part * 16 + lane] }
        }
        self.init(tagger: PartOfSpeechTagger(table: tags), parser: DependencyParser(moves: moves, relations: relations))
    }

    private static func table<Row: SIMD>(
        _ reader: inout ByteReader, classes expected: Int, parts: Int,
        row makeRow: (UnsafeMutableBufferPointer<Int16>, inout Row, Int) -> Void
    ) throws(ModelError) -> WeightTable<Row> where Row.Scalar == Int16 {
        let bucketBits = Int(try reader.uint32())
        let classes = Int(try reader.uint32())
        guard classes == expected else { throw .mismatch("\(classes) classes, expected \(expected)") }
        guard (8...24).contains(bucketBits) else { throw .mismatch("\(bucketBits) hash bits") }
        _ = try reader.uint32()  // The scale: decisions compare sums, so it does not matter here.
        let count = Int(try reader.uint32())
        return try withUnsafeTemporaryAllocation(of: Int16.self, capacity: classes) { weights throws(ModelError) in
            try WeightTable<Row>(bucketBits: bucketBits, parts: parts) { table throws(ModelError) in
                for _ in 0..<count {
                    let row = try reader.bytes(4 + 2 * classes) { bytes in
                        for index in 0..<classes {
                            weights[index] = Int16(littleEndian: bytes.loadUnaligned(fromByteOffset: 4 + 2 * index, as: Int16.self))
                        }
                        return Int(UInt32(littleEndian: bytes.loadUnaligned(as: UInt32.self)))
                    }
                    guard row < (1 << bucketBits) else { throw .mismatch("row \(row) outside the table") }
                    for part in 0..<parts { makeRow(weights, &table[row * parts + part], part) }
                }
            }
        }
    }
}
