import LadderCore
import LadderCharts
import LadderText

/// Areas at a glance: for one level, a radar of the skill areas (what the level asks, your
/// ratings, each opinion's) beside a bar per area of what you meet there. Both read without
/// colour. `[` and `]` step through the levels.
struct AreasScreen: ExplorerScreen {
    private(set) var level: Level
    /// The chart and the bars for `level` and the progress as last laid out: made again only
    /// when either changes (a large framework's level takes a while to walk).
    private var chart: AreaChart?
    private var bars: [AreaProgress] = []

    init(level: Level) {
        self.level = level
    }

    var title: String { "\(level.shortTitle): areas" }
    let keyContext = KeyContext.areas

    mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand]? {
        let levels = context.catalog.levels
        switch action {
        case .nextLevel, .previousLevel:
            if let index = levels.firstIndex(where: { $0.id == level.id }) {
                level = levels[(index + (action == .nextLevel ? 1 : levels.count - 1)) % levels.count]
            }
            return []
        case .back:
            return [.pop]
        default:
            return nil
        }
    }

    mutating func click(_ target: ClickTarget, context: ScreenContext) -> [ScreenCommand] { [] }

    mutating func layout(in area: Rect, context: ScreenContext) {
        guard chart?.level.id != level.id else { return }
        chart = AreaChart(
            catalog: context.catalog, level: level, progress: context.progress, opinions: context.opinions)
        bars = context.catalog.areaProgress(at: level.id, context.progress)
    }

    mutating func progressChanged(context: ScreenContext) {
        chart = nil
    }

    func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> ClickMap {
        let areas = bars
        let ticked = areas.reduce(0) { $0 + $1.ticked }, total = areas.reduce(0) { $0 + $1.total }
        grid.put(
            "\(level.title): \(ticked) of \(total) skills ticked", x: area.x + 2, y: area.y + 1, style: .heading,
            maxWidth: area.width - 4)
        guard let chart, area.height > 4 else { return ClickMap() }
        // The radar takes the left three fifths; the legend and a bar per area the rest.
        let chartWidth = area.width * 3 / 5
        let body = Rect(x: area.x, y: area.y + 3, width: area.width, height: area.height - 3)
        if !chart.isDrawable {
            grid.put(
                "A radar needs three areas or more.", x: body.x + 2, y: body.y, style: .dim, maxWidth: chartWidth - 2)
        }
        for (index, row) in chart.radarRows(width: chartWidth, height: body.height).enumerated() {
            drawRadarRow(row, x: body.x, y: body.y + index, into: &grid)
        }
        let side = Rect(x: body.x + chartWidth + 1, y: body.y, width: body.width - chartWidth - 2, height: body.height)
        var y = side.y
        // The legend in full where each line fits, else each series' glyph and name.
        let legend =
            chart.legend.allSatisfy { DisplayWidth.of($0) <= side.width }
            ? chart.legend
            : ([chart.series[0], chart.series[chart.series.count - 1]] + chart.series.dropFirst().dropLast()).map {
                "\($0.glyph)  \($0.name)"
            }
        for line in legend {
            grid.put(line, x: side.x, y: y, maxWidth: side.width)
            y += 1
        }
        y += 1
        grid.put("You meet, per area:", x: side.x, y: y, style: .heading, maxWidth: side.width)
        y += 1
        let nameWidth = min(14, max(8, chart.profile.map { DisplayWidth.of($0.area.shortName) }.max() ?? 8))
        let countWidth = areas.map { "\($0.ticked)/\($0.total)".count }.max() ?? 3
        let barCells = max(4, min(20, side.width - nameWidth - countWidth - 4))
        for profile in chart.profile where y < side.maxY {
            let entry = areas.first { $0.area.id == profile.area.id }
            let (met, count) = (entry?.ticked ?? 0, entry?.total ?? 0)
            var x = grid.put(
                TextLayout.pad(profile.area.shortName, width: nameWidth) + " ", x: side.x, y: y,
                style: count == 0 ? .dim : .normal)
            guard count > 0 else {
                // An empty bar and "0/0" would read as nothing met.
                grid.put("no skills here", x: x, y: y, style: .dim, maxWidth: side.x + side.width - x)
                y += 1
                continue
            }
            x = grid.put("[", x: x, y: y, style: .dim)
            let filled = Bar.filledCells(met, of: count, cells: barCells)
            x = grid.put(String(repeating: "#", count: filled), x: x, y: y, style: .ticked)
            x = grid.put(String(repeating: ".", count: barCells - filled), x: x, y: y, style: .dim)
            x = grid.put("] ", x: x, y: y, style: .dim)
            grid.put("\(met)/\(count)", x: x, y: y, maxWidth: side.x + side.width - x)
            y += 1
        }
        return ClickMap()
    }

    /// A radar row with its ring and spokes dimmed, so the series stand out in colour too.
    private func drawRadarRow(_ row: ChartRow, x: Int, y: Int, into grid: inout Grid) {
        var x = x
        for run in row {
            x = grid.put(run.text, x: x, y: y, style: run.ink == .frame ? .dim : .normal)
        }
    }
}
