import ArgumentParser
import LadderCore
import LadderText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--progress-file`, which every command takes.
struct ProgressOptions: ParsableArguments {
    @Option(
        name: .customLong("progress-file"),
        help: ArgumentHelp(
            "The progress file.",
            discussion: "Default: $LADDER_PROGRESS, else $XDG_DATA_HOME/ladder/progress.json, else ~/.local/share/ladder/progress.json.",
            valueName: "path"))
    var progressFile: String?

    var path: String {
        let environment = processEnvironment()
        let directory = getcwd(nil, 0).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? "."
        return ProgressLocation.path(explicit: progressFile, environment: environment, currentDirectory: directory)
    }

    /// The store, failing with exit status 2 when the file is damaged.
    func openStore() throws -> ProgressStore {
        let store = ProgressStore(path: path)
        if let damage = store.damage { throw CommandFailure.usage(ProgressStoreError.damaged(path: store.path, damage).description) }
        return store
    }

    /// The saved progress for read-only pages; a damaged file is a warning there, not a failure.
    func progressForDisplay() -> UserProgress {
        let store = ProgressStore(path: path)
        if let damage = store.damage {
            writeToStandardError("ladder: warning: ticks not shown: \(ProgressStoreError.damaged(path: store.path, damage))\n")
        }
        return store.progress
    }
}

/// Records changes, turning store errors into command failures: a damaged file exits 2,
/// a failed save exits 1.
func record(_ changes: [ProgressChange], in store: ProgressStore) throws {
    do {
        try store.record(changes)
    } catch .damaged(let path, let problem) {
        throw CommandFailure.usage(ProgressStoreError.damaged(path: path, problem).description)
    } catch {
        throw CommandFailure.failed("\(error); nothing was changed")
    }
}

/// "Ticked 2 skills (1 already ticked) in PATH".
func changeSummary(done: String, _ changed: Int, already: String, _ unchanged: Int, in store: ProgressStore) -> String {
    var text = "\(done) " + Plural.count(changed, "skill")
    if unchanged > 0 { text += " (\(unchanged) \(already))" }
    return text + " in \(store.path)"
}

extension Catalog {
    /// Every id must be a catalog skill (or, when `allowing` holds, already in the file).
    func requireSkillIDs(_ ids: [String], allowing known: (String) -> Bool = { _ in false }) throws {
        for id in ids where skill(id: id) == nil && !known(id) {
            let suggestions = skillIDs(like: id)
            let hint = suggestions.isEmpty
                ? " Find ids with `ladder search WORDS` or `ladder show LEVEL`."
                : " Did you mean: \(suggestions.joined(separator: ", "))?"
            throw CommandFailure.usage("unknown skill id \"\(id)\".\(hint)")
        }
    }
}

struct TickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick", abstract: "Tick skills you have (saved at once).")

    @Argument(help: ArgumentHelp("Skill ids, as `ladder show` and `ladder search` print them.", valueName: "skill-id"))
    var skillIDs: [String]

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        try catalog.requireSkillIDs(skillIDs)
        let store = try progressOptions.openStore()
        let time = store.timestamp()
        let fresh = Array(Set(skillIDs)).filter { !store.progress.isTicked($0) }
        try record(fresh.map { .tick(skill: $0, at: time) }, in: store)
        print(changeSummary(done: "Ticked", fresh.count, already: "already ticked", Set(skillIDs).count - fresh.count, in: store))
    }
}

struct UntickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "untick", abstract: "Untick skills (saved at once).")

    @Argument(help: ArgumentHelp(
        "Skill ids; orphaned ticks (ids the catalog no longer has) can be unticked too.", valueName: "skill-id"))
    var skillIDs: [String]

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        let store = try progressOptions.openStore()
        try catalog.requireSkillIDs(skillIDs, allowing: store.progress.isTicked)
        let ticked = Array(Set(skillIDs)).filter(store.progress.isTicked)
        try record(ticked.map { .untick(skill: $0) }, in: store)
        print(changeSummary(done: "Unticked", ticked.count, already: "not ticked", Set(skillIDs).count - ticked.count, in: store))
    }
}

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Keep an evidence note on a skill (empty text removes it).")

    @Argument(help: ArgumentHelp("A skill id.", valueName: "skill-id"))
    var skillID: String

    @Argument(help: "The note, such as a link or \"led the Q3 pricing launch\".")
    var text: String

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        try catalog.requireSkillIDs([skillID])
        let store = try progressOptions.openStore()
        try record([.note(skill: skillID, text: text)], in: store)
        print(text.isEmpty ? "Removed the note on \(skillID)" : "Noted on \(skillID)")
    }
}

struct LevelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "level", abstract: "Set or clear your current and target level.",
        subcommands: [Set.self, Clear.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set your current or target level.")

        @Argument(help: "current or target")
        var role: LevelRole

        @Argument(help: "A level id, title or alias.")
        var level: String

        @OptionGroup var catalogOptions: CatalogOptions
        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let catalog = try catalogOptions.load()
            let level = try catalog.requireLevel(named: level)
            let store = try progressOptions.openStore()
            let progress = store.progress
            if role == .target, let problem = catalog.problemWithTarget(level.id, current: progress.currentLevel) {
                throw CommandFailure.usage("\(problem); nothing was changed")
            }
            try record([.setLevel(role, level.id)], in: store)
            print("Your \(role.rawValue) level is \(level.title) (\(level.id))")
            if role == .current, let target = progress.targetLevel,
               let problem = catalog.problemWithTarget(target, current: level.id) {
                print("Note: your target no longer works: \(problem). `ladder level set target LEVEL` sets another.")
            }
        }
    }

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Clear your current or target level.")

        @Argument(help: "current or target")
        var role: LevelRole

        @OptionGroup var catalogOptions: CatalogOptions
        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let store = try progressOptions.openStore()
            try record([.setLevel(role, nil)], in: store)
            print("Cleared your \(role.rawValue) level")
        }
    }
}

extension LevelRole: ExpressibleByArgument {}

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show your ticks per level, your levels, and orphaned ticks.")

    @Flag(help: "Move a damaged progress file aside (to progress.json.broken-TIME) and start afresh.")
    var repair = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        if repair {
            let store = ProgressStore(path: progressOptions.path)
            guard let problem = store.damage else {
                print("The progress file \(store.path) is fine; nothing to repair.")
                return
            }
            if case .notAFile(let kind) = problem {
                throw CommandFailure.usage(
                    "\(store.path) is \(kind), not a progress file; nothing was moved. Check --progress-file and LADDER_PROGRESS.")
            }
            do {
                let moved = try store.repair() ?? ""
                print("The progress file \(problem).\nMoved it aside to \(moved)\nStarting afresh at \(store.path)")
            } catch {
                throw CommandFailure.failed("could not move the damaged file aside: \(error)")
            }
            return
        }
        let catalog = try catalogOptions.load()
        let store = try progressOptions.openStore()
        let report = ProgressReport(catalog: catalog, store: store)
        print(output.json ? try CatalogJSON.encode(report.json) : report.text(width: OutputWidth.current), terminator: "")
    }
}
