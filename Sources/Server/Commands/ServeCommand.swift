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

    @Option(help: ArgumentHelp(ServiceSetting.named("host").helpText)) var host: String?
    @Option(help: ArgumentHelp(ServiceSetting.named("port").helpText)) var port: String?
    @Option(help: ArgumentHelp(ServiceSetting.named("maxBodyBytes").helpText)) var maxBodyBytes: String?
    @Option(help: ArgumentHelp(ServiceSetting.named("workers").helpText)) var workers: String?
    @Option(help: ArgumentHelp(ServiceSetting.named("queueDepth").helpText)) var queueDepth: String?
    @Option(help: ArgumentHelp(ServiceSetting.named("memoryBudget").helpText)) var memoryBudget: String?
    @Option(help: ArgumentHelp(ServiceSetting.named("maxConnections").helpText)) var maxConnections: String?
    @Option(help: ArgumentHelp(ServiceSetting.named("ioThreads").helpText)) var ioThreads: String?
    @Option(help: ArgumentHelp(ServiceSetting.named("headTimeout").helpText)) var headTimeout: String?
    @Option(help: ArgumentHelp(ServiceSetting.named("bodyTimeout").helpText)) var bodyTimeout: String?
    @Option(help: ArgumentHelp(ServiceSetting.named("keepaliveTimeout").helpText)) var keepaliveTimeout: String?
    @Option(help: ArgumentHelp(ServiceSetting.named("writeTimeout").helpText)) var writeTimeout: String?
    @Option(help: ArgumentHelp(ServiceSetting.named("shutdownGrace").helpText)) var shutdownGrace: String?
    @Option(help: ArgumentHelp(ServiceSetting.named("accessLog").helpText)) var accessLog: String?
    @Option(help: ArgumentHelp(ServiceSetting.named("apiKeys").helpText)) var apiKeys: String?
    @Option(help: ArgumentHelp(ServiceSetting.named("apiKeysFile").helpText)) var apiKeysFile: String?
    @Option(help: ArgumentHelp(ServiceSetting.named("corsOrigins").helpText)) var corsOrigins: String?

    /// The raw value of each option given, by setting name.
    var options: [String: String] {
        let given: [(String, String?)] = [
            ("host", host), ("port", port), ("maxBodyBytes", maxBodyBytes), ("workers", workers), ("queueDepth", queueDepth),
            ("memoryBudget", memoryBudget), ("maxConnections", maxConnections), ("ioThreads", ioThreads),
            ("headTimeout", headTimeout), ("bodyTimeout", bodyTimeout), ("keepaliveTimeout", keepaliveTimeout),
            ("writeTimeout", writeTimeout), ("shutdownGrace", shutdownGrace), ("accessLog", accessLog),
        ]
        return Dictionary(uniqueKeysWithValues: given.compactMap { name, value in value.map { (name, $0) } })
    }

    func run() throws {
        // SIGTERM and SIGINT are read by dispatch sources, which on Linux read them from a
        // signalfd: blocked here, before the server starts its threads, they are blocked in every
        // thread, so none of them can take one and drop it (the disposition is "ignore").
        var stopping = sigset_t()
        sigemptyset(&stopping)
        sigaddset(&stopping, SIGTERM)
        sigaddset(&stopping, SIGINT)
        pthread_sigmask(SIG_BLOCK, &stopping, nil)
        let environment = ProcessInfo.processInfo.environment
        let settings = try ServiceSettings(options: options, environment: environment)
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
        // Listening for the signals before saying so: a supervisor may stop the server as soon as
        // it reads the line.
        let signals = [SIGTERM, SIGINT].map { number -> any DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { server.shutdown() }
            source.resume()
            return source
        }
        FileHandle.standardError.write(
            Data(
                "{\"level\":\"info\",\"msg\":\"listening\",\"host\":\"\(configuration.host)\",\"port\":\(port),\"workers\":\(configuration.workers),\"memory_budget_bytes\":\(settings.memoryBudgetBytes)}\n"
                    .utf8))
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
