import LadderCore
import LadderText
import LadderFiles

/// The explorer: a stack of screens over the catalog and the user's progress.
///
/// Keys go in through `handle`: a key becomes an action from the current key table, the
/// screen (or an overlay) changes and returns commands, which the explorer runs (saving
/// through the model's `ProgressStore`), and then everything is laid out for the current size.
/// `render` draws that state and changes nothing. Nothing here touches a terminal, so every
/// screen and key sequence can be tested as text.
public final class Explorer {
    /// The smallest terminal the screens fit (80 x 24 is the design size).
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    public let catalog: Catalog
    public let store: ProgressStore
    /// Others' ratings, kept beside the progress file; shown, never changed. Read again when
    /// their folder changes (`ladder opinion add` in another shell).
    public private(set) var opinions: [Opinion]
    private let opinionStore: OpinionStore
    private var opinionsFingerprint: [Int]
    /// The copies of reports' files a manager keeps; read when the team screen opens.
    public let team: TeamStore?
    private(set) var hasTeam: Bool
    public let keys: KeyMap
    public private(set) var width: Int
    public private(set) var height: Int
    /// Set once the user has quit.
    public private(set) var isFinished = false

    var stack: [any ExplorerScreen]
    /// Open over the screens, it takes every key until it closes.
    var overlay: (any Overlay)?
    private var lastSearch: SearchOverlay?
    var status: Status?

    enum Status {
        case info(String)
        case error(String)
    }

    public init(
        catalog: Catalog, store: ProgressStore, opinions: [Opinion] = [], team: TeamStore? = nil,
        keys: KeyMap = .standard,
        width: Int, height: Int
    ) {
        self.catalog = catalog
        self.store = store
        self.opinions = opinions
        opinionStore = OpinionStore(progressPath: store.path)
        opinionsFingerprint = FileIO.fingerprint(opinionStore.directory)
        self.team = team
        hasTeam = !(team?.names().isEmpty ?? true)
        self.keys = keys
        self.width = width
        self.height = height
        stack = [LadderScreen(catalog: catalog, selecting: store.progress.currentLevel)]
        layout()
    }

    var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// Ticked and total skills per level, counted again only when the ratings change: counting
    /// walks every entry at every level, too slow for each frame with a large framework.
    private var tally: (ratings: [String: RatingRecord], byLevel: [String: LevelProgress])?

    var context: ScreenContext {
        if tally?.ratings != store.progress.ratings {
            let counts = catalog.levelProgress(store.progress).map { ($0.level.id, $0) }
            tally = (store.progress.ratings, Dictionary(counts, uniquingKeysWith: { first, _ in first }))
        }
        return ScreenContext(
            catalog: catalog, progress: store.progress, levelProgress: tally?.byLevel ?? [:], opinions: opinions,
            isReadOnly: store.isReadOnly, keys: keys, clock: store.timestamp)
    }

    // MARK: - Keys

    public func handle(_ key: Key) {
        defer { layout() }
        switch key {
        case .resize(let newWidth, let newHeight):
            (width, height) = (newWidth, newHeight)
            return
        default:
            // Another ladder, or a command in another shell, may have saved or kept an opinion
            // since the last key: what this key opens shows it (a stat or two per key; files are
            // read only when changed).
            let progressMoved = store.reloadIfChanged()
            if reloadOpinionsIfChanged() || progressMoved { progressChanged() }
            if key == .idle { return }
        }
        if case .info = status { status = nil }
        if KeyMap.reserved.contains(where: { $0.key == key }) {
            // Asked twice, the answer is yes.
            if overlay?.keyContext == .quitQuestion { isFinished = true } else { requestQuit() }
            return
        }
        // Too small to show what is open, the quit key the screen names still quits.
        if isTooSmall, let open = overlay, open.keyContext != .quitQuestion,
            keys.action(for: key, in: .everywhere) == .quit
        {
            requestQuit()
            return
        }
        if var open = overlay {
            let step: OverlayStep
            if case .mouse(let event) = key, event.kind == .press,
                let target = frame().clicks.target(x: event.x, y: event.y),
                let clicked = open.click(target, context: context)
            {
                step = clicked
            } else {
                step = open.handle(key, context: context)
            }
            overlay = step.staysOpen ? open : nil
            run(step.commands)
            return
        }
        handleScreenKey(key)
    }

    private func handleScreenKey(_ key: Key) {
        if case .mouse(let event) = key { return handleMouse(event) }
        let context = stack.last!.keyContext
        guard let action = keys.action(for: key, in: context) else { return }
        if isTooSmall {
            if action == .quit { requestQuit() }
            return
        }
        switch action {
        case .quit: requestQuit()
        case _ where unavailableActions.contains(action) && [.search, .nextMatch, .previousMatch].contains(action):
            status = .info("Search shows your own ratings: \(keyName(.back, in: context)) leaves this copy first")
        case .help:
            overlay = HelpOverlay(screenContext: context, title: stack.last!.title, unavailable: unavailableActions)
        case .search: overlay = SearchOverlay()
        case .nextMatch, .previousMatch: stepSearch(forward: action == .nextMatch)
        default: perform(action)
        }
    }

    /// Lets the top screen do an action, and runs what it asks for.
    private func perform(_ action: Action) {
        var screen = stack.removeLast()
        let commands = screen.perform(action, context: context)
        stack.append(screen)
        run(commands ?? [])
    }

    /// Quits, asking first when something would be lost: changes a failed save left in memory,
    /// or evidence being written.
    private func requestQuit() {
        let losses =
            (store.hasUnsavedChanges ? ["The last save failed; your latest changes are only in memory."] : [])
            + (overlay?.unsavedWork.map { [$0] } ?? [])
        guard losses.isEmpty else {
            overlay = Question.quitting(losing: losses, returningTo: overlay)
            return
        }
        isFinished = true
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
            case .writeEvidence(let skill, let entry):
                if store.isReadOnly {
                    status = .error("Read-only: the progress file cannot be changed, so evidence cannot be saved")
                } else {
                    overlay = NoteEditor(skill: skill, editing: entry, date: store.today())
                }
            case .confirm(let question, let changes, let done):
                overlay = Question(question, recording: changes, done: done)
            case .openTeam(let fallback):
                openTeam(fallback: fallback)
            case .showSearchMatch(let search):
                showMatch(of: search)
            case .open(let next):
                overlay = next
            case .quit:
                isFinished = true
            }
        }
    }

    /// Reads the team's copies afresh (a copy kept in another shell shows) and opens the team.
    private func openTeam(fallback: Level) {
        let (members, problems) = team?.load() ?? ([], [])
        hasTeam = !(team?.names().isEmpty ?? true)
        guard !members.isEmpty else {
            status = .info(
                problems.first.map { "Skipped \($0)" }
                    ?? "No team kept: `ladder team add FILE --name NAME` keeps a copy of a report's progress file")
            return
        }
        stack.append(TeamScreen(members: members, catalog: catalog, fallback: fallback))
        if let problem = problems.first {
            status = .info("Skipped " + problem + (problems.count > 1 ? " (and \(problems.count - 1) more)" : ""))
        }
    }

    private func record(_ changes: [ProgressChange], done: String) {
        do throws(ProgressStoreError) {
            try store.record(changes)
            status = .info(store.takeUpgradeNotice() ?? done)
        } catch {
            switch error {
            case .damaged(_, let problem):
                status = .error("Read-only: the progress file \(problem); nothing was changed")
            case .saveFailed(let failure):
                status = .error("Not saved (\(failure.reason)); kept, and retried with your next change")
            }
        }
        progressChanged()
    }

    /// Reads the opinions again if their folder changed; whether it did.
    private func reloadOpinionsIfChanged() -> Bool {
        let now = FileIO.fingerprint(opinionStore.directory)
        guard now != opinionsFingerprint else { return false }
        opinionsFingerprint = now
        opinions = opinionStore.load().opinions
        return true
    }

    /// Screens whose lists depend on the user's progress make them again.
    private func progressChanged() {
        let context = context
        for index in stack.indices { stack[index].progressChanged(context: context) }
    }

    private func handleMouse(_ event: MouseEvent) {
        switch event.kind {
        case .scrollUp, .scrollDown:
            for _ in 0..<3 { perform(event.kind == .scrollUp ? .up : .down) }
        case .press:
            guard !isTooSmall, let target = frame().clicks.target(x: event.x, y: event.y) else { return }
            var screen = stack.removeLast()
            let commands = screen.click(target, context: context)
            stack.append(screen)
            run(commands)
        }
    }

    // MARK: - Search

    /// Shows the chosen match of a search in its level, and keeps the search for next and previous.
    private func showMatch(of search: SearchOverlay) {
        guard let skill = search.selected else {
            // As in vi, a search that found nothing is the last search: n says so again.
            lastSearch = search
            status = .info("Nothing matches “\(search.query)”")
            return
        }
        lastSearch = search
        jump(to: skill)
        let next = keyName(.nextMatch, in: .everywhere), previous = keyName(.previousMatch, in: .everywhere)
        status = .info(
            "Match \(search.cursor.selected + 1) of \(search.results.count); \(next) and \(previous) step through them")
    }

    private func stepSearch(forward: Bool) {
        guard var search = lastSearch else {
            status = .info("No search yet: press \(keyName(.search, in: .everywhere)) to search")
            return
        }
        guard search.selected != nil else {
            status = .info(
                "Nothing matches “\(search.query)”: press \(keyName(.search, in: .everywhere)) to search again")
            return
        }
        search.step(forward: forward)
        lastSearch = search
        if let skill = search.selected { jump(to: skill) }
        let position = search.cursor.selected, count = search.results.count
        let wrapped =
            count > 1 && position == (forward ? 0 : count - 1)
            ? (forward ? ", from the first again" : ", from the last again") : ""
        status = .info("Match \(position + 1) of \(count) for “\(search.query)”" + wrapped)
    }

    private func keyName(_ action: Action, in context: KeyContext) -> String {
        self.context.keyName(action, in: context)
    }

    /// Shows a skill in a level: in the open level screen when it is there (said, carried or
    /// on the role), else in its first level (a role entry: the user's current level, or the
    /// first), opened from the ladder.
    private func jump(to skill: SkillEntry) {
        if stack[stack.count - 1].select(skillID: skill.id) { return }
        let levelID = skill.levels.first ?? store.progress.currentLevel ?? catalog.levels.first?.id
        guard let levelID, let level = catalog.level(id: levelID) else { return }
        stack = [
            LadderScreen(catalog: catalog, selecting: levelID),
            LevelScreen(level: level, catalog: catalog, selecting: skill.id),
        ]
    }

    // MARK: - Layout and drawing

    /// The area under the header (and the read-only banner) and above the footer.
    var contentArea: Rect {
        let top = 1 + bannerLines.count
        return Rect(x: 0, y: top, width: width, height: max(0, height - top - 1))
    }

    /// Fits the top screen and any overlay to the terminal as it is now.
    private func layout() {
        guard !isTooSmall else { return }
        let area = contentArea, context = context
        stack[stack.count - 1].layout(in: area, context: context)
        overlay?.layout(in: area, screen: screenArea, context: context)
    }

    /// The whole terminal.
    private var screenArea: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The screen as it is now.
    public func render() -> Grid { frame().grid }

    /// The loop, the same for the terminal and for tests: draw the frame, take the next key,
    /// handle it; until the user quits or `nextKey` has no more (nil).
    public func run(draw: (Grid) -> Void, nextKey: () -> Key?) {
        while !isFinished {
            draw(render())
            guard let key = nextKey() else { return }
            handle(key)
        }
    }

    /// The screen and where clicks on it land. Changes nothing.
    func frame() -> (grid: Grid, clicks: ClickMap) {
        var grid = Grid(width: width, height: height)
        guard !isTooSmall else {
            drawTooSmall(&grid)
            return (grid, ClickMap())
        }
        let context = context
        drawHeader(&grid)
        drawBanner(&grid)
        var clicks: ClickMap
        if let overlay, overlay.replacesScreen {
            clicks = overlay.render(into: &grid, area: contentArea, screen: screenArea, context: context)
        } else {
            clicks = stack.last!.render(into: &grid, area: contentArea, context: context)
        }
        drawFooter(&grid, context: context)
        if let overlay, !overlay.replacesScreen {
            clicks = overlay.render(into: &grid, area: contentArea, screen: screenArea, context: context)
        }
        return (grid, clicks)
    }
}
