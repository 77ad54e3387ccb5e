import Testing

@testable import Core

struct ClaimTyperTests {
    func types(_ text: String) -> (types: [ClaimType], hedged: Bool)? {
        ClaimFixture(text).types(of: String(text.prefix(8)))
    }

    @Test func quantityAndEvent() {
        let result = types("Unemployment rose to 5% last year.")
        #expect(result?.types.contains(.quantity) == true)
        #expect(result?.types.contains(.event) == true)
        #expect(result?.hedged == false)
    }

    @Test func comparisonAndRecords() {
        #expect(types("Exports are higher than in 2010.")?.types.contains(.comparison) == true)
        #expect(types("This is the largest build-up since the Cold War.")?.types.contains(.comparison) == true)
    }

    @Test func predictionRuleAndCausation() {
        #expect(types("Prices will rise next year.")?.types.contains(.prediction) == true)
        #expect(types("The new law bans smoking in bars.")?.types.contains(.rule) == true)
        #expect(types("Smoking causes cancer in most patients.")?.types.contains(.causation) == true)
    }

    /// "one" in "no one" is a pronoun, not an amount; the parse tells them apart.
    @Test func numberWordIsAQuantityOnlyAsANumber() {
        func types(tagging tag: PartOfSpeech) -> [ClaimType] {
            var document = TextReader().read("No one trusts the harbour board.", givenTitle: "")
            document.tokens[1].pos = tag
            let facts = ClaimTokenFacts(document: document, mentions: [])
            return ClaimTyper().types(
                tokens: document.tokens[...], facts: facts, reported: false, quoted: false, frame: []
            ).types
        }
        #expect(!types(tagging: .pron).contains(.quantity))
        #expect(!types(tagging: .noun).contains(.quantity))
        #expect(types(tagging: .num).contains(.quantity))
        var amount = TextReader().read("Thousands marched past the harbour board.", givenTitle: "")
        amount.tokens[0].pos = .noun
        let facts = ClaimTokenFacts(document: amount, mentions: [])
        let result = ClaimTyper().types(tokens: amount.tokens[...], facts: facts, reported: false, quoted: false, frame: [])
        #expect(result.types.contains(.quantity))
    }

    @Test func hedgesMakeClaimsHedged() {
        #expect(types("Russia reportedly moved troops to the border.")?.hedged == true)
        #expect(types("The economy could shrink this year.")?.hedged == true)
        #expect(types("The economy shrank this year.")?.hedged == false)
    }

    @Test func claimedFrameHedgesItsContent() {
        var fixture = ClaimFixture("Russia claimed that the troops had left the border.")
        fixture.mark("Russia", .gpe)
        let result = fixture.types(of: "the troops had left")
        #expect(result?.hedged == true)
        #expect(result?.types.contains(.attribution) == true)
    }

    @Test func personalExperience() {
        #expect(types("I visited the factory in 2019.")?.types.contains(.personalExperience) == true)
    }
}
