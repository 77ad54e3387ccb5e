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

    /// "(Reuters) - Shares of Velmont fell": a wire story's agency with no place before it is the
    /// story's source, and no part of its first sentence; "(In a statement) - …" is no agency.
    @Test func anAgencyAloneOpensTheStory() {
        let document = read("(Reuters) - Shares of Velmont Semiconductor fell 19% on Wednesday.")
        #expect(document.dateline == nil)
        #expect(document.agency.map { document.sourceText($0) } == "Reuters")
        #expect(document.sentences.first.map { document.text(of: document.tokens[$0.tokens.lowerBound]) } == "Shares")
        #expect(read("(the vote was held) - Shares fell.").agency == nil)
    }

    @Test func datelineOnlyAtTheStartOfTheStory() {
        let lead = Array(repeating: "The vote was held on Monday after a long debate in the chamber.", count: 4).joined(separator: " ")
        #expect(read(lead + "\n\nBERLIN - Ministers met.").dateline == nil)
        // After a short deck, the story's first paragraph still opens with it.
        let decked = read("Ministers split on the budget.\n\nBERLIN - Ministers met.")
        #expect(decked.datelineText == "BERLIN")
        #expect(decked.sentenceTexts == ["Ministers split on the budget.", "Ministers met."])
    }

    @Test(arguments: [
        ("LONDON (Reuters) - Prices rose.", "LONDON", "Reuters"),
        ("Washington (AFP) – The president spoke.", "Washington", "AFP"),
        ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON", "AP"),
        ("MOSCOW, Feb 19 (Reuters) - Talks began.", "MOSCOW", "Reuters"),
        ("FLINT, Mich., Oct. 4 (UPI) — The former president spoke.", "FLINT", "UPI"),
        ("HEMPSTEAD, N.Y., Sept. 26 (UPI) — Police removed her.", "HEMPSTEAD", "UPI"),
        ("Berlin (dpa) - Die Regierung tagte.", "Berlin", "dpa"),
    ])
    func agencyIsTheSource(text: String, place: String, agency: String) {
        let document = read(text)
        #expect(document.datelineText == place)
        #expect(document.agency.map { document.text($0) } == agency)
        // Neither is part of the story's first sentence.
        #expect(document.sentenceTexts.first.map { !$0.contains(agency) } == true)
    }

    @Test(arguments: [
        ("KYIV, Ukraine — Sirens sounded.", "KYIV"),
        ("Munich: NATO said it would meet.", "Munich"),
        ("WASHINGTON ― Lawmakers returned.", "WASHINGTON"),
        ("WASHINGTON -- President Obama spoke.", "WASHINGTON"),
        ("FALLS CHURCH, Va. - On a cold morning, the congressman spoke.", "FALLS CHURCH"),
    ])
    func datelinesWithoutAgency(text: String, place: String) {
        let document = read(text)
        #expect(document.datelineText == place)
        #expect(document.agency == nil)
    }

    /// "BRAMLEY, Queensland —", "FLINT, Mich., Oct. 4 (UPI) —": the region after the place's
    /// comma is kept, its abbreviation's period left out; a date is none.
    @Test(arguments: [
        ("BRAMLEY, Queensland — Floodwaters rose.", "Queensland"),
        ("KYIV, Ukraine — Sirens sounded.", "Ukraine"),
        ("FLINT, Mich., Oct. 4 (UPI) — The former president spoke.", "Mich"),
        ("MOSCOW, Feb 19 (Reuters) - Talks began.", nil),
    ])
    func datelineRegions(text: String, region: String?) {
        let document = read(text)
        #expect(document.datelineRegion.map { document.text($0) } == region)
    }

    /// A paragraph that ends at a place's comma is no dateline, and reading it is safe.
    @Test func aPlaceAndACommaAloneAreNoDateline() {
        #expect(read("Harlow,").dateline == nil)
        #expect(read("Harlow, Queensland,").dateline == nil)
    }

    @Test func aNameBeforeAnAsideIsNoDateline() {
        #expect(read("Mehmet Oz — surgeon and TV star — has been called a charlatan.").dateline == nil)
        #expect(read("Jane Doe – who resigned in May – spoke.").dateline == nil)
    }

    @Test func datelineAfterTheHeadline() {
        let story = Array(repeating: "The president spoke about the economy.", count: 6).joined(separator: " ")
        let document = read("Green Party candidate removed from debate site by police.\n\nHEMPSTEAD, N.Y., Sept. 26 (UPI) — " + story)
        #expect(document.titleText == "Green Party candidate removed from debate site by police")
        #expect(document.datelineText == "HEMPSTEAD")
        #expect(document.agency.map { document.text($0) } == "UPI")
    }
}
