import ArgumentParser
import Core
import Foundation
import Models

struct EvalLanguageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language",
        abstract: "Language identification against gold paragraphs (JSONL: language, text): accuracy per language.",
        discussion: """
            Each paragraph is identified as the service would identify a whole article. Prints, per gold \
            language, the paragraphs, the share right and the most frequent wrong answers, then the time \
            per paragraph.
            """
    )

    @Argument(help: "Gold JSONL, one {\"language\", \"text\"} per line (scripts/language_corpus.py's heldout.jsonl).")
    var gold: String

    @Option(help: "Nats per gram another language must beat English by (default: the identifier's own).")
    var margin: Float?

    @Option(help: "Letters of lower-case words Latin-script text needs before it is refused (default: the identifier's own).")
    var minimumLetters: Int?

    @Flag(help: "Print each paragraph identified wrongly, with the answer.")
    var errors = false

    func run() throws {
        var identifier = try BundledModels.languageIdentifier()
        if let margin { identifier.marginOverEnglish = margin }
        if let minimumLetters { identifier.minimumLettersToRefuse = minimumLetters }
        let examples = try LanguageExamples.read(gold)
        var tally: [String: (total: Int, right: Int, wrong: [String: Int])] = [:]
        let clock = ContinuousClock()
        let started = clock.now
        for example in examples {
            let answer = identifier.identify(example.text)
            tally[example.language, default: (0, 0, [:])].total += 1
            if answer == example.language {
                tally[example.language, default: (0, 0, [:])].right += 1
            } else {
                tally[example.language, default: (0, 0, [:])].wrong[answer, default: 0] += 1
                if errors { print("\(example.language) as \(answer): \(example.text)") }
            }
        }
        let elapsed = started.duration(to: clock.now).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        for language in tally.keys.sorted() {
            guard let row = tally[language] else { continue }
            let wrong = row.wrong.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(3)
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            print(
                String(format: "%@ %5d paragraphs  %.4f right", language, row.total, Double(row.right) / Double(row.total))
                    + (wrong.isEmpty ? "" : "  (as \(wrong))"))
        }
        let total = tally.values.reduce(0) { $0 + $1.total }
        let right = tally.values.reduce(0) { $0 + $1.right }
        print(
            String(
                format: "all %d paragraphs  %.4f right; %.1f µs per paragraph", total, Double(right) / Double(max(total, 1)),
                seconds * 1e6 / Double(max(total, 1))))
    }
}
