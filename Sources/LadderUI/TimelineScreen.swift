import LadderCore
import LadderText

/// The user's check-ins over time: per area, the skills met at each check-in's target (or
/// current) level as a sparkline that reads without colour, and what changed between the
/// selected check-in and another (`[` and `]` choose which).
struct TimelineScreen: ExplorerScreen {
    private let history: [HistoryEntry]
    /// The selected check-in, and the one it is compared with.
    private var selected: Int
    private var comparedWith: Int

    init(context: ScreenContext) {
        history = Catalog.history(context.progress)
        selected = max(0, history.count - 1)
        comparedWith = max(0, history.count - 2)
    }

    let title = "Timeline"
    let keyContext = KeyContext.timeline

    mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand]? {
        let last = max(0, history.count - 1)
        switch action {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(last, selected + 1)
        case .previousLevel: comparedWith = max(0, comparedWith - 1)
        case .nextLevel: comparedWith = min(last, comparedWith + 1)
        case .back: return [.pop]
        default: return nil
        }
        return []
    }

    mutating func click(_ target: ClickTarget, context: ScreenContext) -> [ScreenCommand] {
        if case .row(let index) = target { selected = index }
        return []
    }

    mutating func layout(in area: Rect, context: ScreenContext) {}

    /// "▁▃▅█": one block per check-in, as high as the share met.
    static func sparkline(_ shares: [Double]) -> String {
        let blocks = Array("▁▂▃▄▅▆▇█")
        return String(
            shares.map { blocks[min(blocks.count - 1, max(0, Int(($0 * Double(blocks.count - 1)).rounded())))] })
    }

    /// The level a check-in's counts are read at: its target, else its current level.
    private static func level(of checkin: Checkin) -> String? { checkin.targetLevel ?? checkin.currentLevel }

    func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> ClickMap {
        var clicks = ClickMap()
        guard !history.isEmpty else {
            let lines = [
                ("No check-ins yet.", Style.heading),
                (
                    "`ladder checkin --message \"…\"` freezes where you stand today; check in again later and this screen "
                        + "shows how you grew.", Style.dim
                ),
            ]
            var y = area.y + 1
            for (text, style) in lines {
                for line in TextLayout.wrap(text, width: max(10, area.width - 4)) where y < area.maxY {
                    grid.put(line, x: area.x + 2, y: y, style: style)
                    y += 1
                }
            }
            return clicks
        }
        var y = area.y + 1
        // The check-ins, selectable.
        let listHeight = min(history.count, max(3, area.height / 4))
        let first = max(0, min(selected - listHeight / 2, history.count - listHeight))
        for index in first..<(first + listHeight) {
            let checkin = history[index].checkin
            let target =
                history[index].target.map {
                    " · \($0.met)/\($0.total) at \(context.levelTitle(Self.level(of: checkin) ?? ""))"
                } ?? ""
            let mark = index == comparedWith && index != selected ? "◂ " : "  "
            grid.put(
                mark
                    + "\(checkin.at.prefix(10))  \(checkin.message.isEmpty ? "(no message)" : checkin.message)\(target)",
                x: area.x + 1, y: y, maxWidth: area.width - 2)
            if index == selected { grid.restyle(row: y, from: area.x + 1, width: area.width - 2) { $0.reverse = true } }
            clicks.add(Rect(x: area.x + 1, y: y, width: area.width - 2, height: 1), .row(index))
            y += 1
        }
        y += 1
        // Met per area across check-ins, at each one's level.
        grid.put(
            "Met per area, check-in by check-in (at each one's target level)", x: area.x + 2, y: y, style: .heading,
            maxWidth: area.width - 4)
        y += 1
        var areaNames: [String: String] = [:]
        var order: [String] = []
        for entry in history {
            for count in entry.checkin.areas
            where count.level == Self.level(of: entry.checkin) && areaNames[count.area] == nil {
                areaNames[count.area] = count.areaName
                order.append(count.area)
            }
        }
        let nameWidth = min(24, order.map { DisplayWidth.of(areaNames[$0]!) }.max() ?? 10)
        for areaID in order where y < area.maxY - 4 {
            let counts = history.map { entry in
                entry.checkin.areas.first { $0.area == areaID && $0.level == Self.level(of: entry.checkin) }
            }
            let shares = counts.map { count in count.map { $0.total == 0 ? 0 : Double($0.met) / Double($0.total) } ?? 0
            }
            let last = counts.last.flatMap { $0 }.map { "\($0.met)/\($0.total)" } ?? "–"
            grid.put(
                TextLayout.pad(areaNames[areaID]!, width: nameWidth) + "  " + Self.sparkline(shares) + "  " + last,
                x: area.x + 2, y: y, maxWidth: area.width - 4)
            y += 1
        }
        y += 1
        // What changed between the two chosen check-ins.
        let (from, to) = (history[min(comparedWith, selected)].checkin, history[max(comparedWith, selected)].checkin)
        let changes = HistoryEntry.changes(from: from, to: to)
        let header =
            comparedWith == selected
            ? "\(to.at.prefix(10)): \(Plural.count(to.ratings.count, "rating")) ([ ] choose another check-in to compare)"
            : "From \(Self.when(from.at, beside: to.at)) to \(Self.when(to.at, beside: from.at)): \(Plural.count(changes.count, "rating")) changed"
        grid.put(header, x: area.x + 2, y: y, style: .heading, maxWidth: area.width - 4)
        y += 1
        let room = area.maxY - y
        for (index, change) in changes.enumerated() where y < area.maxY {
            if index == room - 1 && changes.count > room {
                grid.put("… \(changes.count - index) more", x: area.x + 2, y: y, style: .dim)
                break
            }
            let before = change.from?.mark ?? "[ ]", after = change.to?.mark ?? "[ ]"
            grid.put(
                TextLayout.truncate(
                    "\(before) → \(after)  " + (change.words?.summary ?? change.skill), width: area.width - 4),
                x: area.x + 2, y: y)
            y += 1
        }
        return clicks
    }

    /// A check-in's day, with its time when the other check-in shown is on the same day.
    static func when(_ at: String, beside other: String) -> String {
        at.prefix(10) == other.prefix(10) ? String(at.prefix(16).map { $0 == "T" ? " " : $0 }) : String(at.prefix(10))
    }
}
