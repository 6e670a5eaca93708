/// A small line chart as one self-contained `<svg>` element: one value per point in time,
/// each point labelled below with its name and beside with its value. No scripts, no
/// external references, every style an inline attribute.
public enum LineChart {
    public struct Point: Sendable {
        public let label: String
        public let value: Int

        public init(label: String, value: Int) {
            self.label = label
            self.value = value
        }
    }

    /// The values the scale runs between: the data's own range with a quarter of it (at least
    /// one) to spare on each side, never below 0 nor above `maximum`, so a change from 5 to 6
    /// of 250 shows as a third of the chart's height rather than a pixel.
    public static func axis(for points: [Point], maximum: Int) -> ClosedRange<Int> {
        guard let low = points.map(\.value).min(), let high = points.map(\.value).max() else {
            return 0...max(1, maximum)
        }
        let spare = max(1, (high - low + 3) / 4)
        let bottom = max(0, low - spare)
        let top = max(min(high + spare, max(maximum, high)), bottom + 1)
        return bottom...top
    }

    /// - Parameters:
    ///   - maximum: the most the values can be, such as the total there is: the scale stops there.
    ///   - title: the chart's accessible name.
    public static func svg(
        _ points: [Point], maximum: Int, title: String, width: Int = 560, height: Int = 180
    ) -> String {
        let scale = axis(for: points, maximum: maximum)
        let bottom = scale.lowerBound, top = scale.upperBound
        let left = 40.0, right = Double(width) - 40, upper = 20.0, lower = Double(height) - 40
        func x(_ index: Int) -> Double {
            points.count < 2 ? (left + right) / 2 : left + (right - left) * Double(index) / Double(points.count - 1)
        }
        func y(_ value: Int) -> Double { lower - (lower - upper) * Double(value - bottom) / Double(top - bottom) }
        var elements = [
            #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(width)" height="\#(height)" viewBox="0 0 \#(width) \#(height)" "#
                + #"role="img" font-family="sans-serif" font-size="11">"#,
            "<title>\(SVG.escaped(title))</title>",
            // The scale: the baseline at its bottom (labelled, as it need not be 0) and a light line at its top.
            line(left, y(bottom), right, y(bottom), stroke: "#999"),
            line(left, y(top), right, y(top), stroke: "#ddd"),
            text(String(bottom), x: left - 6, y: y(bottom) + 4, anchor: "end"),
            text(String(top), x: left - 6, y: y(top) + 4, anchor: "end"),
        ]
        if points.count > 1 {
            let path = points.indices.map { "\(SVG.number(x($0))),\(SVG.number(y(points[$0].value)))" }
            elements.append(
                ##"<polyline points="\##(path.joined(separator: " "))" fill="none" stroke="#2b5f8a" stroke-width="2"/>"##
            )
        }
        for (index, point) in points.enumerated() {
            elements.append(
                ##"<circle cx="\##(SVG.number(x(index)))" cy="\##(SVG.number(y(point.value)))" r="3.5" fill="#2b5f8a"/>"##
            )
            elements.append(text(String(point.value), x: x(index), y: y(point.value) - 8, anchor: "middle"))
            elements.append(text(point.label, x: x(index), y: lower + 16, anchor: "middle"))
        }
        elements.append("</svg>")
        return elements.joined(separator: "\n")
    }

    private static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String) -> String {
        #"<line x1="\#(SVG.number(x1))" y1="\#(SVG.number(y1))" x2="\#(SVG.number(x2))" y2="\#(SVG.number(y2))" stroke="\#(stroke)"/>"#
    }

    private static func text(_ content: String, x: Double, y: Double, anchor: String) -> String {
        ##"<text x="\##(SVG.number(x))" y="\##(SVG.number(y))" text-anchor="\##(anchor)" fill="#333">\##(SVG.escaped(content))</text>"##
    }
}
