/// A read-only map from 64-bit hashes to small values (list bits, class sets), for word and
/// phrase lists on the per-token hot path.
///
/// The keys are already FNV-1a hashes, so re-hashing them with `Hasher` (SipHash) as `Set` and
/// `Dictionary` do only costs time: here the key's own bits pick the slot (open addressing,
/// linear probing, at most half full).
struct HashTable<Value: Sendable>: Sendable {
    /// A slot's key, value and whether it is taken, side by side: the gazetteer and the common
    /// words are larger than the caches, and a lookup then reads one cache line, not three.
    private struct Slot: Sendable {
        var key: UInt64
        var value: Value
        var occupied: Bool
    }

    private let slots: [Slot]
    private let mask: Int
    let count: Int

    init(_ entries: [UInt64: Value], empty: Value) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        var slots = [Slot](repeating: Slot(key: 0, value: empty, occupied: false), count: capacity)
        let mask = capacity - 1
        for (key, value) in entries {
            var slot = Self.slot(key, mask)
            while slots[slot].occupied { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: key, value: value, occupied: true)
        }
        self.slots = slots
        self.mask = mask
        self.count = entries.count
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        // FNV's low bits are weak for short inputs; fold the high half in.
        Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        slots.withUnsafeBufferPointer { slots in
            var slot = Self.slot(key, mask)
            while slots[slot].occupied {
                if slots[slot].key == key { return slots[slot].value }
                slot = (slot &+ 1) & mask
            }
            return nil
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    var isEmpty: Bool { count == 0 }

    /// Every key in the table, in slot order.
    var allKeys: [UInt64] { slots.filter(\.occupied).map(\.key) }

    /// Every key with its value (what the table was built from).
    var entries: [UInt64: Value] {
        Dictionary(slots.filter(\.occupied).map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}

extension HashTable where Value == UInt32 {
    init(_ entries: [UInt64: UInt32]) { self.init(entries, empty: 0) }

    init(keys: some Sequence<UInt64>) {
        self.init(Dictionary(keys.map { ($0, 1) }, uniquingKeysWith: { first, _ in first }))
    }
}
