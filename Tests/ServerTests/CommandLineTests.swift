import Foundation
import Synchronization
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
        /// Killed after the time limit instead of exiting by itself (a server that should not have started).
        var timedOut = false
    }

    func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], executable: URL = Self.executable,
        timeLimit: Double = 60
    ) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        let pid = process.processIdentifier
        let exited = Flag()
        let killed = Flag()
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit) {
            guard !exited.isSet else { return }
            killed.set()
            kill(pid, SIGKILL)
        }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        exited.set()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
            timedOut: killed.isSet)
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

    /// Corpus files carry gold annotations beside "text": `lede batch` reads them (the project's
    /// evaluation commands depend on it), and `--strict` refuses them as the HTTP service does.
    @Test func batchIgnoresCorpusFieldsUnlessStrict() throws {
        let input = #"{"id": "a", "text": "Prices rose.", "quotes": [], "annotator": "x"}"# + "\n"
        let lenient = try run(["batch", "-"], stdin: input)
        #expect(lenient.status == 0)
        #expect(lenient.stdout.hasPrefix(#"{"id":"a","#))
        let strict = try run(["batch", "--strict", "-"], stdin: input)
        #expect(strict.stdout.contains(#""code":"unknown_field""#))
    }

    /// `lede analyze --html` analyses a page's article and returns its text; other languages are
    /// refused with the language named, unless `--language en`.
    @Test func analyzeTakesPagesAndRefusesOtherLanguages() throws {
        let page = try String(
            contentsOf: #require(Bundle.module.url(forResource: "news-page", withExtension: "html", subdirectory: "Fixtures")),
            encoding: .utf8)
        let html = try run(["analyze", "--html", "-"], stdin: page)
        #expect(html.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(html.stdout.utf8)) as? [String: Any])
        #expect((object["text"] as? String)?.hasPrefix("Storm knocks out power") == true)

        let german = try run(["analyze", "-"], stdin: LanguageTests.german)
        #expect(german.status != 0)
        #expect(german.stderr.contains("German (de)") && german.stderr.contains("unsupported_language"))
        let forced = try run(["analyze", "--language", "en", "-"], stdin: LanguageTests.german)
        #expect(forced.status == 0)
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
            "LEDE_HEAD_TIMEOUT", "LEDE_KEEPALIVE_TIMEOUT", "LEDE_SHUTDOWN_GRACE", "LEDE_API_KEYS", "LEDE_API_KEYS_FILE",
            "LEDE_CORS_ORIGINS", "LEDE_MEMORY_BUDGET",
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
        for arguments in [
            ["serve", "--port", "70000"], ["serve", "--head-timeout", "1e300"], ["serve", "--workers", "0"],
            ["serve", "--memory-budget", "0"],
        ] {
            let result = try run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains("not a valid value"), "\(arguments)")
        }
    }

    @Test func aMemoryBudgetThatCannotHoldTheLargestBodyStopsStartUp() throws {
        // 1 MiB bodies with syntax need 64 MiB; 32 cannot hold one.
        let result = try run(["serve", "--port", "0"], environment: ["LEDE_MEMORY_BUDGET": "32"], timeLimit: 10)
        #expect(!result.timedOut, "the server must not start")
        #expect(result.status != 0)
        for message in ["32 MiB", "LEDE_MAX_BODY_BYTES", "at least 64"] {
            #expect(result.stderr.contains(message), "\(message) in \(result.stderr)")
        }
        let notANumber = try run(["serve", "--port", "0"], environment: ["LEDE_MEMORY_BUDGET": "abc"], timeLimit: 10)
        #expect(notANumber.stderr.contains("LEDE_MEMORY_BUDGET"))
    }

    // MARK: Installation

    @Test func aBinaryCopiedWithoutItsBundlesFailsLoudly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-install-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("lede")
        try FileManager.default.copyItem(at: Self.executable, to: copy)
        // The build folder with its bundles still exists: the copy must not read from it.
        let alone = try run(["analyze", "-"], stdin: "Rain in Oslo.\n", executable: copy)
        #expect(alone.status != 0)
        #expect(alone.stderr.contains("lede_Models.resources"), "\(alone.stderr)")
        let built = Self.executable.deletingLastPathComponent()
        try FileManager.default.copyItem(
            at: built.appendingPathComponent("lede_Models.resources"), to: folder.appendingPathComponent("lede_Models.resources"))
        #expect(try run(["analyze", "-"], stdin: "Rain in Oslo.\n", executable: copy).status == 0)
        let serve = try run(["serve", "--port", "0"], executable: copy, timeLimit: 10)
        #expect(!serve.timedOut, "the server must not start")
        #expect(serve.stderr.contains("lede_Server.resources"), "\(serve.stderr)")
    }

    // MARK: API keys

    @Test(arguments: [
        (["LEDE_API_KEYS": "/etc/lede/keys/keys"], ["LEDE_API_KEYS_FILE=/etc/lede/keys/keys"]),
        (["LEDE_API_KEYS": "./keys.txt"], ["LEDE_API_KEYS_FILE"]),
        (["LEDE_API_KEYS_FILE": "/nonexistent/lede-keys"], ["/nonexistent/lede-keys", "does not exist"]),
        (["LEDE_API_KEYS_FILE": "/tmp"], ["/tmp", "cannot be read"]),
        (["LEDE_API_KEYS": "a", "LEDE_API_KEYS_FILE": "/x"], ["Both"]),
        (["LEDE_CORS_ORIGINS": "news.example"], ["LEDE_CORS_ORIGINS", "not an origin"]),
        (["LEDE_CORS_ORIGINS": "https://news.example/page"], ["https://news.example/page"]),
    ])
    func badKeyAndOriginSettingsStopStartUp(environment: [String: String], messages: [String]) throws {
        let result = try run(["serve", "--port", "0"], environment: environment, timeLimit: 10)
        #expect(!result.timedOut, "the server must not start")
        #expect(result.status != 0)
        for message in messages { #expect(result.stderr.contains(message), "\(message) in \(result.stderr)") }
    }

    @Test func anEmptyKeyFileStopsStartUp() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lede-keys-\(UUID().uuidString)")
        try "# no key yet\n\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run(["serve", "--port", "0"], environment: ["LEDE_API_KEYS_FILE": file.path], timeLimit: 10)
        #expect(!result.timedOut, "the server must not start")
        #expect(result.status != 0)
        #expect(result.stderr.contains("holds no key"))
    }

    @Test func keysFromAFileAreCountedInTheLogButNeverShown() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lede-keys-\(UUID().uuidString)")
        try "# rotated monthly\nalpha-key-1\nbeta-key-2\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve", "--port", "0", "--access-log", "false"]
        process.environment = ProcessInfo.processInfo.environment.merging(["LEDE_API_KEYS_FILE": file.path]) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { Self.stop(process) }
        var log = ""
        let port = try #require(Self.readListeningPort(errors.fileHandleForReading) { log = $0 })
        #expect(log.contains(#""msg":"api keys","count":2,"from":"LEDE_API_KEYS_FILE \#(file.path)""#), "\(log)")
        #expect(!log.contains("alpha-key-1") && !log.contains("beta-key-2"))
        let open = try RawClient(port: port)
        open.send("GET /metrics HTTP/1.1\r\nHost: h\r\n\r\n")
        #expect(open.readResponse()?.status == 401)
        let keyed = try RawClient(port: port)
        keyed.send("GET /metrics HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer beta-key-2\r\n\r\n")
        #expect(keyed.readResponse()?.status == 200)
    }

    @Test func sigtermDrainsInFlightRequestsAndExitsZero() throws {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve", "--port", "0", "--access-log", "false"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { Self.stop(process) }
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

    /// Stops a server the test started, whatever the test left it doing: SIGTERM, then SIGKILL
    /// if it has not exited within ten seconds, so no server outlives its test.
    static func stop(_ process: Process) {
        guard process.isRunning else { return }
        process.terminate()
        for _ in 0..<100 where process.isRunning { usleep(100_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// The port from the "listening" log line the server writes on start.
    static func readListeningPort(_ handle: FileHandle, seen: (String) -> Void = { _ in }) -> Int? {
        var text = ""
        for _ in 0..<100 {
            let data = handle.availableData
            if data.isEmpty { return nil }
            text += String(decoding: data, as: UTF8.self)
            if let range = text.range(of: "\"port\":") {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                seen(text)
                return Int(digits)
            }
        }
        return nil
    }
}

/// A flag set once from any thread.
final class Flag: Sendable {
    private let value = Atomic<Bool>(false)
    var isSet: Bool { value.load(ordering: .acquiring) }
    func set() { value.store(true, ordering: .releasing) }
}
