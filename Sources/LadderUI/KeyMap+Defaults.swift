/// The default key tables: the keys a terminal user expects (arrows and vim keys, Enter to
/// open, Esc, ← or Backspace to go back, Tab to switch, / to search, ? for help, q to quit).
extension KeyMap {
    static let defaults: [KeyContext: [Binding]] = {
        let pageUp = Binding(.pageUp, [.pageUp, .control("b")], "a page up")
        let pageDown = Binding(.pageDown, [.pageDown, .control("f")], "a page down")
        let top = Binding(.top, [.character("g"), .home], "the first")
        let bottom = Binding(.bottom, [.character("G"), .end], "the last")
        let back = Binding(.back, [.escape, .left, .character("h"), .backspace], "back", footer: "back")
        let open = Binding(
            .open, [.enter, .right, .character("l")], "open the skill: its quote, source, rating and evidence",
            footer: "open")
        let tick = Binding(
            .tick, [.character(" ")], "tick or untick the skill: rate it meeting, or clear it (saved at once)",
            footer: "tick")
        let note = Binding(.note, [.character("e")], "add a dated piece of evidence for the skill", footer: "evidence")
        // A rating is a tick with shades: every place that ticks, rates.
        let rate = [
            Binding(.rateNotYet, [.character("1")], "rate it: not yet", footer: "rate", pairedWith: .rateExceeding),
            Binding(.rateWorkingTowards, [.character("2")], "rate it: working towards"),
            Binding(.rateMeeting, [.character("3")], "rate it: meeting"),
            Binding(.rateExceeding, [.character("4")], "rate it: exceeding"),
            Binding(.clearRating, [.character("0")], "clear its rating"),
            Binding(.evidence, [.character("E")], "its evidence, to edit or delete entries"),
        ]
        // On the ladder these show in the footer; in a level's list, the list's keys do.
        func levelKeys(inFooter: Bool) -> [Binding] {
            [
                Binding(
                    .compare, [.character("c")], "the level's experts side by side", footer: inFooter ? "compare" : nil),
                Binding(
                    .nextStep, [.character(">")], "next step: what is left to tick for the next level",
                    footer: inFooter ? "next step" : nil),
                Binding(.whatChanges, [.character("d")], "what changes between this level and another"),
                Binding(
                    .areas, [.character("a")], "areas at a glance: a radar of what the level asks and your ratings"),
                Binding(
                    .holdAgainst, [.character("v")],
                    "a company's level held against the experts at the level it matched"),
                Binding(.setCurrent, [.character("s")], "make it your current level"),
                Binding(.setTarget, [.character("t")], "make it your target level"),
                Binding(.calibrate, [.character("o")], "calibration: where you and the opinions you keep differ"),
                Binding(.timeline, [.character("T")], "timeline: your check-ins over time"),
                Binding(
                    .team, [.character("m")],
                    "your team (copies of reports' files you keep): who is ready for a level, where the team is thin",
                    footer: inFooter ? "team" : nil),
            ]
        }
        // The evidence editor's: its two fields share them.
        let save = Binding(.save, [.enter], "save the evidence", footer: "save")
        let cancel = Binding(.back, [.escape], "close without saving", footer: "cancel")
        let clearText = Binding(.clearText, [.control("u")], "clear the field", footer: "clear")
        let list =
            [
                Binding(.up, [.up, .character("k")], "the skill above", footer: "move", pairedWith: .down),
                Binding(.down, [.down, .character("j")], "the skill below"),
                pageUp, pageDown, top, bottom, tick, note, open,
                Binding(
                    .switchPane, [.tab, .backTab], "switch between the list and the detail pane (then ↑↓ scroll it)"),
                back,
            ] + rate
        return [
            .ladder: [
                Binding(.up, [.up, .character("k")], "up the track", footer: "move", pairedWith: .down),
                Binding(.down, [.down, .character("j")], "down the track"),
                Binding(.top, [.character("g"), .home, .pageUp], "the top of the track"),
                Binding(.bottom, [.character("G"), .end, .pageDown], "the first rung"),
                Binding(
                    .nextTrack, [.tab, .character("L")],
                    "the other track (on a shared level, the branch that moving up follows)", footer: "track"),
                Binding(
                    .previousTrack, [.backTab, .left, .character("h"), .character("H")],
                    "the other track, the other way"),
                Binding(
                    .open, [.enter, .right, .character("l")], "open the level: what each expert says it needs",
                    footer: "open"),
            ] + levelKeys(inFooter: true),
            .level: list + levelKeys(inFooter: false),
            .detail: [
                Binding(.up, [.up, .character("k")], "scroll the detail up", footer: "scroll", pairedWith: .down),
                Binding(.down, [.down, .character("j")], "scroll the detail down"),
                pageUp, pageDown, top, bottom, tick, note,
                Binding(.switchPane, [.tab, .backTab], "back to the list", footer: "list"),
                Binding(.back, [.escape, .left, .character("h"), .backspace], "back to the list"),
            ] + rate,
            .skill: [
                Binding(.up, [.up, .character("k")], "scroll up", footer: "scroll", pairedWith: .down),
                Binding(.down, [.down, .character("j")], "scroll down"),
                pageUp, pageDown, top, bottom, tick, note, back,
            ] + rate,
            .sideBySide: [
                Binding(
                    .up, [.up, .character("k")], "the skill above in this expert's column", footer: "skill",
                    pairedWith: .down),
                Binding(.down, [.down, .character("j")], "the skill below in this expert's column"),
                Binding(.pageUp, [.pageUp, .control("b")], "the previous area"),
                Binding(.pageDown, [.pageDown, .control("f")], "the next area"),
                Binding(.top, [.character("g"), .home], "the first area"),
                Binding(.bottom, [.character("G"), .end], "the last area"),
                Binding(.nextExpert, [.tab, .character("]")], "the next expert (columns scroll)", footer: "expert"),
                Binding(.previousExpert, [.backTab, .character("[")], "the previous expert"),
                Binding(.pin, [.character("p")], "pin or unpin the expert: pinned columns stay in view"),
                open, tick, note.quiet, back,
            ] + rate,
            .nextStep: list,
            .levelPicker: [
                Binding(.up, [.up, .character("k")], "the level above", footer: "choose", pairedWith: .down),
                Binding(.down, [.down, .character("j")], "the level below"),
                top, bottom,
                Binding(.open, [.enter, .right, .character("l")], "make it your current level", footer: "set it"),
                back,
            ],
            .whatChanges: [
                Binding(
                    .previousLevel, [.character("[")], "compare with the previous level", footer: "other level",
                    pairedWith: .nextLevel),
                Binding(.nextLevel, [.character("]")], "compare with the next level"),
            ] + list.map { [.note, .rateNotYet].contains($0.action) ? $0.quiet : $0 },
            .areas: [
                Binding(
                    .previousLevel, [.character("[")], "the previous level", footer: "level", pairedWith: .nextLevel),
                Binding(.nextLevel, [.character("]")], "the next level"),
                back,
            ],
            .evidence: [
                Binding(.up, [.up, .character("k")], "the entry above", footer: "move", pairedWith: .down),
                Binding(.down, [.down, .character("j")], "the entry below"),
                top, bottom,
                Binding(.open, [.enter], "edit the entry", footer: "edit"),
                Binding(.note, [.character("e"), .character("a")], "add an entry", footer: "add"),
                Binding(
                    .delete, [.character("x"), .character("d")], "delete the entry (asks first)", footer: "delete"),
                back,
            ],
            .calibration: list,
            .heldAgainst: list,
            .timeline: [
                Binding(.up, [.up, .character("k")], "the previous check-in", footer: "check-in", pairedWith: .down),
                Binding(.down, [.down, .character("j")], "the next check-in"),
                Binding(
                    .previousLevel, [.character("[")], "compare with an earlier check-in", footer: "compare with",
                    pairedWith: .nextLevel),
                Binding(.nextLevel, [.character("]")], "compare with a later check-in"),
                back,
            ],
            .team: [
                Binding(.up, [.up, .character("k")], "the row above", footer: "move", pairedWith: .down),
                Binding(.down, [.down, .character("j")], "the row below"),
                pageUp, pageDown, top, bottom,
                Binding(
                    .previousLevel, [.character("[")], "the previous level", footer: "level", pairedWith: .nextLevel),
                Binding(.nextLevel, [.character("]")], "the next level"),
                Binding(
                    .open, [.enter, .right, .character("l")], "a person's ratings at the level, or who meets a gap",
                    footer: "open"),
                back,
            ],
            .teamMember: [
                Binding(
                    .up, [.up, .character("k")], "the skill above (or scroll the detail)", footer: "move",
                    pairedWith: .down),
                Binding(.down, [.down, .character("j")], "the skill below (or scroll the detail)"),
                pageUp, pageDown, top, bottom,
                Binding(.switchPane, [.tab, .backTab], "switch between the list and the detail pane"),
                back,
            ] + [tick, note].map { Binding($0.action, $0.keys, "nothing: these ratings are a copy, read only") }
                + rate.map { Binding($0.action, $0.keys, "nothing: these ratings are a copy, read only") },
            .teamGap: [
                Binding(.up, [.up, .character("k")], "scroll up", footer: "scroll", pairedWith: .down),
                Binding(.down, [.down, .character("j")], "scroll down"),
                pageUp, pageDown, top, bottom, back,
            ],
            .help: [
                Binding(.up, [.up, .character("k")], "scroll this help up", footer: "scroll", pairedWith: .down),
                Binding(.down, [.down, .character("j")], "scroll this help down"),
                Binding(.pageUp, pageUp.keys, "a page up"),
                Binding(.pageDown, pageDown.keys, "a page down"),
                Binding(.top, top.keys, "the start of the help"),
                Binding(.bottom, bottom.keys, "the end of the help"),
            ],
            .search: [
                Binding(.up, [.up], "the previous match", footer: "choose", pairedWith: .down),
                Binding(.down, [.down], "the next match"),
                Binding(.pageUp, [.pageUp], "a page up"),
                Binding(.pageDown, [.pageDown], "a page down"),
                Binding(.open, [.enter], "show the match in its level", footer: "open"),
                Binding(.deleteBackward, [.backspace], "delete the last letter (on an empty query, stop searching)"),
                Binding(.back, [.escape], "stop searching", footer: "cancel"),
            ],
            .evidenceText: [
                save, cancel,
                Binding(.switchPane, [.tab, .backTab], "to the day it happened", footer: "the day"),
                Binding(
                    .cursorLeft, [.left, .control("b")], "a character back", footer: "move", pairedWith: .cursorRight),
                Binding(.cursorRight, [.right, .control("f")], "a character on"),
                Binding(.up, [.up], "the line above"),
                Binding(.down, [.down], "the line below"),
                Binding(.lineStart, [.home, .control("a")], "the start of the line"),
                Binding(.lineEnd, [.end, .control("e")], "the end of the line"),
                Binding(.deleteBackward, [.backspace], "delete the character before the cursor"),
                Binding(.deleteForward, [.control("d")], "delete the character under the cursor"),
                clearText,
            ],
            .evidenceDay: [
                save, cancel,
                Binding(.switchPane, [.tab, .backTab], "back to the text", footer: "the text"),
                Binding(.deleteBackward, [.backspace], "delete the last character of the day"),
                clearText,
            ],
            .question: [
                Binding(.yes, [.character("y"), .character("Y")], "yes", footer: "yes")
            ],
            .quitQuestion: [
                Binding(
                    .yes, [.character("y"), .character("Y")], "quit and lose what is not saved",
                    footer: "quit and lose them")
            ],
            .everywhere: [
                Binding(.search, [.character("/")], "search every level as you type", footer: "search"),
                Binding(.nextMatch, [.character("n")], "the next match of the last search"),
                Binding(.previousMatch, [.character("N")], "the previous match of the last search"),
                Binding(.help, [.character("?")], "the keys of this screen", footer: "help"),
                Binding(.quit, [.character("q")], "quit (asking first when something would be lost)"),
            ],
        ]
    }()
}
