import Core
import Foundation
import Models
import Testing

/// The claims stage with the bundled models, end to end.
struct ClaimsTests {
    static let analyzer = Result { try BundledModels.analyzer() }

    func claims(_ text: String) throws -> [Claim] {
        try Self.analyzer.get().analyze(AnalysisRequest(text: text)).claims
    }

    func best(_ text: String) throws -> Double {
        try claims(text).map(\.checkworthiness).max() ?? 0
    }

    @Test func numbersAndComparisonsOutscoreCourtesy() throws {
        let factual = try best("Unemployment rose to 5.2% last year, the highest level since 2010.")
        let greeting = try best("Thank you very much.")
        #expect(factual >= 0.5)
        #expect(greeting < 0.5)
        #expect(factual > greeting)
    }

    /// A piece of a sentence with no verb (a subject cut off by a dash or a relative clause) is
    /// not returned as a claim; the clauses around it are.
    @Test func verblessPiecesOfASentenceAreNotClaims() throws {
        let found = try claims(
            "Lede test\n\nThe scheme - which has been requested by more than 1,600 schools - was launched in London on Monday. "
                + "Pop singer Jane Roe, who has worked with many stars, backed the scheme in a statement.\n"
        ).map(\.text)
        #expect(!found.contains("The scheme"))
        #expect(!found.contains("Pop singer Jane Roe"))
        #expect(found.contains { $0.contains("1,600 schools") })
    }

    @Test func seedArticleClaims() throws {
        let text = try String(decoding: LedeServiceTests.seedArticle(), as: UTF8.self)
        let response = try Self.analyzer.get().analyze(AnalysisRequest(text: text))
        func named(_ claimant: Claimant?) -> Set<String> {
            guard let claimant else { return [] }
            var names: Set<String> = [claimant.name]
            if let entity = response.entities.first(where: { $0.id == claimant.entity }) { names.insert(entity.name) }
            return names
        }
        let troops = response.claims.filter { $0.text.contains("tens of thousands of troops") && $0.checkworthiness >= 0.5 }
        #expect(!troops.isEmpty)
        #expect(troops.contains { $0.claimant == nil })
        #expect(troops.contains { $0.types.contains("quantity") })
        let readiness = response.claims.filter {
            $0.text.contains("such a concentration of combat readiness in Europe since the end of the Cold War")
                && $0.checkworthiness >= 0.5
        }
        #expect(readiness.contains { named($0.claimant).contains("Jens Stoltenberg") })
        let pledge = response.claims.filter { $0.text.contains("We will differentiate clearly") && $0.checkworthiness >= 0.5 }
        #expect(pledge.isEmpty)
        // Offsets slice the input to the claim's text.
        let scalars = Array(text.unicodeScalars)
        for claim in response.claims {
            #expect(String(String.UnicodeScalarView(scalars[claim.start..<claim.end])) == claim.text)
        }
    }
}
