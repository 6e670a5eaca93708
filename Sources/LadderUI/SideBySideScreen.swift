import LadderCore
import LadderText

/// A level's experts in columns and skill areas in bands, so agreeing experts line up: first
/// those who speak to the level, then those who speak of the PM role in general. The
/// selection is one entry in one expert's cell: ↑↓ walk through every entry (bands taller than
/// the screen scroll), Tab moves between experts, and pinned columns (`p`) stay in view on the
/// left, so any two experts can be read together.
struct SideBySideScreen: ExplorerScreen {
    let level: Level
    let matrix: SideBySide?
    private var band = 0
    /// Position of the selected column in `order`.
    private var column = 0
    /// The selected entry in the selected cell (0 in an empty cell).
    private var item = 0
    /// Pinned experts, by their index in the matrix, in the order they were pinned.
    private(set) var pinned: [Int] = []
    /// Set by `layout`: the columns shown, their width, and the first line of the bands shown.
    private var visibleColumns = 2
    private var columnWidth = 32
    private var columnOffset = 0
    private var lineOffset = 0

    static let labelWidth = 16
    static let minimumColumnWidth = 28

    init(level: Level, catalog: Catalog) {
        self.level = level
        matrix = catalog.sideBySide(at: level.id)
    }

    var title: String { "\(level.shortTitle): side by side" }
    let keyContext = KeyContext.sideBySide

    /// Matrix column indices in display order: pinned first, then the rest in matrix order.
    private var order: [Int] {
        pinned + (0..<(matrix?.experts.count ?? 0)).filter { !pinned.contains($0) }
    }

    private func cell(band: Int, column: Int) -> [SkillEntry] {
        guard let matrix, let expert = order[safe: column] else { return [] }
        return matrix.rows[safe: band]?.cells[expert] ?? []
    }

    var selectedEntry: SkillEntry? { cell(band: band, column: column)[safe: item] }
    var selectedSkillID: String? { selectedEntry?.id }

    mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand]? {
        guard let matrix, !matrix.rows.isEmpty else { return action == .back ? [.pop] : nil }
        let lastBand = matrix.rows.count - 1
        switch action {
        case .down:
            if item + 1 < cell(band: band, column: column).count {
                item += 1
            } else if band < lastBand {
                band += 1
                item = 0
            }
        case .up:
            if item > 0 {
                item -= 1
            } else if band > 0 {
                band -= 1
                item = max(0, cell(band: band, column: column).count - 1)
            }
        case .pageDown: (band, item) = (min(band + 1, lastBand), 0)
        case .pageUp: (band, item) = (max(band - 1, 0), 0)
        case .top: (band, item) = (0, 0)
        case .bottom: (band, item) = (lastBand, 0)
        case .nextExpert, .previousExpert:
            column = max(0, min(column + (action == .nextExpert ? 1 : -1), matrix.experts.count - 1))
            item = min(item, max(0, cell(band: band, column: column).count - 1))
        case .pin:
            return [togglePin(context: context)]
        case .open, .tick, .note, .evidence, .rateNotYet, .rateWorkingTowards, .rateMeeting, .rateExceeding,
            .clearRating:
            guard let entry = selectedEntry else {
                let name = order[safe: column].map { matrix.experts[$0].name } ?? "This expert"
                return [
                    .status(
                        "\(name) names nothing in this area here; \(context.keyName(.nextExpert, in: .sideBySide)) moves to the next expert"
                    )
                ]
            }
            if action == .open { return [.push(SkillScreen(skill: entry))] }
            return SkillBrowser.skillCommands(action, entry, context: context)
        case .back:
            return [.pop]
        default:
            return nil
        }
        return []
    }

    private mutating func togglePin(context: ScreenContext) -> ScreenCommand {
        guard let matrix, let expert = order[safe: column] else { return .status("Nothing to pin") }
        if let position = pinned.firstIndex(of: expert) {
            pinned.remove(at: position)
            column = order.firstIndex(of: expert) ?? 0
            return .status("Unpinned \(matrix.experts[expert].name)")
        }
        guard pinned.count < visibleColumns - 1 else {
            return .status(
                "No room to pin another column here: unpin one (\(context.keyName(.pin, in: keyContext))) or widen the terminal"
            )
        }
        // The selection stays on the expert, now first; the columns that were in view beside it
        // stay in view (issue 30: the rest used to scroll back to the first expert).
        let inView = shown.first { $0 != expert && !pinned.contains($0) }
        pinned.append(expert)
        column = pinned.count - 1
        columnOffset = inView.flatMap { order.firstIndex(of: $0) }.map { $0 - pinned.count } ?? 0
        let next = context.keyName(.nextExpert, in: keyContext)
        return .status("Pinned \(matrix.experts[expert].name): \(next) moves through the others beside it")
    }

    mutating func click(_ target: ClickTarget, context: ScreenContext) -> [ScreenCommand] {
        guard case .cell(let clickedBand, let clickedColumn, let clickedItem) = target else { return [] }
        if (clickedBand, clickedColumn, clickedItem) == (band, column, item) {
            return perform(.open, context: context) ?? []
        }
        (band, column, item) = (clickedBand, clickedColumn, clickedItem)
        return []
    }

    // MARK: - Layout

    /// A band's lines: its label, then per shown column its entries wrapped, with the line
    /// each entry starts on.
    private struct BandLines {
        var label: [String]
        var cells: [[String]]
        var starts: [[Int]]
        var height: Int { max(label.count, cells.map(\.count).max() ?? 0) + 1 }
    }

    private func lines(of row: SideBySide.Row, shown: [Int], context: ScreenContext) -> BandLines {
        var label = TextLayout.wrap(row.area.name, width: Self.labelWidth - 2)
        if row.isConsensus { label.append("* \(row.expertCount) voices") }
        var cells: [[String]] = []
        var starts: [[Int]] = []
        for index in shown {
            var lines: [String] = []
            var entryStarts: [Int] = []
            for entry in row.cells[index] {
                entryStarts.append(lines.count)
                // The same marks as every list: the user's rating, then each opinion's that has
                // one (columns are narrow; a list aligns them instead).
                let theirs = context.opinionMarks(entry, ratedOnly: true)
                let mark = context.mark(entry) + " " + (theirs.isEmpty ? "" : theirs + " ")
                let indent = String(repeating: " ", count: DisplayWidth.of(mark))
                lines += TextLayout.wrap(entry.summary, width: max(8, columnWidth - 3 - indent.count)).enumerated().map
                {
                    ($0 == 0 ? mark : indent) + $1
                }
            }
            cells.append(lines)
            starts.append(entryStarts)
        }
        return BandLines(label: label, cells: cells, starts: starts)
    }

    /// The matrix columns in view: the pinned ones, then as many of the rest as fit.
    private var shown: [Int] {
        let slots = visibleColumns - pinned.count
        return pinned + Array(order.dropFirst(pinned.count).dropFirst(columnOffset).prefix(slots))
    }

    mutating func layout(in area: Rect, context: ScreenContext) {
        guard let matrix, !matrix.experts.isEmpty else { return }
        let count = matrix.experts.count
        visibleColumns = max(1, min(count, (area.width - Self.labelWidth) / Self.minimumColumnWidth))
        columnWidth = (area.width - Self.labelWidth) / visibleColumns
        pinned = Array(pinned.prefix(max(0, visibleColumns - 1)))
        column = max(0, min(column, count - 1))
        band = max(0, min(band, matrix.rows.count - 1))
        item = max(0, min(item, cell(band: band, column: column).count - 1))
        // Pinned columns always show; the rest scroll in the slots left.
        let slots = visibleColumns - pinned.count
        let unpinnedPosition = column - pinned.count
        if unpinnedPosition >= 0 {
            if unpinnedPosition < columnOffset { columnOffset = unpinnedPosition }
            if unpinnedPosition >= columnOffset + slots { columnOffset = unpinnedPosition - slots + 1 }
        }
        columnOffset = max(0, min(columnOffset, max(0, count - pinned.count - slots)))
        // Scroll by line so the selected entry shows, with its band's top when that fits.
        let viewport = max(1, area.height - 2)
        let shown = self.shown
        var bandTop = 0
        for index in 0..<band { bandTop += lines(of: matrix.rows[index], shown: shown, context: context).height }
        let current = lines(of: matrix.rows[band], shown: shown, context: context)
        var first = bandTop, last = bandTop + current.height - 1
        if let slot = shown.firstIndex(of: order[column]), let start = current.starts[slot][safe: item] {
            let end = current.starts[slot][safe: item + 1] ?? current.cells[slot].count
            first = bandTop + 1 + start
            last = bandTop + end
            if last - bandTop < viewport { first = bandTop }
        }
        if first < lineOffset { lineOffset = first }
        if last >= lineOffset + viewport { lineOffset = last - viewport + 1 }
        lineOffset = max(0, lineOffset)
    }

    // MARK: - Drawing

    func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> ClickMap {
        var clicks = ClickMap()
        guard let matrix, !matrix.experts.isEmpty else {
            grid.put("No expert speaks to this level yet.", x: area.x + 2, y: area.y + 1, style: .dim)
            return clicks
        }
        let labelWidth = Self.labelWidth
        let count = matrix.experts.count
        let shown = self.shown
        let selectedExpert = order[safe: column]

        // Column headings: expert, affiliation; and where the columns are in the whole.
        let scrolling = shown.count - pinned.count
        let first = pinned.count + columnOffset + 1, last = pinned.count + columnOffset + scrolling
        let position = (first == last ? "\(first)" : "\(first)–\(last)") + " of \(count)"
        let arrows = (columnOffset > 0 ? "◂ " : "") + "experts" + (last < count ? " ▸" : "")
        grid.put(" " + arrows, x: area.x, y: area.y, style: .dim, maxWidth: labelWidth - 1)
        grid.put(" " + position, x: area.x, y: area.y + 1, style: .dim, maxWidth: labelWidth - 1)
        for (slot, expertIndex) in shown.enumerated() {
            let expert = matrix.experts[expertIndex]
            let x = area.x + labelWidth + slot * columnWidth
            grid.put("│", x: x - 1, y: area.y, style: .dim)
            grid.put("│", x: x - 1, y: area.y + 1, style: .dim)
            let style = expertIndex == selectedExpert ? Style.heading.selected : Style.heading
            let name = (pinned.contains(expertIndex) ? "» " : "") + expert.name
            grid.put(
                " " + TextLayout.pad(name, width: columnWidth - 2), x: x, y: area.y, style: style,
                maxWidth: columnWidth - 1)
            let second =
                matrix.speaksToLevel(column: expertIndex) ? expert.affiliation ?? "" : "on the PM role in general"
            grid.put(
                " " + TextLayout.truncate(second, width: columnWidth - 3), x: x, y: area.y + 1, style: .dim,
                maxWidth: columnWidth - 1)
        }

        // Bands, from `lineOffset`: a separator, then the label beside each column's entries.
        let top = area.y + 2, bottom = area.maxY
        var line = 0
        for (bandIndex, row) in matrix.rows.enumerated() {
            let bandLines = lines(of: row, shown: shown, context: context)
            defer { line += bandLines.height }
            guard line + bandLines.height > lineOffset else { continue }
            if line >= lineOffset + (bottom - top) { break }
            let separatorY = top + line - lineOffset
            if separatorY >= top {
                grid.put(String(repeating: "─", count: area.width), x: area.x, y: separatorY, style: .dim)
            }
            let isSelectedBand = bandIndex == band
            for offset in 0..<(bandLines.height - 1) {
                let y = separatorY + 1 + offset
                guard y >= top, y < bottom else { continue }
                if let text = bandLines.label[safe: offset] {
                    let style: Style =
                        offset == bandLines.label.count - 1 && row.isConsensus && text.hasPrefix("*")
                        ? .consensus : .heading
                    grid.put(
                        " " + TextLayout.pad(text, width: labelWidth - 2), x: area.x, y: y,
                        style: isSelectedBand ? style.selected : style, maxWidth: labelWidth - 1)
                } else if isSelectedBand {
                    grid.put(String(repeating: " ", count: labelWidth - 1), x: area.x, y: y, style: .selected)
                }
                for (slot, cellLines) in bandLines.cells.enumerated() {
                    let x = area.x + labelWidth + slot * columnWidth
                    grid.put("│", x: x - 1, y: y, style: .dim)
                    let entryIndex = bandLines.starts[slot].lastIndex { $0 <= offset } ?? 0
                    let cellRect = Rect(x: x, y: y, width: columnWidth - 1, height: 1)
                    clicks.add(
                        cellRect,
                        .cell(
                            band: bandIndex, column: pinned.count > slot ? slot : slot + columnOffset, item: entryIndex)
                    )
                    guard let text = cellLines[safe: offset] else { continue }
                    let selected = isSelectedBand && shown[slot] == selectedExpert && entryIndex == item
                    grid.put(
                        " " + text, x: x, y: y, style: selected ? Style.selected : .normal, maxWidth: columnWidth - 1)
                }
            }
        }
        if lineOffset > 0 { grid.put(" ▴ more above ", x: area.x + area.width - 15, y: top, style: .dim) }
        if line > lineOffset + (bottom - top) {
            grid.put(" ▾ more below ", x: area.x + area.width - 15, y: bottom - 1, style: .dim)
        }
        return clicks
    }
}
