extension ZoneClassifier {
    /// Lower-case phrases, with the set of their first bytes so most positions are refused at once.
    ///
    /// The zone rules ask at the start of every paragraph and sentence whether one of a list of
    /// phrases starts there, and a list often has many phrases with one first letter ("this
    /// article", "this story", …). So each phrase keeps its first eight bytes as one word, and the
    /// text's next eight bytes, lower-cased together, are compared with each candidate in one
    /// step; only the bytes of longer phrases past the eighth are compared one by one.
    struct Phrases: Sendable {
        let list: [[UInt8]]
        private let firstBytes: (UInt64, UInt64)
        /// The phrases, grouped by first byte (in list order within a group): the first eight
        /// bytes of each as a little-endian word, zero past its end.
        private let heads: [UInt64]
        /// For each phrase of `heads`, 0xFF for each of its bytes that the head holds.
        private let headMasks: [UInt64]
        /// For each phrase of `heads`, its bytes in `bytes` (one flat array, so that a search
        /// retains no array per phrase): `starts[p]..<starts[p + 1]`.
        private let starts: [Int]
        private let bytes: [UInt8]
        /// For each first byte `b`, its phrases are `groups[b]..<groups[b + 1]`.
        private let groups: [Int]

        /// Every phrase must start with an ASCII byte and hold no zero byte (the text's head is
        /// zero past the text's end, which must match no phrase byte).
        init(_ list: [[UInt8]]) {
            precondition(list.allSatisfy { ($0.first ?? 0x80) < 0x80 && !$0.contains(0) }, "a phrase starts with a non-ASCII or zero byte")
            self.list = list
            var heads: [UInt64] = []
            var headMasks: [UInt64] = []
            var starts = [0]
            var bytes: [UInt8] = []
            var groups = [0]
            for first in 0..<128 {
                for phrase in list where phrase.first == UInt8(first) {
                    var head: UInt64 = 0
                    var mask: UInt64 = 0
                    for (offset, byte) in phrase.prefix(8).enumerated() {
                        head |= UInt64(byte) << (8 * offset)
                        mask |= 0xFF << (8 * offset)
                    }
                    heads.append(head)
                    headMasks.append(mask)
                    bytes += phrase
                    starts.append(bytes.count)
                }
                groups.append(heads.count)
            }
            self.heads = heads
            self.headMasks = headMasks
            self.starts = starts
            self.bytes = bytes
            self.groups = groups
            var mask: (UInt64, UInt64) = (0, 0)
            for phrase in list {
                guard let first = phrase.first else { continue }
                for byte in [first, ASCII.isLetter(first) ? first & ~0x20 : first] {
                    if byte < 64 { mask.0 |= 1 << UInt64(byte) } else if byte < 128 { mask.1 |= 1 << UInt64(byte - 64) }
                }
            }
            firstBytes = mask
        }

        /// Where the first phrase (in list order) that `text` holds at `index`, ignoring ASCII case,
        /// ends there; phrases are compared only with text before `end`.
        func match(_ text: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
            let first = Int(ASCII.lowercased(text[index]))
            guard first < 128 else { return nil }
            let head = Self.lowercasedHead(text, at: index, end: end)
            var phrase = groups[first]
            let last = groups[first + 1]
            while phrase < last {
                defer { phrase += 1 }
                guard head & headMasks[phrase] == heads[phrase] else { continue }
                let start = starts[phrase]
                let count = starts[phrase + 1] - start
                // A head that matches holds the whole of a phrase of eight bytes or fewer.
                if count <= 8 { return index + count }
                guard index + count <= end else { continue }
                var offset = 8
                while offset < count && ASCII.lowercased(text[index + offset]) == bytes[start + offset] { offset += 1 }
                if offset == count { return index + count }
            }
            return nil
        }

        /// Whether a phrase may start with `byte` (in either case); bytes above ASCII never do.
        @inline(__always)
        func mayStart(with byte: UInt8) -> Bool {
            if byte < 64 { return firstBytes.0 & (1 << UInt64(byte)) != 0 }
            if byte < 128 { return firstBytes.1 & (1 << UInt64(byte - 64)) != 0 }
            return false
        }

        /// The eight bytes at `index` as a little-endian word, ASCII capitals lower-cased, zero
        /// past `end`.
        @inline(__always)
        static func lowercasedHead(_ text: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> UInt64 {
            var word: UInt64 = 0
            if index + 8 <= end, let base = text.baseAddress {
                word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            } else {
                for offset in 0..<max(0, min(8, end - index)) { word |= UInt64(text[index + offset]) << (8 * offset) }
            }
            // Each byte from "A" to "Z" gains bit 5, as `ASCII.lowercased` gives it; the sums
            // stay within their byte, since the high bits are cleared first.
            let ones: UInt64 = 0x0101_0101_0101_0101
            let low = word & (0x7F &* ones)
            let atLeastA = low &+ ((0x80 - 0x41) &* ones)
            let pastZ = low &+ ((0x80 - 0x5B) &* ones)
            let capitals = atLeastA & ~pastZ & ~word & (0x80 &* ones)
            return word | capitals >> 2
        }
    }
}
