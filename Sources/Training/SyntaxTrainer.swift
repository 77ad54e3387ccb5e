import Core

/// Trains the tagger and the parser from treebank sentences.
///
/// The parser learns from the tags the tagger will give it, not the gold ones: each fold of the
/// training data is tagged by a tagger trained on the other folds (jackknifing), so the parser
/// sees tagging errors as it will meet them. It learns with a dynamic oracle (Goldberg & Nivre
/// 2012): after the first pass it follows its own moves, mistakes included, and is taught the
/// best move from wherever it stands.
public struct SyntaxTrainer {
    public struct Example: Sendable {
        public var words: [SyntaxWord]
        public var tags: [PartOfSpeech]
        /// Gold heads: an index into `words`, or -1 for the root.
        public var heads: [Int32]
        public var relations: [DependencyRelation]

        /// A training example from an annotated CoNLL-U sentence; nil when it is not fully annotated.
        public init?(_ sentence: CoNLLU.Sentence) {
            guard CoNLLU.isAnnotated(sentence) else { return nil }
            words = SyntaxWord.words(sentence.forms)
            tags = sentence.tags.map { $0 ?? .x }
            heads = sentence.heads.map { $0 ?? -1 }
            relations = sentence.relations.map { $0 ?? .dep }
        }

    }

    public var tagBits = 20
    public var taggerRuns = 2
    public var moveBits = 22
    public var relationBits = 18

    public init() {}

    // MARK: Tagger

    /// A tagger's weights: the mean of `taggerRuns` averaged perceptrons, each after `epochs` passes
    /// over `examples` in an order of its own. One run's weights depend on the order it met the
    /// sentences (EWT dev UPOS moves by 0.001–0.002 from one seed to the next); the mean of two
    /// is better than either and moves less.
    public func trainTagger(_ examples: [Example], epochs: Int, seed: UInt64) -> TaggerWeights {
        var sum = trainTaggerRun(examples, epochs: epochs, seed: seed)
        for run in 1..<max(taggerRuns, 1) {
            let more = trainTaggerRun(examples, epochs: epochs, seed: seed &+ UInt64(run) &* 7919)
            for index in sum.indices { sum[index] += more[index] }
        }
        let scale = 1 / Float(max(taggerRuns, 1))
        return TaggerWeights(weights: sum.map { $0 * scale }, closedClassWords: Self.closedClassWords(examples))
    }

    /// A trained tagger: its weights and the closed-class words of its training sentences.
    public struct TaggerWeights {
        public var weights: [Float]
        public var closedClassWords: [UInt64: UInt32]
    }

    /// The closed-class tags each word form has in `examples` (`PartOfSpeechTagger.closedClassWords`).
    static func closedClassWords(_ examples: [Example]) -> [UInt64: UInt32] {
        var words: [UInt64: UInt32] = [:]
        for example in examples {
            for (word, tag) in zip(example.words, example.tags) where tag.isClosedClass {
                words[word.form, default: 0] |= 1 << tag.rawValue
            }
        }
        return words
    }

    /// One averaged perceptron's weights after `epochs` passes in a seeded order.
    private func trainTaggerRun(_ examples: [Example], epochs: Int, seed: UInt64) -> [Float] {
        var model = AveragedPerceptron(bucketBits: tagBits, classes: PartOfSpeech.count)
        var order = Array(examples.indices)
        var random = SplitMix(seed: seed)
        var scores: [Float] = []
        var predicted: [PartOfSpeech] = []
        let width = PartOfSpeechTagger.featuresPerWord
        var features = [Int32](repeating: 0, count: width)
        for _ in 0..<epochs {
            order.shuffle(using: &random)
            for index in order {
                let example = examples[index]
                predicted.removeAll(keepingCapacity: true)
                example.words.withUnsafeBufferPointer { words in
                    features.withUnsafeMutableBufferPointer { features in
                        guard let out = features.baseAddress else { return }
                        for position in 0..<words.count {
                            PartOfSpeechTagger.features(at: position, words: words, tags: predicted, into: out)
                            let view = UnsafeBufferPointer(features)
                            model.scores(view, into: &scores)
                            let guess = Self.argmax(scores)
                            model.update(view, truth: Int(example.tags[position].rawValue), guess: guess)
                            model.tick()
                            predicted.append(PartOfSpeech(rawValue: UInt8(guess)) ?? .x)
                        }
                    }
                }
            }
        }
        return model.averaged()
    }

    /// Tags for every example from taggers that did not see it (`folds` of them).
    public func jackknifedTags(_ examples: [Example], folds: Int, epochs: Int, seed: UInt64) throws(ModelError) -> [[PartOfSpeech]] {
        var result = examples.map(\.tags)
        for fold in 0..<folds {
            let training = examples.indices.filter { $0 % folds != fold }.map { examples[$0] }
            let weights = trainTagger(training, epochs: epochs, seed: seed &+ UInt64(fold))
            let tagger = FoldTagger(tagger: weights, bucketBits: tagBits)
            var tags: [PartOfSpeech] = []
            for index in examples.indices where index % folds == fold {
                examples[index].words.withUnsafeBufferPointer { tagger.tag($0, into: &tags) }
                result[index] = tags
            }
        }
        return result
    }

    /// A jackknifing fold's tagger, decoding with 16-bit weights (one scale, rows relative to X)
    /// as the shipped decoder did when the shipped parser was trained on such tags; the 8-bit
    /// decoder of today tags a few words differently, and a parser trained on its tags differs
    /// from the shipped one (EWT dev LAS 0.793 against 0.795).
    struct FoldTagger {
        private let rows: [SIMD16<Int32>]
        private let mask: Int
        private let closedClassWords: [UInt64: UInt32]

        init(tagger: TaggerWeights, bucketBits: Int) {
            let weights = tagger.weights
            closedClassWords = tagger.closedClassWords
            let classes = PartOfSpeech.count
            let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
            let scale = largest > 0 ? largest / 32767 : 1
            mask = (1 << bucketBits) - 1
            rows = (0...mask).map { bucket in
                let base = bucket * classes
                let x = Int32(Int16((weights[base] / scale).rounded()))
                var row = SIMD16<Int32>()
                for lane in 0..<16 {
                    let value = Int32(Int16((weights[base + lane + 1] / scale).rounded()))
                    row[lane] = Int32(Int16(truncatingIfNeeded: (value - x) >> 1))
                }
                return row
            }
        }

        func tag(_ words: UnsafeBufferPointer<SyntaxWord>, into tags: inout [PartOfSpeech]) {
            tags.removeAll(keepingCapacity: true)
            var features = [Int32](repeating: 0, count: PartOfSpeechTagger.featuresPerWord)
            features.withUnsafeMutableBufferPointer { buffer in
                guard let out = buffer.baseAddress else { return }
                for position in 0..<words.count {
                    PartOfSpeechTagger.features(at: position, words: words, tags: tags, into: out)
                    var sum = SIMD16<Int32>()
                    for feature in buffer { sum &+= rows[Int(feature) & mask] }
                    let excluded = PartOfSpeech.closedClasses & ~(closedClassWords[words[position].form] ?? 0)
                    tags.append(PartOfSpeechTagger.best(sum, excluding: excluded))
                }
            }
        }
    }

    // MARK: Parser

    /// The move and relation weights being trained.
    public struct ParserWeights {
        var moves: AveragedPerceptron
        var relations: AveragedPerceptron
    }

    public func newParser() -> ParserWeights {
        ParserWeights(
            moves: AveragedPerceptron(bucketBits: moveBits, classes: 3),
            relations: AveragedPerceptron(bucketBits: relationBits, classes: DependencyRelation.count))
    }

    /// One pass over `examples` (with `tags[i]` as example i's tags); `explore` follows the
    /// model's own moves instead of the oracle's. Returns the share of moves that were wrong.
    public func trainParser(
        _ weights: inout ParserWeights, _ examples: [Example], tags: [[PartOfSpeech]], explore: Bool, seed: UInt64
    ) -> Double {
        var order = Array(examples.indices)
        var random = SplitMix(seed: seed)
        order.shuffle(using: &random)
        var state = ParseState()
        let parserFeatures = ParserFeatures()
        var items: [ParserFeatures.Item] = []
        var features = [Int32](repeating: 0, count: max(ParserFeatures.transitionCount, ParserFeatures.labelCount))
        var scores: [Float] = []
        var labelScores: [Float] = []
        var gold: [Int32] = []
        var moves = 0
        var errors = 0
        for index in order {
            let example = examples[index]
            let count = example.words.count
            gold.removeAll(keepingCapacity: true)
            for head in example.heads { gold.append(head < 0 ? Int32(count) : head) }
            gold.append(-1)
            state.reset(count: count)
            example.words.withUnsafeBufferPointer { words in
                tags[index].withUnsafeBufferPointer { ParserFeatures.items(words, $0, into: &items) }
                items.withUnsafeBufferPointer { items in
                    gold.withUnsafeBufferPointer { gold in
                        features.withUnsafeMutableBufferPointer { buffer in
                            guard let out = buffer.baseAddress else { return }
                            let moveFeatures = UnsafeBufferPointer(start: out, count: ParserFeatures.transitionCount)
                            let labelFeatures = UnsafeBufferPointer(start: out, count: ParserFeatures.labelCount)
                            while !state.isFinal {
                                parserFeatures.transition(state, items, into: out)
                                weights.moves.scores(moveFeatures, into: &scores)
                                var guess = -1
                                var best = -1
                                var lowest = Int.max
                                var costs = (0, 0, 0)
                                for move in 0..<3 {
                                    guard let candidate = ParseState.Move(rawValue: move), state.isValid(candidate) else { continue }
                                    let cost = state.cost(candidate, gold: gold)
                                    if move == 0 { costs.0 = cost } else if move == 1 { costs.1 = cost } else { costs.2 = cost }
                                    lowest = min(lowest, cost)
                                    if guess < 0 || scores[move] > scores[guess] { guess = move }
                                }
                                for move in 0..<3 {
                                    guard let candidate = ParseState.Move(rawValue: move), state.isValid(candidate) else { continue }
                                    let cost = move == 0 ? costs.0 : (move == 1 ? costs.1 : costs.2)
                                    if cost == lowest, best < 0 || scores[move] > scores[best] { best = move }
                                }
                                let guessCost = guess == 0 ? costs.0 : (guess == 1 ? costs.1 : costs.2)
                                moves += 1
                                if guessCost != lowest {
                                    errors += 1
                                    weights.moves.update(moveFeatures, truth: best, guess: guess)
                                }
                                weights.moves.tick()
                                // Goldberg & Nivre explore nine times in ten: mostly the model's
                                // own states, with the oracle's path still seen.
                                let follow = explore && random.next() % 10 != 0
                                let chosen = ParseState.Move(rawValue: follow ? guess : best) ?? .shift
                                var relation = DependencyRelation.root
                                if let (head, dependent) = state.arc(chosen), head < count {
                                    parserFeatures.label(head: head, dependent: dependent, state, items, into: out)
                                    weights.relations.scores(labelFeatures, into: &labelScores)
                                    labelScores[Int(DependencyRelation.root.rawValue)] = -.infinity
                                    let predicted = Self.argmax(labelScores)
                                    relation = DependencyRelation(rawValue: UInt8(predicted)) ?? .dep
                                    if Int(gold[dependent]) == head {
                                        let truth = example.relations[dependent]
                                        weights.relations.update(labelFeatures, truth: Int(truth.rawValue), guess: predicted)
                                        weights.relations.tick()
                                        relation = truth
                                    }
                                }
                                state.apply(chosen, relation: relation)
                            }
                        }
                    }
                }
            }
        }
        return moves == 0 ? 0 : Double(errors) / Double(moves)
    }

    /// The decoding model from a tagger's weights and the mean of parsers' averaged weights.
    public func model(tagger: TaggerWeights, parsers: [ParserWeights]) -> SyntaxWeights {
        func mean(_ tables: [[Float]]) -> [Float] {
            guard var sum = tables.first else { return [] }
            for table in tables.dropFirst() { for index in sum.indices { sum[index] += table[index] } }
            let scale = 1 / Float(tables.count)
            return sum.map { $0 * scale }
        }
        return SyntaxWeights(
            tags: .init(bucketBits: tagBits, classes: PartOfSpeech.count, weights: tagger.weights),
            moves: .init(bucketBits: moveBits, classes: 3, weights: mean(parsers.map { $0.moves.averaged() })),
            relations: .init(
                bucketBits: relationBits, classes: DependencyRelation.count, weights: mean(parsers.map { $0.relations.averaged() })),
            closedClassWords: tagger.closedClassWords)
    }

    static func argmax(_ scores: [Float]) -> Int {
        var best = 0
        for index in scores.indices where scores[index] > scores[best] { best = index }
        return best
    }
}
