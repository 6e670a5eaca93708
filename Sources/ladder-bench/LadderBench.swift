#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import LadderCore
import LadderCatalog
import LadderConfig
import LadderImport
import LadderUI
import CBenchSupport
import LadderFiles

/// `ladder-bench`: measures what makes ladder feel instant and prints each figure (median of
/// repeated runs, with min and max) beside its target. Build release binaries first:
///
///     swift build -c release && .build/release/ladder-bench
///
/// Figures come from this machine as it is; shared machines are noisy, so compare medians.
@main
enum LadderBench {
    struct Row {
        let name: String
        let sample: Sample
        let unit: String
        let target: Double
        var note = ""

        var met: Bool { sample.median <= target }
    }

    nonisolated(unsafe) static var rows: [Row] = []

    static func main() throws {
        let directory = FileIO.directoryName(of: CommandLine.arguments[0])
        let ladder = directory + "/ladder"
        guard FileIO.kind(of: ladder) == .regularFile else {
            print("ladder-bench: no ladder binary beside this one (\(ladder)); run `swift build -c release` first")
            exit(2)
        }
        let scratch = "/tmp/ladder-bench-\(getpid())"
        try FileIO.createDirectories(scratch)
        defer { _ = run("/bin/rm", ["-rf", scratch]) }
        print("ladder-bench: \(sysconf(Int32(_SC_NPROCESSORS_ONLN))) cores; inputs in \(scratch)")

        let bundled = BundledCatalog.catalog
        let framework = generatedFramework(skills: 20_000, catalog: bundled)
        let frameworkPath = scratch + "/framework-20000.json"
        let encoder = JSONEncoder()
        let frameworkText = String(decoding: try encoder.encode(framework), as: UTF8.self)
        try FileIO.writeAtomically(Array(frameworkText.utf8), to: frameworkPath)

        // `ladder-bench save load` measures only those parts (while working on one figure).
        let parts = Set(CommandLine.arguments.dropFirst())
        func wants(_ part: String) -> Bool { parts.isEmpty || parts.contains(part) }
        if wants("start") { try startToFirstFrame(ladder: ladder, scratch: scratch, frameworkPath: frameworkPath) }
        let large = try bundled.adding([("framework-20000.json", framework)])
        if wants("keys") {
            keyToFrame(catalog: bundled, label: "bundled catalog", scratch: scratch)
            keyToFrame(catalog: large, label: "20,000-skill framework", scratch: scratch)
        }
        if wants("search") { search(catalog: large) }
        if wants("save") { try save(scratch: scratch) }
        if wants("load") { try load(frameworkText: frameworkText) }
        if wants("import") { try importing(frameworkText: frameworkText, catalog: bundled) }
        if wants("config") { configProblems() }
        if wants("long") { longRun(catalog: large, scratch: scratch) }

        print()
        print(table())
    }

    // MARK: - Figures

    /// 1. Start to first frame and memory, and the CLI's start to exit, against a bare C
    /// ncurses program run alternately with each. Every ladder run is bare `ladder` (or a
    /// command) as users start it: the environment names the progress file and data folder,
    /// and `LADDER_EXIT_AFTER_FIRST_FRAME` has the explorer leave once its first frame is out.
    static func startToFirstFrame(ladder: String, scratch: String, frameworkPath: String) throws {
        let bare = scratch + "/bare"
        let source = scratch + "/bare.c"
        try FileIO.writeAtomically(
            Array(
                """
                #include <locale.h>
                #include <ncursesw/curses.h>
                int main(void) { setlocale(LC_ALL, ""); initscr(); refresh(); endwin(); return 0; }

                """.utf8), to: source)
        let launcher = scratch + "/launcher"
        try FileIO.writeAtomically(Array(launcherSource.utf8), to: launcher + ".c")
        guard run("cc", ["-O2", "-o", bare, source, "-lncursesw"]),
            run("cc", ["-O2", "-o", launcher, launcher + ".c", "-lutil"])
        else {
            print("ladder-bench: cannot compile the bare ncurses program (is libncursesw5-dev installed?)")
            exit(2)
        }
        let plain = [
            "LADDER_PROGRESS=\(scratch)/progress.json", "XDG_DATA_HOME=\(scratch)/data-empty",
            "XDG_CONFIG_HOME=\(scratch)/config",
        ]
        let installed = [
            "LADDER_PROGRESS=\(scratch)/progress.json", "XDG_DATA_HOME=\(scratch)/data-framework",
            "XDG_CONFIG_HOME=\(scratch)/config",
        ]
        guard run(ladder, ["import", frameworkPath, "--name", "bench"], environment: installed, quiet: true) else {
            print("ladder-bench: `ladder import` of the generated framework failed")
            exit(2)
        }
        let firstFrame = ["LADDER_EXIT_AFTER_FIRST_FRAME=1"]

        /// Runs `ladder` and the bare program alternately, `count` times each after a warm-up.
        func alternate(
            _ arguments: [String], _ environment: [String], count: Int
        ) -> (ladder: Sample, bare: Sample, memory: Sample) {
            var times = Sample(), bareTimes = Sample(), memory = Sample()
            for index in 0..<(count + 3) {
                let ran = runInTerminal(launcher: launcher, ladder, arguments, environment: environment)
                let bareRan = runInTerminal(launcher: launcher, bare, [], environment: [])
                guard index >= 3 else { continue }  // the first runs warm the caches
                if let ran {
                    times.add(ran.milliseconds)
                    memory.add(ran.peakMB)
                }
                if let bareRan { bareTimes.add(bareRan.milliseconds) }
            }
            return (times, bareTimes, memory)
        }
        func ratio(_ figures: (ladder: Sample, bare: Sample, memory: Sample)) -> Double {
            figures.ladder.median / figures.bare.median
        }

        let bundled = alternate([], plain + firstFrame, count: 40)
        let large = alternate([], installed + firstFrame, count: 20)
        let show = alternate(["show", "senior-pm"], plain, count: 20)
        let tracks = alternate(["tracks"], plain, count: 20)
        rows.append(
            Row(name: "start to first frame: bare C ncurses", sample: bundled.bare, unit: "ms", target: .infinity))
        rows.append(
            Row(
                name: "start to first frame: ladder", sample: bundled.ladder, unit: "ms",
                target: bundled.bare.median * 1.5,
                note: "\(fixed(ratio(bundled), 2))x the bare program (target 1.5x, aim 1.2x)"))
        rows.append(
            Row(
                name: "start to first frame: 20,000-skill framework installed", sample: large.ladder, unit: "ms",
                target: large.bare.median * 10, note: "\(fixed(ratio(large), 2))x the bare program (target 10x, aim 3x)"
            ))
        rows.append(
            Row(
                name: "ladder show senior-pm, start to exit", sample: show.ladder, unit: "ms",
                target: show.bare.median * 4,
                note: "\(fixed(ratio(show), 2))x the bare program (target 4x)"))
        rows.append(
            Row(
                name: "ladder tracks, start to exit", sample: tracks.ladder, unit: "ms", target: tracks.bare.median * 4,
                note: "\(fixed(ratio(tracks), 2))x the bare program (target 4x)"))
        rows.append(Row(name: "peak memory at start", sample: bundled.memory, unit: "MB", target: 20))
        rows.append(Row(name: "peak memory at start, 20,000 skills", sample: large.memory, unit: "MB", target: 60))
    }

    /// 2. A key applied to the explorer and the screen rendered, over 10,000 navigation keys.
    static func keyToFrame(catalog: Catalog, label: String, scratch: String) {
        let store = ProgressStore(path: scratch + "/keys-\(catalog.skills.count).json")
        let explorer = Explorer(catalog: catalog, store: store, width: 120, height: 40)
        let pattern: [Key] = [
            .up, .up, .tab, .up, .enter, .down, .down, .pageDown, .character("j"), .character("k"), .end, .home,
            .tab, .tab, .escape, .character("c"), .down, .down, .tab, .backTab, .escape, .escape, .character("G"),
            .enter, .character("d"), .character("]"), .down, .escape, .escape, .character("g"), .character("a"),
            .escape,
        ]
        var perKey = Sample()
        var total = 0.0
        for index in 0..<10_000 {
            let key = pattern[index % pattern.count]
            let elapsed = time {
                explorer.handle(key)
                _ = explorer.render()
            }
            perKey.add(elapsed)
            total += elapsed
        }
        rows.append(
            Row(
                name: "key to frame, \(label)", sample: perKey, unit: "ms", target: 1,
                note: "median; mean \(fixed(total / 10_000, 3)) ms over 10,000 keys"))
        var tail = Sample()
        tail.add(perKey.percentile(0.99))
        rows.append(
            Row(
                name: "key to frame, \(label), 99th percentile", sample: tail, unit: "ms", target: 16,
                note: "max \(fixed(perKey.max, 1)) ms"))
    }

    /// 3. One keystroke of incremental search over the large framework.
    static func search(catalog: Catalog) {
        var perKeystroke = Sample()
        for query in ["strategy", "stakeholder alignment", "quality skill 19"] {
            var typed = ""
            for character in query {
                typed.append(character)
                perKeystroke.add(time { _ = catalog.search(typed) })
            }
        }
        rows.append(Row(name: "search keystroke, 20,000 skills", sample: perKeystroke, unit: "ms", target: 10))
    }

    /// 4. An atomic save of a progress file holding 10,000 ticks and 1,000 evidence entries.
    static func save(scratch: String) throws {
        let path = scratch + "/progress-10000.json"
        let store = ProgressStore(path: path)
        try store.record((0..<10_000).map { .tick(skill: "skill-\($0)", at: "2026-01-01T00:00:00Z") })
        try store.record(
            (0..<1_000).map { index in
                .addEvidence(
                    skill: "skill-\(index * 7)",
                    EvidenceEntry(
                        date: "2026-01-01", text: "Shipped release \(index) with the platform team",
                        addedAt: "2026-01-01T10:00:00Z"))
            })
        var saves = Sample()
        for index in 0..<30 {
            saves.add(try time { try store.record([.tick(skill: "extra-\(index)", at: "2026-01-02T00:00:00Z")]) })
        }
        rows.append(
            Row(name: "save with 10,000 ticks and 1,000 evidence entries", sample: saves, unit: "ms", target: 5))
    }

    /// 5. The bundled catalog and the large framework loaded and validated.
    /// Measured whole and in its two halves (decoding the JSON; merging, validating and
    /// building the model), so a fast-load form is judged by the half it can remove.
    static func load(frameworkText: String) throws {
        var loads = Sample(), decodes = Sample(), models = Sample()
        let file = CatalogFile(name: "framework-20000.json", text: frameworkText)
        for _ in 0..<7 {
            loads.add(
                try time {
                    _ = try BundledCatalog.catalog.adding([("framework-20000.json", try CatalogDocument.decode(file))])
                })
            var document: CatalogDocument?
            decodes.add(try time { document = try CatalogDocument.decode(file) })
            models.add(try time { _ = try BundledCatalog.catalog.adding([("framework-20000.json", document!)]) })
        }
        // What a start does once the form beside the installed JSON exists: read it (bound to the
        // JSON's bytes, so the JSON is read and digested too), then merge and check as before.
        let json = Array(frameworkText.utf8)
        let form = try FastLoadForm.encode(try CatalogDocument.decode(file), madeFrom: json)
        var fastLoads = Sample(), formReads = Sample()
        for _ in 0..<7 {
            fastLoads.add(
                try time {
                    // The form was made from these bytes a moment ago: it reads.
                    let document = FastLoadForm.decode(form, madeFrom: Array(frameworkText.utf8))!
                    _ = try BundledCatalog.catalog.adding([("framework-20000.json", document)])
                })
            formReads.add(try time { _ = FastLoadForm.decode(form, madeFrom: Array(frameworkText.utf8)) })
        }
        rows.append(
            Row(
                name: "load catalog + 20,000 skills", sample: fastLoads, unit: "ms", target: 50,
                note: "from the fast-load form (\(form.count / 1024) KB)"))
        rows.append(
            Row(name: "  of which: reading the fast-load form", sample: formReads, unit: "ms", target: .infinity))
        // The model alone, the merged parts taken as valid: what checking costs is the rest.
        let framework = try CatalogDocument.decode(file)
        var merged = BundledCatalog.catalog.document
        merged.areas = (merged.areas ?? []) + (framework.areas ?? [])
        merged.levels = (merged.levels ?? []) + (framework.levels ?? [])
        merged.tracks = (merged.tracks ?? []) + (framework.tracks ?? [])
        merged.sources = (merged.sources ?? []) + (framework.sources ?? [])
        merged.experts = (merged.experts ?? []) + (framework.experts ?? [])
        merged.skills = (merged.skills ?? []) + (framework.skills ?? [])
        var modelOnly = Sample()
        for _ in 0..<7 { modelOnly.add(try time { _ = Catalog(validated: merged) }) }
        rows.append(
            Row(
                name: "  of which: building the model alone (no checks)", sample: modelOnly, unit: "ms",
                target: .infinity))
        rows.append(
            Row(
                name: "load catalog + 20,000 skills, JSON alone (the first start)", sample: loads, unit: "ms",
                target: .infinity))
        rows.append(Row(name: "  of which: decoding the JSON", sample: decodes, unit: "ms", target: .infinity))
        rows.append(
            Row(name: "  of which: merging, checking, the model", sample: models, unit: "ms", target: .infinity))
    }

    /// 6. `ladder import`'s work: the 20,000-skill catalog JSON, and CSV matrices of 4,000 and
    /// 32,000 rows (three levels each; 40,000 would store more than ladder loads), whose time
    /// per row shows the import is linear.
    static func importing(frameworkText: String, catalog: Catalog) throws {
        var json = Sample()
        for _ in 0..<5 {
            json.add(
                try time {
                    _ = try FrameworkImporter.importText(
                        frameworkText, file: "bench.json", name: "Imported", into: catalog)
                })
        }
        rows.append(
            Row(name: "import of a 20,000-skill framework (catalog JSON)", sample: json, unit: "ms", target: 1000))
        var perRow: [Int: Sample] = [:]
        for (count, label) in [(4_000, "4,000"), (32_000, "32,000")] {
            var csv = "Category,Competency,Junior PM,Senior PM,Staff PM\n"
            for index in 0..<count {
                csv +=
                    "Area \(index % 50),Competency \(index),\"Does \(index) well, \"\"quoted\"\"\",Leads \(index),Sets direction for \(index)\n"
            }
            var sample = Sample()
            for _ in 0..<3 {
                sample.add(
                    try time {
                        _ = try FrameworkImporter.importText(csv, file: "bench.csv", name: "Imported", into: catalog)
                    })
            }
            rows.append(
                Row(
                    name: "import of a \(label)-row CSV", sample: sample, unit: "ms", target: .infinity,
                    note: "\(fixed(sample.median * 1000 / Double(count), 1)) µs a row"))
            perRow[count] = sample
        }
        var ratio = Sample()
        ratio.add((perRow[32_000]!.median / 32_000) / (perRow[4_000]!.median / 4_000))
        rows.append(
            Row(
                name: "CSV import time per row, 32,000 rows against 4,000 (1 is linear)", sample: ratio, unit: "x",
                target: 1.5))
    }

    /// 7. A config file of 2,000 and 16,000 unknown sections, every one a problem placed on its
    /// line: the time per section shows reading it stays linear (16,000 took over a minute).
    static func configProblems() {
        var perSection: [Int: Sample] = [:]
        for count in [2_000, 16_000] {
            let text = (0..<count).map { "[t\($0)]\nx = 1" }.joined(separator: "\n")
            var sample = Sample()
            for _ in 0..<3 {
                sample.add(time { _ = try? Config.parse(text, file: "config.toml") })
            }
            rows.append(
                Row(
                    name: "config with \(count) unknown sections, each a problem", sample: sample, unit: "ms",
                    target: .infinity))
            perSection[count] = sample
        }
        var ratio = Sample()
        ratio.add((perSection[16_000]!.median / 16_000) / (perSection[2_000]!.median / 2_000))
        rows.append(
            Row(
                name: "config time per section, 16,000 against 2,000 (1 is linear)", sample: ratio, unit: "x",
                target: 1.5))
    }

    /// 8. Ten thousand random keys, ticks saved as they go: memory at the end against memory
    /// after the first thousand (a leak would grow it; the explorer's own caches, filled on
    /// first visits, are what the first thousand keys are for).
    static func longRun(catalog: Catalog, scratch: String) {
        let store = ProgressStore(path: scratch + "/long-run.json")
        let explorer = Explorer(catalog: catalog, store: store, width: 120, height: 40)
        let keys: [Key] = [
            .up, .down, .down, .tab, .enter, .character(" "), .down, .character(" "), .escape, .character("c"), .tab,
            .escape, .pageDown, .character("j"), .character(">"), .escape, .character("d"), .character("]"), .escape,
            .character("a"), .escape, .character("/"), .character("s"), .character("t"), .enter, .character("n"),
            .escape, .escape, .character("G"), .character("g"), .backTab, .character("?"), .escape,
        ]
        var generator = SystemRandomNumberGenerator()
        var afterThousand = 0.0
        for index in 1...10_000 {
            explorer.handle(keys.randomElement(using: &generator)!)
            _ = explorer.render()
            if index == 1_000 { afterThousand = residentMB() }
        }
        let growth = (residentMB() - afterThousand) / afterThousand * 100
        var sample = Sample()
        sample.add(growth)
        rows.append(
            Row(
                name:
                    "memory growth, keys 1,000 to 10,000 (20,000 skills, \(store.progress.ratings.count) ratings saved)",
                sample: sample, unit: "%", target: 10,
                note: "\(fixed(afterThousand, 1)) MB -> \(fixed(residentMB(), 1)) MB"))
    }

    /// This process's resident memory now, from /proc/self/statm, after giving freed memory
    /// back to the system (so the figure is what is still in use, not the allocator's cache).
    static func residentMB() -> Double {
        ladder_release_free_memory()
        guard let bytes = try? FileIO.read("/proc/self/statm"), let text = String(validating: bytes, as: UTF8.self)
        else { return .nan }
        let pages = text.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? .nan
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    // MARK: - Inputs

    /// A framework with `skills` skills spread over its own eight levels, each matched to one of ladder's.
    static func generatedFramework(skills count: Int, catalog: Catalog) -> CatalogDocument {
        let ours = catalog.levels.map(\.id)
        let levels = (1...8).map { Level(id: "bench-l\($0)", title: "Bench L\($0)", short: "L\($0)") }
        let areas = catalog.areas.map(\.id)
        let words = ["strategy", "stakeholder", "alignment", "quality", "roadmap", "discovery", "hiring", "vision"]
        let skills = (0..<count).map { index in
            SkillEntry(
                id: "bench-skill-\(index)", levels: [levels[index % 8].id, ours[index % ours.count]],
                source: "bench", expert: "bench-\(index % 4)", area: areas[index % areas.count],
                summary: "\(words[index % 8].capitalized) skill \(index) for the benchmark",
                quote:
                    "A generated description of \(words[(index / 8) % 8]) at level \(index % 8 + 1), number \(index).",
                locator: "row \(index)")
        }
        return CatalogDocument(
            levels: levels,
            tracks: [Track(id: "bench", title: "Bench framework", levels: levels.map(\.id))],
            sources: [Source(id: "bench", title: "Bench framework", kind: .framework)],
            experts: (0..<4).map { Expert(id: "bench-\($0)", name: "Bench expert \($0)") },
            skills: skills)
    }

    // MARK: - Output

    static func table() -> String {
        func figure(_ value: Double) -> String {
            value.isFinite ? fixed(value, value < 10 ? 3 : 1) : "-"
        }
        var lines = ["| figure | median | min | max | target | met |", "|---|---:|---:|---:|---:|---|"]
        for row in rows {
            let target = row.target.isFinite ? "≤ \(figure(row.target)) \(row.unit)" : ""
            let met = row.target.isFinite ? (row.met ? "yes" : "no") : ""
            let note = row.note.isEmpty ? "" : " (\(row.note))"
            lines.append(
                "| \(row.name)\(note) | \(figure(row.sample.median)) \(row.unit) | \(figure(row.sample.min)) | "
                    + "\(figure(row.sample.max)) | \(target) | \(met) |")
        }
        return lines.joined(separator: "\n")
    }
}

/// `value` with `digits` decimals.
func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded()
    let whole = Int(rounded / scale)
    let fraction = Int(abs(rounded).truncatingRemainder(dividingBy: scale))
    guard digits > 0 else { return "\(whole)" }
    let digitsText = String(fraction)
    return "\(whole).\(String(repeating: "0", count: digits - digitsText.count))\(digitsText)"
}
