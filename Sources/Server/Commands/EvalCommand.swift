import ArgumentParser
import Core
import Foundation
import Models

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score Lede's output against gold annotations, as the project's eval scripts do.",
        subcommands: [EvalNERCommand.self, EvalClaimsCommand.self, EvalParserCommand.self, EvalLanguageCommand.self]
    )
}
