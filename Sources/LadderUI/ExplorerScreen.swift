import LadderCore

/// A rectangle of the grid given to a screen.
struct Rect: Equatable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int
}

/// What screens read: the catalog and the user's progress as it is now.
struct ScreenContext {
    let catalog: Catalog
    let progress: Progress
    let isReadOnly: Bool
    /// Reads the clock for a tick made now (only when one is: formatting a time each frame
    /// would cost every key).
    let clock: () -> String

    var now: String { clock() }

    func isTicked(_ skill: SkillEntry) -> Bool { progress.isTicked(skill.id) }

    func areaName(_ id: String, short: Bool = false) -> String {
        guard let area = catalog.area(id: id) else { return id }
        return short ? area.shortName : area.name
    }

    func expertName(_ id: String) -> String { catalog.expert(id: id)?.name ?? id }

    func levelTitle(_ id: String) -> String { catalog.level(id: id)?.shortTitle ?? id }
}

/// What a screen asks the explorer to do after a key.
enum ScreenCommand {
    case push(any ExplorerScreen)
    case pop
    case record([ProgressChange], done: String)
    case status(String)
    case editNote(SkillEntry)
    /// What changes from a level (needs the catalog, so the explorer builds the screen).
    case pushWhatChanges(from: Level)
}

extension ScreenCommand {
    /// The keys that act on a level wherever one is selected: `c` opens its experts side by
    /// side, `s` and `t` make it the user's current or target level, `>` the next step,
    /// `d` what changes from it, `a` its areas at a glance.
    static func forLevelKey(_ key: Key, level: Level) -> [ScreenCommand]? {
        switch key {
        case .character("c"): [.push(SideBySideScreen(level: level))]
        case .character("s"): [setLevel(.current, to: level)]
        case .character("t"): [setLevel(.target, to: level)]
        case .character(">"): [.push(NextStepScreen())]
        case .character("d"): [.pushWhatChanges(from: level)]
        case .character("a"): [.push(AreasScreen(level: level))]
        default: nil
        }
    }

    private static func setLevel(_ role: LevelRole, to level: Level) -> ScreenCommand {
        .record([.setLevel(role, level.id)], done: "Your \(role.rawValue) level is now \(level.shortTitle)")
    }
}

/// One full screen of the explorer: its state, how keys change it, and how it draws.
protocol ExplorerScreen {
    /// Shown in the header's breadcrumb.
    var title: String { get }
    /// The footer's one-line reminder of the main keys.
    var keyHints: String { get }
    /// This screen's keys, for the help overlay.
    var helpKeys: [KeyHelp] { get }

    /// Handles a key; nil when the screen does not use it.
    mutating func handle(_ key: Key, context: ScreenContext) -> [ScreenCommand]?

    /// Draws into `area`, scrolling as needed to keep the selection visible. Returns the item
    /// index shown on each row, so a mouse click can select it.
    mutating func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> [Int: Int]

    /// A click on the item at `index`: select it, or open it when already selected.
    mutating func click(item index: Int, context: ScreenContext) -> [ScreenCommand]

    /// The skill under the selection, if any (for search results to land on).
    var selectedSkillID: String? { get }
}

extension ExplorerScreen {
    var selectedSkillID: String? { nil }
}
