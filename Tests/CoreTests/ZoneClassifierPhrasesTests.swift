import Testing

@testable import Core

/// The zone rules' searches compare eight bytes at a time and skip bytes; they must answer as
/// the plain byte-by-byte comparisons they stand for, at every position and near the text's end.
@Suite struct ZoneClassifierPhrasesTests {
    /// Phrases sharing first letters, shorter than, exactly and longer than eight bytes, with
    /// spaces, punctuation and a curly apostrophe.
    static let phrases: [[UInt8]] = [
        "this piece", "this", "thistle garden", "th", "t", "tips? ", "reporting by", "report", "a", "an earlier note",
        "editor\u{2019}s note", "12345678", "123456789", " contributed reporting", " was ", "@", "#", "http",
    ].map { Array($0.utf8) }

    /// Text made of pieces of the phrases in either case, other words and bytes that are not ASCII.
    static func text(seed: UInt64, pieces: Int) -> [UInt8] {
        var random = SplitMix64(state: seed)
        let others: [[UInt8]] = ["THIS", "Report", "The", " ", "  ", "   ", ".", "é", "\u{2019}", "1234", "Tips? ", "x"].map {
            Array($0.utf8)
        }
        var text: [UInt8] = []
        for _ in 0..<pieces {
            let pool = Bool.random(using: &random) ? phrases : others
            let piece = pool[Int.random(in: 0..<pool.count, using: &random)]
            let cut = Int.random(in: 1...piece.count, using: &random)
            for byte in piece.prefix(cut) {
                text.append(Bool.random(using: &random) && ASCII.isLetter(byte) ? byte & ~0x20 : byte)
            }
        }
        return text
    }

    /// What `match` stands for: the first phrase in list order that the text holds at `index`,
    /// ignoring ASCII case, compared only with text before `end`.
    static func referenceMatch(_ text: [UInt8], at index: Int, end: Int) -> Int? {
        for phrase in phrases where index + phrase.count <= end {
            if phrase.indices.allSatisfy({ ASCII.lowercased(text[index + $0]) == phrase[$0] }) { return index + phrase.count }
        }
        return nil
    }

    @Test func matchAgreesWithByteByByteComparison() {
        let set = ZoneClassifier.Phrases(Self.phrases)
        for seed in 0..<200 as Range<UInt64> {
            let text = Self.text(seed: seed, pieces: 12)
            text.withUnsafeBufferPointer { bytes in
                for index in text.indices {
                    for end in [text.count, min(text.count, index + 1), min(text.count, index + 5), min(text.count, index + 9)] {
                        let expected = Self.referenceMatch(text, at: index, end: end)
                        let mayStart = set.mayStart(with: bytes[index])
                        let found = mayStart ? set.match(bytes, at: index, end: end) : nil
                        #expect(found == expected, "seed \(seed), index \(index), end \(end)")
                    }
                }
            }
        }
    }

    @Test func containsAnyAgreesWithSearchingEachPhrase() {
        let set = ZoneClassifier.Phrases(Self.phrases)
        for seed in 0..<300 as Range<UInt64> {
            let text = Self.text(seed: seed, pieces: 3)
            text.withUnsafeBufferPointer { bytes in
                let expected = text.indices.contains { Self.referenceMatch(text, at: $0, end: text.count) != nil }
                let found = ZoneClassifier.Text(bytes: bytes, range: 0..<text.count).containsAny(set)
                #expect(found == expected, "seed \(seed)")
            }
        }
    }

    /// Two runs of three spaces or more between words, as the rule counted them byte by byte.
    static func referenceWideGaps(_ bytes: [UInt8], _ paragraph: Range<Int>) -> Bool {
        var gaps = 0
        var spaces = 0
        for index in paragraph {
            if bytes[index] == UInt8(ascii: " ") {
                spaces += 1
                continue
            }
            if spaces >= 3, index - spaces > paragraph.lowerBound { gaps += 1 }
            if gaps >= 2 { return true }
            spaces = 0
        }
        return false
    }

    @Test func wideGapsAgreeWithCountingEveryByte() {
        var random = SplitMix64(state: 7)
        for _ in 0..<3000 {
            let count = Int.random(in: 0...40, using: &random)
            let text = (0..<count).map { _ in Int.random(in: 0..<3, using: &random) == 0 ? UInt8(ascii: "a") : UInt8(ascii: " ") }
            let start = Int.random(in: 0...count, using: &random)
            let end = Int.random(in: start...count, using: &random)
            text.withUnsafeBufferPointer { bytes in
                #expect(
                    ZoneClassifier().hasWideGaps(bytes, start..<end) == Self.referenceWideGaps(text, start..<end),
                    "\(text) \(start)..<\(end)")
            }
        }
    }
}
