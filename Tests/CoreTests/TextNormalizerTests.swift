import Testing

@testable import Core

@Suite struct TextNormalizerTests {
    private func normalize(_ text: String) -> (text: String, offsets: [Int32]) {
        let output = TextNormalizer().normalize(Array(text.utf8))
        return (String(decoding: output.bytes, as: UTF8.self), output.sourceOffset)
    }

    @Test func plainTextIsUnchangedWithIdentityOffsets() {
        let text = "Plain “quoted” text — with dashes, it’s fine.\nSecond line."
        let (normalized, offsets) = normalize(text)
        #expect(normalized == text)
        #expect(offsets == (0...text.utf8.count).map { Int32($0) })
    }

    @Test func lineEndsBecomeLineFeeds() {
        let (normalized, offsets) = normalize("a\r\nb\rc\n")
        #expect(normalized == "a\nb\nc\n")
        #expect(offsets == [0, 1, 3, 4, 5, 6, 7])
    }

    @Test func unicodeSpacesAndTabsBecomeASCIISpace() {
        let (normalized, offsets) = normalize("a\u{A0}b\u{2003}c\u{202F}d\u{3000}e\tf\u{205F}g")
        #expect(normalized == "a b c d e f g")
        // NBSP is two bytes and U+2003 three, so the offsets skip ahead.
        #expect(Array(offsets.prefix(6)) == [0, 1, 3, 4, 7, 8])
    }

    @Test func controlCharactersBecomeSpace() {
        let (normalized, _) = normalize("a\u{0}b\u{7}c\u{7F}d\u{85}e\u{1B}f")
        #expect(normalized == "a b c d e f")
    }

    @Test func invisibleCharactersAreRemovedAndOffsetsSkipThem() {
        let (normalized, offsets) = normalize("\u{FEFF}co\u{AD}op\u{200B}er\u{200D}a\u{2060}te")
        #expect(normalized == "cooperate")
        #expect(offsets.first == 3)
        #expect(offsets.last == Int32("\u{FEFF}co\u{AD}op\u{200B}er\u{200D}a\u{2060}te".utf8.count))
    }

    @Test func quotesDashesAndApostrophesAreKept() {
        let text = "«Oui» „ja“ ‘single’ don't – — ‐ …"
        #expect(normalize(text).text == text)
    }

    @Test func invalidUTF8BecomesSpaces() {
        let input: [UInt8] = [0x61, 0xFF, 0x62, 0xE2, 0x80, 0x63, 0xED, 0xA0, 0x80, 0x64, 0xF0, 0x9F]
        let output = TextNormalizer().normalize(input)
        #expect(String(validating: output.bytes, as: UTF8.self) != nil)
        #expect(output.bytes.count == output.sourceOffset.count - 1)
        #expect(String(decoding: output.bytes, as: UTF8.self).hasPrefix("a b  c"))
    }

    @Test func emptyInput() {
        let output = TextNormalizer().normalize([])
        #expect(output.bytes.isEmpty)
        #expect(output.sourceOffset == [0])
    }
}
