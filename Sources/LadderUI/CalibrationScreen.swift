import LadderCore
import LadderText

/// Where the user's ratings and the opinions they keep differ: two steps or more apart first
/// (a serious disconnect), each skill with its words and the user's evidence in the detail
/// pane, to talk through in a 1:1.
struct CalibrationScreen: BrowsingScreen {
    var browser: SkillBrowser
    let listContext = KeyContext.calibration
    let emptyMessage = ""

    init(context: ScreenContext) {
        browser = SkillBrowser(rows: Self.rows(context: context))
    }

    let title = "Calibration"

    static func rows(context: ScreenContext) -> [SkillBrowser.Row] {
        guard !context.opinions.isEmpty else {
            return [
                .heading("You keep no opinions yet.", .heading),
                .heading("Someone rates your skills blind with ladder, sends you the file, and", .dim),
                .heading("`ladder opinion add FILE --name NAME` keeps it beside your progress.", .dim),
            ]
        }
        let differences = context.catalog.calibration(context.progress, opinions: context.opinions)
        let names = context.opinions.map(\.name).joined(separator: ", ")
        var rows: [SkillBrowser.Row] = [
            .heading("You and \(names): \(Plural.count(differences.count, "skill")) rated differently", .title)
        ]
        if differences.isEmpty { rows.append(.heading("Where you both rated a skill, you agree.", .dim)) }
        for (title, group) in [
            ("Two steps or more apart: a serious disconnect", differences.filter { $0.steps >= 2 }),
            ("One step apart", differences.filter { $0.steps == 1 }),
        ] where !group.isEmpty {
            rows += [.blank, .heading("\(title) (\(group.count))", .heading)]
            rows += group.map { difference in
                let theirs = difference.opinions.map { "\($0.name): \($0.rating.words)" }.joined(separator: " · ")
                return .skill(
                    difference.skill, label: context.areaName(difference.skill.area, short: true),
                    standing:
                        "you: \(difference.own.words) · \(theirs) (\(Plural.count(difference.steps, "step")) apart)")
            }
        }
        return rows
    }

    mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand]? {
        if let commands = browser.perform(action, context: context) { return commands }
        return action == .back ? [.pop] : nil
    }

    /// A rating changed: the differences again, the cursor where it was.
    mutating func progressChanged(context: ScreenContext) {
        var fresh = SkillBrowser(rows: Self.rows(context: context))
        fresh.keepPosition(of: browser)
        browser = fresh
    }
}
