import Foundation
import Synchronization

/// Access-log lines collected from a server's threads (`HTTPServerConfiguration.accessLogSink`).
public final class AccessLog: Sendable {
    private let lines = Mutex<[String]>([])

    public init() {}

    public func append(_ line: String) { lines.withLock { $0.append(line) } }

    public var all: [String] { lines.withLock { $0 } }

    /// Each line's fields, parsed.
    public var entries: [[String: Any]] {
        all.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }
}
