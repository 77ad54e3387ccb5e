import ArgumentParser
import Core
import Dispatch
import Foundation
import HTTP
import Models

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP service.",
        discussion: "Every option also reads the environment variable named in its help; the option wins."
    )

    @Option(help: "Address to listen on. [env: LEDE_HOST] (default: 127.0.0.1)")
    var host: String?
    @Option(help: "Port to listen on; 0 picks a free one. [env: LEDE_PORT] (default: 8080)")
    var port: Int?
    @Option(help: "Largest request body, after gzip decoding, in bytes. [env: LEDE_MAX_BODY_BYTES] (default: 1048576)")
    var maxBodyBytes: Int?
    @Option(help: "Threads running analyses. [env: LEDE_WORKERS] (default: the number of CPUs plus one)")
    var workers: Int?
    @Option(help: "Analyses waiting for a worker before 503. [env: LEDE_QUEUE_DEPTH] (default: 64 per worker)")
    var queueDepth: Int?
    @Option(
        help:
            "Memory that analyses may hold at once, in MiB; each reserves 32 bytes per byte of its article (64 with syntax), and one that does not fit gets 503 with Retry-After. Must fit one article of --max-body-bytes with syntax. [env: LEDE_MEMORY_BUDGET] (default: 128 per MiB of --max-body-bytes)"
    )
    var memoryBudget: Int?
    @Option(help: "Open connections before 503. [env: LEDE_MAX_CONNECTIONS] (default: 4096)")
    var maxConnections: Int?
    @Option(help: "Threads moving bytes. [env: LEDE_IO_THREADS] (default: 1)")
    var ioThreads: Int?
    @Option(help: "Seconds for a whole request head to arrive. [env: LEDE_HEAD_TIMEOUT] (default: 10)")
    var headTimeout: Double?
    @Option(help: "Seconds a body may pause. [env: LEDE_BODY_TIMEOUT] (default: 30)")
    var bodyTimeout: Double?
    @Option(help: "Seconds an idle keep-alive connection stays open. [env: LEDE_KEEPALIVE_TIMEOUT] (default: 15)")
    var keepaliveTimeout: Double?
    @Option(help: "Seconds a response may make no write progress. [env: LEDE_WRITE_TIMEOUT] (default: 30)")
    var writeTimeout: Double?
    @Option(help: "Seconds to finish in-flight requests on SIGTERM. [env: LEDE_SHUTDOWN_GRACE] (default: 10)")
    var shutdownGrace: Double?
    @Option(help: "One JSON line per request on stderr: true or false. [env: LEDE_ACCESS_LOG] (default: true)")
    var accessLog: Bool?
    @Option(
        help:
            "API keys, comma-separated; every route but /healthz and /readyz then needs 'Authorization: Bearer <key>'. A path is refused: use --api-keys-file. [env: LEDE_API_KEYS] (default: none, open)"
    )
    var apiKeys: String?
    @Option(
        help:
            "A file with one API key per line (# comments allowed), e.g. a mounted secret; missing, unreadable or empty stops start-up. [env: LEDE_API_KEYS_FILE] (default: none, open)"
    )
    var apiKeysFile: String?
    @Option(
        help:
            "Browser origins allowed to call the API from their pages (CORS): * or a comma-separated list such as https://news.example. [env: LEDE_CORS_ORIGINS] (default: none, off)"
    )
    var corsOrigins: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try ServiceSettings(command: self, environment: environment)
        let configuration = settings.serverConfiguration()
        let keys: APIKeys
        do {
            // The options win over the environment as a pair, so a file option is not joined by a list variable.
            if apiKeys != nil || apiKeysFile != nil {
                keys = try APIKeys(list: apiKeys, file: apiKeysFile, listSetting: "--api-keys", fileSetting: "--api-keys-file")
            } else {
                keys = try APIKeys(list: environment["LEDE_API_KEYS"], file: environment["LEDE_API_KEYS_FILE"])
            }
        } catch {
            throw ValidationError(error.description)
        }
        Self.logKeys(keys)
        let cors: CORSPolicy
        do throws(CORSError) {
            if let corsOrigins {
                cors = try CORSPolicy(setting: corsOrigins, name: "--cors-origins")
            } else {
                cors = try CORSPolicy(setting: environment["LEDE_CORS_ORIGINS"])
            }
        } catch {
            throw ValidationError(error.description)
        }
        try StaticResource.verify()
        let analyzer = try BundledModels.analyzer()
        let status = ServerStatus(maxBodyBytes: configuration.limits.maxBodyBytes)
        let service = LedeService(
            analyzer: analyzer, status: status, keys: keys, cors: cors, memory: MemoryBudget(limit: settings.memoryBudgetBytes),
            batchWindow: max(4, configuration.workers * 4))
        let server = HTTPServer(configuration: configuration, handler: service, status: status)
        let port = try server.start()
        FileHandle.standardError.write(
            Data(
                "{\"level\":\"info\",\"msg\":\"listening\",\"host\":\"\(configuration.host)\",\"port\":\(port),\"workers\":\(configuration.workers),\"memory_budget_bytes\":\(settings.memoryBudgetBytes)}\n"
                    .utf8))

        let signals = [SIGTERM, SIGINT].map { number -> any DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { server.shutdown() }
            source.resume()
            return source
        }
        server.waitUntilStopped()
        for source in signals { source.cancel() }
        FileHandle.standardError.write(Data("{\"level\":\"info\",\"msg\":\"stopped\"}\n".utf8))
    }

    /// Says how many keys guard the API and where they came from, never the keys themselves.
    private static func logKeys(_ keys: APIKeys) {
        var json = JSONWriter(capacity: 128)
        json.beginObject()
        json.key("level")
        json.string("info")
        json.key("msg")
        json.string("api keys")
        json.key("count")
        json.integer(keys.count)
        json.key("from")
        json.string(keys.source.description)
        json.endObject()
        FileHandle.standardError.write(Data(json.bytes + [UInt8(ascii: "\n")]))
    }
}

/// Resolves each setting: command-line option, else environment variable, else default.
struct ServiceSettings {
    var configuration = HTTPServerConfiguration()
    /// What `MemoryBudget` lets analyses hold at once.
    var memoryBudgetBytes = MemoryBudget.defaultLimit(maxBodyBytes: HTTPLimits().maxBodyBytes)

    init(command: ServeCommand, environment: [String: String]) throws {
        func value<T>(_ option: T?, _ name: String, _ parse: (String) -> T?) throws -> T? {
            // An option is held to the same rules as its variable ("--port 70000" is refused too).
            if let option {
                guard let parsed = parse("\(option)") else {
                    throw ValidationError("\(option) is not a valid value for the option of \(name); see `lede serve --help`.")
                }
                return parsed
            }
            guard let raw = environment[name], !raw.isEmpty else { return nil }
            guard let parsed = parse(raw) else {
                throw ValidationError("\(name)=\(raw) is not a valid value; see `lede serve --help`.")
            }
            return parsed
        }
        func positive(_ raw: String) -> Int? { Int(raw).flatMap { $0 > 0 ? $0 : nil } }
        func seconds(_ raw: String) -> Double? { Double(raw).flatMap { $0 > 0 && $0 <= 1_000_000 ? $0 : nil } }
        func boolean(_ raw: String) -> Bool? {
            switch raw.lowercased() {
            case "1", "true", "yes", "on": true
            case "0", "false", "no", "off": false
            default: nil
            }
        }
        let cpus = ProcessInfo.processInfo.activeProcessorCount
        configuration.threadName = LedeService.name
        configuration.host = try value(command.host, "LEDE_HOST") { $0 } ?? "127.0.0.1"
        configuration.port = try value(command.port, "LEDE_PORT") { Int($0).flatMap { (0...65535).contains($0) ? $0 : nil } } ?? 8080
        configuration.limits.maxBodyBytes = try value(command.maxBodyBytes, "LEDE_MAX_BODY_BYTES", positive) ?? 1 << 20
        // One more worker than cores: a core the event loop leaves free goes straight to analysis
        // instead of waiting for the loop to hand out the next request.
        configuration.workers = try value(command.workers, "LEDE_WORKERS", positive) ?? max(1, cpus) + 1
        configuration.queueDepth = try value(command.queueDepth, "LEDE_QUEUE_DEPTH", positive) ?? 64 * configuration.workers
        configuration.maxConnections = try value(command.maxConnections, "LEDE_MAX_CONNECTIONS", positive) ?? 4096
        configuration.ioThreads = try value(command.ioThreads, "LEDE_IO_THREADS", positive) ?? 1
        if let head = try value(command.headTimeout, "LEDE_HEAD_TIMEOUT", seconds) { configuration.timeouts.head = .seconds(head) }
        if let body = try value(command.bodyTimeout, "LEDE_BODY_TIMEOUT", seconds) { configuration.timeouts.bodyIdle = .seconds(body) }
        if let idle = try value(command.keepaliveTimeout, "LEDE_KEEPALIVE_TIMEOUT", seconds) {
            configuration.timeouts.keepAliveIdle = .seconds(idle)
        }
        if let write = try value(command.writeTimeout, "LEDE_WRITE_TIMEOUT", seconds) { configuration.timeouts.write = .seconds(write) }
        if let grace = try value(command.shutdownGrace, "LEDE_SHUTDOWN_GRACE", seconds) {
            configuration.timeouts.shutdownGrace = .seconds(grace)
        }
        configuration.accessLog = try value(command.accessLog, "LEDE_ACCESS_LOG", boolean) ?? true
        // MiB, not bytes: a budget is tens or hundreds of MiB, and a byte count that size is easy to mistype.
        let maxBody = configuration.limits.maxBodyBytes
        let largest = MemoryBudget.estimate(inputBytes: maxBody, syntax: true)
        if let mebibytes = try value(
            command.memoryBudget, "LEDE_MEMORY_BUDGET", { Int($0).flatMap { (1...(1 << 30)).contains($0) ? $0 : nil } })
        {
            memoryBudgetBytes = mebibytes << 20
            // Otherwise the largest body the server accepts could never be analysed: refuse the
            // pair of settings at start-up rather than every such article at run time.
            guard memoryBudgetBytes >= largest else {
                let needed = (largest + (1 << 20) - 1) >> 20
                throw ValidationError(
                    "The memory budget of \(mebibytes) MiB (LEDE_MEMORY_BUDGET or --memory-budget) cannot hold one article of the body limit, \(maxBody) bytes (LEDE_MAX_BODY_BYTES), analysed with syntax: that needs \(needed) MiB (\(MemoryBudget.bytesPerInputByteWithSyntax) bytes per byte). Raise the budget to at least \(needed) or lower the body limit."
                )
            }
        } else {
            memoryBudgetBytes = MemoryBudget.defaultLimit(maxBodyBytes: maxBody)
        }
    }

    func serverConfiguration() -> HTTPServerConfiguration { configuration }
}
