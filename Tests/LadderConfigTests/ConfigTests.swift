import Foundation
import LadderConfig
import LadderTestSupport
import LadderUI
import Testing

/// config.toml: what it changes, and every way it can be wrong (each refused, never ignored).
@Suite struct ConfigTests {
    private func problems(_ text: String) -> [String] {
        do {
            _ = try Config.parse(text, file: "config.toml")
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func keysAndColorsAreRead() throws {
        let config = try Config.parse(
            """
            # mine
            [keys]
            tick = ["x"]
            quit = ["Q", "ctrl-q"]
            [theme]
            colors = "ansi"
            """, file: "config.toml")
        #expect(config.colors == .ansi)
        #expect(config.keys.action(for: .character("x"), in: .level) == .tick)
        #expect(config.keys.action(for: .control("q"), in: .ladder) == .quit)
        #expect(config.keys.action(for: .character("q"), in: .ladder) == nil)
    }

    @Test func anEmptyFileIsTheDefaults() throws {
        let config = try Config.parse("", file: "config.toml")
        #expect(config.colors == nil)
        #expect(config.keys.action(for: .character("q"), in: .ladder) == .quit)
    }

    @Test func brokenTOMLSaysWhere() {
        let found = problems("[keys]\ntick = [\"x\"]\nquit = 1.2.3.4\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("config.toml:3: not valid TOML (column ") == true, "\(found)")
        #expect(
            problems("[keys\ntick = [\"x\"]\n") == [
                "config.toml:1: a section header names a section, such as [keys] or [theme]"
            ])
    }

    /// Only the part of TOML ladder reads reaches TOMLKit, whose parser aborted on `[}` in a
    /// list (found by the config fuzzer); the rest is a problem on its line.
    @Test(arguments: [
        ("[keys]\nquit = [}\"Q\"]\n", "config.toml:2: a value is \"text\", a word or number, or [a list of them]"),
        ("[keys]\nquit = [,\"Q\"]\n", "config.toml:2: a comma with no value before it in a list"),
        ("[keys]\nquit = [\"Q\" \"q\"]\n", "config.toml:2: values in a list are separated by commas"),
        ("[keys]\nquit = [\"Q\",\n", "config.toml:3: a list that is never closed with ]"),
        ("keys = {quit = [\"Q\"]}\n", "config.toml:1: a value is \"text\", a word or number, or [a list of them]"),
        ("keys.quit = [\"Q\"]\n", "config.toml:1: a setting is name = \"text\", or name = [\"text\", …]"),
        ("x = \"\"\"\nmulti\n\"\"\"\n", "config.toml:1: multi-line strings (\"\"\") are not part of ladder's config"),
        ("x = \"\\q\"\n", "config.toml:1: an unknown escape in a string; write \\\\ for a backslash"),
        ("x = \"\\ud800\"\n", "config.toml:1: \\u needs 4 hex digits naming a character"),
        (
            "[keys] [theme]\n",
            "config.toml:1: more on the line than one setting or section; a setting is name = \"text\", or name = [\"text\", …]"
        ),
    ])
    func textOutsideWhatLadderReadsIsAProblemOnItsLine(text: String, expected: String) {
        #expect(problems(text) == [expected])
    }

    @Test func everyShapeLadderWritesStillReads() throws {
        let config = try Config.parse(
            """
            \u{FEFF}# mine\r
            [keys]   # remapped
            quit = [
              "Q",  # upper
              'ctrl-q',
            ]
            tick = ["x"]
            [ "theme" ]
            colors = "none"

            """, file: "config.toml")
        #expect(config.colors == ColorChoice.none)
        #expect(config.keys.action(for: .control("q"), in: .ladder) == .quit)
    }

    @Test func aWrongTypeNamesTheLineAndTheAction() {
        #expect(
            problems("[keys]\ntick = [\"x\"]\nquit = \"Q\"\n") == [
                "config.toml:3: quit must be a list of keys, such as quit = [\"x\"]"
            ])
        #expect(
            problems("[keys]\nquit = [1]\n") == ["config.toml:2: quit must be a list of keys, such as quit = [\"x\"]"])
        #expect(problems("keys = 3\n") == ["config.toml:1: keys must be a table: [keys]"])
        #expect(
            problems("[theme]\ncolors = 256\n") == ["config.toml:2: colors must be one of \"256\", \"ansi\", \"none\""])
    }

    @Test func unknownNamesAreEachReported() {
        let found = problems(
            """
            [keys]
            tik = ["x"]
            quit = ["ctlr-q"]
            [theme]
            colours = "none"
            [mouse]
            on = true
            """)
        #expect(found.count == 4)
        #expect(found[0].hasPrefix("config.toml:2: unknown action \"tik\" (actions: up, down,"))
        #expect(found[1].hasPrefix("config.toml:3: quit: unknown key \"ctlr-q\" (keys: up, down,"))
        #expect(found.contains("config.toml:5: unknown theme setting \"colours\" (ladder reads colors)"))
        #expect(found.contains("config.toml:6: unknown section \"mouse\" (ladder reads [keys] and [theme])"))
    }

    @Test func aKeyBoundToTwoActionsOnOneScreenIsRefused() {
        #expect(
            problems("[keys]\ntick = [\"c\"]\n")
                == [
                    "config.toml:2: \"c\" would do both tick and compare on the “Level (and every list of skills)” screen; bind it to one of them"
                ])
    }

    @Test func theFileIsFoundByXDGThenHome() {
        #expect(Config.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/ladder/config.toml")
        #expect(
            Config.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]) == "/h/.config/ladder/config.toml")
        #expect(Config.path(environment: [:]) == "/.config/ladder/config.toml")
    }

    @Test func aMissingFileIsTheDefaultsButADirectoryOrAFIFOIsRefused() throws {
        let scratch = ScratchDirectory()
        #expect(try Config.load(environment: ["XDG_CONFIG_HOME": scratch.path]).colors == nil)
        try FileManager.default.createDirectory(
            atPath: scratch.file("ladder/config.toml"), withIntermediateDirectories: true)
        #expect(throws: ConfigError.self) { try Config.load(environment: ["XDG_CONFIG_HOME": scratch.path]) }
        try FileManager.default.removeItem(atPath: scratch.file("ladder/config.toml"))
        #expect(mkfifo(scratch.file("ladder/config.toml"), 0o600) == 0)
        do {
            _ = try Config.load(environment: ["XDG_CONFIG_HOME": scratch.path])
            Issue.record("a FIFO was read")
        } catch {
            #expect(error.description == scratch.file("ladder/config.toml") + ": it is a FIFO, not a file")
        }
        try FileManager.default.removeItem(atPath: scratch.file("ladder/config.toml"))
        try Data([0xFF, 0xFE]).write(to: URL(fileURLWithPath: scratch.file("ladder/config.toml")))
        #expect(throws: ConfigError.self) { try Config.load(environment: ["XDG_CONFIG_HOME": scratch.path]) }
    }

    /// TOMLKit's parser aborted the process (SIGABRT, a C++ assertion naming the build path)
    /// on these headers; each is now a problem on its line.
    @Test(arguments: [
        "[é]", "[\\]", "[.]", "[=]", "[#]", "[,]", "[ \\]", "[[\\]]", "[\u{1B}]", "[]", "[ [x]",
        // A combining or zero-width mark after "[" (one Character with it), and a header behind a byte order mark.
        "[\u{301}]", "[\u{301}a]", "[\u{200D}]", "\u{FEFF}[é]", "\u{3000}[.]",
        // White space TOML does not allow inside the brackets (found by the config fuzzer).
        "[[\r\u{0C}y[e", "[\u{0C}keys]",
    ])
    func aHeaderThatNamesNoSectionIsAProblemNotACrash(header: String) {
        #expect(
            problems("[keys]\ntick = [\"x\"]\n\(header)\n")
                == ["config.toml:3: a section header names a section, such as [keys] or [theme]"])
    }

    /// Windows line endings: "\r\n" is one Character to Swift, and splitting on Characters
    /// kept a CRLF file as one line, so a bad header on a later line reached TOMLKit (found by
    /// the config fuzzer).
    @Test func crlfFilesAreReadLineByLine() {
        #expect(
            problems("[keys]\r\ntick = [\"x\"]\r\n[é]\r\n") == [
                "config.toml:3: a section header names a section, such as [keys] or [theme]"
            ])
        #expect(
            problems("[keys]\r\ntick = [\"x\"]\r\ntik = [\"y\"]\r\n").first?.hasPrefix(
                "config.toml:3: unknown action \"tik\"") == true)
    }

    /// 150,000 dotted parts overflowed the parser's stack (SIGSEGV) in a 300 KB file.
    @Test func aNameOfVeryManyDottedPartsIsAProblemNotACrash() {
        let parts = Array(repeating: "a", count: 150_000).joined(separator: ".")
        #expect(problems("[keys]\n[\(parts)]\n") == ["config.toml:2: a name of more than 64 dotted parts"])
        #expect(problems("\(parts) = 1\n") == ["config.toml:1: a name of more than 64 dotted parts"])
    }

    /// Only names are dotted: a comment, or a list's line, may hold any number of full stops.
    @Test func dotsInCommentsAndListsAreNotNames() throws {
        let dots = String(repeating: ".", count: 70)
        let config = try Config.parse("# \(dots)\n[keys]\nquit = [\n  \"Q\", # \(dots)\n]\n", file: "config.toml")
        #expect(config.keys.action(for: .character("Q"), in: .ladder) == .quit)
    }

    @Test func headersThatTOMLAllowsStillRead() throws {
        let config = try Config.parse(
            "[ \"keys\" ]\n\"tick\" = [\"x\"]\n[ theme ]\ncolors = \"none\"\n", file: "config.toml")
        #expect(config.keys.action(for: .character("x"), in: .level) == .tick)
        #expect(config.colors == ColorChoice.none)
    }

    /// Each problem's line comes from one pass over the file (a search per problem made 16,000
    /// unknown sections take over a minute; `ladder-bench` times it). Twenty are listed.
    @Test func manyUnknownSectionsAreEachPlacedOnTheirLineAndTwentyListed() {
        let sections = (0..<16_000).map { "[t\($0)]\nx = 1" }.joined(separator: "\n")
        do {
            _ = try Config.parse(sections, file: "config.toml")
            Issue.record("16,000 unknown sections were accepted")
        } catch {
            #expect(error.problems.count == 16_000)
            #expect(error.problems.map(\.line) == (0..<16_000).map { $0 * 2 + 1 })
            let lines = error.description.split(separator: "\n")
            #expect(lines.count == 21)
            #expect(lines.last == "… and 15980 more problems")
        }
    }

    /// `quit = []` left nothing to quit with (the header read "quit quit").
    @Test func anActionBoundToNoKeysIsRefused() {
        #expect(
            problems("[keys]\nquit = []\n")
                == ["config.toml:2: quit = [] would leave quit with no key; list at least one, such as quit = [\"x\"]"])
    }

    @Test func aDanglingLinkOrALoopAtTheConfigPathIsRefused() throws {
        let scratch = ScratchDirectory()
        try FileManager.default.createDirectory(atPath: scratch.file("ladder"), withIntermediateDirectories: true)
        for target in [scratch.file("nowhere.toml"), scratch.file("ladder/config.toml")] {
            try? FileManager.default.removeItem(atPath: scratch.file("ladder/config.toml"))
            #expect(symlink(target, scratch.file("ladder/config.toml")) == 0)
            do {
                _ = try Config.load(environment: ["XDG_CONFIG_HOME": scratch.path])
                Issue.record("a link to \(target) fell back to the defaults")
            } catch {
                #expect(
                    error.description == scratch.file("ladder/config.toml")
                        + ": it is a symbolic link to nothing (or a loop of links), not a file")
            }
        }
    }

    /// A name with controls is quoted with them written out, not cleaned to nothing (`unknown key ""`).
    @Test func namesWithControlsAreQuotedVisibly() {
        let found = problems("[keys]\nup = [\"\\u001b[A\"]\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("config.toml:2: up: unknown key \"\\u{1B}[A\" (keys:") == true, "\(found)")
    }

    /// Ctrl-C always quits, before any key table: binding an action to it was accepted and did
    /// nothing (issue 29). It is refused with its line.
    @Test func theEvidenceEditorsKeysCannotBeRemapped() {
        #expect(
            problems("[keys]\nsave = [\"x\"]\n")
                == ["config.toml:2: save is a key of the evidence editor, where keys edit text: it cannot be remapped"])
    }

    @Test func aReservedKeyCannotBeBound() {
        #expect(
            problems("[keys]\nhelp = [\"ctrl-c\"]\n")
                == [
                    "config.toml:2: help: \"ctrl-c\" is reserved: it always quits (asking first when there is unsaved work)"
                ])
    }
}
