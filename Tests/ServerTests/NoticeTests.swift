import Foundation
import Testing

/// LICENSE and NOTICE (issue 23). Every file shipped from a `Sources/<target>/Resources` folder needs an
/// entry in NOTICE with its licence, so a new model or lexicon cannot ship without one. The files are
/// found on disk, not listed here: adding `Sources/Models/Resources/parser.bin.gz` fails the first test
/// until NOTICE has a `File: Sources/Models/Resources/parser.bin.gz` entry.
@Suite struct NoticeTests {
    /// The package root, from this file's path: only the package's own files are read.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ServerTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    static func isDirectory(_ url: URL) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && directory.boolValue
    }

    /// The `Resources` folder of every target under Sources, as paths from the package root.
    static func resourceFolders() throws -> [String] {
        let sources = root.appendingPathComponent("Sources")
        return try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted()
            .map { "Sources/\($0)/Resources" }
            .filter { isDirectory(root.appendingPathComponent($0)) }
    }

    /// Every file in those folders and their subfolders, hidden ones included (they would ship too).
    static func shippedFiles() throws -> [String] {
        var files: [String] = []
        for folder in try resourceFolders() {
            let url = root.appendingPathComponent(folder)
            let walker = try #require(FileManager.default.enumerator(atPath: url.path))
            for case let relative as String in walker where !isDirectory(url.appendingPathComponent(relative)) {
                files.append("\(folder)/\(relative)")
            }
        }
        return files.sorted()
    }

    static func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    struct Entry {
        var path: String
        var lines: [Substring] = []
    }

    /// NOTICE's entries: each starts with a line `File: <path from the package root>` and runs to the next
    /// entry or to a section rule (a line of `=` or `-`).
    static func noticeEntries() throws -> [Entry] {
        var entries: [Entry] = []
        var open = false
        for line in try read("NOTICE").split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("File: ") {
                entries.append(Entry(path: line.dropFirst("File: ".count).trimmingCharacters(in: .whitespaces)))
                open = true
            } else if line.hasPrefix("=====") || line.hasPrefix("-----") {
                open = false
            } else if open {
                entries[entries.count - 1].lines.append(line)
            }
        }
        return entries
    }

    @Test func everyShippedResourceFileHasAnEntryInNotice() throws {
        let files = try Self.shippedFiles()
        #expect(!files.isEmpty, "no files found under Sources/*/Resources from \(Self.root.path)")
        let listed = Set(try Self.noticeEntries().map(\.path))
        let missing = files.filter { !listed.contains($0) }
        #expect(
            missing.isEmpty,
            "NOTICE has no entry for \(missing.joined(separator: ", ")): add `File: <path>` with its licence and the attribution it requires"
        )
    }

    @Test func everyNoticeEntryNamesAShippedFileOnceAndItsLicence() throws {
        let files = Set(try Self.shippedFiles())
        let entries = try Self.noticeEntries()
        #expect(!entries.isEmpty)
        var seen: Set<String> = []
        for entry in entries {
            #expect(files.contains(entry.path), "NOTICE lists \(entry.path), which is not under Sources/*/Resources")
            #expect(seen.insert(entry.path).inserted, "NOTICE lists \(entry.path) twice")
            let licence = entry.lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Licence:") }
            let terms = licence?.trimmingCharacters(in: .whitespaces).dropFirst("Licence:".count).trimmingCharacters(in: .whitespaces)
            #expect(terms?.isEmpty == false, "the NOTICE entry for \(entry.path) has no `Licence:` line")
            if let terms, terms.contains("BY-SA") {
                #expect(terms.contains("share-alike"), "\(entry.path) is CC BY-SA: its Licence line must say it is share-alike")
            }
        }
    }

    /// The data notes shipped beside the files (DATA.md, GAZETTEERS.md) name the upstream licences;
    /// each one they name must be in NOTICE too.
    @Test func noticeNamesEveryLicenceTheDataNotesName() throws {
        let notice = try Self.read("NOTICE")
        let licence = try Regex(#"CC BY(?:-[A-Z]{2})* [0-9]\.[0-9]|LGPL-[0-9]\.[0-9]\+?|\bMIT\b"#)
        let notes = try Self.shippedFiles().filter { $0.hasSuffix(".md") }
        #expect(!notes.isEmpty)
        for note in notes {
            let text = try Self.read(note)
            for name in Set(text.matches(of: licence).map { String(text[$0.range]) }) {
                #expect(notice.contains(name), "\(note) names \(name), which NOTICE does not")
            }
        }
    }

    /// A target's resources outside a folder named Resources would escape the tests above.
    @Test func sourceTargetsDeclareResourcesOnlyAsResourcesFolders() throws {
        let manifest = try Self.read("Package.swift")
        let declared = try Regex(#"\.(?:copy|process)\("([^"]+)"\)"#)
        let targets = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Sources").path)
        for match in manifest.matches(of: declared) {
            let name = try #require(match.output[1].substring)
            for target in targets
            where FileManager.default.fileExists(atPath: Self.root.appendingPathComponent("Sources/\(target)/\(name)").path) {
                #expect(
                    name == "Resources", "Sources/\(target)/\(name) is a resource of its own: move it under Resources or teach NoticeTests")
            }
        }
    }

    @Test func licenseIsTheApacheLicence() throws {
        let license = try Self.read("LICENSE")
        #expect(license.contains("Apache License\n                           Version 2.0, January 2004"))
        #expect(license.contains("END OF TERMS AND CONDITIONS"))
        #expect(try Self.read("NOTICE").hasPrefix("Lede\nCopyright "))
    }
}
