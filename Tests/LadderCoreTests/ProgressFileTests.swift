import Foundation
import LadderCore
import Testing

/// A rating as a progress file keeps it.
private let meetingRecord = #"{"rating": "meeting", "ratedAt": "2026-01-01T00:00:00Z"}"#

@Suite struct ProgressFileTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    private func decode(_ text: String) throws(ProgressFileProblem) -> ProgressFile.Contents {
        try ProgressFile.decode(Array(text.utf8), fileDate: "2026-04-05")
    }

    private func golden(_ name: String) throws -> String {
        try String(contentsOf: Self.golden.appendingPathComponent(name), encoding: .utf8)
    }

    static let checkin = Checkin(
        at: "2026-06-30T17:00:00Z", message: "H1 review", currentLevel: "senior-pm", targetLevel: "director",
        ratings: ["a-skill": .meeting],
        skills: ["a-skill": .init(summary: "Leads \"Q3\" planning", area: "strategy", areaName: "Strategic thinking")],
        areas: [.init(level: "director", area: "strategy", areaName: "Strategic thinking", met: 1, total: 9)])

    @Test func encodesAReadableFileWithAFixedKeyOrder() {
        let progress = UserProgress(
            ratings: [
                "b-skill": RatingRecord(.workingTowards, at: "2026-01-02T03:04:05Z"),
                "a-skill": RatingRecord(.meeting, at: "2026-01-01T00:00:00Z"),
            ],
            evidence: [
                "a-skill": [
                    EvidenceEntry(
                        date: "2026-01-01", text: "led the \"Q3\" launch\nwith a\\b", addedAt: "2026-01-01T10:00:00Z")
                ]
            ],
            checkins: [Self.checkin],
            currentLevel: "senior-pm", targetLevel: "director")
        #expect(
            ProgressFile.encode(progress) == #"""
                {
                  "schemaVersion": 3,
                  "currentLevel": "senior-pm",
                  "targetLevel": "director",
                  "ratings": {
                    "a-skill": {"rating": "meeting", "ratedAt": "2026-01-01T00:00:00Z"},
                    "b-skill": {"rating": "working-towards", "ratedAt": "2026-01-02T03:04:05Z"}
                  },
                  "evidence": {
                    "a-skill": [
                      {"date": "2026-01-01", "text": "led the \"Q3\" launch\nwith a\\b", "addedAt": "2026-01-01T10:00:00Z"}
                    ]
                  },
                  "checkins": [
                    {
                      "at": "2026-06-30T17:00:00Z",
                      "message": "H1 review",
                      "currentLevel": "senior-pm",
                      "targetLevel": "director",
                      "ratings": {
                        "a-skill": "meeting"
                      },
                      "skills": {
                        "a-skill": {"summary": "Leads \"Q3\" planning", "area": "strategy", "areaName": "Strategic thinking"}
                      },
                      "areas": [
                        {"level": "director", "area": "strategy", "areaName": "Strategic thinking", "met": 1, "total": 9}
                      ]
                    }
                  ]
                }

                """#)
    }

    @Test func emptyProgressIsSmall() {
        #expect(
            ProgressFile.encode(UserProgress())
                == "{\n  \"schemaVersion\": 3,\n  \"ratings\": {},\n  \"evidence\": {},\n  \"checkins\": []\n}\n")
    }

    @Test func roundTripsEverythingIncludingWideAndControlText() throws {
        let progress = UserProgress(
            ratings: [
                "x": RatingRecord(.exceeding, at: "2026-11-21T19:40:49Z"),
                "製品-id": RatingRecord(.notYet, at: "2026-11-21T19:40:50Z"),
            ],
            evidence: [
                "x": [
                    EvidenceEntry(
                        date: "2026-11-20", text: "製品 ✓ \u{1}bell\u{7F}\u{85}", addedAt: "2026-11-21T19:40:49Z"),
                    EvidenceEntry(date: "2024-02-29", text: "tab\there", addedAt: "2026-11-21T19:40:50Z"),
                ]
            ],
            checkins: [Self.checkin], currentLevel: "pm", targetLevel: nil)
        let contents = try decode(ProgressFile.encode(progress))
        #expect(contents.progress == progress)
        #expect(contents.migratedFrom == nil)
    }

    /// Version 1 listed ticked ids: each becomes a rating of meeting (time unknown: the epoch),
    /// each note the skill's first evidence, dated from the file.
    @Test func versionOneIsMigratedWithNothingLost() throws {
        let contents = try decode(try golden("progress-v1.json"))
        #expect(contents.migratedFrom == 1)
        #expect(
            contents.progress.ratings == [
                "guide-present-to-executives": RatingRecord(.meeting, at: "1970-01-01T00:00:00Z"),
                "sharebird-kravchenko-senior-shipped-track-record": RatingRecord(.meeting, at: "1970-01-01T00:00:00Z"),
            ])
        #expect(
            contents.progress.evidence["guide-present-to-executives"]?.map(\.text) == [
                "Presented the Q3 plan to the leadership team"
            ])
        #expect(contents.progress.evidence["guide-present-to-executives"]?.map(\.date) == ["2026-04-05"])
        #expect(contents.progress.currentLevel == "senior-pm")
    }

    /// Version 2 timed its ticks: the times are kept; empty notes were no notes.
    @Test func versionTwoIsMigratedToExactlyThisFile() throws {
        let contents = try decode(try golden("progress-v2.json"))
        #expect(contents.migratedFrom == 2)
        #expect(ProgressFile.encode(contents.progress) == (try golden("progress-v2-as-v3.json")))
    }

    @Test(arguments: [
        (
            "{\"schemaVersion\": 3, \"ratings\": {",
            ProgressFileProblem.notJSON("line 1, column 34: unexpected end of file; expected a quoted key")
        ),
        ("", .notJSON("line 1, column 1: unexpected end of file; expected a value")),
        ("[]", .schema(path: "", message: "expected an object")),
        ("{\"ratings\": {}}", .schema(path: "schemaVersion", message: "missing required field")),
        (
            "{\"schemaVersion\": 3, \"ratings\": {\"a\": {\"rating\": \"great\", \"ratedAt\": \"2026-01-01T00:00:00Z\"}}}",
            .schema(
                path: "ratings.a.rating",
                message: "unknown rating \"great\" (expected one of: not-yet, working-towards, meeting, exceeding)")
        ),
        (
            "{\"schemaVersion\": 3, \"ratings\": {\"a\": {\"rating\": \"meeting\", \"ratedAt\": \"yesterday\"}}}",
            .schema(path: "ratings.a.ratedAt", message: "expected an ISO-8601 time such as 2026-01-31T09:30:00Z")
        ),
        (
            "{\"schemaVersion\": 3, \"ratings\": {\"a\": {\"rating\": \"meeting\", \"ratedAt\": \"2026-01-01T00:00:00Z\", \"by\": 1}}}",
            .schema(path: "ratings.a.by", message: "unknown field")
        ),
        (
            "{\"schemaVersion\": 3, \"evidence\": {\"a\": [{\"date\": \"2026-02-30\", \"text\": \"x\", \"addedAt\": \"2026-01-01T00:00:00Z\"}]}}",
            .schema(path: "evidence.a[0].date", message: "expected a day such as 2026-01-31")
        ),
        (
            "{\"schemaVersion\": 3, \"ticks\": {}}",
            .schema(path: "ticks", message: "not a field of schema version 3 (ratings and evidence replace it)")
        ),
        (
            "{\"schemaVersion\": 2, \"ratings\": {}}",
            .schema(path: "ratings", message: "not a field of schema version 2")
        ),
        (
            "{\"schemaVersion\": 2, \"ticks\": [\"a\"]}",
            .schema(path: "ticks", message: "expected an object of skill id to time")
        ),
        (
            "{\"schemaVersion\": 2, \"ticks\": {\"a\": \"yesterday\"}}",
            .schema(path: "ticks.a", message: "expected an ISO-8601 time such as 2026-01-31T09:30:00Z")
        ),
        ("{\"schemaVersion\": 2, \"tiks\": {}}", .schema(path: "tiks", message: "unknown field")),
        (
            "{\"schemaVersion\": 3, \"ratings\": {}, \"ratings\": {}}",
            .schema(path: "", message: "line 1, column 37: the key \"ratings\" appears twice in this object")
        ),
        // One key spelled two ways: compared as the decoder compares them (it kept one and the next save dropped the other).
        (
            "{\"schemaVersion\": 3, \"ratings\": {\"a\": \(meetingRecord), \"\\u0061\": \(meetingRecord)}}",
            .schema(path: "ratings", message: "line 1, column 97: the key \"a\" appears twice in this object")
        ),
        (
            "{\"schemaVersion\": 3, \"ratings\": {\"é\": \(meetingRecord), \"e\\u0301\": \(meetingRecord)}}",
            .schema(path: "ratings", message: "line 1, column 97: the key \"é\" appears twice in this object")
        ),
        // Valid JSON the decoder cannot read: said as what it is, not as "not valid JSON".
        (
            "{\"schemaVersion\": 1e400}",
            .schema(path: "schemaVersion", message: "line 1, column 19: expected a whole number, not 1e400")
        ),
        (
            "{\"schemaVersion\": 99999999999999999999999}",
            .schema(path: "schemaVersion", message: "line 1, column 19: 99999999999999999999999 is too large a number")
        ),
        (
            "{\"schemaVersion\": 2.5}",
            .schema(path: "schemaVersion", message: "line 1, column 19: expected a whole number, not 2.5")
        ),
        (
            "{\"schemaVersion\": \"\\ud800\"}",
            .schema(
                path: "schemaVersion",
                message:
                    "line 1, column 20: \\ud800 is half of a character (a lone surrogate); write the whole character")
        ),
        (
            "{\"schemaVersion\": 3, \"ratings\": {\"a\": {\"rating\": \"meeting\", \"ratedAt\": \"\\x\"}}}",
            .notJSON("line 1, column 73: unknown escape \\x")
        ),
        ("{\"schemaVersion\": 4, \"ratings\": {}}", .newerVersion(4)),
        ("{\"schemaVersion\": 0}", .schema(path: "schemaVersion", message: "unknown version 0")),
    ])
    func badFilesAreNamedProblems(text: String, problem: ProgressFileProblem) {
        #expect(throws: problem) { try decode(text) }
    }

    @Test func invalidUTF8IsItsOwnProblem() {
        #expect(throws: ProgressFileProblem.notUTF8) {
            try ProgressFile.decode([0x7B, 0xFF, 0x7D], fileDate: "2026-01-01")
        }
    }

    @Test func problemsReadAsSentences() {
        #expect(
            ProgressFileProblem.newerVersion(4).description
                == "was written by a newer ladder (schema version 4; this one reads up to 3)")
        #expect(
            ProgressFileProblem.schema(path: "ratings.a", message: "expected an object").description
                == "is not a ladder progress file (ratings.a: expected an object)")
        #expect(
            ProgressFileProblem.tooLarge(82 * 1_048_576).description.hasPrefix(
                "is 82 MB, larger than any progress file"))
    }

    /// Ratings are written in byte order of their ids, so two saves of the same ratings are
    /// the same file and a diff shows only what changed.
    @Test func ratingsAreWrittenInByteOrderOfTheirIds() throws {
        let ids = ["zeta", "Alpha", "beta-2", "beta-10", "é-accent", "a"]
        let progress = UserProgress(
            ratings: Dictionary(
                uniqueKeysWithValues: ids.map { ($0, RatingRecord(.meeting, at: "2026-01-01T00:00:00Z")) }))
        let text = ProgressFile.encode(progress)
        let positions = ids.map { text.range(of: "\"\($0)\": ")!.lowerBound }
        let written = zip(ids, positions).sorted { $0.1 < $1.1 }.map(\.0)
        #expect(written == ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(try ProgressFile.decode(Array(text.utf8), fileDate: "2026-01-01").progress == progress)
    }
}

@Suite struct TimestampShapeTests {
    private func rating(at text: String) throws -> UserProgress {
        try ProgressFile.decode(
            Array(#"{"schemaVersion": 3, "ratings": {"a": {"rating": "meeting", "ratedAt": "\#(text)"}}}"#.utf8),
            fileDate: "2026-01-01"
        ).progress
    }

    @Test(arguments: ["2026-11-21T19:40:49Z", "2026-11-21T19:40:49.123Z", "2026-11-21T19:40:49+01:00"])
    func acceptsISO8601Times(text: String) throws {
        #expect(try rating(at: text).ratings["a"]?.ratedAt == text)
    }

    @Test(arguments: [
        "2026-11-21", "2026-11-21 19:40:49Z", "2026-11-21T19:40:49", "2026-11-21T19:40:49Zx", "2026-1-21T19:40:49Z",
        "2026-13-21T19:40:49Z", "yesterday",
    ])
    func refusesOtherShapes(text: String) {
        #expect(throws: ProgressFileProblem.self) { try rating(at: text) }
    }

    @Test(arguments: [
        ("2024-02-29", true), ("2026-02-29", false), ("2026-04-31", false), ("2026-12-31", true), ("2026-00-10", false),
        ("26-01-01", false), ("2026-1-01", false), ("2026-01-01x", false),
    ])
    func daysAreRealDays(text: String, valid: Bool) {
        #expect(ProgressFile.isDate(text) == valid)
    }
}
