import ArgumentParser
import Compression
import Core
import Foundation

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train Lede's models from openly licensed annotated corpora.",
        subcommands: [TrainNERCommand.self, TrainClaimsCommand.self, TrainParserCommand.self, TrainLanguageCommand.self]
    )
}
