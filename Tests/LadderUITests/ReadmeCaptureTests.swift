import Foundation
import LadderCore
import LadderCatalog
@testable import LadderUI
import Testing

/// The README's screen captures are the explorer's real screens, over the bundled catalog: each
/// `<!-- capture: NAME -->` block must be what these keys draw at 80 x 24.
/// `LADDER_RECORD_SNAPSHOTS=1 swift test` rewrites them (read each one you rewrite).
@Suite(.serialized) struct ReadmeCaptureTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    /// A user at Senior PM aiming for Director: a few skills rated, some evidence, two
    /// check-ins, and their manager's opinion kept beside it.
    static let progress: String = {
        let catalog = BundledCatalog.catalog
        func rated(_ rating: Rating, _ day: String) -> RatingRecord {
            RatingRecord(rating, at: "2026-\(day)T09:00:00Z")
        }
        var progress = UserProgress(
            ratings: [
                "sharebird-kravchenko-senior-shipped-track-record": rated(.meeting, "05-01"),
                "guide-present-to-executives": rated(.workingTowards, "05-01"),
                "sharebird-kravchenko-senior-learn-from-mistakes": rated(.meeting, "05-02"),
            ],
            evidence: [
                "guide-present-to-executives": [
                    EvidenceEntry(
                        date: "2026-09-14", text: "Presented the Q3 plan to the leadership team",
                        addedAt: "2026-09-14T18:00:00Z"),
                    EvidenceEntry(
                        date: "2026-05-20", text: "Walked the VP through the pricing change",
                        addedAt: "2026-05-20T18:00:00Z"),
                ]
            ],
            currentLevel: "senior-pm", targetLevel: "director")
        progress.checkins.append(catalog.checkin(progress, message: "Q2 review", at: "2026-06-30T09:00:00Z"))
        progress.ratings["sharebird-kravchenko-senior-shipped-track-record"] = rated(.exceeding, "10-01")
        progress.ratings["guide-present-to-executives"] = rated(.meeting, "10-01")
        progress.ratings["sharebird-baryshnikova-senior-systems-thinking"] = rated(.workingTowards, "10-02")
        progress.ratings["sharebird-kravchenko-senior-self-directed"] = rated(.notYet, "10-02")
        progress.ratings["sharebird-kravchenko-director-status-updates"] = rated(.meeting, "10-03")
        progress.checkins.append(catalog.checkin(progress, message: "Q3 review", at: "2026-09-30T09:00:00Z"))
        return ProgressFile.encode(progress)
    }()

    static let opinions = [
        Opinion(
            name: "manager",
            ratings: [
                "sharebird-kravchenko-senior-shipped-track-record": RatingRecord(.meeting, at: "2026-10-05T09:00:00Z"),
                "guide-present-to-executives": RatingRecord(.meeting, at: "2026-10-05T09:00:00Z"),
                "sharebird-kravchenko-senior-learn-from-mistakes": RatingRecord(.notYet, at: "2026-10-05T09:00:00Z"),
                "sharebird-kravchenko-senior-self-directed": RatingRecord(.meeting, at: "2026-10-05T09:00:00Z"),
            ])
    ]

    static let captures: [(name: String, keys: [Key])] = [
        ("ladder", []),
        ("level", [.enter]),
        ("side-by-side", [.tab, .up, .character("c")]),
        ("what-changes", [.character("d"), .character("]"), .character("]")]),
        ("next-step", [.character(">")]),
        ("search", [.character("/")] + "baryshnikova director".map { Key.character($0) }),
        ("areas", [.character("a")]),
        ("calibration", [.character("o")]),
        (
            "evidence",
            [.character("/")] + "presentations executive".map { Key.character($0) } + [.enter, .character("E")]
        ),
        ("timeline", [.character("T")]),
    ]

    static func screen(_ keys: [Key]) throws -> String {
        let harness = try ExplorerHarness(
            width: 80, height: 24, progress: progress, catalog: BundledCatalog.catalog, opinions: opinions)
        harness.press(.idle)
        harness.press(keys)
        return harness.text
    }

    @Test(arguments: captures.map(\.name))
    func readmeCaptureIsTheRealScreen(name: String) throws {
        let keys = Self.captures.first { $0.name == name }!.keys
        let screen = try Self.screen(keys)
        var readme = try String(contentsOf: Self.readme, encoding: .utf8)
        let marker = "<!-- capture: \(name) -->\n```\n"
        let start = try #require(readme.range(of: marker), "README has no \(marker)")
        // The block ends at the next fence on a line of its own (at once, for an empty block).
        let rest = readme[start.upperBound...]
        let contentEnd =
            rest.hasPrefix("```")
            ? start.upperBound
            : try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex)).lowerBound
        let shown = String(readme[start.upperBound..<contentEnd])
        if ProcessInfo.processInfo.environment["LADDER_RECORD_SNAPSHOTS"] == "1" && shown != screen {
            readme.replaceSubrange(start.upperBound..<contentEnd, with: screen + (rest.hasPrefix("```") ? "\n" : ""))
            try readme.write(to: Self.readme, atomically: true, encoding: .utf8)
            Issue.record("rewrote the README's \(name) capture; read it and run again")
        }
        #expect(shown == screen, "the README's \(name) capture is not what the explorer shows")
    }
}

extension ExplorerHarness {
    func press(_ keys: [Key]) {
        for key in keys { press(key) }
    }
}
