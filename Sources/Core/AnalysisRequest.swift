import Foundation

/// One article to analyse, as a client sends it (see the contract's "Request object").
public struct AnalysisRequest: Sendable, Equatable {
    public var text: String
    public var title: String?
    public var id: RequestID?
    public var offsets: OffsetUnit
    /// Whether the response lists the tokens with their part of speech and dependency parse.
    public var syntax: Bool
    /// The language the client vouches for ("en"), which skips identification; nil lets Lede identify it.
    public var language: String?
    /// A page's HTML, sent instead of `text`: the server extracts the article's text from it first
    /// (Core reads text only, so it links no HTML parser).
    public var html: String?

    public init(
        text: String, title: String? = nil, id: RequestID? = nil, offsets: OffsetUnit = .codepoint, syntax: Bool = false,
        language: String? = nil, html: String? = nil
    ) {
        self.html = html
        self.text = text
        self.language = language
        self.title = title
        self.id = id
        self.offsets = offsets
        self.syntax = syntax
    }
}

extension AnalysisRequest {
    /// The request object's fields that Core reads, as the contract names them.
    public static var fields: [String] { WireRequest.Key.allCases.map(\.rawValue) }
}

/// The client's `id`, echoed back unchanged: clients use strings or numbers.
public enum RequestID: Sendable, Equatable {
    case string(String)
    case integer(Int64)
    case number(Double)
}

/// Why a request object could not be read; each message says what to change.
public enum RequestError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidJSON(String)
    case notAnObject
    case missingText
    case textNotString
    case textAndHTML
    case invalidField(name: String, expected: String)
    case invalidUTF8

    public var code: String {
        switch self {
        case .invalidJSON: "invalid_json"
        case .notAnObject, .missingText, .textNotString, .textAndHTML, .invalidField: "invalid_request"
        case .invalidUTF8: "invalid_utf8"
        }
    }

    public var description: String {
        switch self {
        case .invalidJSON(let detail):
            "The body is not valid JSON (\(detail)). Send one JSON object such as {\"text\": \"...\"}."
        case .notAnObject:
            "The request must be a JSON object such as {\"text\": \"...\"}."
        case .missingText:
            "The request object has no \"text\" field; put the article body in \"text\" (or a page's HTML in \"html\")."
        case .textNotString:
            "The \"text\" field must be a string holding the article body."
        case .textAndHTML:
            "The request has both \"text\" and \"html\"; send the article as one of them."
        case .invalidField(let name, let expected):
            "The \"\(name)\" field must be \(expected)."
        case .invalidUTF8:
            "The body is not valid UTF-8; send the article encoded as UTF-8."
        }
    }
}

extension AnalysisRequest {
    /// Reads a request object from JSON bytes. Unknown fields are ignored so clients may add their own.
    public static func decode(json bytes: some Collection<UInt8>) throws(RequestError) -> AnalysisRequest {
        let data = Data(bytes)
        guard String(validating: data, as: UTF8.self) != nil else { throw .invalidUTF8 }
        do {
            return try JSONDecoder().decode(WireRequest.self, from: data).request
        } catch let error as RequestError {
            throw error
        } catch let DecodingError.dataCorrupted(context) {
            throw .invalidJSON(context.debugDescription)
        } catch let DecodingError.typeMismatch(_, context) where context.codingPath.isEmpty {
            throw .notAnObject
        } catch {
            throw .invalidJSON("\(error)")
        }
    }
}

/// The request as it travels, decoded field by field so each mistake gets its own message.
struct WireRequest: Decodable {
    let request: AnalysisRequest

    enum Key: String, CodingKey, CaseIterable { case text, html, title, id, offsets, syntax, language }

    init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: Key.self)
        let hasText = try fields.contains(.text) && !fields.decodeNil(forKey: .text)
        let hasHTML = try fields.contains(.html) && !fields.decodeNil(forKey: .html)
        var request: AnalysisRequest
        switch (hasText, hasHTML) {
        case (true, true):
            throw RequestError.textAndHTML
        case (false, true):
            guard let html = try fields.decodeStringIfString(forKey: .html) else {
                throw RequestError.invalidField(name: "html", expected: "a string holding the page's HTML")
            }
            request = AnalysisRequest(text: "", html: html)
        case (_, false):
            guard hasText else { throw RequestError.missingText }
            guard let text = try fields.decodeStringIfString(forKey: .text) else { throw RequestError.textNotString }
            request = AnalysisRequest(text: text)
        }
        if fields.contains(.title), try !fields.decodeNil(forKey: .title) {
            guard let title = try fields.decodeStringIfString(forKey: .title) else {
                throw RequestError.invalidField(name: "title", expected: "a string or null")
            }
            request.title = title
        }
        if fields.contains(.id), try !fields.decodeNil(forKey: .id) {
            if let string = try fields.decodeStringIfString(forKey: .id) {
                request.id = .string(string)
            } else if let integer = try? fields.decode(Int64.self, forKey: .id) {
                request.id = .integer(integer)
            } else if let number = try? fields.decode(Double.self, forKey: .id) {
                request.id = .number(number)
            } else {
                throw RequestError.invalidField(name: "id", expected: "a string, a number or null")
            }
        }
        if fields.contains(.offsets), try !fields.decodeNil(forKey: .offsets) {
            guard let name = try? fields.decode(String.self, forKey: .offsets), let unit = OffsetUnit(rawValue: name) else {
                throw RequestError.invalidField(name: "offsets", expected: "one of \"codepoint\", \"utf16\", \"utf8\"")
            }
            request.offsets = unit
        }
        if fields.contains(.syntax), try !fields.decodeNil(forKey: .syntax) {
            guard let syntax = try? fields.decode(Bool.self, forKey: .syntax) else {
                throw RequestError.invalidField(name: "syntax", expected: "true, false or null")
            }
            request.syntax = syntax
        }
        if fields.contains(.language), try !fields.decodeNil(forKey: .language) {
            // Only English can be vouched for: naming another language would only ask for a refusal.
            guard (try? fields.decode(String.self, forKey: .language))?.lowercased() == "en" else {
                throw RequestError.invalidField(name: "language", expected: "\"en\" (the one language Lede reads) or null")
            }
            request.language = "en"
        }
        self.request = request
    }
}

extension KeyedDecodingContainer {
    /// The string at `key`, nil when the value is another JSON type; malformed JSON (a lone
    /// surrogate escape, say) still throws, so it is reported as invalid JSON rather than a wrong type.
    fileprivate func decodeStringIfString(forKey key: Key) throws -> String? {
        do {
            return try decode(String.self, forKey: key)
        } catch DecodingError.typeMismatch {
            return nil
        }
    }
}
