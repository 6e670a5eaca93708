import LadderCore

/// One entry in full: your tick and note, its summary, the expert's words, whose words they
/// are, where they were said.
struct SkillScreen: ExplorerScreen {
    let skill: SkillEntry
    private var scroll = LineScroll()

    init(skill: SkillEntry) {
        self.skill = skill
    }

    var title: String { "Skill" }
    let keyContext = KeyContext.skill
    var unavailableActions: Set<Action> { skill.isSkill ? [] : [.tick, .note] }
    var selectedSkillID: String? { skill.id }

    mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand]? {
        if let movement = Movement(action) {
            scroll.move(movement)
            return []
        }
        if action == .back { return [.pop] }
        return SkillBrowser.skillCommands(action, skill, context: context)
    }

    mutating func click(_ target: ClickTarget, context: ScreenContext) -> [ScreenCommand] { [] }

    private func width(of area: Rect) -> Int { min(area.width - 4, 96) }

    mutating func layout(in area: Rect, context: ScreenContext) {
        scroll.fit(
            lineCount: SkillDetail.lines(for: skill, context: context, width: width(of: area)).count,
            pageSize: area.height - 1)
    }

    func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> ClickMap {
        let width = width(of: area)
        let lines = SkillDetail.lines(for: skill, context: context, width: width)
        for (index, line) in scroll.visible(lines).enumerated() {
            grid.put(line.text, x: area.x + 2, y: area.y + 1 + index, style: line.style, maxWidth: width)
        }
        return ClickMap()
    }
}
