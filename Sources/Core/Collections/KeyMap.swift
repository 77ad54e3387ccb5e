/// A growable map from 64-bit hashes to values, for the per-article bookkeeping of name
/// matching: the keys are already FNV-1a hashes, so the slot comes from their own bits (open
/// addressing, linear probing, at most half full) instead of `Dictionary`'s SipHash per lookup.
struct KeyMap<Value> {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init() {
        keys = [UInt64](repeating: 0, count: 16)
        values = [Value?](repeating: nil, count: 16)
        mask = 15
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while values[slot] != nil && keys[slot] != key { slot = (slot &+ 1) & mask }
        return slot
    }

    subscript(key: UInt64) -> Value? {
        get { values[slot(of: key)] }
        set {
            guard let newValue else { return }
            var slot = slot(of: key)
            if values[slot] == nil {
                if (count + 1) * 2 > keys.count {
                    grow()
                    slot = self.slot(of: key)
                }
                keys[slot] = key
                count += 1
            }
            values[slot] = newValue
        }
    }

    /// Changes the value under `key` in place (taken out of its slot while `body` runs, so an
    /// array value grows without being copied), starting from `initial` when there is none.
    mutating func modify(_ key: UInt64, default initial: Value, _ body: (inout Value) -> Void) {
        let slot = slot(of: key)
        guard var value = values[slot] else {
            var value = initial
            body(&value)
            self[key] = value
            return
        }
        values[slot] = nil
        body(&value)
        values[slot] = value
    }

    /// Every value changed by `transform`, keys kept.
    mutating func updateValues(_ transform: (Value) -> Value) {
        for slot in values.indices { if let value = values[slot] { values[slot] = transform(value) } }
    }

    /// The entries, in no particular order.
    var entries: [(key: UInt64, value: Value)] {
        values.indices.compactMap { slot in values[slot].map { (keys[slot], $0) } }
    }

    private mutating func grow() {
        let old = zip(keys, values)
        keys = [UInt64](repeating: 0, count: keys.count * 2)
        values = [Value?](repeating: nil, count: keys.count)
        mask = keys.count - 1
        count = 0
        for (key, value) in old { if let value { self[key] = value } }
    }
}
