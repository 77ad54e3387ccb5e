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
