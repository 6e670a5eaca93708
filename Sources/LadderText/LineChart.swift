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

    /// - Parameters:
    ///   - maximum: the top of the scale (at least the largest value), such as the total there is.
    ///   - title: the chart's accessible name.
    public static func svg(_ points: [Point], maximum: Int, title: String, width: Int = 560, height: Int = 180) -> String {
        let top = max(1, maximum, points.map(\.value).max() ?? 0)
        let left = 40.0, right = Double(width) - 40, upper = 20.0, lower = Double(height) - 40
        func x(_ index: Int) -> Double {
            points.count < 2 ? (left + right) / 2 : left + (right - left) * Double(index) / Double(points.count - 1)
        }
        func y(_ value: Int) -> Double { lower - (lower - upper) * Double(value) / Double(top) }
        var elements = [
            #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(width)" height="\#(height)" viewBox="0 0 \#(width) \#(height)" "#
                + #"role="img" font-family="sans-serif" font-size="11">"#,
            "<title>\(SVG.escaped(title))</title>",
            // The scale: the baseline at 0 and a light line at the maximum.
            line(left, y(0), right, y(0), stroke: "#999"),
            line(left, y(top), right, y(top), stroke: "#ddd"),
            text("0", x: left - 6, y: y(0) + 4, anchor: "end"),
            text(String(top), x: left - 6, y: y(top) + 4, anchor: "end"),
        ]
        if points.count > 1 {
            let path = points.indices.map { "\(SVG.number(x($0))),\(SVG.number(y(points[$0].value)))" }
            elements.append(##"<polyline points="\##(path.joined(separator: " "))" fill="none" stroke="#2b5f8a" stroke-width="2"/>"##)
        }
        for (index, point) in points.enumerated() {
            elements.append(##"<circle cx="\##(SVG.number(x(index)))" cy="\##(SVG.number(y(point.value)))" r="3.5" fill="#2b5f8a"/>"##)
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
