import LadderCore
import LadderText

/// What changes from one level to another, as the level model sees it: the skills the higher
/// level adds (per expert, where they are said), what the sources say is left behind on the
/// way (each with the change's words) and what else they say changes. `[` and `]` change the
/// level compared with, so the two branches of the fork can be weighed in turn.
struct WhatChangesScreen: BrowsingScreen {
    private(set) var from: Level
    private(set) var to: Level
    var browser: SkillBrowser
    let listContext = KeyContext.whatChanges
    let emptyMessage = ""

    /// From `level` to the next level up; from the top of a track, from the level below to it.
    init(from level: Level, catalog: Catalog) {
        if let next = catalog.nextLevels(after: level.id).first {
            (from, to) = (level, next)
        } else if let previous = catalog.previousLevels(before: level.id).first {
            (from, to) = (previous, level)
        } else {
            (from, to) = (level, catalog.levels.first { $0.id != level.id } ?? level)
        }
        browser = SkillBrowser(rows: Self.rows(from: from, to: to, catalog: catalog))
    }

    var title: String { "\(from.shortTitle) -> \(to.shortTitle)" }

    static func rows(from: Level, to: Level, catalog: Catalog) -> [SkillBrowser.Row] {
        guard let changes = catalog.changes(from: from.id, to: to.id) else { return [] }
        func names(_ areas: [SkillArea]) -> String {
            areas.isEmpty ? "none" : areas.map(\.name).joined(separator: ", ")
        }
        func areaLabel(_ entry: SkillEntry) -> String { catalog.area(id: entry.area)?.shortName ?? entry.area }
        var rows: [SkillBrowser.Row] = [
            .heading(catalog.changesHeadline(changes) + "; the PM role's skills apply at both", .dim),
            .heading("Areas first named at \(to.shortTitle) (the PM role's aside): \(names(changes.newAreas))", .dim),
        ]
        // New skills, grouped by the level they are said of (the higher one first), then by expert.
        var levelsShown: [Level] = []
        for added in changes.added where !levelsShown.contains(added.at) { levelsShown.append(added.at) }
        let superseded = changes.supersededByID
        for level in levelsShown {
            let here = changes.added.filter { $0.at == level }
            let title = level == to ? "New at \(to.shortTitle)" : "New at \(level.shortTitle), on the way"
            rows += [.blank, .heading("\(title): \(Plural.count(here.count, "skill"))", .title)]
            for group in catalog.groupMostParticularFirst(here.map(\.entry)) {
                rows.append(.heading(LevelScreen.groupHeading(group, catalog: catalog), .heading))
                rows += group.entries.map { entry in
                    let replacing = superseded[entry.id] ?? []
                    let standing =
                        replacing.isEmpty
                        ? nil : "supersedes " + replacing.map { "“\($0.summary)”" }.joined(separator: ", ")
                    return .skill(entry, label: areaLabel(entry), standing: standing)
                }
            }
        }
        if !changes.leftBehind.isEmpty || !changes.changeNotes.isEmpty {
            rows += [.blank, .heading("What the sources say changes on the way", .title)]
            for left in changes.leftBehind {
                rows.append(
                    .heading(
                        "At \(left.at.shortTitle), "
                            + (catalog.expert(id: left.change.expert)?.name ?? left.change.expert)
                            + " leaves behind \(Plural.count(left.entries.count, "skill")):", .heading))
                rows.append(
                    .skill(left.change, label: areaLabel(left.change), standing: "the change that leaves these behind"))
                rows += left.entries.map {
                    .skill(
                        $0, label: areaLabel($0),
                        standing: "left behind at \(left.at.shortTitle): \(left.change.summary)")
                }
            }
            for group in catalog.group(changes.changeNotes) {
                rows.append(.heading(LevelScreen.groupHeading(group, catalog: catalog), .heading))
                rows += group.entries.map { .skill($0, label: areaLabel($0), standing: "a change the source notes") }
            }
        }
        if !changes.notOnTheWay.isEmpty {
            let why = changes.isStepUp ? "" : " (\(to.shortTitle) is not above it on a track)"
            rows += [
                .blank,
                .heading(
                    "At \(from.shortTitle) and not at \(to.shortTitle)\(why): "
                        + Plural.count(changes.notOnTheWay.count, "skill"), .title),
            ]
            for group in catalog.group(changes.notOnTheWay) {
                rows.append(.heading(LevelScreen.groupHeading(group, catalog: catalog), .heading))
                rows += group.entries.map { .skill($0, label: areaLabel($0)) }
            }
        }
        return rows
    }

    mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand]? {
        switch action {
        case .nextLevel, .previousLevel:
            let others = context.catalog.levels.filter { $0.id != from.id }
            guard let index = others.firstIndex(where: { $0.id == to.id }) else { return [] }
            to = others[(index + (action == .nextLevel ? 1 : others.count - 1)) % others.count]
            browser = SkillBrowser(rows: Self.rows(from: from, to: to, catalog: context.catalog))
            return []
        default:
            if let commands = browser.perform(action, context: context) { return commands }
            return action == .back ? [.pop] : nil
        }
    }
}
