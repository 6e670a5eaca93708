import Foundation
import LadderCore
import LadderCatalog
import LadderTestSupport
import Testing

/// The explorer in tmux, with a config file, the mouse and side by side's longest cells.
@Suite struct ExplorerInteractionTests {
    let scratch = ScratchDirectory()
    var progressPath: String { scratch.file("progress.json") }

    private func start(width: Int = 80, height: Int = 24) throws -> TmuxSession {
        try TmuxSession(
            width: width, height: height,
            command: "'\(LadderProcess.binary.path)' --progress-file '\(progressPath)'",
            // An xterm: `TmuxSession.click` types the xterm's (SGR) mouse reports.
            environment: [
                "XDG_CONFIG_HOME": scratch.file("config"), "XDG_DATA_HOME": scratch.file("data"),
                "TERM": "xterm-256color",
            ])
    }

    private func writeConfig(_ text: String) throws {
        try FileManager.default.createDirectory(
            atPath: scratch.file("config/ladder"), withIntermediateDirectories: true)
        try scratch.write(text, to: "config/ladder/config.toml")
    }

    @Test func remappedKeysReplaceTheDefaults() throws {
        try writeConfig("[keys]\nquit = [\"Q\"]\ntick = [\"x\"]\n")
        let session = try start()
        try session.waitFor("Q quit")
        try session.send("Enter")
        try session.waitFor("x tick")
        // q no longer quits and space no longer ticks: x ticks, and the screen answers.
        try session.send("q", "Space", "x")
        try session.waitFor("Ticked:")
        #expect(ProgressStore(path: progressPath).progress.ratings.count == 1)
        try session.send("Q")
        try session.waitFor("EXIT=0")
    }

    @Test func aBrokenConfigIsRefusedBeforeTheTerminalIsTouched() throws {
        try writeConfig("[keys]\nquit = \"Q\"\ntik = [\"x\"]\n")
        let session = try start()
        let screen = try session.waitFor("EXIT=2")
        let flowing = screen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flowing.contains("config.toml:2: quit must be a list of keys"))
        #expect(flowing.contains("config.toml:3: unknown action \"tik\""))
        #expect(try session.value("alternate_on") == "0")
    }

    @Test func aClickLandsOnTheColumnItPoints() throws {
        let session = try start()
        try session.waitFor("Group PM")
        let principal = try #require(try session.position(of: "4 Principal PM"))
        let group = try #require(try session.position(of: "4 Group PM"))
        #expect(principal.y == group.y)
        try session.click(x: group.x, y: group.y)
        try session.waitFor("Group Product Manager: 0 of")
        try session.click(x: principal.x, y: principal.y)
        try session.waitFor("Principal Product Manager: 0 of")
        // A click on the selection opens it.
        try session.click(x: principal.x, y: principal.y)
        try session.waitFor("ladder › Principal PM")
    }

    @Test func aClickInSideBySideOpensThatExpertsSkill() throws {
        // At 80 columns two experts show: click the second one's first entry.
        let matrix = try #require(BundledCatalog.catalog.sideBySide(at: "senior-pm"))
        let second = matrix.experts[1]
        let entry = try #require(matrix.rows.lazy.compactMap { $0.cells[1].first }.first)
        let session = try start()
        try session.waitFor("CPO")
        try session.send("Up", "Up", "c")
        try session.waitFor("Senior PM: side by side")
        let place = try #require(try session.position(of: "[ ] " + String(entry.summary.prefix(12))))
        try session.click(x: place.x + 5, y: place.y)
        try session.click(x: place.x + 5, y: place.y)
        let skill = try session.waitFor("ladder › Senior PM: side by side › Skill")
        let words = skill.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains(entry.summary))
        #expect(words.contains("— " + second.name))
    }

    @Test func everySkillOfATallCellCanBeReachedAndOpened() throws {
        let catalog = BundledCatalog.catalog
        let matrix = try #require(catalog.sideBySide(at: "group-pm"))
        let kax = try #require(matrix.experts.firstIndex { $0.id == "kax" })
        let band = try #require(matrix.rows.firstIndex { $0.area.id == "management" })
        let cell = matrix.rows[band].cells[kax]
        #expect(cell.count > 10, "a cell taller than the screen")
        let session = try start()
        try session.waitFor("CPO")
        try session.send("Tab", "Up", "Up", "Up", "c")
        try session.waitFor("Group PM: side by side")
        for _ in 0..<kax { try session.send("Tab") }
        for _ in 0..<band { try session.send("PageDown") }
        for _ in 0..<(cell.count - 1) { try session.send("Down") }
        try session.send("Enter")
        // The whole skill page, not just its header (a capture can fall between the two).
        let summary = cell.last!.summary
        let skill = try session.waitUntil("the skill page of \(summary)") { screen in
            screen.contains("side by side › Skill") && screen.contains(cell.last!.id)
        }
        let words = skill.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains(summary), "\(skill)")
    }
}
