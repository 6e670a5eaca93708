import ArgumentParser
import LadderCore
import LadderText
import LadderFiles

struct OpinionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opinion",
        abstract: "Keep a second opinion: a manager's or mentor's ratings of your skills, beside your own.",
        discussion: """
            They rate your skills blind with ladder (`ladder --progress-file for-you.json`, or `ladder rate` with it) and \
            send you the file. `ladder opinion add` keeps a copy beside your progress file; your own ratings are never \
            changed by it. A later version of their file: `ladder opinion add FILE --name NAME --replace`.
            """,
        subcommands: [Add.self, List.self, Remove.self], defaultSubcommand: List.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Keep a copy of someone's ratings under a name.")

        @Argument(help: ArgumentHelp("Their progress file.", valueName: "file"), completion: .file())
        var file: String

        @Option(help: "What to call it: letters, digits, - and _, such as jane or manager.")
        var name: String

        @Flag(help: "Replace the opinion kept under that name (a newer version of their file).")
        var replace = false

        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let store = OpinionStore(progressPath: try progressOptions.path())
            let opinion: Opinion
            do {
                opinion = try store.add(file: file, name: name, replace: replace)
            } catch .cannotKeep(let error) {
                throw CommandFailure.failed("could not keep the opinion: \(error)")
            } catch {
                throw CommandFailure.usage("\(error); nothing was kept")
            }
            try emit("Kept \(Plural.count(opinion.ratings.count, "rating")) from \(file) as the opinion \(opinion.name) "
                + "(\(store.path(for: opinion.name))). `ladder calibrate` shows where you differ.")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the opinions kept.")

        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let store = OpinionStore(progressPath: try progressOptions.path())
            let opinions = try progressOptions.opinions()
            guard !opinions.isEmpty else {
                try emit("No opinions kept. `ladder opinion add FILE --name NAME` keeps one (in \(store.directory)).")
                return
            }
            for opinion in opinions {
                try emit("\(opinion.name): \(Plural.count(opinion.ratings.count, "rating")) (\(store.path(for: opinion.name)))")
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an opinion (your own ratings are not touched).")

        @Argument(help: "The opinion's name, as `ladder opinion list` shows it.", completion: Completions.opinions)
        var name: String

        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let store = OpinionStore(progressPath: try progressOptions.path())
            do {
                guard try store.remove(name) else {
                    let names = store.names()
                    throw CommandFailure.usage("no opinion named \"\(Sanitizer.clean(name))\". Kept: "
                        + (names.isEmpty ? "none" : names.joined(separator: ", ")))
                }
            } catch let error as FileError {
                throw CommandFailure.failed("could not remove it: \(error)")
            }
            try emit("Removed the opinion \(name).")
        }
    }
}

struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Where your ratings and the opinions you keep differ, two steps or more first.")

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        let progress = try progressOptions.openStore().progress
        let opinions = try progressOptions.opinions()
        let differences = catalog.calibration(progress, opinions: opinions)
        if output.json { return try emit(try CatalogJSON.encode(CalibrationJSON(differences: differences)), terminator: "") }
        var page = Page(width: OutputWidth.current)
        guard !opinions.isEmpty else {
            page.wrapped("No opinions kept: `ladder opinion add FILE --name NAME` keeps someone's ratings beside yours.")
            return try emit(page.text, terminator: "")
        }
        page.wrapped("You and \(opinions.map(\.name).joined(separator: ", ")): \(Plural.count(differences.count, "skill")) rated differently.")
        for (title, group) in [("Two steps or more apart: a serious disconnect", differences.filter { $0.steps >= 2 }),
                               ("One step apart", differences.filter { $0.steps == 1 })] where !group.isEmpty {
            page.blank()
            page.line("\(title) (\(group.count))")
            for difference in group {
                page.blank()
                page.wrapped(difference.skill.summary, indent: 2, hanging: 4)
                let theirs = difference.opinions.map { "\($0.name): \($0.rating.words)" }.joined(separator: " · ")
                page.wrapped("you: \(difference.own.words) · \(theirs)", indent: 4)
                page.idLine(difference.skill.id, indent: 4)
                for entry in progress.evidence(for: difference.skill.id) {
                    page.wrapped("evidence, \(entry.date): \(entry.text)", indent: 4, hanging: 6)
                }
            }
        }
        try emit(page.text, terminator: "")
    }
}

/// `ladder calibrate --json`.
struct CalibrationJSON: Encodable {
    struct OpinionRating: Encodable {
        let name: String
        let rating: String
    }

    struct Difference: Encodable {
        let skill: SkillEntry
        /// The user's own rating (`self` in the JSON).
        let own: String
        let opinions: [OpinionRating]
        let steps: Int

        enum CodingKeys: String, CodingKey {
            case skill, own = "self", opinions, steps
        }

        init(_ difference: RatingDifference) {
            skill = difference.skill
            own = difference.own.rawValue
            opinions = difference.opinions.map { OpinionRating(name: $0.name, rating: $0.rating.rawValue) }
            steps = difference.steps
        }
    }

    let differences: [Difference]

    init(differences: [RatingDifference]) {
        self.differences = differences.map(Difference.init)
    }
}

struct CheckinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin",
        abstract: "Freeze where you stand today: your levels, every rating, and the skills' words as they are now.")

    @Option(help: "What the check-in is for, such as \"Q4 review\".")
    var message: String = ""

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        let store = try progressOptions.openStore()
        let checkin = catalog.checkin(store.progress, message: message.trimmingWhitespace(), at: store.timestamp())
        try record([.checkin(checkin)], in: store)
        try emit("Checked in on \(checkin.at.prefix(10)): \(Plural.count(checkin.ratings.count, "rating")) frozen"
            + " (\(Plural.count(store.progress.checkins.count, "check-in")) so far; `ladder history` shows them).")
    }
}

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Your check-ins in order: per area what was met, what changed, and the gap to your target over time.")

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    struct AreaJSON: Encodable {
        let area: String
        let level: String
        let met: Int
        let total: Int
    }

    struct ChangeJSON: Encodable {
        let skill: String
        let summary: String?
        let from: String?
        let to: String?
    }

    struct CheckinJSON: Encodable {
        let date: String
        let message: String
        @NullEncoded var currentLevel: String?
        @NullEncoded var targetLevel: String?
        let areas: [AreaJSON]
        let changed: [ChangeJSON]
    }

    struct JSON: Encodable {
        let checkins: [CheckinJSON]
    }

    func run() throws {
        let catalog = try catalogOptions.load()
        let history = Catalog.history(try progressOptions.openStore().progress)
        if output.json {
            return try emit(try CatalogJSON.encode(JSON(checkins: history.map { entry in
                CheckinJSON(
                    date: entry.checkin.at, message: entry.checkin.message, currentLevel: entry.checkin.currentLevel,
                    targetLevel: entry.checkin.targetLevel,
                    areas: entry.checkin.areas.map { AreaJSON(area: $0.area, level: $0.level, met: $0.met, total: $0.total) },
                    changed: entry.changed.map { ChangeJSON(skill: $0.skill, summary: $0.words?.summary, from: $0.from?.rawValue, to: $0.to?.rawValue) })
            })), terminator: "")
        }
        try emit(Self.text(history, width: OutputWidth.current) { catalog.level(id: $0)?.shortTitle ?? $0 }, terminator: "")
    }

    /// - Parameter title: a level's title by its id (an id the catalog no longer has, as it is).
    static func text(_ history: [HistoryEntry], width: Int, title: (String) -> String) -> String {
        var page = Page(width: width)
        guard !history.isEmpty else {
            page.wrapped("No check-ins yet. `ladder checkin --message \"…\"` freezes where you stand today.")
            return page.text
        }
        for (index, entry) in history.enumerated() {
            let checkin = entry.checkin
            page.blank()
            page.wrapped("\(checkin.at.prefix(10))  \(checkin.message.isEmpty ? "(no message)" : checkin.message)", hanging: 12)
            let levels = [checkin.currentLevel.map { "at \(title($0))" }, checkin.targetLevel.map { "aiming for \(title($0))" }].compactMap { $0 }
            if !levels.isEmpty { page.wrapped(levels.joined(separator: ", "), indent: 12) }
            if let target = entry.target, let level = checkin.targetLevel {
                page.wrapped("\(target.met) of \(Plural.count(target.total, "skill")) met at \(title(level))", indent: 12)
            }
            for level in [checkin.currentLevel, checkin.targetLevel].compactMap({ $0 }) {
                let areas = checkin.areas.filter { $0.level == level }.map { "\($0.areaName) \($0.met)/\($0.total)" }
                if !areas.isEmpty { page.wrapped("\(title(level)): " + areas.joined(separator: ", "), indent: 12, hanging: 14) }
            }
            // The first check-in has none before it: its ratings are where the record starts.
            let changed = index == 0 ? "\(Plural.count(entry.changed.count, "rating")) at this first check-in"
                : "\(Plural.count(entry.changed.count, "rating")) changed since the check-in before"
            page.wrapped(changed + (entry.changed.isEmpty ? "." : ":"), indent: 12)
            for change in entry.changed {
                let marks = "\(change.from?.mark ?? "[ ]") -> \(change.to?.mark ?? "[ ]")  "
                guard let words = change.words else {
                    // An id alone (no longer in the catalog) on its own line, never split.
                    page.wrapped(marks + "a skill no longer in the catalog:", indent: 14, hanging: 26)
                    page.idLine(change.skill, indent: 26)
                    continue
                }
                page.wrapped(marks + words.summary, indent: 14, hanging: 26)
            }
        }
        return page.text
    }
}
