import Foundation
import LadderTestSupport
import Testing

/// Tab completion as the generated shell scripts ask for it: the script runs
/// `ladder ---completion SUBCOMMAND -- ARGUMENT WORD-INDEX CURSOR WORDS...`, and each line of
/// the answer is a candidate.
@Suite struct CompletionTests {
    let scratch = ScratchDirectory()
    var environment: [String: String] {
        ["XDG_DATA_HOME": scratch.file("data"), "LADDER_PROGRESS": scratch.file("progress.json"), "SAP_SHELL": "bash"]
    }

    /// The candidates for the last of `words` (the one being typed), as argument `argument`.
    private func complete(_ command: [String], _ argument: String, _ words: String...) throws -> [String] {
        let result = try LadderProcess.run(
            ["---completion"] + command + [
                "--", argument, String(words.count - 1),
                String(words.last!.count),
            ] + words, environment: environment)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        return result.standardOutput.split(separator: "\n").map(String.init)
    }

    @Test func levelsCompleteByIdTitleAndAlias() throws {
        #expect(
            try complete(["show"], "positional@0", "ladder", "show", "dir") == [
                "director", "Director of Product", "Director",
                "Director of Product Management", "Director PM",
            ])
        #expect(try complete(["show"], "positional@0", "ladder", "show", "Sr").contains("Sr PM"))
        // Quoted as the shell passes it, the quote is not part of the name.
        #expect(
            try complete(["show"], "positional@0", "ladder", "show", "\"Senior Prod").contains("Senior Product Manager")
        )
        #expect(
            try complete(["level", "set"], "positional@1", "ladder", "level", "set", "current", "gro").first
                == "group-pm")
        #expect(try complete(["packet"], "--target", "ladder", "packet", "--target", "cp").first == "cpo")
    }

    @Test func skillsCompleteByIdInstalledFrameworksIncluded() throws {
        let skills = try complete(["tick"], "positional@0", "ladder", "tick", "sharebird-kravchenko-director-def")
        #expect(skills == ["sharebird-kravchenko-director-defend-strategy"])
        try scratch.write(
            "Category,Competency,Senior PM,Director\nCraft,Memos,Writes the quarterly memo,Sets the memo format\n",
            to: "acme.csv")
        let imported = try LadderProcess.run(
            ["import", scratch.file("acme.csv"), "--name", "Acme"], environment: environment)
        #expect(imported.status == 0, "\(imported.standardError)")
        let company = try complete(["evidence", "add"], "positional@0", "ladder", "evidence", "add", "acme")
        #expect(company.count == 2 && company.allSatisfy { $0.hasPrefix("acme-") })
        #expect(
            try complete(["frameworks", "remove"], "positional@0", "ladder", "frameworks", "remove", "") == ["acme"])
        // Rate takes skills and ratings in turn: both are offered.
        #expect(
            try complete(["rate"], "positional@0", "ladder", "rate", "cagan-coaches-product-people", "work") == [
                "working-towards"
            ])
    }

    @Test func opinionsAndTheTeamCompleteFromTheFilesBesideTheProgressFile() throws {
        let other = scratch.file("elsewhere/progress.json")
        let manager = scratch.file("manager.json")
        #expect(
            try LadderProcess.run(["rate", "cagan-coaches-product-people", "meeting", "--progress-file", manager])
                .status == 0)
        #expect(
            try LadderProcess.run(["opinion", "add", manager, "--name", "Ana", "--progress-file", other]).status == 0)
        #expect(try LadderProcess.run(["team", "add", manager, "--name", "Bo", "--progress-file", other]).status == 0)
        // The default progress file keeps none; the one the line names keeps Ana.
        #expect(try complete(["opinion", "remove"], "positional@0", "ladder", "opinion", "remove", "").isEmpty)
        #expect(
            try complete(
                ["opinion", "remove"], "positional@0", "ladder", "opinion", "remove", "--progress-file", other, "") == [
                    "Ana"
                ])
        #expect(
            try complete(["team", "remove"], "positional@0", "ladder", "team", "remove", "--progress-file", other, "b")
                == ["Bo"])
    }

    @Test func aNameTheShellWouldExpandIsNeverOffered() throws {
        let marker = scratch.file("ran")
        try scratch.write(
            "Category,Competency,Junior $(touch \(marker)),Senior `touch \(marker)`\nCraft,Memos,Writes memos,Sets the format\n",
            to: "evil.csv")
        let imported = try LadderProcess.run(
            ["import", scratch.file("evil.csv"), "--name", "Evil"], environment: environment)
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(
            try complete(["show"], "positional@0", "ladder", "show", "").allSatisfy {
                !$0.contains("$") && !$0.contains("`")
            })
        // Its ids still are.
        #expect(try complete(["show"], "positional@0", "ladder", "show", "evil").first?.hasPrefix("evil-") == true)

        // Tab in a real bash with the generated script, over every level: nothing runs.
        let script = try LadderProcess.run(["--generate-completion-script", "bash"]).standardOutput
        try scratch.write(script, to: "ladder.bash")
        let binary = LadderProcess.binary.deletingLastPathComponent().path
        let bash = """
            source \(scratch.file("ladder.bash"))
            for typed in '' J S '$' '`'; do
              COMP_WORDS=(ladder show "$typed"); COMP_CWORD=2; COMP_LINE="ladder show $typed"; COMP_POINT=${#COMP_LINE}
              COMPREPLY=(); _ladder ladder "$typed" show
            done
            """
        var environment = environment
        environment["PATH"] = binary + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        _ = try LadderProcess.run(
            ["-c", bash], executable: URL(fileURLWithPath: "/bin/bash"), environment: environment)
        #expect(!FileManager.default.fileExists(atPath: marker), "a completion ran a command")
    }

    @Test func aBrokenInstalledFrameworkOffersTheRestQuietly() throws {
        try FileManager.default.createDirectory(
            atPath: scratch.file("data/ladder/frameworks"), withIntermediateDirectories: true)
        try scratch.write("{ not json", to: "data/ladder/frameworks/broken.json")
        #expect(try complete(["show"], "positional@0", "ladder", "show", "cp").first == "cpo")
    }
}
