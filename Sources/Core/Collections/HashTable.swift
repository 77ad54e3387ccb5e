/// A read-only map from 64-bit hashes to small values (list bits, class sets), for word and
/// phrase lists on the per-token hot path.
///
/// The keys are already FNV-1a hashes, so re-hashing them with `Hasher` (SipHash) as `Set` and
/// `Dictionary` do only costs time: here the key's own bits pick the slot (open addressing,
/// linear probing, at most half full).
struct HashTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value]
    private let mask: Int
    private let occupied: [Bool]
    let count: Int

    init(_ entries: [UInt64: Value], empty: Value) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Value](repeating: empty, count: capacity)
        var occupied = [Bool](repeating: false, count: capacity)
        let mask = capacity - 1
        for (key, value) in entries {
            var slot = Self.slot(key, mask)
            while occupied[slot] { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
            occupied[slot] = true
        }
        self.keys = keys
        self.values = values
        self.occupied = occupied
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
        var slot = Self.slot(key, mask)
        while occupied[slot] {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    var isEmpty: Bool { count == 0 }

    /// Every key in the table, in slot order.
    var allKeys: [UInt64] { keys.indices.filter { occupied[$0] }.map { keys[$0] } }
}

extension HashTable where Value == UInt32 {
    init(_ entries: [UInt64: UInt32]) { self.init(entries, empty: 0) }

    init(keys: some Sequence<UInt64>) {
        self.init(Dictionary(keys.map { ($0, 1) }, uniquingKeysWith: { first, _ in first }))
    }
}
