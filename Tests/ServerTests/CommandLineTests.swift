import Foundation
import TestSupport
import Testing

@testable import Server

#if canImport(Glibc)
    import Glibc
#endif

/// The built `lede` executable as users run it: subcommands, exit codes, signals.
@Suite(.serialized) struct CommandLineTests {
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("lede")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    @Test func analyzeReadsStandardInput() throws {
        let result = try run(["analyze", "-"], stdin: "Lede reads news.\n")
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["language"] as? String == "en")
    }

    @Test func analyzeMissingFileFailsWithAMessage() throws {
        let result = try run(["analyze", "/nonexistent/article.txt"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/article.txt"))
    }

    @Test func batchAnswersEveryLineInOrderAndSurvivesBadLines() throws {
        let input = [#"{"id": 1, "text": "First."}"#, "not json", #"{"id": "three", "text": "Third."}"#, #"{"id": 4}"#].joined(
            separator: "\n")
        let result = try run(["batch", "-"], stdin: input + "\n")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix(#"{"id":1,"#))
        #expect(lines[1].contains(#""error":{"code":"invalid_json""#))
        #expect(lines[2].hasPrefix(#"{"id":"three","#))
        #expect(lines[3].contains(#""code":"invalid_request""#))
        #expect(result.stderr.isEmpty)
    }

    /// `lede parse --conllu` keeps the file's lines and words and fills in columns 4, 7 and 8,
    /// as eval/score_parse.py needs; plain text is parsed in Lede's own sentences.
    @Test func parseWritesCoNLLUAroundTheGivenWords() throws {
        let gold = "# sent_id = a\n1\tShe\t_\t_\t_\t_\t_\t_\t_\tx\n2\tsaid\t_\t_\t_\t_\t_\t_\t_\t_\n3\tno\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lede-parse-\(getpid()).conllu").path
        try Data(gold.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try run(["parse", "--conllu", path])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(lines.count == 4)
        #expect(lines[0] == ["# sent_id = a"])
        #expect(lines[1][1] == "She" && lines[1][9] == "x")
        #expect(lines[2][3] == "VERB" && lines[2][6] == "0" && lines[2][7] == "root")
        #expect(lines[1][6] == "2" && lines[1][7] == "nsubj")

        let text = try run(["parse", "-"], stdin: "The minister resigned. He said nothing.")
        #expect(text.status == 0)
        #expect(text.stdout.components(separatedBy: "\n\n").filter { !$0.isEmpty }.count == 2)
    }

    @Test func versionPrintsTheVersionAndPointsToTheLicences() throws {
        let result = try run(["--version"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "lede \(LedeVersion.current)")
        #expect(result.stdout.contains("Apache License 2.0, see LICENSE"))
        #expect(result.stdout.contains("see NOTICE"))
    }

    @Test func helpListsEveryEnvironmentVariable() throws {
        let result = try run(["serve", "--help"])
        for name in [
            "LEDE_HOST", "LEDE_PORT", "LEDE_MAX_BODY_BYTES", "LEDE_WORKERS", "LEDE_QUEUE_DEPTH", "LEDE_MAX_CONNECTIONS",
            "LEDE_HEAD_TIMEOUT", "LEDE_KEEPALIVE_TIMEOUT", "LEDE_SHUTDOWN_GRACE",
        ] {
            #expect(result.stdout.contains(name), "\(name)")
        }
    }

    @Test func invalidEnvironmentValueIsRejectedByName() throws {
        let result = try run(["serve"], environment: ["LEDE_PORT": "eighty"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("LEDE_PORT"))
    }

    @Test func outOfRangeOptionsAreRejected() throws {
        for arguments in [["serve", "--port", "70000"], ["serve", "--head-timeout", "1e300"], ["serve", "--workers", "0"]] {
            let result = try run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains("not a valid value"), "\(arguments)")
        }
    }

    @Test func sigtermDrainsInFlightRequestsAndExitsZero() throws {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve", "--port", "0", "--access-log", "false"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let port = try #require(Self.readListeningPort(errors.fileHandleForReading))

        let inFlight = try RawClient(port: port)
        let idle = try RawClient(port: port)
        idle.send("GET /healthz HTTP/1.1\r\nHost: h\r\n\r\n")
        #expect(idle.readResponse()?.status == 200)
        let body = "Lede reads the news."
        inFlight.send("POST /v1/analyze HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\nContent-Length: \(body.utf8.count)\r\n\r\nLede")
        usleep(100_000)
        kill(process.processIdentifier, SIGTERM)
        usleep(200_000)
        #expect(process.isRunning, "must wait for the in-flight request")
        #expect(idle.isClosedByServer())
        inFlight.send(String(body.dropFirst(4)))
        let response = try #require(inFlight.readResponse())
        #expect(response.status == 200)
        #expect(response.headers["Connection"] == "close")
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    /// The port from the "listening" log line the server writes on start.
    static func readListeningPort(_ handle: FileHandle) -> Int? {
        var text = ""
        for _ in 0..<100 {
            let data = handle.availableData
            if data.isEmpty { return nil }
            text += String(decoding: data, as: UTF8.self)
            if let range = text.range(of: "\"port\":") {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                return Int(digits)
            }
        }
        return nil
    }
}
