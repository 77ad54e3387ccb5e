// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets, a package of their own so `swift test` at the root never builds them.
/// Built and run by `Fuzz/run.sh` with `-sanitize=fuzzer,address`.
let fuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "lede-fuzz",
    dependencies: [.package(name: "lede", path: "..")],
    targets: [
        .target(name: "CFuzzer"),
        .executableTarget(
            name: "FuzzHTTPParser",
            dependencies: ["CFuzzer", .product(name: "HTTP", package: "lede")],
            swiftSettings: fuzzer),
        .executableTarget(
            name: "FuzzDecoders",
            dependencies: ["CFuzzer", .product(name: "HTTP", package: "lede"), .product(name: "Compression", package: "lede")],
            swiftSettings: fuzzer),
        .executableTarget(
            name: "FuzzAnalyzer",
            dependencies: ["CFuzzer", .product(name: "Core", package: "lede"), .product(name: "Models", package: "lede")],
            swiftSettings: fuzzer),
    ],
    swiftLanguageModes: [.v6]
)
