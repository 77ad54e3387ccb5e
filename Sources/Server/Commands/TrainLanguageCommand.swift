import ArgumentParser
import Compression
import Core
import Foundation
import Training

struct TrainLanguageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language",
        abstract: "Build the language profiles from example paragraphs (JSONL: language, text).",
        discussion: """
            scripts/language_corpus.py makes the training and held-out files from GNOME's help \
            (gnome-user-docs, CC BY-SA 3.0); see Sources/Models/Resources/DATA.md. Deterministic.
            """
    )

    @Argument(help: "Training JSONL, one {\"language\", \"text\"} per line (at most 32 languages).")
    var file: String

    @Option(help: "Where to write the gzip-compressed profile.")
    var out: String = "Sources/Models/Resources/language.profile.gz"

    func run() throws {
        var trainer = LanguageProfileTrainer()
        var paragraphs = 0
        for (number, example) in try LanguageExamples.read(file).enumerated() {
            do {
                try trainer.add(example.text, language: example.language)
            } catch {
                throw ValidationError("\(file):\(number + 1): \(error)")
            }
            paragraphs += 1
        }
        let profile = try trainer.identifier()
        let compressed = Gzip.compress(profile.serialized(), level: 9)
        try Data(compressed).write(to: URL(fileURLWithPath: out))
        print("\(paragraphs) paragraphs, languages \(profile.languages.joined(separator: " ")); wrote \(out) (\(compressed.count) bytes)")
    }
}
