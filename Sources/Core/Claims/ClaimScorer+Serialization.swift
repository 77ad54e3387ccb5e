extension ClaimScorer {
    static let magic = Array("LEDECLM1".utf8)

    /// Keeps only the `keep` largest weights (by magnitude), each as a 16-bit integer with one
    /// shared scale: the model shrinks to tens of KiB and scores as before within rounding.
    public func serialized(keep: Int) -> [UInt8] {
        var order = weights.indices.filter { weights[$0] != 0 }
        order.sort { abs(weights[$0]) != abs(weights[$1]) ? abs(weights[$0]) > abs(weights[$1]) : $0 < $1 }
        let kept = order.prefix(keep).sorted()
        let largest = kept.reduce(Float(0)) { max($0, abs(weights[$1])) }
        let scale = largest > 0 ? largest / 32767 : 1
        var writer = ByteWriter()
        writer.bytes.append(contentsOf: Self.magic)
        writer.append(UInt32(features.bucketBits))
        writer.append(bias.bitPattern)
        writer.append(slope.bitPattern)
        writer.append(offset.bitPattern)
        writer.append(scale.bitPattern)
        writer.append(UInt32(kept.count))
        for index in kept {
            writer.append(UInt32(index))
            writer.append(UInt16(bitPattern: Int16((weights[index] / scale).rounded())))
        }
        return writer.bytes
    }

    /// The same model with only the kept weights, as it will behave once loaded.
    public func pruned(keep: Int) throws(ModelError) -> ClaimScorer {
        try ClaimScorer(serialized: serialized(keep: keep))
    }

    public init(serialized bytes: [UInt8]) throws(ModelError) {
        var reader = ByteReader(bytes)
        guard try reader.take(Self.magic.count) == Self.magic else { throw .badMagic(expected: "Lede claims") }
        let bucketBits = Int(try reader.uint32())
        guard (8...24).contains(bucketBits) else { throw .mismatch("\(bucketBits) hash bits") }
        let bias = Float(bitPattern: try reader.uint32())
        let slope = Float(bitPattern: try reader.uint32())
        let offset = Float(bitPattern: try reader.uint32())
        let scale = Float(bitPattern: try reader.uint32())
        let count = Int(try reader.uint32())
        var weights = [Float](repeating: 0, count: 1 << bucketBits)
        for _ in 0..<count {
            let index = Int(try reader.uint32())
            guard index < weights.count else { throw .truncated }
            weights[index] = Float(Int16(bitPattern: try reader.uint16())) * scale
        }
        self.init(bucketBits: bucketBits, weights: weights, bias: bias, slope: slope, offset: offset)
    }
}
