import Foundation
import LadderTestSupport
import Testing

/// The commands' pages over the bundled catalog, as a user reads them at 80 columns, compared
/// with golden files in `Golden/` (`LADDER_RECORD_SNAPSHOTS=1 swift test` rewrites them; read
/// every one you rewrite). A catalog edit changes them too, on purpose: the diff is the review.
@Suite struct CommandGoldenTests {
    let scratch = ScratchDirectory()

    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let cases: [(name: String, arguments: [String])] = [
        ("tracks", ["tracks"]),
        ("show-senior-pm-sharebird", ["show", "senior-pm", "--source", "sharebird-levels"]),
        ("compare-senior-pm-group-pm", ["compare", "senior-pm", "group-pm"]),
        ("compare-group-pm-two-experts", ["compare", "group-pm", "--expert", "baryshnikova", "--expert", "kax"]),
        ("next-senior-pm-to-director", ["next"]),
    ]

    @Test(arguments: cases.map(\.name))
    func pageMatchesItsGoldenFile(name: String) throws {
        let arguments = Self.cases.first { $0.name == name }!.arguments
        try scratch.write(
            """
            {"schemaVersion": 2, "currentLevel": "senior-pm", "targetLevel": "director",
             "ticks": {"sharebird-kravchenko-director-inspiring-leader": "2026-01-01T00:00:00Z",
                       "guide-present-to-executives": "2026-01-01T00:00:00Z"}, "notes": {}}
            """, to: "progress.json")
        let result = try LadderProcess.run(
            arguments,
            environment: [
                "LADDER_PROGRESS": scratch.file("progress.json"), "XDG_DATA_HOME": scratch.file("data"),
            ])
        #expect(result.status == 0, "\(result.standardError)")
        let file = Self.golden.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["LADDER_RECORD_SNAPSHOTS"] == "1" {
            try result.standardOutput.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("recorded Golden/\(name).txt; read it and run again")
        }
        #expect(result.standardOutput == (try String(contentsOf: file, encoding: .utf8)))
    }
}
