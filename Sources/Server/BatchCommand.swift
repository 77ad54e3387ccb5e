import ArgumentParser
import Core
import Models
import Foundation
import HTTP

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Analyse JSONL: one request object per line in, one response per line out, same order.",
        discussion: "A bad line gives an error object on its line and the run goes on."
    )

    @Argument(help: "The JSONL file, or - for standard input.")
    var input: String = "-"

    func run() throws {
        let handle: FileHandle
        if input == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let file = FileHandle(forReadingAtPath: input) else {
                throw ValidationError("Cannot read \(input): check the path and its permissions.")
            }
            handle = file
        }
        let analyzer = try BundledModels.analyzer()
        let progress = BatchProgress(enabled: isatty(2) != 0)
        var reader = LineReader(handle: handle)
        var lineNumber = 0
        var output: [UInt8] = []
        while let line = reader.next() {
            lineNumber += 1
            output.append(contentsOf: BatchLine.respond(to: line, lineNumber: lineNumber, analyzer: analyzer))
            output.append(UInt8(ascii: "\n"))
            if output.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(output))
                output.removeAll(keepingCapacity: true)
            }
            progress.update(lines: lineNumber)
        }
        FileHandle.standardOutput.write(Data(output))
        progress.finish(lines: lineNumber)
    }
}

/// One batch line's answer: a response, or an error object carrying the line number.
enum BatchLine {
    static func respond(to line: ArraySlice<UInt8>, lineNumber: Int, analyzer: Analyzer) -> [UInt8] {
        var timings = StageTimings(enabled: false)
        return respond(to: line, lineNumber: lineNumber, analyzer: analyzer, timings: &timings)
    }

    static func respond(to line: ArraySlice<UInt8>, lineNumber: Int, analyzer: Analyzer, timings: inout StageTimings) -> [UInt8] {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return error(line: lineNumber, .missingText) }
        do {
            let request = try AnalysisRequest.decode(json: line)
            return analyzer.analyze(request, timings: &timings).jsonBytes()
        } catch {
            return Self.error(line: lineNumber, error)
        }
    }

    static func error(line: Int, _ error: RequestError) -> [UInt8] {
        Self.error(line: line, code: error.code, message: error.description)
    }

    static func error(line: Int, code: String, message: String) -> [UInt8] {
        Array("{\"line\":\(line),\"error\":{\"code\":\(jsonQuoted(code)),\"message\":\(jsonQuoted(message))}}".utf8)
    }

    private static func jsonQuoted(_ text: String) -> String {
        var json = JSONWriter(capacity: text.utf8.count + 2)
        json.string(text)
        return String(decoding: json.bytes, as: UTF8.self)
    }
}

/// Reads LF-terminated lines in 64 KiB blocks, so input of any length streams in bounded memory.
struct LineReader {
    let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false

    init(handle: FileHandle) {
        self.handle = handle
    }

    mutating func next() -> ArraySlice<UInt8>? {
        var scan = start
        while true {
            if let newline = buffer[scan...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[start..<newline]
                start = newline + 1
                return line
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return line
            }
            buffer.removeFirst(start)
            start = 0
            scan = buffer.count
            let block = handle.readData(ofLength: 1 << 16)
            if block.isEmpty { finished = true } else { buffer.append(contentsOf: block) }
        }
    }
}

/// Articles/s on stderr, only when it is a terminal.
final class BatchProgress {
    private let enabled: Bool
    private let started = Date()
    private var lastDraw = Date.distantPast

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func update(lines: Int) {
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.2 else { return }
        lastDraw = Date()
        draw(lines: lines)
    }

    func finish(lines: Int) {
        guard enabled else { return }
        draw(lines: lines)
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private func draw(lines: Int) {
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(lines) / elapsed
        FileHandle.standardError.write(Data("\r\(lines) articles, \(Int(rate)) articles/s".utf8))
    }
}
