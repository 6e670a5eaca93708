import LadderCore

/// One skill in full: summary, the expert's words, who said it and where, the user's note.
struct SkillScreen: ExplorerScreen {
    let skill: SkillEntry
    private var offset = 0
    private var lastPageSize = 10

    init(skill: SkillEntry) {
        self.skill = skill
    }

    var title: String { "Skill" }
    let keyHints = "space tick  e note  ↑↓ scroll  esc back  ? help"
    var helpKeys: [KeyHelp] {
        [
            KeyHelp("space", "tick or untick this skill (saved at once)"),
            KeyHelp("e", "write an evidence note for this skill"),
            KeyHelp("↑ ↓  k j  pgup pgdn", "scroll"),
            KeyHelp("esc  ← h  backspace", "back to the level"),
        ]
    }

    var selectedSkillID: String? { skill.id }

    mutating func handle(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        if let movement = key.movement {
            switch movement {
            case .up: offset = max(0, offset - 1)
            case .down: offset += 1
            case .pageUp: offset = max(0, offset - lastPageSize)
            case .pageDown: offset += lastPageSize
            case .top: offset = 0
            case .bottom: offset = Int.max / 2
            }
            return []
        }
        switch key {
        case .character(" "): return [SkillBrowser.toggle(skill, context: context)]
        case .character("e"): return [.editNote(skill)]
        case _ where key.isBack: return [.pop]
        default: return nil
        }
    }

    mutating func click(item index: Int, context: ScreenContext) -> [ScreenCommand] { [] }

    mutating func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> [Int: Int] {
        let width = min(area.width - 4, 96)
        let lines = SkillDetail.lines(for: skill, context: context, width: width)
        lastPageSize = max(1, area.height - 1)
        offset = max(0, min(offset, max(0, lines.count - area.height + 1)))
        for (index, line) in lines.dropFirst(offset).prefix(area.height - 1).enumerated() {
            grid.put(line.text, x: area.x + 2, y: area.y + 1 + index, style: line.style, maxWidth: width)
        }
        return [:]
    }
}
