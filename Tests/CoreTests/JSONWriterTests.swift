import Foundation
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

    @Test func hugeNumbersDoNotOverflow() {
        // Regression: a request id of 1e300 once trapped while being scaled into an Int.
        var json = JSONWriter()
        json.beginArray()
        json.number(1e300)
        json.number(-9.5e15)
        json.exactNumber(1e300)
        json.exactNumber(0.1)
        json.endArray()
        #expect(String(decoding: json.bytes, as: UTF8.self) == "[1e+300,-9.5e+15,1e+300,0.1]")
        let echoed = AnalysisResponse(id: .number(-1.7976931348623157e308)).jsonBytes()
        #expect(String(decoding: echoed, as: UTF8.self).hasPrefix("{\"id\":-1.7976931348623157e+308,"))
    }

    @Test func stringsEscapeControlCharactersAndQuotes() {
        var json = JSONWriter()
        json.string("a\"b\\c\nd\u{01}é")
        #expect(String(decoding: json.bytes, as: UTF8.self) == "\"a\\\"b\\\\c\\nd\\u0001é\"")
    }

    @Test func escapesAreFoundAtEveryPositionOfLongStrings() {
        let specials: [Character] = ["\"", "\\", "\n", "\u{01}", "\u{1F}", "\u{7F}"]
        for length in [1, 15, 16, 17, 31, 32, 40] {
            for position in 0..<length {
                for special in specials {
                    var text = String(repeating: "a", count: length)
                    text.replaceSubrange(
                        text.index(text.startIndex, offsetBy: position)...text.index(text.startIndex, offsetBy: position),
                        with: String(special))
                    var json = JSONWriter()
                    json.string(text)
                    let decoded = try? JSONSerialization.jsonObject(with: Data(json.bytes), options: .fragmentsAllowed) as? String
                    #expect(decoded == text, "length \(length), position \(position)")
                }
            }
        }
        var unescaped = JSONWriter()
        unescaped.string(String(repeating: "Zürich – “quoted” ", count: 5))
        #expect(String(decoding: unescaped.bytes, as: UTF8.self) == "\"" + String(repeating: "Zürich – “quoted” ", count: 5) + "\"")
    }

    @Test func responseHasExplicitNullsInContractOrder() {
        let json = String(decoding: AnalysisResponse().jsonBytes(), as: UTF8.self)
        #expect(
            json == #"{"id":null,"language":"en","offsets":"codepoint","title":null,"dateline":null,"entities":[],"quotes":[],"claims":[]}"#
        )
    }
}
