import Foundation
import LadderCore
import LadderTestSupport
import Testing
import LadderFiles

/// The hostile-input probe, kept as tests: names that climb out of folders, special files where
/// a file is expected, links. Each case once destroyed or exposed something.
@Suite struct HostileInputTests {
    let scratch = ScratchDirectory()
    var dataHome: String { scratch.file("data") }
    var environment: [String: String] {
        ["XDG_DATA_HOME": dataHome, "LADDER_PROGRESS": scratch.file("data/ladder/progress.json")]
    }

    private func ladder(_ arguments: String...) throws -> LadderProcess.Result {
        try ladder(arguments)
    }

    private func ladder(_ arguments: [String]) throws -> LadderProcess.Result {
        try LadderProcess.run(arguments, environment: environment)
    }

    private func kind(_ path: String) -> FileKind? { FileIO.kind(of: path, followingLinks: false) }

    // MARK: - Framework names

    @Test func removingAFrameworkNeverReachesOutsideTheFrameworksFolder() throws {
        try FileManager.default.createDirectory(
            atPath: scratch.file("data/ladder/frameworks"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch.file("elsewhere"), withIntermediateDirectories: true)
        #expect(try ladder("tick", "kax-design-organizations").status == 0)
        let progress = try #require(scratch.bytes("data/ladder/progress.json"))
        try scratch.write("{}", to: "elsewhere/decoy.json")

        for name in [
            "../progress", "../../../elsewhere/decoy", scratch.file("elsewhere/decoy"), "", ".", "../frameworks/x",
        ] {
            let result = try ladder("frameworks", "remove", name)
            #expect(result.status == 2, "remove \(name)")
            #expect(result.standardError.contains("no installed framework"), "remove \(name): \(result.standardError)")
        }
        #expect(scratch.bytes("data/ladder/progress.json") == progress)
        #expect(scratch.text("elsewhere/decoy.json") == "{}")
    }

    // MARK: - Output paths

    @Test func reportOutputRefusesAnythingButARegularFileOrANewName() throws {
        try FileManager.default.createDirectory(atPath: scratch.file("folder"), withIntermediateDirectories: true)
        #expect(mkfifo(scratch.file("pipe"), 0o600) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: scratch.file("link-to-pipe"), withDestinationPath: scratch.file("pipe"))
        try FileManager.default.createSymbolicLink(
            atPath: scratch.file("dangling"), withDestinationPath: scratch.file("nothing/here"))

        for (name, expected) in [
            ("pipe", "it is a FIFO"), ("link-to-pipe", "it is a FIFO"), ("folder", "it is a directory"),
            ("dangling", "symbolic link to nothing"), ("no/such/dir/report.md", "does not exist"),
        ] {
            let result = try ladder("report", "--output", scratch.file(name))
            #expect(result.status == 2, "\(name)")
            #expect(result.standardError.contains(expected), "\(name): \(result.standardError)")
        }
        #expect(kind(scratch.file("pipe")) == .fifo)
        #expect(kind(scratch.file("link-to-pipe")) == .symbolicLink)
        #expect(kind(scratch.file("folder")) == .directory)
        #expect(kind(scratch.file("dangling")) == .symbolicLink)
        #expect(FileManager.default.fileExists(atPath: scratch.file("nothing")) == false)
    }

    /// The report once replaced the progress file it was asked to write over (or an installed
    /// framework, or a link to either): every rating lost.
    @Test func reportAndPacketNeverReplaceLaddersOwnData() throws {
        #expect(try ladder("tick", "kax-design-organizations").status == 0)
        #expect(try ladder("import", try framework(), "--name", "Acme").status == 0)
        let progress = try #require(scratch.bytes("data/ladder/progress.json"))
        let acme = try #require(scratch.bytes("data/ladder/frameworks/acme.json"))
        try FileManager.default.createSymbolicLink(
            atPath: scratch.file("link.md"), withDestinationPath: scratch.file("data/ladder/progress.json"))
        for (output, what) in [
            ("data/ladder/progress.json", "your progress file"), ("link.md", "your progress file"),
            ("data/ladder/progress.json.v2.bak", "a file ladder keeps beside your progress file"),
            ("data/ladder/frameworks/acme.json", "in ladder's frameworks folder"),
            ("data/ladder/frameworks/new.json", "in ladder's frameworks folder"),
        ] {
            for command in [["report"], ["packet", "--target", "senior-pm"]] {
                let result = try ladder(command + ["--output", scratch.file(output)])
                #expect(result.status == 2, "\(command) \(output)")
                #expect(
                    result.standardError.contains("it is \(what); choose another file"),
                    "\(command) \(output): \(result.standardError)")
            }
        }
        #expect(scratch.bytes("data/ladder/progress.json") == progress)
        #expect(scratch.bytes("data/ladder/frameworks/acme.json") == acme)
        #expect(FileManager.default.fileExists(atPath: scratch.file("data/ladder/frameworks/new.json")) == false)
    }

    private func framework() throws -> String {
        try scratch.write("Competency,Junior PM,Senior PM\nWriting,Specs,Memos\n", to: "acme.csv")
        return scratch.file("acme.csv")
    }

    @Test func reportOutputWritesThroughALinkToARegularFile() throws {
        try scratch.write("old", to: "real.md")
        try FileManager.default.createSymbolicLink(
            atPath: scratch.file("link.md"), withDestinationPath: scratch.file("real.md"))
        #expect(try ladder("report", "--output", scratch.file("link.md")).status == 0)
        #expect(kind(scratch.file("link.md")) == .symbolicLink)
        #expect(scratch.text("real.md")?.hasPrefix("# Career progress report") == true)
    }

    // MARK: - Escapes in what the user typed

    /// Every message that quotes an argument or a path passes it through the sanitiser.
    @Test func argumentsAreNeverEchoedRaw() throws {
        let evil = "x\u{1B}]0;pwned\u{07}\u{1B}[31m\u{202E}y"
        try FileManager.default.createDirectory(atPath: scratch.file("d\u{1B}[5m"), withIntermediateDirectories: true)
        try scratch.write("{ damaged", to: "d\u{1B}[5m/progress.json")
        for arguments in [
            ["show", evil], ["compare", "apm", evil], ["tick", evil], ["rate", "kax-design-organizations", evil],
            ["report", "--format", evil], ["show", "apm", "--expert", evil], ["show", "apm", "--source", evil],
            ["import", scratch.file("none.csv"), "--map", evil], ["import", evil], ["level", "set", "current", evil],
            ["--progress-file", scratch.file("d\u{1B}[5m/progress.json"), "progress"], ["--\(evil)"],
        ] {
            let result = try ladder(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(
                !result.standardError.unicodeScalars.contains { [0x1B, 0x07, 0x202E].contains($0.value) },
                "\(arguments): \(result.standardError.debugDescription)")
            #expect(
                result.standardError.hasPrefix("ladder: ") || result.standardError.hasPrefix("Error: "), "\(arguments)")
        }
    }

    // MARK: - Re-import

    /// A re-import shows what changes, and refuses, without --replace, to orphan ratings.
    @Test func reimportingRefusesToOrphanRatingsWithoutReplace() throws {
        try scratch.write(
            "Competency,Junior PM,Senior PM\nWriting,Specs,Memos\nStrategy,Goals,Roadmaps\n", to: "acme.csv")
        #expect(try ladder("import", scratch.file("acme.csv"), "--name", "Acme").status == 0)
        #expect(try ladder("rate", "acme-strategy-senior-pm", "exceeding").status == 0)
        let installed = try #require(scratch.bytes("data/ladder/frameworks/acme.json"))

        try scratch.write(
            "Competency,Junior PM,Senior PM\nWriting,Specs,Better memos\nDelivery,Ships,Unblocks\n", to: "acme.csv")
        let refused = try ladder("import", scratch.file("acme.csv"), "--name", "Acme")
        #expect(refused.status == 2)
        #expect(refused.standardOutput.replacing("\n", with: " ").contains("2 added, 2 removed, 1 changed."))
        #expect(refused.standardOutput.contains("  acme-strategy-senior-pm\n"))
        #expect(refused.standardError.contains("--replace installs it anyway"))
        #expect(scratch.bytes("data/ladder/frameworks/acme.json") == installed)

        #expect(try ladder("rate", "acme-writing-senior-pm", "meeting").status == 0)
        let reworded = try ladder("import", scratch.file("acme.csv"), "--name", "Acme", "--dry-run")
        #expect(reworded.status == 2, "a dry run ends as the import would")
        #expect(
            reworded.standardOutput.replacing("\n", with: " ").contains(
                "Your ratings or evidence on 1 entry whose words change are kept; "
                    + "check that they still hold (`ladder show LEVEL --expert acme` shows the new words):   acme-writing-senior-pm"
            ), "\(reworded.standardOutput)")
        let replaced = try ladder("import", scratch.file("acme.csv"), "--name", "Acme", "--replace")
        #expect(replaced.status == 0, "\(replaced.standardError)")
        #expect(scratch.bytes("data/ladder/frameworks/acme.json") != installed)
        // The rating is kept, as an orphan, ready for a file that has the entry again.
        #expect(try ladder("progress").standardOutput.contains("acme-strategy-senior-pm"))
    }

    // MARK: - Usage errors create nothing

    @Test func badPathsAndNamesAreUsageErrorsThatCreateNothing() throws {
        try FileManager.default.createDirectory(atPath: scratch.file("dir"), withIntermediateDirectories: true)
        try scratch.write("Competency,Junior PM,Senior PM\nWriting,Specs,Memos\n", to: "acme.csv")
        let cases: [([String], String)] = [
            (["--progress-file", "", "tick", "kax-design-organizations"], "--progress-file needs a path"),
            (["--progress-file", scratch.file("dir/"), "tick", "kax-design-organizations"], "names a directory"),
            (
                ["--progress-file", scratch.file("dir"), "tick", "kax-design-organizations"],
                "is a directory, not a file"
            ),
            (
                ["import", scratch.file("acme.csv"), "--name", String(repeating: "n", count: 300)],
                "a framework's name has at most 64"
            ),
            (
                ["import", scratch.file("acme.csv"), "--map", "Junior PM=apm", "--map", "Junior PM=pm"],
                "--map names \"Junior PM\" twice"
            ),
        ]
        for (arguments, message) in cases {
            let result = try ladder(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.standardError.contains(message), "\(arguments): \(result.standardError)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.file("dir")) == [])
        #expect(FileManager.default.fileExists(atPath: dataHome) == false)
    }

    @Test func aCatalogFileWithNothingInItIsRefusedAndCountsAreTakenFromTheFile() throws {
        try scratch.write("{\"schemaVersion\": 1}", to: "empty.json")
        let empty = try ladder("import", scratch.file("empty.json"))
        #expect(empty.status == 2)
        #expect(empty.standardError.contains("the catalog file has no levels and no skills: nothing to import"))
        try scratch.write(
            """
            {"schemaVersion": 1, "levels": [{"id": "x-level", "title": "X level"}],
             "tracks": [{"id": "x-track", "title": "X", "levels": ["x-level"]}],
             "sources": [{"id": "x-source", "title": "X handbook", "kind": "framework"}], "experts": [{"id": "x-expert", "name": "X"}],
             "skills": [{"id": "x-skill", "levels": ["x-level"], "source": "x-source", "expert": "x-expert", "area": "strategy",
                         "summary": "Plans", "quote": "Plans ahead", "locator": "page 1"}]}
            """, to: "one.json")
        #expect(try ladder("import", scratch.file("one.json"), "--name", "One").status == 0)
        #expect(
            try ladder("frameworks").standardOutput.replacing("\n  ", with: " ").hasPrefix(
                "one: X handbook, 1 level, 1 skill ("))
    }

    // MARK: - Resource limits

    /// Under `ulimit -f`, a save fails with a message (SIGXFSZ used to kill it silently) and
    /// leaves the file as it was and no temporary behind.
    @Test func aSaveOverTheFileSizeLimitFailsWithAMessage() throws {
        for skill in ["kax-design-organizations", "kax-raise-the-bar", "kax-embrace-change", "kax-lead-by-example"] {
            #expect(
                try ladder("evidence", "add", skill, String(repeating: "Shipped the thing. ", count: 40)).status == 0)
        }
        let before = try #require(scratch.bytes("data/ladder/progress.json"))
        #expect(before.count > 2048)
        let limited = try ChildProcess.run(
            "/bin/sh",
            [
                "-c", "ulimit -f 2; exec \"$0\" \"$@\"", LadderProcess.binary.path,
                "evidence", "add", "kax-lead-by-example", "One more",
            ],
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
        #expect(limited.status == 1)
        #expect(limited.standardError.contains("File too large"), "\(limited.standardError)")
        #expect(scratch.bytes("data/ladder/progress.json") == before)
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.file("data/ladder"))
        #expect(!left.contains { $0.contains(".tmp-") }, "\(left)")
    }

    /// A rating key edited into the file with control characters is shown cleaned; `untick`
    /// with what is shown clears it (it used to say "not rated" and keep it).
    @Test func anOrphanedKeyWithControlCharactersIsClearedByWhatIsShown() throws {
        try FileManager.default.createDirectory(atPath: scratch.file("data/ladder"), withIntermediateDirectories: true)
        try scratch.write(
            #"{"schemaVersion": 3, "ratings": {"gone-skill\u001b]0;x\u0007\u202e": {"rating": "meeting", "ratedAt": "2026-01-01T00:00:00Z"}}}"#,
            to: "data/ladder/progress.json")
        let shown = try ladder("progress")
        #expect(shown.standardOutput.contains("gone-skill (meeting"), "\(shown.standardOutput)")
        let cleared = try ladder("untick", "gone-skill")
        #expect(cleared.status == 0, "\(cleared.standardError)")
        #expect(cleared.standardOutput.hasPrefix("Cleared the ratings of 1 skill"), "\(cleared.standardOutput)")
        #expect(scratch.text("data/ladder/progress.json")?.contains("gone-skill") == false)
    }

    /// A file `--output` replaces keeps its mode; a read-only one is refused, untouched.
    @Test func reportOutputKeepsTheModeOfAFileItReplacesAndRefusesAReadOnlyOne() throws {
        try scratch.write("old", to: "shared.md")
        #expect(chmod(scratch.file("shared.md"), 0o640) == 0)
        #expect(try ladder("report", "--output", scratch.file("shared.md")).status == 0)
        #expect(FileIO.permissions(of: scratch.file("shared.md")) == 0o640)

        try scratch.write("keep me", to: "locked.md")
        #expect(chmod(scratch.file("locked.md"), 0o444) == 0)
        let refused = try ladder("report", "--output", scratch.file("locked.md"))
        #expect(refused.status == 2)
        #expect(
            refused.standardError.contains(
                "it is read-only; choose another file or make it writable. Nothing was written"),
            "\(refused.standardError)")
        #expect(scratch.text("locked.md") == "keep me")
        #expect(FileIO.permissions(of: scratch.file("locked.md")) == 0o444)
    }

    /// `/proc/self/fd/1` to a pipe is a link the kernel follows to a FIFO: said so, not "a link to nothing".
    @Test func aLinkToAPipeIsCalledWhatItIs() throws {
        let result = try ChildProcess.run(
            "/bin/sh", ["-c", "\"$0\" report --output /proc/self/fd/1 | cat", LadderProcess.binary.path],
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
        #expect(
            result.standardError
                == "ladder: cannot write the report to /proc/self/fd/1: it is a symbolic link to a FIFO, "
                + "not to a regular file; nothing was written\n")
    }

    /// An installed "framework" that is a link to the progress file: named as such by every
    /// command, where `tracks` said "version 3 is newer" and `frameworks` listed it as loaded.
    @Test func aProgressFileInstalledAsAFrameworkIsNamedAsSuch() throws {
        #expect(try ladder("tick", "kax-design-organizations").status == 0)
        try FileManager.default.createDirectory(
            atPath: dataHome + "/ladder/frameworks", withIntermediateDirectories: true)
        #expect(symlink(dataHome + "/ladder/progress.json", dataHome + "/ladder/frameworks/mine.json") == 0)
        let tracks = try ladder("tracks")
        #expect(tracks.status == 0)
        #expect(
            tracks.standardError.contains("mine.json: this is a ladder progress file, not a catalog or framework"),
            "\(tracks.standardError)")
        let listed = try ladder("frameworks")
        #expect(listed.standardOutput.contains("mine: not loaded: "), "\(listed.standardOutput)")
        #expect(
            listed.standardOutput.contains("this is a ladder progress file, not a catalog or framework"),
            "\(listed.standardOutput)")
    }

    /// Temporaries a killed import or report left are removed by the next write beside them
    /// once they are over a minute old and no process has their writer's id (a process id above
    /// the kernel's largest); a live process's, or a fresh one, stays (its id may be another
    /// PID namespace's).
    @Test func staleTemporariesBesideFrameworksAndReportsAreRemoved() throws {
        try scratch.write("Competency,Junior PM,Senior PM\nDiscovery,Joins interviews,Runs discovery\n", to: "acme.csv")
        #expect(try ladder("import", scratch.file("acme.csv"), "--name", "Acme").status == 0)
        let alive = Int(getppid())
        let old = Date(timeIntervalSinceNow: -120)
        let planted = [
            "data/ladder/frameworks/evil.json.tmp-9999999": old, "report.md.tmp-9999999": old,
            "data/ladder/frameworks/live.json.tmp-\(alive)": old, "report.md.tmp-\(alive)": old,
            "data/ladder/frameworks/fresh.json.tmp-9999998": Date(),
        ]
        for (name, time) in planted {
            try scratch.write("half", to: name)
            try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: scratch.file(name))
        }
        #expect(try ladder("import", scratch.file("acme.csv"), "--name", "Other").status == 0)
        #expect(try ladder("report", "--output", scratch.file("report.md")).status == 0)
        let left = Set(planted.keys.filter { FileManager.default.fileExists(atPath: scratch.file($0)) })
        #expect(
            left == [
                "data/ladder/frameworks/live.json.tmp-\(alive)", "report.md.tmp-\(alive)",
                "data/ladder/frameworks/fresh.json.tmp-9999998",
            ])
    }
}
