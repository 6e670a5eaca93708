import ArgumentParser
import LadderCore
import LadderText
import LadderUI

struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "A radar of the skill areas at a level: what it asks, your ratings and each opinion's.",
        discussion: """
            One spoke per skill area. What the level asks is the share of the voices that speak to it that name the \
            area; yours and each opinion's is how far its skills there are rated (meeting or exceeding count fully, \
            working towards half). A table of the same figures follows the chart.
            """)

    @Argument(
        help: "A level id, title or alias (default: your target level, else your current one).",
        completion: Completions.levels)
    var level: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        let progress = try progressOptions.progressForDisplay()
        let level =
            try self.level.map { try catalog.requireLevel(named: $0) }
            ?? (progress.targetLevel ?? progress.currentLevel).flatMap(catalog.level(id:))
        guard let level else {
            throw CommandFailure.usage("name a level (`ladder chart senior-pm`), or set yours with `ladder level set`")
        }
        let chart = AreaChart(
            catalog: catalog, level: level, progress: progress, opinions: try progressOptions.opinions())
        if output.json { return try emit(try CatalogJSON.encode(ChartJSON(chart)), terminator: "") }
        try emit(Self.text(chart, width: OutputWidth.current), terminator: "")
    }

    /// The chart, its legend and a table of its figures, plain text `width` columns wide.
    static func text(_ chart: AreaChart, width: Int) -> String {
        var page = Page(width: width)
        page.wrapped("\(chart.level.title): the skill areas")
        page.blank()
        if chart.isDrawable {
            for line in chart.radar(width: width, height: AreaChart.radarHeight(width: width, maxHeight: 24)) {
                page.line(line)
            }
            page.blank()
            chart.legend.forEach { page.wrapped($0, indent: 0, hanging: 3) }
        } else {
            page.wrapped("A radar needs three areas or more; the figures:")
        }
        page.blank()
        let nameWidth = min(24, chart.profile.map { DisplayWidth.of($0.area.name) }.max() ?? 0)
        let headers = ["asks", "you"] + chart.opinionNames
        let columns = headers.map { max(6, DisplayWidth.of(Sanitizer.clean($0)) + 2) }
        func row(_ name: String, _ cells: [String]) -> String {
            TextLayout.pad(name, width: nameWidth)
                + zip(cells, columns).map { cell, width in
                    String(repeating: " ", count: max(1, width - DisplayWidth.of(cell))) + cell
                }.joined()
        }
        page.line(row("Area", headers))
        for area in chart.profile {
            page.line(
                row(
                    TextLayout.truncate(area.area.name, width: nameWidth),
                    ([area.asks, area.own] + area.opinions).map(AreaChart.percent)))
        }
        return page.text
    }
}
