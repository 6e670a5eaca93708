import LadderText

/// Something a user can do with a key. The raw value is the stable name the config file binds
/// (`tick = ["x"]`), `ladder keys` prints and the key table in docs/keys.md lists.
public enum Action: String, CaseIterable, Sendable {
    case up, down, pageUp = "page-up", pageDown = "page-down", top, bottom
    case open, back, switchPane = "switch-pane"
    case nextTrack = "next-track", previousTrack = "previous-track"
    case compare, nextStep = "next-step", whatChanges = "what-changes", areas, holdAgainst = "hold-against"
    case setCurrent = "set-current", setTarget = "set-target"
    case tick, note
    case rateNotYet = "rate-not-yet", rateWorkingTowards = "rate-working-towards", rateMeeting = "rate-meeting"
    case rateExceeding = "rate-exceeding", clearRating = "clear-rating"
    case evidence, delete, calibrate, timeline, team
    case nextExpert = "next-expert", previousExpert = "previous-expert", pin
    case nextLevel = "next-level", previousLevel = "previous-level"
    case search, nextMatch = "next-match", previousMatch = "previous-match", help, quit
    /// Answers a question yes.
    case yes
    /// The evidence editor's own: keys there edit text, so these cannot be remapped.
    case save, cursorLeft = "cursor-left", cursorRight = "cursor-right", lineStart = "line-start", lineEnd = "line-end"
    case deleteBackward = "delete-backward", deleteForward = "delete-forward", clearText = "clear-text"
}

/// Where a key table applies: each screen (and a mode of one, such as Next step's level
/// picker), each overlay (help, search, the evidence editor, questions), and `everywhere` for
/// the keys every screen shares.
public enum KeyContext: String, CaseIterable, Sendable {
    case ladder, level, detail, skill, sideBySide = "side-by-side", nextStep = "next-step", levelPicker = "level-picker"
    case whatChanges = "what-changes", areas, heldAgainst = "held-against", evidence, calibration, timeline
    case team, teamMember = "team-member", teamGap = "team-gap"
    case help, search, evidenceText = "evidence-text", evidenceDay = "evidence-day", question, quitQuestion =
        "quit-question"
    case everywhere

    /// How the context is titled in help and docs.
    public var title: String {
        switch self {
        case .ladder: "Ladder"
        case .level: "Level (and every list of skills)"
        case .detail: "The detail pane (after switch-pane)"
        case .skill: "Skill"
        case .sideBySide: "Side by side"
        case .nextStep: "Next step"
        case .levelPicker: "Next step: choosing your level"
        case .whatChanges: "What changes"
        case .areas: "Areas"
        case .heldAgainst: "A company's level held against the experts"
        case .evidence: "Evidence"
        case .calibration: "Calibration"
        case .timeline: "Timeline"
        case .team: "Team"
        case .teamMember: "Team: one person's ratings (a copy, read only)"
        case .teamGap: "Team: who meets a skill"
        case .help: "Help (any other key closes it)"
        case .search: "Search (while typing)"
        case .evidenceText: "Writing evidence: the text"
        case .evidenceDay: "Writing evidence: the day it happened"
        case .question: "A question (any other key answers no)"
        case .quitQuestion: "Quit with unsaved changes? (any other key stays)"
        case .everywhere: "Everywhere"
        }
    }

    /// Typing contexts: letters are text there, so only their defaults apply.
    public var isTyping: Bool { [.search, .evidenceText, .evidenceDay].contains(self) }

    /// Whether the keys every screen shares work here too: not while typing, and not in a box
    /// that any other key closes (help, a question).
    public var sharesEverywhereKeys: Bool { !isTyping && ![.help, .question, .quitQuestion].contains(self) }
}

/// One action on one screen: its keys, what it does there, and how the footer shows it.
public struct Binding: Equatable, Sendable {
    public let action: Action
    public var keys: [Key]
    /// What it does on this screen, for help and the docs.
    public let help: String
    /// The footer's short label, when the action shows there.
    public let footer: String?
    /// Shown in the footer as one entry with this other action's keys: "]/[ level".
    public let footerPair: Action?

    init(_ action: Action, _ keys: [Key], _ help: String, footer: String? = nil, pairedWith pair: Action? = nil) {
        self.action = action
        self.keys = keys
        self.help = help
        self.footer = footer
        self.footerPair = pair
    }

    /// The same binding, left out of the footer (where a screen's footer has no room for it).
    var quiet: Binding { Binding(action, keys, help) }
}

/// The bindings of every context, defaults merged with the user's remapping. One table drives
/// key dispatch, the footer, the `?` overlay, `ladder keys` and docs/keys.md.
public struct KeyMap: Sendable {
    public private(set) var tables: [KeyContext: [Binding]]

    /// The defaults.
    public static let standard = KeyMap(tables: KeyMap.defaults)

    /// Keys no action may be bound to, and what they always do: the way out must never be
    /// remapped away (the explorer handles these before any key table).
    public static let reserved: [(key: Key, does: String)] = [
        (.control("c"), "quits (asking first when there is unsaved work)")
    ]

    /// The actions a config file can bind: those of a context that is not typed in.
    public static let remappable: [Action] = Action.allCases.filter { action in
        KeyContext.allCases.contains { !$0.isTyping && defaults[$0]?.contains { $0.action == action } == true }
    }

    /// The defaults with `remapped` actions' keys replaced (in every context that has them;
    /// typing contexts keep theirs). Throws every conflict: a key bound to two actions in one
    /// context, counting the keys every screen shares.
    public static func remapping(_ remapped: [Action: [Key]]) throws(KeyConflicts) -> KeyMap {
        var tables = KeyMap.defaults
        for (context, bindings) in tables where !context.isTyping {
            tables[context] = bindings.map { binding in
                var binding = binding
                if let keys = remapped[binding.action] { binding.keys = keys }
                return binding
            }
        }
        let map = KeyMap(tables: tables)
        let conflicts = map.conflicts()
        guard conflicts.isEmpty else { throw KeyConflicts(conflicts: conflicts) }
        return map
    }

    /// Every key bound to two actions in one context (with the shared keys), in a stable order.
    func conflicts() -> [KeyConflicts.Conflict] {
        var found: [KeyConflicts.Conflict] = []
        for context in KeyContext.allCases where context != .everywhere {
            let bindings = (tables[context] ?? []) + (context.sharesEverywhereKeys ? tables[.everywhere] ?? [] : [])
            var owner: [Key: Action] = [:]
            for binding in bindings {
                for key in binding.keys {
                    if let other = owner[key], other != binding.action {
                        found.append(.init(context: context, key: key, actions: [other, binding.action]))
                    } else {
                        owner[key] = binding.action
                    }
                }
            }
        }
        return found
    }

    /// The action a key does in a context: the context's own bindings first, then the shared ones.
    public func action(for key: Key, in context: KeyContext) -> Action? {
        if let binding = tables[context]?.first(where: { $0.keys.contains(key) }) { return binding.action }
        guard context.sharesEverywhereKeys else { return nil }
        return tables[.everywhere]?.first { $0.keys.contains(key) }?.action
    }

    /// The keys of an action in a context (or shared), for messages such as "press / to search".
    public func keys(for action: Action, in context: KeyContext) -> [Key] {
        (tables[context] ?? []).first { $0.action == action }?.keys
            ?? (tables[.everywhere] ?? []).first { $0.action == action }?.keys ?? []
    }

    /// "↑↓ move  space tick  enter open  ? help": the footer for a context, without the
    /// actions that would do nothing now.
    /// - Parameter width: the columns there are: the items that do not fit are left out whole
    ///   (help stays, last), never cut in the middle.
    public func footer(for context: KeyContext, without unavailable: Set<Action> = [], width: Int? = nil) -> String {
        let bindings = (tables[context] ?? []).filter { !unavailable.contains($0.action) }
        let help = context.sharesEverywhereKeys ? (tables[.everywhere] ?? []).filter { $0.action == .help } : []
        var items = footerItems(bindings, pairingWithin: bindings)
        let last = footerItems(help, pairingWithin: bindings)
        while let width, !items.isEmpty, DisplayWidth.of((items + last).joined(separator: "  ")) > width {
            items.removeLast()
        }
        return (items + last).joined(separator: "  ")
    }

    private func footerItems(_ shown: [Binding], pairingWithin bindings: [Binding]) -> [String] {
        shown.compactMap { binding -> String? in
            guard let label = binding.footer, let first = binding.keys.first else { return nil }
            var keys = KeyNames.label(of: first)
            if let pair = binding.footerPair, let other = bindings.first(where: { $0.action == pair })?.keys.first {
                // Arrows read as a pair on their own ("↑↓"), digits as a range ("1-4"), other keys with a slash ("[/]").
                let arrows: Set<Key> = [.up, .down, .left, .right]
                let digits = [first, other].allSatisfy { if case .character(let c) = $0 { c.isNumber } else { false } }
                keys +=
                    (arrows.contains(first) && arrows.contains(other) ? "" : digits ? "-" : "/")
                    + KeyNames.label(of: other)
            }
            return keys + " " + label
        }
    }

    /// Help lines for a context: keys (all of them, spaced) and what they do.
    public func help(for context: KeyContext, without unavailable: Set<Action> = []) -> [(keys: String, action: String)]
    {
        (tables[context] ?? []).filter { !unavailable.contains($0.action) }.map { binding in
            (binding.keys.map(KeyNames.label).joined(separator: " "), binding.help)
        }
    }
}

/// Keys bound to two actions in one context.
public struct KeyConflicts: Error, Sendable {
    public struct Conflict: Sendable, Equatable {
        public let context: KeyContext
        public let key: Key
        public let actions: [Action]
    }

    public let conflicts: [Conflict]
}
