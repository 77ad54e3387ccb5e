import ArgumentParser
import Core
import Foundation
import Models
import Training

struct EvalParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Tag and parse a treebank's gold words and score them as eval/score_parse.py does (UPOS, UAS, LAS).",
        discussion: "Relations are compared on their universal part; punctuation counts."
    )

    @Argument(help: "A gold CoNLL-U treebank.")
    var file: String

    func run() throws {
        let model = try BundledModels.syntaxModel()
        let sentences = try TrainParserCommand.treebank(file).sentences.compactMap(SyntaxTrainer.Example.init)
        var score = ParseScore()
        var scratch = DependencyParser.Scratch()
        var parse = SyntaxModel.Parse()
        var total: [DependencyRelation: Int] = [:]
        var right: [DependencyRelation: Int] = [:]
        for sentence in sentences {
            model.parse(sentence.words, scratch: &scratch, into: &parse)
            score.add(parse, gold: sentence)
            for word in sentence.words.indices {
                let relation = sentence.relations[word].universal
                total[relation, default: 0] += 1
                if parse.heads[word] == sentence.heads[word], parse.relations[word].universal == relation {
                    right[relation, default: 0] += 1
                }
            }
        }
        let reported: [DependencyRelation] = [.nsubj, .obj, .ccomp, .xcomp, .advcl, .acl, .conj, .appos, .parataxis, .root]
        for relation in reported {
            guard let count = total[relation], count > 0 else { continue }
            let name = relation.name.padding(toLength: 10, withPad: " ", startingAt: 0)
            print(String(format: "%@ %.3f  (%d)", name, Double(right[relation] ?? 0) / Double(count), count))
        }
        print(
            String(
                format: "uas=%.4f las=%.4f upos=%.4f sentences=%d words=%d", score.uas, score.las, score.upos, sentences.count,
                score.words))
    }
}
