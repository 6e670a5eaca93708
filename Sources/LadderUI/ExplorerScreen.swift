import LadderCore

/// A rectangle of the grid given to a screen.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    func contains(x column: Int, y row: Int) -> Bool {
        column >= x && column < x + width && row >= y && row < y + height
    }

    var maxY: Int { y + height }
}

/// What a click on a screen means, in the screen's own terms.
enum ClickTarget: Equatable {
    /// A level on the ladder: the track it was drawn for and its position there.
    case level(track: Int, index: Int)
    /// A row of a list (a skill, a level in a picker, a search result).
    case row(Int)
    /// An entry in a side-by-side cell.
    case cell(band: Int, column: Int, item: Int)
}

/// Where clicks land on a drawn frame: regions and their targets, the last drawn on top.
struct ClickMap: Equatable {
    private(set) var regions: [(rect: Rect, target: ClickTarget)] = []

    mutating func add(_ rect: Rect, _ target: ClickTarget) {
        regions.append((rect, target))
    }

    func target(x: Int, y: Int) -> ClickTarget? {
        regions.last { $0.rect.contains(x: x, y: y) }?.target
    }

    static func == (lhs: ClickMap, rhs: ClickMap) -> Bool {
        lhs.regions.map(\.rect) == rhs.regions.map(\.rect) && lhs.regions.map(\.target) == rhs.regions.map(\.target)
    }
}

/// What screens read: the catalog, the user's progress as it is now, and the key tables.
struct ScreenContext {
    let catalog: Catalog
    let progress: UserProgress
    /// Ticked and total skills at each level, for `progress`.
    let levelProgress: [String: LevelProgress]
    /// Others' ratings kept beside the progress file (read only).
    let opinions: [Opinion]
    let isReadOnly: Bool
    let keys: KeyMap
    /// Whose ratings `progress` holds when they are not the user's (a report's copy, read only).
    var ratingsOwner: String?
    /// Reads the clock for a tick made now (only when one is: formatting a time each frame
    /// would cost every key).
    let clock: () -> String

    var now: String { clock() }

    /// This context reading someone else's ratings (a copy, read only) in place of the user's.
    func reading(_ theirs: UserProgress, of name: String, opinions theirOpinions: [Opinion]) -> ScreenContext {
        var context = ScreenContext(
            catalog: catalog, progress: theirs, levelProgress: [:], opinions: theirOpinions,
            isReadOnly: true, keys: keys, clock: clock)
        context.ratingsOwner = name
        return context
    }

    func isTicked(_ skill: SkillEntry) -> Bool { progress.isTicked(skill.id) }

    /// Skills ticked at a level.
    func ticked(at levelID: String) -> Int { levelProgress[levelID]?.ticked ?? 0 }

    /// The box before an entry: the skill's rating (`[ ]` unrated), `(~)` for a change, `(!)`
    /// for a watch-out: shapes that read without colour.
    func mark(_ entry: SkillEntry) -> String {
        switch entry.kind {
        case .skill: progress.rating(entry.id)?.mark ?? "[ ]"
        case .change: "(~)"
        case .watchOut: "(!)"
        }
    }

    /// Each opinion's rating of a skill, compactly: "J[~] M[ ]" (the name's first letter);
    /// `ratedOnly` leaves out the opinions that do not rate it.
    func opinionMarks(_ entry: SkillEntry, ratedOnly: Bool = false) -> String {
        opinions.compactMap { opinion in
            let rating = entry.isSkill ? opinion.ratings[entry.id]?.rating : nil
            if ratedOnly && rating == nil { return nil }
            // Nothing to rate: blank, so the columns stay aligned and no lone letter shows.
            return entry.isSkill ? String(opinion.name.prefix(1)).uppercased() + (rating?.mark ?? "[ ]") : "    "
        }.joined(separator: " ")
    }

    func areaName(_ id: String, short: Bool = false) -> String {
        guard let area = catalog.area(id: id) else { return id }
        return short ? area.shortName : area.name
    }

    func expertName(_ id: String) -> String { catalog.expert(id: id)?.name ?? id }

    func levelTitle(_ id: String) -> String { catalog.level(id: id).map(catalog.distinctShortTitle(of:)) ?? id }

    /// "press /" with the key the user has for an action, for messages.
    func keyName(_ action: Action, in context: KeyContext) -> String {
        keys.keys(for: action, in: context).first.map(KeyNames.label) ?? action.rawValue
    }
}

/// What a screen asks the explorer to do after an action.
enum ScreenCommand {
    case push(any ExplorerScreen)
    case pop
    case record([ProgressChange], done: String)
    case status(String)
    /// Write evidence for a skill: a new entry, or an existing one edited.
    case writeEvidence(SkillEntry, editing: EvidenceEntry?)
    /// Ask first; record the changes only on yes.
    case confirm(String, [ProgressChange], done: String)
    /// The manager's team, read from the copies kept, at the level selected when no one has one.
    case openTeam(fallback: Level)
    /// Show the search's chosen match in its level (or say nothing matched).
    case showSearchMatch(SearchOverlay)
    /// Open an overlay (again: the editor a question about quitting returns to).
    case open(any Overlay)
    case quit
}

extension ScreenCommand {
    /// The actions that act on a level wherever one is selected: its experts side by side, the
    /// next step, what changes from it, its areas, and making it the current or target level.
    static func forLevel(_ action: Action, level: Level, context: ScreenContext) -> [ScreenCommand]? {
        let catalog = context.catalog
        switch action {
        case .compare: return [.push(SideBySideScreen(level: level, catalog: catalog))]
        case .nextStep: return [.push(NextStepScreen(context: context))]
        case .whatChanges: return [.push(WhatChangesScreen(from: level, catalog: catalog))]
        case .areas: return [.push(AreasScreen(level: level))]
        case .holdAgainst:
            guard let screen = HeldAgainstScreen(level: level, context: context) else {
                return [
                    .status(
                        "\(context.keyName(.holdAgainst, in: .level)) holds a company's level against the experts: "
                            + "choose a level of an imported framework matched to one of ladder's")
                ]
            }
            return [.push(screen)]
        case .setCurrent:
            // As the CLI does: a target the new current level reaches or passes is cleared, and said.
            guard let target = context.progress.targetLevel,
                let problem = catalog.problemWithTarget(target, current: level.id)
            else {
                return [setLevel(.current, to: level)]
            }
            return [
                .record(
                    [.setLevel(.current, level.id), .setLevel(.target, nil)],
                    done:
                        "Your current level is now \(level.title). Your target, \(context.levelTitle(target)), was cleared: \(problem)"
                )
            ]
        case .setTarget:
            if let problem = catalog.problemWithTarget(level.id, current: context.progress.currentLevel) {
                return [.status(problem)]
            }
            return [setLevel(.target, to: level)]
        case .calibrate: return [.push(CalibrationScreen(context: context))]
        case .team: return [.openTeam(fallback: level)]
        case .timeline: return [.push(TimelineScreen(context: context))]
        default: return nil
        }
    }

    private static func setLevel(_ role: LevelRole, to level: Level, note: String? = nil) -> ScreenCommand {
        .record(
            [.setLevel(role, level.id)],
            done: "Your \(role.rawValue) level is now \(level.title)" + (note.map { ". " + $0 } ?? ""))
    }
}

/// One full screen of the explorer. The loop is the Elm architecture's: a key becomes an
/// action (from the screen's key table), `perform` changes the state and returns commands,
/// `layout` fits the state to the area (page sizes, scroll offsets), `render` draws it and
/// changes nothing.
protocol ExplorerScreen {
    /// Shown in the header's breadcrumb.
    var title: String { get }
    /// Whose key table applies now.
    var keyContext: KeyContext { get }

    /// Does an action; nil when the screen has no use for it.
    mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand]?

    /// Fits the state to the area it is drawn in: page sizes and the scroll offsets that keep
    /// the selection in view.
    mutating func layout(in area: Rect, context: ScreenContext)

    /// Draws the state into `area`, and says where clicks land.
    func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> ClickMap

    /// A click on something the last frame drew: select it, or open it when already selected.
    mutating func click(_ target: ClickTarget, context: ScreenContext) -> [ScreenCommand]

    /// The user's progress changed (a save, another instance's): rebuild what depends on it.
    mutating func progressChanged(context: ScreenContext)

    /// The skill under the selection, if any (for search results to land on).
    var selectedSkillID: String? { get }

    /// Selects the skill if this screen shows it (a search match landing on the open level);
    /// false when it does not.
    mutating func select(skillID: String) -> Bool

    /// Actions of the key table that would do nothing now (an empty list has nothing to
    /// tick): left out of the footer and help.
    var unavailableActions: Set<Action> { get }
}

extension ExplorerScreen {
    var selectedSkillID: String? { nil }
    mutating func select(skillID: String) -> Bool { false }
    var unavailableActions: Set<Action> { [] }
    mutating func progressChanged(context: ScreenContext) {}
}
