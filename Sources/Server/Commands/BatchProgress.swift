import Foundation

/// Articles/s, share done and time left on stderr, only when it is a terminal.
final class BatchProgress {
    private let enabled: Bool
    private let totalBytes: Int?
    private let started = Date()
    private var lastDraw = Date.distantPast

    init(enabled: Bool, totalBytes: Int? = nil) {
        self.enabled = enabled
        self.totalBytes = totalBytes
    }

    func update(lines: Int, bytes: Int) {
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.2 else { return }
        lastDraw = Date()
        draw(lines: lines, bytes: bytes)
    }

    func finish(lines: Int) {
        guard enabled else { return }
        draw(lines: lines, bytes: totalBytes ?? 0)
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private func draw(lines: Int, bytes: Int) {
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        var text = "\r\(lines) articles, \(Int(Double(lines) / elapsed)) articles/s"
        if let totalBytes, totalBytes > 0, bytes > 0 {
            let share = min(1, Double(bytes) / Double(totalBytes))
            let width = 30
            let filled = Int(share * Double(width))
            let remaining = elapsed / share - elapsed
            text += " [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
            text += String(format: " %3.0f%% ETA %.0fs", share * 100, remaining)
        }
        FileHandle.standardError.write(Data((text + "   ").utf8))
    }
}
