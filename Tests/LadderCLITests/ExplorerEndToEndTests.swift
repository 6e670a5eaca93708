import Foundation
import LadderCore
import Testing
import LadderTestSupport

/// The built `ladder` in a real terminal (tmux): what a user sees and what reaches the disk.
@Suite(.tags(.slow, .endToEnd), .slowSuite) struct ExplorerEndToEndTests {
    let scratch = ScratchDirectory()
    var progressPath: String { scratch.file("progress.json") }

    private func start(
        width: Int = 80, height: Int = 24, arguments: String = "",
        environment: [String: String] = [:]
    ) throws -> TmuxSession {
        try TmuxSession(
            width: width, height: height,
            command: "'\(LadderProcess.binary.path)' --progress-file '\(progressPath)' \(arguments)",
            environment: environment)
    }

    /// After the program ends: its exit status shows, the alternate screen is off and the cursor visible.
    private func expectRestored(
        _ session: TmuxSession, status: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try session.waitFor("EXIT=\(status)")
        #expect(try session.value("alternate_on") == "0", sourceLocation: sourceLocation)
        #expect(try session.value("cursor_flag") == "1", sourceLocation: sourceLocation)
    }

    @Test func theStartScreenShowsBothTracksUpToCPO() throws {
        let session = try start()
        let screen = try session.waitFor("CPO")
        #expect(screen.contains("Individual contributor"))
        #expect(screen.contains("Management"))
        #expect(screen.contains("shared up to Senior PM"))
        #expect(try session.value("alternate_on") == "1")
    }

    @Test func drillingIntoSeniorPMShowsSeveralExpertsAndSpaceTicks() throws {
        let session = try start()
        try session.waitFor("CPO")
        try session.send("Up", "Up", "Enter")
        // The detail pane's rule, drawn below the list: a frame can be captured part-drawn.
        let screen = try session.waitFor("─ Detail")
        let experts = ["Anton Kravchenko", "Paresh Vakhariya", "Natalia Baryshnikova", "Subu Baskaran", "Marty Cagan"]
        #expect(experts.filter(screen.contains).count >= 2, "\(screen)")
        try session.send("Down", "Space")
        try session.waitFor("Ticked:")
        let ticks = ProgressStore(path: progressPath).progress.ratings
        #expect(ticks.count == 1)
        try session.send("q")
        try expectRestored(session, status: 0)
    }

    @Test func settingALevelInNextStepAndWritingANoteReachTheReport() throws {
        let session = try start()
        try session.waitFor("CPO")
        try session.send(">")
        try session.waitFor("Which level are you at now?")
        try session.send("Down", "Down", "Enter")
        try session.waitFor("Senior PM -> ")
        try session.send("e")
        try session.waitFor("(today)")
        try session.send("Led the Q3 pricing launch")
        try session.waitFor("Led the Q3 pricing launch")
        try session.send("Enter")
        try session.waitFor("Added evidence on:")
        try session.send("q")
        try expectRestored(session, status: 0)

        let report = try LadderProcess.run(["report", "--progress-file", progressPath])
        #expect(report.status == 0)
        #expect(report.standardOutput.contains("- **Current level:** Senior Product Manager (`senior-pm`)"))
        #expect(report.standardOutput.contains("Evidence on skills not rated yet:"))
        #expect(report.standardOutput.contains("Led the Q3 pricing launch"))
    }

    @Test func resizingBelowTheMinimumSaysSoAndGrowingBackRedraws() throws {
        let session = try start()
        try session.waitFor("CPO")
        try session.resize(width: 50, height: 12)
        try session.waitFor("terminal too small")
        try session.waitFor("need 60 x 16, have 50 x 12")
        try session.resize(width: 100, height: 30)
        let screen = try session.waitUntil("the ladder redrawn at 100 x 30") { screen in
            TerminalTortureTests.isWholeFrame(screen, rows: 30) && screen.contains("Individual contributor")
        }
        #expect(!screen.contains("too small"))
        try session.resize(width: 40, height: 10)
        try session.waitFor("terminal too small")
        try session.send("q")
        try expectRestored(session, status: 0)
    }

    @Test func qRestoresTheTerminal() throws {
        let session = try start()
        try session.waitFor("CPO")
        try session.send("q")
        try expectRestored(session, status: 0)
    }

    @Test func controlCRestoresTheTerminal() throws {
        let session = try start()
        try session.waitFor("CPO")
        try session.send("Enter")
        try session.waitFor("ladder › Associate PM")
        try session.send("C-c")
        try expectRestored(session, status: 0)
    }

    @Test(arguments: [("TERM", 143), ("HUP", 129)])
    func terminationSignalsRestoreTheTerminal(signal: String, status: Int) throws {
        let session = try start()
        try session.waitFor("CPO")
        let kill = try ChildProcess.run(
            // Only the ladder process: the shell and tmux around it carry the same words.
            "/usr/bin/env",
            ["pkill", "-\(signal)", "-f", "--", "^\(LadderProcess.binary.path) --progress-file \(progressPath)"],
            environment: ProcessInfo.processInfo.environment)
        #expect(kill.status == 0)
        try expectRestored(session, status: status)
    }

    @Test func noColorLeavesOnlyAttributes() throws {
        let colourless = try start(environment: ["NO_COLOR": "1"])
        try colourless.waitFor("CPO")
        let plain = try colourless.capture(escapes: true)
        #expect(plain.contains("\u{1B}[7m"), "the title bar and selection still show in reverse video")
        #expect(!Self.hasColour(plain), "\(plain.debugDescription)")

        // The same screen with colour allowed does use colour, so the check above can fail.
        let coloured = try start()
        try coloured.waitFor("CPO")
        let colouredScreen = try coloured.capture(escapes: true)
        #expect(Self.hasColour(colouredScreen), "\(colouredScreen.debugDescription)")
    }

    @Test func noColorFlagToo() throws {
        let session = try start(arguments: "--no-color")
        try session.waitFor("CPO")
        #expect(!Self.hasColour(try session.capture(escapes: true)))
    }

    @Test(arguments: [
        ("TERM=dumb", "TERM=dumb cannot draw a full screen"),
        ("TERM=no-such-terminal", "the terminal type \"no-such-terminal\" is unknown here"),
        ("unset TERM;", "TERM is not set"),
    ])
    func unusableTerminalsGetAClearMessage(setting: String, message: String) throws {
        let session = try TmuxSession(
            width: 200, height: 10,
            command: "\(setting) '\(LadderProcess.binary.path)' --progress-file '\(progressPath)'")
        let screen = try session.waitFor("EXIT=2")
        #expect(screen.contains("ladder: the explorer needs an interactive terminal: \(message)"))
    }

    @Test func notATerminalPointsAtTheCommands() throws {
        let result = try LadderProcess.run(["--progress-file", progressPath])
        #expect(result.status == 2)
        #expect(
            result.standardError.hasPrefix(
                "ladder: the explorer needs an interactive terminal: standard output is not a terminal."))
        #expect(result.standardError.contains("ladder show LEVEL"))
    }

    /// Any SGR parameter that sets a foreground or background colour (30-38, 40-48, 90-97,
    /// 100-107); 39 and 49, back to the default colours, do not count.
    static func hasColour(_ text: String) -> Bool {
        for match in text.matches(of: /\x1B\[([0-9;]*)m/) {
            let parameters = match.1.split(separator: ";").compactMap { Int($0) }
            if parameters.contains(where: {
                (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0)
            }) {
                return true
            }
        }
        return false
    }
}

/// An imported framework in the explorer, in a real terminal.
@Suite(.tags(.slow, .endToEnd), .slowSuite) struct ImportEndToEndTests {
    let scratch = ScratchDirectory()

    @Test func anImportedCSVHasItsOwnColumnInSideBySide() throws {
        try scratch.write(
            "Competency,Junior PM,Senior PM\nWriting,Clear specs,Writes the strategy memo\n", to: "acme.csv")
        let environment = ["XDG_DATA_HOME": scratch.file("data")]
        let imported = try LadderProcess.run(
            ["import", scratch.file("acme.csv"), "--name", "Acme Ladder"], environment: environment)
        #expect(imported.status == 0)

        let session = try TmuxSession(
            width: 100, height: 30,
            command: "'\(LadderProcess.binary.path)' --progress-file '\(scratch.file("progress.json"))'",
            environment: environment)
        try session.waitFor("Acme Ladder")
        try session.send("Up", "Up", "c")
        try session.waitFor("Senior PM: side by side")
        // Tab through the experts until the framework's column shows in the column headings.
        func headings() throws -> String {
            try session.capture().split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        }
        var tabs = 0
        while try !headings().contains("Acme Ladder") && tabs < 20 {
            // The selection is drawn in reverse video: wait for the screen, escapes included, to change.
            let before = try session.capture(escapes: true)
            try session.send("Tab")
            tabs += 1
            try session.waitUntilEscaped("the selection to move") { $0 != before }
        }
        #expect(try headings().contains("Acme Ladder"))
        #expect(try session.capture().contains("[ ] Writing"))
        try session.send("q")
        try session.waitFor("EXIT=0")
    }
}

extension TerminalTortureTests {
    /// A frame drawn in full at `rows` rows: the header at the top and the key hints (or a
    /// status) on the last row; a capture can otherwise catch a frame half painted.
    static func isWholeFrame(_ screen: String, rows: Int) -> Bool {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count >= rows && (lines.first?.contains("? help  q quit") ?? false)
            && !(lines[rows - 1].allSatisfy(\.isWhitespace))
    }
}

/// The terminal tortured: 200 random resizes, down to 20 x 5 and up to 250 x 80, with keys sent
/// in between, then a normal size and `q`.
@Suite(.tags(.slow, .endToEnd), .slowSuite) struct TerminalTortureTests {
    let scratch = ScratchDirectory()

    @Test func twoHundredRandomResizesWithKeysLeaveACorrectScreenAndARestoredTerminal() throws {
        let session = try TmuxSession(
            width: 80, height: 24,
            command: "'\(LadderProcess.binary.path)' --progress-file '\(scratch.file("progress.json"))'")
        try session.waitFor("CPO")
        var generator = SeededGenerator.forTest()
        let keys = [
            "Up", "Down", "Tab", "Enter", "Escape", "c", "j", "k", "PageDown", "g", "G", "?", "Escape", "a", "d", ">",
        ]
        for _ in 0..<200 {
            try session.resize(
                width: Int.random(in: 20...250, using: &generator), height: Int.random(in: 5...80, using: &generator))
            try session.send(keys.randomElement(using: &generator)!)
        }
        try session.resize(width: 100, height: 30)
        // Keys sent before the explorer has seen the last resize would be read at the old size
        // (where a too-small screen ignores them): first wait for a whole frame at 100 x 30.
        try session.waitUntil("a whole frame at 100 x 30") { Self.isWholeFrame($0, rows: 30) }
        // Back to the ladder from wherever the keys left it, and check it is whole. (Backspace,
        // not Esc: a burst of Esc bytes can read as one escape sequence.)
        for _ in 0..<40 { try session.send("BSpace") }
        let screen = try session.waitUntil("the ladder at 100 x 30") { screen in
            Self.isWholeFrame(screen, rows: 30) && screen.contains("career path")
                && screen.contains("Individual contributor") && screen.contains("CPO")
        }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.contains("ladder · the product manager career path") == true, "\(screen)")
        #expect(lines.first?.contains("? help  q quit") == true)
        #expect(lines.count >= 30)
        try session.send("q")
        try session.waitFor("EXIT=0")
        #expect(try session.value("alternate_on") == "0")
        #expect(try session.value("cursor_flag") == "1")
    }
}

/// A terminal that vanishes without a hang-up signal (its emulator killed outright).
@Suite(.tags(.slow, .endToEnd), .slowSuite) struct LostTerminalTests {
    let scratch = ScratchDirectory()

    @Test func theExplorerExitsWhenItsTerminalIsGone() throws {
        let progress = scratch.file("progress.json")
        let session = try TmuxSession(
            width: 80, height: 24, command: "'\(LadderProcess.binary.path)' --progress-file '\(progress)'")
        try session.waitFor("CPO")
        let pattern = "^\(LadderProcess.binary.path) --progress-file \(progress)"
        func running() throws -> Bool {
            try ChildProcess.run(
                "/usr/bin/env", ["pgrep", "-f", "--", pattern], environment: ProcessInfo.processInfo.environment
            ).status == 0
        }
        #expect(try running())
        session.killServer(signal: "KILL")
        let deadline = Date().addingTimeInterval(10)
        while try running() && Date() < deadline { usleep(50_000) }
        #expect(try !running(), "ladder kept running without its terminal")
        _ = try? ChildProcess.run(
            "/usr/bin/env", ["pkill", "-9", "-f", "--", pattern], environment: ProcessInfo.processInfo.environment)
    }
}
