/// Trained weights as decoding reads them: for each hashed feature, `parts` SIMD rows of class
/// weights, aligned to a cache line, behind one pointer (no array bounds or copies per lookup).
///
/// The syntax models keep the 16-bit integers their model file stores (one scale per table, which
/// no decision depends on): a parse reads a few hundred rows per word from tables far larger than
/// the caches, so half the bytes is most of the speed, and integer sums are exact. The entity
/// tagger's rows are floats (`EmissionTable`).
final class WeightTable<Row: SIMD>: @unchecked Sendable {
    // Unchecked: the rows are written only inside `init`, before the table can be shared.
    private let rows: UnsafeMutablePointer<Row>
    let bucketBits: Int
    let parts: Int
    private let mask: Int

    /// `2^bucketBits × parts` rows of zeros, then `fill` writes them.
    init<Failure: Error>(
        bucketBits: Int, parts: Int = 1, fill: (UnsafeMutableBufferPointer<Row>) throws(Failure) -> Void
    ) throws(Failure) {
        let count = (1 << bucketBits) * parts
        let raw = TableMemory.allocate(byteCount: count * MemoryLayout<Row>.stride, alignment: 64)
        let rows = raw.initializeMemory(as: Row.self, repeating: Row(), count: count)
        do {
            try fill(UnsafeMutableBufferPointer(start: rows, count: count))
        } catch {
            rows.deallocate()
            throw error
        }
        self.rows = rows
        self.bucketBits = bucketBits
        self.parts = parts
        mask = (1 << bucketBits) - 1
    }

    deinit { rows.deallocate() }

    /// Part `part` of a feature's weights; features are masked, so any `Int32` stays inside.
    @inline(__always) func row(_ feature: Int32, _ part: Int = 0) -> Row {
        rows[(Int(feature) & mask) &* parts &+ part]
    }
}

extension WeightTable where Row == SIMD16<Int8> {
    /// A row's sixteen 8-bit weights widened to 16 bits, the width sums are kept in, as two
    /// halves: lanes 0..<8 and 8..<16. The bytes are stored paired (`storedIndex(ofLane:)`) so
    /// that widening is two shifts of the row read as 16-bit pairs; the compiler calls the
    /// standard lane conversion as a function inside the decoding loops, which then cannot
    /// overlap their loads. (Every platform Swift runs Lede on is little-endian.)
    @inline(__always) func widenedRow(_ feature: Int32, _ part: Int = 0) -> (SIMD8<Int16>, SIMD8<Int16>) {
        let pairs = unsafeBitCast(row(feature, part), to: SIMD8<Int16>.self)
        return ((pairs &<< 8) &>> 8, pairs &>> 8)
    }

    /// Where lane `lane` of a row's sixteen is stored, for `widenedRow`.
    static func storedIndex(ofLane lane: Int) -> Int { lane < 8 ? 2 * lane : 2 * (lane - 8) + 1 }
}

extension WeightTable where Row == SIMD4<Int8> {
    /// The sum of the rows of `count` features (one part each), widened to 16 bits: the parser's
    /// move scores. Here the index needs no multiplication by `parts`.
    @inline(__always) func sum(_ features: UnsafePointer<Int32>, count: Int) -> SIMD4<Int16> {
        precondition(parts == 1, "one part per feature")
        var sum = SIMD4<Int16>()
        for slot in 0..<count { sum &+= SIMD4(truncatingIfNeeded: rows[Int(features[slot]) & mask]) }
        return sum
    }
}

extension WeightTable where Row.Scalar == Int8 {
    /// The table as the syntax model file stores it: its size, then each feature whose rows are
    /// not all zero, by index, with its bytes exactly as decoding reads them, so that loading is
    /// a copy per feature.
    func append(to writer: inout ByteWriter) {
        let rowBytes = parts * MemoryLayout<Row>.stride
        let raw = UnsafeRawPointer(rows)
        func bytes(_ feature: Int) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(start: raw + feature * rowBytes, count: rowBytes)
        }
        let kept = (0..<(1 << bucketBits)).filter { feature in bytes(feature).contains { $0 != 0 } }
        writer.append(UInt32(bucketBits))
        writer.append(UInt32(parts))
        writer.append(UInt32(kept.count))
        for feature in kept {
            writer.append(UInt32(feature))
            writer.bytes.append(contentsOf: bytes(feature))
        }
    }

    /// Reads a table written by `append(to:)`, whose features must have `parts` rows each.
    static func read(_ reader: inout ByteReader, parts expected: Int) throws(ModelError) -> WeightTable {
        let bucketBits = Int(try reader.uint32())
        let parts = Int(try reader.uint32())
        guard parts == expected else { throw .mismatch("\(parts) rows a feature, expected \(expected)") }
        guard (8...24).contains(bucketBits) else { throw .mismatch("\(bucketBits) hash bits") }
        let count = Int(try reader.uint32())
        let rowBytes = parts * MemoryLayout<Row>.stride
        let features = 1 << bucketBits
        return try WeightTable(bucketBits: bucketBits, parts: parts) { table throws(ModelError) in
            guard let base = table.baseAddress else { return }
            let target = UnsafeMutableRawPointer(base)
            for _ in 0..<count {
                let feature = try reader.bytes(4 + rowBytes) { bytes -> Int in
                    let feature = Int(UInt32(littleEndian: bytes.loadUnaligned(as: UInt32.self)))
                    guard feature < features, let source = bytes.baseAddress else { return -1 }
                    (target + feature * rowBytes).copyMemory(from: source + 4, byteCount: rowBytes)
                    return feature
                }
                guard feature >= 0 else { throw .mismatch("a feature outside the table") }
            }
        }
    }
}
