import Testing
@testable import Core

@Suite struct JSONWriterTests {
    @Test func numbersUseFixedPrecisionWithoutTrailingZeros() {
        var json = JSONWriter()
        json.beginArray()
        json.number(0.5)
        json.number(0.31234567)
        json.number(1)
        json.number(-0.00004)
        json.number(0.0005)
        json.endArray()
        #expect(String(decoding: json.bytes, as: UTF8.self) == "[0.5,0.3123,1,0,0.0005]")
    }

    @Test func stringsEscapeControlCharactersAndQuotes() {
        var json = JSONWriter()
        json.string("a\"b\\c\nd\u{01}é")
        #expect(String(decoding: json.bytes, as: UTF8.self) == "\"a\\\"b\\\\c\\nd\\u0001é\"")
    }

    @Test func responseHasExplicitNullsInContractOrder() {
        let json = String(decoding: AnalysisResponse().jsonBytes(), as: UTF8.self)
        #expect(json == #"{"id":null,"language":"en","offsets":"codepoint","title":null,"dateline":null,"entities":[],"quotes":[],"claims":[]}"#)
    }
}
