import Foundation
import HTTP

/// The bearer keys that unlock the API: a comma-separated list in `LEDE_API_KEYS`, or a file with
/// one key per line in `LEDE_API_KEYS_FILE` (so keys can come from a mounted secret). The two are
/// separate because a path given as a list used to become the only key, silently: a mistyped or
/// unmounted secret must stop start-up instead.
struct APIKeys: Sendable {
    /// Where the keys came from, for the start-up log (which never shows the keys themselves).
    enum Source: Sendable, Equatable {
        case none
        case list(setting: String)
        case file(setting: String, path: String)

        var description: String {
            switch self {
            case .none: "none (every route is open)"
            case .list(let setting): setting
            case .file(let setting, let path): "\(setting) \(path)"
            }
        }
    }

    private let keys: [[UInt8]]
    let source: Source

    var isEnabled: Bool { !keys.isEmpty }
    var count: Int { keys.count }

    init(keys: [String]) {
        self.keys = keys.map { Array($0.utf8) }.filter { !$0.isEmpty }
        self.source = keys.isEmpty ? .none : .list(setting: "code")
    }

    /// Reads the settings. `listSetting` and `fileSetting` name where each value came from
    /// (an option or a variable), for messages a person can act on.
    init(
        list: String?, file: String?, listSetting: String = "LEDE_API_KEYS", fileSetting: String = "LEDE_API_KEYS_FILE"
    ) throws(APIKeysError) {
        let list = list.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let file = file.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        switch (list, file) {
        case (nil, nil):
            self.keys = []
            self.source = .none
        case (.some, .some):
            throw .both(list: listSetting, file: fileSetting)
        case (let list?, nil):
            let trimmed = list.trimmingCharacters(in: .whitespaces)
            if ["/", "./", "../", "~/"].contains(where: { trimmed.hasPrefix($0) }) {
                throw .pathInList(setting: listSetting, value: trimmed, fileSetting: fileSetting)
            }
            let keys = Self.parse(list, separators: [",", "\n", "\r"])
            guard !keys.isEmpty else { throw .emptyList(setting: listSetting) }
            self.keys = keys.map { Array($0.utf8) }
            self.source = .list(setting: listSetting)
        case (nil, let path?):
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .missingFile(setting: fileSetting, path: path)
            }
            guard !isDirectory.boolValue, let contents = FileManager.default.contents(atPath: path) else {
                throw .unreadableFile(setting: fileSetting, path: path)
            }
            let keys = Self.parse(String(decoding: contents, as: UTF8.self), separators: ["\n", "\r"])
            guard !keys.isEmpty else { throw .emptyFile(setting: fileSetting, path: path) }
            self.keys = keys.map { Array($0.utf8) }
            self.source = .file(setting: fileSetting, path: path)
        }
    }

    /// Keys separated by the given characters, trimmed; blank lines and `#` comments skipped.
    private static func parse(_ text: String, separators: Set<Character>) -> [String] {
        text.split(whereSeparator: { separators.contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// Whether the request carries `Authorization: Bearer <key>` with a known key. Every key is
    /// compared in full, in time independent of where they differ, so timing reveals nothing.
    func authorizes(_ headers: HTTPHeaders) -> Bool {
        guard let value = headers["Authorization"] else { return false }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return false }
        let offered = Array(parts[1].trimmingCharacters(in: .whitespaces).utf8)
        var matched = false
        for key in keys {
            var difference = UInt8(truncatingIfNeeded: key.count ^ offered.count)
            for index in 0..<key.count {
                difference |= key[index] ^ (index < offered.count ? offered[index] : 0)
            }
            matched = matched || difference == 0
        }
        return matched
    }
}

enum APIKeysError: Error, Equatable, CustomStringConvertible {
    case pathInList(setting: String, value: String, fileSetting: String)
    case emptyList(setting: String)
    case missingFile(setting: String, path: String)
    case unreadableFile(setting: String, path: String)
    case emptyFile(setting: String, path: String)
    case both(list: String, file: String)

    var description: String {
        switch self {
        case .pathInList(let setting, let value, let fileSetting):
            "\(setting) is a comma-separated list of keys, but \(value) looks like a file path; to read keys from a file, set \(fileSetting)=\(value) instead."
        case .emptyList(let setting):
            "\(setting) is set but holds no key; give a comma-separated list of keys, or unset it to leave the API open."
        case .missingFile(let setting, let path):
            "\(setting) names \(path), which does not exist; check the path and that the secret is mounted."
        case .unreadableFile(let setting, let path):
            "\(setting) names \(path), which cannot be read; it must be a file readable by this user."
        case .emptyFile(let setting, let path):
            "\(setting) names \(path), which holds no key; put one key per line (lines starting with # are skipped)."
        case .both(let list, let file):
            "Both \(list) and \(file) are set; use one of them."
        }
    }
}
