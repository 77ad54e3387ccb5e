/// Turns UTF-8 byte offsets into the input into the unit the client asked for.
///
/// Built once per request in one pass, then each lookup is O(1), so converting every span stays linear.
public struct OffsetConverter: Sendable {
    public let unit: OffsetUnit
    /// For each UTF-8 byte offset that starts a scalar (and the end), the offset in `unit`.
    private let table: [Int32]

    public init(source: [UInt8], unit: OffsetUnit) {
        self.unit = unit
        guard unit != .utf8 else {
            table = []
            return
        }
        // Scalars above U+FFFF (four UTF-8 bytes) take two UTF-16 code units.
        let utf16 = unit == .utf16
        self.table = source.withUnsafeBufferPointer { source in
            [Int32](unsafeUninitializedCapacity: source.count + 1) { table, initialized in
                var position: Int32 = 0
                var index = 0
                while index < source.count {
                    // Eight ASCII bytes, most of any text, count one each: stored in one step.
                    if index + 8 <= source.count, let base = source.baseAddress,
                        UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                    {
                        for offset in 0..<8 { table[index &+ offset] = position &+ Int32(truncatingIfNeeded: offset) }
                        position &+= 8
                        index += 8
                        continue
                    }
                    table[index] = position
                    let byte = source[index]
                    // A continuation byte (10xxxxxx) adds nothing; a lead byte adds one, or two.
                    position &+= byte & 0xC0 == 0x80 ? 0 : (utf16 && byte >= 0xF0 ? 2 : 1)
                    index += 1
                }
                table[source.count] = position
                initialized = source.count + 1
            }
        }
    }

    /// `byteOffset` must fall on a scalar boundary, as every span the analysis produces does.
    public func convert(_ byteOffset: Int) -> Int {
        unit == .utf8 ? byteOffset : Int(table[byteOffset])
    }
}
