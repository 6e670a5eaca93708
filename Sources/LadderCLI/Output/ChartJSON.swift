import LadderCore
import LadderText
import LadderUI

/// `ladder chart --json`.
struct ChartJSON: Encodable {
    struct Opinion: Encodable {
        let name: String
        let has: Double
    }

    struct Area: Encodable {
        let area: String
        let name: String
        let asks: Double
        let has: Double
        let opinions: [Opinion]
    }

    let level: String
    let areas: [Area]

    /// Three decimals: enough to tell areas apart, short enough to read.
    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    init(_ chart: AreaChart) {
        level = chart.level.id
        areas = chart.profile.map { area in
            Area(
                area: area.area.id, name: area.area.name, asks: Self.rounded(area.asks), has: Self.rounded(area.own),
                opinions: zip(chart.opinionNames, area.opinions).map { Opinion(name: $0, has: Self.rounded($1)) })
        }
    }
}
