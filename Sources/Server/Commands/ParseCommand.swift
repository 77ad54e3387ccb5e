import ArgumentParser
import Core
import Foundation
import Models

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print the part-of-speech tags and dependency parse of a text or of a CoNLL-U file's words, as CoNLL-U.",
        discussion: """
            With --conllu, the file's sentences and words are kept as given and columns 4 (UPOS), 7 (HEAD) \
            and 8 (DEPREL) are replaced by Lede's parse, so ../shared/eval/score_parse.py GOLD OUTPUT scores it. \
            Otherwise the text is read as an article: Lede's own sentences and tokens, one sentence per block.
            """
    )

    @Argument(help: "A plain-text article, or - for standard input (without --conllu).")
    var file: String = "-"

    @Option(help: "A CoNLL-U file whose words are parsed as given.")
    var conllu: String?

    func run() throws {
        let model = try BundledModels.syntaxModel()
        let treebank: CoNLLU
        if let conllu {
            treebank = try TrainParserCommand.treebank(conllu)
        } else {
            let data = try InputFile.readAll(file)
            guard let text = String(validating: data, as: UTF8.self) else {
                throw ValidationError("\(file) is not valid UTF-8; convert it to UTF-8 first.")
            }
            let document = TextReader().read(text, givenTitle: nil)
            treebank = CoNLLU(words: document.sentences.map { sentence in document.tokens[sentence.tokens].map(document.text(of:)) })
        }
        var scratch = DependencyParser.Scratch()
        var parse = SyntaxModel.Parse()
        var output = ""
        for sentence in treebank.sentences {
            model.parse(SyntaxWord.words(sentence.forms), scratch: &scratch, into: &parse)
            output += CoNLLU.write(sentence, tags: parse.tags, heads: parse.heads, relations: parse.relations)
            if output.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(output.utf8))
                output = ""
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

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
