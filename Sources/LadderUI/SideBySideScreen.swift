import LadderCore
import LadderText

/// A level's experts in columns and skill areas in bands, so agreeing experts line up.
/// Consensus areas (two or more experts) are marked; columns scroll sideways with Tab, and
/// pinned columns (`p`) stay in view on the left, so any two experts can be read together.
struct SideBySideScreen: ExplorerScreen {
    let level: Level
    private var band = 0
    /// Position of the selected column in `order`.
    private var column = 0
    /// Scroll offset among the unpinned columns.
    private var columnOffset = 0
    /// Pinned experts, by their index in the matrix, in the order they were pinned.
    private(set) var pinned: [Int] = []
    private var visibleColumns = 2
    /// The level's matrix, made once (the catalog does not change while the explorer runs).
    private var cachedMatrix: SideBySide?

    private mutating func matrix(_ catalog: Catalog) -> SideBySide? {
        if cachedMatrix == nil { cachedMatrix = catalog.sideBySide(at: level.id) }
        return cachedMatrix
    }
    private var bandOffset = 0
    private var lastBandsShown = 3

    static let labelWidth = 16
    static let minimumColumnWidth = 28

    init(level: Level) {
        self.level = level
    }

    var title: String { "\(level.shortTitle): side by side" }
    let keyHints = "↑↓ area  tab/shift-tab expert  p pin  enter open  esc back  ? help"
    var helpKeys: [KeyHelp] {
        [
            KeyHelp("↑ ↓  k j", "move between skill areas"),
            KeyHelp("tab  shift-tab  ] [", "move between experts (columns scroll)"),
            KeyHelp("p", "pin or unpin the expert: pinned columns stay in view"),
            KeyHelp("enter  → l", "open the selected expert's first skill in this area"),
            KeyHelp("pgup pgdn  g G", "page through areas, first and last area"),
            KeyHelp("*", "consensus: two or more experts who speak to this level name the area"),
            KeyHelp("✓", "a skill you have ticked"),
            KeyHelp("esc  ← h  backspace", "back"),
        ]
    }

    mutating func handle(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        guard let matrix = matrix(context.catalog) else { return nil }
        if let movement = key.movement {
            var cursor = ListCursor(selected: band, offset: 0)
            cursor.move(movement, count: matrix.rows.count, page: lastBandsShown)
            band = cursor.selected
            return []
        }
        let order = columnOrder(count: matrix.experts.count)
        switch key {
        case .tab, .character("]"):
            column = min(column + 1, max(0, matrix.experts.count - 1))
            return []
        case .backTab, .character("["):
            column = max(column - 1, 0)
            return []
        case .character("p"):
            guard let expert = order[safe: column] else { return [] }
            if let position = pinned.firstIndex(of: expert) {
                pinned.remove(at: position)
                column = columnOrder(count: matrix.experts.count).firstIndex(of: expert) ?? 0
                return [.status("Unpinned \(matrix.experts[expert].name)")]
            }
            guard pinned.count < visibleColumns - 1 else {
                return [.status("No room to pin another column here: unpin one (p) or widen the terminal")]
            }
            pinned.append(expert)
            column = pinned.count - 1
            columnOffset = 0
            return [.status("Pinned \(matrix.experts[expert].name): Tab through the others beside it")]
        case _ where key.isOpen:
            guard let expert = order[safe: column], let skill = matrix.rows[safe: band]?.cells[safe: expert]?.first else {
                let name = order[safe: column].map { matrix.experts[$0].name } ?? "This expert"
                return [.status("\(name) names nothing in this area here")]
            }
            return [.push(SkillScreen(skill: skill))]
        case _ where key.isBack:
            return [.pop]
        default:
            return nil
        }
    }

    /// Matrix column indices in display order: pinned first, then the rest in matrix order.
    private func columnOrder(count: Int) -> [Int] {
        pinned + (0..<count).filter { !pinned.contains($0) }
    }

    mutating func click(item index: Int, context: ScreenContext) -> [ScreenCommand] {
        if index == band { return handle(.enter, context: context) ?? [] }
        band = index
        return []
    }

    mutating func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> [Int: Int] {
        guard let matrix = matrix(context.catalog), !matrix.experts.isEmpty else {
            grid.put("No expert speaks to this level yet.", x: area.x + 2, y: area.y + 1, style: .dim)
            return [:]
        }
        let labelWidth = Self.labelWidth
        let count = matrix.experts.count
        let visible = max(1, min(count, (area.width - labelWidth) / Self.minimumColumnWidth))
        visibleColumns = visible
        let columnWidth = (area.width - labelWidth) / visible
        pinned = Array(pinned.prefix(max(0, visible - 1)))
        let order = columnOrder(count: count)
        column = max(0, min(column, count - 1))
        band = max(0, min(band, matrix.rows.count - 1))
        // Pinned columns always show; the rest scroll in the slots left.
        let slots = visible - pinned.count
        let unpinnedPosition = column - pinned.count
        if unpinnedPosition >= 0 {
            if unpinnedPosition < columnOffset { columnOffset = unpinnedPosition }
            if unpinnedPosition >= columnOffset + slots { columnOffset = unpinnedPosition - slots + 1 }
        }
        columnOffset = max(0, min(columnOffset, max(0, count - pinned.count - slots)))
        let scrolling = Array(order.dropFirst(pinned.count).dropFirst(columnOffset).prefix(slots))
        let shown = pinned + scrolling
        let selectedExpert = order[safe: column]

        // Column headings: expert, affiliation; and where the columns are in the whole.
        var y = area.y
        let first = pinned.count + columnOffset + 1, last = pinned.count + columnOffset + scrolling.count
        let position = (pinned.isEmpty ? "" : "\(pinned.count) pin, ") + "\(first)–\(last) of \(count)"
        let arrows = (columnOffset > 0 ? "◂ " : "") + (last < count ? "tab ▸" : "")
        grid.put(" " + TextLayout.truncate(position, width: labelWidth - 3), x: area.x, y: y, style: .dim)
        grid.put(" " + TextLayout.truncate(arrows, width: labelWidth - 3), x: area.x, y: y + 1, style: .dim)
        for (slot, expertIndex) in shown.enumerated() {
            let expert = matrix.experts[expertIndex]
            let x = area.x + labelWidth + slot * columnWidth
            grid.put("│", x: x - 1, y: y, style: .dim)
            grid.put("│", x: x - 1, y: y + 1, style: .dim)
            let style = expertIndex == selectedExpert ? Style.heading.selected : Style.heading
            let name = (pinned.contains(expertIndex) ? "» " : "") + expert.name
            grid.put(" " + TextLayout.pad(name, width: columnWidth - 2), x: x, y: y, style: style, maxWidth: columnWidth - 1)
            let second = matrix.speaksToLevel(column: expertIndex) ? expert.affiliation ?? "" : "on the PM role in general"
            grid.put(" " + TextLayout.truncate(second, width: columnWidth - 3), x: x, y: y + 1, style: .dim,
                     maxWidth: columnWidth - 1)
        }
        y += 2

        // Bands: as tall as their tallest cell, starting from the offset that keeps the selection in view.
        func lines(of row: SideBySide.Row) -> (label: [String], cells: [[String]]) {
            var label = TextLayout.wrap(row.area.name, width: labelWidth - 2)
            if row.isConsensus { label.append("* \(row.expertCount) experts") }
            let cells = shown.map { index in
                row.cells[index].flatMap { entry in
                    let mark = context.isTicked(entry) ? "✓ " : "- "
                    return TextLayout.wrap(entry.summary, width: columnWidth - 5).enumerated().map { $0 == 0 ? mark + $1 : "  " + $1 }
                }
            }
            return (label, cells)
        }
        let heights = matrix.rows.map { row -> Int in
            let (label, cells) = lines(of: row)
            return max(label.count, cells.map(\.count).max() ?? 0) + 1
        }
        let available = area.y + area.height - y
        if band < bandOffset { bandOffset = band }
        while bandOffset < band && heights[bandOffset...band].reduce(0, +) > available { bandOffset += 1 }

        var items: [Int: Int] = [:]
        var bandsShown = 0
        for bandIndex in bandOffset..<matrix.rows.count where y < area.y + area.height {
            let row = matrix.rows[bandIndex]
            let (label, cells) = lines(of: row)
            grid.put(String(repeating: "─", count: area.width), x: area.x, y: y, style: .dim)
            y += 1
            for line in 0..<(heights[bandIndex] - 1) where y < area.y + area.height {
                let isSelectedBand = bandIndex == band
                if let text = label[safe: line] {
                    let style: Style = line == label.count - 1 && row.isConsensus && text.hasPrefix("*") ? .consensus : .heading
                    grid.put(" " + TextLayout.pad(text, width: labelWidth - 2), x: area.x, y: y,
                             style: isSelectedBand ? style.selected : style, maxWidth: labelWidth - 1)
                } else if isSelectedBand {
                    grid.put(String(repeating: " ", count: labelWidth - 1), x: area.x, y: y, style: .selected)
                }
                for (slot, cellLines) in cells.enumerated() {
                    let x = area.x + labelWidth + slot * columnWidth
                    grid.put("│", x: x - 1, y: y, style: .dim)
                    if let text = cellLines[safe: line] {
                        let selectedCell = isSelectedBand && shown[slot] == selectedExpert
                        grid.put(" " + text, x: x, y: y, style: selectedCell ? Style(.normal, underline: true) : .normal,
                                 maxWidth: columnWidth - 1)
                    }
                }
                items[y] = bandIndex
                y += 1
            }
            bandsShown += 1
        }
        lastBandsShown = max(1, bandsShown - 1)
        return items
    }
}
