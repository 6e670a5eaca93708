import Foundation
import LadderCore
import LadderTestSupport
import LadderText
import Testing
import LadderFiles

/// `ladder team`: a manager keeps copies of reports' progress files (made here with ladder
/// itself) and sees who is ready for a level and where the team is thin.
@Suite struct TeamCommandTests {
    let scratch = ScratchDirectory()
    var environment: [String: String] {
        [
            "XDG_DATA_HOME": scratch.file("data"), "LADDER_PROGRESS": scratch.file("manager.json"),
            "XDG_CONFIG_HOME": scratch.file("config"),
        ]
    }

    private func ladder(_ arguments: String...) throws -> LadderProcess.Result {
        try LadderProcess.run(arguments, environment: environment)
    }

    /// A report's file, written by ladder as the report would: levels set, `ticks` skills ticked.
    private func report(_ name: String, ticks: [String]) throws -> String {
        let path = scratch.file("\(name).json")
        func run(_ arguments: [String]) throws {
            let result = try LadderProcess.run(arguments + ["--progress-file", path], environment: environment)
            #expect(result.status == 0, "\(arguments): \(result.standardError)")
        }
        try run(["level", "set", "current", "pm"])
        try run(["level", "set", "target", "senior-pm"])
        if !ticks.isEmpty { try run(["tick"] + ticks) }
        return path
    }

    @Test func reportsAreKeptListedShownAndRemoved() throws {
        let strategy = [
            "kax-design-organizations", "guide-present-to-executives",
            "sharebird-kravchenko-senior-shipped-track-record",
        ]
        let ana = try report("ana", ticks: strategy)
        let bo = try report("bo", ticks: [strategy[1]])
        let cy = try report("cy", ticks: [])
        for (name, file) in [("ana", ana), ("bo", bo), ("cy", cy)] {
            let kept = try ladder("team", "add", file, "--name", name)
            #expect(kept.status == 0, "\(kept.standardError)")
        }
        // The copies are private and upgraded in place of nothing: the reports' own files are untouched.
        #expect(FileIO.permissions(of: scratch.file("data/ladder/progress.json.team")) == nil)
        #expect(FileIO.permissions(of: scratch.file("manager.json.team")) == 0o700)
        #expect(FileIO.permissions(of: scratch.file("manager.json.team/ana.json")) == 0o600)

        let listed = try ladder("team", "list")
        #expect(
            listed.standardOutput.hasPrefix("ana: current Product Manager, target Senior PM, 3 ratings, kept "),
            "\(listed.standardOutput)")

        let shown = try ladder("team")
        #expect(shown.status == 0)
        let lines = shown.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 80 }, "\(shown.standardOutput)")
        let rows = lines.filter { line in ["ana ", "bo ", "cy "].contains { line.hasPrefix($0) } }.map {
            String($0.prefix(3))
        }
        #expect(rows == ["ana", "bo ", "cy "], "ordered by readiness: \(shown.standardOutput)")

        let json = try ladder("team", "--level", "senior-pm", "--json")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(object["level"] as? String == "senior-pm")
        let people = try #require(object["people"] as? [[String: Any]])
        #expect(people.map { $0["name"] as? String } == ["ana", "bo", "cy"])
        #expect(people.first?["currentLevel"] as? String == "pm")
        let readiness = people.compactMap { $0["readiness"] as? Double }
        #expect(readiness.count == 3 && readiness[0] > readiness[1] && readiness[1] > readiness[2] && readiness[2] == 0)
        let areas = try #require(people.first?["areas"] as? [[String: Any]])
        #expect(areas.allSatisfy { ($0["met"] as? Int ?? -1) <= ($0["total"] as? Int ?? -1) })
        let gaps = try #require(object["gaps"] as? [[String: Any]])
        #expect(gaps.first?["met"] as? Int == 0 && gaps.first?["of"] as? Int == 3)

        #expect(try ladder("team", "remove", "bo").standardOutput == "Removed what was kept as bo.\n")
        #expect(FileManager.default.fileExists(atPath: bo))
        #expect(try ladder("team", "list").standardOutput.split(separator: "\n").count == 2)
    }

    @Test func badAddsKeepNothing() throws {
        let ana = try report("ana", ticks: [])
        #expect(try ladder("team", "add", ana, "--name", "ana").status == 0)
        let before = scratch.bytes("manager.json.team/ana.json")
        let again = try ladder("team", "add", ana, "--name", "ana")
        #expect(again.status == 2)
        #expect(
            again.standardError == "ladder: ana is already kept; --replace keeps this file instead. Nothing was kept\n")
        #expect(try ladder("team", "add", ana, "--name", "ana", "--replace").status == 0)
        // Names differ by more than case (one file on a case-insensitive file system).
        let cased = try ladder("team", "add", ana, "--name", "Ana")
        #expect(
            cased.standardError == "ladder: ana is already kept; --replace keeps this file instead. Nothing was kept\n")
        try scratch.write("{ not progress", to: "broken.json")
        for (file, name) in [
            (scratch.file("broken.json"), "x"), (scratch.file("missing.json"), "x"), (ana, "../escape"), (ana, "a/b"),
        ] {
            let result = try ladder("team", "add", file, "--name", name)
            #expect(result.status == 2, "\(file) \(name)")
            #expect(result.standardError.hasSuffix("; nothing was kept\n"), "\(result.standardError)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.file("manager.json.team")) == ["ana.json"])
        #expect(scratch.bytes("manager.json.team/ana.json") != nil && before != nil)
        #expect(try ladder("team", "remove", "nobody").status == 2)
    }

    /// The manager's own ratings of a report, kept beside their copy, show where the two are
    /// two steps or more apart; removing the person removes both files.
    @Test func theManagersRatingsShowCalibrationDrift() throws {
        let skills = [
            "guide-present-to-executives", "cagan-deep-market-understanding",
            "sharebird-kravchenko-senior-shipped-track-record",
        ]
        let ana = try report("ana", ticks: [])
        for (skill, rating) in zip(skills, ["exceeding", "meeting", "working-towards"]) {
            #expect(
                try LadderProcess.run(["rate", skill, rating, "--progress-file", ana], environment: environment).status
                    == 0)
        }
        let mine = scratch.file("ana-by-me.json")
        for (skill, rating) in zip(skills, ["working-towards", "not-yet", "meeting"]) {
            #expect(
                try LadderProcess.run(["rate", skill, rating, "--progress-file", mine], environment: environment).status
                    == 0)
        }
        #expect(try ladder("team", "add", ana, "--name", "ana").status == 0)
        let kept = try ladder("team", "add", mine, "--name", "ana", "--my-ratings")
        #expect(kept.status == 0, "\(kept.standardError)")
        #expect(kept.standardOutput.hasPrefix("Kept your 3 ratings of ana from "))
        #expect(FileIO.permissions(of: scratch.file("manager.json.team-ratings/ana.json")) == 0o600)
        #expect(try ladder("team", "list").standardOutput.contains("your 3 ratings of them kept"))

        // Exceeding against working towards, and meeting against not yet: two steps each; the
        // third differs by one and is not drift.
        let json = try ladder("team", "--level", "senior-pm", "--json")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let person = try #require((object["people"] as? [[String: Any]])?.first)
        let drift = try #require(person["drift"] as? [[String: Any]])
        #expect(Set(drift.compactMap { $0["skill"] as? String }) == Set(skills.prefix(2)))
        #expect(drift.allSatisfy { $0["steps"] as? Int == 2 })
        let exceeding = try #require(drift.first { $0["skill"] as? String == skills[0] })
        #expect(exceeding["theirs"] as? String == "exceeding" && exceeding["yours"] as? String == "working-towards")

        let text = try ladder("team", "--level", "senior-pm").standardOutput
        #expect(text.contains("Calibration drift: where your ratings and theirs differ by two steps or more"))
        #expect(text.contains("ana (2 skills)"))

        // Someone without the manager's ratings has drift null, not an empty list.
        #expect(try ladder("team", "add", try report("bo", ticks: []), "--name", "bo").status == 0)
        let both = try ladder("team", "--level", "senior-pm", "--json").standardOutput
        let people = try #require(
            (try JSONSerialization.jsonObject(with: Data(both.utf8)) as? [String: Any])?["people"] as? [[String: Any]])
        #expect(people.first { $0["name"] as? String == "bo" }?["drift"] is NSNull)

        #expect(try ladder("team", "remove", "ana").status == 0)
        #expect(!FileManager.default.fileExists(atPath: scratch.file("manager.json.team/ana.json")))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("manager.json.team-ratings/ana.json")))
        #expect(FileManager.default.fileExists(atPath: mine), "the manager's own file is never touched")
    }

    /// Ratings of someone with no copy kept are named in a warning, not silently ignored.
    @Test func ratingsWithoutACopyAreNamed() throws {
        let mine = try report("mine", ticks: ["guide-present-to-executives"])
        #expect(try ladder("team", "add", mine, "--name", "dee", "--my-ratings").status == 0)
        let shown = try ladder("team")
        #expect(shown.standardError.contains("your ratings of dee"), "\(shown.standardError)")
        #expect(shown.standardError.contains("no copy of dee's own file is kept"))
        #expect(try ladder("team", "remove", "dee").status == 0)
        #expect(try ladder("team").standardError.isEmpty)
    }

    /// A person goes by one name in both folders, whatever the case typed; remove takes any case.
    @Test func oneNameAcrossCopyAndRatingsWhateverTheCase() throws {
        let base = try report("base", ticks: [])
        #expect(try ladder("team", "add", base, "--name", "base").status == 0)
        let mine = try ladder("team", "add", base, "--name", "BASE", "--my-ratings")
        #expect(mine.status == 0)
        #expect(mine.standardOutput.contains("manager.json.team-ratings/base.json"), "\(mine.standardOutput)")
        #expect(try ladder("team", "list").standardOutput.contains("your 0 ratings of them kept"))
        let replaced = try ladder("team", "add", base, "--name", "Base", "--replace")
        #expect(replaced.standardOutput.contains("as base (") && replaced.standardOutput.contains("team/base.json"))
        #expect(try ladder("team", "remove", "BASE").status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.file("manager.json.team")).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.file("manager.json.team-ratings")).isEmpty)
    }

    /// The team folder must be a folder of ladder's own: a link or a file is refused, never
    /// written through, and never mistaken for "no team".
    @Test func aTeamFolderThatIsALinkOrAFileIsRefused() throws {
        let ana = try report("ana", ticks: [])
        try FileManager.default.createDirectory(atPath: scratch.file("elsewhere"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: scratch.file("manager.json.team"), withDestinationPath: scratch.file("elsewhere"))
        let linked = try ladder("team", "add", ana, "--name", "ana")
        #expect(linked.status == 1)
        #expect(
            linked.standardError.contains("is a link; ladder keeps copies only in a folder of its own"),
            "\(linked.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.file("elsewhere")).isEmpty)

        try FileManager.default.removeItem(atPath: scratch.file("manager.json.team"))
        try scratch.write("not a folder", to: "manager.json.team")
        let listed = try ladder("team", "list")
        #expect(listed.status == 1 && !listed.standardOutput.contains("No team kept"), "\(listed.standardOutput)")
        #expect(listed.standardError.contains("is not a folder"))
        #expect(try ladder("team").status == 1)
    }

    /// A copy planted as a link to nothing is named, not silently left out.
    @Test func aLinkToNothingInTheTeamFolderIsNamed() throws {
        #expect(try ladder("team", "add", try report("ana", ticks: []), "--name", "ana").status == 0)
        try FileManager.default.createSymbolicLink(
            atPath: scratch.file("manager.json.team/ghost.json"), withDestinationPath: scratch.file("nowhere.json"))
        let shown = try ladder("team", "list")
        #expect(shown.status == 0)
        #expect(
            shown.standardError.contains("ghost") && shown.standardError.contains("is a link to nothing"),
            "\(shown.standardError)")
    }

    /// Someone with no level to be measured against is listed as such in JSON too.
    @Test func peopleWithoutALevelAreListedInJSON() throws {
        let path = scratch.file("nolevel.json")
        #expect(
            try LadderProcess.run(
                ["tick", "guide-present-to-executives", "--progress-file", path], environment: environment
            ).status == 0)
        #expect(try ladder("team", "add", path, "--name", "drifter").status == 0)
        let json = try ladder("team", "--json").standardOutput
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["unplaced"] as? [String] == ["drifter"])
        #expect((object["people"] as? [Any])?.isEmpty == true)
    }

    /// A name with an escape in it is quoted with the escape shown, not silently dropped.
    @Test func aBadNameIsQuotedAsTyped() throws {
        let result = try ladder("team", "add", try report("ana", ticks: []), "--name", "a\u{1B}[31m")
        #expect(result.status == 2)
        #expect(result.standardError.contains("\"a\\u{1B}[31m\""), "\(result.standardError)")
    }
}
