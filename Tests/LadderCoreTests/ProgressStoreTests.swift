import Foundation
import LadderCore
import Testing
import LadderTestSupport
import LadderFiles

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
        #expect(
            ProgressStore(path: scratch.file("a/b/progress.json")).progress
                == UserProgress(ratings: ["x": RatingRecord(.meeting, at: "2026-09-21T14:13:20Z")], currentLevel: "pm"))
        #expect(!store.hasUnsavedChanges)
    }

    @Test func roundTripsRatingsEvidenceCheckinsAndLevels() throws {
        let entry = EvidenceEntry(date: "2026-01-01", text: "shipped pricing", addedAt: "2026-01-01T10:00:00Z")
        try store().record([
            .tick(skill: "a", at: "2026-01-01T00:00:00Z"), .rate(skill: "b", .exceeding, at: "2026-01-02T00:00:00Z"),
            .rate(skill: "c", .workingTowards, at: "2026-01-02T00:00:00Z"), .addEvidence(skill: "a", entry),
            .setLevel(.target, "director"), .untick(skill: "b"), .checkin(ProgressFileTests.checkin),
        ])
        #expect(
            store().progress
                == UserProgress(
                    ratings: [
                        "a": RatingRecord(.meeting, at: "2026-01-01T00:00:00Z"),
                        "c": RatingRecord(.workingTowards, at: "2026-01-02T00:00:00Z"),
                    ],
                    evidence: ["a": [entry]], checkins: [ProgressFileTests.checkin], targetLevel: "director"))
    }

    @Test func theSameRatingAgainKeepsTheFirstTimeAndAnotherReplacesIt() throws {
        let store = store()
        try store.record([.tick(skill: "a", at: "2026-01-01T00:00:00Z")])
        try store.record([.tick(skill: "a", at: "2026-05-05T00:00:00Z")])
        #expect(store.progress.ratings == ["a": RatingRecord(.meeting, at: "2026-01-01T00:00:00Z")])
        try store.record([.rate(skill: "a", .exceeding, at: "2026-06-06T00:00:00Z")])
        #expect(store.progress.ratings == ["a": RatingRecord(.exceeding, at: "2026-06-06T00:00:00Z")])
        #expect(store.progress.isTicked("a"))
        try store.record([.rate(skill: "a", .workingTowards, at: "2026-07-07T00:00:00Z")])
        #expect(!store.progress.isTicked("a"))
    }

    @Test func evidenceIsEditedAndRemovedByItsOwnTimeSoTwoInstancesNeverTouchTheWrongEntry() throws {
        let first = store(), second = store()
        let older = EvidenceEntry(date: "2026-01-01", text: "old", addedAt: "2026-01-01T10:00:00Z")
        let newer = EvidenceEntry(date: "2026-02-01", text: "new", addedAt: "2026-02-01T10:00:00Z")
        try first.record([.addEvidence(skill: "a", older)])
        try second.record([.addEvidence(skill: "a", newer)])
        try first.record([.editEvidence(skill: "a", addedAt: older.addedAt, date: "2025-12-31", text: "older, edited")])
        try second.record([.removeEvidence(skill: "a", addedAt: newer.addedAt)])
        #expect(
            store().progress.evidence["a"] == [
                EvidenceEntry(date: "2025-12-31", text: "older, edited", addedAt: older.addedAt)
            ])
        try first.record([.removeEvidence(skill: "a", addedAt: older.addedAt)])
        #expect(store().progress.evidence["a"] == nil)
    }

    @Test func evidenceWrittenInTheSameSecondIsNeverLost() throws {
        let first = store(), second = store()
        let time = "2026-03-01T10:00:00Z"
        try first.record([.addEvidence(skill: "a", EvidenceEntry(date: "2026-03-01", text: "one", addedAt: time))])
        try first.record([.addEvidence(skill: "a", EvidenceEntry(date: "2026-03-01", text: "two", addedAt: time))])
        // Another ladder, in the same second, not having seen either.
        try second.record([.addEvidence(skill: "a", EvidenceEntry(date: "2026-03-01", text: "three", addedAt: time))])
        let kept = try #require(store().progress.evidence["a"])
        #expect(kept.map(\.text) == ["one", "two", "three"])
        #expect(kept.map(\.addedAt) == [time, "2026-03-01T10:00:00.001Z", "2026-03-01T10:00:00.002Z"])
        // Each has an identity of its own: removing one removes only it.
        try first.record([.removeEvidence(skill: "a", addedAt: kept[1].addedAt)])
        #expect(store().progress.evidence["a"]?.map(\.text) == ["one", "three"])
    }

    @Test func theSameEntryAppliedTwiceIsKeptOnce() {
        var progress = UserProgress()
        let entry = EvidenceEntry(date: "2026-03-01", text: "one", addedAt: "2026-03-01T10:00:00Z")
        progress.apply(.addEvidence(skill: "a", entry))
        progress.apply(.addEvidence(skill: "a", entry))
        #expect(progress.evidence["a"] == [entry])
    }

    @Test func twoInstancesMergeInsteadOfOverwriting() throws {
        try store().record([.tick(skill: "shared", at: "2026-01-01T00:00:00Z")])
        let first = store(), second = store()
        try first.record([.tick(skill: "from-first", at: "2026-01-02T00:00:00Z")])
        // `second` has not seen that tick; its untick of another skill must not undo it.
        try second.record([.untick(skill: "shared")])
        #expect(second.progress.ratings == ["from-first": RatingRecord(.meeting, at: "2026-01-02T00:00:00Z")])
        #expect(store().progress.ratings == ["from-first": RatingRecord(.meeting, at: "2026-01-02T00:00:00Z")])
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
        "{\"schemaVersion\": 3, \"ratings\": {\"a\": {\"rating\": \"meeting\", \"ratedAt\": \"2026-01-01T00:00:00Z\"}, "
            + "\"a\": {\"rating\": \"not-yet\", \"ratedAt\": \"2026-01-01T00:00:00Z\"}}}",
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
        try FileManager.default.createDirectory(
            atPath: scratch.file("data/progress.json"), withIntermediateDirectories: true)
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
            #expect(
                error.description
                    == "the progress file \(scratch.file("data/progress.json")) was written by a newer ladder "
                    + "(schema version 5; this one reads up to 3). It was left untouched; run `ladder progress --repair` "
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

    @Test(arguments: [1, 2])
    func anOlderVersionIsMigratedAndItsOriginalKeptBeforeTheFirstSave(version: Int) throws {
        try FileManager.default.createDirectory(atPath: scratch.file("data"), withIntermediateDirectories: true)
        let original =
            version == 1
            ? "{\"schemaVersion\": 1, \"ticks\": [\"old\"], \"notes\": {\"old\": \"kept\"}}"
            : "{\"schemaVersion\": 2, \"ticks\": {\"old\": \"2026-01-01T00:00:00Z\"}, \"notes\": {\"old\": \"kept\"}}"
        try scratch.write(original, to: "data/progress.json")
        let store = store()
        #expect(store.progress.isTicked("old"))
        #expect(store.progress.evidence["old"]?.map(\.text) == ["kept"])
        #expect(scratch.bytes("data/progress.json.v\(version).bak") == nil)
        try store.record([.tick(skill: "new", at: store.timestamp())])
        #expect(scratch.text("data/progress.json.v\(version).bak") == original)
        #expect(
            store.takeUpgradeNotice() == "Upgraded \(scratch.file("data/progress.json")) from format \(version) to 3; "
                + "the old file is kept as \(scratch.file("data/progress.json.v\(version).bak"))")
        #expect(store.takeUpgradeNotice() == nil)
        let reread = ProgressStore(path: scratch.file("data/progress.json")).progress
        #expect(reread.ratings.keys.sorted() == ["new", "old"])
        #expect(reread.evidence["old"]?.map(\.text) == ["kept"])
        #expect(scratch.text("data/progress.json")?.contains("\"schemaVersion\": 3") == true)
    }

    @Test func anExistingBackupIsNeverOverwrittenButAFreshNameChosen() throws {
        try FileManager.default.createDirectory(atPath: scratch.file("data"), withIntermediateDirectories: true)
        try scratch.write("an earlier backup", to: "data/progress.json.v1.bak")
        try scratch.write("{\"schemaVersion\": 1, \"ticks\": [\"old\"]}", to: "data/progress.json")
        let store = store()
        try store.record([.tick(skill: "new", at: store.timestamp())])
        #expect(scratch.text("data/progress.json.v1.bak") == "an earlier backup")
        #expect(scratch.text("data/progress.json.v1-2.bak") == "{\"schemaVersion\": 1, \"ticks\": [\"old\"]}")
        #expect(store.takeUpgradeNotice()?.hasSuffix("kept as \(scratch.file("data/progress.json.v1-2.bak"))") == true)
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
        #expect(ProgressStore(path: path).progress.ratings.keys.sorted() == ["a", "b"])
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
        #expect(
            ProgressStore(path: scratch.file("blocker/progress.json")).progress.ratings.keys.sorted() == ["a", "b"])
    }

    /// Dotfiles managers and sync folders link progress.json to their copy: a save replaces
    /// the file the link names, in its own folder, and the link stays a link.
    @Test func aLinkedProgressFileIsWrittenThroughAndStaysALink() throws {
        try FileManager.default.createDirectory(atPath: scratch.file("sync"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch.file("data"), withIntermediateDirectories: true)
        try scratch.write("{\"schemaVersion\": 3}", to: "sync/progress.json")
        try FileManager.default.createSymbolicLink(
            atPath: scratch.file("data/progress.json"), withDestinationPath: "../sync/progress.json")
        let store = store()
        try store.record([.tick(skill: "a", at: store.timestamp())])
        try store.record([.tick(skill: "b", at: store.timestamp())])
        #expect(FileIO.kind(of: scratch.file("data/progress.json"), followingLinks: false) == .symbolicLink)
        #expect(ProgressStore(path: scratch.file("sync/progress.json")).progress.ratings.keys.sorted() == ["a", "b"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: scratch.file("sync")).sorted() == [
                "progress.json", "progress.json.lock",
            ])
        // Writers reaching the file by the link and by its own path take one lock (two locks lost ticks).
        #expect(store.lockPath == ProgressStore(path: scratch.file("sync/progress.json")).lockPath)
    }

    /// `--repair` through a link moves the damaged file it names (beside itself) and leaves an
    /// empty progress file there, so the link stays a link (it used to be renamed, and the next
    /// save put a plain file in its place).
    @Test func repairThroughALinkMovesTheFileItNamesAndKeepsTheLink() throws {
        try FileManager.default.createDirectory(atPath: scratch.file("sync"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch.file("data"), withIntermediateDirectories: true)
        try scratch.write("{ damaged", to: "sync/progress.json")
        try FileManager.default.createSymbolicLink(
            atPath: scratch.file("data/progress.json"), withDestinationPath: "../sync/progress.json")
        let store = store()
        let moved = try #require(try store.repair())
        #expect(moved.hasPrefix(FileIO.realPath(scratch.file("sync")) + "/progress.json.broken-"))
        #expect(FileIO.kind(of: scratch.file("data/progress.json"), followingLinks: false) == .symbolicLink)
        #expect(store.damage == nil)
        try store.record([.tick(skill: "a", at: store.timestamp())])
        #expect(FileIO.kind(of: scratch.file("data/progress.json"), followingLinks: false) == .symbolicLink)
        #expect(ProgressStore(path: scratch.file("sync/progress.json")).progress.isTicked("a"))
        #expect(FileManager.default.contents(atPath: moved).map { String(decoding: $0, as: UTF8.self) } == "{ damaged")
    }

    /// A progress path that is a link to nothing, or a loop of links, is damage from the start
    /// (exit 2 in commands), not empty progress that fails at the first save; repair moves nothing.
    @Test func aLinkToNothingIsDamageAndRepairLeavesIt() throws {
        try FileManager.default.createDirectory(atPath: scratch.file("data"), withIntermediateDirectories: true)
        for target in [scratch.file("nowhere/progress.json"), scratch.file("data/progress.json")] {
            try? FileManager.default.removeItem(atPath: scratch.file("data/progress.json"))
            try FileManager.default.createSymbolicLink(
                atPath: scratch.file("data/progress.json"), withDestinationPath: target)
            let store = store()
            #expect(store.damage == .linkToNothing)
            #expect(throws: ProgressStoreError.damaged(path: store.path, .linkToNothing)) {
                try store.record([.tick(skill: "a", at: store.timestamp())])
            }
            #expect(throws: FileError.self) { try store.repair() }
            #expect(FileIO.kind(of: scratch.file("data/progress.json"), followingLinks: false) == .symbolicLink)
            #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.file("data")) == ["progress.json"])
        }
    }

    /// A link planted where a save creates its temporary file, or at the lock file, is never
    /// followed: the file it names stays as it was.
    @Test func aPlantedLinkIsNeverFollowed() throws {
        try FileManager.default.createDirectory(atPath: scratch.file("data"), withIntermediateDirectories: true)
        try scratch.write("precious", to: "victim")
        let temporary = scratch.file("data/progress.json.tmp-\(getpid())")
        try FileManager.default.createSymbolicLink(atPath: temporary, withDestinationPath: scratch.file("victim"))
        let store = store()
        try store.record([.tick(skill: "a", at: store.timestamp())])
        #expect(scratch.text("victim") == "precious")
        #expect(ProgressStore(path: scratch.file("data/progress.json")).progress.isTicked("a"))

        try FileManager.default.removeItem(atPath: scratch.file("data/progress.json.lock"))
        try FileManager.default.createSymbolicLink(
            atPath: scratch.file("data/progress.json.lock"), withDestinationPath: scratch.file("victim"))
        do {
            try store.record([.tick(skill: "b", at: store.timestamp())])
            Issue.record("a save went through a planted lock link")
        } catch {
            #expect(error.description.contains("progress.json.lock: it is a symbolic link; remove it"), "\(error)")
        }
        #expect(scratch.text("victim") == "precious")
    }

    /// A progress file far larger than ladder ever writes is refused unread, never overwritten.
    @Test func aProgressFileOverTheSizeLimitIsRefusedUnread() throws {
        try FileManager.default.createDirectory(atPath: scratch.file("data"), withIntermediateDirectories: true)
        try scratch.write("", to: "data/progress.json")
        #expect(truncate(scratch.file("data/progress.json"), off_t(ProgressFile.maximumBytes + 1)) == 0)
        let store = store()
        #expect(store.damage != nil)
        #expect(throws: ProgressStoreError.self) { try store.record([.tick(skill: "a", at: store.timestamp())]) }
        #expect(FileIO.size(of: scratch.file("data/progress.json")) == ProgressFile.maximumBytes + 1)
    }

    /// Temporaries beside the progress file (its own, an upgrade backup's) and in its opinions
    /// folder are removed by the next writer: it holds the lock every writer of them takes, so
    /// whatever id they carry, their writer is gone.
    @Test func temporaryFilesLeftByKilledWritersAreCleanedUp() throws {
        let dead = 9_999_999, alive = Int(getppid())
        let store = store()
        try store.record([.tick(skill: "a", at: store.timestamp())])
        try scratch.write("{ half written", to: "data/progress.json.tmp-\(dead)")
        try scratch.write("{ half written", to: "data/progress.json.v1.bak.tmp-\(dead)")
        try scratch.write("{ being written", to: "data/progress.json.v1.bak.tmp-\(alive)")
        try store.record([.tick(skill: "b", at: store.timestamp())])
        #expect(scratch.names() == ["data"])
        var files = try FileManager.default.contentsOfDirectory(atPath: scratch.file("data")).sorted()
        #expect(files == ["progress.json", "progress.json.lock"])

        try FileManager.default.createDirectory(
            atPath: scratch.file("data/progress.json.opinions"), withIntermediateDirectories: false)
        try scratch.write("{ half written", to: "data/progress.json.opinions/boss.json.tmp-\(dead)")
        try scratch.write("{ being written", to: "data/progress.json.opinions/mentor.json.tmp-\(alive)")
        try OpinionStore(progressPath: scratch.file("data/progress.json")).add(
            file: scratch.file("data/progress.json"), name: "boss")
        files = try FileManager.default.contentsOfDirectory(atPath: scratch.file("data/progress.json.opinions"))
            .sorted()
        #expect(files == ["boss.json"])
    }
}

@Suite struct ProgressLocationTests {
    @Test func theExplicitPathWins() {
        #expect(
            ProgressLocation.path(
                explicit: "p.json", environment: ["LADDER_PROGRESS": "/env.json"], currentDirectory: "/work")
                == "/work/p.json")
    }

    @Test func thenTheEnvironmentVariable() {
        #expect(
            ProgressLocation.path(
                explicit: nil, environment: ["LADDER_PROGRESS": "/env.json", "HOME": "/home/u"],
                currentDirectory: "/") == "/env.json")
    }

    @Test func thenXDGDataHome() {
        #expect(
            ProgressLocation.path(
                explicit: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/u"],
                currentDirectory: "/") == "/xdg/ladder/progress.json")
    }

    @Test func thenTheHomeDirectoryIgnoringARelativeXDGDataHome() {
        #expect(
            ProgressLocation.path(
                explicit: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/u"],
                currentDirectory: "/") == "/home/u/.local/share/ladder/progress.json")
    }
}

/// A kept copy must load again: one past the progress file's limit is refused before anything
/// is written (a re-encoded copy can be larger than the file it came from).
@Suite struct KeptCopiesTests {
    @Test func aCopyPastTheLimitIsRefusedAndNothingIsWritten() throws {
        let scratch = ScratchDirectory()
        let copies = KeptCopies(progressPath: scratch.file("progress.json"), folder: "team")
        #expect(throws: OpinionError.tooLargeToKeep(ProgressFile.maximumBytes + 1)) {
            try copies.keep([UInt8](repeating: 0x20, count: ProgressFile.maximumBytes + 1), as: "big")
        }
        #expect(copies.names().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: scratch.file("progress.json.team/big.json")))
    }

    /// A kept file that cannot be read is named once, with the reason the file system gave.
    @Test func anOpinionThatCannotBeReadIsSaidPlainly() throws {
        let scratch = ScratchDirectory()
        try FileManager.default.createDirectory(
            atPath: scratch.file("progress.json.opinions/boss.json"), withIntermediateDirectories: true)
        let (opinions, problems) = OpinionStore(progressPath: scratch.file("progress.json")).load()
        #expect(opinions.isEmpty)
        let path = scratch.file("progress.json.opinions/boss.json")
        #expect(problems.count == 1 && problems[0].hasPrefix("the opinion boss: "), "\(problems)")
        #expect(problems.first?.components(separatedBy: path).count == 2, "the path once: \(problems)")
    }

    /// The opinions' folder that is no folder is one problem, said as one.
    @Test func anOpinionsFolderThatIsAFileIsSaidPlainly() throws {
        let scratch = ScratchDirectory()
        try scratch.write("not a folder", to: "progress.json.opinions")
        let (opinions, problems) = OpinionStore(progressPath: scratch.file("progress.json")).load()
        #expect(opinions.isEmpty)
        #expect(problems == ["the opinions: \(scratch.file("progress.json.opinions")) is not a folder"])
    }
}
