/// A fixed set of `WordKey`s, looked up with one multiply and a probe or two.
///
/// `Set<WordKey>` hashes every lookup with SipHash, which costs more than the rest of the test
/// it serves (is this word a small word, an abbreviation?), and the text stage asks for every
/// short word of every heading-like line.
struct WordKeySet: Sendable {
    /// Open addressing, linear probing; 0 marks an empty slot (a key is never 0).
    private let slots: [UInt64]
    private let shift: UInt64

    init(_ keys: [WordKey]) {
        var bits: UInt64 = 3
        while (1 << bits) < 4 * max(keys.count, 1) { bits += 1 }
        let size = 1 << Int(bits)
        var slots = [UInt64](repeating: 0, count: size)
        let shift = 64 - bits
        for key in keys {
            var slot = Self.slot(key.value, shift: shift)
            while slots[slot] != 0 && slots[slot] != key.value { slot = (slot + 1) & (size - 1) }
            slots[slot] = key.value
        }
        self.slots = slots
        self.shift = shift
    }

    @inline(__always)
    private static func slot(_ value: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always)
    func contains(_ key: WordKey) -> Bool {
        let mask = slots.count - 1
        var slot = Self.slot(key.value, shift: shift)
        while true {
            let value = slots[slot]
            if value == key.value { return true }
            if value == 0 { return false }
            slot = (slot + 1) & mask
        }
    }
}
