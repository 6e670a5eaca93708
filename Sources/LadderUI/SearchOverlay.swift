import LadderCore
import LadderText

/// The search overlay: a query typed at the bottom, matches across every level above it.
/// Letters are always typed; the search key table's keys (↑↓, Enter, Esc) act on the results.
struct SearchOverlay: Overlay {
    let keyContext = KeyContext.search
    var replacesScreen: Bool { true }
    var query = ""
    private(set) var results: [SkillEntry] = []
    var cursor = ListCursor()
    /// Set by `layout`.
    private var pageSize = 10

    var selected: SkillEntry? { results[safe: cursor.selected] }

    mutating func handle(_ key: Key, context: ScreenContext) -> OverlayStep {
        if case .character(let character) = key {
            query.append(character)
            update(catalog: context.catalog)
            return .stay
        }
        switch context.keys.action(for: key, in: keyContext) {
        case .deleteBackward?:
            guard !query.isEmpty else { return .close() }
            query.removeLast()
            update(catalog: context.catalog)
        case .back?: return .close()
        case .open?:
            guard !query.isEmpty else {
                return .close([
                    .status("Type words to search every level; \(context.keyName(.back, in: keyContext)) cancels")
                ])
            }
            return .close([.showSearchMatch(self)])
        case let action?:
            if let movement = Movement(action) { cursor.move(movement, count: results.count, page: pageSize) }
        case nil: break
        }
        return .stay
    }

    /// A click selects a match; a click on the selected one shows it.
    mutating func click(_ target: ClickTarget, context: ScreenContext) -> OverlayStep? {
        guard case .row(let index) = target else { return .stay }
        if index == cursor.selected, selected != nil { return .close([.showSearchMatch(self)]) }
        select(index)
        return .stay
    }

    /// Moves to the next or previous match, round the end.
    mutating func step(forward: Bool) {
        guard !results.isEmpty else { return }
        cursor.selected = (cursor.selected + (forward ? 1 : results.count - 1)) % results.count
    }

    mutating func select(_ index: Int) {
        cursor.selected = index
        cursor.clamp(count: results.count)
    }

    private mutating func update(catalog: Catalog) {
        results = catalog.search(query)
        cursor = ListCursor()
    }

    mutating func layout(in area: Rect, screen: Rect, context: ScreenContext) {
        pageSize = max(1, area.height - 2)
        cursor.scrollIntoView(height: pageSize, count: results.count)
    }

    func render(into grid: inout Grid, area: Rect, screen: Rect, context: ScreenContext) -> ClickMap {
        let heading =
            query.isEmpty
            ? "Search summaries, quotes, experts and areas across every level"
            : "\(Plural.count(results.count, "match", "matches")) for “\(query)”"
        grid.put(" " + heading, x: area.x, y: area.y, style: .heading, maxWidth: area.width)
        var clicks = ClickMap()
        for (line, index) in (cursor.offset..<min(results.count, cursor.offset + pageSize)).enumerated() {
            let skill = results[index]
            let y = area.y + 2 + line
            let box = context.mark(skill) + " "
            let levels = skill.scope == .role ? "PM role" : skill.levels.map(context.levelTitle).joined(separator: ", ")
            let right = "  " + levels + " · " + context.expertName(skill.expert)
            let rightWidth = area.width * 2 / 5
            var x = grid.put("  " + box, x: area.x, y: y, style: context.isTicked(skill) ? .ticked : .normal)
            x = grid.put(TextLayout.pad(skill.summary, width: area.width - x - rightWidth - 1), x: x, y: y)
            grid.put(TextLayout.truncate(right, width: rightWidth - 1), x: x, y: y, style: .dim)
            if index == cursor.selected {
                grid.restyle(row: y, from: area.x, width: area.width) { $0.reverse = true }
            }
            clicks.add(Rect(x: area.x, y: y, width: area.width, height: 1), .row(index))
        }
        return clicks
    }

    /// The prompt line: `/query▏  3 matches  ↑↓ choose  enter open  esc cancel`.
    func renderFooter(into grid: inout Grid, y: Int, width: Int, context: ScreenContext) -> Bool {
        let end = grid.put("/" + query, x: 0, y: y, style: .heading)
        grid.put("▏", x: end, y: y, style: .accent)
        let count = query.isEmpty ? "type to search all levels" : Plural.count(results.count, "match", "matches")
        grid.put(
            "  \(count)  " + context.keys.footer(for: keyContext), x: end + 1, y: y, style: .dim,
            maxWidth: width - end - 1)
        return true
    }
}
