import LadderCore
import LadderText

/// Areas at a glance: for one level, a bar per skill area (ticked / total) that reads without
/// colour, so the shape of what a user has shows at once. `[` and `]` step through the levels.
struct AreasScreen: ExplorerScreen {
    private(set) var level: Level

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

    mutating func layout(in area: Rect, context: ScreenContext) {}

    func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> ClickMap {
        let areas = context.catalog.areaProgress(at: level.id, context.progress)
        let ticked = areas.reduce(0) { $0 + $1.ticked }, total = areas.reduce(0) { $0 + $1.total }
        grid.put("\(level.title): \(ticked) of \(total) skills ticked", x: area.x + 2, y: area.y + 1, style: .heading,
                 maxWidth: area.width - 4)
        let nameWidth = min(26, max(12, areas.map { DisplayWidth.of($0.area.name) }.max() ?? 12))
        let barCells = max(10, min(40, area.width - nameWidth - 30))
        for (index, entry) in areas.enumerated() {
            let y = area.y + 3 + index
            guard y < area.y + area.height else { break }
            let filled = Bar.filledCells(entry.ticked, of: entry.total, cells: barCells)
            var x = grid.put(TextLayout.pad(entry.area.name, width: nameWidth) + "  ", x: area.x + 2, y: y)
            x = grid.put("[", x: x, y: y, style: .dim)
            x = grid.put(String(repeating: "#", count: filled), x: x, y: y, style: .ticked)
            x = grid.put(String(repeating: ".", count: barCells - filled), x: x, y: y, style: .dim)
            x = grid.put("]", x: x, y: y, style: .dim)
            let counts = "\(entry.ticked)/\(entry.total)"
            x = grid.put(" " + String(repeating: " ", count: max(0, 7 - counts.count)) + counts, x: x, y: y)
            let experts = "  " + Plural.count(entry.expertCount, "expert")
            grid.put(experts, x: x, y: y, style: entry.expertCount >= 2 ? .consensus : .dim, maxWidth: area.x + area.width - x)
        }
        if areas.isEmpty {
            grid.put("No expert speaks to this level yet.", x: area.x + 2, y: area.y + 3, style: .dim)
        }
        return ClickMap()
    }
}
