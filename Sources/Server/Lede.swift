import ArgumentParser

@main
struct Lede: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "Reads news articles and returns their entities, quotes and check-worthy claims as JSON.",
        version: LedeVersion.banner,
        subcommands: [
            ServeCommand.self, AnalyzeCommand.self, BatchCommand.self, ParseCommand.self, TrainCommand.self, EvalCommand.self,
            BenchCommand.self,
        ],
        defaultSubcommand: ServeCommand.self
    )
}
