import Foundation
@testable import LadderCLI
import LadderCore
import LadderTestSupport
import Testing

/// The 1:1 report, against a small fixed catalog and progress, compared with a golden file.
@Suite struct CareerReportTests {
    static let catalogFile = CatalogFile(
        name: "report-fixture.json",
        text: """
            {"schemaVersion": 2,
             "areas": [{"id": "strategy", "name": "Strategic thinking"}, {"id": "people", "name": "People"}],
             "levels": [{"id": "pm", "title": "Product Manager", "short": "PM"}, {"id": "senior-pm", "title": "Senior Product Manager", "short": "Senior PM"},
                        {"id": "principal-pm", "title": "Principal Product Manager", "short": "Principal PM"}, {"id": "director", "title": "Director of Product", "short": "Director"}],
             "tracks": [{"id": "ic", "title": "Individual contributor", "levels": ["pm", "senior-pm", "principal-pm"]},
                        {"id": "management", "title": "Management", "levels": ["pm", "senior-pm", "director"]}],
             "sources": [{"id": "talk", "title": "A placeholder talk", "kind": "podcast", "publisher": "Example Cast", "date": "2024-01-02", "address": "https://example.com/talk"}],
             "experts": [{"id": "ada", "name": "Ada Example"}, {"id": "bo", "name": "Bo Sample", "role": "Director", "company": "Example Co"}],
             "skills": [
              {"id": "roadmap", "scope": "level", "levels": ["pm", "senior-pm"], "source": "talk", "expert": "ada", "area": "strategy", "summary": "Owns a roadmap", "quote": "own the roadmap", "locator": "00:01:00"},
              {"id": "strategy", "scope": "level", "levels": ["senior-pm", "principal-pm"], "source": "talk", "expert": "bo", "area": "strategy", "summary": "Defines strategy for an area", "quote": "define the strategy", "locator": "00:02:00"},
              {"id": "mentor", "scope": "level", "levels": ["senior-pm", "director"], "source": "talk", "expert": "ada", "area": "people", "summary": "Mentors PMs", "quote": "mentor PMs", "locator": "00:03:00"},
              {"id": "hire", "scope": "level", "levels": ["director"], "source": "talk", "expert": "bo", "area": "people", "summary": "Hires a team", "quote": "hire a team", "locator": "00:04:00"},
              {"id": "vision", "scope": "level", "levels": ["director"], "source": "talk", "expert": "ada", "area": "strategy", "summary": "Sets a vision", "quote": "set a vision", "locator": "00:05:00"},
              {"id": "listen", "scope": "role", "source": "talk", "expert": "bo", "area": "people", "summary": "Listens to users", "quote": "listen to users", "locator": "00:06:00"}
             ]}
            """)

    static let progress = UserProgress(
        ratings: [
            "roadmap": RatingRecord(.meeting, at: "2026-03-01T09:00:00Z"),
            "mentor": RatingRecord(.exceeding, at: "2026-04-02T10:00:00Z"),
            "strategy": RatingRecord(.meeting, at: "2026-05-01T10:00:00Z"),
            "retired": RatingRecord(.meeting, at: "2025-01-01T00:00:00Z"),
        ],
        evidence: [
            "mentor": [
                EvidenceEntry(
                    date: "2026-04-01", text: "Coached two *new* PMs | see doc <link>", addedAt: "2026-04-02T10:00:00Z")
            ],
            "hire": [
                EvidenceEntry(date: "2026-05-10", text: "Interviewing for two roles", addedAt: "2026-05-10T10:00:00Z")
            ],
        ],
        currentLevel: "senior-pm", targetLevel: "director"
    )

    /// A manager's view: agrees on the roadmap, sees the strategy as not there yet.
    static let opinions = [
        Opinion(
            name: "manager",
            ratings: [
                "roadmap": RatingRecord(.meeting, at: "2026-05-01T00:00:00Z"),
                "strategy": RatingRecord(.notYet, at: "2026-05-01T00:00:00Z"),
                "mentor": RatingRecord(.meeting, at: "2026-05-01T00:00:00Z"),
            ])
    ]

    static func report() throws -> CareerReport {
        CareerReport(
            catalog: try Catalog.load([catalogFile]), progress: progress, opinions: opinions, date: "2026-11-21")
    }

    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden/report.md")

    @Test func markdownMatchesTheGoldenFile() throws {
        let markdown = try Self.report().markdown()
        if ProcessInfo.processInfo.environment["LADDER_RECORD_SNAPSHOTS"] == "1" {
            try markdown.write(to: Self.golden, atomically: true, encoding: .utf8)
            Issue.record("recorded Golden/report.md; check it and run again")
        }
        #expect(markdown == (try String(contentsOf: Self.golden, encoding: .utf8)))
    }

    @Test func jsonCarriesTheSameFacts() throws {
        let data = Data(try CatalogJSON.encode(try Self.report().json).utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(
            Set(json.keys) == [
                "date", "currentLevel", "targetLevel", "levels", "areas", "rated", "evidenceOnUnrated",
                "orphanedRatings", "opinions",
                "differences", "gaps", "sources",
            ])
        let unrated = try #require(json["evidenceOnUnrated"] as? [[String: Any]])
        #expect(
            (unrated.first?["evidence"] as? [[String: Any]])?.first?["text"] as? String == "Interviewing for two roles")
        #expect(json["orphanedRatings"] as? [String] == ["retired"])
        let rated = try #require(json["rated"] as? [[String: Any]])
        // The highest rating first, then the oldest.
        #expect(
            rated.compactMap { ($0["skill"] as? [String: Any])?["id"] as? String } == ["mentor", "roadmap", "strategy"])
        #expect(rated.compactMap { $0["rating"] as? String } == ["exceeding", "meeting", "meeting"])
        #expect(
            (rated.first?["evidence"] as? [[String: Any]])?.first?["text"] as? String
                == "Coached two *new* PMs | see doc <link>")
        #expect((rated.last?["opinions"] as? [[String: Any]])?.first?["rating"] as? String == "not-yet")
        let differences = try #require(json["differences"] as? [[String: Any]])
        #expect(differences.map { ($0["skill"] as? [String: Any])?["id"] as? String } == ["strategy", "mentor"])
        #expect(differences.map { $0["steps"] as? Int } == [2, 1])
        #expect(differences.first?["self"] as? String == "meeting")
        let gaps = try #require(json["gaps"] as? [[String: Any]])
        #expect(gaps.map { $0["to"] as? String } == ["director"])
        #expect(
            gaps.first?["summary"] as? String
                == "Senior PM -> Director: 3 of 6 skills ticked (0 of 2 new ones); strongest gaps: people, strategic thinking"
        )
        let sections = try #require(gaps.first?["sections"] as? [[String: Any]])
        #expect(sections.map { $0["part"] as? String } == ["new", "carried", "role"])
        #expect(sections.map { $0["total"] as? Int } == [2, 3, 1])
    }
}

/// `ladder next` and `ladder report` as a user runs them.
@Suite struct GrowthCommandTests {
    let scratch = ScratchDirectory()
    var progressPath: String { scratch.file("progress.json") }

    private func ladder(_ arguments: String...) throws -> LadderProcess.Result {
        try LadderProcess.run(arguments + ["--progress-file", progressPath])
    }

    @Test func nextNeedsACurrentLevel() throws {
        let result = try ladder("next")
        #expect(result.status == 2)
        #expect(result.standardError == "ladder: no current level set: run `ladder level set current LEVEL` first\n")
    }

    @Test func nextShowsTheGapToTheTargetAndEachTrack() throws {
        #expect(try ladder("level", "set", "current", "senior-pm").status == 0)
        let text = try ladder("next")
        #expect(text.standardOutput.hasPrefix("Senior PM -> Principal PM: 0 of "))
        #expect(text.standardOutput.contains("\nSenior PM -> Group PM: 0 of "))
        // No target yet: the key is there, null, for scripts.
        let untargeted =
            try JSONSerialization.jsonObject(with: Data(try ladder("next", "--json").standardOutput.utf8))
            as? [String: Any]
        #expect(untargeted?["targetLevel"] is NSNull && untargeted?["currentLevel"] as? String == "senior-pm")
        #expect(try ladder("level", "set", "target", "director").status == 0)
        let json = try ladder("next", "--json")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let steps = try #require(object["steps"] as? [[String: Any]])
        #expect(steps.map { $0["to"] as? String } == ["director", "principal-pm", "group-pm"])
    }

    @Test func nextSaysWhereEachOpenSkillStandsWithOpinionsAndEvidence() throws {
        let strategy = "sharebird-kravchenko-director-defend-strategy", coach = "cagan-coaches-product-people"
        #expect(try ladder("level", "set", "current", "senior-pm").status == 0)
        #expect(try ladder("level", "set", "target", "director").status == 0)
        let managerFile = scratch.file("manager.json")
        #expect(try LadderProcess.run(["rate", coach, "meeting", "--progress-file", managerFile]).status == 0)
        #expect(try ladder("opinion", "add", managerFile, "--name", "Ana").status == 0)
        #expect(try ladder("rate", strategy, "working-towards").status == 0)
        #expect(try ladder("log", "Defended the plan", "--skill", strategy, "--date", "2026-05-10").status == 0)
        #expect(try ladder("log", "Defended it again", "--skill", strategy, "--date", "2026-03-01").status == 0)

        let text = try ladder("next").standardOutput
        #expect(text.contains("      [~] Defends the strategy with product leaders such as VPs and CPOs"))
        #expect(
            text.contains(
                "          you: working towards · Ana: not rated · evidence: 2, last 2026-05-10\n          \(strategy)\n"
            ))
        #expect(text.contains("          you: not rated · Ana: meeting · no evidence\n          \(coach)\n"))

        let json = try ladder("next", "--json")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let steps = try #require(object["steps"] as? [[String: Any]])
        let open = (steps.first?["sections"] as? [[String: Any]])?.first?["areas"] as? [[String: Any]]
        let skills = try #require(open?.flatMap { ($0["open"] as? [[String: Any]]) ?? [] })
        let rated = try #require(skills.first { $0["id"] as? String == strategy })
        #expect(rated["rating"] as? String == "working-towards")
        #expect(rated["evidenceCount"] as? Int == 2)
        #expect(rated["lastEvidence"] as? String == "2026-05-10")
        #expect((rated["opinions"] as? [[String: Any]])?.first?["name"] as? String == "Ana")
        #expect((rated["opinions"] as? [[String: Any]])?.first?["rating"] is NSNull)
        let unrated = try #require(skills.first { $0["id"] as? String == coach })
        #expect(
            unrated["rating"] is NSNull && unrated["lastEvidence"] is NSNull && unrated["evidenceCount"] as? Int == 0)
        #expect((unrated["opinions"] as? [[String: Any]])?.first?["rating"] as? String == "meeting")
        // What needs most work first: in its area the rated skill with evidence comes after the rest.
        let strategyArea = try #require(
            open?.first { (($0["open"] as? [[String: Any]]) ?? []).contains { $0["id"] as? String == strategy } })
        #expect(((strategyArea["open"] as? [[String: Any]])?.last?["id"] as? String) == strategy)
    }

    @Test func reportWritesAFileReplacingAnOldOneAndRefusesAMissingDirectory() throws {
        #expect(try ladder("level", "set", "current", "pm").status == 0)
        try scratch.write("old report", to: "report.md")
        let written = try ladder("report", "--output", scratch.file("report.md"))
        #expect(written.status == 0)
        #expect(scratch.text("report.md")?.hasPrefix("# Career progress report\n") == true)
        let json = try ladder("report", "--format", "json", "--output", scratch.file("report.json"))
        #expect(json.status == 0)
        #expect(scratch.text("report.json")?.contains("\"currentLevel\" : \"pm\"") == true)
        let missing = try ladder("report", "--output", scratch.file("no/such/dir/report.md"))
        #expect(missing.status == 2)
        #expect(
            missing.standardError == "ladder: cannot write the report to \(scratch.file("no/such/dir/report.md")): "
                + "the directory \(scratch.file("no/such/dir")) does not exist; nothing was written\n")
    }
}
