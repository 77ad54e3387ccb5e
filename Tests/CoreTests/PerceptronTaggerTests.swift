import Testing

@testable import Core
@testable import Training

@Suite struct TaggerLabelTests {
    @Test func spansRoundTripThroughBILOU() {
        let spans: [(Range<Int>, TaggerType)] = [(0..<2, .person), (3..<4, .location), (5..<8, .organization)]
        let labels = TaggerLabel.encode(spans, count: 9)
        #expect(labels[0] == TaggerLabel(.begin, .person))
        #expect(labels[1] == TaggerLabel(.last, .person))
        #expect(labels[3] == TaggerLabel(.unit, .location))
        #expect(labels[6] == TaggerLabel(.inside, .organization))
        let decoded = TaggerLabel.decode(labels)
        #expect(decoded.map(\.0) == [0..<2, 3..<4, 5..<8])
        #expect(decoded.map(\.1) == [.person, .location, .organization])
    }

    @Test func onlyWellFormedTransitionsAreAllowed() {
        #expect(TaggerLabel(.begin, .person).allows(TaggerLabel(.last, .person)))
        #expect(!TaggerLabel(.begin, .person).allows(TaggerLabel(.last, .location)))
        #expect(!TaggerLabel(.begin, .person).allows(.outside))
        #expect(TaggerLabel.outside.allows(TaggerLabel(.unit, .organization)))
        #expect(!TaggerLabel.outside.allows(TaggerLabel(.inside, .organization)))
    }

    @Test func corpusIOB2BecomesSpans() {
        let corpus = TaggerCorpus(conll: "Angela\tB-PER\nMerkel\tI-PER\nvisited\tO\nNew\tB-LOC\nYork\tI-LOC\n\nApple\tB-ORG\n")
        #expect(corpus.sentences.count == 2)
        #expect(corpus.sentences[0].spans.map(\.0) == [0..<2, 3..<5])
        #expect(corpus.sentences[1].spans.map(\.1) == [.organization])
    }
}

@Suite struct PerceptronTaggerTests {
    /// A tiny invented corpus: the tagger must learn it and decode it back.
    static let corpus = TaggerCorpus(
        conll: """
            Anna\tB-PER
            Berg\tI-PER
            lives\tO
            in\tO
            Oslo\tB-LOC
            .\tO

            Carl\tB-PER
            Dahl\tI-PER
            works\tO
            for\tO
            Acme\tB-ORG
            Corp\tI-ORG
            .\tO

            Eva\tB-PER
            moved\tO
            to\tO
            Bergen\tB-LOC
            .\tO
            """)

    static func examples(_ features: TaggerFeatures) -> [PerceptronTrainer.Example] {
        corpus.sentences.map { sentence in
            let (text, tokens) = TaggerCorpus.layout(sentence.words)
            var output: [Int32] = []
            text.withUnsafeBufferPointer { text in
                tokens.withUnsafeBufferPointer { features.extract(text: text, tokens: $0, into: &output) }
            }
            return PerceptronTrainer.Example(features: output, labels: TaggerLabel.encode(sentence.spans, count: tokens.count))
        }
    }

    @Test func learnsASmallCorpusAndSurvivesSerialization() throws {
        var trainer = PerceptronTrainer(bucketBits: 12)
        let examples = Self.examples(TaggerFeatures(bucketBits: 12))
        for _ in 0..<10 { _ = trainer.epoch(examples, order: Array(examples.indices)) }
        let model = trainer.model()
        let restored = try PerceptronTagger(serialized: trainer.averaged().serialized())
        for example in examples {
            let count = example.labels.count
            #expect(example.features.withUnsafeBufferPointer { model.decode(features: $0, count: count) } == example.labels)
            #expect(example.features.withUnsafeBufferPointer { restored.decode(features: $0, count: count) } == example.labels)
        }
    }

    @Test func featuresAreDeterministicAndInRange() {
        let features = TaggerFeatures(bucketBits: 10)
        let (text, tokens) = TaggerCorpus.layout(["The", "NATO-Russia", "Council", "met", "in", "Brüssel", "."])
        var first: [Int32] = []
        var second: [Int32] = []
        text.withUnsafeBufferPointer { text in
            tokens.withUnsafeBufferPointer { features.extract(text: text, tokens: $0, into: &first) }
            tokens.withUnsafeBufferPointer { features.extract(text: text, tokens: $0, into: &second) }
        }
        #expect(first == second)
        #expect(first.count == tokens.count * TaggerFeatures.perToken)
        #expect(first.allSatisfy { $0 >= 0 && $0 < 1 << 10 })
    }

    @Test func corruptModelBytesAreAnErrorNotACrash() {
        #expect(throws: ModelError.self) { try PerceptronTagger(serialized: Array("LEDENER1".utf8) + [1, 2, 3]) }
        #expect(throws: ModelError.self) { try PerceptronTagger(serialized: Array("not a model at all".utf8)) }
        #expect(throws: ModelError.self) { try PerceptronTagger(serialized: []) }
    }

    /// Viterbi's position loop is written for BILOU's shape; it must be exactly what
    /// `TaggerLabel.allows` permits.
    @Test func viterbiShapeIsBILOU() {
        let labels = (0..<TaggerLabel.count).map { TaggerLabel(rawValue: $0) }
        let boundary = Set(PerceptronTagger.Shape.boundaryLabels + [0])
        for to in labels {
            let allowed = labels.filter { $0.allows(to) }.map(\.rawValue)
            if boundary.contains(to.rawValue) {
                #expect(allowed == PerceptronTagger.Shape.boundaryPredecessors, "\(to.rawValue)")
            } else {
                let begin = 1 + 4 * ((to.rawValue - 1) / 4)
                #expect(allowed == [begin, begin + 1], "\(to.rawValue)")
            }
        }
        #expect(PerceptronTagger.Shape.boundaryLabels.count == 8 && TaggerLabel.count == 17)
    }
}
