import LadderCore
import LadderText

/// The search overlay: a query typed at the bottom, matches across every level above it.
struct SearchState {
    var query = ""
    var results: [SkillEntry] = []
    var cursor = ListCursor()
    var pageSize = 10
    var clickTargets: [Int: Int] = [:]

    mutating func update(catalog: Catalog) {
        results = catalog.search(query)
        cursor = ListCursor()
    }

    mutating func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
        pageSize = max(1, area.height - 2)
        let heading = query.isEmpty
            ? "Search summaries, quotes, experts and areas across every level"
            : "\(Plural.count(results.count, "match", "matches")) for “\(query)”"
        grid.put(" " + heading, x: area.x, y: area.y, style: .heading, maxWidth: area.width)
        cursor.scrollIntoView(height: pageSize, count: results.count)
        clickTargets = [:]
        for (line, index) in (cursor.offset..<min(results.count, cursor.offset + pageSize)).enumerated() {
            let skill = results[index]
            let y = area.y + 2 + line
            let box = context.isTicked(skill) ? "[x] " : "[ ] "
            let levels = skill.scope == .role ? "PM role" : skill.levels.map(context.levelTitle).joined(separator: ", ")
            let right = "  " + levels + " · " + context.expertName(skill.expert)
            let rightWidth = area.width * 2 / 5
            var x = grid.put("  " + box, x: area.x, y: y, style: context.isTicked(skill) ? .ticked : .normal)
            x = grid.put(TextLayout.pad(skill.summary, width: area.width - x - rightWidth - 1), x: x, y: y)
            grid.put(TextLayout.truncate(right, width: rightWidth - 1), x: x, y: y, style: .dim)
            if index == cursor.selected {
                grid.restyle(row: y, from: area.x, width: area.width) { $0.reverse = true }
            }
            clickTargets[y] = index
        }
    }
}
