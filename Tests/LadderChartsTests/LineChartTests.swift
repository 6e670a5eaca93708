@testable import LadderCharts
import LadderText
import Testing

/// The check-in chart's scale follows the data, so a small change is seen.
@Suite struct LineChartTests {
    private func points(_ values: Int...) -> [LineChart.Point] {
        values.enumerated().map { LineChart.Point(label: "day \($0.offset)", value: $0.element) }
    }

    @Test func theScaleRunsAroundTheDataWithinZeroAndTheMaximum() {
        #expect(LineChart.axis(for: points(5, 6), maximum: 253) == 4...7)
        #expect(LineChart.axis(for: points(0, 100), maximum: 100) == 0...100)
        #expect(LineChart.axis(for: points(3), maximum: 10) == 2...4)
        #expect(LineChart.axis(for: points(40, 80), maximum: 90) == 30...90)
        #expect(LineChart.axis(for: [], maximum: 10) == 0...10)
        // A value past the maximum (a catalog that shrank since) still fits.
        #expect(LineChart.axis(for: points(12), maximum: 10) == 11...12)
    }

    @Test func aChangeFromFiveToSixOfMoreThanTwoHundredTakesAThirdOfTheHeight() throws {
        let svg = LineChart.svg(points(5, 6), maximum: 253, title: "Met")
        let heights = try svg.matches(of: Regex(#"<circle cx="[\d.]+" cy="([\d.]+)""#)).map {
            Double(String($0.output[1].substring!))!
        }
        #expect(heights.count == 2)
        #expect(heights[0] - heights[1] >= 40, "the rise is \(heights[0] - heights[1]) px")
        // The baseline is labelled with where the scale starts.
        #expect(svg.contains(">4</text>") && svg.contains(">7</text>"))
    }
}
