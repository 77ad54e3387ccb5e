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
    }

    @Test func emptyMapAnswersAndFillsFromItsFirstValue() {
        var map = KeyMap<[Int]>()
        #expect(map.isEmpty)
        #expect(map[0] == nil)
        #expect(map.count == 0)
        map.updateValues { $0 + [1] }
        #expect(map.isEmpty)
        map.modify(3, default: []) { $0.append(3) }
        #expect(map[3] == [3])
        #expect(map.count == 1)
        var small = KeyMap<Int>()
        for index in 0..<100 { small[UInt64(index)] = index * 2 }
        #expect((0..<100).allSatisfy { small[UInt64($0)] == $0 * 2 })
        #expect(small[100] == nil)
    }

    @Test func mapMadeWithRoomHoldsWhatItIsGiven() {
        var map = KeyMap<Int>(capacity: 40)
        for key in 0..<100 { map[key * 7] = key }
        #expect(map.count == 100)
        for key in 0..<100 { #expect(map[key * 7] == key) }
        #expect(map[3] == nil)
        var empty = KeyMap<Int>(capacity: 0)
        #expect(empty[5] == nil)
        empty[5] = 1
        #expect(empty[5] == 1)
    }
}
