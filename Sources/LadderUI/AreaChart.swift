import LadderCore
import LadderCharts
import LadderText

/// The radar of skill areas at one level, shared by the areas screen, `ladder chart` and the
/// promotion packet: a spoke per area (every area, empty ones too), what the level asks, the
/// user's ratings and each opinion's, told apart by glyph and legend rather than colour.
public struct AreaChart: Sendable {
    public let level: Level
    public let profile: [AreaProfile]
    /// One per area, in the catalog's order: the areas' short names.
    public let labels: [String]
    /// The names of the opinions, in order.
    public let opinionNames: [String]
    /// In drawing order: what the level asks, each opinion, then the user's own on top.
    public let series: [RadarSeries]
    /// Each series with what its values mean, in the legend's order: the level, you, each opinion.
    private let key: [(series: RadarSeries, meaning: String)]

    /// Glyphs for the opinions, in order; more opinions than glyphs reuse the last.
    static let opinionGlyphs: [Character] = ["*", "+", "x", "%", "@"]

    /// - Parameter firstPerson: the user's series as "Me" and "my ratings", for a document the
    ///   user signs (the packet), rather than "You".
    public init(
        catalog: Catalog, level: Level, progress: UserProgress, opinions: [Opinion] = [], firstPerson: Bool = false
    ) {
        self.level = level
        let profile = catalog.profile(at: level.id, progress, opinions: opinions)
        self.profile = profile
        labels = profile.map(\.area.shortName)
        opinionNames = opinions.map(\.name)
        let asks = RadarSeries(name: "\(level.shortTitle) asks", glyph: "o", values: profile.map(\.asks))
        let own = RadarSeries(name: firstPerson ? "Me" : "You", glyph: "#", values: profile.map(\.own))
        let theirs = opinions.indices.map { index in
            RadarSeries(
                name: opinions[index].name, glyph: Self.opinionGlyphs[min(index, Self.opinionGlyphs.count - 1)],
                values: profile.map { $0.opinions[safe: index] ?? 0 })
        }
        series = [asks] + theirs + [own]
        key =
            [
                (asks, "the share of its experts who name the area"),
                (
                    own,
                    "\(firstPerson ? "my" : "your") ratings of its skills there (meeting 1, working towards ½), averaged"
                ),
            ] + theirs.map { ($0, "the same, from their ratings") }
    }

    /// A line per series: its glyph, its name and what its values mean.
    public var legend: [String] { key.map { "\($0.series.glyph)  \($0.series.name): \($0.meaning)" } }

    /// The legend as `Radar.svgLegend` rows, each naming its series' place in `series`.
    public var svgLegendRows: [(text: String, seriesIndex: Int)] {
        key.map { entry in
            (
                "\(entry.series.name): \(entry.meaning)",
                series.firstIndex { $0.glyph == entry.series.glyph && $0.name == entry.series.name } ?? 0
            )
        }
    }

    /// Whether a radar says anything: with fewer than three areas it is a line or a point, and
    /// the figures are shown as a table alone.
    public var isDrawable: Bool { labels.count >= 3 }

    /// The radar alone, `height` lines of at most `width` columns; none when not drawable.
    public func radar(width: Int, height: Int) -> [String] {
        isDrawable ? Radar.lines(labels: labels, series: series, width: width, height: height) : []
    }

    /// The same, as runs of text in the ink that drew them, for a screen to style.
    func radarRows(width: Int, height: Int) -> [ChartRow] {
        isDrawable ? Radar.rows(labels: labels, series: series, width: width, height: height) : []
    }

    /// The chart's size for a page `width` columns wide: about twice as wide as tall, as cells
    /// are twice as tall as wide, and never taller than `maxHeight`.
    public static func radarHeight(width: Int, maxHeight: Int) -> Int {
        max(7, min(maxHeight, width * 3 / 10))
    }

    /// A value as a percentage, for tables beside the chart: "67%".
    public static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
