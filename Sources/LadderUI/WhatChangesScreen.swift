import LadderCore
import LadderText

/// What is at one level and not another, per expert: the areas that appear and the skills
/// that come with them. `[` and `]` change the level compared with, so the two branches of
/// the fork (Senior PM -> Group PM, Senior PM -> Principal PM) can be weighed in turn.
struct WhatChangesScreen: ExplorerScreen {
    let from: Level
    private(set) var to: Level
    private var browser: SkillBrowser

    init(from: Level, catalog: Catalog) {
        self.from = from
        let next = catalog.tracks.compactMap { track -> String? in
            guard let index = track.levels.firstIndex(of: from.id), index + 1 < track.levels.count else { return nil }
            return track.levels[index + 1]
        }.first
        let fallback = catalog.levels.first { $0.id != from.id } ?? from
        to = next.flatMap(catalog.level(id:)) ?? fallback
        browser = SkillBrowser(rows: Self.rows(from: from, to: to, catalog: catalog))
    }

    var title: String { "\(from.shortTitle) -> \(to.shortTitle)" }
    var keyHints: String { "[ ] other level  " + browser.keyHints }
    var helpKeys: [KeyHelp] {
        [KeyHelp("[  ]", "compare with the previous / next level")] + SkillBrowser.helpKeys
            + [KeyHelp("esc  ← h  backspace", "back")]
    }

    var selectedSkillID: String? { browser.selectedSkill?.id }

    static func rows(from: Level, to: Level, catalog: Catalog) -> [SkillBrowser.Row] {
        guard let changes = catalog.changes(from: from.id, to: to.id) else { return [] }
        func names(_ areas: [SkillArea]) -> String { areas.isEmpty ? "none" : areas.map(\.name).joined(separator: ", ") }
        var rows: [SkillBrowser.Row] = [
            .heading("New areas at \(to.shortTitle): \(names(changes.newAreas))", .title),
            .heading("Areas not named at \(to.shortTitle): \(names(changes.droppedAreas))", .dim),
        ]
        for (title, entries) in [("Only at \(to.shortTitle)", changes.added), ("Only at \(from.shortTitle)", changes.removed)] {
            rows.append(.blank)
            rows.append(.heading("\(title): \(entries.count) skill\(entries.count == 1 ? "" : "s")", .title))
            for group in catalog.group(entries) {
                let affiliation = group.expert.affiliation.map { " · " + $0 } ?? ""
                rows.append(.heading(group.expert.name + affiliation + "  (" + group.source.kind.label + ")", .heading))
                rows += group.entries.map { .skill($0, label: catalog.area(id: $0.area)?.shortName ?? $0.area) }
            }
        }
        return rows
    }

    mutating func handle(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        switch key {
        case .character("]"), .character("["):
            let others = context.catalog.levels.filter { $0.id != from.id }
            guard let index = others.firstIndex(where: { $0.id == to.id }), !others.isEmpty else { return [] }
            to = others[(index + (key == .character("]") ? 1 : others.count - 1)) % others.count]
            browser = SkillBrowser(rows: Self.rows(from: from, to: to, catalog: context.catalog))
            return []
        default:
            if let commands = browser.handle(key, context: context) { return commands }
            return key.isBack ? [.pop] : nil
        }
    }

    mutating func click(item index: Int, context: ScreenContext) -> [ScreenCommand] {
        browser.click(item: index, context: context)
    }

    mutating func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> [Int: Int] {
        browser.render(into: &grid, area: area, context: context, emptyMessage: "The two levels have the same skills.")
    }
}
