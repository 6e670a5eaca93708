import Foundation
import LadderCore
import LadderTestSupport
import Testing
import LadderFiles

/// Every loader and every command that takes a path, run against the hostile corpus
/// (`HostileCorpus/`: escape sequences, bidi overrides, invalid UTF-8, NUL bytes, traversal
/// names) and against special files made on the spot. Each run must end (a time limit turns a
/// hang into a failure), exit 0, 1 or 2 with a message, and print no raw control text.
@Suite struct HostileCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "HostileCorpus")
    static let files = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()

    let scratch = ScratchDirectory()
    var environment: [String: String] {
        [
            "XDG_DATA_HOME": scratch.file("data"), "XDG_CONFIG_HOME": scratch.file("config"),
            "LADDER_PROGRESS": scratch.file("progress.json"),
        ]
    }

    /// `ladder` with a time limit: a run that hangs is killed and exits 124.
    private func ladder(_ arguments: [String]) throws -> LadderProcess.Result {
        let result = try ChildProcess.run(
            "/usr/bin/timeout", ["-s", "KILL", "30", LadderProcess.binary.path] + arguments,
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
        return LadderProcess.Result(
            status: result.status, standardOutput: result.standardOutput, standardError: result.standardError)
    }

    /// Escape, bell, C1 controls, bidi overrides and isolates: what a terminal or `jq -r` would act on.
    static func isRawControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    private func expectHandled(
        _ result: LadderProcess.Result, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect([0, 1, 2].contains(result.status), "\(what): exit \(result.status)", sourceLocation: sourceLocation)
        if result.status != 0 {
            #expect(
                result.standardError.hasPrefix("ladder: "), "\(what): \(result.standardError)",
                sourceLocation: sourceLocation)
        }
        let raw = (result.standardOutput + result.standardError).unicodeScalars.filter(Self.isRawControl)
        #expect(
            raw.isEmpty, "\(what) printed raw control text: \(raw.map { String($0.value, radix: 16) })",
            sourceLocation: sourceLocation)
    }

    /// A copy of a corpus file in the scratch folder, for commands that may write to their path.
    private func copy(_ name: String) throws -> String {
        let copy = scratch.file("copy-" + name)
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: Self.corpus.appendingPathComponent(name).path, toPath: copy)
        return copy
    }

    @Test(arguments: files) func everyLoaderRefusesOrCleansIt(name: String) throws {
        let path = Self.corpus.appendingPathComponent(name).path
        expectHandled(try ladder(["import", path, "--dry-run"]), "import --dry-run \(name)")
        expectHandled(try ladder(["tracks", "--framework", path]), "--framework \(name)")
        expectHandled(try ladder(["opinion", "add", path, "--name", "corpus"]), "opinion add \(name)")
        expectHandled(try ladder(["team", "add", path, "--name", "corpus"]), "team add \(name)")
        expectHandled(try ladder(["team", "--json"]), "team after adding \(name)")
        expectHandled(try ladder(["team", "list"]), "team list after adding \(name)")
        expectHandled(try ladder(["--progress-file", try copy(name), "progress"]), "--progress-file \(name)")
        let installed = try ladder(["import", path, "--name", "Corpus"])
        expectHandled(installed, "import \(name)")
        if installed.status == 0 {
            for command in [
                ["catalog", "--json"], ["show", "apm"], ["search", "PM"], ["frameworks"],
                ["report", "--format", "json"],
                ["compare", "apm", "senior-pm"], ["show", "apm", "--expert", "corpus", "--json"],
            ] {
                expectHandled(try ladder(command), "\(command) after importing \(name)")
            }
            #expect(try ladder(["frameworks", "remove", "corpus"]).status == 0)
        }
    }

    /// A FIFO, a device, a directory, a dangling link and a link to a FIFO, wherever a file is read or written.
    @Test func specialFilesAreRefusedWithoutBlocking() throws {
        #expect(mkfifo(scratch.file("pipe.csv"), 0o600) == 0)
        try FileManager.default.createDirectory(atPath: scratch.file("folder.md"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.file("zero.json"), withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(
            atPath: scratch.file("dangling.csv"), withDestinationPath: scratch.file("nothing"))
        try FileManager.default.createSymbolicLink(
            atPath: scratch.file("to-pipe.md"), withDestinationPath: scratch.file("pipe.csv"))
        for special in ["pipe.csv", "folder.md", "zero.json", "dangling.csv", "to-pipe.md"] {
            let path = scratch.file(special)
            for command in [
                ["import", path], ["tracks", "--framework", path], ["opinion", "add", path, "--name", "x"],
                ["team", "add", path, "--name", "x"],
                ["--progress-file", path, "tick", "kax-design-organizations"], ["report", "--output", path],
                ["packet", "--target", "senior-pm", "--output", path],
            ] {
                let result = try ladder(command)
                expectHandled(result, "\(command)")
                #expect(result.status != 0, "\(command) accepted a special file")
            }
        }
        #expect(FileIO.kind(of: scratch.file("pipe.csv"), followingLinks: false) == .fifo)
        #expect(FileIO.kind(of: scratch.file("zero.json"), followingLinks: false) == .symbolicLink)
        #expect(FileIO.kind(of: scratch.file("dangling.csv"), followingLinks: false) == .symbolicLink)
    }

    /// The README promises that an installed framework that no longer loads is skipped with a
    /// warning; a FIFO there once hung every command and a link to /dev/zero ate memory.
    @Test func specialFilesAmongInstalledFrameworksAreSkippedWithAWarning() throws {
        let folder = scratch.file("data/ladder/frameworks")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(mkfifo(folder + "/pipe.json", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/zero.json", withDestinationPath: "/dev/zero")
        try FileManager.default.createDirectory(atPath: folder + "/folder.json", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/dangling.json", withDestinationPath: folder + "/nothing.json")
        for command in [["tracks"], ["show", "apm"], ["search", "roadmap"]] {
            let result = try ladder(command)
            #expect(result.status == 0, "\(command): \(result.standardError)")
            for name in ["pipe.json", "zero.json", "folder.json"] {
                #expect(
                    result.standardError.contains(
                        "ladder: warning: skipped an installed framework: cannot read \(folder)/\(name)"),
                    "\(command) did not name \(name)")
            }
        }
        let listed = try ladder(["frameworks"])
        #expect(listed.status == 0)
        // Lines are wrapped to the width; read them as one text.
        let list = listed.standardOutput.replacing("\n  ", with: " ")
        #expect(list.contains("pipe: not loaded: cannot read \(folder)/pipe.json: it is a FIFO, not a file"))
        #expect(
            list.contains("zero: not loaded: cannot read \(folder)/zero.json: it is a character device, not a file"))
        #expect(list.contains("folder.json: it is a directory, not a file (a folder, not a framework ladder installed"))
        #expect(list.contains("dangling: not loaded: \(folder)/dangling.json: it is a symbolic link to nothing"))
    }

    /// Names that climb out of the frameworks folder become plain ids inside it.
    @Test(arguments: ["../progress", "/etc/passwd", "..", "a/b/../../c", "~root"])
    func aFrameworkNameNeverBecomesAPath(name: String) throws {
        try scratch.write("Competency,Junior PM,Senior PM\nWriting,Specs,Memos\n", to: "ladder.csv")
        try scratch.write("{}", to: "progress.json")
        let result = try ladder(["import", scratch.file("ladder.csv"), "--name", name])
        expectHandled(result, "--name \(name)")
        #expect(scratch.text("progress.json") == "{}")
        let installed =
            (try? FileManager.default.contentsOfDirectory(atPath: scratch.file("data/ladder/frameworks"))) ?? []
        #expect(installed.allSatisfy { !$0.contains("/") && !$0.hasPrefix(".") }, "\(installed)")
        #expect(FileManager.default.fileExists(atPath: scratch.file("data/progress.json")) == false)
    }
}
