import LadderCore
import LadderText

/// What stands between the user's current level and where they could go next (their target,
/// and the next level on each track): the skills they have not ticked, new ones first, by
/// area, the areas most experts name first. Without a current level it first asks for one, in
/// place. The list is made when the screen opens and again after every save.
struct NextStepScreen: ExplorerScreen {
    private var browser: SkillBrowser?
    private var picker = ListCursor()
    private var pickerHeight = 10
    /// Each skill's place when the screen opened: a rating or evidence given here leaves the
    /// list in that order (what needs most work is worked out again when it opens next).
    private var order: [String: Int] = [:]

    init(context: ScreenContext) {
        let rows = Self.rows(context: context)
        browser = rows.map { SkillBrowser(rows: $0, labelWidth: 16) }
        order = Self.positions(in: rows ?? [])
    }

    /// Each skill's first row.
    private static func positions(in rows: [SkillBrowser.Row]) -> [String: Int] {
        var positions: [String: Int] = [:]
        for (index, row) in rows.enumerated() {
            if case .skill(let skill, _, _) = row, positions[skill.id] == nil { positions[skill.id] = index }
        }
        return positions
    }

    /// A section's areas, each with its open skills, in the order of `order` (skills not in
    /// it last, as they come), or as they come without one.
    private static func arranged(_ areas: [AreaGap], by order: [String: Int]?) -> [(area: AreaGap, open: [SkillEntry])]
    {
        guard let order else { return areas.map { ($0, $0.open) } }
        func place(_ skill: SkillEntry) -> Int { order[skill.id] ?? Int.max }
        func byPlace(_ skills: [SkillEntry]) -> [SkillEntry] {
            let numbered: [(offset: Int, element: SkillEntry)] = Array(skills.enumerated())
            return numbered.sorted { lhs, rhs in
                let left = place(lhs.element), right = place(rhs.element)
                return left != right ? left < right : lhs.offset < rhs.offset
            }.map(\.element)
        }
        let arranged: [(position: Int, area: AreaGap, open: [SkillEntry])] = areas.enumerated().map {
            ($0.offset, $0.element, byPlace($0.element.open))
        }
        return arranged.sorted { lhs, rhs in
            let left = lhs.open.first.map(place) ?? Int.max, right = rhs.open.first.map(place) ?? Int.max
            return left != right ? left < right : lhs.position < rhs.position
        }.map { ($0.area, $0.open) }
    }

    let title = "Next step"
    var keyContext: KeyContext { browser.map { $0.keyContext ?? .nextStep } ?? .levelPicker }
    var unavailableActions: Set<Action> { browser?.unavailableActions ?? [] }
    var selectedSkillID: String? { browser?.selectedSkill?.id }

    /// The rows for the user's progress as it is now, or nil without a current level.
    static func rows(context: ScreenContext, order: [String: Int]? = nil) -> [SkillBrowser.Row]? {
        let catalog = context.catalog
        guard let current = context.progress.currentLevel, let level = catalog.level(id: current) else { return nil }
        let next = catalog.nextLevels(context.progress)
        guard !next.isEmpty else {
            return [
                .heading("\(level.shortTitle) is the top of its track.", .heading),
                .heading(
                    "Set a target level (\(context.keyName(.setTarget, in: .ladder)) on the ladder) to see what separates you from it.",
                    .dim),
            ]
        }
        var rows: [SkillBrowser.Row] = []
        if next.count > 1 {
            let names = next.map(\.shortTitle).joined(separator: ", ")
            rows.append(.heading("Next: \(names), in turn below.", .dim))
            if context.progress.targetLevel == nil {
                rows.append(
                    .heading(
                        "Set a target (\(context.keyName(.setTarget, in: .ladder)) on the ladder) to put one first.",
                        .dim))
            }
            rows.append(.blank)
        }
        for (index, destination) in next.enumerated() {
            guard let gap = catalog.gap(from: current, to: destination.id, context.progress, opinions: context.opinions)
            else { continue }
            if index > 0 { rows.append(.blank) }
            let why = destination.id == context.progress.targetLevel ? "your target" : "next on its track"
            let new = gap.section(.new)
            rows.append(.heading("\(gap.from.shortTitle) -> \(gap.to.shortTitle) (\(why))", .title))
            rows.append(
                .heading("\(gap.ticked)/\(gap.total) ticked; \(new.ticked)/\(new.total) of the new ones", .heading))
            let gaps = gap.strongestGaps.map { $0.name.lowercased() }.joined(separator: ", ")
            rows.append(
                .heading(
                    gaps.isEmpty ? "Nothing new left open." : "Strongest gaps among the new skills: \(gaps)", .heading))
            for section in gap.sections where !section.areas.isEmpty {
                let open = section.total - section.ticked
                let title =
                    switch section.part {
                    case .new: "New at \(gap.to.shortTitle) or on the way: \(open) open"
                    case .carried: "Carried up, not ticked yet: \(open) open"
                    case .role: "The PM role in general, not ticked yet: \(open) open"
                    }
                rows.append(.heading(title, .heading))
                for (area, skills) in arranged(section.areas, by: order) {
                    let voices =
                        section.part == .role
                        ? "" : " · named by \(Plural.count(area.expertCount, "voice")) at \(gap.to.shortTitle)"
                    rows.append(.heading("  \(area.area.name)\(voices) · \(skills.count) open", .accent))
                    rows += skills.map { skill in
                        .skill(
                            skill, label: catalog.expert(id: skill.expert)?.name ?? skill.expert,
                            standing: gap.standings[skill.id].map { evidenceWords($0, for: gap.to) })
                    }
                }
            }
        }
        return rows
    }

    /// "open at Director; 3 pieces of evidence, the last on 2026-05-10".
    private static func evidenceWords(_ standing: SkillStanding, for level: Level) -> String {
        let evidence = standing.lastEvidence.map {
            "\(Plural.count(standing.evidenceCount, "piece")) of evidence, the last on \($0)"
        }
        return "open at \(level.shortTitle); " + (evidence ?? "no evidence kept yet")
    }

    mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand]? {
        if var browser {
            defer { self.browser = browser }
            if let commands = browser.perform(action, context: context) { return commands }
            return action == .back ? [.pop] : nil
        }
        let levels = context.catalog.levels
        if let movement = Movement(action) {
            picker.move(movement, count: levels.count, page: pickerHeight)
            return []
        }
        switch action {
        case .back: return [.pop]
        case .open:
            return levels[safe: picker.selected].flatMap {
                ScreenCommand.forLevel(.setCurrent, level: $0, context: context)
            }
        default: return nil
        }
    }

    /// After a save: the list again (a ticked skill is no longer open), in the order it had,
    /// the cursor where it was.
    mutating func progressChanged(context: ScreenContext) {
        guard let rows = Self.rows(context: context, order: order.isEmpty ? nil : order) else {
            browser = nil
            return
        }
        // A current level just chosen here: the list's first order is the one it keeps.
        if order.isEmpty { order = Self.positions(in: rows) }
        var fresh = SkillBrowser(rows: rows, labelWidth: 16)
        if let browser { fresh.keepPosition(of: browser) }
        browser = fresh
    }

    mutating func click(_ target: ClickTarget, context: ScreenContext) -> [ScreenCommand] {
        guard case .row(let index) = target else { return [] }
        if var browser {
            defer { self.browser = browser }
            return browser.click(row: index, context: context)
        }
        if index == picker.selected { return perform(.open, context: context) ?? [] }
        picker.selected = index
        return []
    }

    mutating func layout(in area: Rect, context: ScreenContext) {
        if var browser {
            browser.layout(in: area, context: context)
            self.browser = browser
            return
        }
        pickerHeight = max(1, area.height - 3)
        picker.scrollIntoView(height: pickerHeight, count: context.catalog.levels.count)
    }

    func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> ClickMap {
        if let browser {
            let topOfTrack = context.catalog.nextLevels(context.progress).isEmpty
            return browser.render(
                into: &grid, area: area, context: context,
                emptyMessage: topOfTrack ? "" : "Nothing left open: every skill there is ticked.")
        }
        // No current level yet: ask for one.
        grid.put(
            "Which level are you at now? Choose it to see what the next level needs.",
            x: area.x + 2, y: area.y + 1, style: .heading, maxWidth: area.width - 4)
        let levels = context.catalog.levels
        var clicks = ClickMap()
        for (line, index) in (picker.offset..<min(levels.count, picker.offset + pickerHeight)).enumerated() {
            let y = area.y + 3 + line
            grid.put("  " + levels[index].title, x: area.x + 2, y: y, maxWidth: area.width - 4)
            if index == picker.selected {
                grid.restyle(row: y, from: area.x + 2, width: area.width - 4) { $0.reverse = true }
            }
            clicks.add(Rect(x: area.x + 2, y: y, width: area.width - 4, height: 1), .row(index))
        }
        return clicks
    }
}
