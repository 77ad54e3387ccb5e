import ArgumentParser
import Core
import Foundation
import Models

struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Entity spans against gold: per-label and micro precision, recall and F1.",
        discussion: """
            GOLD is JSONL: {"id", "text", "entities": [{"start", "end", "label"}]} with code-point offsets. \
            As the project's scorer does, labels compare on PERSON, ORG and LOC (GPE + LOC + FAC), exact spans, \
            name mentions only.
            """
    )

    @Argument(help: "Gold JSONL file.")
    var gold: String

    func run() throws {
        guard let handle = FileHandle(forReadingAtPath: gold) else {
            throw ValidationError("Cannot read \(gold): check the path.")
        }
        let analyzer = try BundledModels.analyzer()
        var reader = LineReader(handle: handle)
        var score = SpanScore()
        var documents = 0
        while let line = reader.next() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let text = object["text"] as? String
            else { continue }
            documents += 1
            let goldSpans = (object["entities"] as? [[String: Any]] ?? []).compactMap { entity -> SpanScore.Key? in
                guard let start = entity["start"] as? Int, let end = entity["end"] as? Int,
                    let label = (entity["label"] as? String).flatMap(Self.headlineLabel)
                else { return nil }
                return SpanScore.Key(start: start, end: end, type: label)
            }
            let response = try analyzer.analyze(AnalysisRequest(text: text, language: "en"))
            let systemSpans = response.entities.flatMap { entity -> [SpanScore.Key] in
                guard let label = Self.headlineLabel(entity.type.rawValue) else { return [] }
                return entity.mentions.filter { $0.kind == .name }.map { SpanScore.Key(start: $0.start, end: $0.end, type: label) }
            }
            score.add(gold: goldSpans, system: systemSpans)
        }
        print("documents \(documents)")
        print(score.report)
    }

    static func headlineLabel(_ label: String) -> String? {
        switch label {
        case "PERSON", "PER": "PERSON"
        case "ORG": "ORG"
        case "LOC", "GPE", "FAC": "LOC"
        default: nil
        }
    }
}
