import Foundation
import LadderCLI
import Testing

/// docs/commands.md's reference part is every command's `--help`, generated; run
/// `LADDER_RECORD_SNAPSHOTS=1 swift test --filter CommandReferenceTests` to write it again.
@Suite struct CommandReferenceTests {
    @Test func theCommandReferenceIsEveryCommandsOwnHelp() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/commands.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let begin = "<!-- generated from each command's --help: begin -->\n", end = "<!-- generated: end -->"
        let start = try #require(text.range(of: begin)), stop = try #require(text.range(of: end))
        let generated = LadderCommand.referenceMarkdown()
        if ProcessInfo.processInfo.environment["LADDER_RECORD_SNAPSHOTS"] == "1" {
            try (String(text[..<start.upperBound]) + generated + String(text[stop.lowerBound...]))
                .write(to: docs, atomically: true, encoding: .utf8)
        }
        #expect(
            String(text[start.upperBound..<stop.lowerBound]) == generated,
            "docs/commands.md is out of date: LADDER_RECORD_SNAPSHOTS=1 swift test --filter CommandReferenceTests")
        // Every command is there, nested ones included.
        #expect(generated.contains("### `ladder team add`") && generated.contains("### `ladder evidence remove`"))
    }
}
