import LadderCore
import LadderText

/// What the explorer draws around its screens: the header, the read-only banner, the footer,
/// and the too-small screen.
extension Explorer {
    /// The read-only banner's lines (none while the progress file is fine).
    var bannerLines: [String] {
        guard let damage = store.damage else { return [] }
        let banner =
            "Read-only: the progress file \(store.path) \(damage). Nothing will be saved; "
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
        let left =
            " ladder"
            + (crumbs.isEmpty ? " · the product manager career path" : " › " + crumbs.joined(separator: " › "))
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

    func drawFooter(_ grid: inout Grid, context: ScreenContext) {
        let y = height - 1
        if let overlay, overlay.renderFooter(into: &grid, y: y, width: width, context: context) { return }
        switch status {
        case .error(let message)?:
            drawStatus(message, style: .error, on: &grid)
        case .info(let message)?:
            drawStatus(message, style: .accent, on: &grid)
        case nil:
            let screen = stack.last!
            grid.put(
                TextLayout.truncate(
                    " " + keys.footer(for: screen.keyContext, without: unavailableActions, width: width - 2),
                    width: width),
                x: 0, y: y, style: .dim)
        }
    }

    /// A message on the last line; one too long for it takes up to three, over the bottom of
    /// the screen until the next key, rather than being cut where it says what to do.
    private func drawStatus(_ message: String, style: Style, on grid: inout Grid) {
        let lines = TextLayout.wrap(message, width: max(10, width - 2))
        let shown =
            lines.count <= 3
            ? lines
            : Array(lines.prefix(2)) + [TextLayout.truncate(lines[2...].joined(separator: " "), width: width - 2)]
        let top = height - shown.count
        grid.fill(x: 0, y: top, width: width, height: shown.count, style: style == .error ? .error : .normal)
        for (index, line) in shown.enumerated() { grid.put(" " + line, x: 0, y: top + index, style: style) }
    }

    /// What would do nothing now: the top screen's, and the team where none is kept.
    var unavailableActions: Set<Action> {
        (stack.last?.unavailableActions ?? []).union(hasTeam ? [] : [.team])
    }

    func drawTooSmall(_ grid: inout Grid) {
        let need = "need \(Self.minimumWidth) x \(Self.minimumHeight), have \(width) x \(height)"
        let oneLine = "terminal too small: " + need
        let quit = context.keyName(.quit, in: .everywhere)
        let lines =
            (DisplayWidth.of(oneLine) <= width ? [oneLine] : ["terminal too small:", need])
            + ["enlarge the window, or press \(quit) to quit"]
        let top = max(0, (height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let fitted = TextLayout.truncate(line, width: width)
            grid.put(
                fitted, x: max(0, (width - DisplayWidth.of(fitted)) / 2), y: top + index,
                style: index == 0 ? .warning : .normal)
        }
        if let overlay, overlay.keyContext == .quitQuestion {
            let yes = context.keyName(.yes, in: .quitQuestion)
            grid.put(
                TextLayout.truncate("unsaved changes: \(yes) quits", width: width), x: 0, y: height - 1, style: .warning
            )
        }
    }
}
