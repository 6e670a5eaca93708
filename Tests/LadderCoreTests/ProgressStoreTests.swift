import Foundation
import LadderCore
import Testing
import LadderTestSupport

@Suite struct ProgressStoreTests {
    let scratch = ScratchDirectory()
    let fixedNow = Date(timeIntervalSince1970: 1_790_000_000)

    private func store(_ name: String = "data/progress.json") -> ProgressStore {
        ProgressStore(path: scratch.file(name), now: { fixedNow })
    }

    @Test func aMissingFileIsEmptyProgressAndNothingIsWrittenUntilAChange() {
        let store = store()
        #expect(store.progress == UserProgress())
        #expect(store.damage == nil)
        #expect(scratch.names() == [])
    }

    @Test func aChangeIsSavedAtOnceCreatingDirectoriesAndAPrivateFile() throws {
        let store = store("a/b/progress.json")
        try store.record([.tick(skill: "x", at: store.timestamp()), .setLevel(.current, "pm")])
        let attributes = try FileManager.default.attributesOfItem(atPath: scratch.file("a/b/progress.json"))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(ProgressStore(path: scratch.file("a/b/progress.json")).progress
                == UserProgress(ticks: ["x": "2026-09-21T14:13:20Z"], currentLevel: "pm"))
        #expect(!store.hasUnsavedChanges)
    }

    @Test func roundTripsTicksNotesAndLevels() throws {
        try store().record([
            .tick(skill: "a", at: "2026-01-01T00:00:00Z"), .tick(skill: "b", at: "2026-01-02T00:00:00Z"),
            .note(skill: "a", text: "shipped pricing"), .setLevel(.target, "director"), .untick(skill: "b"),
        ])
        #expect(store().progress == UserProgress(
            ticks: ["a": "2026-01-01T00:00:00Z"], notes: ["a": "shipped pricing"], targetLevel: "director"))
    }

    @Test func tickingAgainKeepsTheFirstTime() throws {
        let store = store()
        try store.record([.tick(skill: "a", at: "2026-01-01T00:00:00Z")])
        try store.record([.tick(skill: "a", at: "2026-05-05T00:00:00Z")])
        #expect(store.progress.ticks == ["a": "2026-01-01T00:00:00Z"])
    }

    @Test func twoInstancesMergeInsteadOfOverwriting() throws {
        try store().record([.tick(skill: "shared", at: "2026-01-01T00:00:00Z")])
        let first = store(), second = store()
        try first.record([.tick(skill: "from-first", at: "2026-01-02T00:00:00Z")])
        // `second` has not seen that tick; its untick of another skill must not undo it.
        try second.record([.untick(skill: "shared")])
        #expect(second.progress.ticks == ["from-first": "2026-01-02T00:00:00Z"])
        #expect(store().progress.ticks == ["from-first": "2026-01-02T00:00:00Z"])
    }

    @Test func anotherInstancesChangesArePickedUpWhenTheFileChanges() throws {
        let explorer = store()
        #expect(!explorer.reloadIfChanged())
        try store().record([.tick(skill: "from-cli", at: "2026-01-02T00:00:00Z")])
        #expect(explorer.reloadIfChanged())
        #expect(explorer.progress.isTicked("from-cli"))
        #expect(!explorer.reloadIfChanged())
    }

    @Test(arguments: [
        "not json at all",
        "{\"schemaVersion\": 2, \"ticks\": [1, 2]}",
        "{\"schemaVersion\": 99, \"ticks\": {}}",
        "{\"schemaVersion\": 2, \"ticks\": {\"a\": \"2026-01-01T00:00:00Z\"}, \"extra\": true}",
    ])
    func aDamagedFileIsNeverOverwritten(text: String) throws {
        try FileManager.default.createDirectory(atPath: scratch.file("data"), withIntermediateDirectories: true)
        try scratch.write(text, to: "data/progress.json")
        let store = store()
        #expect(store.isReadOnly)
        #expect(throws: ProgressStoreError.self) { try store.record([.tick(skill: "a", at: store.timestamp())]) }
        #expect(throws: ProgressStoreError.self) { try store.save() }
        #expect(scratch.text("data/progress.json") == text)
        #expect(scratch.names() == ["data"])
    }

    @Test func aFileDamagedWhileOpenIsNotOverwrittenEither() throws {
        let store = store()
        try store.record([.tick(skill: "a", at: store.timestamp())])
        try scratch.write("{ truncated", to: "data/progress.json")
        #expect(throws: ProgressStoreError.self) { try store.record([.tick(skill: "b", at: store.timestamp())]) }
        #expect(scratch.text("data/progress.json") == "{ truncated")
        #expect(store.isReadOnly)
    }

    @Test func aDirectoryIsNotAProgressFileAndRepairNeverMovesIt() throws {
        try FileManager.default.createDirectory(atPath: scratch.file("data/progress.json"), withIntermediateDirectories: true)
        try scratch.write("keep me", to: "data/progress.json/inside")
        let store = store()
        #expect(store.damage == .notAFile(.directory))
        #expect(throws: FileError.self) { try store.repair() }
        #expect(scratch.text("data/progress.json/inside") == "keep me")
        #expect(throws: ProgressStoreError.self) { try store.record([.untick(skill: "a")]) }
    }

    @Test func damageIsExplainedWithThePathAndTheWayOut() throws {
        try FileManager.default.createDirectory(atPath: scratch.file("data"), withIntermediateDirectories: true)
        try scratch.write("{\"schemaVersion\": 5}", to: "data/progress.json")
        do {
            try store().record([.untick(skill: "a")])
            Issue.record("saved over a damaged file")
        } catch {
            #expect(error.description == "the progress file \(scratch.file("data/progress.json")) was written by a newer ladder "
                + "(schema version 5; this one reads up to 2). It was left untouched; run `ladder progress --repair` "
                + "to move it aside and start afresh.")
        }
    }

    @Test func repairMovesTheDamagedFileAsideAndStartsAfresh() throws {
        try FileManager.default.createDirectory(atPath: scratch.file("data"), withIntermediateDirectories: true)
        try scratch.write("garbage", to: "data/progress.json")
        let store = store()
        let moved = try #require(try store.repair())
        #expect(moved == scratch.file("data/progress.json.broken-20260921T141320Z"))
        #expect(scratch.text("data/progress.json.broken-20260921T141320Z") == "garbage")
        #expect(!store.isReadOnly)
        try store.record([.tick(skill: "a", at: store.timestamp())])
        #expect(store.progress.isTicked("a"))
    }

    @Test func repairingTwiceInOneSecondKeepsBothBrokenFiles() throws {
        try FileManager.default.createDirectory(atPath: scratch.file("data"), withIntermediateDirectories: true)
        try scratch.write("first", to: "data/progress.json")
        _ = try store().repair()
        try scratch.write("second", to: "data/progress.json")
        let moved = try #require(try store().repair())
        #expect(moved.hasSuffix(".broken-20260921T141320Z-2"))
        #expect(scratch.text("data/progress.json.broken-20260921T141320Z") == "first")
    }

    @Test func repairLeavesAGoodFileAlone() throws {
        let store = store()
        try store.record([.tick(skill: "a", at: store.timestamp())])
        #expect(try store.repair() == nil)
        #expect(store.progress.isTicked("a"))
    }

    @Test func anOlderVersionIsMigratedAndItsOriginalKeptBeforeTheFirstSave() throws {
        try FileManager.default.createDirectory(atPath: scratch.file("data"), withIntermediateDirectories: true)
        let original = "{\"schemaVersion\": 1, \"ticks\": [\"old\"]}"
        try scratch.write(original, to: "data/progress.json")
        let store = store()
        #expect(store.progress.isTicked("old"))
        #expect(scratch.bytes("data/progress.json.v1.bak") == nil)
        try store.record([.tick(skill: "new", at: store.timestamp())])
        #expect(scratch.text("data/progress.json.v1.bak") == original)
        #expect(ProgressStore(path: scratch.file("data/progress.json")).progress.ticks.keys.sorted() == ["new", "old"])
        #expect(scratch.text("data/progress.json")?.contains("\"schemaVersion\": 2") == true)
    }

    @Test func aFailedSaveKeepsTheChangeUnsavedAndRetriesWithTheNext() throws {
        var failures = 1
        let path = scratch.file("progress.json")
        let store = ProgressStore(path: path, now: { fixedNow }) { bytes, path throws(FileError) in
            if failures > 0 {
                failures -= 1
                throw FileError("write", path + ".tmp", code: ENOSPC)
            }
            try FileIO.writeAtomically(bytes, to: path)
        }
        do {
            try store.record([.tick(skill: "a", at: "2026-01-01T00:00:00Z")])
            Issue.record("the failing save succeeded")
        } catch {
            #expect(error.description == "could not save progress: cannot write \(path).tmp: No space left on device")
        }
        #expect(store.progress.isTicked("a"))
        #expect(store.hasUnsavedChanges)
        #expect(scratch.bytes("progress.json") == nil)

        try store.record([.tick(skill: "b", at: "2026-01-02T00:00:00Z")])
        #expect(!store.hasUnsavedChanges)
        #expect(ProgressStore(path: path).progress.ticks.keys.sorted() == ["a", "b"])
    }

    @Test func aDirectoryThatCannotBeCreatedIsASaveFailureNotACrash() throws {
        try scratch.write("a plain file", to: "blocker")
        let store = store("blocker/progress.json")
        #expect(throws: ProgressStoreError.self) { try store.record([.tick(skill: "a", at: store.timestamp())]) }
        #expect(store.hasUnsavedChanges)
        #expect(scratch.text("blocker") == "a plain file")
        // Once the way is clear, the next change saves both.
        try FileManager.default.removeItem(atPath: scratch.file("blocker"))
        try store.record([.tick(skill: "b", at: store.timestamp())])
        #expect(ProgressStore(path: scratch.file("blocker/progress.json")).progress.ticks.keys.sorted() == ["a", "b"])
    }

    @Test func temporaryFilesLeftByKilledWritersAreCleanedUp() throws {
        let store = store()
        try store.record([.tick(skill: "a", at: store.timestamp())])
        try scratch.write("{ half written", to: "data/progress.json.tmp-99999")
        try store.record([.tick(skill: "b", at: store.timestamp())])
        #expect(scratch.names() == ["data"])
        let files = try FileManager.default.contentsOfDirectory(atPath: scratch.file("data")).sorted()
        #expect(files == ["progress.json", "progress.json.lock"])
    }
}

@Suite struct ProgressLocationTests {
    @Test func theExplicitPathWins() {
        #expect(ProgressLocation.path(explicit: "p.json", environment: ["LADDER_PROGRESS": "/env.json"], currentDirectory: "/work")
                == "/work/p.json")
    }

    @Test func thenTheEnvironmentVariable() {
        #expect(ProgressLocation.path(explicit: nil, environment: ["LADDER_PROGRESS": "/env.json", "HOME": "/home/u"],
                                      currentDirectory: "/") == "/env.json")
    }

    @Test func thenXDGDataHome() {
        #expect(ProgressLocation.path(explicit: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/u"],
                                      currentDirectory: "/") == "/xdg/ladder/progress.json")
    }

    @Test func thenTheHomeDirectoryIgnoringARelativeXDGDataHome() {
        #expect(ProgressLocation.path(explicit: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/u"],
                                      currentDirectory: "/") == "/home/u/.local/share/ladder/progress.json")
    }
}
