import Testing

@testable import Core

@Suite struct WordKeySetTests {
    /// Every member is found and nothing else is, for sets that fill their table to a quarter
    /// and so make neighbouring keys share slots.
    @Test func findsExactlyItsMembers() {
        let words = ["a", "an", "the", "mr", "mrs", "ms", "dr", "e.g", "approx", "zebra", "quokkas", "abcdefgh"]
        for count in 1...words.count {
            let members = Array(words.prefix(count))
            let set = WordKey.set(members)
            for word in words {
                #expect(set.contains(WordKey(word)) == members.contains(word), "\(word) in \(members)")
            }
        }
    }

    @Test func missingWordsAreNotFound() {
        let set = WordKey.set(["of", "in", "on"])
        for word in ["off", "inn", "o", "n", "if", "no", "onion"] {
            #expect(!set.contains(WordKey(word)))
        }
    }

    @Test func anEmptySetHoldsNothing() {
        #expect(!WordKeySet([]).contains(WordKey("a")))
    }
}
