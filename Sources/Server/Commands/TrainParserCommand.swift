import ArgumentParser
import Compression
import Core
import Foundation
import Training

struct TrainParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Train the part-of-speech tagger and dependency parser from Universal Dependencies treebanks (CoNLL-U).",
        discussion: """
            The tagger is an averaged perceptron; the parser is a greedy arc-hybrid parser trained with a \
            dynamic oracle on jackknifed tags. The result is deterministic for the same files, order, seed \
            and options. See Sources/Models/Resources/DATA.md for the command that made the shipped model.
            """
    )

    @Argument(help: "Training treebanks (CoNLL-U).")
    var files: [String]

    @Option(help: "Held-out treebanks scored after each parser epoch (UPOS, UAS, LAS).")
    var dev: [String] = []

    @Option(help: "Where to write the gzip-compressed model.")
    var out: String = "Sources/Models/Resources/syntax.model.gz"

    @Option(help: "Passes of the tagger over the training data.")
    var tagEpochs: Int = 12

    @Option(help: "Taggers trained in orders of their own and averaged into one.")
    var tagRuns: Int = 2

    @Option(help: "Passes of the parser over the training data.")
    var parseEpochs: Int = 8

    @Option(help: "Parsers trained in orders of their own and averaged into one.")
    var parseRuns: Int = 2

    @Option(help: "Folds for the parser's training tags (1 trains on gold tags).")
    var folds: Int = 4

    @Option(help: "log2 of the hashed feature rows of the tagger, the moves and the relations.")
    var bits: [Int] = [20, 22, 18]

    @Option(help: "Seed for the order of sentences.")
    var seed: UInt64 = 2026

    func run() throws {
        var examples: [SyntaxTrainer.Example] = []
        for path in files {
            let treebank = try Self.treebank(path)
            let annotated = treebank.sentences.compactMap(SyntaxTrainer.Example.init)
            examples += annotated
            log("\(path): \(annotated.count) of \(treebank.sentences.count) sentences")
        }
        let devSets = try dev.map { path in (path, try Self.treebank(path).sentences.compactMap(SyntaxTrainer.Example.init)) }
        guard bits.count == 3, bits.allSatisfy({ (8...24).contains($0) }) else {
            throw ValidationError("--bits takes three numbers from 8 to 24: tagger, moves, relations.")
        }
        var trainer = SyntaxTrainer()
        trainer.tagBits = bits[0]
        trainer.moveBits = bits[1]
        trainer.relationBits = bits[2]
        trainer.taggerRuns = tagRuns
        var started = Date()
        let tagger = trainer.trainTagger(examples, epochs: tagEpochs, seed: seed)
        log("tagger: \(tagEpochs) epochs, \(seconds(since: started)) s")
        started = Date()
        let tags =
            folds > 1
            ? try trainer.jackknifedTags(examples, folds: folds, epochs: tagEpochs, seed: seed)
            : examples.map(\.tags)
        log("jackknifed tags: \(folds) folds, \(seconds(since: started)) s")
        var parsers: [SyntaxTrainer.ParserWeights] = []
        for run in 0..<max(parseRuns, 1) {
            var parser = trainer.newParser()
            let runSeed = seed &+ UInt64(run) &* 7919
            for epoch in 1...parseEpochs {
                started = Date()
                let errors = trainer.trainParser(&parser, examples, tags: tags, explore: epoch > 1, seed: runSeed &+ UInt64(epoch))
                var line = String(
                    format: "run %d epoch %d: %.2f%% wrong moves, %@ s", run + 1, epoch, errors * 100, seconds(since: started))
                if !devSets.isEmpty {
                    let model = try trainer.model(tagger: tagger, parsers: parsers + [parser]).model()
                    for (path, sentences) in devSets {
                        let score = Self.evaluate(model, sentences)
                        line += String(
                            format: "  %@ UPOS %.4f UAS %.4f LAS %.4f", (path as NSString).lastPathComponent, score.upos, score.uas,
                            score.las)
                    }
                }
                log(line)
            }
            parsers.append(parser)
        }
        let bytes = Gzip.compress(try trainer.model(tagger: tagger, parsers: parsers).serialized(), level: 9)
        try Data(bytes).write(to: URL(fileURLWithPath: out))
        log("wrote \(out) (\(bytes.count) bytes)")
    }

    static func treebank(_ path: String) throws -> CoNLLU {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("Cannot read \(path): check the path.")
        }
        return CoNLLU(String(decoding: data, as: UTF8.self))
    }

    static func evaluate(_ model: SyntaxModel, _ sentences: [SyntaxTrainer.Example]) -> ParseScore {
        var score = ParseScore()
        var scratch = DependencyParser.Scratch()
        var parse = SyntaxModel.Parse()
        for sentence in sentences {
            model.parse(sentence.words, scratch: &scratch, into: &parse)
            score.add(parse, gold: sentence)
        }
        return score
    }

    private func seconds(since start: Date) -> String { String(format: "%.1f", Date().timeIntervalSince(start)) }

    private func log(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
