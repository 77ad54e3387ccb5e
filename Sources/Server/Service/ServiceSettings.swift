import ArgumentParser
import HTTP

/// The settings `lede serve` runs with: for each row of `ServiceSetting.all`, the option, else the
/// environment variable, else the default.
struct ServiceSettings {
    var configuration = HTTPServerConfiguration()
    /// Set by `--memory-budget` or `LEDE_MEMORY_BUDGET`; otherwise derived from the body limit.
    var memoryBudgetMebibytes: Int?

    /// What `MemoryBudget` lets analyses hold at once.
    var memoryBudgetBytes: Int {
        memoryBudgetMebibytes.map { $0 << 20 } ?? MemoryBudget.defaultLimit(maxBodyBytes: configuration.limits.maxBodyBytes)
    }

    /// - Parameter options: raw option values by setting name (`ServeCommand.options`).
    init(options: [String: String], environment: [String: String]) throws {
        configuration.threadName = LedeService.name
        for setting in ServiceSetting.all {
            guard let apply = setting.apply else { continue }
            // An option is held to the same rules as its variable ("--port 70000" is refused too).
            if let raw = options[setting.name] {
                guard apply(raw, &self) else {
                    throw ValidationError("\(raw) is not a valid value for \(setting.option); see `lede serve --help`.")
                }
            } else if let raw = environment[setting.variable], !raw.isEmpty {
                guard apply(raw, &self) else {
                    throw ValidationError("\(setting.variable)=\(raw) is not a valid value; see `lede serve --help`.")
                }
            }
        }
        // Otherwise the largest body the server accepts could never be analysed: refuse the pair of
        // settings at start-up rather than every such article at run time.
        let maxBody = configuration.limits.maxBodyBytes
        let largest = MemoryBudget.estimate(inputBytes: maxBody, syntax: true)
        if let mebibytes = memoryBudgetMebibytes, memoryBudgetBytes < largest {
            let needed = (largest + (1 << 20) - 1) >> 20
            throw ValidationError(
                "The memory budget of \(mebibytes) MiB (LEDE_MEMORY_BUDGET or --memory-budget) cannot hold one article of the body limit, \(maxBody) bytes (LEDE_MAX_BODY_BYTES), analysed with syntax: that needs \(needed) MiB (\(MemoryBudget.bytesPerInputByteWithSyntax) bytes per byte). Raise the budget to at least \(needed) or lower the body limit."
            )
        }
    }

    func serverConfiguration() -> HTTPServerConfiguration { configuration }
}
