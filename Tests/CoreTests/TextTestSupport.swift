@testable import Core

/// Shorthands so each rule's test reads as input → expected pieces of text.
extension TextDocument {
    var titleText: String? { title.map { text($0) } }
    var datelineText: String? { dateline.map { text($0) } }
    var bodyText: String { text(body) }
    var paragraphTexts: [String] { paragraphs.map { text($0) } }
    var sentenceTexts: [String] { sentences.map { text($0.range) } }
    var tokenTexts: [String] { tokens.map { text(of: $0) } }
}

func read(_ text: String, title: String? = nil) -> TextDocument {
    TextReader().read(text, givenTitle: title)
}

func tokenTexts(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Tokenizer().tokens(bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
}

func tokens(_ text: String) -> [(text: String, kind: TokenKind, flags: TokenFlags)] {
    let bytes = Array(text.utf8)
    return Tokenizer().tokens(bytes).map { (String(decoding: bytes[$0.range], as: UTF8.self), $0.kind, $0.flags) }
}

/// Deterministic, so a failing generated input can be reproduced from the seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
