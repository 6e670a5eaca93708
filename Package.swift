// swift-tools-version: 6.0
import Foundation
import PackageDescription

let package = Package(
    name: "ladder",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ladder", targets: ["ladder"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Text measuring, wrapping and sanitising shared by every face of the app.
        .target(name: "LadderText"),

        // Charts (the radar, the line chart, bars) drawn as terminal cells, and as SVG for the packet.
        .target(name: "LadderCharts", dependencies: ["LadderText"]),

        // Files done safely: atomic writes, locks, limits, no blocking on FIFOs or devices.
        .target(name: "LadderFiles"),

        // The model: catalog, queries, validation. No terminal code.
        .target(name: "LadderCore", dependencies: ["LadderText", "LadderFiles"]),

        // The catalog we ship, compiled in as Swift values (validated at build time).
        .target(name: "LadderCatalog", dependencies: ["LadderCore"], plugins: ["EmbedCatalog"]),

        // Importing a company's career framework (CSV, Markdown table, catalog JSON) as a catalog file.
        .target(
            name: "LadderImport",
            dependencies: [
                "LadderCore", "LadderText", "LadderFiles", .product(name: "SwiftCSV", package: "SwiftCSV"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),

        // The explorer's state, keys and screens, drawn into an in-memory grid. No ncurses.
        .target(name: "LadderUI", dependencies: ["LadderCore", "LadderText", "LadderCharts", "LadderFiles"]),

        // The user's config.toml: remapped keys and the colour choice.
        .target(
            name: "LadderConfig",
            dependencies: [
                "LadderCore", "LadderText", "LadderFiles", "LadderUI", .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),

        // ncurses (wide-character), as a system library, and the thin layer over it.
        .systemLibrary(name: "CNcursesw"),
        .target(name: "LadderTerminal", dependencies: ["CNcursesw", "LadderUI"]),

        // The command line: argument parsing and plain / JSON output.
        .target(
            name: "LadderCLI",
            dependencies: [
                "LadderCore",
                "LadderFiles",
                "LadderCatalog",
                "LadderText",
                "LadderCharts",
                "LadderUI",
                "LadderTerminal",
                "LadderImport",
                "LadderConfig",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Plot", package: "Plot"),
            ]
        ),
        // Linked by lld with packed relative relocations (DT_RELR): the static Swift runtime's
        // metadata carries some 80,000 relative relocations, which the dynamic loader applied
        // one by one before main (a fifth of a bare start); packed, they cost a tenth of that.
        .executableTarget(
            name: "ladder",
            dependencies: ["LadderCLI"],
            linkerSettings: [.unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"])]
        ),

        // The benchmark: `swift build -c release && .build/release/ladder-bench`.
        .executableTarget(
            name: "ladder-bench",
            dependencies: [
                "LadderCore", "LadderFiles", "LadderCatalog", "LadderConfig", "LadderImport", "LadderUI",
                "CBenchSupport",
            ]),
        .target(name: "CBenchSupport"),

        // Build-time validation of Resources/catalog/*.json and its embedding as Swift values.
        .executableTarget(name: "CatalogEmbedder", dependencies: ["LadderCore"]),
        .plugin(
            name: "EmbedCatalog",
            capability: .buildTool(),
            dependencies: ["CatalogEmbedder"]
        ),

        // Helpers shared by the test targets (scratch directories).
        .target(name: "LadderTestSupport", path: "Tests/LadderTestSupport"),

        .testTarget(name: "LadderTextTests", dependencies: ["LadderText"]),
        .testTarget(name: "LadderChartsTests", dependencies: ["LadderCharts", "LadderText"]),
        .testTarget(name: "LadderConfigTests", dependencies: ["LadderConfig", "LadderUI", "LadderTestSupport"]),
        .testTarget(name: "LadderTerminalTests", dependencies: ["LadderTerminal", "LadderUI", "CNcursesw"]),
        .testTarget(
            name: "LadderCoreTests", dependencies: ["LadderCore", "LadderFiles", "LadderCatalog", "LadderTestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "LadderImportTests",
            dependencies: ["LadderImport", "LadderCore", "LadderFiles", "LadderCatalog", "LadderTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "LadderUITests",
            dependencies: [
                "LadderUI", "LadderCore", "LadderFiles", "LadderCatalog", "LadderText", "LadderTestSupport",
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "LadderCLITests",
            dependencies: ["LadderCLI", "LadderCore", "LadderFiles", "LadderCatalog", "LadderTestSupport", "ladder"],
            exclude: ["Golden", "HostileCorpus"]
        ),
    ]
)

// The fuzzers' build (`LADDER_FUZZ=1`, run by `.ci/fuzz`): the loaders are compiled with
// libFuzzer's coverage and AddressSanitizer; `.ci/fuzz` links each fuzz target against them.
if ProcessInfo.processInfo.environment["LADDER_FUZZ"] != nil {
    for target in package.targets
    where ["LadderText", "LadderCore", "LadderCatalog", "LadderImport", "LadderUI", "LadderConfig"].contains(
        target.name)
    {
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-sanitize=fuzzer,address"])]
    }
    // The catalog embedder links the instrumented LadderCore; the AddressSanitizer runtime
    // supplies what the instrumentation calls (its coverage hooks are no-ops without libFuzzer).
    for target in package.targets where target.name == "CatalogEmbedder" {
        target.linkerSettings = (target.linkerSettings ?? []) + [.unsafeFlags(["-sanitize=address"])]
    }
}
