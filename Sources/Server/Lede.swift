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

extension LedeVersion {
    /// What `lede --version` prints: the version, then where the licences are.
    static let banner = """
        lede \(current)
        Code: Apache License 2.0, see LICENSE. Models and lexicons: their own licences and required attributions, see NOTICE
        (the entity tagger's weights are CC BY-SA 4.0, share-alike). Both files are at the root of the source repository
        and next to the binary in the container image (/opt/lede).
        """
}
