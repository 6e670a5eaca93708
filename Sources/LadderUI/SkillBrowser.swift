import LadderCore
import LadderText

/// A list of skills under headings, with a detail pane for the selected one: the body of
/// every screen that lists skills (a level, the next step, what changes).
///
/// It handles the keys such lists share: moving, Tab between list and detail, Space to
/// tick, Enter to open the skill, `e` to write an evidence note.
struct SkillBrowser {
    enum Row {
        case heading(String, Style)
        case blank
        /// An entry (a skill, a change or a watch-out), with a short label (its area, or its
        /// expert) before the summary, and where it stands on this screen ("carried from PM").
        case skill(SkillEntry, label: String, standing: String? = nil)
    }

    let rows: [Row]
    let labelWidth: Int
    /// Row index of each skill, in order: the cursor moves over these.
    private let skillRows: [Int]
    private var cursor = ListCursor()
    private var rowOffset = 0
    private var detailFocused = false
    private var detailOffset = 0
    private var pageSize = 10

    init(rows: [Row], labelWidth: Int = 13) {
        self.rows = rows
        self.labelWidth = labelWidth
        skillRows = rows.indices.filter { if case .skill = rows[$0] { true } else { false } }
    }

    var keyHints: String {
        detailFocused
            ? "↑↓ scroll detail  tab back to list  space tick  e note  esc back  ? help"
            : "↑↓ move  space tick  e note  enter open  tab detail  esc back  ? help"
    }

    static let helpKeys = [
        KeyHelp("↑ ↓  k j", "move between skills (or scroll the detail pane)"),
        KeyHelp("space", "tick or untick the skill (saved at once)"),
        KeyHelp("e", "write an evidence note for the skill"),
        KeyHelp("enter  → l", "open the skill: quote, source, note"),
        KeyHelp("tab", "switch between the list and the detail pane"),
        KeyHelp("pgup pgdn  g G", "page up and down, first and last skill"),
    ]

    var selectedSkill: SkillEntry? {
        guard let row = skillRows[safe: cursor.selected], case .skill(let skill, _, _) = rows[row] else { return nil }
        return skill
    }

    var isEmpty: Bool { skillRows.isEmpty }

    /// Selects the first row of a skill; false when the list does not have it.
    @discardableResult
    mutating func select(skillID: String) -> Bool {
        let position = skillRows.firstIndex { row in
            if case .skill(let skill, _, _) = rows[row] { skill.id == skillID } else { false }
        }
        guard let position else { return false }
        cursor.selected = position
        detailOffset = 0
        return true
    }

    /// Handles the shared keys; nil for keys the screen around it should handle.
    mutating func handle(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        if let movement = key.movement {
            if detailFocused {
                switch movement {
                case .up: detailOffset = max(0, detailOffset - 1)
                case .down: detailOffset += 1
                case .pageUp, .top: detailOffset = 0
                case .pageDown, .bottom: detailOffset += 5
                }
            } else {
                cursor.move(movement, count: skillRows.count, page: pageSize)
                detailOffset = 0
            }
            return []
        }
        switch key {
        case .tab, .backTab:
            detailFocused.toggle()
            return []
        case .escape where detailFocused:
            detailFocused = false
            return []
        case .character(" "):
            return selectedSkill.map { [Self.toggle($0, context: context)] } ?? []
        case .character("e"):
            return selectedSkill.map { [.editNote($0)] } ?? []
        case _ where key.isOpen:
            return selectedSkill.map { [.push(SkillScreen(skill: $0))] } ?? []
        default:
            return nil
        }
    }

    /// The command that ticks an unticked skill or unticks a ticked one (changes and
    /// watch-outs are read, not ticked).
    static func toggle(_ skill: SkillEntry, context: ScreenContext) -> ScreenCommand {
        guard skill.isSkill else {
            return .status(skill.kind == .change ? "A change a source notes: there is nothing to tick"
                                                 : "A watch-out: there is nothing to tick")
        }
        return context.isTicked(skill)
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

    /// The box before an entry: `[x]` or `[ ]` for a skill, `(~)` for a change, `(!)` for a
    /// watch-out: shapes that read without colour.
    static func mark(_ entry: SkillEntry, ticked: Bool) -> String {
        switch entry.kind {
        case .skill: ticked ? "[x]" : "[ ]"
        case .change: "(~)"
        case .watchOut: "(!)"
        }
    }

    // MARK: - Drawing

    mutating func render(into grid: inout Grid, area: Rect, context: ScreenContext, emptyMessage: String) -> [Int: Int] {
        let detailHeight = max(5, area.height / 3)
        let listHeight = max(1, area.height - detailHeight - 1)
        pageSize = listHeight
        cursor.clamp(count: skillRows.count)
        var items: [Int: Int] = [:]

        // Keep the selected row in view, with the heading above it when that fits.
        if let selectedRow = skillRows[safe: cursor.selected] {
            var headingRow = selectedRow
            while headingRow > 0, case .skill = rows[headingRow] { headingRow -= 1 }
            if selectedRow < rowOffset { rowOffset = selectedRow - headingRow < listHeight ? headingRow : selectedRow }
            if selectedRow >= rowOffset + listHeight { rowOffset = selectedRow - listHeight + 1 }
        }
        rowOffset = max(0, min(rowOffset, max(0, rows.count - listHeight)))

        for (line, rowIndex) in (rowOffset..<min(rows.count, rowOffset + listHeight)).enumerated() {
            let y = area.y + line
            switch rows[rowIndex] {
            case .heading(let text, let style):
                grid.put(TextLayout.truncate(text, width: area.width - 2), x: area.x + 1, y: y, style: style)
            case .blank:
                break
            case .skill(let skill, let label, _):
                let position = skillRows.firstIndex(of: rowIndex) ?? 0
                let ticked = context.isTicked(skill)
                var x = grid.put("  " + Self.mark(skill, ticked: ticked) + " ", x: area.x, y: y, style: ticked ? .ticked : .normal)
                x = grid.put(TextLayout.pad(label, width: labelWidth) + " ", x: x, y: y, style: .accent)
                let note = context.progress.notes[skill.id] == nil ? "" : " ✎"
                grid.put(TextLayout.truncate(skill.summary + note, width: area.x + area.width - x - 1), x: x, y: y)
                if position == cursor.selected {
                    let focused = !detailFocused
                    grid.restyle(row: y, from: area.x, width: area.width) { style in
                        style.reverse = focused
                        style.underline = !focused
                    }
                }
                items[y] = position
            }
        }
        if skillRows.isEmpty {
            grid.put(emptyMessage, x: area.x + 2, y: area.y + rows.count + 1, style: .dim, maxWidth: area.width - 4)
        }

        let separatorY = area.y + listHeight
        let label = detailFocused ? "─ Detail (tab: back to list) " : "─ Detail "
        grid.put(label + String(repeating: "─", count: max(0, area.width - DisplayWidth.of(label))), x: area.x, y: separatorY,
                 style: detailFocused ? .heading : .dim)
        if let row = skillRows[safe: cursor.selected], case .skill(let skill, _, let standing) = rows[row] {
            let lines = SkillDetail.lines(for: skill, context: context, width: area.width - 2, standing: standing)
            detailOffset = max(0, min(detailOffset, max(0, lines.count - detailHeight)))
            for (index, line) in lines.dropFirst(detailOffset).prefix(detailHeight).enumerated() {
                grid.put(line.text, x: area.x + 1, y: separatorY + 1 + index, style: line.style, maxWidth: area.width - 2)
            }
        }
        return items
    }
}
