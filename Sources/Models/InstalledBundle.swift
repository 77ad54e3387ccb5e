import Foundation

/// The resource bundles SwiftPM places beside the executable (`lede_Models.resources`, ...).
///
/// Used instead of `Bundle.module`, whose generated accessor falls back to the absolute path of
/// the build folder: a release binary copied without its bundles would quietly load whatever
/// that folder holds on the machine that built it, or, elsewhere, crash without a hint. Here a
/// missing bundle is an error that says what to copy.
public enum InstalledBundle {
    public struct Missing: Error, Equatable, CustomStringConvertible {
        public let name: String
        public let directory: String

        public init(name: String, directory: String) {
            self.name = name
            self.directory = directory
        }

        public var description: String {
            "The resource folder \(name) is not beside the executable in \(directory); copy the *.resources folders "
                + "from the build's bin folder (swift build -c release --show-bin-path) next to the lede binary."
        }
    }

    /// The bundle `name` in `directory` (by default the running executable's folder).
    public static func named(_ name: String, in directory: URL = Bundle.main.bundleURL) throws(Missing) -> Bundle {
        let path = directory.appendingPathComponent(name).path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
            let bundle = Bundle(path: path)
        else { throw Missing(name: name, directory: directory.path) }
        return bundle
    }
}
