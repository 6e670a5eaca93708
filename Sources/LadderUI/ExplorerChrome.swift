import LadderCore
import LadderText

/// The `?` overlay's state: whose keys it lists and how far it is scrolled.
struct HelpOverlay {
    let context: KeyContext
    let title: String
    private var position = LineScroll()

    init(context: KeyContext, title: String) {
        self.context = context
        self.title = title
    }

    var offset: Int { position.offset }
    var hasMore: (above: Bool, below: Bool) { position.hasMore }

    mutating func scroll(_ movement: Movement) {
        position.move(movement)
    }

    mutating func layout(lines: [(String, Style)], screenHeight: Int) {
        position.fit(lineCount: lines.count, pageSize: min(lines.count, screenHeight - 4))
    }
}

/// What the explorer draws around its screens: the header, the read-only banner, the footer,
/// the help and quit boxes, and the too-small screen.
extension Explorer {
    /// The read-only banner's lines (none while the progress file is fine).
    var bannerLines: [String] {
        guard let damage = store.damage else { return [] }
        let banner = "Read-only: the progress file \(store.path) \(damage). Nothing will be saved; "
            + "`ladder progress --repair` moves it aside."
        return Array(TextLayout.wrap(Sanitizer.clean(banner), width: max(10, width - 2)).prefix(3))
    }

    func drawHeader(_ grid: inout Grid) {
        let bar = Style(.title, bold: true, reverse: true)
        grid.fill(x: 0, y: 0, width: width, height: 1, style: bar)
        // A title that repeats the crumb before it ("Director: areas" after "Director") says only the new part.
        let titles = stack.dropFirst().map(\.title)
        let crumbs = titles.enumerated().map { index, title in
            guard index > 0, title.hasPrefix(titles[index - 1] + ": ") else { return title }
            return String(title.dropFirst(titles[index - 1].count + 2))
        }
        let left = " ladder" + (crumbs.isEmpty ? " · the product manager career path" : " › " + crumbs.joined(separator: " › "))
        let help = context.keyName(.help, in: .everywhere), quit = context.keyName(.quit, in: .everywhere)
        let right = (store.hasUnsavedChanges ? "[unsaved]  " : "") + "\(help) help  \(quit) quit "
        let rightX = width - DisplayWidth.of(right)
        grid.put(TextLayout.truncate(left, width: max(0, rightX - 1)), x: 0, y: 0, style: bar)
        grid.put(right, x: rightX, y: 0, style: bar)
    }

    func drawBanner(_ grid: inout Grid) {
        let lines = bannerLines
        guard !lines.isEmpty else { return }
        grid.fill(x: 0, y: 1, width: width, height: lines.count, style: .error)
        for (index, line) in lines.enumerated() { grid.put(" " + line, x: 0, y: 1 + index, style: .error) }
    }

    func drawFooter(_ grid: inout Grid) {
        let y = height - 1
        switch (overlay, status) {
        case (.search(let search), _):
            search.renderPrompt(into: &grid, y: y, width: width, keys: keys)
        case (.note, _):
            grid.put(" Writing evidence: enter saves, esc cancels", x: 0, y: y, style: .accent)
        case (_, .error(let message)?):
            drawStatus(message, style: .error, on: &grid)
        case (_, .info(let message)?):
            drawStatus(message, style: .accent, on: &grid)
        default:
            let screen = stack.last!
            grid.put(TextLayout.truncate(" " + keys.footer(for: screen.keyContext, without: unavailableActions, width: width - 2), width: width),
                     x: 0, y: y, style: .dim)
        }
    }

    /// A message on the last line; one too long for it takes up to three, over the bottom of
    /// the screen until the next key, rather than being cut where it says what to do.
    private func drawStatus(_ message: String, style: Style, on grid: inout Grid) {
        let lines = TextLayout.wrap(message, width: max(10, width - 2))
        let shown = lines.count <= 3 ? lines : Array(lines.prefix(2)) + [TextLayout.truncate(lines[2...].joined(separator: " "), width: width - 2)]
        let top = height - shown.count
        grid.fill(x: 0, y: top, width: width, height: shown.count, style: style == .error ? .error : .normal)
        for (index, line) in shown.enumerated() { grid.put(" " + line, x: 0, y: top + index, style: style) }
    }

    /// What would do nothing now: the top screen's, and the team where none is kept.
    var unavailableActions: Set<Action> {
        (stack.last?.unavailableActions ?? []).union(hasTeam ? [] : [.team])
    }

    /// The help box's lines: this screen's keys, then the keys every screen shares.
    func helpLines(for help: HelpOverlay) -> [(String, Style)] {
        let screenKeys = keys.help(for: help.context, without: unavailableActions)
        let everywhere = keys.help(for: .everywhere) + KeyMap.reserved.map { (KeyNames.name(of: $0.key), "quit") }
            + [("mouse", "the wheel scrolls, a click selects, a click on the selection opens")]
        let keyWidth = min(22, (screenKeys + everywhere).map { DisplayWidth.of($0.keys) }.max() ?? 10)
        let textWidth = max(20, min(width - 8, 90) - keyWidth - 2)
        func rows(_ entries: [(keys: String, action: String)]) -> [(String, Style)] {
            entries.flatMap { entry in
                TextLayout.wrap(entry.action, width: textWidth).enumerated().map { index, line in
                    ((index == 0 ? TextLayout.pad(entry.keys, width: keyWidth) : String(repeating: " ", count: keyWidth)) + "  " + line, Style.normal)
                }
            }
        }
        return [("Keys: \(help.title)", .heading), ("", .normal)] + rows(screenKeys)
            + marks(for: help.context, textWidth: keyWidth + 2 + textWidth)
            + words(for: help.context, width: keyWidth + 2 + textWidth)
            + [("", .normal), ("Everywhere", .heading)] + rows(everywhere)
            + [("", .normal), ("↑↓ scroll this help; any other key closes it.", .dim)]
    }

    /// What the counts' words mean, on the screens that show them.
    private func words(for context: KeyContext, width: Int) -> [(String, Style)] {
        guard [.ladder, .level, .sideBySide].contains(context) else { return [] }
        let text = "“N voices” counts who speaks to a level: an expert, or an article's author together with the "
            + "frameworks they retell (one voice), or a forum thread (one voice). “Said of” a level: what a source says "
            + "of it; “carried”: said of a level below; “on the PM role”: said of every level."
        return [("", .normal), ("Counts", .heading)] + TextLayout.wrap(text, width: width).map { ($0, Style.normal) }
    }

    /// What the marks before a skill mean, on the screens that rate skills.
    private func marks(for context: KeyContext, textWidth: Int) -> [(String, Style)] {
        guard !keys.keys(for: .rateMeeting, in: context).isEmpty else { return [] }
        var items = ["[ ] not rated"] + Rating.allCases.map { "\($0.mark) \($0.words)" } + ["(~) a change the source notes", "(!) a watch-out"]
        if let first = self.context.opinions.first {
            items.append("\(first.name.prefix(1).uppercased())[x] \(first.name)'s rating (each opinion by its first letter)")
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

    func drawHelp(_ grid: inout Grid, _ help: HelpOverlay) {
        let lines = helpLines(for: help)
        let shown = Array(lines.dropFirst(help.offset).prefix(max(1, height - 4)))
        let boxWidth = min(width - 4, (lines.map { DisplayWidth.of($0.0) }.max() ?? 20) + 4)
        let boxHeight = shown.count + 2
        let x = (width - boxWidth) / 2, y = max(1, (height - boxHeight) / 2)
        grid.drawBox(Rect(x: x, y: y, width: boxWidth, height: boxHeight))
        for (index, (text, style)) in shown.enumerated() {
            grid.put(text, x: x + 2, y: y + 1 + index, style: style, maxWidth: boxWidth - 4)
        }
        if help.hasMore.above { grid.put(" ▴ more ", x: x + boxWidth - 10, y: y, style: .dim) }
        if help.hasMore.below { grid.put(" ▾ more ", x: x + boxWidth - 10, y: y + boxHeight - 1, style: .dim) }
    }

    func drawConfirmQuit(_ grid: inout Grid) {
        drawQuestion(&grid, [
            ("Quit with unsaved changes?", .warning),
            ("", .normal),
            ("The last save failed; your latest changes are only in memory.", .normal),
            ("", .normal),
            ("y  quit and lose them      any other key  stay", .heading),
        ])
    }

    func drawConfirm(_ grid: inout Grid, question: String) {
        let width = min(width - 8, 70)
        drawQuestion(&grid, TextLayout.wrap(question, width: width).map { ($0, Style.warning) }
            + [("", .normal), ("y  yes      any other key  no", .heading)])
    }

    /// A question in a box over the middle of the screen.
    private func drawQuestion(_ grid: inout Grid, _ lines: [(String, Style)]) {
        let boxWidth = min(width - 4, (lines.map { DisplayWidth.of($0.0) }.max() ?? 20) + 4)
        let boxHeight = min(height - 2, lines.count + 2)
        let x = (width - boxWidth) / 2, y = max(1, (height - boxHeight) / 2)
        grid.drawBox(Rect(x: x, y: y, width: boxWidth, height: boxHeight))
        for (index, (text, style)) in lines.prefix(boxHeight - 2).enumerated() {
            grid.put(text, x: x + 2, y: y + 1 + index, style: style, maxWidth: boxWidth - 4)
        }
    }

    func drawTooSmall(_ grid: inout Grid) {
        let need = "need \(Self.minimumWidth) x \(Self.minimumHeight), have \(width) x \(height)"
        let oneLine = "terminal too small: " + need
        let quit = context.keyName(.quit, in: .everywhere)
        let lines = (DisplayWidth.of(oneLine) <= width ? [oneLine] : ["terminal too small:", need])
            + ["enlarge the window, or press \(quit) to quit"]
        let top = max(0, (height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let fitted = TextLayout.truncate(line, width: width)
            grid.put(fitted, x: max(0, (width - DisplayWidth.of(fitted)) / 2), y: top + index,
                     style: index == 0 ? .warning : .normal)
        }
        if case .confirmQuit = overlay {
            grid.put(TextLayout.truncate("unsaved changes: y quits", width: width), x: 0, y: height - 1, style: .warning)
        }
    }
}
