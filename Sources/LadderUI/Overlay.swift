import LadderCore
import LadderText

/// Something open over the screens that takes every key until it closes: help, search, the
/// evidence editor, a question. Like a screen, it has a key table of its own in the key map
/// (so `ladder keys`, docs/keys.md and its hints list its keys), lays itself out, draws, and
/// says what should happen through commands. Ctrl-C never reaches it: the explorer quits,
/// asking first when the overlay holds `unsavedWork`.
protocol Overlay {
    /// Its key table.
    var keyContext: KeyContext { get }

    /// Whether it is drawn in place of the top screen (search's results) rather than in a box over it.
    var replacesScreen: Bool { get }

    /// Handles a key; the step says whether it stays open and what the explorer should do.
    mutating func handle(_ key: Key, context: ScreenContext) -> OverlayStep

    /// A click on what it drew; nil when clicks mean nothing to it (the click is then a key).
    mutating func click(_ target: ClickTarget, context: ScreenContext) -> OverlayStep?

    /// Fits it to the terminal: `area` is the screens' area, `screen` the whole terminal.
    mutating func layout(in area: Rect, screen: Rect, context: ScreenContext)

    /// Draws it; says where clicks land.
    func render(into grid: inout Grid, area: Rect, screen: Rect, context: ScreenContext) -> ClickMap

    /// Draws its own last line, or returns false to leave the status or the screen's footer there.
    func renderFooter(into grid: inout Grid, y: Int, width: Int, context: ScreenContext) -> Bool

    /// What quitting now would lose that is not saved (text being written), or nil.
    var unsavedWork: String? { get }
}

extension Overlay {
    var replacesScreen: Bool { false }
    mutating func click(_ target: ClickTarget, context: ScreenContext) -> OverlayStep? { nil }
    mutating func layout(in area: Rect, screen: Rect, context: ScreenContext) {}
    func renderFooter(into grid: inout Grid, y: Int, width: Int, context: ScreenContext) -> Bool { false }
    var unsavedWork: String? { nil }
}

/// What an overlay did with a key.
struct OverlayStep {
    /// Whether the overlay stays open.
    var staysOpen: Bool
    var commands: [ScreenCommand] = []

    static var stay: OverlayStep { OverlayStep(staysOpen: true) }
    static func close(_ commands: [ScreenCommand] = []) -> OverlayStep {
        OverlayStep(staysOpen: false, commands: commands)
    }
}

/// A yes-or-no question in a box: the `yes` key of its context (from the key map) does the
/// commands; any other key answers no.
struct Question: Overlay {
    let keyContext: KeyContext
    private let lines: [(String, Style)]
    private let onYes: [ScreenCommand]
    private let onNo: [ScreenCommand]

    /// Asks whether to record changes.
    init(_ question: String, recording changes: [ProgressChange], done: String) {
        self.init(question, onYes: [.record(changes, done: done)], onNo: [.status("Nothing was changed")])
    }

    /// Asks whether to close the editor and lose the evidence written in it; no goes back to it.
    static func discarding(_ editor: NoteEditor) -> Question {
        Question(
            "Close without saving the evidence you are writing?", onYes: [.status("Evidence not changed")],
            onNo: [.open(editor)])
    }

    private init(_ question: String, onYes: [ScreenCommand], onNo: [ScreenCommand]) {
        keyContext = .question
        lines = [(question, .warning)]
        self.onYes = onYes
        self.onNo = onNo
    }

    /// What the yes key and any other key do, as the box and the last line say them.
    private var answers: (yes: String, no: String) {
        keyContext == .quitQuestion ? ("quit and lose them", "stay") : ("yes", "no")
    }

    /// The hint on the last line, so the screen's keys beneath are not offered.
    func renderFooter(into grid: inout Grid, y: Int, width: Int, context: ScreenContext) -> Bool {
        let yes = context.keyName(.yes, in: keyContext)
        grid.put(" \(yes) \(answers.yes)  any other key \(answers.no)", x: 0, y: y, style: .dim, maxWidth: width)
        return true
    }

    /// Asks whether to quit when something would be lost: `losses` says what, a line each; no
    /// goes back to `returningTo` (the editor whose text it is).
    static func quitting(losing losses: [String], returningTo open: (any Overlay)? = nil) -> Question {
        Question(quitting: losses, returningTo: open)
    }

    private init(quitting losses: [String], returningTo open: (any Overlay)?) {
        keyContext = .quitQuestion
        lines = [("Quit with unsaved changes?", .warning), ("", .normal)] + losses.map { ($0, .normal) }
        onYes = [.quit]
        onNo = open.map { [.open($0)] } ?? []
    }

    func handle(_ key: Key, context: ScreenContext) -> OverlayStep {
        .close(context.keys.action(for: key, in: keyContext) == .yes ? onYes : onNo)
    }

    func render(into grid: inout Grid, area: Rect, screen: Rect, context: ScreenContext) -> ClickMap {
        let textWidth = min(screen.width - 8, 70)
        let yes = context.keyName(.yes, in: keyContext)
        let shown =
            lines.flatMap { text, style in TextLayout.wrap(text, width: textWidth).map { ($0, style) } }
            + [("", .normal), ("\(yes)  \(answers.yes)      any other key  \(answers.no)", .heading)]
        let box = grid.drawCentredBox(
            width: (shown.map { DisplayWidth.of($0.0) }.max() ?? 20) + 4, height: shown.count + 2)
        for (index, (text, style)) in shown.prefix(box.height - 2).enumerated() {
            grid.put(text, x: box.x + 2, y: box.y + 1 + index, style: style, maxWidth: box.width - 4)
        }
        return ClickMap()
    }
}
