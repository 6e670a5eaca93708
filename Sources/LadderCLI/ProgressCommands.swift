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
            valueName: "path"), completion: .file())
    var progressFile: String?

    var selection: ProgressSelection { ProgressSelection(progressFile: progressFile) }

    func path() throws -> String { try selection.path() }
    func openStore() throws -> ProgressStore { try selection.openStore() }
    func progressForDisplay() throws -> UserProgress { try selection.progressForDisplay() }
    func opinions() throws -> [Opinion] { try selection.opinions() }
}

/// Which progress file a run uses: `--progress-file`, else the environment's default.
struct ProgressSelection {
    var progressFile: String?

    /// The progress file's path. An empty `--progress-file`, or one naming a directory (ending
    /// in `/`), is a usage error: nothing is created.
    func path() throws -> String {
        if let progressFile {
            guard !progressFile.isEmpty else { throw CommandFailure.usage("--progress-file needs a path, such as ~/ladder/progress.json") }
            guard !progressFile.hasSuffix("/") else {
                throw CommandFailure.usage("--progress-file \(Sanitizer.clean(progressFile)) names a directory; give the file's name, "
                    + "such as \(Sanitizer.clean(progressFile))progress.json")
            }
        }
        let directory = getcwd(nil, 0).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? "."
        return ProgressLocation.path(explicit: progressFile, environment: processEnvironment(), currentDirectory: directory)
    }

    /// The store, failing with exit status 2 when the file is damaged.
    func openStore() throws -> ProgressStore {
        let store = ProgressStore(path: try path())
        if let damage = store.damage { throw CommandFailure.usage(ProgressStoreError.damaged(path: store.path, damage).description) }
        return store
    }

    /// The saved progress for read-only pages; a damaged file is a warning there, not a failure.
    func progressForDisplay() throws -> UserProgress {
        let store = ProgressStore(path: try path())
        if let damage = store.damage {
            writeToStandardError("ladder: warning: ratings not shown: \(ProgressStoreError.damaged(path: store.path, damage))\n")
        }
        return store.progress
    }

    /// The opinions kept beside the progress file; one that cannot be read is a warning.
    func opinions() throws -> [Opinion] {
        let (opinions, problems) = OpinionStore(progressPath: try path()).load()
        for problem in problems { writeToStandardError("ladder: warning: skipped \(problem)\n") }
        return opinions
    }
}

/// Records changes, turning store errors into command failures: a damaged file exits 2,
/// a failed save exits 1. The save that upgrades an older file says so, once.
func record(_ changes: [ProgressChange], in store: ProgressStore) throws {
    do {
        try store.record(changes)
    } catch .damaged(let path, let problem) {
        throw CommandFailure.usage(ProgressStoreError.damaged(path: path, problem).description)
    } catch {
        throw CommandFailure.failed("\(error); nothing was changed")
    }
    if let notice = store.takeUpgradeNotice() { try emit(Sanitizer.clean(notice)) }
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

    /// Known skill ids that can be rated and given evidence: a change or a watch-out is read, not rated.
    func requireRateable(_ ids: [String]) throws {
        try requireSkillIDs(ids)
        for id in ids {
            guard let entry = skill(id: id), !entry.isSkill else { continue }
            let what = entry.kind == .change ? "a change the source notes" : "a watch-out, a risk the source names"
            throw CommandFailure.usage("\(id) is \(what), not a skill: there is nothing to rate or give evidence for")
        }
    }
}

struct TickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick",
        abstract: "Tick skills you have: rate them meeting (saved at once).",
        discussion: "A skill already rated meeting or exceeding is left as it is.")

    @Argument(help: ArgumentHelp("Skill ids, as `ladder show` and `ladder search` print them.", valueName: "skill-id"),
              completion: Completions.skills)
    var skillIDs: [String]

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        try catalog.requireRateable(skillIDs)
        let store = try progressOptions.openStore()
        let time = store.timestamp()
        let fresh = Array(Set(skillIDs)).filter { !store.progress.isTicked($0) }.sorted()
        try record(fresh.map { .tick(skill: $0, at: time) }, in: store)
        try emit(changeSummary(done: "Ticked", fresh.count, already: "already ticked", Set(skillIDs).count - fresh.count, in: store))
    }
}

struct UntickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "untick", abstract: "Clear the ratings of skills (saved at once).")

    @Argument(help: ArgumentHelp(
        "Skill ids; orphaned ratings (ids the catalog no longer has) can be cleared too.", valueName: "skill-id"),
              completion: Completions.skills)
    var skillIDs: [String]

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        let store = try progressOptions.openStore()
        // A key edited into the file by hand with control characters is shown cleaned: it is cleared by what is shown.
        func storedKeys(shownAs id: String) -> [String] {
            store.progress.ratings.keys.filter { $0 == id || Sanitizer.clean($0) == id }
        }
        try catalog.requireSkillIDs(skillIDs) { !storedKeys(shownAs: $0).isEmpty }
        let requested = Set(skillIDs)
        let rated = requested.filter { !storedKeys(shownAs: $0).isEmpty }
        try record(rated.flatMap(storedKeys(shownAs:)).sorted().map { .untick(skill: $0) }, in: store)
        try emit(changeSummary(done: "Cleared the ratings of", rated.count, already: "not rated", requested.count - rated.count, in: store))
    }
}

struct RateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rate",
        abstract: "Rate skills: not-yet, working-towards, meeting or exceeding (none clears).",
        discussion: "ladder rate SKILL-ID RATING [SKILL-ID RATING ...], such as `ladder rate guide-present-to-executives meeting`.")

    @Argument(help: ArgumentHelp("Pairs of a skill id and a rating.", valueName: "skill-id rating"), completion: Completions.skillsAndRatings)
    var pairs: [String]

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        guard pairs.count.isMultiple(of: 2) else {
            throw CommandFailure.usage("give a rating after each skill id: ladder rate SKILL-ID RATING [SKILL-ID RATING ...] "
                + "(ratings: \(Rating.names), or none to clear)")
        }
        let catalog = try catalogOptions.load()
        let store = try progressOptions.openStore()
        var ratings: [(String, Rating?)] = []
        for index in stride(from: 0, to: pairs.count, by: 2) {
            let (id, name) = (pairs[index], pairs[index + 1])
            if name == "none" {
                try catalog.requireSkillIDs([id]) { store.progress.ratings[$0] != nil }
            } else {
                try catalog.requireRateable([id])
            }
            guard name == "none" || Rating(rawValue: name) != nil else {
                throw CommandFailure.usage("unknown rating \"\(Sanitizer.clean(name))\". Valid ratings: \(Rating.names), or none to clear")
            }
            ratings.append((id, Rating(rawValue: name)))
        }
        let time = store.timestamp()
        try record(ratings.map { .rate(skill: $0.0, $0.1, at: time) }, in: store)
        for (id, rating) in ratings { try emit("\(rating.map { "Rated \($0.words)" } ?? "Cleared the rating of"): \(id)") }
    }
}

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Add a piece of evidence to a skill, dated today (`ladder evidence` does more).")

    @Argument(help: ArgumentHelp("A skill id.", valueName: "skill-id"), completion: Completions.skills)
    var skillID: String

    @Argument(help: "The evidence, such as a link or \"led the Q3 pricing launch\".")
    var text: String

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        try EvidenceCommand.Add.add(text, date: nil, to: skillID, catalog: { try catalogOptions.load() }, progressOptions: progressOptions)
    }
}

struct LevelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "level", abstract: "Set or clear your current and target level.",
        subcommands: [Set.self, Clear.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Set your current or target level.")

        @Argument(help: "current or target")
        var role: LevelRole

        @Argument(help: "A level id, title or alias.", completion: Completions.levels)
        var level: String

        @OptionGroup var catalogOptions: CatalogOptions
        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let catalog = try catalogOptions.load()
            let level = try catalog.requireLevel(named: level, saving: true)
            let store = try progressOptions.openStore()
            let progress = store.progress
            if role == .target, let problem = catalog.problemWithTarget(level.id, current: progress.currentLevel) {
                throw CommandFailure.usage("\(problem); nothing was changed")
            }
            // A target the new current level reaches or passes is no target: cleared, and said,
            // as the explorer does.
            let stale = role == .current ? progress.targetLevel.flatMap { target in
                catalog.problemWithTarget(target, current: level.id).map { (target, $0) }
            } : nil
            try record([.setLevel(role, level.id)] + (stale == nil ? [] : [.setLevel(.target, nil)]), in: store)
            try emit("Your \(role.rawValue) level is \(level.title) (\(level.id))")
            if let (target, problem) = stale {
                try emit("Your target, \(catalog.level(id: target).map(catalog.distinctShortTitle(of:)) ?? target), was cleared: \(problem). "
                    + "`ladder level set target LEVEL` sets another.")
            }
        }
    }

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "clear", abstract: "Clear your current or target level.")

        @Argument(help: "current or target")
        var role: LevelRole

        @OptionGroup var catalogOptions: CatalogOptions
        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let store = try progressOptions.openStore()
            try record([.setLevel(role, nil)], in: store)
            try emit("Cleared your \(role.rawValue) level")
        }
    }
}

extension LevelRole: ExpressibleByArgument {}

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show your ratings per level, your levels, and ratings and evidence for skills no longer in the catalog.")

    @Flag(help: "Move a damaged progress file aside (to progress.json.broken-TIME) and start afresh.")
    var repair = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        if repair {
            let store = ProgressStore(path: try progressOptions.path())
            guard let problem = store.damage else {
                try emit("The progress file \(store.path) is fine; nothing to repair.")
                return
            }
            switch problem {
            case .notAFile, .linkToNothing:
                throw CommandFailure.usage(
                    "\(store.path) \(problem); nothing was moved. Check --progress-file and LADDER_PROGRESS, or the link.")
            default:
                break
            }
            do {
                let moved = try store.repair() ?? ""
                try emit("The progress file \(problem).\nMoved it aside to \(moved)\nStarting afresh at \(store.path)")
            } catch {
                throw CommandFailure.failed("could not move the damaged file aside: \(error)")
            }
            return
        }
        let catalog = try catalogOptions.load()
        let store = try progressOptions.openStore()
        let report = ProgressReport(catalog: catalog, store: store)
        try emit(output.json ? try CatalogJSON.encode(report.json) : report.text(width: OutputWidth.current), terminator: "")
    }
}
