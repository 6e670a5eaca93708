import LadderCore
import LadderText

/// A manager's team at one level: a row per person (their readiness, and the share of each
/// area's skills they meet), then the skills the fewest people meet. Enter on a person shows
/// their ratings at the level (a read-only copy); Enter on a gap, who meets it. `[` and `]`
/// step through the levels.
struct TeamScreen: ExplorerScreen {
    let members: [TeamMember]
    private(set) var level: Level
    private var view: TeamView
    private var cursor = ListCursor()
    /// Set by `layout`: the rows that fit below the fixed lines, and the first row shown.
    /// People stay in view while the gaps scroll, when the gaps keep a few rows of their own.
    private var visibleRows = 10
    private var pinsPeople = true
    private var firstShown = 0

    /// At the level most of the team is looked at against (each one's target, else the level
    /// above their current), or `fallback` when no one has one.
    init(members: [TeamMember], catalog: Catalog, fallback: Level) {
        self.members = members
        let defaults = members.compactMap { catalog.defaultTeamLevel(for: $0.progress)?.id }
        let counts = Dictionary(defaults.map { ($0, 1) }, uniquingKeysWith: +)
        let common = catalog.levels.filter { counts[$0.id] != nil }.max { counts[$0.id]! < counts[$1.id]! }
        level = common ?? fallback
        view = catalog.teamView(members, at: level.id)
    }

    var title: String { "Team at \(level.shortTitle)" }
    let keyContext = KeyContext.team
    /// Search lands on the user's own levels: not from the team's screens.
    var unavailableActions: Set<Action> { TeamScreen.notHere }
    static let notHere: Set<Action> = [.search, .nextMatch, .previousMatch]

    /// Each selectable row: a person (an index into `view.people`) or a gap.
    private enum Item { case person(Int), gap(Int) }

    private var items: [Item] { view.people.indices.map(Item.person) + view.gaps.indices.map(Item.gap) }

    private var hasDrift: Bool { view.people.contains { $0.drift != nil } }

    mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand]? {
        if let movement = Movement(action) {
            cursor.move(movement, count: items.count, page: visibleRows)
            return []
        }
        switch action {
        case .nextLevel, .previousLevel:
            let levels = context.catalog.levels
            guard let index = levels.firstIndex(where: { $0.id == level.id }) else { return [] }
            level = levels[(index + (action == .nextLevel ? 1 : levels.count - 1)) % levels.count]
            view = context.catalog.teamView(members, at: level.id)
            cursor.clamp(count: items.count)
            return []
        case .open:
            switch items[safe: cursor.selected] {
            case .person(let index)?: return [.push(TeamMemberScreen(person: view.people[index], context: context))]
            case .gap(let index)?:
                return [.push(TeamGapScreen(skill: view.gaps[index].skill, level: level, members: members))]
            case nil: return []
            }
        case .back: return [.pop]
        default: return nil
        }
    }

    mutating func click(_ target: ClickTarget, context: ScreenContext) -> [ScreenCommand] {
        guard case .row(let index) = target else { return [] }
        if index == cursor.selected { return perform(.open, context: context) ?? [] }
        cursor.selected = index
        return []
    }

    // MARK: - Layout and drawing

    /// The name column, the readiness column and each area's: as many areas as fit.
    private func columns(width: Int) -> (name: Int, areas: Int) {
        let name = min(14, max(6, view.people.map { DisplayWidth.of(Sanitizer.clean($0.member.name)) }.max() ?? 6))
        let room = width - 2 - name - 7 - (hasDrift ? 7 : 0)
        // Room for the "+N" that says how many areas a wider window would show.
        return (name, room / 5 >= view.areas.count ? view.areas.count : max(0, (room - 4) / 5))
    }

    /// The codes and names of the areas shown, and what "+N" in the header means when some
    /// do not fit.
    private func legend(width: Int) -> [String] {
        let shown = columns(width: width + 2).areas, hidden = view.areas.count - shown
        let names =
            view.areas.prefix(shown).enumerated().map { "A\($0.offset + 1) \($0.element.shortName)" }
            + (hidden > 0 ? ["(+\(hidden): areas a wider window shows)"] : [])
        var lines: [String] = []
        for name in names {
            if let last = lines.last, DisplayWidth.of(last) + 2 + DisplayWidth.of(name) <= width {
                lines[lines.count - 1] = last + "  " + name
            } else {
                lines.append(name)
            }
        }
        return lines
    }

    /// The lines above the table: the title, what it shows, a blank, the legend, a blank, the
    /// header row.
    private func headerLines(width: Int) -> Int { 3 + legend(width: width - 2).count + 2 }

    mutating func layout(in area: Rect, context: ScreenContext) {
        // The gaps' heading and the blank before it take two lines between people and gaps;
        // when not every row fits, the last line says how many more there are.
        let room = area.height - headerLines(width: area.width) - (view.gaps.isEmpty ? 0 : 2)
        visibleRows = max(1, items.count > room ? room - 1 : room)
        let people = view.people.count
        pinsPeople = visibleRows - people >= min(3, view.gaps.count)
        if pinsPeople {
            // Only the gaps scroll, below the people.
            var gaps = ListCursor(selected: max(0, cursor.selected - people), offset: max(0, firstShown - people))
            gaps.scrollIntoView(height: max(1, visibleRows - people), count: view.gaps.count)
            cursor.clamp(count: items.count)
            firstShown = people + gaps.offset
        } else {
            cursor.scrollIntoView(height: visibleRows, count: items.count)
            firstShown = cursor.offset
        }
    }

    /// The rows drawn: every person when they are pinned, then the gaps from `firstShown`.
    private var shownRows: [(position: Int, item: Item)] {
        let all = Array(items.enumerated()).map { (position: $0.offset, item: $0.element) }
        guard pinsPeople else { return Array(all.dropFirst(firstShown).prefix(visibleRows)) }
        let people = view.people.count
        return Array(all.prefix(people) + all.dropFirst(firstShown).prefix(visibleRows - people))
    }

    func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> ClickMap {
        var clicks = ClickMap()
        let left = area.x + 1, width = area.width - 2
        var y = area.y
        grid.put(TextLayout.truncate("Your team against \(level.title)", width: width), x: left, y: y, style: .title)
        y += 1
        let explained =
            "Shares of skills rated meeting or better" + (hasDrift ? "; drift: 2+ steps from your ratings" : "")
        grid.put(TextLayout.truncate(explained, width: width), x: left, y: y, style: .dim)
        y += 2
        for line in legend(width: width) {
            grid.put(line, x: left, y: y, style: .dim, maxWidth: width)
            y += 1
        }
        let (nameWidth, shownAreas) = columns(width: area.width)
        var header = TextLayout.pad("", width: nameWidth) + "  ready"
        for index in 0..<shownAreas { header += TextLayout.padLeft("A\(index + 1)", width: 5) }
        if hasDrift { header += "  drift" }
        if shownAreas < view.areas.count { header += "  +\(view.areas.count - shownAreas)" }
        y += 1
        grid.put(header, x: left, y: y, style: .heading, maxWidth: width)
        y += 1

        let rows = shownRows
        var drewGapHeading = false
        for (position, item) in rows {
            if case .gap = item, !drewGapHeading {
                drewGapHeading = true
                y += 1
                grid.put(
                    "Gaps: the skills the fewest people meet at \(level.shortTitle)", x: left, y: y, style: .heading,
                    maxWidth: width)
                y += 1
            }
            switch item {
            case .person(let index):
                drawPerson(view.people[index], into: &grid, x: left, y: y, nameWidth: nameWidth, areas: shownAreas)
            case .gap(let index):
                let gap = view.gaps[index]
                let x = grid.put(
                    TextLayout.padLeft("\(gap.met) of \(gap.of)", width: 8) + "  ", x: left, y: y,
                    style: gap.met == 0 ? .warning : .normal)
                grid.put(TextLayout.truncate(Sanitizer.clean(gap.skill.summary), width: left + width - x), x: x, y: y)
            }
            if position == cursor.selected {
                grid.restyle(row: y, from: area.x, width: area.width) { $0.reverse = true }
            }
            clicks.add(Rect(x: area.x, y: y, width: area.width, height: 1), .row(position))
            y += 1
        }
        if let last = rows.last?.position, last < items.count - 1 {
            grid.put("▾ \(items.count - 1 - last) more below", x: left, y: y, style: .dim)
        } else if view.moreGaps > 0 {
            grid.put(
                TextLayout.truncate(
                    "and \(Plural.count(view.moreGaps, "more skill")) not everyone meets", width: width),
                x: left + 2, y: y, style: .dim)
        }
        return clicks
    }

    private func drawPerson(
        _ person: TeamView.Person, into grid: inout Grid, x left: Int, y: Int, nameWidth: Int, areas: Int
    ) {
        var x = grid.put(TextLayout.pad(Sanitizer.clean(person.member.name), width: nameWidth) + "  ", x: left, y: y)
        x = grid.put(
            TextLayout.padLeft(TeamView.share(person.met, of: person.total), width: 5), x: x, y: y, style: .heading)
        for area in view.areas.prefix(areas) {
            let cell = person.areas.first { $0.area.id == area.id }
            let share = cell.map { TeamView.share($0.met, of: $0.total) } ?? "-"
            x = grid.put(TextLayout.padLeft(share, width: 5), x: x, y: y, style: cell.map(Self.heat) ?? .dim)
        }
        if let drift = person.drift {
            grid.put(TextLayout.padLeft("\(drift.count)", width: 7), x: x, y: y, style: drift.isEmpty ? .dim : .warning)
        }
    }

    /// A cell's look by its share: strong areas in the rating colour, thin ones as a warning.
    /// The figure itself carries the meaning without colour.
    private static func heat(_ cell: (area: SkillArea, met: Int, total: Int)) -> Style {
        guard cell.total > 0 else { return .dim }
        let share = Double(cell.met) / Double(cell.total)
        return share >= 0.75 ? .ticked : share < 0.25 ? .warning : .normal
    }
}

/// One person's ratings at a level, from the copy of their file: read only, and said so on
/// every frame. Where the manager keeps ratings of them, each skill shows those beside.
struct TeamMemberScreen: BrowsingScreen {
    var browser: SkillBrowser
    let listContext = KeyContext.teamMember
    let emptyMessage = ""
    let person: TeamView.Person

    init(person: TeamView.Person, context: ScreenContext) {
        self.person = person
        browser = SkillBrowser(rows: Self.rows(person, context: context))
    }

    var title: String { "\(Sanitizer.clean(person.member.name)) at \(person.level.shortTitle)" }
    var keyContext: KeyContext { .teamMember }
    var unavailableActions: Set<Action> { TeamScreen.notHere }

    static func rows(_ person: TeamView.Person, context: ScreenContext) -> [SkillBrowser.Row] {
        let name = Sanitizer.clean(person.member.name)
        var rows: [SkillBrowser.Row] = [
            .heading(
                "\(name)'s ratings at \(person.level.title): a copy kept \(person.member.keptOn), read only", .warning),
            .heading(
                "Ready: \(TeamView.share(person.met, of: person.total)) (\(person.met) of \(person.total) met)"
                    + (person.drift.map { " · Y[ ] yours; \($0.count) two steps or more apart" } ?? ""), .dim),
        ]
        let skills = context.catalog.entries(at: person.level.id)?.skills ?? []
        let drifting = Set((person.drift ?? []).map(\.skill.id))
        // What to talk through first: where the manager and they are two steps apart.
        if let drift = person.drift, !drift.isEmpty {
            rows += [.blank, .heading("Two steps or more from your ratings (\(drift.count))", .heading)]
            rows += drift.map {
                .skill(
                    $0.skill, label: context.expertName($0.skill.expert),
                    standing: "\(name): \($0.theirs.words) · you: \($0.managers.words)")
            }
        }
        for area in person.areas {
            rows += [.blank, .heading("\(area.area.name) (\(area.met) of \(area.total))", .heading)]
            rows += skills.filter { $0.area == area.area.id }.map { skill in
                .skill(
                    skill, label: context.expertName(skill.expert),
                    standing: drifting.contains(skill.id) ? "two steps or more from your rating" : nil)
            }
        }
        return rows
    }

    /// Their file's ratings and evidence stand where the user's would; the manager's own
    /// ratings of them, where kept, stand as an opinion called "you".
    private func theirs(_ context: ScreenContext) -> ScreenContext {
        context.reading(
            person.member.progress, of: person.member.name,
            opinions: person.member.managerRatings.map { [Opinion(name: "you", ratings: $0)] } ?? [])
    }

    /// Moving and the detail pane only: nothing here rates, writes or opens the user's own.
    mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand]? {
        if action == .back && !browser.detailFocused { return [.pop] }
        guard Movement(action) != nil || action == .switchPane || action == .back else {
            let name = Sanitizer.clean(person.member.name)
            return [.status("\(name)'s ratings are a copy kept \(person.member.keptOn): read only here")]
        }
        return browser.perform(action, context: theirs(context))
    }

    mutating func click(_ target: ClickTarget, context: ScreenContext) -> [ScreenCommand] {
        if case .row(let index) = target { browser.select(position: index) }
        return []
    }

    mutating func layout(in area: Rect, context: ScreenContext) {
        browser.layout(in: area, context: theirs(context))
    }

    func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> ClickMap {
        browser.render(into: &grid, area: area, context: theirs(context), emptyMessage: emptyMessage)
    }
}

/// One of the team's gaps: who meets the skill and who does not yet (with their ratings),
/// then the skill itself as its source says it.
struct TeamGapScreen: ExplorerScreen {
    let skill: SkillEntry
    let level: Level
    let members: [TeamMember]
    private var scroll = LineScroll()

    init(skill: SkillEntry, level: Level, members: [TeamMember]) {
        self.skill = skill
        self.level = level
        self.members = members
    }

    var title: String { "Who meets it" }
    let keyContext = KeyContext.teamGap
    var unavailableActions: Set<Action> { TeamScreen.notHere }

    private func lines(context: ScreenContext, width: Int) -> [SkillDetail.Line] {
        let meeting = members.filter { $0.progress.isTicked(skill.id) }
        let others = members.filter { !$0.progress.isTicked(skill.id) }
        func named(_ member: TeamMember) -> String {
            Sanitizer.clean(member.name) + " (" + (member.progress.rating(skill.id)?.words ?? "not rated") + ")"
        }
        var lines = TextLayout.wrap(
            "Meets it (\(meeting.count) of \(members.count)): "
                + (meeting.isEmpty ? "no one" : meeting.map(named).joined(separator: ", ")), width: width
        ).map { SkillDetail.Line(text: $0, style: .heading) }
        lines += TextLayout.wrap(
            "Not yet (\(others.count)): " + (others.isEmpty ? "no one" : others.map(named).joined(separator: ", ")),
            width: width
        ).map { SkillDetail.Line(text: $0, style: .normal) }
        lines.append(SkillDetail.Line(text: "", style: .normal))
        return lines + SkillDetail.lines(for: skill, context: context, width: width, showsRatings: false)
    }

    mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand]? {
        if let movement = Movement(action) {
            scroll.move(movement)
            return []
        }
        return action == .back ? [.pop] : nil
    }

    mutating func click(_ target: ClickTarget, context: ScreenContext) -> [ScreenCommand] { [] }

    private func width(of area: Rect) -> Int { min(area.width - 4, 96) }

    mutating func layout(in area: Rect, context: ScreenContext) {
        scroll.fit(lineCount: lines(context: context, width: width(of: area)).count, pageSize: area.height - 1)
    }

    func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> ClickMap {
        let width = width(of: area)
        for (index, line) in scroll.visible(lines(context: context, width: width)).enumerated() {
            grid.put(line.text, x: area.x + 2, y: area.y + 1 + index, style: line.style, maxWidth: width)
        }
        return ClickMap()
    }
}
