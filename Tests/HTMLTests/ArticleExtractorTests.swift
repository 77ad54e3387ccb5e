import Foundation
import Testing

@testable import HTML

/// Pages shaped like real news pages of several CMSes; each `NAME.expected` holds the headline and
/// then every body paragraph, one a line, and nothing else: extraction must give exactly that.
@Suite struct ArticleExtractorTests {
    static let pages = [
        "wordpress", "newspaper", "textblocks", "legacy-table", "longform", "wire", "split-body", "comments-heavy",
        "hidden-parts", "amp", "liveblog",
    ]

    static func fixture(_ name: String, _ ext: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test(arguments: pages) func keepsEveryBodyParagraphAndNoFurniture(_ page: String) throws {
        let expected = try Self.fixture(page, "expected").split(separator: "\n").map(String.init)
        let article = try ArticleExtractor().extract(Self.fixture(page, "html"))
        #expect(article.title == expected.first)
        #expect(article.paragraphs == Array(expected.dropFirst()))
        #expect(article.text == expected.joined(separator: "\n\n"))
    }

    @Test func furnitureWordsNeverLeak() throws {
        let leaks = [
            "cookie", "Subscribe", "newsletter", "Related", "Share", "Advertisement", "googletag", "SECRET", "Promoted",
            "Template text", "commented out", "Copyright", "Popular", "Most read", "Sponsored", "Please enable",
        ]
        for page in Self.pages {
            let text = try ArticleExtractor().extract(Self.fixture(page, "html")).text
            for leak in leaks { #expect(!text.contains(leak), "\(page) leaks \(leak)") }
        }
    }

    @Test func entitiesAreDecoded() throws {
        let article = try ArticleExtractor().extract(
            "<html><body><article><h1>A &amp; B</h1><p>&ldquo;Caf&eacute; &#8212; 5&nbsp;km &#x2019;s&rdquo; is a quote with enough letters.</p></article></body></html>"
        )
        #expect(article.title == "A & B")
        #expect(article.paragraphs == ["“Café — 5\u{A0}km ’s” is a quote with enough letters."])
    }

    @Test func pagesWithoutArticleTextAreRefused() {
        #expect(throws: HTMLExtractionError.unparsable) { try ArticleExtractor().extract("") }
        #expect(throws: HTMLExtractionError.noArticleText) {
            try ArticleExtractor().extract(
                "<html><body><nav><p>Home News Sport Weather and much more</p></nav><script>var a = 1;</script></body></html>")
        }
        #expect(throws: HTMLExtractionError.noArticleText) { try ArticleExtractor().extract("just some words") }
    }

    @Test func hostileMarkupDoesNotCrash() throws {
        let deep = String(repeating: "<div>", count: 5000) + "<p>A paragraph buried very deep in the page's markup.</p>"
        _ = try? ArticleExtractor().extract(deep)
        let broken = "<p>Unclosed <b>bold <i>italic <p>Second paragraph that is long enough to count <<<>>> &bogus; &#xFFFFFFFF;"
        let article = try ArticleExtractor().extract(broken)
        #expect(!article.paragraphs.isEmpty)
    }

    @Test func classWordsAreSplitAtPunctuationAndCamelCase() {
        #expect(PageFurniture.words(of: "c-relatedLinks sd-sharing__bar") == ["c", "related", "links", "sd", "sharing", "bar"])
        #expect(!PageFurniture.isFurniture(tag: "div") { "\($0)" == "class" ? "main-content has-sidebar" : nil })
        #expect(PageFurniture.isFurniture(tag: "div") { "\($0)" == "class" ? "sidebar-right" : nil })
        #expect(PageFurniture.isFurniture(tag: "div") { "\($0)" == "id" ? "cookie-consent" : nil })
    }
}

/// Scripts, styles and comments cut out before parsing, by HTML's own end rules.
@Suite struct RawTextStripperTests {
    func stripped(_ page: String) -> String {
        var page = page
        return page.withUTF8 { String(decoding: RawTextStripper.strip($0), as: UTF8.self) }
    }

    @Test func cutsScriptsStylesAndComments() {
        #expect(stripped("a<script>if (x < 1) { s = '<p>'; }</script>b") == "a b")
        #expect(stripped("a<SCRIPT type=\"x\">1</Script >b") == "a b")
        #expect(stripped("a<style>p{}</style>b<!-- <p>c</p> -->d") == "a b d")
        #expect(stripped("<scripts>kept</scripts><styles/>") == "<scripts>kept</scripts><styles/>")
        #expect(stripped("a<!-- never closed <p>b</p>") == "a ")
        #expect(stripped("a<script>never closed") == "a ")
        #expect(stripped("plain < text > here") == "plain < text > here")
    }
}
