import ArgumentParser
import Foundation

/// Example paragraphs with their language, as scripts/language_corpus.py writes them.
enum LanguageExamples {
    static func read(_ path: String) throws -> [(language: String, text: String)] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("Cannot read \(path): check the path.")
        }
        var examples: [(language: String, text: String)] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let language = object["language"] as? String, let text = object["text"] as? String
            else { throw ValidationError("\(path):\(number + 1) is not a JSON object with \"language\" and \"text\" strings.") }
            examples.append((language, text))
        }
        return examples
    }
}
