import Foundation
import LadderCore
import LadderTestSupport
import Testing

/// Ratings, evidence, opinions, the chart, check-ins and history as a user runs them, each bad
/// input refused with exit 2 and nothing already kept changed.
@Suite struct AssessmentCommandTests {
    let scratch = ScratchDirectory()
    var progressPath: String { scratch.file("progress.json") }
    let present = "guide-present-to-executives"
    let track = "sharebird-kravchenko-senior-shipped-track-record"

    private func ladder(_ arguments: String...) throws -> LadderProcess.Result {
        try LadderProcess.run(arguments + ["--progress-file", progressPath])
    }

    private func json(_ result: LadderProcess.Result) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    private var saved: UserProgress { ProgressStore(path: progressPath).progress }

    /// The progress file's bytes, to show a refused command wrote nothing.
    private var savedBytes: Data? { FileManager.default.contents(atPath: progressPath) }

    // MARK: Ratings

    @Test func rateSetsEveryStepTickIsMeetingAndNoneClears() throws {
        #expect(try ladder("rate", present, "working-towards", track, "exceeding").status == 0)
        #expect(saved.rating(present) == .workingTowards)
        #expect(saved.rating(track) == .exceeding)
        #expect(try ladder("tick", present).status == 0)
        #expect(saved.rating(present) == .meeting)
        #expect(try ladder("rate", track, "none").status == 0)
        #expect(try ladder("untick", present).status == 0)
        #expect(saved.ratings.isEmpty)
    }

    @Test func anUnknownRatingExitsTwoListingTheValidOnesAndSavesNothing() throws {
        #expect(try ladder("rate", present, "meeting").status == 0)
        let before = savedBytes
        let result = try ladder("rate", track, "exceeding", present, "brilliant")
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "ladder: unknown rating \"brilliant\". Valid ratings: not-yet, working-towards, meeting, exceeding, or none to clear\n"
        )
        #expect(savedBytes == before)
    }

    @Test func progressJSONListsEachRatingWithItsTime() throws {
        #expect(try ladder("rate", present, "not-yet").status == 0)
        let ratings = try #require(try json(try ladder("progress", "--json"))["ratings"] as? [[String: Any]])
        #expect(ratings.map { $0["skill"] as? String } == [present])
        #expect(ratings.first?["rating"] as? String == "not-yet")
        #expect((ratings.first?["ratedAt"] as? String)?.hasSuffix("Z") == true)
    }

    // MARK: Evidence

    @Test func evidenceIsAddedListedNewestFirstAndRemovedByNumber() throws {
        #expect(try ladder("evidence", "add", present, "Ran the Q3 review", "--date", "2026-03-31").status == 0)
        #expect(try ladder("note", present, "Presented the plan").status == 0)
        let entries = try #require(
            try json(try ladder("evidence", "list", present, "--json"))["entries"] as? [[String: Any]])
        #expect(entries.map { $0["text"] as? String } == ["Presented the plan", "Ran the Q3 review"])
        #expect(entries.last?["date"] as? String == "2026-03-31")
        #expect(entries.first?["skill"] as? String == present)
        #expect(try ladder("evidence", "remove", present, "2").status == 0)
        #expect(saved.evidence(for: present).map(\.text) == ["Presented the plan"])
    }

    @Test(arguments: [
        (
            ["  "],
            "the evidence is empty: say what happened (`ladder evidence remove SKILL-ID N` removes an entry); nothing was saved"
        ),
        // Controls alone were kept and shown as an empty entry.
        (
            ["\u{1B}[31m \u{202E}"],
            "the evidence is empty: say what happened (`ladder evidence remove SKILL-ID N` removes an entry); nothing was saved"
        ),
        (
            ["\u{202E}\u{2066}\u{7F}"],
            "the evidence is empty: say what happened (`ladder evidence remove SKILL-ID N` removes an entry); nothing was saved"
        ),
        (
            ["text", "--date", "2026-02-30"],
            "\"2026-02-30\" is not a day: give YYYY-MM-DD, such as 2026-03-31; nothing was saved"
        ),
        (
            ["text", "--date", "31/03/2026"],
            "\"31/03/2026\" is not a day: give YYYY-MM-DD, such as 2026-03-31; nothing was saved"
        ),
        // Evidence dates are what happened (issue 30): a day to come is refused.
        (
            ["text", "--date", "9999-12-31"],
            "9999-12-31 is after today (\(ProgressFile.localDate(Date()))): evidence is what has happened; nothing was saved"
        ),
    ])
    func emptyEvidenceOrAnImpossibleDateExitsTwo(arguments: [String], message: String) throws {
        #expect(try ladder("note", present, "kept").status == 0)
        let before = savedBytes
        let result = try LadderProcess.run(
            ["evidence", "add", present] + arguments + ["--progress-file", progressPath])
        #expect(result.status == 2)
        #expect(result.standardError == "ladder: \(message)\n")
        #expect(savedBytes == before)
    }

    /// The same words on the same day again (in the same second, the store kept one) say so
    /// instead of "Added".
    @Test func theSameEvidenceAgainIsSaidToBeKeptAlready() throws {
        #expect(try ladder("evidence", "add", present, "Ran the Q3 review", "--date", "2026-03-31").status == 0)
        let again = try ladder("evidence", "add", present, "Ran the Q3 review", "--date", "2026-03-31")
        #expect(again.status == 0)
        #expect(
            again.standardOutput
                == "The same evidence of 2026-03-31 is already kept for \(present) (1 piece); nothing was added\n")
        #expect(saved.evidence(for: present).count == 1)
    }

    @Test func removingEvidenceThatIsNotThereExitsTwo() throws {
        #expect(try ladder("note", present, "kept").status == 0)
        let result = try ladder("evidence", "remove", present, "3")
        #expect(result.status == 2)
        #expect(result.standardError.contains("has 1 piece of evidence; there is no number 3"))
        #expect(saved.evidence(for: present).count == 1)
    }

    // MARK: Opinions and calibration

    /// A manager's file, written with ladder as they would.
    private func managerFile(_ pairs: String...) throws -> String {
        let path = scratch.file("from-manager.json")
        #expect(try LadderProcess.run(["rate"] + pairs + ["--progress-file", path]).status == 0)
        return path
    }

    @Test func anOpinionIsKeptListedCalibratedAndRemovedWithoutTouchingYourRatings() throws {
        #expect(try ladder("rate", present, "exceeding", track, "meeting").status == 0)
        let file = try managerFile(present, "not-yet", track, "working-towards")
        let ownBefore = savedBytes
        #expect(try ladder("opinion", "add", file, "--name", "manager").status == 0)
        #expect(try ladder("opinion", "list").standardOutput.hasPrefix("manager: 2 ratings"))

        let differences = try #require(try json(try ladder("calibrate", "--json"))["differences"] as? [[String: Any]])
        #expect(differences.map { ($0["skill"] as? [String: Any])?["id"] as? String } == [present, track])
        #expect(differences.map { $0["steps"] as? Int } == [3, 1])
        #expect(differences.first?["self"] as? String == "exceeding")
        let theirs = try #require(differences.first?["opinions"] as? [[String: Any]])
        #expect(theirs.first?["name"] as? String == "manager")
        #expect(theirs.first?["rating"] as? String == "not-yet")
        let text = try ladder("calibrate").standardOutput
        #expect(text.contains("Two steps or more apart: a serious disconnect (1)"))
        #expect(text.contains("you: exceeding · manager: not yet"))

        #expect(try ladder("opinion", "remove", "manager").status == 0)
        #expect(try ladder("opinion", "list").standardOutput.hasPrefix("No opinions kept."))
        #expect(savedBytes == ownBefore)
    }

    @Test func theOpinionIsACopyTheSendersLaterEditsDoNotReachIt() throws {
        let file = try managerFile(present, "meeting")
        #expect(try ladder("opinion", "add", file, "--name", "jane").status == 0)
        #expect(try LadderProcess.run(["rate", present, "not-yet", "--progress-file", file]).status == 0)
        #expect(try ladder("rate", present, "meeting").status == 0)
        #expect(try ladder("calibrate").standardOutput.contains("0 skills rated differently"))
        // Their newer file, kept in one step under the same name (any case).
        let again = try ladder("opinion", "add", file, "--name", "jane")
        #expect(again.status == 2)
        #expect(
            again.standardError.contains("an opinion named jane is already kept; --replace keeps this file instead"))
        let replaced = try ladder("opinion", "add", file, "--name", "JANE", "--replace")
        #expect(replaced.status == 0, "\(replaced.standardError)")
        #expect(replaced.standardOutput.contains("as the opinion jane "))
        #expect(try ladder("calibrate").standardOutput.contains("1 skill rated differently"))
    }

    enum BadOpinion: String, CaseIterable {
        case missing, damaged, foreign, directory, duplicateName, badName, device
    }

    @Test(arguments: BadOpinion.allCases)
    func aBadOpinionExitsTwoAndChangesNothingKept(_ bad: BadOpinion) throws {
        let kept = try managerFile(present, "meeting")
        #expect(try ladder("opinion", "add", kept, "--name", "manager").status == 0)
        let keptCopy = scratch.file("progress.json.opinions/manager.json")
        let keptBytes = FileManager.default.contents(atPath: keptCopy)

        var (file, name) = (kept, "jane")
        switch bad {
        case .missing: file = scratch.file("nowhere.json")
        case .damaged:
            file = scratch.file("damaged.json");
            try scratch.write("{\"schemaVersion\": 3, \"ratings\": {", to: "damaged.json")
        case .foreign:
            file = scratch.file("foreign.json");
            try scratch.write("{\"schemaVersion\": 2, \"skills\": []}", to: "foreign.json")
        case .directory: file = scratch.path
        case .duplicateName: name = "manager"
        case .badName: name = "../../progress"
        case .device: file = "/dev/zero"
        }
        let result = try ladder("opinion", "add", file, "--name", name)
        #expect(result.status == 2, "\(result.standardError)")
        #expect(result.standardError.hasSuffix("; nothing was kept\n"))
        #expect(!result.standardError.contains("\u{1B}"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: scratch.file("progress.json.opinions")) == [
                "manager.json"
            ])
        #expect(FileManager.default.contents(atPath: keptCopy) == keptBytes)
    }

    @Test func removingAnOpinionNotKeptNamesTheOnesThatAre() throws {
        #expect(try ladder("opinion", "add", try managerFile(present, "meeting"), "--name", "manager").status == 0)
        let result = try ladder("opinion", "remove", "jane")
        #expect(result.status == 2)
        #expect(result.standardError == "ladder: no opinion named \"jane\". Kept: manager\n")
    }

    // MARK: The chart

    @Test func theChartIsPlainTextWithALegendAndATableOfEveryArea() throws {
        #expect(try ladder("level", "set", "target", "director").status == 0)
        #expect(try ladder("opinion", "add", try managerFile(present, "meeting"), "--name", "manager").status == 0)
        let result = try ladder("chart")
        #expect(result.status == 0)
        let text = result.standardOutput
        #expect(!text.contains("\u{1B}"))
        #expect(text.hasPrefix("Director of Product: the skill areas\n"))
        #expect(text.contains("o  Director asks: the share of its experts who name the area"))
        #expect(text.contains("*  manager: the same, from their ratings"))
        let table = text.split(separator: "\n").drop { !$0.hasPrefix("Area") }
        // A header and one row per area of the catalog, empty areas too.
        let areas = try #require(try json(try ladder("chart", "--json"))["areas"] as? [[String: Any]])
        #expect(table.count == areas.count + 1)
        #expect(areas.count == 10)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func theChartNeedsALevelItKnows() throws {
        let none = try ladder("chart")
        #expect(none.status == 2)
        #expect(
            none.standardError
                == "ladder: name a level (`ladder chart senior-pm`), or set yours with `ladder level set`\n")
        let unknown = try ladder("chart", "Wizard")
        #expect(unknown.status == 2)
        #expect(unknown.standardError.hasPrefix("ladder: unknown level \"Wizard\". Valid levels: apm, pm, senior-pm"))
    }

    // MARK: Check-ins and history

    @Test func aCheckinFreezesRatingsAndHistoryShowsWhatChanged() throws {
        #expect(try ladder("level", "set", "current", "senior-pm").status == 0)
        #expect(try ladder("level", "set", "target", "director").status == 0)
        #expect(try ladder("rate", present, "working-towards").status == 0)
        #expect(try ladder("checkin", "--message", "Mid-year").status == 0)
        #expect(try ladder("rate", present, "meeting", track, "meeting").status == 0)
        #expect(try ladder("checkin", "--message", "Q4").status == 0)

        let checkins = try #require(try json(try ladder("history", "--json"))["checkins"] as? [[String: Any]])
        #expect(checkins.map { $0["message"] as? String } == ["Mid-year", "Q4"])
        #expect(checkins.last?["targetLevel"] as? String == "director")
        let changed = try #require(checkins.last?["changed"] as? [[String: Any]])
        #expect(changed.map { $0["skill"] as? String } == [present, track])
        #expect(changed.map { $0["from"] as? String } == ["working-towards", nil])
        #expect(changed.map { $0["to"] as? String } == ["meeting", "meeting"])
        let areas = try #require(checkins.last?["areas"] as? [[String: Any]])
        #expect(Set(areas.compactMap { $0["level"] as? String }) == ["senior-pm", "director"])
        #expect(areas.allSatisfy { Set($0.keys) == ["area", "level", "met", "total"] })
    }

    @Test func aCheckinKeepsTheSkillsWordsWhenTheCatalogNoLongerHasThem() throws {
        // A check-in made when the catalog had a skill it has since dropped.
        try scratch.write(
            """
            {"schemaVersion": 3, "ratings": {}, "evidence": {}, "checkins": [
              {"at": "2026-01-05T10:00:00Z", "message": "Old", "ratings": {"retired-skill": "meeting"},
               "skills": {"retired-skill": {"summary": "Wrote the quarterly memo", "area": "communication", "areaName": "Communication"}},
               "areas": []}]}
            """, to: "progress.json")
        let result = try ladder("history")
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("[ ] -> [x]  Wrote the quarterly memo"))
    }

    @Test func theFirstWriteToAnOldFileKeepsACopyAndSaysSoOnce() throws {
        try scratch.write(
            """
            {"schemaVersion": 2, "ticks": {"\(present)": "2026-03-01T09:00:00Z"}, "notes": {"\(present)": "Q3 plan"}}
            """, to: "progress.json")
        let first = try ladder("rate", track, "meeting")
        #expect(first.status == 0)
        #expect(first.standardOutput.contains("progress.json.v2.bak"))
        #expect(FileManager.default.fileExists(atPath: progressPath + ".v2.bak"))
        #expect(saved.rating(present) == .meeting)
        #expect(saved.evidence(for: present).map(\.text) == ["Q3 plan"])
        #expect(!(try ladder("rate", track, "exceeding").standardOutput.contains(".bak")))
    }
}
