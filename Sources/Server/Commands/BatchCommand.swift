import ArgumentParser
import Core
import Foundation
import HTTP
import Models
import Synchronization

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Analyse JSONL: one request object per line in, one response per line out, same order.",
        discussion: """
            A bad line gives an error object on its line and the run goes on. Fields the request object \
            does not have are ignored here (corpus files carry gold annotations and metadata beside \
            "text"); --strict refuses them as POST /v1/analyze/batch does.
            """
    )

    @Argument(help: "The JSONL file, or - for standard input.")
    var input: String = "-"

    @Option(help: "Threads analysing lines in parallel (output keeps input order). Default: the number of CPUs.")
    var workers: Int?

    @Flag(help: "Refuse lines with fields the request object does not have, as the HTTP service does.")
    var strict = false

    func run() throws {
        let handle: FileHandle
        var totalBytes: Int?
        if input == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let file = FileHandle(forReadingAtPath: input) else {
                throw ValidationError("Cannot read \(input): check the path and its permissions.")
            }
            handle = file
            totalBytes = (try? FileManager.default.attributesOfItem(atPath: input)[.size] as? Int) ?? nil
        }
        let threads = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
        let analyzer = try BundledModels.analyzer()
        let progress = BatchProgress(enabled: isatty(2) != 0, totalBytes: totalBytes)
        var reader = LineReader(handle: handle)
        var lineNumber = 0
        var bytesRead = 0
        // Lines go in blocks: analysed in parallel, written in order, so memory stays bounded.
        let blockSize = threads == 1 ? 1 : threads * 16
        var block: [ArraySlice<UInt8>] = []
        block.reserveCapacity(blockSize)
        var finished = false
        while !finished {
            block.removeAll(keepingCapacity: true)
            while block.count < blockSize, let line = reader.next() {
                block.append(line)
                bytesRead += line.count + 1
            }
            finished = block.count < blockSize
            guard !block.isEmpty else { break }
            let answers = Self.analyze(block, firstLine: lineNumber + 1, analyzer: analyzer, threads: threads, strict: strict)
            lineNumber += block.count
            var output: [UInt8] = []
            for answer in answers {
                output += answer
                output.append(UInt8(ascii: "\n"))
            }
            FileHandle.standardOutput.write(Data(output))
            progress.update(lines: lineNumber, bytes: bytesRead)
        }
        progress.finish(lines: lineNumber)
    }

    private static func analyze(
        _ lines: [ArraySlice<UInt8>], firstLine: Int, analyzer: Analyzer, threads: Int, strict: Bool
    ) -> [[UInt8]] {
        guard threads > 1 && lines.count > 1 else {
            return lines.enumerated().map {
                BatchLine.respond(to: $1, lineNumber: firstLine + $0, analyzer: analyzer, strict: strict)
            }
        }
        let results = AnswerSlots(count: lines.count)
        DispatchQueue.concurrentPerform(iterations: lines.count) { index in
            results.set(
                index, BatchLine.respond(to: lines[index], lineNumber: firstLine + index, analyzer: analyzer, strict: strict))
        }
        return results.values
    }
}

/// One slot per line of a block, filled by parallel workers.
private final class AnswerSlots: Sendable {
    private let slots: Mutex<[[UInt8]]>

    init(count: Int) { slots = Mutex(Array(repeating: [], count: count)) }

    func set(_ index: Int, _ answer: [UInt8]) {
        slots.withLock { $0[index] = answer }
    }

    var values: [[UInt8]] { slots.withLock { $0 } }
}

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
