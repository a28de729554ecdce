// swift-tools-version:6.1
import PackageDescription

/// Swift 6 language mode (strict concurrency) comes with the tools version; warnings are errors in CI.
let strict: [SwiftSetting] = []

let package = Package(
    name: "sahifa",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sahifa", targets: ["sahifa"]),
        .executable(name: "sahifa-bench", targets: ["sahifa-bench"]),
        .library(
            name: "NewsKit",
            targets: ["NewsModel", "TextSafety", "FeedParsing", "NewsStore", "FeedFetching", "TextLayout"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        // System libraries, each behind a module map and a shim header.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CFriBidi", pkgConfig: "fribidi", providers: [.apt(["libfribidi-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CMalloc"),

        // NewsKit: the shared storage and parsing library.
        .target(name: "NewsModel", swiftSettings: strict),
        .target(name: "TextSafety", swiftSettings: strict),
        .target(name: "FeedParsing", dependencies: ["NewsModel", "TextSafety", "CLibXML2"], swiftSettings: strict),
        .target(
            name: "NewsStore",
            dependencies: ["NewsModel", "TextSafety", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .target(name: "FeedFetching", dependencies: ["NewsModel", "FeedParsing", "NewsStore"], swiftSettings: strict),
        .target(name: "TextLayout", dependencies: ["CFriBidi", "TextSafety"], swiftSettings: strict),

        // The reader.
        .target(name: "TerminalUI", dependencies: ["TextLayout"], swiftSettings: strict),
        .target(
            name: "NewsApp",
            dependencies: ["NewsModel", "FeedParsing", "NewsStore", "FeedFetching", "TextLayout", "TerminalUI"],
            swiftSettings: strict),
        .target(name: "CursesBackend", dependencies: ["TerminalUI", "CNcursesw"], swiftSettings: strict),
        .target(
            name: "SahifaConfiguration",
            dependencies: ["NewsApp", "TerminalUI", "TextLayout", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: strict),

        .executableTarget(
            name: "sahifa",
            dependencies: [
                "NewsModel", "TextSafety", "FeedParsing", "NewsStore", "FeedFetching", "TextLayout", "TerminalUI", "NewsApp",
                "CursesBackend", "SahifaConfiguration", "CMalloc", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Demo")],
            swiftSettings: strict),
        .executableTarget(
            name: "sahifa-bench",
            dependencies: [
                "NewsModel", "FeedParsing", "NewsStore", "FeedFetching", "TextLayout",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),

        // Tests.
        .target(name: "TestSupport", dependencies: ["NewsModel"], path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(name: "NewsModelTests", dependencies: ["NewsModel", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "TextSafetyTests", dependencies: ["TextSafety", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "FeedParsingTests", dependencies: ["FeedParsing", "TestSupport"], exclude: ["Fixtures"],
            swiftSettings: strict),
        .testTarget(name: "NewsStoreTests", dependencies: ["NewsStore", "FeedParsing", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "FeedFetchingTests", dependencies: ["FeedFetching", "NewsStore", "FeedParsing", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "TextLayoutTests", dependencies: ["TextLayout", "TestSupport"], exclude: ["Golden"],
            swiftSettings: strict),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "NewsAppTests", dependencies: ["NewsApp", "TerminalUI", "NewsStore", "TestSupport"],
            exclude: ["Snapshots"], swiftSettings: strict),
        .testTarget(
            name: "SahifaConfigurationTests", dependencies: ["SahifaConfiguration", "NewsApp", "TerminalUI"],
            swiftSettings: strict),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "NewsStore"], swiftSettings: strict),
    ]
)
