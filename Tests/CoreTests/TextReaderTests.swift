import Foundation
import Testing
@testable import Core

@Suite struct TextReaderTests {
    static func seedArticle() throws -> String {
        let url = try #require(Bundle.module.url(forResource: "seed-article", withExtension: "txt", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func dumpSeed() throws {
        let document = TextReader().read(try Self.seedArticle())
        print("TITLE", document.title.map { document.sourceText($0) } ?? "nil")
        print("DATELINE", document.dateline.map { document.sourceText($0) } ?? "nil")
        for (i, p) in document.paragraphs.enumerated() { print("P\(i)", document.text(p).prefix(60)) }
        for s in document.sentences { print("S\(s.paragraph)", document.text(s.range)) }
        print(document.tokens.prefix(80).map { document.text(of: $0) + "/\($0.kind)" }.joined(separator: " "))
    }
}
