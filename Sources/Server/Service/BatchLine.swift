import Core

/// One batch line's answer: a response, or an error object carrying the line number.
enum BatchLine {
    static func respond(to line: ArraySlice<UInt8>, lineNumber: Int, analyzer: Analyzer, strict: Bool = true) -> [UInt8] {
        var timings = StageTimings(enabled: false)
        return respond(to: line, lineNumber: lineNumber, analyzer: analyzer, timings: &timings, strict: strict)
    }

    /// - Parameter strict: refuse fields the request object does not have (the HTTP service);
    ///   `lede batch` reads corpus files whose lines carry gold annotations beside the text.
    static func respond(
        to line: ArraySlice<UInt8>, lineNumber: Int, analyzer: Analyzer, timings: inout StageTimings, strict: Bool = true
    ) -> [UInt8] {
        switch decode(line, lineNumber: lineNumber, strict: strict) {
        case .success(let request):
            switch ArticleInput.analyze(request, with: analyzer, timings: &timings) {
            case .success(let response):
                return response.jsonBytes()
            case .failure(let failure):
                return Self.error(
                    line: lineNumber, code: failure.code, message: failure.message, id: request.id.map { $0.jsonBytes()[...] })
            }
        case .failure(let errorLine): return errorLine.bytes
        }
    }

    /// The line's request, or its error line; apart from `respond` so the server can weigh the
    /// request (its size, `syntax`) before it is analysed.
    static func decode(_ line: ArraySlice<UInt8>, lineNumber: Int, strict: Bool = true) -> Result<AnalysisRequest, ErrorLine> {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            return .failure(ErrorLine(bytes: error(line: lineNumber, .missingText)))
        }
        switch StrictRequest.decode(json: line, allowingUnknownFields: !strict) {
        case .success(let request):
            return .success(request)
        case .failure(let failure):
            return .failure(ErrorLine(bytes: Self.error(line: lineNumber, code: failure.code, message: failure.message, id: failure.id)))
        }
    }

    /// A line that could not be read, already worded as its answer.
    struct ErrorLine: Error {
        let bytes: [UInt8]
    }

    static func error(line: Int, _ error: RequestError) -> [UInt8] {
        Self.error(line: line, code: error.code, message: error.description)
    }

    /// - Parameter id: the line's `id` as raw JSON (a string or a number), when it could be read,
    ///   so a client can match the error to its request without counting lines.
    static func error(line: Int, code: String, message: String, id: ArraySlice<UInt8>? = nil) -> [UInt8] {
        var bytes = Array("{\"line\":\(line),".utf8)
        if let id {
            bytes += Array("\"id\":".utf8)
            bytes += id
            bytes.append(UInt8(ascii: ","))
        }
        bytes += Array("\"error\":{\"code\":\(jsonQuoted(code)),\"message\":\(jsonQuoted(message))}}".utf8)
        return bytes
    }

    private static func jsonQuoted(_ text: String) -> String {
        var json = JSONWriter(capacity: text.utf8.count + 2)
        json.string(text)
        return String(decoding: json.bytes, as: UTF8.self)
    }
}
