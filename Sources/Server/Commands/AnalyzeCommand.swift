import ArgumentParser
import Core
import Foundation
import Models

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse one article (plain text, or a page with --html) and print the JSON response, as POST /v1/analyze does."
    )

    @Argument(help: "The article file, or - for standard input.")
    var file: String = "-"

    @Option(help: "Offset unit of the output: codepoint, utf16 or utf8.")
    var offsets: String = "codepoint"

    @Flag(help: "Add the tokens with their part of speech and dependency parse, as \"syntax\": true does.")
    var syntax = false

    @Flag(help: "The file is a web page: analyse its article's text (returned as \"text\"), as a text/html body is.")
    var html = false

    @Option(help: "\"en\" to analyse the text as English without identifying its language.")
    var language: String?

    func run() throws {
        guard let unit = OffsetUnit(rawValue: offsets) else {
            throw ValidationError("--offsets must be codepoint, utf16 or utf8.")
        }
        if let language, language != "en" { throw ValidationError("--language takes only en, the one language Lede reads.") }
        let data = try InputFile.readAll(file)
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ValidationError("\(file) is not valid UTF-8; convert it to UTF-8 first.")
        }
        var request = AnalysisRequest(text: text, offsets: unit, syntax: syntax, language: language)
        if html { (request.text, request.html) = ("", text) }
        var timings = StageTimings(enabled: false)
        let response: AnalysisResponse
        switch ArticleInput.analyze(request, with: try BundledModels.analyzer(), timings: &timings) {
        case .success(let answer): response = answer
        case .failure(let failure): throw ValidationError("\(failure.message) (\(failure.code))")
        }
        var json = response.jsonBytes()
        json.append(UInt8(ascii: "\n"))
        FileHandle.standardOutput.write(Data(json))
    }
}
