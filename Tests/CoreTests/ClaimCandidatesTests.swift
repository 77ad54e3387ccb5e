import Testing

@testable import Core

struct ClaimCandidatesTests {
    @Test func reportingFrameGivesContentAndClaimant() {
        var fixture = ClaimFixture("The minister said that unemployment rose to 5%.")
        fixture.mark("minister", .person, kind: .nominal)
        #expect(fixture.clauseTexts == ["unemployment rose to 5%"])
        #expect(fixture.speaker(of: "unemployment") == "minister")
    }

    @Test func toldFrameSkipsTheAudience() {
        var fixture = ClaimFixture("Stoltenberg told the conference that there was no sign of a withdrawal.")
        fixture.mark("Stoltenberg", .person)
        #expect(fixture.clauseTexts == ["there was no sign of a withdrawal"])
        #expect(fixture.speaker(of: "no sign") == "Stoltenberg")
    }

    @Test func accordingToAndTrailingFrames() {
        var fixture = ClaimFixture("According to Eurostat, inflation reached 9% in June. Exports fell by a third, Ford said.")
        fixture.mark("Eurostat", .organization)
        fixture.mark("Ford", .organization)
        #expect(fixture.clauseTexts == ["inflation reached 9% in June", "Exports fell by a third"])
        #expect(fixture.speaker(of: "inflation") == "Eurostat")
        #expect(fixture.speaker(of: "Exports") == "Ford")
    }

    @Test func splitsAtCoordinationSemicolonsAndDashes() {
        let fixture = ClaimFixture(
            "Prices rose by 4% last year, but wages fell; the bank expects growth — although few agree — and that jobs will return.")
        #expect(
            fixture.clauseTexts == [
                "Prices rose by 4% last year", "wages fell", "the bank expects growth", "few agree", "jobs will return",
            ])
    }

    @Test func scareQuotesStayInsideTheirClause() {
        let fixture = ClaimFixture("The paper sent its “star reporter” to the rally in Ohio.")
        #expect(fixture.clauseTexts == ["The paper sent its “star reporter” to the rally in Ohio"])
    }

    @Test func negationStaysInTheClause() {
        let fixture = ClaimFixture("Russia has not withdrawn a single battalion, while Ukraine never asked it to.")
        #expect(fixture.clauseTexts == ["Russia has not withdrawn a single battalion", "Ukraine never asked it to"])
    }

    @Test func laterClausesInheritTheSpeakerButAsidesAreTheOutlets() {
        var fixture = ClaimFixture(
            "Stoltenberg said he wrote to the council, which met in January, but warned that talks had stalled.")
        fixture.mark("Stoltenberg", .person)
        #expect(fixture.speaker(of: "he wrote to the council") == "Stoltenberg")
        #expect(fixture.speaker(of: "which met in January") == nil)
        #expect(fixture.speaker(of: "talks had stalled") == "Stoltenberg")
    }

    @Test func parentheticalFrameDoesNotTakeOverTheSentence() {
        var fixture = ClaimFixture(
            "He told the meeting that troops remained — although Russia claimed that it had begun — and that the risk was real.")
        fixture.mark("Russia", .gpe)
        #expect(fixture.speaker(of: "it had begun") == "Russia")
        #expect(fixture.speaker(of: "the risk was real") == nil)
    }

    @Test func quotationTakesTheSpeakerNamedAfterIt() {
        var fixture = ClaimFixture(
            "Jens Stoltenberg spoke in Munich.\n\n“Russia has massed 100,000 troops. We see no withdrawal,” he said.")
        fixture.mark("Jens Stoltenberg", .person)
        fixture.mark("Munich", .gpe)
        fixture.mark("Russia", .gpe)
        #expect(fixture.speaker(of: "100,000 troops") == "Jens Stoltenberg")
        #expect(fixture.speaker(of: "We see no withdrawal") == "Jens Stoltenberg")
        #expect(fixture.candidates.first { fixture.text($0).contains("100,000") }?.quoted == true)
        #expect(!fixture.clauseTexts.contains { $0.contains("he said") })
    }

    @Test func quotationIntroducedBeforeItsOpeningMark() {
        var fixture = ClaimFixture("Olaf Scholz, who told the meeting: “There is no decision on the agenda.”")
        fixture.mark("Olaf Scholz", .person)
        #expect(fixture.speaker(of: "no decision") == "Olaf Scholz")
        #expect(!fixture.clauseTexts.contains("the meeting"))
    }

    @Test func pronounPrefersThePersonWhoLastSpoke() {
        var fixture = ClaimFixture(
            "Stoltenberg said he wrote to Lavrov on Thursday.\n\n“The buildup continues at 100 sites,” he said.")
        fixture.mark("Stoltenberg", .person)
        fixture.mark("Lavrov", .person)
        #expect(fixture.speaker(of: "The buildup continues") == "Stoltenberg")
    }

    @Test func surnameAfterAParticleJoinsTheFullName() {
        var fixture = ClaimFixture(
            "Commission President Ursula von der Leyen said trade fell by 3%.\n\n“Exports fell by half,” von der Leyen said.")
        fixture.mark("Ursula", .person)
        fixture.mark("Leyen", .person)
        fixture.mark("Leyen", .person, occurrence: 1)
        let candidates = fixture.candidates
        let quoted = candidates.first { fixture.text($0).contains("Exports") }
        let name = quoted?.speakerName.map { fixture.document.text($0) }
        #expect(name == "Ursula von der Leyen")
    }

    @Test func verblessInputGivesBoundedSaneOutput() {
        let list = ClaimFixture("Apples; pears; plums — cherries: grapes")
        #expect(list.clauseTexts.isEmpty)
        let table = ClaimFixture(String(repeating: "12 34 56 78\n", count: 200))
        #expect(table.candidates.count <= 200 * ClaimCandidates.maximumPerSentence)
    }

    @Test func tenThousandWordSentenceCompletes() {
        var words: [String] = []
        for index in 0..<10_000 {
            words.append(["the", "minister", "said", "that", "prices", "rose", "by", "5%", "and", "but", ",", "—"][index % 12])
        }
        let fixture = ClaimFixture(words.joined(separator: " ") + ".")
        let candidates = fixture.candidates
        #expect(candidates.count <= ClaimCandidates.maximumPerSentence * max(1, fixture.document.sentences.count))
        let scorer = ClaimScorer(bucketBits: 12, weights: [Float](repeating: 0.01, count: 1 << 12), bias: 0)
        let claims = ClaimExtractor(scorer: scorer, reportingThreshold: 0).extract(document: fixture.document, mentions: [])
        #expect(claims.allSatisfy { (0...1).contains($0.checkworthiness) })
    }
}

extension ClaimCandidatesTests {
    @Test func numberTablesAreNotClaims() {
        let table = ClaimFixture("12 34 56 78\n\n90 12 34 56\n\n2020 2021 2022")
        #expect(table.clauseTexts.isEmpty)
    }
}
