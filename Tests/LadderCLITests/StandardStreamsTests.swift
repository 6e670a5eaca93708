import Foundation
import LadderCore
import LadderTestSupport
import Testing

/// What reaches the terminal: no escape sequence from a path or the user's own text, JSON that
/// escapes every control, and a write to standard output that fails is an error.
@Suite struct StandardStreamsTests {
    let scratch = ScratchDirectory()
    /// A folder as an archive might unpack it: an OSC 52 clipboard write, SGR, a C1 CSI, a bidi override.
    static let evilName = "evil\u{1B}]52;c;SGVsbG8=\u{07}\u{1B}[31m\u{9B}2J\u{202E}dir"
    var evil: String { scratch.file(Self.evilName) }
    var environment: [String: String] {
        [
            "XDG_DATA_HOME": evil + "/data", "LADDER_PROGRESS": evil + "/progress.json",
            "XDG_CONFIG_HOME": scratch.file("config"),
        ]
    }

    private func ladder(_ arguments: String...) throws -> LadderProcess.Result {
        try LadderProcess.run(arguments, environment: environment)
    }

    /// Whether `text` holds anything a terminal acts on: C0 but newline, DEL, C1, bidi controls.
    private func raw(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
                || [0x061C, 0x200E, 0x200F, 0x2066, 0x2067, 0x2068, 0x2069].contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value)
        }
    }

    private func expectClean(
        _ result: LadderProcess.Result, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            !raw(result.standardOutput), "\(what): \(result.standardOutput.debugDescription)",
            sourceLocation: sourceLocation)
        #expect(
            !raw(result.standardError), "\(what): \(result.standardError.debugDescription)",
            sourceLocation: sourceLocation)
    }

    /// Every command that prints a path, with the progress file and data folder inside such a
    /// folder: what it prints names the folder, cleaned.
    @Test func pathsWithEscapeSequencesAreNeverPrintedRaw() throws {
        try FileManager.default.createDirectory(atPath: evil, withIntermediateDirectories: true)
        let skill = "kax-design-organizations"
        var printed: [(String, LadderProcess.Result)] = []
        printed.append(("tick", try ladder("tick", skill)))
        printed.append(("frameworks, none", try ladder("frameworks")))
        printed.append(("opinion list, none", try ladder("opinion", "list")))
        try scratch.write(
            #"{"schemaVersion": 3, "ratings": {"\#(skill)": {"rating": "meeting", "ratedAt": "2026-01-01T00:00:00Z"}}}"#,
            to: "boss.json")
        printed.append(("opinion add", try ladder("opinion", "add", scratch.file("boss.json"), "--name", "boss")))
        printed.append(("opinion list", try ladder("opinion", "list")))
        try scratch.write("Competency,Junior PM,Senior PM\nDiscovery,Joins interviews,Runs discovery\n", to: "acme.csv")
        printed.append(("import", try ladder("import", scratch.file("acme.csv"), "--name", "Acme")))
        printed.append(("frameworks", try ladder("frameworks")))
        printed.append(("report --output", try ladder("report", "--output", evil + "/report.md")))
        try scratch.write(#"{"schemaVersion": 1, "ticks": []}"#, to: Self.evilName + "/progress.json")
        printed.append(("tick, upgrading", try ladder("tick", skill)))
        try scratch.write("{ damaged", to: Self.evilName + "/progress.json")
        printed.append(("progress, damaged", try ladder("progress")))  // exits 2, naming the file
        printed.append(("progress --repair", try ladder("progress", "--repair")))
        printed.append(("progress --repair, fine", try ladder("progress", "--repair")))

        for (what, result) in printed {
            #expect(result.status == (what == "progress, damaged" ? 2 : 0), "\(what): \(result.standardError)")
            expectClean(result, what)
        }
        // The path is still said, cleaned: the escape sequences gone, the rest of the name kept.
        let repaired = try #require(printed.first { $0.0 == "progress --repair" }).1.standardOutput
        #expect(repaired.contains("Starting afresh at \(scratch.path)/evil\u{FFFD}2Jdir/progress.json"), "\(repaired)")
    }

    /// The working directory is part of a relative `--progress-file`'s path.
    @Test func aWorkingDirectoryWithEscapeSequencesIsNeverPrintedRaw() throws {
        try FileManager.default.createDirectory(atPath: evil, withIntermediateDirectories: true)
        let result = try ChildProcess.run(
            "/bin/sh",
            [
                "-c", "cd \"$1\" && shift && exec \"$@\"", "sh", evil,
                LadderProcess.binary.path, "--progress-file", "p.json", "tick", "kax-design-organizations",
            ],
            environment: ProcessInfo.processInfo.environment)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("Ticked 1 skill"), "\(result.standardOutput)")
        expectClean(
            LadderProcess.Result(
                status: result.status, standardOutput: result.standardOutput, standardError: result.standardError),
            "cwd")
    }

    /// The user's own text (evidence, check-in messages) can hold C1 controls, bidi overrides
    /// and DEL: every JSON output escapes them, and they read back exactly.
    @Test func jsonEscapesEveryControlInTheUsersOwnText() throws {
        try FileManager.default.createDirectory(atPath: evil, withIntermediateDirectories: true)
        let text = "Led\u{9B}31m the\u{85} launch\u{202E}\u{7F} \u{2066}review"
        #expect(try ladder("rate", "kax-design-organizations", "meeting").status == 0)
        #expect(try ladder("evidence", "add", "kax-design-organizations", text).status == 0)
        #expect(try ladder("checkin", "--message", text).status == 0)
        for arguments in [["evidence", "list", "--json"], ["history", "--json"], ["report", "--format", "json"]] {
            let result = try LadderProcess.run(arguments, environment: environment)
            #expect(result.status == 0, "\(arguments): \(result.standardError)")
            expectClean(result, "\(arguments)")
            #expect(result.standardOutput.contains(#"\u009b31m"#), "\(arguments)")
            #expect(result.standardOutput.contains(#"\u202e\u007f"#), "\(arguments)")
            // Decoded, the JSON holds the text exactly.
            func strings(_ value: Any) -> [String] {
                switch value {
                case let text as String: [text]
                case let list as [Any]: list.flatMap(strings)
                case let object as [String: Any]: object.values.flatMap(strings)
                default: []
                }
            }
            #expect(
                strings(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))).contains(text),
                "\(arguments)")
        }
        // The progress file itself escapes them too, so `cat` of it is safe.
        let file = try #require(scratch.text(Self.evilName + "/progress.json"))
        #expect(!raw(file.replacingOccurrences(of: "\n", with: "")))
        #expect(file.contains(#"Led\u009b31m the\u0085 launch\u202e\u007f \u2066review"#))
    }

    /// A failed or short write to standard output exits 1 with a message; a reader that went
    /// away ends ladder quietly.
    @Test func writeErrorsOnStandardOutputAreErrors() throws {
        let plain = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        for command in ["tracks", "catalog --json", "report", "--help", "--version"] {
            let full = try ChildProcess.run(
                "/bin/sh", ["-c", "exec \"$0\" \(command) > /dev/full", LadderProcess.binary.path],
                environment: plain)
            #expect(full.status == 1, "\(command)")
            #expect(
                full.standardError == "ladder: cannot write to standard output: No space left on device\n",
                "\(command): \(full.standardError)")
        }
        let limited = try ChildProcess.run(
            "/bin/sh",
            [
                "-c", "ulimit -f 1; exec \"$0\" catalog --json > \"$1\"", LadderProcess.binary.path,
                scratch.file("cut.json"),
            ], environment: plain)
        #expect(limited.status == 1)
        #expect(
            limited.standardError == "ladder: cannot write to standard output: File too large\n",
            "\(limited.standardError)")

        // SIGPIPE ignored, as some parents leave it: the write fails with EPIPE instead.
        let piped = try ChildProcess.run(
            "/bin/sh",
            ["-c", "trap '' PIPE; \"$0\" catalog --json | head -c 10 > /dev/null", LadderProcess.binary.path],
            environment: plain)
        #expect(piped.status == 0)
        #expect(piped.standardError.isEmpty, "\(piped.standardError)")
    }
}
