import Foundation
import Testing

@testable import HTTP
@testable import Server

/// The settings table (`ServiceSetting.all`) is where `--help`, the defaults and the README's
/// configuration table come from; these tests hold the three together.
@Suite struct SettingsTableTests {
    static let readme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md")

    @Test func theReadmeTableIsTheOneTheSettingsTableMakes() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let begin = try #require(text.range(of: "<!-- settings table:"))
        let end = try #require(text.range(of: "<!-- end of settings table -->"))
        let firstLine = try #require(text[begin.upperBound...].firstIndex(of: "\n"))
        let table = String(text[text.index(after: firstLine)..<end.lowerBound])
        #expect(
            table == ServiceSetting.markdownTable,
            "README.md's configuration table is stale; replace it with:\n\(ServiceSetting.markdownTable)")
    }

    @Test func optionsAndVariablesAreNamedFromTheSettingName() {
        let setting = ServiceSetting.named("maxBodyBytes")
        #expect(setting.option == "--max-body-bytes")
        #expect(setting.variable == "LEDE_MAX_BODY_BYTES")
        #expect(ServiceSetting.named("keepaliveTimeout").variable == "LEDE_KEEPALIVE_TIMEOUT")
    }

    @Test func everyServeOptionHasARowAndEveryRowAnOption() throws {
        let names = Set(ServiceSetting.all.map(\.name))
        #expect(names.count == ServiceSetting.all.count, "a setting is listed twice")
        let help = ServeCommand.helpMessage()
        for setting in ServiceSetting.all {
            #expect(help.contains(setting.option), "\(setting.option) has no option")
            #expect(help.contains(setting.variable), "\(setting.variable) is not in --help")
        }
    }

    @Test func withNothingSetTheServerRunsWithItsOwnDefaults() throws {
        let settings = try ServiceSettings(options: [:], environment: [:])
        let defaults = HTTPServerConfiguration()
        #expect(settings.configuration.port == defaults.port)
        #expect(settings.configuration.workers == defaults.workers)
        #expect(settings.configuration.queueDepth == 64 * defaults.workers)
        #expect(settings.configuration.timeouts.head == defaults.timeouts.head)
        #expect(settings.memoryBudgetBytes == MemoryBudget.defaultLimit(maxBodyBytes: defaults.limits.maxBodyBytes))
    }

    @Test func anOptionWinsOverItsVariableAndQueueDepthFollowsWorkers() throws {
        let settings = try ServiceSettings(
            options: ["port": "9000", "workers": "3"], environment: ["LEDE_PORT": "9001", "LEDE_HEAD_TIMEOUT": "2.5"])
        #expect(settings.configuration.port == 9000)
        #expect(settings.configuration.queueDepth == 192)
        #expect(settings.configuration.timeouts.head == .seconds(2.5))
    }
}
