import LadderCore
import LadderText

/// One skill's evidence, newest first: Enter edits an entry, `e` adds one, `x` deletes one
/// (after asking). The entries are read from the progress each time, so a save shows at once.
struct EvidenceScreen: ExplorerScreen {
    let skill: SkillEntry
    private var cursor = ListCursor()
    /// Set by `layout`.
    private var pageSize = 10

    init(skill: SkillEntry) {
        self.skill = skill
    }

    var title: String { "Evidence" }
    let keyContext = KeyContext.evidence
    var selectedSkillID: String? { skill.id }

    private func entries(_ context: ScreenContext) -> [EvidenceEntry] { context.progress.evidence(for: skill.id) }

    mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand]? {
        let entries = entries(context)
        if let movement = Movement(action) {
            cursor.move(movement, count: entries.count, page: pageSize)
            return []
        }
        switch action {
        case .note: return [.writeEvidence(skill, editing: nil)]
        case .open: return entries[safe: cursor.selected].map { [.writeEvidence(skill, editing: $0)] } ?? []
        case .delete:
            guard let entry = entries[safe: cursor.selected] else { return [.status("No evidence to delete")] }
            let preview = TextLayout.truncate(entry.text, width: 40)
            return [
                .confirm(
                    "Delete the evidence of \(entry.date), “\(preview)”?",
                    [.removeEvidence(skill: skill.id, addedAt: entry.addedAt)],
                    done: "Deleted the evidence of \(entry.date)")
            ]
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

    mutating func layout(in area: Rect, context: ScreenContext) {
        // The list takes up to half the room; the selected entry is shown whole below it.
        let count = entries(context).count
        pageSize = max(1, min(count, (area.height - 6) / 2))
        cursor.scrollIntoView(height: pageSize, count: count)
    }

    func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> ClickMap {
        let entries = entries(context)
        grid.put(
            TextLayout.truncate(skill.summary, width: area.width - 4), x: area.x + 2, y: area.y + 1, style: .heading)
        let count =
            entries.isEmpty
            ? "No evidence yet: \(context.keyName(.note, in: .evidence)) adds some."
            : Plural.count(entries.count, "piece") + " of evidence, newest first"
        grid.put(count, x: area.x + 2, y: area.y + 2, style: .dim, maxWidth: area.width - 4)
        var clicks = ClickMap()
        for (line, index) in (cursor.offset..<min(entries.count, cursor.offset + pageSize)).enumerated() {
            let y = area.y + 4 + line
            let entry = entries[index]
            grid.put(
                "  \(entry.date)  " + TextLayout.truncate(entry.text, width: area.width - 18), x: area.x + 2, y: y,
                maxWidth: area.width - 4)
            if index == cursor.selected {
                grid.restyle(row: y, from: area.x + 2, width: area.width - 4) { $0.reverse = true }
            }
            clicks.add(Rect(x: area.x + 2, y: y, width: area.width - 4, height: 1), .row(index))
        }
        if let selected = entries[safe: cursor.selected] {
            let top = area.y + 4 + pageSize + 1
            grid.put(
                "─ In full, \(selected.date) " + String(repeating: "─", count: max(0, area.width)), x: area.x + 2,
                y: top,
                style: .dim, maxWidth: area.width - 4)
            for (line, text) in TextLayout.wrap(Sanitizer.clean(selected.text), width: max(10, area.width - 6))
                .enumerated()
            where top + 1 + line < area.maxY {
                grid.put(text, x: area.x + 4, y: top + 1 + line, maxWidth: area.width - 6)
            }
        }
        return clicks
    }
}
