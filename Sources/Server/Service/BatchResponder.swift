import HTTP

/// `POST /v1/analyze/batch` as its body arrives: the body split into NDJSON lines, each line
/// answered as a job on the worker pool, the answers written in line order, one per line. A line
/// that cannot be answered gets an error object on its line and the rest go on.
///
/// At most `window` lines are held at once (waiting, running, or answered but not yet written);
/// beyond that the server stops reading the body, so memory stays bounded however long it is.
final class BatchResponder: HTTPStreamResponder {
    /// Answers one line (without its newline) on a worker thread. An `oversized` line was longer
    /// than the line limit and arrives empty.
    typealias Answer = @Sendable (_ line: ArraySlice<UInt8>, _ number: Int, _ oversized: Bool) -> [UInt8]

    let contentType = "application/x-ndjson; charset=utf-8"
    private let window: Int
    private let maxLineBytes: Int
    private let answer: Answer

    /// The start of a line whose newline has not arrived yet.
    private var partial: [UInt8] = []
    /// The current line passed the limit: its bytes are dropped until its newline.
    private var skippingOversized = false
    private var nextNumber = 1
    private var nextToWrite = 1
    private var waiting: [(number: Int, line: ArraySlice<UInt8>, oversized: Bool)] = []
    private var waitingStart = 0
    private var running = 0
    private var answered: [Int: [UInt8]] = [:]
    private var bodyDone = false
    private var output: [UInt8] = []

    init(window: Int, maxLineBytes: Int, answer: @escaping Answer) {
        self.window = max(1, window)
        self.maxLineBytes = maxLineBytes
        self.answer = answer
    }

    private var held: Int { waiting.count - waitingStart + running + answered.count }

    var wantsInput: Bool { bodyDone || held < window }

    var isComplete: Bool { bodyDone && nextToWrite == nextNumber }

    func receive(_ bytes: [UInt8], end: Bool) {
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            appendLine(bytes[start..<index])
            start = index + 1
        }
        if start < bytes.count {
            if skippingOversized {
            } else if partial.count + (bytes.count - start) > maxLineBytes {
                skippingOversized = true
                partial = []
            } else {
                partial.append(contentsOf: bytes[start...])
            }
        }
        guard end else { return }
        if skippingOversized || !partial.isEmpty { appendLine([], final: true) }
        bodyDone = true
    }

    func fail(_ error: HTTPError) -> Bool {
        guard nextNumber > 1 else { return false }
        answered[nextNumber] = BatchLine.error(line: nextNumber, code: error.code, message: error.message)
        nextNumber += 1
        partial = []
        bodyDone = true
        collectDue()
        return true
    }

    func nextJob() -> HTTPJob? {
        guard waitingStart < waiting.count, running < window else { return nil }
        let item = waiting[waitingStart]
        waitingStart += 1
        running += 1
        if waitingStart == waiting.count {
            waiting.removeAll(keepingCapacity: true)
            waitingStart = 0
        }
        let answer = self.answer
        return HTTPJob(id: item.number) { answer(item.line, item.number, item.oversized) }
    }

    func finished(_ job: Int, result: [UInt8]) {
        running -= 1
        answered[job] = result
        collectDue()
    }

    func takeOutput() -> [UInt8] {
        defer { output = [] }
        return output
    }

    private func appendLine(_ tail: ArraySlice<UInt8>, final: Bool = false) {
        let oversized = skippingOversized || partial.count + tail.count > maxLineBytes
        var line: ArraySlice<UInt8> = []
        if !oversized {
            line = partial.isEmpty ? tail : ArraySlice(partial + tail)
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        }
        partial = []
        skippingOversized = false
        // A body ending in a newline has no empty last line.
        if final && line.isEmpty && !oversized { return }
        waiting.append((nextNumber, line, oversized))
        nextNumber += 1
    }

    /// Moves the answers now due, in line order, to the output.
    private func collectDue() {
        while let due = answered.removeValue(forKey: nextToWrite) {
            output += due
            output.append(UInt8(ascii: "\n"))
            nextToWrite += 1
        }
    }
}
