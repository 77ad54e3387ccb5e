import HTTP

/// One setting of `lede serve`: its option, environment variable, default, parser and help.
///
/// `ServiceSetting.all` is the one table: `lede serve --help`, the resolution of options and
/// variables (`ServiceSettings`) and the README's configuration table (checked by a test) all come
/// from it. Defaults are read from the types that use them (`HTTPServerConfiguration`,
/// `MemoryBudget`), so a default is written once.
struct ServiceSetting: Sendable {
    /// The option's name without dashes, in camel case, as the `ServeCommand` property is named.
    let name: String
    /// The default as the README and `--help` show it.
    let defaultText: String
    let help: String
    /// Reads a raw value into the settings; false when the value is not valid. Nil for settings
    /// that `ServeCommand` reads itself (the API keys and origins, whose option pair wins over their
    /// variable pair as a whole).
    let apply: Apply?

    /// `--max-body-bytes`
    var option: String { "--" + words.joined(separator: "-") }
    /// `LEDE_MAX_BODY_BYTES`
    var variable: String { "LEDE_" + words.joined(separator: "_").uppercased() }

    private var words: [String] {
        var words: [String] = [""]
        for character in name {
            if character.isUppercase { words.append("") }
            words[words.count - 1].append(character.lowercased())
        }
        return words
    }

    /// What `lede serve --help` says of it.
    var helpText: String { "\(help) [env: \(variable)] (default: \(defaultText.replacingOccurrences(of: "`", with: "")))" }

    static func named(_ name: String) -> ServiceSetting {
        guard let setting = all.first(where: { $0.name == name }) else { preconditionFailure("no setting named \(name)") }
        return setting
    }

    /// The README's configuration table.
    static var markdownTable: String {
        var table = "| option | variable | default | |\n| --- | --- | --- | --- |\n"
        for setting in all {
            table += "| `\(setting.option)` | `\(setting.variable)` | \(setting.defaultText) | \(setting.help) |\n"
        }
        return table
    }

    // MARK: The table

    static let all: [ServiceSetting] = {
        let http = HTTPServerConfiguration()
        return [
            ServiceSetting(
                name: "host", defaultText: "`\(http.host)`", help: "address to listen on (the container sets `0.0.0.0`)",
                apply: { raw, settings in
                    settings.configuration.host = raw
                    return true
                }),
            integer("port", \.port, in: 0...65535, help: "port to listen on; 0 picks a free one"),
            integer(
                "maxBodyBytes", \.limits.maxBodyBytes, help: "one article (or one batch line), after gzip decoding; more gets 413"),
            integer("workers", \.workers, help: "threads running analyses", defaultText: "CPU count + 1"),
            integer("queueDepth", \.queueDepth, help: "analyses waiting beyond this get 503", defaultText: "64 × workers"),
            ServiceSetting(
                name: "memoryBudget",
                defaultText:
                    "\(MemoryBudget.defaultLimit(maxBodyBytes: http.limits.maxBodyBytes) >> 20) MiB (2 × 64 × the body limit)",
                help:
                    "in MiB: the memory analyses may hold at once, whatever the worker count. Each analysis and each batch line reserves 32 bytes per byte of its input (64 with `\"syntax\": true`, measured under 'Reliability and performance') while it runs; one that does not fit gets 503 `memory_budget_exhausted` with `Retry-After` (a batch line, an error line). It must hold one article of the body limit with syntax (64 × `LEDE_MAX_BODY_BYTES`), else start-up stops and says so: raise one with the other",
                // MiB, not bytes: a budget is tens or hundreds of MiB, and a byte count that size is easy to mistype.
                apply: { raw, settings in
                    guard let value = Int(raw), (1...(1 << 30)).contains(value) else { return false }
                    settings.memoryBudgetMebibytes = value
                    return true
                }),
            integer("maxConnections", \.maxConnections, help: "connections beyond this get 503"),
            integer("ioThreads", \.ioThreads, help: "event-loop threads"),
            timeout("headTimeout", \.head, help: "the whole request head must arrive in this time (408)"),
            timeout("bodyTimeout", \.bodyIdle, help: "longest pause while a body arrives (408)"),
            timeout("keepaliveTimeout", \.keepAliveIdle, help: "idle keep-alive connections close"),
            timeout("writeTimeout", \.write, help: "a client that reads nothing for this long is dropped"),
            timeout("shutdownGrace", \.shutdownGrace, help: "on SIGTERM/SIGINT, in-flight requests get this long"),
            ServiceSetting(
                name: "accessLog", defaultText: "`\(http.accessLog)`", help: "one JSON line per request on stderr: true or false",
                apply: { raw, settings in
                    switch raw.lowercased() {
                    case "1", "true", "yes", "on": settings.configuration.accessLog = true
                    case "0", "false", "no", "off": settings.configuration.accessLog = false
                    default: return false
                    }
                    return true
                }),
            ServiceSetting(
                name: "apiKeys", defaultText: "none",
                help:
                    "comma-separated keys; then `Authorization: Bearer` is required. A value starting with `/` or `./` is refused as a path",
                apply: nil),
            ServiceSetting(
                name: "corsOrigins", defaultText: "none (off)",
                help:
                    "`*` or comma-separated origins (`https://news.example`) whose pages may call the API: they get `Access-Control-Allow-Origin` on every answer, errors and batches included, and preflights (`OPTIONS`) are answered without a key",
                apply: nil),
            ServiceSetting(
                name: "apiKeysFile", defaultText: "none",
                help:
                    "a file with one key per line (`#` comments), e.g. a mounted secret; missing, unreadable or empty stops start-up. Set one of the two; the log says how many keys were loaded and from where, never the keys",
                apply: nil),
        ]
    }()

    // MARK: Kinds of setting

    typealias Apply = @Sendable (String, inout ServiceSettings) -> Bool

    /// A whole number of the HTTP configuration (a limit, a count of threads); its default is the
    /// configuration's own unless `defaultText` says how it is worked out.
    private static func integer(
        _ name: String, _ field: any WritableKeyPath<HTTPServerConfiguration, Int> & Sendable, in range: ClosedRange<Int> = 1...Int.max,
        help: String, defaultText: String? = nil
    ) -> ServiceSetting {
        ServiceSetting(
            name: name, defaultText: defaultText ?? "`\(HTTPServerConfiguration()[keyPath: field])`", help: help,
            apply: { raw, settings in
                guard let value = Int(raw), range.contains(value) else { return false }
                settings.configuration[keyPath: field] = value
                return true
            })
    }

    /// A timeout of the HTTP configuration, in seconds; its default is the configuration's own.
    private static func timeout(
        _ name: String, _ field: any WritableKeyPath<HTTPTimeouts, Duration> & Sendable, help: String
    ) -> ServiceSetting {
        ServiceSetting(
            name: name, defaultText: "`\(HTTPServerConfiguration().timeouts[keyPath: field].components.seconds)` s", help: help,
            apply: { raw, settings in
                guard let value = Double(raw), value > 0 && value <= 1_000_000 else { return false }
                settings.configuration.timeouts[keyPath: field] = .seconds(value)
                return true
            })
    }
}
