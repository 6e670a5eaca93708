@testable import LadderCharts
import LadderText
import Testing

private let areas = [
    "Strategic thinking", "Communication", "Collaboration", "Technicals", "Details and quality",
    "User science and empathy", "Management", "Leadership", "Business acumen", "Emotional intelligence",
]

private let compass = ["N", "E", "S", "W"]

/// A series with `value` on every one of `spokes` spokes.
private func flat(_ glyph: Character, _ value: Double, spokes: Int = areas.count) -> RadarSeries {
    RadarSeries(name: String(glyph), glyph: glyph, values: Array(repeating: value, count: spokes))
}

/// The character at display column `column` of row `row`, or nil when none starts there.
private func character(in lines: [String], column: Int, row: Int) -> Character? {
    guard let line = lines[safe: row] else { return nil }
    var at = 0
    for character in line {
        if at == column { return character }
        at += DisplayWidth.of(character)
        if at > column { return nil }
    }
    return nil
}

private func count(of glyph: Character, in lines: [String]) -> Int {
    lines.joined().filter { $0 == glyph }.count
}

@Suite struct RadarLinesTests {
    @Test(arguments: [(76, 17), (150, 36), (40, 12), (19, 4), (5, 3), (1, 1), (0, 2), (12, 0)])
    func linesFillTheHeightAndFitTheWidth(size: (width: Int, height: Int)) {
        for labels in [areas, [], ["Solo"], ["Up", "Down"]] {
            for series in [[], [flat("#", 0.7, spokes: labels.count), flat("o", 1, spokes: labels.count)]] {
                let lines = Radar.lines(labels: labels, series: series, width: size.width, height: size.height)
                #expect(lines.count == size.height)
                for line in lines {
                    #expect(DisplayWidth.of(line) <= size.width, "\(line)")
                    #expect(line.last != " ")
                }
            }
        }
    }

    /// A screen styles the chart by what drew each cell, not by reading its characters back.
    @Test func rowsAreTheLinesInTheInksThatDrewThem() {
        let series = [flat("o", 0.8), flat("#", 0.4)]
        let rows = Radar.rows(labels: areas, series: series, width: 76, height: 17)
        #expect(
            rows.map { $0.map(\.text).joined() } == Radar.lines(labels: areas, series: series, width: 76, height: 17))
        let runs = rows.flatMap { $0 }
        #expect(Set(runs.filter { $0.ink == .frame }.flatMap(\.text)) == ["·"])
        #expect(Set(runs.filter { $0.ink == .series(0) }.flatMap(\.text)) == ["o"])
        #expect(Set(runs.filter { $0.ink == .series(1) }.flatMap(\.text)) == ["#"])
        #expect(runs.filter { $0.ink == .label }.map(\.text).joined().contains("Communication"))
        #expect(runs.allSatisfy { $0.ink != nil || $0.text.allSatisfy { $0 == " " } })
    }

    @Test func theFourSpokesOfACompassEndWhereExpected() {
        // 11 rows: a label row above and below, the ring 4 rows from the centre at row 5, and 8 columns from column 20.
        let lines = Radar.lines(labels: compass, series: [flat("#", 1, spokes: 4)], width: 41, height: 11)
        for (column, row) in [(20, 1), (28, 5), (20, 9), (12, 5)] {
            #expect(character(in: lines, column: column, row: row) == "#")
        }
        #expect(character(in: lines, column: 20, row: 5) == "·")
        #expect(character(in: lines, column: 20, row: 0) == "N")
        #expect(character(in: lines, column: 30, row: 5) == "E")
        #expect(character(in: lines, column: 20, row: 10) == "S")
        #expect(character(in: lines, column: 10, row: 5) == "W")
    }

    @Test(arguments: [(76, 17), (150, 36), (40, 12)])
    func aSeriesOfOnesMarksEverySpokeTip(size: (width: Int, height: Int)) {
        let lines = Radar.lines(labels: areas, series: [flat("#", 1)], width: size.width, height: size.height)
        let geometry = Radar.TerminalGeometry(labels: areas, width: size.width, height: size.height)
        #expect(geometry.radius > 0)
        if size == (76, 17) {
            // The ring reaches 14 columns and 7 rows from (37, 8); spoke 1 points 36° clockwise from up.
            #expect(geometry.cell(spoke: 1, value: 1) == Radar.GridPoint(column: 45, row: 2))
        }
        for spoke in areas.indices {
            let tip = geometry.cell(spoke: spoke, value: 1)
            #expect(character(in: lines, column: tip.column, row: tip.row) == "#", "spoke \(spoke)")
        }
    }

    @Test func aSeriesOfZerosIsOnlyTheCentre() {
        let lines = Radar.lines(labels: areas, series: [flat("#", 0)], width: 76, height: 17)
        #expect(count(of: "#", in: lines) == 1)
        #expect(character(in: lines, column: 37, row: 8) == "#")
    }

    @Test func valuesAreClampedAndMissingOnesAreZero() {
        let clean = RadarSeries(name: "a", glyph: "a", values: [1, 0, 0, 0])
        let messy = RadarSeries(name: "a", glyph: "a", values: [7, -2, .nan])
        let cleanLines = Radar.lines(labels: compass, series: [clean], width: 41, height: 11)
        #expect(Radar.lines(labels: compass, series: [messy], width: 41, height: 11) == cleanLines)
        #expect(count(of: "a", in: cleanLines) > 1)
    }

    @Test func seriesDrawnLaterWinWhereTheyOverlap() {
        let lines = Radar.lines(labels: areas, series: [flat("1", 0.6), flat("2", 0.6)], width: 76, height: 17)
        #expect(count(of: "1", in: lines) == 0)
        #expect(count(of: "2", in: lines) > areas.count)
        let swapped = Radar.lines(labels: areas, series: [flat("2", 0.6), flat("1", 0.6)], width: 76, height: 17)
        #expect(count(of: "2", in: swapped) == 0)
    }

    @Test func verticesStayOverTheEdgesOfLaterSeries() {
        // The later series' edge from the north tip to the centre runs through the earlier one's north vertex, at (20, 3).
        let vertex = RadarSeries(name: "v", glyph: "v", values: [0.5, 0.5, 0.5, 0.5])
        let edge = RadarSeries(name: "e", glyph: "e", values: [1, 0, 0, 0])
        let lines = Radar.lines(labels: compass, series: [vertex, edge], width: 41, height: 11)
        #expect(character(in: lines, column: 20, row: 3) == "v")
        #expect(character(in: lines, column: 20, row: 2) == "e")
    }

    @Test func labelsAppearWholeWhereThereIsRoom() {
        let text = Radar.lines(labels: areas, series: [flat("#", 0.5)], width: 76, height: 17).joined(separator: "\n")
        for label in areas {
            #expect(text.contains(label), "\(label)")
        }
        #expect(!text.contains("…"))
    }

    @Test func labelsAreTruncatedWhenNarrow() {
        let lines = Radar.lines(labels: areas, series: [flat("#", 0.5)], width: 40, height: 17)
        let text = lines.joined(separator: "\n")
        #expect(text.contains("…"))
        for label in areas {
            let stubs = (2..<label.count).map { String(label.prefix($0)).trimmingWhitespace() + "…" }
            #expect(text.contains(label) || stubs.contains { text.contains($0) }, "\(label)")
        }
    }

    @Test func truncationDropsTheSpaceBeforeTheEllipsisAndShortStubs() {
        #expect(Radar.fittedLabel("Emotional intelligence", columns: 11) == "Emotional…")
        #expect(Radar.fittedLabel("Leadership", columns: 3) == "Le…")
        #expect(Radar.fittedLabel("Leadership", columns: 2) == nil)
        #expect(Radar.fittedLabel("EQ", columns: 2) == "EQ")
        #expect(Radar.fittedLabel("製品戦略", columns: 5) == "製品…")
    }

    @Test(arguments: [(76, 17), (33, 11), (24, 9), (150, 36)])
    func wideLabelsKeepWithinTheWidth(size: (width: Int, height: Int)) {
        let labels = ["製品戦略", "コミュニケーション", "協働", "技術力", "品質", "ユーザー理解", "マネジメント", "リーダー"]
        let lines = Radar.lines(
            labels: labels, series: [flat("#", 0.8, spokes: 8)], width: size.width, height: size.height)
        #expect(lines.count == size.height)
        for line in lines {
            #expect(DisplayWidth.of(line) <= size.width, "\(line)")
        }
        #expect(lines.joined().contains("製品戦略"))
    }

    @Test func aGlyphOfNoWidthIsDrawnVisibly() {
        let lines = Radar.lines(labels: compass, series: [flat("\u{200B}", 1, spokes: 4)], width: 41, height: 11)
        #expect(character(in: lines, column: 20, row: 1) == "\u{FFFD}")
    }
}

@Suite struct RadarSVGTests {
    private let series = [
        RadarSeries(name: "asks", glyph: "#", values: [0.8, 0.7, 0.7, 0.5, 0.6, 0.8, 0.5, 0.6, 0.7, 0.6]),
        RadarSeries(name: "you", glyph: "o", values: [0.6, 0.9, 0.8, 0.9, 0.7, 0.5, 0.3, 0.4, 0.4, 0.7]),
        RadarSeries(name: "Tom's opinion", glyph: "x", values: [0.4, 0.7, 0.9]),
        RadarSeries(name: "peers", glyph: "+", values: [0.5]),
    ]

    @Test func onePolygonPerSeries() {
        for count in 0...series.count {
            let svg = Radar.svg(labels: areas, series: Array(series.prefix(count)), size: 600)
            #expect(svg.ranges(of: "<polygon").count == count)
        }
    }

    @Test func seriesDifferInDashesAndMarkers() {
        // Equal values put every series' markers on the same points, so their elements differ only by shape.
        let equals = series.map { RadarSeries(name: $0.name, glyph: $0.glyph, values: [0.5, 0.5, 0.5]) }
        // One element a line: each polygon, then the group of its markers.
        let lines = Radar.svg(labels: areas, series: equals, size: 600).split(separator: "\n")
        let polygonLines = lines.indices.filter { lines[$0].hasPrefix("<polygon") }
        let dashes = polygonLines.map { lines[$0].split(separator: "stroke-dasharray=\"")[1].prefix { $0 != "\"" } }
        #expect(Set(dashes).count == series.count)
        let firstMarkers = polygonLines.map { lines[$0 + 2] }
        #expect(Set(firstMarkers).count == series.count)
    }

    @Test func labelsAndNamesAreEscaped() {
        let svg = Radar.svg(labels: ["R&D <x>", "\"Quoted\""], series: series, size: 600)
        #expect(svg.contains("R&amp;D &lt;x&gt;"))
        #expect(svg.contains("&quot;Quoted&quot;"))
        #expect(svg.contains("Tom&apos;s opinion"))
        #expect(!svg.contains("R&D"))
        #expect(!svg.contains("<x>"))
    }

    @Test func titleNamesTheSeries() {
        let svg = Radar.svg(labels: areas, series: series, size: 600)
        #expect(svg.contains("<title>asks, you, Tom&apos;s opinion, peers</title>"))
    }

    @Test func isSelfContained() {
        let svg = Radar.svg(labels: areas, series: series, size: 600)
        #expect(svg.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600""#))
        #expect(svg.hasSuffix("</svg>"))
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("href"))
        #expect(!svg.contains("class="))
        let withoutNamespace = svg.replacing(#"xmlns="http://www.w3.org/2000/svg""#, with: "")
        #expect(!withoutNamespace.contains("http"))
    }

    @Test func labelsUseTheRoomBesideTheChart() {
        let long = [
            "Collaboration and influence", "Emotional intelligence", "Strategic thinking", "User science and empathy",
        ]
        let square = Radar.svg(labels: long, series: series, size: 360)
        #expect(!square.contains(">Emotional intelligence</text>"))  // the right-hand label is cut in a square
        let wide = Radar.svg(labels: long, series: series, size: 360, width: 640)
        #expect(
            wide.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360""#))
        for label in long { #expect(wide.contains(">\(label)</text>"), "\(label) is cut with room to spare") }
        // The chart is centred in the wider box.
        #expect(wide.contains(#"<circle cx="320" cy="180""#))
    }

    @Test func numbersHaveAtMostOneDecimal() throws {
        let svg = Radar.svg(labels: areas, series: series, size: 437)
        // Em offsets of the labels aside, no number has a second decimal.
        #expect(try !svg.contains(Regex(#"\d\.\d\d(?!\d*em)"#)))
        #expect(SVG.number(12.345) == "12.3")
        #expect(SVG.number(100) == "100")
        #expect(SVG.number(-0.04) == "0")
    }

    @Test func controlCharactersBecomeReplacements() {
        #expect(SVG.escaped("a\u{0}b\u{1B}") == "a\u{FFFD}b\u{FFFD}")
    }
}
