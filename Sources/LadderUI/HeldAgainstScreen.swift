import LadderCore
import LadderText

/// A company's level held against what the experts say of the level it matched: what the
/// experts ask that the company's level says nothing about, and what it asks that no expert
/// mentions there, area by area, each entry ratable as anywhere else.
struct HeldAgainstScreen: BrowsingScreen {
    var browser: SkillBrowser
    let listContext = KeyContext.heldAgainst
    let emptyMessage = ""
    let title: String

    /// For a framework's level, or for one of ladder's when a single framework matched a level
    /// to it; nil otherwise.
    init?(level: Level, context: ScreenContext) {
        let catalog = context.catalog
        let comparison: FrameworkComparison?
        if let framework = catalog.frameworkTracks.first(where: { $0.levels.contains(level.id) }) {
            comparison = catalog.comparison(ofFrameworkLevel: level.id, on: framework)
        } else {
            let matched = catalog.frameworkTracks.compactMap { catalog.comparison(of: $0, at: level.id) }
            comparison = matched.count == 1 ? matched[0] : nil
        }
        guard let comparison else { return nil }
        title = "\(comparison.framework.title) against the experts"
        browser = SkillBrowser(rows: Self.rows(comparison, context: context))
    }

    static func rows(_ comparison: FrameworkComparison, context: ScreenContext) -> [SkillBrowser.Row] {
        let company = comparison.framework.title, ours = comparison.level.shortTitle
        var rows: [SkillBrowser.Row] = [
            .heading(
                "\(company)'s \(comparison.frameworkLevel.shortTitle) against what the experts say of \(ours)", .title)
        ]
        if !comparison.shared.isEmpty {
            rows.append(.heading("Both speak to (the experts' entries : \(company)'s):", .dim))
            rows += comparison.shared.map { .heading("  \($0.area.name) (\($0.experts) : \($0.framework))", .dim) }
        }
        func section(_ title: String, _ sides: [FrameworkComparison.Side], label: (SkillEntry) -> String) {
            let count = sides.reduce(0) { $0 + $1.entries.count }
            rows += [
                .blank,
                .heading(
                    "\(title): "
                        + (sides.isEmpty
                            ? "none"
                            : "\(Plural.count(sides.count, "area")), \(Plural.count(count, "entry", "entries"))"),
                    .heading),
            ]
            for side in sides {
                rows.append(.heading("\(side.area.name) (\(side.entries.count))", .dim))
                rows += side.entries.map { .skill($0, label: label($0)) }
            }
        }
        section("The experts ask; \(company)'s level says nothing", comparison.expertOnly) {
            context.expertName($0.expert)
        }
        section("\(company)'s level asks; no expert mentions it at \(ours)", comparison.frameworkOnly) {
            context.areaName($0.area, short: true)
        }
        return rows
    }

    mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand]? {
        if let commands = browser.perform(action, context: context) { return commands }
        return action == .back ? [.pop] : nil
    }
}
