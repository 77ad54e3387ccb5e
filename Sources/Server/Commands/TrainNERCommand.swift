import ArgumentParser
import Compression
import Core
import Foundation
import Training

struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the entity tagger (averaged structured perceptron) from CoNLL files (token<TAB>IOB2 tag).",
        discussion: "The result is deterministic for the same files, order, seed and options."
    )

    @Argument(help: "Training files, token<TAB>IOB2-tag per line, blank line between sentences.")
    var files: [String]

    @Option(help: "Held-out CoNLL files scored after each epoch (PER/ORG/LOC span F1).")
    var dev: [String] = []

    @Option(help: "Where to write the gzip-compressed model.")
    var out: String = "Sources/Models/Resources/ner.model.gz"

    @Option(help: "Passes over the training data.")
    var epochs: Int = 8

    @Option(help: "log2 of the number of hashed feature rows.")
    var bucketBits: Int = 18

    @Option(help: "Seed for shuffling and case augmentation.")
    var seed: UInt64 = 2026

    @Option(help: "Share of training sentences also seen in capitals (for headlines), 0...1.")
    var uppercaseShare: Double = 0.05

    @Option(help: "Gazetteer TSV whose categories become features (phrase<TAB>CATEGORY); empty for none.")
    var gazetteer: String = "Sources/Models/Resources/gazetteer.tsv"

    @Option(help: "Common lowercase English words, one per line; empty for none.")
    var commonWords: String = "Sources/Models/Resources/common-words.txt"

    func run() throws {
        let lexicon = try loadLexicon()
        let features = TaggerFeatures(bucketBits: bucketBits)
        var random = SeededGenerator(seed: seed)
        var examples: [PerceptronTrainer.Example] = []
        for path in files {
            let corpus = try Self.corpus(path)
            for sentence in corpus.sentences {
                examples.append(Self.example(sentence, features: features, lexicon: lexicon, uppercased: false))
                if Double.random(in: 0..<1, using: &random) < uppercaseShare {
                    examples.append(Self.example(sentence, features: features, lexicon: lexicon, uppercased: true))
                }
            }
            log("\(path): \(corpus.sentences.count) sentences")
        }
        let devSets = try dev.map { ($0, try Self.corpus($0)) }
        var trainer = PerceptronTrainer(bucketBits: bucketBits)
        var order = Array(examples.indices)
        for epoch in 1...epochs {
            order.shuffle(using: &random)
            let started = Date()
            let errors = trainer.epoch(examples, order: order)
            var line = "epoch \(epoch): \(errors) token errors, \(String(format: "%.1f", Date().timeIntervalSince(started))) s"
            if !devSets.isEmpty {
                let model = trainer.model()
                for (path, corpus) in devSets {
                    let score = Self.evaluate(model, corpus, lexicon: lexicon)
                    line += String(format: "  %@ F1 %.3f", (path as NSString).lastPathComponent, score.f1)
                }
            }
            log(line)
        }
        let weights = trainer.averaged()
        let model = PerceptronTagger(weights)
        for (path, corpus) in devSets {
            let score = Self.evaluate(model, corpus, lexicon: lexicon)
            log("\(path): \(score.report)")
        }
        let bytes = Gzip.compress(weights.serialized(), level: 9)
        try Data(bytes).write(to: URL(fileURLWithPath: out))
        log("wrote \(out) (\(bytes.count) bytes)")
    }

    private func loadLexicon() throws -> EntityLexicon {
        guard !gazetteer.isEmpty else { return EntityLexicon() }
        guard let data = FileManager.default.contents(atPath: gazetteer) else {
            throw ValidationError("Cannot read \(gazetteer).")
        }
        let words = commonWords.isEmpty ? nil : FileManager.default.contents(atPath: commonWords).map { Array($0) }
        if !commonWords.isEmpty && words == nil { throw ValidationError("Cannot read \(commonWords).") }
        return try EntityLexicon(gazetteerTSV: Array(data), commonWords: words)
    }

    static func corpus(_ path: String) throws -> TaggerCorpus {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("Cannot read \(path): check the path.")
        }
        return TaggerCorpus(conll: String(decoding: data, as: UTF8.self))
    }

    static func example(_ sentence: TaggerCorpus.Sentence, features: TaggerFeatures, lexicon: EntityLexicon, uppercased: Bool)
        -> PerceptronTrainer.Example
    {
        var (text, tokens) = TaggerCorpus.layout(sentence.words, uppercased: uppercased)
        lexicon.annotate(text: text, tokens: &tokens)
        var output: [Int32] = []
        text.withUnsafeBufferPointer { text in
            tokens.withUnsafeBufferPointer { tokens in features.extract(text: text, tokens: tokens, into: &output) }
        }
        return PerceptronTrainer.Example(features: output, labels: TaggerLabel.encode(sentence.spans, count: tokens.count))
    }

    static func evaluate(_ model: PerceptronTagger, _ corpus: TaggerCorpus, lexicon: EntityLexicon) -> SpanScore {
        var score = SpanScore()
        for sentence in corpus.sentences {
            let example = Self.example(sentence, features: model.features, lexicon: lexicon, uppercased: false)
            let predicted = example.features.withUnsafeBufferPointer { model.decode(features: $0, count: sentence.words.count) }
            let gold = sentence.spans.filter { $0.1 != .miscellaneous }.map { SpanScore.Key($0.0, $0.1) }
            let system = TaggerLabel.decode(predicted).filter { $0.1 != .miscellaneous }.map { SpanScore.Key($0.0, $0.1) }
            score.add(gold: gold, system: system)
        }
        return score
    }

    private func log(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
