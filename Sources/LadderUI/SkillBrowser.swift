import LadderCore
import LadderText

/// A list of entries under headings, with a detail pane for the selected one: the body of
/// every screen that lists skills (a level, the next step, what changes).
///
/// It does the actions such lists share: moving, Tab between list and detail, tick, note,
/// open. `layout` sizes the list and the pane and scrolls the selection into view; `render`
/// only draws.
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
    /// Row index of each entry, in order: the cursor moves over these.
    private let skillRows: [Int]
    private var cursor = ListCursor()
    private var rowOffset = 0
    private(set) var detailFocused = false
    private var detailOffset = 0
    /// Set by `layout`: the list's and the detail pane's heights, and the pane's line count.
    private var listHeight = 10
    private var detailHeight = 5
    private var detailLineCount = 0

    /// The widest label, in columns: a wide screen gives labels room up to it.
    private let longestLabel: Int

    init(rows: [Row], labelWidth: Int = 13) {
        self.rows = rows
        self.labelWidth = labelWidth
        longestLabel =
            rows.map { if case .skill(_, let label, _) = $0 { DisplayWidth.of(label) } else { 0 } }.max() ?? 0
        skillRows = rows.indices.filter { if case .skill = rows[$0] { true } else { false } }
    }

    var keyContext: KeyContext? { detailFocused ? .detail : nil }

    /// Actions that do nothing in an empty list.
    var unavailableActions: Set<Action> { skillRows.isEmpty ? [.tick, .note, .open, .switchPane] : [] }

    var selectedSkill: SkillEntry? { selectedRow.map(\.skill) }

    private var selectedRow: (skill: SkillEntry, standing: String?)? {
        guard let row = skillRows[safe: cursor.selected], case .skill(let skill, _, let standing) = rows[row] else {
            return nil
        }
        return (skill, standing)
    }

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

    /// Takes over another browser's place (the same position in its list, and focus), as when
    /// a list is made again after a save.
    mutating func keepPosition(of other: SkillBrowser) {
        cursor = other.cursor
        cursor.clamp(count: skillRows.count)
        rowOffset = other.rowOffset
        detailFocused = other.detailFocused && !skillRows.isEmpty
    }

    /// Does the shared actions; nil for those the screen around it should do.
    mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand]? {
        if let movement = Movement(action) {
            if detailFocused {
                switch movement {
                case .up: detailOffset -= 1
                case .down: detailOffset += 1
                case .pageUp: detailOffset -= detailHeight
                case .pageDown: detailOffset += detailHeight
                case .top: detailOffset = 0
                case .bottom: detailOffset = detailLineCount
                }
            } else {
                cursor.move(movement, count: skillRows.count, page: listHeight)
                detailOffset = 0
            }
            return []
        }
        switch action {
        case .switchPane:
            guard !skillRows.isEmpty else { return nil }
            detailFocused.toggle()
            return []
        case .back where detailFocused:
            detailFocused = false
            return []
        case .open:
            return selectedSkill.map { [.push(SkillScreen(skill: $0))] }
        default:
            return selectedSkill.flatMap { Self.skillCommands(action, $0, context: context) }
        }
    }

    /// What the actions every skill answers to do: tick, rate, write and list evidence. Nil
    /// for other actions. Changes and watch-outs are read, not rated.
    static func skillCommands(_ action: Action, _ skill: SkillEntry, context: ScreenContext) -> [ScreenCommand]? {
        let rating: Rating?
        switch action {
        case .note: return [.writeEvidence(skill, editing: nil)]
        case .evidence: return [.push(EvidenceScreen(skill: skill))]
        case .tick: rating = context.isTicked(skill) ? nil : .meeting
        case .rateNotYet: rating = .notYet
        case .rateWorkingTowards: rating = .workingTowards
        case .rateMeeting: rating = .meeting
        case .rateExceeding: rating = .exceeding
        case .clearRating: rating = nil
        default: return nil
        }
        guard skill.isSkill else {
            return [
                .status(
                    skill.kind == .change
                        ? "A change a source notes: there is nothing to rate"
                        : "A watch-out: there is nothing to rate")
            ]
        }
        let done =
            action == .tick
            ? (rating == nil ? "Unticked: " : "Ticked: ") + skill.summary
            : rating.map { "Rated \($0.words): \(skill.summary)" } ?? "Cleared the rating of: \(skill.summary)"
        return [.record([.rate(skill: skill.id, rating, at: context.now)], done: done)]
    }

    mutating func click(row index: Int, context: ScreenContext) -> [ScreenCommand] {
        detailFocused = false
        if index == cursor.selected { return perform(.open, context: context) ?? [] }
        select(position: index)
        return []
    }

    /// Selects the `index`th entry of the list, the focus back on the list.
    mutating func select(position index: Int) {
        detailFocused = false
        cursor.selected = index
        cursor.clamp(count: skillRows.count)
        detailOffset = 0
    }

    // MARK: - Layout and drawing

    /// With nothing to select there is no detail pane: the rows take the whole area.
    private func heights(for area: Rect) -> (list: Int, detail: Int) {
        guard !skillRows.isEmpty else { return (area.height, 0) }
        let detail = max(5, area.height / 3)
        return (max(1, area.height - detail - 1), detail)
    }

    /// The label column: its set width, or on a wide screen (120 columns or more) as wide as
    /// the longest label, up to 28, so names are whole where there is room.
    private func labelColumns(in area: Rect) -> Int {
        area.width >= 120 ? max(labelWidth, min(longestLabel, 28)) : labelWidth
    }

    mutating func layout(in area: Rect, context: ScreenContext) {
        (listHeight, detailHeight) = heights(for: area)
        cursor.clamp(count: skillRows.count)
        // Keep the selected row in view, with its heading above it when that fits.
        if let selectedRow = skillRows[safe: cursor.selected] {
            var headingRow = selectedRow
            while headingRow > 0, case .skill = rows[headingRow] { headingRow -= 1 }
            if selectedRow < rowOffset { rowOffset = selectedRow - headingRow < listHeight ? headingRow : selectedRow }
            if selectedRow >= rowOffset + listHeight { rowOffset = selectedRow - listHeight + 1 }
        }
        rowOffset = max(0, min(rowOffset, max(0, rows.count - listHeight)))
        detailLineCount =
            selectedRow.map {
                SkillDetail.lines(for: $0.skill, context: context, width: area.width - 2, standing: $0.standing).count
            } ?? 0
        detailOffset = max(0, min(detailOffset, max(0, detailLineCount - detailHeight)))
    }

    func render(into grid: inout Grid, area: Rect, context: ScreenContext, emptyMessage: String) -> ClickMap {
        var clicks = ClickMap()
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
                var x = grid.put("  " + context.mark(skill) + " ", x: area.x, y: y, style: ticked ? .ticked : .normal)
                if !context.opinions.isEmpty {
                    x = grid.put(context.opinionMarks(skill) + " ", x: x, y: y, style: .dim)
                }
                x = grid.put(TextLayout.pad(label, width: labelColumns(in: area)) + " ", x: x, y: y, style: .accent)
                // The evidence mark stays when the summary is cut.
                let note = context.progress.evidence[skill.id] == nil ? "" : " ✎"
                let room = area.x + area.width - x - 1
                grid.put(TextLayout.truncate(skill.summary, width: room - DisplayWidth.of(note)) + note, x: x, y: y)
                if position == cursor.selected {
                    let focused = !detailFocused
                    grid.restyle(row: y, from: area.x, width: area.width) { style in
                        style.reverse = focused
                        style.underline = !focused
                    }
                }
                clicks.add(Rect(x: area.x, y: y, width: area.width, height: 1), .row(position))
            }
        }
        guard !skillRows.isEmpty, let selected = selectedRow else {
            if !emptyMessage.isEmpty {
                grid.put(
                    emptyMessage, x: area.x + 2, y: area.y + min(rows.count + 1, area.height - 1), style: .dim,
                    maxWidth: area.width - 4)
            }
            return clicks
        }
        let separatorY = area.y + listHeight
        let label =
            detailFocused ? "─ Detail (\(context.keyName(.switchPane, in: .detail)): back to list) " : "─ Detail "
        let end = grid.put(
            label + String(repeating: "─", count: max(0, area.width - DisplayWidth.of(label))), x: area.x,
            y: separatorY,
            style: detailFocused ? .heading : .dim)
        let lines = SkillDetail.lines(
            for: selected.skill, context: context, width: area.width - 2, standing: selected.standing)
        for (index, line) in lines.dropFirst(detailOffset).prefix(detailHeight).enumerated() {
            grid.put(line.text, x: area.x + 1, y: separatorY + 1 + index, style: line.style, maxWidth: area.width - 2)
        }
        // What goes on past either pane, said on the separator: the detail's at the right, the
        // list's after the label, each in the longest words that fit beside the other.
        let labelEnd = area.x + DisplayWidth.of(label)
        var noteStart = end
        if detailOffset + detailHeight < lines.count {
            let hidden = lines.count - detailOffset - detailHeight
            let keys = "\(context.keyName(.switchPane, in: .level)), then \(context.keyName(.down, in: .detail))"
            let room = end - labelEnd
            if let more = [" ▾ \(hidden) more (\(keys)) ", " ▾ \(hidden) more "].first(where: {
                DisplayWidth.of($0) < room
            }) {
                noteStart = area.x + area.width - DisplayWidth.of(more) - 1
                grid.put(more, x: noteStart, y: separatorY, style: .dim)
            }
        }
        if rowOffset + listHeight < rows.count {
            let hidden = rows.count - rowOffset - listHeight
            let room = noteStart - labelEnd
            if let more = ["─ ▾ \(hidden) more rows in the list ", "─ ▾ \(hidden) more rows ", "─ ▾ \(hidden) "].first(
                where: { DisplayWidth.of($0) < room })
            {
                grid.put(more, x: labelEnd, y: separatorY, style: .dim)
            }
        }
        return clicks
    }
}

/// The actions that move a selection, as one value.
enum Movement {
    case up, down, pageUp, pageDown, top, bottom

    init?(_ action: Action) {
        switch action {
        case .up: self = .up
        case .down: self = .down
        case .pageUp: self = .pageUp
        case .pageDown: self = .pageDown
        case .top: self = .top
        case .bottom: self = .bottom
        default: return nil
        }
    }
}

/// A screen whose body is a `SkillBrowser`: the list takes the keys it knows, lays itself out,
/// draws and takes clicks; the screen adds its own actions.
protocol BrowsingScreen: ExplorerScreen {
    var browser: SkillBrowser { get set }
    /// The key table while the list (not the detail pane) has the focus.
    var listContext: KeyContext { get }
    /// Drawn when the list has nothing to select.
    var emptyMessage: String { get }
}

extension BrowsingScreen {
    var keyContext: KeyContext { browser.keyContext ?? listContext }
    var unavailableActions: Set<Action> { browser.unavailableActions }
    var selectedSkillID: String? { browser.selectedSkill?.id }

    mutating func click(_ target: ClickTarget, context: ScreenContext) -> [ScreenCommand] {
        guard case .row(let index) = target else { return [] }
        return browser.click(row: index, context: context)
    }

    mutating func layout(in area: Rect, context: ScreenContext) {
        browser.layout(in: area, context: context)
    }

    func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> ClickMap {
        browser.render(into: &grid, area: area, context: context, emptyMessage: emptyMessage)
    }
}
