import Testing

@testable import Core

/// The claim stage's clauses without a parse: voice changes come from the quote stage, so the
/// content of reported speech and quotations is cut out with its speaker and the frame is dropped.
/// The cuts the parse adds are tested with the bundled models (ServerTests/ClaimsTests).
struct ClaimClausesTests {
    @Test func reportingFrameGivesContentAndClaimant() {
        var fixture = ClaimFixture("Jane Doe said that unemployment rose to 5%.")
        fixture.mark("Jane Doe", .person)
        #expect(fixture.clauseTexts == ["unemployment rose to 5%"])
        #expect(fixture.speaker(of: "unemployment") == "Jane Doe")
    }

    @Test func accordingToAndTrailingFrames() {
        var fixture = ClaimFixture("According to Eurostat, inflation reached 9% in June. Exports fell by a third, Ford said.")
        fixture.mark("Eurostat", .organization)
        fixture.mark("Ford", .organization)
        #expect(fixture.clauseTexts == ["inflation reached 9% in June", "Exports fell by a third"])
        #expect(fixture.speaker(of: "inflation") == "Eurostat")
        #expect(fixture.speaker(of: "Exports") == "Ford")
    }

    /// A second main clause is cut off only where the parse's clause is one: not where its head
    /// opens with a subordinator ("As …, the firm has struggled"), not at a relative word set off
    /// by commas ("…, where a rebel army is fighting …, were rejected"), not where it has a
    /// subordinator of its own ("but can't because he …"), and after an aside the conjunction
    /// opens it ("…, and, this year, 40 countries …").
    @Test func misparsedMainClausesStayWhole() {
        var subordinate = ClaimFixture("As prices have climbed, the firm has struggled.")
        subordinate.parse([
            "SCONJ 4 mark", "NOUN 4 nsubj", "AUX 4 aux", "VERB 0 root", "PUNCT 9 punct", "DET 7 det", "NOUN 9 nsubj",
            "AUX 9 aux", "VERB 4 conj", "PUNCT 4 punct",
        ])
        #expect(subordinate.clauseTexts == ["As prices have climbed, the firm has struggled"])

        var relative = ClaimFixture("Appeals in Ruritania, where rebels fight, were rejected.")
        relative.parse([
            "NOUN 0 root", "ADP 3 case", "PROPN 1 nmod", "PUNCT 7 punct", "ADV 7 advmod", "NOUN 7 nsubj",
            "VERB 1 parataxis", "PUNCT 1 punct", "AUX 10 aux:pass", "VERB 1 conj", "PUNCT 1 punct",
        ])
        #expect(relative.clauseTexts == ["Appeals in Ruritania, where rebels fight, were rejected"])

        var aside = ClaimFixture("The fund lends to banks, and, this year, 40 countries borrow from it.")
        aside.parse([
            "DET 2 det", "NOUN 3 nsubj", "VERB 0 root", "ADP 5 case", "NOUN 3 obl", "PUNCT 10 punct", "CCONJ 10 cc",
            "PUNCT 7 punct", "DET 10 det", "NOUN 3 obl:unmarked", "PUNCT 14 punct", "NUM 13 nummod", "NOUN 14 nsubj",
            "VERB 3 conj", "ADP 16 case", "PRON 14 obl", "PUNCT 3 punct",
        ])
        #expect(aside.clauseTexts == ["The fund lends to banks", "this year, 40 countries borrow from it"])

        var marked = ClaimFixture("He wants to pay but can't because he is audited.")
        marked.parse([
            "PRON 2 nsubj", "VERB 0 root", "PART 4 mark", "VERB 2 xcomp", "CCONJ 11 cc", "AUX 11 aux", "PART 11 advmod",
            "SCONJ 11 mark", "PRON 11 nsubj:pass", "AUX 11 aux:pass", "VERB 2 conj", "PUNCT 2 punct",
        ])
        #expect(marked.clauseTexts == ["He wants to pay but can't because he is audited"])
    }

    @Test func semicolonsEndAClause() {
        let fixture = ClaimFixture("Prices rose by 4% last year; wages fell by 2%.")
        #expect(fixture.clauseTexts == ["Prices rose by 4% last year", "wages fell by 2%"])
    }

    @Test func scareQuotesStayInsideTheirClause() {
        let fixture = ClaimFixture("The paper sent its “star reporter” to the rally in Ohio.")
        #expect(fixture.clauseTexts == ["The paper sent its “star reporter” to the rally in Ohio"])
    }

    @Test func quotationTakesItsSpeakerAndTheFrameIsNoClaim() {
        var fixture = ClaimFixture(
            "Jens Stoltenberg spoke in Munich.\n\n“Russia has massed 100,000 troops. We see no withdrawal,” he said.")
        fixture.mark("Jens Stoltenberg", .person)
        fixture.mark("Munich", .gpe)
        fixture.mark("Russia", .gpe)
        #expect(fixture.speaker(of: "100,000 troops") == "he")
        #expect(fixture.speaker(of: "We see no withdrawal") == "he")
        #expect(fixture.candidates.first { fixture.text($0).contains("100,000") }?.quoted == true)
        #expect(fixture.candidates.first { fixture.text($0).contains("100,000") }?.quote != nil)
        #expect(!fixture.clauseTexts.contains { $0.contains("he said") })
    }

    @Test func denialGivesTheStanceAndTheDenierAsClaimant() {
        var fixture = ClaimFixture("Jane Doe denied that the cabinet was split over the budget.")
        fixture.mark("Jane Doe", .person)
        let claim = fixture.candidates.first { fixture.text($0).contains("cabinet was split") }
        #expect(claim?.stance == .denies)
        #expect(fixture.speaker(of: "cabinet was split") == "Jane Doe")
        let asserted = ClaimFixture("The cabinet was split over the budget.").candidates.first
        #expect(asserted?.stance == .asserts)
        #expect(asserted?.claimant == nil)
    }

    @Test func verblessInputGivesBoundedSaneOutput() {
        let list = ClaimFixture("Apples; pears; plums; cherries")
        #expect(list.clauseTexts.isEmpty)
        let table = ClaimFixture(String(repeating: "12 34 56 78\n", count: 200))
        #expect(table.candidates.count <= 200 * ClaimClauses.maximumPerSentence)
    }

    @Test func tenThousandWordSentenceCompletes() {
        var words: [String] = []
        for index in 0..<10_000 {
            words.append(["the", "minister", "said", "that", "prices", "rose", "by", "5%", "and", "but", ";", "—"][index % 12])
        }
        let fixture = ClaimFixture(words.joined(separator: " ") + ".")
        let candidates = fixture.candidates
        #expect(candidates.count <= ClaimClauses.maximumPerSentence * max(1, fixture.document.sentences.count))
        let scorer = ClaimScorer(bucketBits: 12, weights: [Float](repeating: 0.01, count: 1 << 12), bias: 0)
        let claims = ClaimExtractor(scorer: scorer, reportingThreshold: 0).extract(document: fixture.document, mentions: [])
        #expect(claims.allSatisfy { (0...1).contains($0.checkworthiness) })
    }

    @Test func numberTablesAreNotClaims() {
        let table = ClaimFixture("12 34 56 78\n\n90 12 34 56\n\n2020 2021 2022")
        #expect(table.clauseTexts.isEmpty)
    }
}

extension ClaimClausesTests {
    /// "asked whether …" questions what follows; "asked for …" is no stance at all.
    @Test func askedWhetherQuestions() {
        var fixture = ClaimFixture("Jane Doe asked whether the money was being found from cuts to schools.")
        fixture.mark("Jane Doe", .person)
        let claim = fixture.candidates.first { fixture.text($0).contains("money was being found") }
        #expect(claim?.stance == .questions)
    }
}
