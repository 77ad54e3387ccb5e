import Foundation
import TestSupport

@testable import HTTP
@testable import Models
@testable import Server

/// Lede's real service on a free loopback port, stopped when the test suite lets it go.
final class LiveService {
    let status: ServerStatus
    let memory: MemoryBudget
    let server: HTTPServer
    let port: Int
    /// The access-log lines written so far.
    let log = AccessLog()
    var base: String { "http://127.0.0.1:\(port)" }

    /// - Parameter memoryBudget: in bytes; by default the one `lede serve` derives from the body limit.
    init(
        keys: [String] = [], corsOrigins: [String] = [], memoryBudget: Int? = nil,
        configure: (inout HTTPServerConfiguration) -> Void = { _ in }
    ) throws {
        var configuration = HTTPServerConfiguration()
        configuration.port = 0
        configuration.accessLogSink = { [log] in log.append($0) }
        configure(&configuration)
        status = ServerStatus(maxBodyBytes: configuration.limits.maxBodyBytes)
        let service = LedeService(
            analyzer: try BundledModels.analyzer(), status: status, keys: APIKeys(keys: keys), cors: CORSPolicy(origins: corsOrigins),
            memory: MemoryBudget(limit: memoryBudget ?? MemoryBudget.defaultLimit(maxBodyBytes: configuration.limits.maxBodyBytes)))
        self.memory = service.memory
        server = HTTPServer(configuration: configuration, handler: service, status: status)
        port = try server.start()
    }

    deinit {
        server.shutdown()
        server.waitUntilStopped()
    }
}
