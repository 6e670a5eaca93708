import LadderCore
@testable import LadderUI
import Testing

/// Every screen at the design size (80 x 24) and a large one (160 x 48), as whole text grids.
@Suite struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (160, 48)]
    static let progress = """
        {"schemaVersion": 2, "currentLevel": "senior-pm", "targetLevel": "director",
         "ticks": {"bo-roadmap": "2025-12-01T10:00:00Z", "li-present": "2025-12-02T10:00:00Z", "ada-brainstorm": "2025-11-01T10:00:00Z"},
         "notes": {"li-present": "Presented the Q3 plan to the exec team"}}
        """

    @Test(arguments: sizes)
    func ladder(width: Int, height: Int) throws {
        let harness = try ExplorerHarness(width: width, height: height)
        Snapshot.expect(harness.screen, matches: "ladder-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func ladderWithProgress(width: Int, height: Int) throws {
        let harness = try ExplorerHarness(width: width, height: height, progress: Self.progress)
        Snapshot.expect(harness.screen, matches: "ladder-progress-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func level(width: Int, height: Int) throws {
        let harness = try ExplorerHarness(width: width, height: height, progress: Self.progress)
        harness.press(.enter, .down)
        Snapshot.expect(harness.screen, matches: "level-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func skill(width: Int, height: Int) throws {
        let harness = try ExplorerHarness(width: width, height: height, progress: Self.progress)
        harness.press(.enter, .down, .enter)
        Snapshot.expect(harness.screen, matches: "skill-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func sideBySide(width: Int, height: Int) throws {
        let harness = try ExplorerHarness(width: width, height: height, progress: Self.progress)
        harness.press(.character("c"))
        Snapshot.expect(harness.screen, matches: "side-by-side-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func help(width: Int, height: Int) throws {
        let harness = try ExplorerHarness(width: width, height: height)
        harness.press(.enter, .character("?"))
        Snapshot.expect(harness.screen, matches: "help-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func search(width: Int, height: Int) throws {
        let harness = try ExplorerHarness(width: width, height: height, progress: Self.progress)
        harness.press(.character("/"))
        harness.type("vision")
        Snapshot.expect(harness.screen, matches: "search-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func nextStep(width: Int, height: Int) throws {
        let harness = try ExplorerHarness(width: width, height: height, progress: Self.progress)
        harness.press(.character(">"), .down)
        Snapshot.expect(harness.screen, matches: "next-step-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func nextStepAsksForTheCurrentLevel(width: Int, height: Int) throws {
        let harness = try ExplorerHarness(width: width, height: height)
        harness.press(.character(">"))
        Snapshot.expect(harness.screen, matches: "next-step-ask-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func whatChanges(width: Int, height: Int) throws {
        let harness = try ExplorerHarness(width: width, height: height, progress: Self.progress)
        harness.press(.character("d"))
        Snapshot.expect(harness.screen, matches: "what-changes-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func areas(width: Int, height: Int) throws {
        let harness = try ExplorerHarness(width: width, height: height, progress: Self.progress)
        harness.press(.character("a"))
        Snapshot.expect(harness.screen, matches: "areas-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func noteEditor(width: Int, height: Int) throws {
        let harness = try ExplorerHarness(width: width, height: height, progress: Self.progress)
        harness.press(.enter, .character("e"))
        harness.type(" 製品 demo")
        harness.press(.left, .left, .left, .left, .left)
        Snapshot.expect(harness.screen, matches: "note-editor-\(width)x\(height)")
    }

    @Test(arguments: [(59, 16), (50, 12)])
    func tooSmall(width: Int, height: Int) throws {
        let harness = try ExplorerHarness(width: width, height: height)
        Snapshot.expect(harness.screen, matches: "too-small-\(width)x\(height)")
    }

    @Test func readOnlyBannerNamesTheFileAndTheProblem() throws {
        let harness = try ExplorerHarness(progress: "{\"schemaVersion\": 2, \"ticks\": [")
        let banner = harness.screen.lines[1...3].joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(banner.contains("Read-only: the progress file \(harness.scratch.file("progress.json")) is not valid JSON"))
        #expect(banner.contains("`ladder progress --repair` moves it aside."))
    }
}
