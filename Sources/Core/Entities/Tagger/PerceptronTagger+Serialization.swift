/// Why a model file could not be used; the message says what to do.
public enum ModelError: Error, Sendable, Equatable, CustomStringConvertible {
    case badMagic(expected: String)
    case truncated
    case mismatch(String)

    public var description: String {
        switch self {
        case .badMagic(let expected): "Not a \(expected) model file; retrain it with `lede train`."
        case .truncated: "The model file is truncated; restore it from the repository or retrain it."
        case .mismatch(let detail): "The model file does not fit this version of Lede (\(detail)); retrain it."
        }
    }
}

/// A trained tagger's weights as training produces and the model file stores them: 17 per
/// hashed feature (`buckets × TaggerLabel.count`, row-major) and the label transitions.
public struct PerceptronWeights: Sendable {
    public let bucketBits: Int
    public let weights: [Float]
    public let transitions: [Float]

    public init(bucketBits: Int, weights: [Float], transitions: [Float]) {
        self.bucketBits = bucketBits
        self.weights = weights
        self.transitions = transitions
    }

    static let magic = Array("LEDENER1".utf8)
    static let labels = TaggerLabel.count

    /// A compact binary form: only rows with a non-zero weight, each as 16-bit integers with one
    /// shared scale. Rounding to 1/32767 of the largest weight changes no decision in practice.
    public func serialized(pruneBelow threshold: Float = 0) -> [UInt8] {
        let labels = Self.labels
        var writer = ByteWriter()
        writer.bytes.append(contentsOf: Self.magic)
        writer.append(UInt32(bucketBits))
        writer.append(UInt32(labels))
        for value in transitions { writer.append(value.bitPattern) }
        let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 32767 : 1
        writer.append(scale.bitPattern)
        let rows = weights.count / labels
        var kept: [Int] = []
        for row in 0..<rows {
            let slice = weights[(row * labels)..<((row + 1) * labels)]
            if slice.contains(where: { abs($0) > threshold && Int16(($0 / scale).rounded()) != 0 }) { kept.append(row) }
        }
        writer.append(UInt32(kept.count))
        for row in kept {
            writer.append(UInt32(row))
            for label in 0..<labels {
                let value = weights[row * labels + label]
                writer.append(UInt16(bitPattern: abs(value) > threshold ? Int16((value / scale).rounded()) : 0))
            }
        }
        return writer.bytes
    }

}

extension PerceptronTagger {
    /// Reads the model file straight into the decoding table, without the 17-wide weights.
    public init(serialized bytes: [UInt8]) throws(ModelError) {
        var reader = ByteReader(bytes)
        guard try reader.take(PerceptronWeights.magic.count) == PerceptronWeights.magic else {
            throw .badMagic(expected: "Lede NER")
        }
        let bucketBits = Int(try reader.uint32())
        let labels = Int(try reader.uint32())
        guard labels == Self.labels else { throw .mismatch("\(labels) labels, expected \(Self.labels)") }
        guard (8...24).contains(bucketBits) else { throw .mismatch("\(bucketBits) hash bits") }
        var transitions = [Float](repeating: 0, count: labels * labels)
        for index in transitions.indices { transitions[index] = Float(bitPattern: try reader.uint32()) }
        let scale = Float(bitPattern: try reader.uint32())
        let rows = Int(try reader.uint32())
        var weights = [Float](repeating: 0, count: labels)
        let emissions = try EmissionTable(bucketBits: bucketBits) { table throws(ModelError) in
            for _ in 0..<rows {
                let row = Int(try reader.uint32())
                guard row < table.count else { throw .truncated }
                for label in 0..<labels { weights[label] = Float(Int16(bitPattern: try reader.uint16())) * scale }
                table[row] = EmissionTable.row(weights)
            }
        }
        self.init(features: TaggerFeatures(bucketBits: bucketBits), emissions: emissions, transitions: transitions)
    }
}

struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func append(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    mutating func append(_ value: UInt16) {
        bytes.append(UInt8(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
    }
}

struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func take(_ count: Int) throws(ModelError) -> [UInt8] {
        guard offset + count <= bytes.count else { throw .truncated }
        defer { offset += count }
        return Array(bytes[offset..<(offset + count)])
    }

    mutating func uint32() throws(ModelError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw .truncated }
        var value: UInt32 = 0
        for index in 0..<4 { value |= UInt32(bytes[offset + index]) << UInt32(8 * index) }
        offset += 4
        return value
    }

    /// The next `count` bytes, checked once, for reading many values without a check each.
    mutating func bytes<Result>(_ count: Int, _ read: (UnsafeRawBufferPointer) -> Result) throws(ModelError) -> Result {
        guard count >= 0, offset + count <= bytes.count else { throw .truncated }
        defer { offset += count }
        return bytes.withUnsafeBytes { read(UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + count)])) }
    }

    mutating func uint16() throws(ModelError) -> UInt16 {
        guard offset + 2 <= bytes.count else { throw .truncated }
        defer { offset += 2 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }
}
