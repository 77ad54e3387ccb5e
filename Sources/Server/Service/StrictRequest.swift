import Core

/// Reads a request object strictly, around Core's decoder: Core ignores fields it does not know,
/// so a client who sends Google's `encodingType` would silently get code-point offsets. Here an
/// unknown field is refused by name, `encodingType` is read as the Google-style spelling of
/// `offsets`, and a line that fails still yields its `id` for the batch's error line.
enum StrictRequest {
    /// The request object's fields, as the contract and the OpenAPI document list them: Core's,
    /// and the spelling of `offsets` read here.
    static let fields = AnalysisRequest.fields + ["encodingType"]

    /// Why a request failed, with the request's `id` as raw JSON when the object got far enough
    /// to have one.
    struct Failure: Error {
        var code: String
        var message: String
        var id: ArraySlice<UInt8>?
    }

    static func decode(json bytes: ArraySlice<UInt8>, allowingUnknownFields: Bool = false) -> Result<AnalysisRequest, Failure> {
        // A body that is not a well-formed object is left to Core, whose messages say what is wrong.
        let top = TopLevelFields.scan(bytes)
        let id = top?.scalar("id")
        func failure(_ code: String, _ message: String) -> Result<AnalysisRequest, Failure> {
            .failure(Failure(code: code, message: message, id: id))
        }
        if let top {
            if !allowingUnknownFields, let unknown = top.names.first(where: { !fields.contains($0) }) {
                return failure("unknown_field", Self.unknownFieldMessage(unknown))
            }
            if top.names.contains("encodingType") && top.names.contains("offsets") {
                return failure(
                    "invalid_request", "Send either \"offsets\" or its Google-style spelling \"encodingType\", not both.")
            }
        }
        var request: AnalysisRequest
        do {
            request = try AnalysisRequest.decode(json: bytes)
        } catch {
            return failure(error.code, error.description)
        }
        if let raw = top?.value("encodingType"), raw != Array("null".utf8)[...] {
            guard let unit = encodingType(raw) else {
                return failure(
                    "invalid_request", "The \"encodingType\" field must be one of \"UTF8\", \"UTF16\", \"UTF32\" (or use \"offsets\").")
            }
            request.offsets = unit
        }
        return .success(request)
    }

    /// Google Natural Language's `encodingType`: UTF32 counts code points, as `offsets: codepoint` does.
    private static func encodingType(_ raw: ArraySlice<UInt8>) -> OffsetUnit? {
        switch String(decoding: raw, as: UTF8.self) {
        case "\"UTF8\"": .utf8
        case "\"UTF16\"": .utf16
        case "\"UTF32\"": .codepoint
        default: nil
        }
    }

    private static func unknownFieldMessage(_ name: String) -> String {
        let shown = name.count > 64 ? String(name.prefix(64)) + "…" : name
        var message = "The request has an unknown field \"\(shown)\"; the fields are \(fields.map { "\"\($0)\"" }.joined(separator: ", "))."
        if let close = fields.first(where: { $0.lowercased() == name.lowercased() }) { message += " Did you mean \"\(close)\"?" }
        return message
    }
}

/// The names and raw values of a JSON object's top-level fields, found in one pass without
/// decoding the values (an article's text is skipped, not copied). Nil for anything that is not a
/// well-formed object, so that Core reports the precise JSON error.
struct TopLevelFields {
    private(set) var names: [String] = []
    private var values: [ArraySlice<UInt8>] = []

    /// The raw JSON of a field's value.
    func value(_ name: String) -> ArraySlice<UInt8>? {
        names.lastIndex(of: name).map { values[$0] }
    }

    /// The raw JSON of a field whose value is a string or a number (what an `id` may be).
    func scalar(_ name: String) -> ArraySlice<UInt8>? {
        guard let raw = value(name), let first = raw.first else { return nil }
        return first == UInt8(ascii: "\"") || first == UInt8(ascii: "-") || (0x30...0x39).contains(first) ? raw : nil
    }

    static func scan(_ bytes: ArraySlice<UInt8>) -> TopLevelFields? {
        var scanner = Scanner(bytes: bytes, index: bytes.startIndex)
        var fields = TopLevelFields()
        scanner.skipSpace()
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        scanner.skipSpace()
        if scanner.take(UInt8(ascii: "}")) { return scanner.atEnd ? fields : nil }
        while true {
            scanner.skipSpace()
            guard let key = scanner.string() else { return nil }
            scanner.skipSpace()
            guard scanner.take(UInt8(ascii: ":")) else { return nil }
            scanner.skipSpace()
            guard let value = scanner.value() else { return nil }
            fields.names.append(Self.decodedName(bytes[key]))
            fields.values.append(bytes[value])
            scanner.skipSpace()
            if scanner.take(UInt8(ascii: ",")) { continue }
            guard scanner.take(UInt8(ascii: "}")) else { return nil }
            return scanner.atEnd ? fields : nil
        }
    }

    /// A key's text: field names are plain ASCII, so escapes are kept as written (a name with
    /// escapes is unknown either way, and is shown as sent).
    private static func decodedName(_ raw: ArraySlice<UInt8>) -> String {
        String(decoding: raw.dropFirst().dropLast(), as: UTF8.self)
    }

    private struct Scanner {
        let bytes: ArraySlice<UInt8>
        var index: Int

        var atEnd: Bool {
            var probe = self
            probe.skipSpace()
            return probe.index == bytes.endIndex
        }

        mutating func skipSpace() {
            while index < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.endIndex, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// A string with its quotes, as a range.
        mutating func string() -> Range<Int>? {
            let start = index
            guard take(UInt8(ascii: "\"")) else { return nil }
            while index < bytes.endIndex {
                switch bytes[index] {
                case UInt8(ascii: "\\"): index += 2
                case UInt8(ascii: "\""):
                    index += 1
                    return start..<index
                default: index += 1
                }
            }
            return nil
        }

        /// Any value, skipped: strings by their quotes, containers by depth, the rest up to a delimiter.
        mutating func value() -> Range<Int>? {
            let start = index
            guard index < bytes.endIndex else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                return string()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while index < bytes.endIndex {
                    switch bytes[index] {
                    case UInt8(ascii: "\""):
                        guard string() != nil else { return nil }
                        continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
                    default: break
                    }
                    index += 1
                    if depth == 0 { return start..<index }
                }
                return nil
            default:
                while index < bytes.endIndex,
                    ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D].contains(bytes[index])
                {
                    index += 1
                }
                return index > start ? start..<index : nil
            }
        }
    }
}
