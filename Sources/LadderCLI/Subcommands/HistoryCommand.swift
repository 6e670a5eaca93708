import ArgumentParser
import LadderCore
import LadderText

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
            return try emit(
                try CatalogJSON.encode(
                    JSON(
                        checkins: history.map { entry in
                            CheckinJSON(
                                date: entry.checkin.at, message: entry.checkin.message,
                                currentLevel: entry.checkin.currentLevel,
                                targetLevel: entry.checkin.targetLevel,
                                areas: entry.checkin.areas.map {
                                    AreaJSON(area: $0.area, level: $0.level, met: $0.met, total: $0.total)
                                },
                                changed: entry.changed.map {
                                    ChangeJSON(
                                        skill: $0.skill, summary: $0.words?.summary, from: $0.from?.rawValue,
                                        to: $0.to?.rawValue)
                                })
                        })), terminator: "")
        }
        try emit(
            Self.text(history, width: OutputWidth.current) { catalog.level(id: $0)?.shortTitle ?? $0 }, terminator: "")
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
            page.wrapped(
                "\(checkin.at.prefix(10))  \(checkin.message.isEmpty ? "(no message)" : checkin.message)", hanging: 12)
            let levels = [
                checkin.currentLevel.map { "at \(title($0))" }, checkin.targetLevel.map { "aiming for \(title($0))" },
            ].compactMap { $0 }
            if !levels.isEmpty { page.wrapped(levels.joined(separator: ", "), indent: 12) }
            if let target = entry.target, let level = checkin.targetLevel {
                page.wrapped(
                    "\(target.met) of \(Plural.count(target.total, "skill")) met at \(title(level))", indent: 12)
            }
            for level in [checkin.currentLevel, checkin.targetLevel].compactMap({ $0 }) {
                let areas = checkin.areas.filter { $0.level == level }.map { "\($0.areaName) \($0.met)/\($0.total)" }
                if !areas.isEmpty {
                    page.wrapped("\(title(level)): " + areas.joined(separator: ", "), indent: 12, hanging: 14)
                }
            }
            // The first check-in has none before it: its ratings are where the record starts.
            let changed =
                index == 0
                ? "\(Plural.count(entry.changed.count, "rating")) at this first check-in"
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
