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

    /// What `string(_:)` must write, one byte at a time.
    private static func referenceQuoted(_ text: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0..<0x20, 0x7F: out += Array(String(format: "\\u%04x", Int(byte)).utf8)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return out
    }

    @Test func escapesAreFoundAtEveryPositionOfLongStrings() {
        let specials: [Character] = ["\"", "\\", "\n", "\u{01}", "\u{1F}", "\u{7F}", "é", "“"]
        for length in [1, 7, 8, 9, 15, 16, 17, 31, 32, 40] {
            for position in 0..<length {
                for special in specials {
                    var characters = Array(repeating: Character("a"), count: length)
                    characters[position] = special
                    let text = String(characters)
                    var json = JSONWriter()
                    json.string(text)
                    #expect(json.bytes == Self.referenceQuoted(text), "length \(length), position \(position)")
                }
            }
        }
    }

    @Test func randomTextIsEscapedLikeTheByteByByteReference() {
        var generator = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = (0..<0x80).compactMap(Unicode.Scalar.init) + ["é", "ß", "–", "“", "”", "\u{A0}", "😀", "中"]
        for _ in 0..<500 {
            let length = Int.random(in: 0..<64, using: &generator)
            var text = ""
            for _ in 0..<length { text.unicodeScalars.append(pool.randomElement(using: &generator) ?? "a") }
            var json = JSONWriter()
            json.string(text)
            #expect(json.bytes == Self.referenceQuoted(text), "\(text.debugDescription)")
        }
    }

    @Test func responseHasExplicitNullsInContractOrder() {
        let json = String(decoding: AnalysisResponse().jsonBytes(), as: UTF8.self)
        #expect(
            json
                == #"{"id":null,"language":"en","offsets":"codepoint","title":null,"subtitle":null,"dateline":null,"source":null,"entities":[],"quotes":[],"claims":[],"notes":[]}"#
        )
    }
}
