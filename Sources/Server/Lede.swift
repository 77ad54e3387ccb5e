import ArgumentParser

@main
struct Lede: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "Reads news articles and returns their entities, quotes and check-worthy claims as JSON.",
        subcommands: [ServeCommand.self, AnalyzeCommand.self, BatchCommand.self, TrainCommand.self, EvalCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}
