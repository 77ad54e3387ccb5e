import Testing

@testable import Core

@Suite struct BoilerplateTrimmerTests {
    @Test func furnitureTailIsCutFromTheBody() {
        let text = """
            Rain fell on Monday. It was heavy.

            The city flooded.

            Share this article
            Share on Facebook
            Related articles
            Floods hit the north
            Sign up for our newsletter
            © 2024 Example News. All rights reserved.
            """
        let document = read(text)
        #expect(document.bodyText == "Rain fell on Monday. It was heavy.\n\nThe city flooded.")
        #expect(document.paragraphs.count == 2)
    }

    @Test(arguments: [
        "You may also like", "Read more", "Related", "Advertisement", "Follow us on Twitter",
        "Click here to subscribe", "Subscribe to our newsletter", "Copyright 2024 AP", "All rights reserved",
        "Categories: Politics, World", "Category: News", "Results are indicative and not scientific.", "Read the rest here.",
        "Take our poll",
    ])
    func eachFurnitureLineEndsTheBody(line: String) {
        let document = read("Rain fell on Monday.\n\nThe city flooded.\n\n\(line)\n\nStorm returns")
        #expect(document.bodyText == "Rain fell on Monday.\n\nThe city flooded.")
    }

    @Test func furnitureBetweenParagraphsIsDroppedButTextAfterItKept() {
        let long = Array(repeating: "The river rose again and the city council met to discuss the damage.", count: 4)
            .joined(separator: " ")
        let document = read("Rain fell.\n\nAdvertisement\n\n\(long)\n\nThe end came.")
        #expect(document.paragraphTexts == ["Rain fell.", long, "The end came."])
    }

    @Test func furnitureBetweenShortParagraphsKeepsTheRest() {
        let document = read("Rain fell.\n\nAdvertisement\n\nThe city flooded.\n\n“It was bad,” he said.")
        #expect(document.paragraphTexts == ["Rain fell.", "The city flooded.", "“It was bad,” he said."])
    }

    @Test func sentencesThatStartLikeFurnitureAreKept() {
        let document = read("Related to this, officials met.\n\nSubscribers paid more.\n\nRead more books, he said.")
        #expect(document.paragraphs.count == 3)
    }
}
