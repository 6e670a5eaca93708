import Foundation
import LadderCore
import LadderTestSupport
import Testing

/// The hostile-input probe, kept as tests: names that climb out of folders, special files where
/// a file is expected, links. Each case once destroyed or exposed something.
@Suite struct HostileInputTests {
    let scratch = ScratchDirectory()
    var dataHome: String { scratch.file("data") }
    var environment: [String: String] { ["XDG_DATA_HOME": dataHome, "LADDER_PROGRESS": scratch.file("data/ladder/progress.json")] }

    private func ladder(_ arguments: String...) throws -> LadderProcess.Result {
        try LadderProcess.run(arguments, environment: environment)
    }

    private func kind(_ path: String) -> FileKind? { FileIO.kind(of: path, followingLinks: false) }

    // MARK: - Framework names

    @Test func removingAFrameworkNeverReachesOutsideTheFrameworksFolder() throws {
        try FileManager.default.createDirectory(atPath: scratch.file("data/ladder/frameworks"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch.file("elsewhere"), withIntermediateDirectories: true)
        #expect(try ladder("tick", "kax-design-organizations").status == 0)
        let progress = try #require(scratch.bytes("data/ladder/progress.json"))
        try scratch.write("{}", to: "elsewhere/decoy.json")

        for name in ["../progress", "../../../elsewhere/decoy", scratch.file("elsewhere/decoy"), "", ".", "../frameworks/x"] {
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
        try FileManager.default.createSymbolicLink(atPath: scratch.file("link-to-pipe"), withDestinationPath: scratch.file("pipe"))
        try FileManager.default.createSymbolicLink(atPath: scratch.file("dangling"), withDestinationPath: scratch.file("nothing/here"))

        for (name, expected) in [("pipe", "it is a FIFO"), ("link-to-pipe", "it is a FIFO"), ("folder", "it is a directory"),
                                 ("dangling", "symbolic link to nothing"), ("no/such/dir/report.md", "does not exist")] {
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

    @Test func reportOutputWritesThroughALinkToARegularFile() throws {
        try scratch.write("old", to: "real.md")
        try FileManager.default.createSymbolicLink(atPath: scratch.file("link.md"), withDestinationPath: scratch.file("real.md"))
        #expect(try ladder("report", "--output", scratch.file("link.md")).status == 0)
        #expect(kind(scratch.file("link.md")) == .symbolicLink)
        #expect(scratch.text("real.md")?.hasPrefix("# Career progress report") == true)
    }
}
