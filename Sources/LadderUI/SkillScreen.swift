import LadderCore

/// One entry in full: your tick and note, its summary, the expert's words, whose words they
/// are, where they were said.
struct SkillScreen: ExplorerScreen {
    let skill: SkillEntry
    private var offset = 0
    /// Set by `layout`: the lines that fit, and how many there are.
    private var pageSize = 10
    private var lineCount = 0

    init(skill: SkillEntry) {
        self.skill = skill
    }

    var title: String { "Skill" }
    let keyContext = KeyContext.skill
    var unavailableActions: Set<Action> { skill.isSkill ? [] : [.tick, .note] }
    var selectedSkillID: String? { skill.id }

    mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand]? {
        if let movement = Movement(action) {
            switch movement {
            case .up: offset -= 1
            case .down: offset += 1
            case .pageUp: offset -= pageSize
            case .pageDown: offset += pageSize
            case .top: offset = 0
            case .bottom: offset = lineCount
            }
            return []
        }
        if action == .back { return [.pop] }
        return SkillBrowser.skillCommands(action, skill, context: context)
    }

    mutating func click(_ target: ClickTarget, context: ScreenContext) -> [ScreenCommand] { [] }

    private func width(of area: Rect) -> Int { min(area.width - 4, 96) }

    mutating func layout(in area: Rect, context: ScreenContext) {
        pageSize = max(1, area.height - 1)
        lineCount = SkillDetail.lines(for: skill, context: context, width: width(of: area)).count
        offset = max(0, min(offset, max(0, lineCount - pageSize)))
    }

    func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> ClickMap {
        let width = width(of: area)
        let lines = SkillDetail.lines(for: skill, context: context, width: width)
        for (index, line) in lines.dropFirst(offset).prefix(pageSize).enumerated() {
            grid.put(line.text, x: area.x + 2, y: area.y + 1 + index, style: line.style, maxWidth: width)
        }
        return ClickMap()
    }
}
