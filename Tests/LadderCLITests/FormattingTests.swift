import Foundation
import Testing

/// The code keeps one format (`.swift-format`: 120 columns, four spaces): `swift format
/// --in-place --recursive Sources Tests Plugins Package.swift` applies it; this check is the
/// same tool's lint, a couple of seconds.
@Suite struct FormattingTests {
    @Test func theSourcesAreFormatted() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let paths = ["Sources", "Tests", "Plugins", "Package.swift"].map { root + "/" + $0 }
        let lint = try ChildProcess.run(
            "/usr/bin/env",
            ["swift", "format", "lint", "--strict", "--configuration", root + "/.swift-format", "--recursive"] + paths,
            environment: ProcessInfo.processInfo.environment)
        #expect(
            lint.status == 0,
            "run `swift format --in-place --recursive Sources Tests Plugins Package.swift`:\n\(lint.standardError)")
    }
}
