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
