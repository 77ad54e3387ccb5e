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
