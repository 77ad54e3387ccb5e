import Foundation
import HTTP

/// The bearer keys that unlock the API when `LEDE_API_KEYS` is set: a comma-separated list, or
/// the path of a file with one key per line (so keys can come from a mounted secret).
struct APIKeys: Sendable {
    private let keys: [[UInt8]]

    var isEnabled: Bool { !keys.isEmpty }

    init(keys: [String]) {
        self.keys = keys.map { Array($0.utf8) }.filter { !$0.isEmpty }
    }

    /// Reads the setting; a value naming an existing file is read as that file.
    init(setting: String?) throws {
        guard let setting, !setting.trimmingCharacters(in: .whitespaces).isEmpty else {
            self.init(keys: [])
            return
        }
        let text: String
        if FileManager.default.fileExists(atPath: setting) {
            guard let contents = FileManager.default.contents(atPath: setting) else {
                throw APIKeysError.unreadable(setting)
            }
            text = String(decoding: contents, as: UTF8.self)
        } else {
            text = setting
        }
        let keys = text.split(whereSeparator: { $0 == "," || $0 == "\n" || $0 == "\r" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard !keys.isEmpty else { throw APIKeysError.empty }
        self.init(keys: keys)
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

enum APIKeysError: Error, CustomStringConvertible {
    case unreadable(String)
    case empty

    var description: String {
        switch self {
        case .unreadable(let path): "LEDE_API_KEYS names \(path), which cannot be read."
        case .empty: "LEDE_API_KEYS is set but holds no key; give a comma-separated list or a file with one key per line."
        }
    }
}
