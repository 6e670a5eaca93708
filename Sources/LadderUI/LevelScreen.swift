import LadderCore
import LadderText

/// A level's skills grouped by expert, each with a checkbox, and a detail pane with the
/// selected skill's quote, locator and source.
struct LevelScreen: ExplorerScreen {
    enum Row {
        case group(ExpertGroup)
        case skill(SkillEntry)
    }

    let level: Level
    private let rows: [Row]
    /// Row index of each skill, in order: the cursor moves over these.
    private let skillRows: [Int]
    private var cursor = ListCursor()
    private var rowOffset = 0
    private var detailFocused = false
    private var detailOffset = 0

    init(level: Level, catalog: Catalog, selecting skillID: String? = nil) {
        self.level = level
        var rows: [Row] = []
        for group in catalog.skillsByExpert(at: level.id) {
            rows.append(.group(group))
            rows += group.entries.map(Row.skill)
        }
        self.rows = rows
        skillRows = rows.indices.filter { if case .skill = rows[$0] { true } else { false } }
        if let skillID { select(skillID: skillID) }
    }

    var title: String { level.shortTitle }
    var keyHints: String {
        detailFocused
            ? "↑↓ scroll detail  tab back to list  space tick  esc back  ? help"
            : "↑↓ move  space tick  enter detail  tab pane  c side by side  esc back  ? help"
    }
    var helpKeys: [KeyHelp] {
        [
            KeyHelp("↑ ↓  k j", "move between skills (or scroll the detail pane)"),
            KeyHelp("space", "tick or untick the skill (saved at once)"),
            KeyHelp("enter  → l", "open the skill: quote, source, note"),
            KeyHelp("tab", "switch between the list and the detail pane"),
            KeyHelp("c", "this level's experts side by side"),
            KeyHelp("s  t", "set this level as your current / target level"),
            KeyHelp("pgup pgdn  g G", "page up and down, first and last skill"),
            KeyHelp("esc  ← h  backspace", "back to the ladder"),
        ]
    }

    var selectedSkill: SkillEntry? {
        guard let row = skillRows[safe: cursor.selected], case .skill(let skill) = rows[row] else { return nil }
        return skill
    }

    var selectedSkillID: String? { selectedSkill?.id }

    mutating func select(skillID: String) {
        if let position = skillRows.firstIndex(where: { if case .skill(let skill) = rows[$0] { skill.id == skillID } else { false } }) {
            cursor.selected = position
            detailOffset = 0
        }
    }

    mutating func handle(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        if let movement = key.movement {
            if detailFocused {
                switch movement {
                case .up, .pageUp, .top: detailOffset = movement == .up ? max(0, detailOffset - 1) : 0
                case .down, .pageDown, .bottom: detailOffset += movement == .down ? 1 : 5
                }
            } else {
                cursor.move(movement, count: skillRows.count, page: lastPageSize)
                detailOffset = 0
            }
            return []
        }
        switch key {
        case .tab, .backTab:
            detailFocused.toggle()
            return []
        case .character(" "):
            guard let skill = selectedSkill else { return [] }
            return [Self.toggle(skill, context: context)]
        case _ where key.isOpen:
            guard let skill = selectedSkill else { return [] }
            return [.push(SkillScreen(skill: skill))]
        case _ where key.isBack:
            if detailFocused && key == .escape {
                detailFocused = false
                return []
            }
            return [.pop]
        default:
            return ScreenCommand.forLevelKey(key, level: level)
        }
    }

    /// The command that ticks an unticked skill or unticks a ticked one.
    static func toggle(_ skill: SkillEntry, context: ScreenContext) -> ScreenCommand {
        context.isTicked(skill)
            ? .record([.untick(skill: skill.id)], done: "Unticked: \(skill.summary)")
            : .record([.tick(skill: skill.id, at: context.now)], done: "Ticked: \(skill.summary)")
    }

    mutating func click(item index: Int, context: ScreenContext) -> [ScreenCommand] {
        detailFocused = false
        if index == cursor.selected { return handle(.enter, context: context) ?? [] }
        cursor.selected = index
        detailOffset = 0
        return []
    }

    private var lastPageSize = 10

    // MARK: - Drawing

    mutating func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> [Int: Int] {
        let detailHeight = max(5, area.height / 3)
        let listHeight = max(1, area.height - detailHeight - 1)
        lastPageSize = listHeight
        cursor.clamp(count: skillRows.count)
        var items: [Int: Int] = [:]

        // Keep the selected row in view, with its expert heading when that fits.
        if let selectedRow = skillRows[safe: cursor.selected] {
            var headingRow = selectedRow
            while headingRow > 0, case .skill = rows[headingRow] { headingRow -= 1 }
            if selectedRow < rowOffset { rowOffset = selectedRow - headingRow < listHeight ? headingRow : selectedRow }
            if selectedRow >= rowOffset + listHeight { rowOffset = selectedRow - listHeight + 1 }
        }
        rowOffset = max(0, min(rowOffset, max(0, rows.count - listHeight)))

        let areaWidth = 13
        for (line, rowIndex) in (rowOffset..<min(rows.count, rowOffset + listHeight)).enumerated() {
            let y = area.y + line
            switch rows[rowIndex] {
            case .group(let group):
                let affiliation = group.expert.affiliation.map { " · " + $0 } ?? ""
                let end = grid.put(group.expert.name, x: area.x + 1, y: y, style: .heading, maxWidth: area.width - 2)
                grid.put(affiliation + "  (" + group.source.kind.label + ")", x: end, y: y, style: .dim,
                         maxWidth: area.x + area.width - 1 - end)
            case .skill(let skill):
                let position = skillRows.firstIndex(of: rowIndex) ?? 0
                let selected = position == cursor.selected
                let ticked = context.isTicked(skill)
                let box = ticked ? "[x]" : "[ ]"
                var x = grid.put("  " + box + " ", x: area.x, y: y, style: ticked ? .ticked : .normal)
                x = grid.put(TextLayout.pad(context.areaName(skill.area, short: true), width: areaWidth) + " ",
                             x: x, y: y, style: .accent)
                let note = context.progress.notes[skill.id] == nil ? "" : " ✎"
                grid.put(TextLayout.truncate(skill.summary + note, width: area.x + area.width - x - 1), x: x, y: y)
                if selected {
                    grid.restyle(row: y, from: area.x, width: area.width) { style in
                        style.reverse = !detailFocused
                        style.underline = detailFocused
                    }
                }
                items[y] = position
            }
        }
        if rows.isEmpty {
            grid.put("No expert speaks to this level yet.", x: area.x + 2, y: area.y, style: .dim)
        }

        // The detail pane.
        let separatorY = area.y + listHeight
        let label = detailFocused ? "─ Detail (tab: back to list) " : "─ Detail "
        grid.put(label + String(repeating: "─", count: max(0, area.width - DisplayWidth.of(label))), x: area.x, y: separatorY,
                 style: detailFocused ? .heading : .dim)
        if let skill = selectedSkill {
            let lines = SkillDetail.lines(for: skill, context: context, width: area.width - 2)
            detailOffset = max(0, min(detailOffset, max(0, lines.count - detailHeight)))
            for (index, line) in lines.dropFirst(detailOffset).prefix(detailHeight).enumerated() {
                grid.put(line.text, x: area.x + 1, y: separatorY + 1 + index, style: line.style, maxWidth: area.width - 2)
            }
        }
        return items
    }
}

/// The full account of one skill, as lines wrapped to a width: shared by the level
/// screen's detail pane and the skill screen.
enum SkillDetail {
    struct Line {
        let text: String
        let style: Style
    }

    static func lines(for skill: SkillEntry, context: ScreenContext, width: Int) -> [Line] {
        let catalog = context.catalog
        var lines: [Line] = []
        func add(_ text: String, _ style: Style, indent: Int = 0) {
            for (index, line) in TextLayout.wrap(Sanitizer.clean(text), width: max(10, width - indent)).enumerated() {
                lines.append(Line(text: String(repeating: " ", count: index == 0 ? 0 : indent) + line, style: style))
            }
        }
        let box = context.isTicked(skill) ? "[x] " : "[ ] "
        add(box + skill.summary, .heading, indent: 4)
        add("“" + skill.quote + "”", .normal, indent: 1)
        if let expert = catalog.expert(id: skill.expert) {
            add("— " + ([expert.name, expert.affiliation].compactMap { $0 }.joined(separator: ", ")), .normal, indent: 2)
        }
        if let source = catalog.source(id: skill.source) {
            let facts = [source.kind.label, source.publisher, source.date].compactMap { $0 }.joined(separator: ", ")
            add("\(skill.locator) · \(source.title) (\(facts))", .dim)
            if let address = source.address { add(address, .dim) }
        }
        let levels = skill.levels.map(context.levelTitle).joined(separator: ", ")
        add("\(context.areaName(skill.area)) · \(levels) · \(skill.id)", .accent)
        if let ticked = context.progress.ticks[skill.id], !ticked.isEmpty {
            add("Ticked \(ticked)", .ticked)
        }
        if let note = context.progress.notes[skill.id] {
            add("Note: " + note, .normal, indent: 6)
        }
        return lines
    }
}
