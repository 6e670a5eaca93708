import LadderCore
import LadderText

/// The `?` box: the keys of the screen it was opened on, what the marks and counts mean, and
/// the keys every screen shares. Its own keys scroll it; any other key closes it.
struct HelpOverlay: Overlay {
    let keyContext = KeyContext.help
    /// Whose keys it lists.
    let screenContext: KeyContext
    let title: String
    /// The screen's actions that would do nothing now, left out.
    let unavailable: Set<Action>
    private var lines: [(String, Style)] = []
    private var position = LineScroll()

    init(screenContext: KeyContext, title: String, unavailable: Set<Action>) {
        self.screenContext = screenContext
        self.title = title
        self.unavailable = unavailable
    }

    mutating func handle(_ key: Key, context: ScreenContext) -> OverlayStep {
        guard let action = context.keys.action(for: key, in: keyContext), let movement = Movement(action) else {
            return .close()
        }
        position.move(movement)
        return .stay
    }

    mutating func layout(in area: Rect, screen: Rect, context: ScreenContext) {
        lines = helpLines(screenWidth: screen.width, context: context)
        position.fit(lineCount: lines.count, pageSize: min(lines.count, screen.height - 4))
    }

    func render(into grid: inout Grid, area: Rect, screen: Rect, context: ScreenContext) -> ClickMap {
        let shown = Array(position.visible(lines))
        let box = grid.drawCentredBox(
            width: (lines.map { DisplayWidth.of($0.0) }.max() ?? 20) + 4, height: shown.count + 2)
        for (index, (text, style)) in shown.enumerated() {
            grid.put(text, x: box.x + 2, y: box.y + 1 + index, style: style, maxWidth: box.width - 4)
        }
        if position.hasMore.above { grid.put(" ▴ more ", x: box.x + box.width - 10, y: box.y, style: .dim) }
        if position.hasMore.below {
            grid.put(" ▾ more ", x: box.x + box.width - 10, y: box.y + box.height - 1, style: .dim)
        }
        return ClickMap()
    }

    /// The hint on the last line: help's own keys, not the screen's beneath.
    func renderFooter(into grid: inout Grid, y: Int, width: Int, context: ScreenContext) -> Bool {
        grid.put(
            " " + context.keys.footer(for: keyContext) + "  any other key closes help", x: 0, y: y, style: .dim,
            maxWidth: width)
        return true
    }

    /// This screen's keys, then the keys every screen shares.
    private func helpLines(screenWidth: Int, context: ScreenContext) -> [(String, Style)] {
        let keys = context.keys
        let screenKeys = keys.help(for: screenContext, without: unavailable)
        let everywhere =
            keys.help(for: .everywhere) + KeyMap.reserved.map { (KeyNames.name(of: $0.key), $0.does) }
            + [("mouse", "the wheel scrolls, a click selects, a click on the selection opens")]
        let keyWidth = min(22, (screenKeys + everywhere).map { DisplayWidth.of($0.keys) }.max() ?? 10)
        let textWidth = max(20, min(screenWidth - 8, 90) - keyWidth - 2)
        func rows(_ entries: [(keys: String, action: String)]) -> [(String, Style)] {
            entries.flatMap { entry in
                TextLayout.wrap(entry.action, width: textWidth).enumerated().map { index, line in
                    (
                        (index == 0
                            ? TextLayout.pad(entry.keys, width: keyWidth) : String(repeating: " ", count: keyWidth))
                            + "  " + line, Style.normal
                    )
                }
            }
        }
        return [("Keys: \(title)", .heading), ("", .normal)] + rows(screenKeys)
            + marks(textWidth: keyWidth + 2 + textWidth, context: context)
            + words(width: keyWidth + 2 + textWidth)
            + [("", .normal), ("Everywhere", .heading)] + rows(everywhere)
            + [("", .normal), (keys.footer(for: keyContext) + " this help; any other key closes it.", .dim)]
    }

    /// What the counts' words mean, on the screens that show them.
    private func words(width: Int) -> [(String, Style)] {
        guard [.ladder, .level, .sideBySide].contains(screenContext) else { return [] }
        let text =
            "“N voices” counts who speaks to a level: an expert, or an article's author together with the "
            + "frameworks they retell (one voice), or a forum thread (one voice). “Said of” a level: what a source says "
            + "of it; “carried”: said of a level below; “on the PM role”: said of every level."
        return [("", .normal), ("Counts", .heading)] + TextLayout.wrap(text, width: width).map { ($0, Style.normal) }
    }

    /// What the marks before a skill mean, on the screens that rate skills.
    private func marks(textWidth: Int, context: ScreenContext) -> [(String, Style)] {
        guard !context.keys.keys(for: .rateMeeting, in: screenContext).isEmpty else { return [] }
        var items =
            ["[ ] not rated"] + Rating.allCases.map { "\($0.mark) \($0.words)" } + [
                "(~) a change the source notes", "(!) a watch-out",
            ]
        if let first = context.opinions.first {
            items.append(
                "\(first.name.prefix(1).uppercased())[x] \(first.name)'s rating (each opinion by its first letter)")
        }
        // Whole items per line, never an item split from its mark.
        var lines: [String] = []
        for item in items {
            if let last = lines.last, DisplayWidth.of(last) + 3 + DisplayWidth.of(item) <= textWidth {
                lines[lines.count - 1] = last + "   " + item
            } else {
                lines.append(item)
            }
        }
        return [("", .normal), ("Marks", .heading)] + lines.map { ($0, .normal) }
    }
}
