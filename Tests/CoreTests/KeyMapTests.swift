import Testing

@testable import Core

@Suite struct KeyMapTests {
    @Test func storesUpdatesAndGrowsLikeADictionary() {
        var map = KeyMap<Int>()
        var reference: [UInt64: Int] = [:]
        // Keys 0 and ones sharing low bits included: slots come from the key's own bits.
        let keys: [UInt64] = [0, 1, 1 << 40, 3 << 29, .max] + (0..<500).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        for (offset, key) in keys.enumerated() {
            map[key] = offset
            reference[key] = offset
        }
        map[1] = -1
        reference[1] = -1
        map.modify(7, default: 100) { $0 += 1 }
        reference[7, default: 100] += 1
        map.updateValues { $0 == -1 ? -2 : $0 }
        reference[1] = -2
        #expect(map.count == reference.count)
        for (key, value) in reference { #expect(map[key] == value) }
        #expect(map[12_345] == nil)
        #expect(Dictionary(uniqueKeysWithValues: map.entries.map { ($0.key, $0.value) }) == reference)
    }
}
