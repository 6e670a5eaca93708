import Foundation
import LadderCore
import Testing
import LadderTestSupport

/// The progress file under abuse from real processes: killed mid-save, and raced by a second writer.
/// Serialized so the two do not compete with each other for the machine's cores.
@Suite(.serialized, .tags(.slow, .durability), .slowSuite) struct ProgressDurabilityTests {
    let scratch = ScratchDirectory()
    var progressPath: String { scratch.file("progress.json") }

    /// A framework with `count` skills, so every tick can use a skill id of its own.
    private func writeFramework(count: Int) throws -> String {
        let skills = (0..<count).map { index in
            """
            {"id": "stress-\(index)", "levels": ["pm"], "source": "stress", "expert": "tester", "area": "strategy",
             "summary": "Stress skill \(index)", "quote": "quote \(index)", "locator": "row \(index)"}
            """
        }
        try scratch.write(
            """
            {"schemaVersion": 1,
             "sources": [{"id": "stress", "title": "Stress framework", "kind": "framework"}],
             "experts": [{"id": "tester", "name": "Tester"}],
             "skills": [\(skills.joined(separator: ",\n"))]}
            """, to: "framework.json")
        return scratch.file("framework.json")
    }

    private func savedProgress() throws -> LadderCore.UserProgress {
        let bytes = try #require(scratch.bytes("progress.json"), "the progress file vanished")
        return try ProgressFile.decode(Array(bytes), fileDate: "2026-01-01").progress
    }

    /// `ladder tick` killed with SIGKILL at random moments, at least 200 times: the file is always
    /// valid and holds every tick whose command exited 0.
    @Test func killingTickAtRandomMomentsNeverLosesAConfirmedTick() throws {
        let skillCount = 1500
        let framework = try writeFramework(count: skillCount)
        func tick(_ index: Int) throws -> SpawnedLadder {
            try SpawnedLadder(["tick", "stress-\(index)", "--framework", framework, "--progress-file", progressPath])
        }
        // Time one whole run, then kill at moments spread over a little more than that,
        // so most runs die somewhere between start and exit, and some finish.
        let started = Date()
        #expect(try tick(skillCount - 1).wait() == .exited(0))
        let runMicroseconds = UInt32(Date().timeIntervalSince(started) * 1_000_000)
        var confirmed: Set<String> = ["stress-\(skillCount - 1)"]
        var kills = 0
        var generator = SeededGenerator.forTest()
        var index = 0
        while kills < 200 && index < skillCount - 1 {
            let child = try tick(index)
            usleep(UInt32.random(in: 0...(runMicroseconds * 13 / 10), using: &generator))
            child.kill()
            switch child.wait() {
            case .killed:
                kills += 1
            case .exited(let status):
                #expect(status == 0, "tick stress-\(index) exited \(status)")
                confirmed.insert("stress-\(index)")
            }
            if scratch.bytes("progress.json") != nil {
                _ = try savedProgress()  // valid after every run, killed or not
            }
            index += 1
        }
        #expect(kills >= 200, "only \(kills) kills in \(index) runs")
        #expect(confirmed.count > 1, "no run finished before its kill: completed saves were not exercised")
        let ticks = Set(try savedProgress().ratings.keys)
        #expect(confirmed.subtracting(ticks).isEmpty, "lost confirmed ticks: \(confirmed.subtracting(ticks).sorted())")
        // Temporary files of killed writers are gone once the next save has run.
        try ProgressStore(path: progressPath).record([.untick(skill: "stress-0")])
        #expect(scratch.names().filter { $0.contains(".tmp-") }.isEmpty)
    }

    /// Two writers at once, 500 disjoint ticks each, one process per tick: none is lost.
    @Test func twoConcurrentWritersLoseNothing() throws {
        let perWriter = 500
        let framework = try writeFramework(count: perWriter * 2)
        let failures = Failures()
        let progressPath = progressPath
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            for index in stride(from: writer, to: perWriter * 2, by: 2) {
                do {
                    let child = try SpawnedLadder(
                        ["tick", "stress-\(index)", "--framework", framework, "--progress-file", progressPath])
                    let outcome = child.wait()
                    if outcome != .exited(0) { failures.add("stress-\(index): \(outcome)") }
                } catch {
                    failures.add("stress-\(index): \(error)")
                }
            }
        }
        #expect(failures.all.isEmpty)
        let ticks = Set(try savedProgress().ratings.keys)
        let expected = Set((0..<perWriter * 2).map { "stress-\($0)" })
        #expect(ticks == expected, "lost: \(expected.subtracting(ticks).sorted().prefix(10))")
    }

    /// Four `opinion add`s under one name at once, 25 times: exactly one is kept and says so;
    /// the others exit 2 saying the name is taken, and the file kept is the one that won.
    @Test func concurrentOpinionAddsUnderOneNameKeepExactlyOne() throws {
        let senders = 4
        for sender in 0..<senders {
            let rating = ["not-yet", "working-towards", "meeting", "exceeding"][sender]
            try scratch.write(
                #"{"schemaVersion": 3, "ratings": {"kax-design-organizations": {"rating": "\#(rating)", "ratedAt": "2026-01-0\#(sender + 1)T00:00:00Z"}}}"#,
                to: "opinion-\(sender).json")
        }
        let environment = ProcessInfo.processInfo.environment
        for trial in 0..<25 {
            try? FileManager.default.removeItem(atPath: progressPath + ".opinions")
            let results = Results()
            let progressPath = progressPath, files = (0..<senders).map { scratch.file("opinion-\($0).json") }
            DispatchQueue.concurrentPerform(iterations: senders) { sender in
                let result = try? ChildProcess.run(
                    LadderProcess.binary.path,
                    ["opinion", "add", files[sender], "--name", "boss", "--progress-file", progressPath],
                    environment: environment)
                results.add(sender, result)
            }
            let all = results.all
            let kept = all.filter { $0.result?.status == 0 }
            #expect(kept.count == 1, "trial \(trial): \(all.map { $0.result?.status ?? -1 })")
            for refused in all where refused.result?.status != 0 {
                #expect(refused.result?.status == 2, "trial \(trial)")
                #expect(
                    refused.result?.standardError.contains("an opinion named boss is already kept") == true,
                    "trial \(trial): \(refused.result?.standardError ?? "")")
            }
            if let winner = kept.first {
                #expect(
                    scratch.bytes("progress.json.opinions/boss.json") == scratch.bytes("opinion-\(winner.sender).json"),
                    "trial \(trial)")
            }
        }
    }
}

/// What each of several concurrent children did.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [(sender: Int, result: ChildProcess.Result?)] = []

    func add(_ sender: Int, _ result: ChildProcess.Result?) {
        lock.lock()
        results.append((sender, result))
        lock.unlock()
    }

    var all: [(sender: Int, result: ChildProcess.Result?)] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }
}

/// Failures collected from concurrent writers.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func add(_ message: String) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }
}
