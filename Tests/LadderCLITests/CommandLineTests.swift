import Foundation
import LadderCore
import LadderText
import Testing
import LadderFiles

/// The `ladder` binary as scripts use it: exit statuses, errors and JSON.
@Suite struct CommandLineTests {
    /// Help says where things are documented and what they match (issue 30's docs drift).
    @Test func helpPointsWhereTheShapesAreAndNamesWhatMatches() throws {
        let show = try LadderProcess.run(["show", "--help"]).standardOutput
        #expect(show.contains("docs/commands.md") && !show.contains("documented in the README"))
        #expect(try LadderProcess.run(["keys", "--help"]).standardOutput.contains("--markdown"))
        #expect(try LadderProcess.run(["search", "--help"]).standardOutput.contains("or level"))
        for arguments in [["progress", "--help"], ["frameworks", "remove", "--help"]] {
            let help = try LadderProcess.run(arguments).standardOutput
            #expect(!help.contains("ticks"), "\(arguments): \(help)")
        }
    }

    /// Going down, what changes says what the higher level has that the lower has not, never
    /// "0 new skills, 0 left behind" over a list of everything left (issue 30 defect 1).
    @Test func goingDownSaysWhatWouldBeLeft() throws {
        let down = try LadderProcess.run(["compare", "director", "senior-pm"]).standardOutput
        let headline = down.split(separator: "\n\n")[0].split(separator: "\n").dropFirst().joined(separator: " ")
        #expect(
            headline.hasPrefix("Senior PM is not above Director: ")
                && headline.contains(" skills of Director not at Senior PM, 0 skills"),
            "\(headline)")
        #expect(!down.contains("0 new skills"))
        let up = try LadderProcess.run(["compare", "senior-pm", "director"]).standardOutput
        #expect(up.split(separator: "\n")[1].contains(" new skills, "))
    }

    @Test func unknownLevelIsAUsageErrorListingValidIds() throws {
        let result = try LadderProcess.run(["show", "cto-of-everything"])
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError.hasPrefix(
                "ladder: unknown level \"cto-of-everything\". Valid levels: apm, pm, senior-pm,"))
    }

    @Test func unknownSourceIsAUsageErrorListingValidIds() throws {
        let result = try LadderProcess.run(["show", "pm", "--source", "blog"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("unknown source \"blog\". Valid sources: cagan-lenny, complete-guide,"))
    }

    @Test func levelsAreAcceptedByAlias() throws {
        let result = try LadderProcess.run(["show", "Head of Product", "--expert", "baryshnikova"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("VP / Head of Product (vp)\n"))
        #expect(result.standardOutput.contains("Natalia Baryshnikova"))
        #expect(!result.standardOutput.contains("Subu Baskaran"))
    }

    @Test func catalogJSONHasEveryPart() throws {
        let result = try LadderProcess.run(["catalog", "--json"])
        #expect(result.status == 0)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["schemaVersion", "areas", "levels", "tracks", "sources", "experts", "skills"])
        let skills = try #require(json["skills"] as? [[String: Any]])
        #expect(skills.count >= 120)
        // Every entry says its scope and kind; level entries name their levels, role entries none.
        for skill in skills {
            #expect(
                Set(skill.keys).isSuperset(of: [
                    "id", "scope", "kind", "source", "expert", "area", "summary", "quote", "locator",
                ]))
            #expect((skill["levels"] != nil) == (skill["scope"] as? String == "level"))
        }
        #expect(Set(skills.compactMap { $0["scope"] as? String }) == ["level", "role"])
        let tracks = try #require(json["tracks"] as? [[String: Any]])
        #expect(tracks.map { $0["id"] as? String } == ["ic", "management"])
    }

    @Test func jsonOutputIsStable() throws {
        let first = try LadderProcess.run(["compare", "senior-pm", "director", "--json"])
        let second = try LadderProcess.run(["compare", "senior-pm", "director", "--json"])
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8)) as? [String: Any])
        #expect(
            Set(json.keys) == ["from", "to", "newAreas", "droppedAreas", "added", "removed", "changes", "notOnTheWay"])
    }

    @Test func compareCanPutChosenExpertsSideBySide() throws {
        let result = try LadderProcess.run([
            "compare", "director", "--expert", "kravchenko", "--expert", "baryshnikova",
        ])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Speaking to Director: Anton Kravchenko, Natalia Baryshnikova\n"))
        let unknown = try LadderProcess.run(["compare", "director", "--expert", "nobody"])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.hasPrefix("ladder: no expert matching \"nobody\" speaks to Director."))
        // An expert with a column on Director and one on the PM role is named once.
        let named =
            unknown.standardError.split(separator: ":").last.map {
                $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            } ?? []
        #expect(!named.isEmpty && named.count == Set(named).count, "\(named)")
    }

    @Test func comparingALevelWithItselfIsAUsageError() throws {
        let result = try LadderProcess.run(["compare", "director", "Director of Product"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("compare two different levels"))
    }

    @Test(arguments: [["bogus"], ["search"], ["level", "set", "middle", "pm"]])
    func argumentErrorsExitTwoToo(arguments: [String]) throws {
        let result = try LadderProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.standardError.contains("Usage:"))
    }

    @Test func catalogWithoutJSONSaysHow() throws {
        let result = try LadderProcess.run(["catalog"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("ladder catalog --json"))
    }

    /// The catalog is compiled in: a binary copied alone to another directory still has it all.
    @Test func aCopiedBinaryCarriesTheWholeCatalog() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("ladder")
        // Written with close-on-exec, so children that other tests spawn meanwhile do not keep
        // it open for writing (which makes executing it fail with "Text file busy").
        let binary = try #require(try FileIO.read(LadderProcess.binary.path))
        try FileIO.writeAtomically(binary, to: copy.path, mode: 0o755)
        let original = try LadderProcess.run(["catalog", "--json"])
        let copied = try LadderProcess.runRetryingBusyExecutable(["catalog", "--json"], executable: copy)
        #expect(copied.status == 0)
        #expect(copied.standardOutput == original.standardOutput)
    }

    /// A typo of a command or a level suggests the nearest (issue 30); anything farther is
    /// left to the usual message.
    @Test func typosOfCommandsAndLevelsSuggestTheNearest() throws {
        let command = try LadderProcess.run(["shwo", "senior-pm"])
        #expect(command.status == 2)
        #expect(
            command.standardError
                == "ladder: unknown command \"shwo\"; did you mean \"show\"? (`ladder --help` lists them)\n")
        let level = try LadderProcess.run(["show", "drector"])
        #expect(level.status == 2)
        #expect(
            level.standardError.hasPrefix("ladder: unknown level \"drector\". Did you mean director? Valid levels: "))
        #expect(try LadderProcess.run(["xyzzy"]).standardError.hasPrefix("Error: Unexpected argument 'xyzzy'"))
        #expect(EditDistance.nearest(to: "tikc", in: ["tick", "untick", "note"]) == "tick")
        #expect(EditDistance.nearest(to: "pn", in: ["pm", "apm"]) == "pm")
        #expect(EditDistance.nearest(to: "zz", in: ["pm", "apm"]) == nil)
    }
}
