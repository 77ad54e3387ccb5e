/// A growable map from 64-bit keys to values, for per-article bookkeeping: the keys are FNV-1a
/// hashes or small integers (token indices, byte offsets), so the slot comes from their own bits
/// (open addressing, linear probing, at most half full) instead of `Dictionary`'s SipHash per
/// lookup. Nothing is allocated until the first value is stored.
struct KeyMap<Value> {
    private var keys: [UInt64] = []
    private var values: [Value?] = []
    private var mask = 0
    private(set) var count = 0

    init() {}

    /// A map with room for `capacity` keys before it first grows: for a caller that knows about
    /// how many it will store (one per word of an article), so the table is not rebuilt as it fills.
    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while values[slot] != nil && keys[slot] != key { slot = (slot &+ 1) & mask }
        return slot
    }

    subscript(key: UInt64) -> Value? {
        get { count == 0 ? nil : values[slot(of: key)] }
        set {
            guard let newValue else { return }
            if keys.isEmpty { grow() }
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

    /// Integer keys (token indices, byte offsets, cluster numbers) by their bit patterns.
    subscript(key: Int) -> Value? {
        get { self[UInt64(truncatingIfNeeded: key)] }
        set { self[UInt64(truncatingIfNeeded: key)] = newValue }
    }

    /// Changes the value under `key` in place (taken out of its slot while `body` runs, so an
    /// array value grows without being copied), starting from `initial` when there is none.
    mutating func modify(_ key: UInt64, default initial: Value, _ body: (inout Value) -> Void) {
        if keys.isEmpty { grow() }
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

    private mutating func grow() {
        let old = zip(keys, values)
        keys = [UInt64](repeating: 0, count: max(16, keys.count * 2))
        values = [Value?](repeating: nil, count: keys.count)
        mask = keys.count - 1
        count = 0
        for (key, value) in old { if let value { self[key] = value } }
    }
}
