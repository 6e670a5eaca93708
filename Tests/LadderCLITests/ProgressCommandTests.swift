import Foundation
import LadderCore
import Testing
import LadderTestSupport

/// The progress commands as a user runs them, against a progress file in a scratch directory.
@Suite struct ProgressCommandTests {
    let scratch = ScratchDirectory()
    var progressPath: String { scratch.file("progress.json") }

    private func ladder(_ arguments: String...) throws -> LadderProcess.Result {
        try LadderProcess.run(arguments + ["--progress-file", progressPath])
    }

    @Test func tickUntickNoteAndLevelsLandInTheFile() throws {
        #expect(
            try ladder("tick", "cagan-expert-on-users-and-customers", "sharebird-kravchenko-senior-self-directed")
                .status == 0)
        #expect(try ladder("untick", "sharebird-kravchenko-senior-self-directed").status == 0)
        #expect(try ladder("note", "cagan-expert-on-users-and-customers", "visited 12 customers").status == 0)
        #expect(try ladder("level", "set", "current", "Sr PM").status == 0)
        #expect(try ladder("level", "set", "target", "Head of Product").status == 0)
        let progress = ProgressStore(path: progressPath).progress
        #expect(Array(progress.ratings.keys) == ["cagan-expert-on-users-and-customers"])
        #expect(progress.evidence["cagan-expert-on-users-and-customers"]?.map(\.text) == ["visited 12 customers"])
        #expect(progress.currentLevel == "senior-pm")
        #expect(progress.targetLevel == "vp")
    }

    /// `ladder log`: evidence in one line for the one skill the words name; several, none, a
    /// day after today or a change instead of a skill save nothing (issue 30).
    @Test func logKeepsEvidenceForTheOneSkillTheWordsName() throws {
        let logged = try ladder(
            "log", "Presented the Q3 plan", "--skill", "presentations executive", "--date", "2026-09-14")
        #expect(logged.status == 0, "\(logged.standardError)")
        #expect(logged.standardOutput.hasPrefix("Added evidence of 2026-09-14 to guide-present-to-executives"))
        #expect(
            try ladder("log", "Reviewed the roadmap", "--skill", "sharebird-baskaran-senior-own-roadmap").status == 0)

        let several = try ladder("log", "Did a thing", "--skill", "strategy")
        #expect(several.status == 2)
        #expect(several.standardError.contains("names ") && several.standardError.contains("Nothing was saved"))
        #expect(several.standardError.contains("\n  guide-define-product-area-strategy  "), "candidates with their ids")
        #expect(several.standardError.contains("more"))
        for arguments in [
            ["log", "x", "--skill", "zzqq nothing"],
            ["log", "x", "--skill", "presentations executive", "--date", "2999-01-01"],
            ["log", "x", "--skill", "guide-associate-not-expected-to-set-strategy"],
            ["log", " ", "--skill", "presentations executive"],
        ] {
            let refused = try LadderProcess.run(arguments + ["--progress-file", progressPath])
            #expect(refused.status == 2, "\(arguments): \(refused.standardError)")
        }
        let evidence = ProgressStore(path: progressPath).progress.evidence
        #expect(evidence["guide-present-to-executives"]?.map(\.text) == ["Presented the Q3 plan"])
        #expect(evidence.values.reduce(0) { $0 + $1.count } == 2)
    }

    /// Setting the current level at or past the target clears the target, with a word.
    @Test func aCurrentLevelAtTheTargetClearsIt() throws {
        #expect(try ladder("level", "set", "current", "senior-pm").status == 0)
        #expect(try ladder("level", "set", "target", "director").status == 0)
        let set = try ladder("level", "set", "current", "director")
        #expect(set.status == 0)
        #expect(
            set.standardOutput.contains("Your target, Director, was cleared: Director is your current level"),
            "\(set.standardOutput)")
        #expect(ProgressStore(path: progressPath).progress.targetLevel == nil)
        #expect(!(try ladder("progress").standardOutput.contains("Target level:  Director")))
    }

    /// History reads as a person would say it: levels by title, the first check-in as where
    /// the record starts, and a skill gone from the catalog by its whole id (issue 30).
    @Test func historySaysLevelsByTitleAndTheFirstCheckInAsTheStart() throws {
        #expect(try ladder("level", "set", "current", "senior-pm").status == 0)
        #expect(try ladder("level", "set", "target", "director").status == 0)
        #expect(try ladder("tick", "guide-present-to-executives").status == 0)
        #expect(try ladder("checkin", "--message", "first").status == 0)
        #expect(try ladder("rate", "guide-present-to-executives", "exceeding").status == 0)
        #expect(try ladder("checkin", "--message", "second").status == 0)
        let text = try LadderProcess.run(["history", "--progress-file", progressPath], environment: ["COLUMNS": "80"])
            .standardOutput
        #expect(text.contains("at Senior PM, aiming for Director"), "\(text)")
        #expect(text.contains("1 rating at this first check-in:"))
        #expect(text.contains("1 rating changed since the check-in before:"))
        #expect(!text.contains("senior-pm"))
    }

    /// A rating frozen for a skill the catalog no longer has shows its id whole on a line of its own.
    @Test func historyShowsAGoneSkillByItsWholeId() throws {
        let gone = "acme-an-imported-skill-with-an-identifier-long-enough-to-wrap-at-eighty"
        var progress = UserProgress()
        progress.checkins = [
            Checkin(
                at: "2026-01-05T09:00:00Z", message: "", currentLevel: nil, targetLevel: nil,
                ratings: [gone: .meeting], skills: [:], areas: [])
        ]
        try scratch.write(ProgressFile.encode(progress), to: "progress.json")
        let text = try LadderProcess.run(["history", "--progress-file", progressPath], environment: ["COLUMNS": "80"])
            .standardOutput
        #expect(text.contains("a skill no longer in the catalog:"), "\(text)")
        #expect(text.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == gone }, "\(text)")
    }

    @Test func tickAndUntickSayWhatActuallyChanged() throws {
        #expect(try ladder("tick", "cagan-visits-customers").standardOutput == "Ticked 1 skill in \(progressPath)\n")
        #expect(
            try ladder("tick", "cagan-visits-customers", "cagan-expert-on-users-and-customers").standardOutput
                == "Ticked 1 skill (1 already ticked) in \(progressPath)\n")
        #expect(
            try ladder("untick", "cagan-visits-customers", "forum-wins-buy-in").standardOutput
                == "Cleared the ratings of 1 skill (1 not rated) in \(progressPath)\n")
    }

    @Test func aDirectoryIsNeverRepairedAway() throws {
        try FileManager.default.createDirectory(atPath: progressPath, withIntermediateDirectories: true)
        let result = try ladder("progress", "--repair")
        #expect(result.status == 2)
        #expect(result.standardError.contains("is a directory, not a file; nothing was moved"))
        #expect(scratch.names() == ["progress.json"])
    }

    @Test func theEnvironmentVariableChoosesTheFileToo() throws {
        let result = try LadderProcess.run(
            ["tick", "cagan-visits-customers"], environment: ["LADDER_PROGRESS": progressPath])
        #expect(result.status == 0)
        #expect(ProgressStore(path: progressPath).progress.isTicked("cagan-visits-customers"))
    }

    @Test func anUnknownSkillIdSuggestsTheClosestAndSavesNothing() throws {
        let result = try ladder("tick", "cagan-visits-customer", "cagan-expert-on-users-and-customers")
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "ladder: unknown skill id \"cagan-visits-customer\". Did you mean: cagan-visits-customers?\n")
        #expect(scratch.names() == [])
    }

    @Test func progressReportsLevelsAndOrphanedTicks() throws {
        try scratch.write(
            """
            {"schemaVersion": 2, "currentLevel": "senior-pm",
             "ticks": {"cagan-visits-customers": "2026-01-01T00:00:00Z", "retired-skill": "2025-05-05T00:00:00Z"}}
            """, to: "progress.json")
        let plain = try ladder("progress")
        #expect(plain.status == 0)
        #expect(plain.standardOutput.contains("Current level: Senior Product Manager (senior-pm)"))
        #expect(plain.standardOutput.contains("\n  retired-skill (meeting, 2025-05-05)\n"))
        let json = try ladder("progress", "--json")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["file", "currentLevel", "targetLevel", "levels", "ratings", "orphanedRatings"])
        #expect(
            (object["orphanedRatings"] as? [[String: String]])
                == [["skill": "retired-skill", "rating": "meeting", "ratedAt": "2025-05-05T00:00:00Z"]])
        // Orphans survive any later change untouched.
        #expect(try ladder("tick", "cagan-expert-on-users-and-customers").status == 0)
        #expect(
            ProgressStore(path: progressPath).progress.ratings["retired-skill"]
                == RatingRecord(.meeting, at: "2025-05-05T00:00:00Z"))
    }

    @Test(arguments: [
        (
            "not json",
            "is not valid JSON (line 1, column 1: expected a value (a string, number, object, array, true, false or null))"
        ),
        (
            "{\"schemaVersion\": 2, \"ticks\": [\"a\"]}",
            "is not a ladder progress file (ticks: expected an object of skill id to time)"
        ),
        ("{\"schemaVersion\": 9}", "was written by a newer ladder (schema version 9; this one reads up to 3)"),
    ])
    func everyCommandLeavesADamagedFileByteForByte(text: String, problem: String) throws {
        try scratch.write(text, to: "progress.json")
        let changes = [
            ["tick", "cagan-visits-customers"], ["untick", "cagan-visits-customers"],
            ["note", "cagan-visits-customers", "x"], ["level", "set", "current", "pm"], ["level", "clear", "target"],
            ["progress"], ["progress", "--json"],
        ]
        for arguments in changes {
            let result = try LadderProcess.run(arguments + ["--progress-file", progressPath])
            #expect(result.status == 2, "\(arguments)")
            #expect(
                result.standardError == "ladder: the progress file \(progressPath) \(problem). It was left untouched; "
                    + "run `ladder progress --repair` to move it aside and start afresh.\n")
        }
        // Pages that only read still work, with a warning.
        let show = try ladder("show", "pm")
        #expect(show.status == 0)
        #expect(show.standardError.hasPrefix("ladder: warning: ratings not shown: the progress file"))
        #expect(scratch.text("progress.json") == text)
        #expect(scratch.names() == ["progress.json"])
    }

    @Test func repairMovesTheBadFileAsideAndPrintsBothPaths() throws {
        try scratch.write("{oops", to: "progress.json")
        let result = try ladder("progress", "--repair")
        #expect(result.status == 0)
        let moved = try #require(scratch.names().first { $0.hasPrefix("progress.json.broken-") })
        #expect(result.standardOutput.contains("Moved it aside to \(scratch.file(moved))"))
        #expect(result.standardOutput.contains("Starting afresh at \(progressPath)"))
        #expect(scratch.text(moved) == "{oops")
        #expect(try ladder("tick", "cagan-visits-customers").status == 0)
    }

    @Test func aSaveThatCannotBeWrittenExitsOneWithTheReason() throws {
        try scratch.write("not a directory", to: "blocker")
        let result = try LadderProcess.run([
            "tick", "cagan-visits-customers", "--progress-file", scratch.file("blocker/progress.json"),
        ])
        #expect(result.status == 1)
        #expect(
            result.standardError
                == "ladder: could not save progress: cannot use the directory \(scratch.file("blocker")): Not a directory; nothing was changed\n"
        )
    }
}
