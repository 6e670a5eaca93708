import LadderCore
import LadderText

/// The explorer: a stack of screens over the catalog and the user's progress.
///
/// Keys go in through `handle`, the screen comes out of `render` as a `Grid`. Nothing here
/// touches a terminal, so every screen and key sequence can be tested as text. Saving runs
/// through the model's `ProgressStore`, never from a view.
public final class Explorer {
    /// The smallest terminal the screens fit (80 x 24 is the design size).
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    public let catalog: Catalog
    public let store: ProgressStore
    public private(set) var width: Int
    public private(set) var height: Int
    /// Set once the user has quit.
    public private(set) var isFinished = false

    var stack: [any ExplorerScreen]
    private var overlay: Overlay?
    private var lastSearch: SearchState?
    private var status: Status?
    private var clickTargets: [Int: Int] = [:]

    enum Overlay {
        case help
        case search(SearchState)
        case confirmQuit
        case note(NoteEditor)
    }

    enum Status {
        case info(String)
        case error(String)
    }

    public init(catalog: Catalog, store: ProgressStore, width: Int, height: Int) {
        self.catalog = catalog
        self.store = store
        self.width = width
        self.height = height
        stack = [LadderScreen(catalog: catalog, selecting: store.progress.currentLevel)]
    }

    var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    private var context: ScreenContext {
        ScreenContext(catalog: catalog, progress: store.progress, isReadOnly: store.isReadOnly, clock: store.timestamp)
    }

    // MARK: - Keys

    public func handle(_ key: Key) {
        switch key {
        case .resize(let newWidth, let newHeight):
            width = newWidth
            height = newHeight
            return
        case .idle:
            store.reloadIfChanged()
            return
        default:
            break
        }
        if case .info = status { status = nil }
        switch overlay {
        case .confirmQuit:
            overlay = nil
            if key == .character("y") || key == .character("Y") || key == .control("c") { isFinished = true }
            return
        case .help:
            overlay = nil
            if key == .character("q") || key == .control("c") { requestQuit() }
            return
        case .search(var search):
            if key == .control("c") {
                requestQuit()
            } else {
                handleSearch(key, &search)
            }
            return
        case .note(var editor):
            handleNote(key, &editor)
            return
        case nil:
            break
        }
        if isTooSmall {
            if key == .character("q") || key == .control("c") { requestQuit() }
            return
        }
        switch key {
        case .character("q"), .control("c"):
            requestQuit()
            return
        case .character("?"):
            overlay = .help
            return
        case .character("/"):
            overlay = .search(SearchState())
            return
        case .character("n"), .character("N"):
            stepSearch(forward: key == .character("n"))
            return
        case .mouse(let event):
            handleMouse(event)
            return
        default:
            break
        }
        var screen = stack.removeLast()
        let commands = screen.handle(key, context: context)
        stack.append(screen)
        run(commands ?? [])
    }

    private func requestQuit() {
        if store.hasUnsavedChanges {
            overlay = .confirmQuit
        } else {
            isFinished = true
        }
    }

    private func run(_ commands: [ScreenCommand]) {
        for command in commands {
            switch command {
            case .push(let screen):
                stack.append(screen)
            case .pop:
                if stack.count > 1 { stack.removeLast() }
            case .status(let message):
                status = .info(message)
            case .record(let changes, let done):
                record(changes, done: done)
            case .editNote(let skill):
                if store.isReadOnly {
                    status = .error("Read-only: the progress file cannot be changed, so notes cannot be saved")
                } else {
                    overlay = .note(NoteEditor(skill: skill, note: store.progress.notes[skill.id]))
                }
            case .pushWhatChanges(let level):
                stack.append(WhatChangesScreen(from: level, catalog: catalog))
            }
        }
    }

    private func record(_ changes: [ProgressChange], done: String) {
        do throws(ProgressStoreError) {
            try store.record(changes)
            status = .info(done)
        } catch {
            switch error {
            case .damaged(_, let problem):
                status = .error("Read-only: the progress file \(problem); nothing was changed")
            case .saveFailed(let failure):
                status = .error("Not saved (\(failure.reason)); kept, and retried with your next change")
            }
        }
    }

    private func handleMouse(_ event: MouseEvent) {
        switch event.kind {
        case .scrollUp, .scrollDown:
            for _ in 0..<3 { handle(event.kind == .scrollUp ? .up : .down) }
        case .press:
            guard let item = clickTargets[event.y] else { return }
            var screen = stack.removeLast()
            let commands = screen.click(item: item, context: context)
            stack.append(screen)
            run(commands)
        }
    }

    // MARK: - Notes

    /// Columns of text in the note editor's box (see `NoteEditor.render`).
    private var noteWidth: Int { min(width - 4, 76) - 4 }

    private func handleNote(_ key: Key, _ editor: inout NoteEditor) {
        switch key {
        case .enter:
            overlay = nil
            let note = editor.note.trimmingWhitespace()
            let done = note.isEmpty ? "Removed the note on: \(editor.skillSummary)" : "Saved the note on: \(editor.skillSummary)"
            record([.note(skill: editor.skillID, text: note)], done: done)
            return
        case .escape:
            overlay = nil
            status = .info("Note not changed")
            return
        case .control("c"):
            requestQuit()
            return
        default:
            _ = editor.handle(key, width: noteWidth)
        }
        overlay = .note(editor)
    }

    // MARK: - Search

    private func handleSearch(_ key: Key, _ search: inout SearchState) {
        switch key {
        case .escape:
            overlay = nil
            return
        case .enter:
            overlay = nil
            guard !search.results.isEmpty else {
                lastSearch = nil
                status = .info("Nothing matches “\(search.query)”")
                return
            }
            lastSearch = search
            jump(to: search.results[search.cursor.selected])
            status = .info("Match \(search.cursor.selected + 1) of \(search.results.count); n and N step through them")
            return
        case .backspace:
            if search.query.isEmpty {
                overlay = nil
                return
            }
            search.query.removeLast()
            search.update(catalog: catalog)
        case .character(let character):
            search.query.append(character)
            search.update(catalog: catalog)
        case .mouse(let event) where event.kind == .press:
            if let item = search.clickTargets[event.y] { search.cursor.selected = item }
        default:
            if let movement = key.movement, key != .character("g"), key != .character("G"),
               key != .character("j"), key != .character("k") {
                search.cursor.move(movement, count: search.results.count, page: search.pageSize)
            }
        }
        overlay = .search(search)
    }

    private func stepSearch(forward: Bool) {
        guard var search = lastSearch, !search.results.isEmpty else {
            status = .info("No search yet: press / to search")
            return
        }
        let count = search.results.count
        search.cursor.selected = (search.cursor.selected + (forward ? 1 : count - 1)) % count
        lastSearch = search
        jump(to: search.results[search.cursor.selected])
        status = .info("Match \(search.cursor.selected + 1) of \(count) for “\(search.query)”")
    }

    /// Shows a skill in a level: in the open level screen when it is there (said, carried or
    /// on the role), else in its first level (a role entry: the user's current level, or the
    /// first), opened from the ladder.
    private func jump(to skill: SkillEntry) {
        if var screen = stack.last as? LevelScreen, screen.select(skillID: skill.id) {
            stack[stack.count - 1] = screen
            return
        }
        let levelID = skill.levels.first ?? store.progress.currentLevel ?? catalog.levels.first?.id
        guard let levelID, let level = catalog.level(id: levelID) else { return }
        stack = [
            LadderScreen(catalog: catalog, selecting: levelID),
            LevelScreen(level: level, catalog: catalog, selecting: skill.id),
        ]
    }

    // MARK: - Drawing

    public func render() -> Grid {
        var grid = Grid(width: width, height: height)
        guard !isTooSmall else {
            drawTooSmall(&grid)
            return grid
        }
        let context = context
        drawHeader(&grid)
        var top = 1
        if let damage = store.damage {
            let banner = "Read-only: the progress file \(store.path) \(damage). Nothing will be saved; "
                + "`ladder progress --repair` moves it aside."
            let lines = TextLayout.wrap(Sanitizer.clean(banner), width: width - 2).prefix(3)
            grid.fill(x: 0, y: 1, width: width, height: lines.count, style: .error)
            for (index, line) in lines.enumerated() { grid.put(" " + line, x: 0, y: 1 + index, style: .error) }
            top = 1 + lines.count
        }
        let area = Rect(x: 0, y: top, width: width, height: height - top - 1)
        switch overlay {
        case .search(var search):
            search.render(into: &grid, area: area, context: context)
            overlay = .search(search)
        default:
            var screen = stack.removeLast()
            clickTargets = screen.render(into: &grid, area: area, context: context)
            stack.append(screen)
        }
        drawFooter(&grid)
        if case .help = overlay { drawHelp(&grid) }
        if case .note(let editor) = overlay { editor.render(into: &grid, screenWidth: width, screenHeight: height) }
        if case .confirmQuit = overlay { drawConfirmQuit(&grid) }
        return grid
    }

    private func drawHeader(_ grid: inout Grid) {
        let bar = Style(.title, bold: true, reverse: true)
        grid.fill(x: 0, y: 0, width: width, height: 1, style: bar)
        let crumbs = stack.dropFirst().map(\.title)
        let left = " ladder" + (crumbs.isEmpty ? " · the product manager career path" : " › " + crumbs.joined(separator: " › "))
        let right = (store.hasUnsavedChanges ? "[unsaved]  " : "") + "? help  q quit "
        let rightX = width - DisplayWidth.of(right)
        grid.put(TextLayout.truncate(left, width: max(0, rightX - 1)), x: 0, y: 0, style: bar)
        grid.put(right, x: rightX, y: 0, style: bar)
    }

    private func drawFooter(_ grid: inout Grid) {
        let y = height - 1
        switch (overlay, status) {
        case (.search(let search), _):
            let prompt = "/" + search.query
            let end = grid.put(prompt, x: 0, y: y, style: .heading)
            grid.put("▏", x: end, y: y, style: .accent)
            let count = search.query.isEmpty ? "type to search all levels" : Plural.count(search.results.count, "match", "matches")
            grid.put("  \(count)  ↑↓ choose  enter open  esc cancel", x: end + 1, y: y, style: .dim)
        case (.note, _):
            grid.put(" Writing an evidence note: enter saves, esc cancels", x: 0, y: y, style: .accent)
        case (_, .error(let message)?):
            grid.fill(x: 0, y: y, width: width, height: 1, style: .error)
            grid.put(TextLayout.truncate(" " + message, width: width), x: 0, y: y, style: .error)
        case (_, .info(let message)?):
            grid.put(TextLayout.truncate(" " + message, width: width), x: 0, y: y, style: .accent)
        default:
            grid.put(TextLayout.truncate(" " + (stack.last?.keyHints ?? ""), width: width), x: 0, y: y, style: .dim)
        }
    }

    private func drawHelp(_ grid: inout Grid) {
        let screenKeys = stack.last?.helpKeys ?? []
        let globalKeys = [
            KeyHelp("/", "search all levels; then n / N for next, previous"),
            KeyHelp("?", "this help"),
            KeyHelp("q  ctrl-c", "quit"),
            KeyHelp("mouse", "wheel scrolls, click selects, click again opens"),
        ]
        let keyWidth = (screenKeys + globalKeys).map { DisplayWidth.of($0.keys) }.max() ?? 10
        var lines: [(String, Style)] = [("Keys: \(stack.last?.title ?? "")", .heading), ("", .normal)]
        lines += screenKeys.map { (TextLayout.pad($0.keys, width: keyWidth) + "  " + $0.action, .normal) }
        lines += [("", .normal), ("Everywhere", .heading)]
        lines += globalKeys.map { (TextLayout.pad($0.keys, width: keyWidth) + "  " + $0.action, .normal) }
        lines += [("", .normal), ("Press any key to close.", .dim)]
        drawBox(&grid, lines: lines)
    }

    private func drawConfirmQuit(_ grid: inout Grid) {
        drawBox(&grid, lines: [
            ("Quit with unsaved changes?", .warning),
            ("", .normal),
            ("The last save failed; your latest changes are only in memory.", .normal),
            ("", .normal),
            ("y  quit and lose them      any other key  stay", .heading),
        ])
    }

    private func drawBox(_ grid: inout Grid, lines: [(String, Style)]) {
        let boxWidth = min(width - 4, (lines.map { DisplayWidth.of($0.0) }.max() ?? 20) + 4)
        let boxHeight = min(height - 2, lines.count + 2)
        let x = (width - boxWidth) / 2, y = max(1, (height - boxHeight) / 2)
        grid.fill(x: x, y: y, width: boxWidth, height: boxHeight)
        grid.put("┌" + String(repeating: "─", count: boxWidth - 2) + "┐", x: x, y: y, style: .dim)
        for row in 1..<(boxHeight - 1) {
            grid.put("│", x: x, y: y + row, style: .dim)
            grid.put("│", x: x + boxWidth - 1, y: y + row, style: .dim)
        }
        grid.put("└" + String(repeating: "─", count: boxWidth - 2) + "┘", x: x, y: y + boxHeight - 1, style: .dim)
        for (index, (text, style)) in lines.prefix(boxHeight - 2).enumerated() {
            grid.put(text, x: x + 2, y: y + 1 + index, style: style, maxWidth: boxWidth - 4)
        }
    }

    private func drawTooSmall(_ grid: inout Grid) {
        let need = "need \(Self.minimumWidth) x \(Self.minimumHeight), have \(width) x \(height)"
        let oneLine = "terminal too small: " + need
        let lines = (DisplayWidth.of(oneLine) <= width ? [oneLine] : ["terminal too small:", need])
            + ["enlarge the window, or press q to quit"]
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
