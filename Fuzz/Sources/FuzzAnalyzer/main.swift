import CFuzzer
import Core
import Foundation
import Models

/// Loaded once: the models take far longer to load than one analysis takes to run.
let analyzer: Analyzer = {
    do { return try BundledModels.analyzer() } catch { fatalError("models: \(error)") }
}()

/// Every span must be the codepoint slice of the input it names.
func checkSpan(_ scalars: [Unicode.Scalar], _ text: String, _ start: Int, _ end: Int, _ what: String) {
    precondition(0 <= start && start <= end && end <= scalars.count, "\(what) [\(start), \(end)) out of range \(scalars.count)")
    var slice = String.UnicodeScalarView()
    slice.append(contentsOf: scalars[start..<end])
    precondition(String(slice) == text, "\(what) text \(text.debugDescription) is not the slice [\(start), \(end))")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    guard let response = try? analyzer.analyze(AnalysisRequest(text: text, language: "en")) else { return 0 }
    let scalars = Array(text.unicodeScalars)
    for entity in response.entities {
        precondition(!entity.mentions.isEmpty, "entity without mentions")
        for mention in entity.mentions { checkSpan(scalars, mention.text, mention.start, mention.end, "mention") }
    }
    for quote in response.quotes {
        checkSpan(scalars, quote.text, quote.start, quote.end, "quote")
        if let cue = quote.cue { checkSpan(scalars, cue.text, cue.start, cue.end, "cue") }
        if let speaker = quote.speaker {
            checkSpan(scalars, speaker.mention.text, speaker.mention.start, speaker.mention.end, "speaker")
        }
    }
    for claim in response.claims {
        checkSpan(scalars, claim.text, claim.start, claim.end, "claim")
        precondition(claim.checkworthiness.isFinite, "checkworthiness not finite")
    }
    let json = response.jsonBytes()
    precondition((try? JSONSerialization.jsonObject(with: Data(json))) != nil, "output is not JSON")
    // Deterministic: the same request gives byte-identical JSON.
    precondition((try? analyzer.analyze(AnalysisRequest(text: text, language: "en")))?.jsonBytes() == json, "output not deterministic")
    return 0
}

/// The entry point SwiftPM aliases `main` to; libFuzzer does the rest.
@_cdecl("FuzzAnalyzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    lede_fuzz_main(argc, argv) { data, size in data.map { fuzz($0, size) } ?? 0 }
}
