import LadderCore
import Testing

@Suite struct ProgressFileTests {
    private func decode(_ text: String) throws(ProgressFileProblem) -> ProgressFile.Contents {
        try ProgressFile.decode(Array(text.utf8))
    }

    @Test func encodesAReadableFileWithAFixedKeyOrder() {
        let progress = UserProgress(
            ticks: ["b-skill": "2026-01-02T03:04:05Z", "a-skill": "2026-01-01T00:00:00Z"],
            notes: ["a-skill": "led the \"Q3\" launch\nwith a\\b"],
            currentLevel: "senior-pm", targetLevel: "director"
        )
        #expect(ProgressFile.encode(progress) == #"""
            {
              "schemaVersion": 2,
              "currentLevel": "senior-pm",
              "targetLevel": "director",
              "ticks": {
                "a-skill": "2026-01-01T00:00:00Z",
                "b-skill": "2026-01-02T03:04:05Z"
              },
              "notes": {
                "a-skill": "led the \"Q3\" launch\nwith a\\b"
              }
            }

            """#)
    }

    @Test func emptyProgressIsSmall() {
        #expect(ProgressFile.encode(UserProgress()) == "{\n  \"schemaVersion\": 2,\n  \"ticks\": {},\n  \"notes\": {}\n}\n")
    }

    @Test func roundTripsEverythingIncludingWideAndControlText() throws {
        let progress = UserProgress(
            ticks: ["x": "2026-11-21T19:40:49Z", "製品-id": "2026-11-21T19:40:50Z"],
            notes: ["x": "製品 ✓ \u{1}bell\u{7F}\u{85}", "y": "tab\there"],
            currentLevel: "pm", targetLevel: nil
        )
        let contents = try ProgressFile.decode(Array(ProgressFile.encode(progress).utf8))
        #expect(contents.progress == progress)
        #expect(contents.migratedFrom == nil)
    }

    @Test func versionOneIsMigrated() throws {
        let contents = try decode(#"{"schemaVersion": 1, "ticks": ["a", "b", "a"], "currentLevel": "pm"}"#)
        #expect(contents.migratedFrom == 1)
        #expect(contents.progress.ticks == ["a": "1970-01-01T00:00:00Z", "b": "1970-01-01T00:00:00Z"])
        #expect(contents.progress.currentLevel == "pm")
    }

    @Test(arguments: [
        ("{\"schemaVersion\": 2, \"ticks\": {", ProgressFileProblem.notJSON("line 1, column 32: unexpected end of file; expected a quoted key")),
        ("", .notJSON("line 1, column 1: unexpected end of file; expected a value")),
        ("[]", .schema(path: "", message: "expected an object")),
        ("{\"ticks\": {}}", .schema(path: "schemaVersion", message: "missing required field")),
        ("{\"schemaVersion\": 2, \"ticks\": [\"a\"]}", .schema(path: "ticks", message: "expected an object of skill id to time")),
        ("{\"schemaVersion\": 2, \"ticks\": {\"a\": \"yesterday\"}}",
         .schema(path: "ticks.a", message: "expected an ISO-8601 time such as 2026-01-31T09:30:00Z")),
        ("{\"schemaVersion\": 2, \"ticks\": {\"a\": 5}}", .schema(path: "ticks.a", message: "expected a string")),
        ("{\"schemaVersion\": 2, \"tiks\": {}}", .schema(path: "tiks", message: "unknown field")),
        ("{\"schemaVersion\": 2, \"notes\": {\"a\": null}}", .schema(path: "notes.a", message: "expected a string, found null")),
        ("{\"schemaVersion\": 3, \"ticks\": {}}", .newerVersion(3)),
        ("{\"schemaVersion\": 0}", .schema(path: "schemaVersion", message: "unknown version 0")),
    ])
    func badFilesAreNamedProblems(text: String, problem: ProgressFileProblem) {
        #expect(throws: problem) { try decode(text) }
    }

    @Test func invalidUTF8IsItsOwnProblem() {
        #expect(throws: ProgressFileProblem.notUTF8) { try ProgressFile.decode([0x7B, 0xFF, 0x7D]) }
    }

    @Test func problemsReadAsSentences() {
        #expect(ProgressFileProblem.newerVersion(3).description
                == "was written by a newer ladder (schema version 3; this one reads up to 2)")
        #expect(ProgressFileProblem.schema(path: "ticks.a", message: "expected a string").description
                == "is not a ladder progress file (ticks.a: expected a string)")
    }
}

@Suite struct TimestampShapeTests {
    @Test(arguments: ["2026-11-21T19:40:49Z", "2026-11-21T19:40:49.123Z", "2026-11-21T19:40:49+01:00"])
    func acceptsISO8601Times(text: String) throws {
        let contents = try ProgressFile.decode(Array("{\"schemaVersion\": 2, \"ticks\": {\"a\": \"\(text)\"}}".utf8))
        #expect(contents.progress.ticks["a"] == text)
    }

    @Test(arguments: ["2026-11-21", "2026-11-21 19:40:49Z", "2026-11-21T19:40:49", "2026-11-21T19:40:49Zx", "2026-1-21T19:40:49Z", "yesterday"])
    func refusesOtherShapes(text: String) {
        #expect(throws: ProgressFileProblem.self) {
            try ProgressFile.decode(Array("{\"schemaVersion\": 2, \"ticks\": {\"a\": \"\(text)\"}}".utf8))
        }
    }
}
