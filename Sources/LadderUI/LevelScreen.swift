import LadderCore
import LadderText

/// A level's skills grouped by expert, each with a checkbox, and a detail pane with the
/// selected skill's quote, locator and source.
struct LevelScreen: ExplorerScreen {
    let level: Level
    private var browser: SkillBrowser

    init(level: Level, catalog: Catalog, selecting skillID: String? = nil) {
        self.level = level
        var rows: [SkillBrowser.Row] = []
        for group in catalog.skillsByExpert(at: level.id) {
            let affiliation = group.expert.affiliation.map { " · " + $0 } ?? ""
            rows.append(.heading(group.expert.name + affiliation + "  (" + group.source.kind.label + ")", .heading))
            rows += group.entries.map { .skill($0, label: catalog.area(id: $0.area)?.shortName ?? $0.area) }
        }
        browser = SkillBrowser(rows: rows)
        if let skillID { browser.select(skillID: skillID) }
    }

    var title: String { level.shortTitle }
    var keyHints: String { browser.keyHints }
    var helpKeys: [KeyHelp] {
        SkillBrowser.helpKeys + [
            KeyHelp("c", "this level's experts side by side"),
            KeyHelp(">", "next step: what is left to tick for the next level"),
            KeyHelp("d", "what changes between this level and another"),
            KeyHelp("a", "areas at a glance: your ticks per skill area"),
            KeyHelp("s  t", "set this level as your current / target level"),
            KeyHelp("esc  ← h  backspace", "back to the ladder"),
        ]
    }

    var selectedSkillID: String? { browser.selectedSkill?.id }

    mutating func select(skillID: String) {
        browser.select(skillID: skillID)
    }

    mutating func handle(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        if let commands = browser.handle(key, context: context) { return commands }
        if key.isBack { return [.pop] }
        return ScreenCommand.forLevelKey(key, level: level)
    }

    mutating func click(item index: Int, context: ScreenContext) -> [ScreenCommand] {
        browser.click(item: index, context: context)
    }

    mutating func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> [Int: Int] {
        browser.render(into: &grid, area: area, context: context, emptyMessage: "No expert speaks to this level yet.")
    }
}

/// The full account of one skill, as lines wrapped to a width: shared by the level
/// screen's detail pane and the skill screen.
enum SkillDetail {
    struct Line {
        let text: String
        let style: Style
    }

    static func lines(for skill: SkillEntry, context: ScreenContext, width: Int) -> [Line] {
        let catalog = context.catalog
        var lines: [Line] = []
        func add(_ text: String, _ style: Style, indent: Int = 0) {
            for (index, line) in TextLayout.wrap(Sanitizer.clean(text), width: max(10, width - indent)).enumerated() {
                lines.append(Line(text: String(repeating: " ", count: index == 0 ? 0 : indent) + line, style: style))
            }
        }
        let box = context.isTicked(skill) ? "[x] " : "[ ] "
        add(box + skill.summary, .heading, indent: 4)
        add("“" + skill.quote + "”", .normal, indent: 1)
        if let expert = catalog.expert(id: skill.expert) {
            add("— " + ([expert.name, expert.affiliation].compactMap { $0 }.joined(separator: ", ")), .normal, indent: 2)
        }
        if let source = catalog.source(id: skill.source) {
            let facts = [source.kind.label, source.publisher, source.date].compactMap { $0 }.joined(separator: ", ")
            add("\(skill.locator) · \(source.title) (\(facts))", .dim)
            if let address = source.address { add(address, .dim) }
        }
        let levels = skill.levels.map(context.levelTitle).joined(separator: ", ")
        add("\(context.areaName(skill.area)) · \(levels) · \(skill.id)", .accent)
        if let ticked = context.progress.ticks[skill.id], !ticked.isEmpty {
            add("Ticked \(ticked)", .ticked)
        }
        if let note = context.progress.notes[skill.id] {
            add("Note: " + note, .normal, indent: 6)
        }
        return lines
    }
}
