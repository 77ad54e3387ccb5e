import ArgumentParser
import Core
import Foundation
import Models

enum InputFile {
    /// The whole file, or standard input for "-".
    static func readAll(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("Cannot read \(path): check the path and its permissions.")
        }
        return data
    }
}
