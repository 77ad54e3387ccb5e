extension LanguageIdentifier {
    private static let magic = Array("LEDELANG1\n".utf8)

    /// The profile file: a magic line, the language codes, then the weight table as bytes.
    public func serialized() -> [UInt8] {
        var bytes = Self.magic
        bytes.append(UInt8(languages.count))
        for code in languages {
            let utf8 = Array(code.utf8)
            bytes.append(UInt8(utf8.count))
            bytes += utf8
        }
        bytes.append(UInt8(LetterGrams.bucketBits))
        weights.withUnsafeBytes { bytes += $0 }
        return bytes
    }

    public init(serialized bytes: [UInt8]) throws(ModelError) {
        guard bytes.starts(with: Self.magic) else { throw .badMagic(expected: "language profile") }
        var position = Self.magic.count
        func byte() throws(ModelError) -> Int {
            guard position < bytes.count else { throw .truncated }
            defer { position += 1 }
            return Int(bytes[position])
        }
        var languages: [String] = []
        for _ in 0..<(try byte()) {
            let length = try byte()
            guard position + length <= bytes.count else { throw .truncated }
            languages.append(String(decoding: bytes[position..<(position + length)], as: UTF8.self))
            position += length
        }
        let bits = try byte()
        guard bits == LetterGrams.bucketBits else {
            throw .mismatch("\(bits)-bit buckets; this version hashes into \(LetterGrams.bucketBits) bits")
        }
        let count = LetterGrams.buckets * Self.capacity
        guard bytes.count - position == count else { throw bytes.count - position < count ? .truncated : .mismatch("trailing bytes") }
        let weights = bytes[position...].map { Int8(bitPattern: $0) }
        try self.init(languages: languages, weights: weights)
    }
}
