import Foundation
import LadderTestSupport
import Testing

/// `.ci/install` as a user runs it (with a debug build in a build folder of its own: the suite
/// holds the usual one's lock): the binary, the man page and completions land under the
/// prefix, and the binary runs from an empty directory.
@Suite(.tags(.slow), .slowSuite) struct InstallTests {
    let scratch = ScratchDirectory()

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func installPutsEverythingUnderThePrefix() throws {
        let prefix = scratch.file("prefix")
        let result = try ChildProcess.run(
            Self.packageRoot.appendingPathComponent(".ci/install").path, [prefix],
            environment: ProcessInfo.processInfo.environment.merging(
                ["LADDER_INSTALL_CONFIGURATION": "debug", "LADDER_INSTALL_SCRATCH": scratch.file("build")]) { $1 })
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Installed ladder 0.2.0 to \(prefix)/bin/ladder"))
        let manual = try String(contentsOfFile: prefix + "/share/man/man1/ladder.1", encoding: .utf8)
        #expect(manual.contains(".Nm ladder"))
        #expect(manual.contains("keys"))
        for completion in [
            "bash-completion/completions/ladder", "zsh/site-functions/_ladder", "fish/vendor_completions.d/ladder.fish",
        ] {
            let text = try String(contentsOfFile: prefix + "/share/" + completion, encoding: .utf8)
            #expect(text.contains("ladder"), "\(completion)")
        }
        let version = try ChildProcess.run(prefix + "/bin/ladder", ["--version"], environment: ["HOME": scratch.path])
        #expect(version.standardOutput == "0.2.0\n")
    }
}
