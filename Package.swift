// swift-tools-version: 6.0
import Foundation
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

/// Release builds of the analysis on x86-64 target Haswell-class CPUs (AVX2, 2013 and later): the
/// tagger sums 64-byte weight rows per feature, which AVX does in half the instructions of the
/// baseline's SSE2 (the entity stage is about 10 % faster, answers unchanged). `LEDE_PORTABLE=1`
/// at build time targets any x86-64 CPU.
let analysis: [SwiftSetting] = {
    #if arch(x86_64)
        if ProcessInfo.processInfo.environment["LEDE_PORTABLE"] != "1" {
            return strict + [.unsafeFlags(["-target-cpu", "haswell"], .when(configuration: .release))]
        }
    #endif
    return strict
}()

let package = Package(
    name: "lede",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lede", targets: ["Server"]),
        .library(name: "Core", targets: ["Core"]),
        // For the fuzz package in Fuzz/, which links the modules it exercises.
        .library(name: "Models", targets: ["Models"]),
        .library(name: "HTTP", targets: ["HTTP"]),
        .library(name: "Compression", targets: ["Compression"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CLinux"),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "Core", swiftSettings: analysis),
        // Trainers, their corpus readers and training metrics: only the command line links them.
        .target(name: "Training", dependencies: ["Core"], swiftSettings: analysis),
        .target(name: "Compression", dependencies: ["CZlib"], swiftSettings: strict),
        .target(name: "Models", dependencies: ["Core", "Compression"], resources: [.copy("Resources")], swiftSettings: strict),
        .target(name: "HTTP", dependencies: ["Compression", "CLinux"], swiftSettings: strict),
        // Article text out of HTML pages, apart from Core so the analysis links no parser.
        .target(name: "HTML", dependencies: ["CLibXML2"], swiftSettings: strict),
        .executableTarget(
            name: "Server",
            dependencies: [
                "Core", "Training", "Models", "HTTP", "Compression", "HTML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.process("Resources")],
            swiftSettings: strict),
        .testTarget(name: "CoreTests", dependencies: ["Core", "Training"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .target(name: "TestSupport", dependencies: ["HTTP", "Compression"], path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP", "Compression", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "HTMLTests", dependencies: ["HTML"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "ServerTests", dependencies: ["Server", "Core", "Training", "Models", "HTTP", "Compression", "HTML", "TestSupport"], resources: [.copy("Fixtures")], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
