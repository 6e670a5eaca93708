import Foundation
import LadderCLI
import LadderTestSupport
import Testing

/// docs/commands.md's reference part is every command's `--help`, generated; run
/// `LADDER_RECORD_SNAPSHOTS=1 swift test --filter CommandReferenceTests` to write it again.
@Suite struct CommandReferenceTests {
    @Test func theCommandReferenceIsEveryCommandsOwnHelp() throws {
        let generated = LadderCommand.referenceMarkdown()
        let section = GeneratedSection("commands.md", begin: "<!-- generated from each command's --help: begin -->\n")
        #expect(
            try section.current(recording: generated) == generated,
            "docs/commands.md is out of date: LADDER_RECORD_SNAPSHOTS=1 swift test --filter CommandReferenceTests")
        // Every command is there, nested ones included.
        #expect(generated.contains("### `ladder team add`") && generated.contains("### `ladder evidence remove`"))
    }
}
