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

    /// Tags and parses `words`, reusing `scratch` and `parse`'s storage. `isName(i)` says that the
    /// document writes word `i` as a name (`SyntaxAnnotator`): the tagger, which reads a
    /// capitalised "-ly" word as an adverb ("Mattingly, wearing a suit, …", "Kelly said"), is
    /// overruled there.
    public func parse(
        _ words: [SyntaxWord], isName: (Int) -> Bool = { _ in false }, scratch: inout DependencyParser.Scratch,
        into parse: inout Parse
    ) {
        words.withUnsafeBufferPointer { words in
            tagger.tag(words, into: &parse.tags)
            for index in parse.tags.indices where parse.tags[index] == .adv && isName(index) { parse.tags[index] = .propn }
            parse.tags.withUnsafeBufferPointer { tags in
                parser.parse(words, tags: tags, scratch: &scratch, heads: &parse.heads, relations: &parse.relations)
                AppositionRepair.apply(words, tags: tags, heads: &parse.heads, relations: &parse.relations)
                OpeningParticipleRepair.apply(words, tags: tags, heads: &parse.heads, relations: &parse.relations)
                ParticipleAsideRepair.apply(words, tags: tags, heads: &parse.heads, relations: &parse.relations)
                ReducedRelativeRepair.apply(words, tags: tags, heads: &parse.heads, relations: &parse.relations)
                ReportedClauseRepair.apply(words, tags: tags, heads: &parse.heads, relations: &parse.relations)
                SubordinateClauseRepair.apply(words, tags: tags, heads: &parse.heads, relations: &parse.relations)
                RelativeClauseRepair.apply(words, tags: tags, heads: &parse.heads, relations: &parse.relations)
                OpeningPhraseSubjectRepair.apply(words, tags: tags, heads: &parse.heads, relations: &parse.relations)
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

        package init(bucketBits: Int, classes: Int, weights: [Float]) {
            (self.bucketBits, self.classes, self.weights) = (bucketBits, classes, weights)
        }
    }

    public var tags: Table
    public var moves: Table
    public var relations: Table
    /// The tagger's closed-class words (`PartOfSpeechTagger.closedClassWords`).
    public var closedClassWords: [UInt64: UInt32]

    package init(tags: Table, moves: Table, relations: Table, closedClassWords: [UInt64: UInt32] = [:]) {
        (self.tags, self.moves, self.relations) = (tags, moves, relations)
        self.closedClassWords = closedClassWords
    }

    /// The weights as 16-bit integers with one scale per table, only the rows with a weight:
    /// the step between training's floats and the 8-bit tables decoding reads.
    static let sixteenBitMagic = Array("LEDESYN1".utf8)

    func sixteenBit() -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes.append(contentsOf: Self.sixteenBitMagic)
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
        PartOfSpeechTagger.append(closedClassWords: closedClassWords, to: &writer)
        return writer.bytes
    }

    /// The model file: the decoding model's 8-bit tables as it reads them (`SyntaxModel.serialized()`).
    public func serialized() throws(ModelError) -> [UInt8] { try model().serialized() }

    /// The decoding model, straight from trained weights (for evaluating while training).
    public func model() throws(ModelError) -> SyntaxModel { try SyntaxModel(sixteenBit: sixteenBit()) }
}

extension SyntaxModel {
    static let magic = Array("LEDESYN2".utf8)

    /// The model file: the three tables byte for byte as decoding reads them, so that loading
    /// is a copy per feature (deriving them from 16-bit weights at load was most of start-up).
    public func serialized() -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes.append(contentsOf: Self.magic)
        tagger.table.append(to: &writer)
        parser.moves.append(to: &writer)
        parser.relations.append(to: &writer)
        PartOfSpeechTagger.append(closedClassWords: tagger.closedClassWords.entries, to: &writer)
        return writer.bytes
    }

    /// Reads a model file written by `serialized()`, or by a Lede before it (16-bit weights,
    /// whose 8-bit tables are then derived here).
    public init(serialized bytes: [UInt8]) throws(ModelError) {
        if bytes.starts(with: SyntaxWeights.sixteenBitMagic) {
            try self.init(sixteenBit: bytes)
            return
        }
        var reader = ByteReader(bytes)
        guard try reader.take(Self.magic.count) == Self.magic else { throw .badMagic(expected: "Lede syntax") }
        let tags = try WeightTable<SIMD16<Int8>>.read(&reader, parts: 1)
        let moves = try WeightTable<SIMD4<Int8>>.read(&reader, parts: 1)
        let relations = try WeightTable<SIMD16<Int8>>.read(&reader, parts: 4)
        let words = try PartOfSpeechTagger.closedClassWords(&reader)
        guard reader.offset == bytes.count else { throw .mismatch("bytes after the closed-class words") }
        self.init(
            tagger: PartOfSpeechTagger(table: tags, closedClassWords: words), parser: DependencyParser(moves: moves, relations: relations))
    }

    /// The 8-bit tables from weights written by `SyntaxWeights.sixteenBit()`.
    init(sixteenBit bytes: [UInt8]) throws(ModelError) {
        var reader = ByteReader(bytes)
        guard try reader.take(SyntaxWeights.sixteenBitMagic.count) == SyntaxWeights.sixteenBitMagic else {
            throw .badMagic(expected: "Lede syntax weights")
        }
        // The tagger scores sixteen tags against `x`: its row holds their differences.
        let tags: WeightTable<SIMD16<Int8>> = try StoredRows(&reader, classes: PartOfSpeech.count)
            .table(lanes: 16, storedIndex: WeightTable.storedIndex) { weights, lane in Int32(weights[lane + 1]) - Int32(weights[0])
            }
        let moves: WeightTable<SIMD4<Int8>> = try StoredRows(&reader, classes: 3).table(lanes: 3) { weights, lane in
            Int32(weights[lane])
        }
        // Three rows of sixteen relations and a fourth of zeros: a feature's weights are one
        // cache line.
        let relations: WeightTable<SIMD16<Int8>> = try StoredRows(&reader, classes: DependencyRelation.count)
            .table(lanes: 64, storedIndex: WeightTable.storedIndex) { weights, lane in lane < weights.count ? Int32(weights[lane]) : 0 }
        let words = try PartOfSpeechTagger.closedClassWords(&reader)
        self.init(
            tagger: PartOfSpeechTagger(table: tags, closedClassWords: words), parser: DependencyParser(moves: moves, relations: relations))
    }
}

/// A table of the model file, its 16-bit weights brought to 8 bits with one scale: the tagger
/// and parser read about 190 rows per word from tables larger than the caches, so half the
/// bytes is most of their speed.
struct StoredRows {
    let bucketBits: Int
    let classes: Int
    let count: Int
    /// The reader at the first row: the rows are read twice, for the scale and then the table,
    /// rather than held in memory between.
    private let start: ByteReader

    /// Reads the table's header and moves `reader` past its rows.
    init(_ reader: inout ByteReader, classes expected: Int) throws(ModelError) {
        bucketBits = Int(try reader.uint32())
        classes = Int(try reader.uint32())
        guard classes == expected else { throw .mismatch("\(classes) classes, expected \(expected)") }
        guard (8...24).contains(bucketBits) else { throw .mismatch("\(bucketBits) hash bits") }
        _ = try reader.uint32()  // The scale: decisions compare sums, so it does not matter here.
        count = Int(try reader.uint32())
        start = reader
        try Self.forEachRow(&reader, count: count, classes: classes, bucketBits: bucketBits) { _, _ in }
    }

    /// `lanes` values per stored row, derived from its weights by `value`, divided by the scale
    /// that brings the largest to 127, and laid out as rows of `Row` (`lanes` divided by its
    /// width). Clipping the largest so that small weights keep more levels lost accuracy on EWT
    /// dev: a few strong features decide most moves.
    func table<Row: SIMD>(
        lanes: Int, storedIndex: (Int) -> Int = { $0 }, value: (UnsafeMutableBufferPointer<Int16>, Int) -> Int32
    ) throws(ModelError) -> WeightTable<Row> where Row.Scalar == Int8 {
        var largest: Int32 = 127
        var reader = start
        try Self.forEachRow(&reader, count: count, classes: classes, bucketBits: bucketBits) { _, weights in
            for lane in 0..<lanes { largest = max(largest, abs(value(weights, lane))) }
        }
        let scale = Float(largest) / 127
        let parts = (lanes + Row.scalarCount - 1) / Row.scalarCount
        reader = start
        // Each lane's byte within a feature's rows, written as bytes: setting one lane of a generic
        // SIMD row reads and writes the whole row, most of the model's load time.
        let rowBytes = parts * MemoryLayout<Row>.stride
        let offsets = (0..<lanes).map { lane in lane / Row.scalarCount * MemoryLayout<Row>.stride + storedIndex(lane % Row.scalarCount) }
        return try WeightTable<Row>(bucketBits: bucketBits, parts: parts) { table throws(ModelError) in
            guard let base = table.baseAddress else { return }
            let bytes = UnsafeMutableRawPointer(base)
            try Self.forEachRow(&reader, count: count, classes: classes, bucketBits: bucketBits) { row, weights in
                for lane in 0..<lanes {
                    let quantized = Int8(max(-127, min(127, (Float(value(weights, lane)) / scale).rounded())))
                    bytes.storeBytes(of: quantized, toByteOffset: row * rowBytes + offsets[lane], as: Int8.self)
                }
            }
        }
    }

    private static func forEachRow(
        _ reader: inout ByteReader, count: Int, classes: Int, bucketBits: Int,
        _ body: (Int, UnsafeMutableBufferPointer<Int16>) -> Void
    ) throws(ModelError) {
        try withUnsafeTemporaryAllocation(of: Int16.self, capacity: classes) { weights throws(ModelError) in
            for _ in 0..<count {
                let row = try reader.bytes(4 + 2 * classes) { bytes in
                    for index in 0..<classes {
                        weights[index] = Int16(littleEndian: bytes.loadUnaligned(fromByteOffset: 4 + 2 * index, as: Int16.self))
                    }
                    return Int(UInt32(littleEndian: bytes.loadUnaligned(as: UInt32.self)))
                }
                guard row < (1 << bucketBits) else { throw .mismatch("row \(row) outside the table") }
                body(row, weights)
            }
        }
    }
}
