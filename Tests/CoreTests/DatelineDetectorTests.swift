import Testing

@testable import Core

@Suite struct DatelineDetectorTests {
    @Test(arguments: [
        ("Munich: NATO said it would meet.", "Munich"),
        ("MUNICH - NATO said it would meet.", "MUNICH"),
        ("MUNICH, Feb 19 (Reuters) - NATO said it would meet.", "MUNICH"),
        ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON"),
        ("NEW YORK, Jan. 5, 2024 – Stocks fell.", "NEW YORK"),
        ("Rio de Janeiro, Brazil: Rain fell.", "Rio de Janeiro"),
        ("KYIV, Ukraine (AP) — Sirens sounded.", "KYIV"),
        ("BERLIN/PARIS, March 3 (Reuters) - Leaders met.", "BERLIN/PARIS"),
        ("LONDON — Britain said.", "LONDON"),
    ])
    func datelines(text: String, place: String) {
        #expect(read(text).datelineText == place)
    }

    @Test(arguments: [
        "Speaking alongside Stoltenberg, he said: no.",
        "He said: “We will go.”",
        "The minister - a former judge - resigned.",
        "Stoltenberg said he sent the letter.",
        "Update: the vote was delayed.",
        "Munich:",
        "Johnson – who resigned last year – said so.",
        "Stoltenberg: we must talk.",
        "SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.",
    ])
    func noDateline(text: String) {
        #expect(read(text).dateline == nil)
    }

    @Test func datelineOnlyInTheFirstParagraph() {
        let document = read("The vote was held.\n\nBERLIN - Ministers met.")
        #expect(document.dateline == nil)
    }
}
