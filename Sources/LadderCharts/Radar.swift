import LadderText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line on the radar: a name (for the legend, drawn by the caller), the character it is
/// drawn with, a value 0...1 per spoke.
public struct RadarSeries: Sendable {
    public let name: String
    public let glyph: Character
    public let values: [Double]

    public init(name: String, glyph: Character, values: [Double]) {
        self.name = name
        self.glyph = glyph
        self.values = values
    }

    /// The value on spoke `index`, clamped to 0...1; a missing or NaN value counts as 0.
    func value(onSpoke index: Int) -> Double {
        guard let value = values[safe: index], !value.isNaN else { return 0 }
        return min(max(value, 0), 1)
    }
}

/// What drew a cell of a chart, so a screen can style it without reading its characters: the
/// frame (a radar's ring and spokes), a label, or series `n`.
public enum ChartInk: Equatable, Sendable {
    case frame
    case label
    case series(Int)
}

/// A row of a drawn chart as runs of text, each in one ink (nil: blank).
public typealias ChartRow = [(text: String, ink: ChartInk?)]

/// A radar ("spider") chart of skill areas that reads without colour: in the terminal each series
/// has its own glyph, in SVG its own dash pattern and vertex marker.
public enum Radar {
    /// The chart as `height` lines of at most `width` display columns, without trailing spaces.
    ///
    /// One spoke per label from the centre, in "·", the first pointing up and the rest clockwise,
    /// and a faint ring ("·") at value 1, twice as wide as tall since terminal cells are about twice
    /// as tall as wide. Each series is a closed polygon through its values in its glyph; later
    /// series are drawn over earlier ones, and every vertex over every edge, so no series' value on
    /// a spoke is hidden by another's edge. Values are clamped to 0...1, missing ones count as 0.
    /// Each label sits just outside the tip of its spoke, clear of the chart and of the other
    /// labels, truncated with "…" to the room there, or left out when not even "Le…" fits.
    public static func lines(labels: [String], series: [RadarSeries], width: Int, height: Int) -> [String] {
        canvas(labels: labels, series: series, width: width, height: height)?.lines ?? []
    }

    /// The same chart as rows of runs, each run in the ink that drew it: what a screen styles.
    public static func rows(labels: [String], series: [RadarSeries], width: Int, height: Int) -> [ChartRow] {
        canvas(labels: labels, series: series, width: width, height: height)?.rows ?? []
    }

    private static func canvas(labels: [String], series: [RadarSeries], width: Int, height: Int) -> Canvas? {
        guard height > 0 else { return nil }
        var canvas = Canvas(width: max(0, width), height: height)
        let geometry = TerminalGeometry(labels: labels, width: canvas.width, height: height)
        drawRingAndSpokes(geometry, on: &canvas)
        drawSeries(series, geometry, on: &canvas)
        drawLabels(labels, geometry, on: &canvas)
        return canvas
    }

    /// The same chart as one self-contained `<svg>` element, `size` px square.
    ///
    /// No scripts, external references or CSS: every style is an inline attribute. Spokes and the
    /// rings at each quarter are light grey; labels are `<text>`, truncated to the room beside
    /// their spoke as estimated from their display width. Each series is a `<polygon>` with a light
    /// translucent fill, told apart by colour and, to read in black and white too, by its dash
    /// pattern and the shape of its vertex markers (circle, square, triangle, diamond, …). The
    /// `<title>` names the series.
    ///
    /// `width`, when wider than `size`, is room beside the chart for its labels.
    public static func svg(labels: [String], series: [RadarSeries], size: Int, width: Int? = nil) -> String {
        let side = max(0, size), fullWidth = max(side, width ?? side)
        let geometry = SVGGeometry(spokeCount: labels.count, size: side, width: fullWidth)
        let title = series.isEmpty ? "Radar chart" : series.map(\.name).joined(separator: ", ")
        let elements =
            [
                #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(fullWidth)" height="\#(side)" viewBox="0 0 \#(fullWidth) \#(side)" "#
                    + #"role="img" font-family="sans-serif" font-size="\#(SVG.number(geometry.fontSize))">"#,
                "<title>\(SVG.escaped(title))</title>",
            ]
            + svgRingsAndSpokes(geometry)
            + svgLabels(labels, geometry)
            + series.enumerated().flatMap { svgSeries($1, style: SVGSeriesStyle(index: $0), geometry) }
            + ["</svg>"]
        return elements.joined(separator: "\n")
    }
}

// MARK: - Shared geometry

extension Radar {
    /// Where a label sits relative to the tip of its spoke.
    enum LabelSide {
        case above, below, left, right
    }

    /// A spoke's unit vector on screen (y grows downwards): spoke 0 points up, the rest follow clockwise.
    struct SpokeDirection {
        let x: Double
        let y: Double

        init(spoke: Int, of count: Int) {
            let angle = 2 * Double.pi * Double(spoke) / Double(count)
            x = sin(angle)
            y = -cos(angle)
        }

        /// Above or below a spoke within about 15° of straight up or down, beside any other.
        var labelSide: LabelSide {
            if abs(x) < 0.25 { return y < 0 ? .above : .below }
            return x > 0 ? .right : .left
        }
    }

    /// `label` as it fits in `columns`: whole, truncated with "…" (never "Emotional …"), or nil
    /// when even a stub of three columns ("Le…") does not fit, as anything shorter says nothing.
    static func fittedLabel(_ label: String, columns: Int) -> String? {
        let fullWidth = DisplayWidth.of(label)
        if fullWidth == 0 { return nil }
        if fullWidth <= columns { return label }
        guard columns >= 3 else { return nil }
        return String(TextLayout.truncate(label, width: columns).dropLast()).trimmingWhitespace() + "…"
    }
}

// MARK: - Terminal

extension Radar {
    /// A cell of the terminal grid.
    struct GridPoint: Hashable {
        var column: Int
        var row: Int
    }

    /// Where the chart sits in the terminal grid: its centre and the reach of a value of 1.
    struct TerminalGeometry {
        let directions: [SpokeDirection]
        let centre: GridPoint
        /// Rows from the centre to the ring; the ring reaches twice as many columns to each side, as
        /// cells are about twice as tall as wide.
        let radius: Int

        /// The largest chart that leaves a row for the labels above and below it and, at each side,
        /// room for the widest side label, but never less than half the width for the chart itself.
        init(labels: [String], width: Int, height: Int) {
            directions = (0..<labels.count).map { SpokeDirection(spoke: $0, of: labels.count) }
            let sides = directions.map(\.labelSide)
            let labelRowAbove = sides.contains(.above) ? 1 : 0
            let labelRowBelow = sides.contains(.below) ? 1 : 0
            let radiusByRows = (height - 1 - labelRowAbove - labelRowBelow) / 2

            let centreColumn = (width - 1) / 2
            let halfWidth = min(centreColumn, width - 1 - centreColumn)
            let widestSideLabel =
                zip(labels, sides)
                .filter { $0.1 == .left || $0.1 == .right }
                .map { DisplayWidth.of($0.0) }
                .max() ?? 0
            let labelRoom = widestSideLabel == 0 ? 0 : min(widestSideLabel + 2, halfWidth / 2)
            let radiusByColumns = (halfWidth - labelRoom) / 2

            radius = max(0, min(radiusByRows, radiusByColumns))
            let spareRows = height - labelRowAbove - labelRowBelow - (2 * radius + 1)
            centre = GridPoint(column: centreColumn, row: labelRowAbove + radius + max(0, spareRows) / 2)
        }

        /// The cell that `value` on `spoke` maps to.
        func cell(spoke: Int, value: Double) -> GridPoint {
            let direction = directions[spoke]
            return GridPoint(
                column: centre.column + Int((Double(2 * radius) * value * direction.x).rounded()),
                row: centre.row + Int((Double(radius) * value * direction.y).rounded())
            )
        }
    }

    /// A grid of terminal cells that keeps double-width characters whole.
    struct Canvas {
        private enum Cell {
            case blank
            /// Blank, but kept so: the space that separates a label from the next one.
            case kept
            case character(Character, ChartInk)
            /// The second column of the double-width character to its left.
            case rightHalf
        }

        let width: Int
        let height: Int
        private var cells: [[Cell]]

        init(width: Int, height: Int) {
            self.width = width
            self.height = height
            cells = Array(repeating: Array(repeating: .blank, count: width), count: height)
        }

        /// Draws `character` over whatever is at `point`; a character of no width has no cell of its
        /// own and is dropped, as is one that does not fit.
        mutating func put(_ character: Character, at point: GridPoint, ink: ChartInk) {
            let columns = DisplayWidth.of(character)
            guard columns > 0, (0..<height).contains(point.row), point.column >= 0, point.column + columns <= width
            else {
                return
            }
            for column in point.column..<point.column + columns {
                erase(GridPoint(column: column, row: point.row))
            }
            cells[point.row][point.column] = .character(character, ink)
            if columns == 2 { cells[point.row][point.column + 1] = .rightHalf }
        }

        /// Writes `text` from `point` on, keeping the cells either side of it blank.
        mutating func writeLabel(_ text: String, at point: GridPoint) {
            var column = point.column
            for character in text {
                put(character, at: GridPoint(column: column, row: point.row), ink: .label)
                column += DisplayWidth.of(character)
            }
            for edge in [point.column - 1, column] where isBlank(GridPoint(column: edge, row: point.row)) {
                cells[point.row][edge] = .kept
            }
        }

        /// Blanks `point`, and the other half of a double-width character there.
        private mutating func erase(_ point: GridPoint) {
            switch cells[point.row][point.column] {
            case .rightHalf:
                cells[point.row][point.column - 1] = .blank
            case .character(let character, _) where DisplayWidth.of(character) == 2:
                cells[point.row][point.column + 1] = .blank
            default:
                break
            }
            cells[point.row][point.column] = .blank
        }

        /// Whether `point` is on the canvas and nothing is drawn or kept there.
        func isBlank(_ point: GridPoint) -> Bool {
            guard (0..<height).contains(point.row), (0..<width).contains(point.column) else { return false }
            if case .blank = cells[point.row][point.column] { return true }
            return false
        }

        /// The unbroken run of blank cells on `point`'s row from `point` on, going right (`step` 1) or left (-1).
        func blankRun(from point: GridPoint, step: Int) -> Range<Int> {
            var far = point
            while isBlank(far) { far.column += step }
            return step > 0 ? point.column..<far.column : far.column + 1..<point.column + 1
        }

        /// The unbroken run of blank cells on `point`'s row through `point`; empty when `point` is not blank.
        func blankRun(around point: GridPoint) -> Range<Int> {
            guard isBlank(point) else { return point.column..<point.column }
            return blankRun(from: point, step: -1).lowerBound..<blankRun(from: point, step: 1).upperBound
        }

        /// The first to the last drawn column of `row`, or nil when it is blank.
        func drawnSpan(row: Int) -> ClosedRange<Int>? {
            let drawn = cells[row].indices.filter { column in
                if case .character = cells[row][column] { return true }
                return false
            }
            guard let first = drawn.first, let last = drawn.last else { return nil }
            return first...last
        }

        /// The rows as runs of one ink each, without trailing blanks.
        var rows: [ChartRow] {
            cells.map { row in
                var runs: ChartRow = []
                for cell in row {
                    let (text, ink): (String, ChartInk?) =
                        switch cell {
                        case .blank, .kept: (" ", nil)
                        case .character(let character, let ink): (String(character), ink)
                        case .rightHalf: ("", nil)
                        }
                    if text.isEmpty { continue }
                    if let last = runs.last, last.ink == ink {
                        runs[runs.count - 1].text += text
                    } else {
                        runs.append((text, ink))
                    }
                }
                if let last = runs.last, last.ink == nil { runs.removeLast() }
                return runs
            }
        }

        /// The rows as text, without trailing spaces.
        var lines: [String] {
            cells.map { row in
                var line = ""
                for cell in row {
                    switch cell {
                    case .blank, .kept: line.append(" ")
                    case .character(let character, _): line.append(character)
                    case .rightHalf: break
                    }
                }
                while line.last == " " { line.removeLast() }
                return line
            }
        }
    }

    /// The ring at value 1 and the spokes, in "·".
    static func drawRingAndSpokes(_ geometry: TerminalGeometry, on canvas: inout Canvas) {
        let horizontalRadius = Double(2 * geometry.radius)
        let verticalRadius = Double(geometry.radius)
        // Dense enough that consecutive samples are less than a cell apart: a ring without gaps.
        let samples = max(1, Int(8 * (horizontalRadius + verticalRadius)))
        for sample in 0..<samples {
            let angle = 2 * Double.pi * Double(sample) / Double(samples)
            let point = GridPoint(
                column: geometry.centre.column + Int((horizontalRadius * sin(angle)).rounded()),
                row: geometry.centre.row + Int((verticalRadius * cos(angle)).rounded())
            )
            canvas.put("·", at: point, ink: .frame)
        }
        for spoke in geometry.directions.indices {
            for point in cellsOnLine(from: geometry.centre, to: geometry.cell(spoke: spoke, value: 1)) {
                canvas.put("·", at: point, ink: .frame)
            }
        }
    }

    /// Each series as a closed polygon in its glyph: all edges first, in series order, then all vertices.
    static func drawSeries(_ series: [RadarSeries], _ geometry: TerminalGeometry, on canvas: inout Canvas) {
        let polygons = series.enumerated().map { index, one in
            (
                ink: ChartInk.series(index),
                glyph: drawableGlyph(one.glyph),
                corners: geometry.directions.indices.map { geometry.cell(spoke: $0, value: one.value(onSpoke: $0)) }
            )
        }
        for polygon in polygons {
            for (index, corner) in polygon.corners.enumerated() {
                let next = polygon.corners[(index + 1) % polygon.corners.count]
                for point in cellsOnLine(from: corner, to: next) {
                    canvas.put(polygon.glyph, at: point, ink: polygon.ink)
                }
            }
        }
        for polygon in polygons {
            for corner in polygon.corners {
                canvas.put(polygon.glyph, at: corner, ink: polygon.ink)
            }
        }
    }

    /// `glyph`, or "\u{FFFD}" for one that takes no column (a control, a lone mark): the series stays visible.
    static func drawableGlyph(_ glyph: Character) -> Character {
        DisplayWidth.of(glyph) == 0 ? "\u{FFFD}" : glyph
    }

    /// Each label just outside the tip of its spoke, in the cells the chart and the labels before it left free.
    static func drawLabels(_ labels: [String], _ geometry: TerminalGeometry, on canvas: inout Canvas) {
        // Taken before any label is written: a label beside the chart starts past the chart's edge on its row.
        let chartSpans = (0..<canvas.height).map { canvas.drawnSpan(row: $0) }
        for (spoke, label) in labels.enumerated() {
            let tip = geometry.cell(spoke: spoke, value: 1)
            let side = geometry.directions[spoke].labelSide
            let row =
                switch side {
                case .above: tip.row - 1
                case .below: tip.row + 1
                case .left, .right: tip.row
                }
            guard (0..<canvas.height).contains(row) else { continue }

            let room: Range<Int>
            switch side {
            case .above, .below:
                room = canvas.blankRun(around: GridPoint(column: tip.column, row: row))
            case .right:
                // One blank column between the chart and its label.
                let start = max(tip.column, chartSpans[row]?.upperBound ?? tip.column) + 2
                room = canvas.blankRun(from: GridPoint(column: start, row: row), step: 1)
            case .left:
                let end = min(tip.column, chartSpans[row]?.lowerBound ?? tip.column) - 2
                room = canvas.blankRun(from: GridPoint(column: end, row: row), step: -1)
            }
            guard let text = fittedLabel(label, columns: room.count) else { continue }

            let textWidth = DisplayWidth.of(text)
            let start =
                switch side {
                case .above, .below: min(max(tip.column - textWidth / 2, room.lowerBound), room.upperBound - textWidth)
                case .right: room.lowerBound
                case .left: room.upperBound - textWidth
                }
            canvas.writeLabel(text, at: GridPoint(column: start, row: row))
        }
    }

    /// The cells of the straight line from `start` to `end`, both included (Bresenham's).
    static func cellsOnLine(from start: GridPoint, to end: GridPoint) -> [GridPoint] {
        let columnDistance = abs(end.column - start.column)
        let rowDistance = -abs(end.row - start.row)
        let columnStep = start.column < end.column ? 1 : -1
        let rowStep = start.row < end.row ? 1 : -1
        var error = columnDistance + rowDistance
        var point = start
        var cells = [start]
        while point != end {
            let doubledError = 2 * error
            if doubledError >= rowDistance {
                error += rowDistance
                point.column += columnStep
            }
            if doubledError <= columnDistance {
                error += columnDistance
                point.row += rowStep
            }
            cells.append(point)
        }
        return cells
    }
}

// MARK: - SVG

extension Radar {
    /// A key to `svg`'s series: a row each, in the order given, with a sample of the series' line
    /// (its colour, dashes and vertex marker) and `text`. `seriesIndex` is the series' position
    /// in the `series` passed to `svg`; rows are 20 px apart, `width` px wide.
    public static func svgLegend(_ rows: [(text: String, seriesIndex: Int)], width: Int) -> String {
        let height = rows.count * 20 + 4
        var elements = [
            #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(width)" height="\#(height)" viewBox="0 0 \#(width) \#(height)" "#
                + #"role="img" font-family="sans-serif" font-size="12">"#,
            "<title>Key</title>",
        ]
        for (row, entry) in rows.enumerated() {
            let style = SVGSeriesStyle(index: entry.seriesIndex)
            let y = Double(row * 20 + 12)
            let dashes =
                style.dashPattern.isEmpty ? "none" : style.dashPattern.map { SVG.number($0) }.joined(separator: " ")
            elements.append(
                #"<line x1="2" y1="\#(SVG.number(y))" x2="30" y2="\#(SVG.number(y))" stroke="\#(style.colour)" "#
                    + #"stroke-width="1.5" stroke-dasharray="\#(dashes)"/>"#)
            elements.append(#"<g fill="\#(style.colour)">"# + style.marker.element(x: 16, y: y, radius: 3.5) + "</g>")
            elements.append(
                ##"<text x="38" y="\##(SVG.number(y + 4))" fill="#333333">\##(SVG.escaped(entry.text))</text>"##)
        }
        return (elements + ["</svg>"]).joined(separator: "\n")
    }

    /// Where the chart sits in the SVG: centred in a box `size` high and `width` wide.
    struct SVGGeometry {
        let directions: [SpokeDirection]
        let size: Double
        let width: Double
        /// Strokes, dashes and markers are tuned on a 300 px chart and scale with it.
        let unit: Double
        let fontSize: Double
        var centre: (x: Double, y: Double) { (width / 2, size / 2) }
        /// Room outside the ring for labels of about a dozen characters at each side.
        var radius: Double { size * 0.32 }

        init(spokeCount: Int, size: Int, width: Int) {
            directions = (0..<spokeCount).map { SpokeDirection(spoke: $0, of: spokeCount) }
            self.size = Double(size)
            self.width = Double(width)
            unit = self.size / 300
            fontSize = max(10, self.size / 50)
        }

        /// The point `distance` from the centre along `spoke`, where the ring is at distance `radius`.
        func point(spoke: Int, distance: Double) -> (x: Double, y: Double) {
            (centre.x + distance * directions[spoke].x, centre.y + distance * directions[spoke].y)
        }
    }

    /// Rings at every quarter and the spokes, in light grey.
    static func svgRingsAndSpokes(_ geometry: SVGGeometry) -> [String] {
        let x = SVG.number(geometry.centre.x), y = SVG.number(geometry.centre.y)
        let rings = [0.25, 0.5, 0.75, 1].map { fraction in
            #"<circle cx="\#(x)" cy="\#(y)" r="\#(SVG.number(geometry.radius * fraction))"/>"#
        }
        let spokes = geometry.directions.indices.map { spoke in
            let tip = geometry.point(spoke: spoke, distance: geometry.radius)
            return #"<line x1="\#(x)" y1="\#(y)" x2="\#(SVG.number(tip.x))" y2="\#(SVG.number(tip.y))"/>"#
        }
        let group = ##"<g fill="none" stroke="#cccccc" stroke-width="\##(SVG.number(geometry.unit / 2))">"##
        return [group] + rings + spokes + ["</g>"]
    }

    /// Each label just outside the tip of its spoke, truncated to the room its side of the chart leaves.
    static func svgLabels(_ labels: [String], _ geometry: SVGGeometry) -> [String] {
        // About the advance of one column of a sans-serif font.
        let columnWidth = geometry.fontSize * 0.6
        let gap = geometry.fontSize * 0.6
        let texts = labels.indices.compactMap { spoke -> String? in
            let anchor = geometry.point(spoke: spoke, distance: geometry.radius + gap)
            let width = geometry.width
            // The baseline sits on the anchor above the chart, hangs from it below, and is centred on it beside.
            let (textAnchor, baselineShift, roomWidth): (String, String, Double) =
                switch geometry.directions[spoke].labelSide {
                case .above: ("middle", "", 2 * min(anchor.x, width - anchor.x))
                case .below: ("middle", #" dy="0.8em""#, 2 * min(anchor.x, width - anchor.x))
                case .right: ("start", #" dy="0.35em""#, width - anchor.x)
                case .left: ("end", #" dy="0.35em""#, anchor.x)
                }
            guard let text = fittedLabel(labels[spoke], columns: Int(roomWidth / columnWidth)) else { return nil }
            return #"<text x="\#(SVG.number(anchor.x))" y="\#(SVG.number(anchor.y))"\#(baselineShift) "#
                + #"text-anchor="\#(textAnchor)">\#(SVG.escaped(text))</text>"#
        }
        return [##"<g fill="#333333">"##] + texts + ["</g>"]
    }

    /// One series: its polygon, named by a <title>, then a marker on each vertex.
    static func svgSeries(_ series: RadarSeries, style: SVGSeriesStyle, _ geometry: SVGGeometry) -> [String] {
        let corners = geometry.directions.indices.map {
            geometry.point(spoke: $0, distance: geometry.radius * series.value(onSpoke: $0))
        }
        let points = corners.map { "\(SVG.number($0.x)),\(SVG.number($0.y))" }.joined(separator: " ")
        let dashes =
            style.dashPattern.isEmpty
            ? "none" : style.dashPattern.map { SVG.number($0 * geometry.unit) }.joined(separator: " ")
        let polygon =
            #"<polygon points="\#(points)" fill="\#(style.colour)" fill-opacity="0.1" stroke="\#(style.colour)" "#
            + #"stroke-width="\#(SVG.number(geometry.unit))" stroke-dasharray="\#(dashes)" stroke-linejoin="round">"#
            + "<title>\(SVG.escaped(series.name))</title></polygon>"
        let markers = corners.map { style.marker.element(x: $0.x, y: $0.y, radius: 2.5 * geometry.unit) }
        return [polygon, #"<g fill="\#(style.colour)">"#] + markers + ["</g>"]
    }

    /// How series `index` is told apart in SVG: by colour on screen, by dash pattern and marker shape in print.
    struct SVGSeriesStyle {
        /// Okabe and Ito's palette, distinct for colour-blind readers too.
        private static let colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
        /// Dash and gap lengths in chart units; empty is a solid line. Five patterns against six
        /// markers: the pairs repeat only after thirty series.
        private static let dashPatterns: [[Double]] = [[], [6, 3], [1.5, 2.5], [6, 2.5, 1.5, 2.5], [10, 3, 3, 3]]

        let colour: String
        let dashPattern: [Double]
        let marker: SVGMarker

        init(index: Int) {
            colour = Self.colours[index % Self.colours.count]
            dashPattern = Self.dashPatterns[index % Self.dashPatterns.count]
            marker = SVGMarker.allCases[index % SVGMarker.allCases.count]
        }
    }

    /// The shape drawn at each vertex of a series in SVG.
    enum SVGMarker: CaseIterable {
        case circle, square, triangle, diamond, invertedTriangle, plus

        /// The outline around (0, 0) for a radius of 1, sized to look about as heavy as the circle; nil for the circle.
        private var outline: [(x: Double, y: Double)]? {
            switch self {
            case .circle: nil
            case .square: [(-0.85, -0.85), (0.85, -0.85), (0.85, 0.85), (-0.85, 0.85)]
            case .triangle: [(0, -1.25), (1.1, 0.65), (-1.1, 0.65)]
            case .diamond: [(0, -1.25), (1.25, 0), (0, 1.25), (-1.25, 0)]
            case .invertedTriangle: [(0, 1.25), (-1.1, -0.65), (1.1, -0.65)]
            case .plus:
                [
                    (-0.4, -1.2), (0.4, -1.2), (0.4, -0.4), (1.2, -0.4), (1.2, 0.4), (0.4, 0.4),
                    (0.4, 1.2), (-0.4, 1.2), (-0.4, 0.4), (-1.2, 0.4), (-1.2, -0.4), (-0.4, -0.4),
                ]
            }
        }

        /// The marker centred on (`x`, `y`), filled by the enclosing group.
        func element(x: Double, y: Double, radius: Double) -> String {
            guard let outline else {
                return #"<circle cx="\#(SVG.number(x))" cy="\#(SVG.number(y))" r="\#(SVG.number(radius))"/>"#
            }
            let path = outline.map { "\(SVG.number(x + $0.x * radius)),\(SVG.number(y + $0.y * radius))" }
            return #"<path d="M\#(path.joined(separator: " L"))Z"/>"#
        }
    }
}
