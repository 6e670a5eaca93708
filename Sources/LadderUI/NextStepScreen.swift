import LadderCore
import LadderText

/// What stands between the user's current level and where they could go next (their target,
/// and the next level on each track): the skills they have not ticked, by area, the areas
/// most experts name first. Without a current level it first asks for one, in place.
struct NextStepScreen: ExplorerScreen {
    private var browser: SkillBrowser?
    private var picker = ListCursor()
    private var lastPickerHeight = 10

    let title = "Next step"
    var keyHints: String {
        browser?.keyHints ?? "↑↓ choose your current level  enter set it  esc back  ? help"
    }
    var helpKeys: [KeyHelp] {
        SkillBrowser.helpKeys + [
            KeyHelp("esc  ← h  backspace", "back"),
        ]
    }

    var selectedSkillID: String? { browser?.selectedSkill?.id }

    /// The rows for the user's progress as it is now, or nil without a current level.
    static func rows(context: ScreenContext) -> [SkillBrowser.Row]? {
        let catalog = context.catalog
        guard let current = context.progress.currentLevel, let level = catalog.level(id: current) else { return nil }
        let next = catalog.nextLevels(context.progress)
        guard !next.isEmpty else {
            return [
                .heading("\(level.shortTitle) is the top of its track.", .heading),
                .heading("Set a target level (t on the ladder) to see what separates you from it.", .dim),
            ]
        }
        var rows: [SkillBrowser.Row] = []
        if next.count > 1 {
            let names = next.map(\.shortTitle).joined(separator: ", ")
            rows.append(.heading("Next: \(names), in turn below."
                                 + (context.progress.targetLevel == nil ? " Set a target (t) to put one first." : ""), .dim))
            rows.append(.blank)
        }
        for (index, destination) in next.enumerated() {
            guard let gap = catalog.gap(from: current, to: destination.id, context.progress) else { continue }
            if index > 0 { rows.append(.blank) }
            let why = destination.id == context.progress.targetLevel ? "your target" : "next on its track"
            let new = gap.section(.new)
            rows.append(.heading("\(gap.from.shortTitle) -> \(gap.to.shortTitle) (\(why)): \(gap.ticked)/\(gap.total) ticked; "
                                 + "\(new.ticked)/\(new.total) of the new ones", .title))
            let gaps = gap.strongestGaps.map { $0.name.lowercased() }.joined(separator: ", ")
            rows.append(.heading(gaps.isEmpty ? "Nothing new left open." : "Strongest gaps among the new skills: \(gaps)", .heading))
            for section in gap.sections where !section.areas.isEmpty {
                let open = section.total - section.ticked
                let title = switch section.part {
                case .new: "New at \(gap.to.shortTitle) or on the way: \(open) open"
                case .carried: "Carried up, not ticked yet: \(open) open"
                case .role: "The PM role in general, not ticked yet: \(open) open"
                }
                rows.append(.heading(title, .heading))
                for area in section.areas {
                    let voices = section.part == .role ? "" : " · named by \(Plural.count(area.expertCount, "expert")) at \(gap.to.shortTitle)"
                    rows.append(.heading("  \(area.area.name)\(voices) · \(area.open.count) open", .accent))
                    rows += area.open.map { .skill($0, label: catalog.expert(id: $0.expert)?.name ?? $0.expert) }
                }
            }
        }
        return rows
    }

    mutating func handle(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        if var browser {
            defer { self.browser = browser }
            if let commands = browser.handle(key, context: context) { return commands }
            return key.isBack ? [.pop] : nil
        }
        let levels = context.catalog.levels
        if let movement = key.movement {
            picker.move(movement, count: levels.count, page: lastPickerHeight)
            return []
        }
        if key.isBack { return [.pop] }
        if key == .enter, let level = levels[safe: picker.selected] {
            return ScreenCommand.forLevelKey(.character("s"), level: level)
        }
        return nil
    }

    mutating func click(item index: Int, context: ScreenContext) -> [ScreenCommand] {
        if var browser {
            defer { self.browser = browser }
            return browser.click(item: index, context: context)
        }
        if index == picker.selected { return handle(.enter, context: context) ?? [] }
        picker.selected = index
        return []
    }

    mutating func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> [Int: Int] {
        if browser == nil, let rows = Self.rows(context: context) {
            browser = SkillBrowser(rows: rows, labelWidth: 16)
        }
        if var browser {
            defer { self.browser = browser }
            let topOfTrack = context.catalog.nextLevels(context.progress).isEmpty
            return browser.render(into: &grid, area: area, context: context,
                                  emptyMessage: topOfTrack ? "" : "Nothing left open: every skill there is ticked.")
        }
        // No current level yet: ask for one.
        grid.put("Which level are you at now? Choose it to see what the next level needs.",
                 x: area.x + 2, y: area.y + 1, style: .heading, maxWidth: area.width - 4)
        let levels = context.catalog.levels
        lastPickerHeight = max(1, area.height - 3)
        picker.scrollIntoView(height: lastPickerHeight, count: levels.count)
        var items: [Int: Int] = [:]
        for (line, index) in (picker.offset..<min(levels.count, picker.offset + lastPickerHeight)).enumerated() {
            let y = area.y + 3 + line
            grid.put("  " + levels[index].title, x: area.x + 2, y: y, maxWidth: area.width - 4)
            if index == picker.selected { grid.restyle(row: y, from: area.x + 2, width: area.width - 4) { $0.reverse = true } }
            items[y] = index
        }
        return items
    }
}
