import Core
import HTML
import HTTP

/// One request through to its response, as the service, the batch and `lede analyze` all answer it:
/// an HTML page first becomes its article's text, then the analyzer reads that text.
enum ArticleInput {
    /// Why a request got no analysis, with the status the service answers.
    struct Failure: Error {
        let status: HTTPStatus
        let code: String
        let message: String
    }

    static func analyze(_ request: AnalysisRequest, with analyzer: Analyzer, timings: inout StageTimings) -> Result<
        AnalysisResponse, Failure
    > {
        var request = request
        var extracted: String?
        if let html = request.html {
            do {
                extracted = try ArticleExtractor().extract(html).text
            } catch {
                let status: HTTPStatus = error == .unparsable ? .badRequest : .unprocessableContent
                return .failure(Failure(status: status, code: error.code, message: error.description))
            }
            request.text = extracted ?? ""
            request.html = nil
        }
        do {
            var response = try analyzer.analyze(request, timings: &timings)
            response.text = extracted
            return .success(response)
        } catch {
            return .failure(Failure(status: .unprocessableContent, code: error.code, message: error.description))
        }
    }
}
