import Testing

@testable import Core
@testable import Training

struct ClaimScorerTests {
    @Test func metricsMatchTheEvalScript() {
        let metrics = ClaimMetrics(scores: [0.9, 0.8, 0.3, 0.1], labels: [true, false, true, false])
        #expect(metrics.rocAUC == 0.75)
        #expect(abs(metrics.averagePrecision - (1 + 2.0 / 3) / 2) < 1e-12)
        #expect(metrics.precision == 0.5 && metrics.recall == 0.5 && metrics.f1 == 0.5)
        // Ties share the average rank.
        #expect(ClaimMetrics(scores: [0.5, 0.5], labels: [true, false]).rocAUC == 0.5)
    }

    @Test func serializedModelScoresAsBefore() throws {
        var weights = [Float](repeating: 0, count: 1 << 10)
        for index in stride(from: 0, to: weights.count, by: 7) { weights[index] = Float(index % 13) / 10 - 0.6 }
        let model = ClaimScorer(bucketBits: 10, weights: weights, bias: -0.25, slope: 1.5, offset: 0.1)
        let loaded = try ClaimScorer(serialized: model.serialized(keep: 1 << 10))
        var buffer = ClaimFeatures.Buffer()
        buffer.indices = [0, 7, 14, 700, 1001]
        buffer.values = [1, 0.5, 0.5, 1, 1]
        #expect(abs(model.margin(buffer) - loaded.margin(buffer)) < 1e-3)
        #expect(loaded.slope == 1.5 && loaded.offset == 0.1)
        #expect(throws: ModelError.self) { try ClaimScorer(serialized: Array("LEDECLM1".utf8)) }
        #expect(throws: ModelError.self) { try ClaimScorer(serialized: Array("garbage!".utf8)) }
    }

    @Test func trainerSeparatesAnEasyProblem() {
        let features = ClaimFeatures(bucketBits: 14)
        var buffer = ClaimFeatures.Buffer()
        let texts = [
            ("Unemployment rose to 5% in 2020.", true), ("Thank you very much.", false),
            ("Exports fell by 12% last year.", true), ("I think we should all work together.", false),
            ("The deficit doubled to $3 trillion.", true), ("Good evening and welcome.", false),
        ]
        let examples = texts.map { text, label in
            features.extract(document: TextReader().read(text, givenTitle: ""), mentions: [], into: &buffer)
            return ClaimModelTrainer.Example(indices: buffer.indices, values: buffer.values, label: label)
        }
        var random = SplitMix64(state: 7)
        let model = ClaimModelTrainer(bucketBits: 14, epochs: 30, learningRate: 0.2)
            .trainCompact(examples, subset: Array(examples.indices), keep: 500, using: &random)
        let scores = examples.map { example -> Double in
            var buffer = ClaimFeatures.Buffer()
            buffer.indices = example.indices
            buffer.values = example.values
            return model.probability(margin: model.margin(buffer))
        }
        #expect(ClaimMetrics(scores: scores, labels: examples.map(\.label)).rocAUC == 1)
        let (slope, _) = ClaimModelTrainer.plattScaling(margins: [-2, -1, 1, 2], labels: [false, false, true, true])
        #expect(slope > 0)
    }

    @Test func wordClassesOfFeelingsAndTheFuture() {
        func classes(_ word: String) -> ClaimWordClass {
            let bytes = Array(word.utf8)
            return ClaimWordClass.of(key: bytes.withUnsafeBufferPointer { ClaimHash.word($0, 0..<bytes.count) })
        }
        #expect(classes("saddened").contains(.emotion))
        #expect(classes("totally").contains(.intensifier))
        #expect(classes("'ll").contains(.future))
        #expect(classes("’ll").contains(.future))
        #expect(classes("wheat").isEmpty)
    }

    /// The same words parsed differently (a statement against a command) give different
    /// features: the model reads the parse, so training must parse its sentences too.
    @Test func parseChangesTheFeatures() {
        let features = ClaimFeatures(bucketBits: 16)
        var statement = TextReader().read("Farmers grow more wheat.", givenTitle: "")
        let heads: [Int32] = [1, -1, 3, 1, 1]
        let relations: [DependencyRelation] = [.nsubj, .root, .amod, .obj, .punct]
        let tags: [PartOfSpeech] = [.noun, .verb, .adj, .noun, .punct]
        for index in statement.tokens.indices where index < heads.count {
            statement.tokens[index].head = heads[index]
            statement.tokens[index].relation = relations[index]
            statement.tokens[index].pos = tags[index]
        }
        var command = statement
        command.tokens[0].relation = .vocative
        command.tokens[0].pos = .propn
        var first = ClaimFeatures.Buffer()
        var second = ClaimFeatures.Buffer()
        features.extract(document: statement, mentions: [], into: &first)
        features.extract(document: command, mentions: [], into: &second)
        #expect(Set(first.indices) != Set(second.indices))
    }

    /// A clause read after its sentence takes its character n-grams from the sentence's; the
    /// margin must be exactly the one it gets read on its own.
    @Test func clauseScoredAfterItsSentenceScoresAsAlone() {
        var weights = [Float](repeating: 0, count: 1 << 12)
        for index in weights.indices { weights[index] = Float((index * 7919) % 201) / 100 - 1 }
        let scorer = ClaimScorer(bucketBits: 12, weights: weights, bias: 0.1)
        let document = TextReader().read(
            "The minister said “unemployment fell by 3%” last year, but critics doubt it.", givenTitle: "")
        let facts = ClaimTokenFacts(document: document, mentions: [])
        guard let sentence = document.sentences.last else {
            Issue.record("no sentence")
            return
        }
        let all = sentence.tokens
        document.normalized.withUnsafeBufferPointer { bytes in
            for lower in all.lowerBound..<(all.upperBound - 1) {
                for upper in (lower + 1)...all.upperBound {
                    let clause = document.tokens[lower..<upper]
                    var fresh = ClaimFeatures.Scratch()
                    let alone = scorer.margin(
                        bytes, tokens: clause, facts: facts, entityTypes: 0, position: 1, scratch: &fresh)
                    var shared = ClaimFeatures.Scratch()
                    _ = scorer.margin(
                        bytes, tokens: document.tokens[all], facts: facts, entityTypes: 0, position: 1, remember: true,
                        scratch: &shared)
                    let reused = scorer.margin(
                        bytes, tokens: clause, facts: facts, entityTypes: 0, position: 1, scratch: &shared)
                    #expect(alone == reused, "tokens \(lower)..<\(upper)")
                }
            }
        }
    }
}

extension ClaimScorerTests {
    /// A word's character n-grams stay inside it and the spaces around it, so they are the same
    /// whatever words stand beside it, and each word has its own run of them.
    @Test func aWordsCharacterGramsDoNotDependOnItsNeighbours() {
        let features = ClaimFeatures(bucketBits: 16)
        func grams(of word: String, in text: String) -> [Int32] {
            let document = TextReader().read(text, givenTitle: "")
            let tokens = document.tokens[...]
            guard let index = tokens.indices.first(where: { document.text(of: tokens[$0]) == word }) else {
                Issue.record("no \(word) in \(text)")
                return []
            }
            var folded = ClaimFeatures.FoldedText()
            document.normalized.withUnsafeBufferPointer { bytes in
                folded.fold(bytes, tokens: tokens, range: tokens.indices)
            }
            features.computeGrams(&folded)
            return Array(folded.grams[folded.gramRun(index..<index + 1)])
        }
        let alone = grams(of: "cuts", in: "Tax cuts rose.")
        // " cuts ": five 2-grams, four 3-grams, three 4-grams, two 5-grams.
        #expect(alone.count == 5 + 4 + 3 + 2)
        #expect(alone == grams(of: "cuts", in: "The “cuts” were deep."))
        #expect(Set(alone).isDisjoint(with: grams(of: "rose", in: "Tax cuts rose.")))
    }
}
