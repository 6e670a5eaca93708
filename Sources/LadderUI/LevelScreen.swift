import LadderCore
import LadderText

/// A level as the level model sees it: what its sources say of it (grouped by expert), what
/// changes there and what to watch out for, what carries up from below (by the level it comes
/// from), and the PM role in general; a detail pane shows the selected entry in full.
struct LevelScreen: BrowsingScreen {
    let level: Level
    var browser: SkillBrowser
    let listContext = KeyContext.level
    let emptyMessage = "No expert speaks to this level yet."

    init(level: Level, catalog: Catalog, selecting skillID: String? = nil) {
        self.level = level
        browser = SkillBrowser(rows: Self.rows(level: level, catalog: catalog))
        if let skillID { browser.select(skillID: skillID) }
    }

    static func rows(level: Level, catalog: Catalog) -> [SkillBrowser.Row] {
        guard let entries = catalog.entries(at: level.id) else { return [] }
        var rows: [SkillBrowser.Row] = []
        func areaLabel(_ entry: SkillEntry) -> String { catalog.area(id: entry.area)?.shortName ?? entry.area }
        func section(_ title: String, _ groups: [ExpertGroup], standing: (SkillEntry) -> String?) {
            guard !groups.isEmpty else { return }
            if !rows.isEmpty { rows.append(.blank) }
            rows.append(.heading(title, .title))
            for group in groups {
                rows.append(.heading(Self.groupHeading(group, catalog: catalog), .heading))
                rows += group.entries.map { .skill($0, label: areaLabel($0), standing: standing($0)) }
            }
        }
        let title = level.shortTitle
        let newIDs = Set(entries.new.map(\.id))
        if entries.said.isEmpty { rows.append(.heading("No expert speaks to \(title) in particular.", .dim)) }
        let voices = Plural.count(entries.levelVoices.count, "voice")
        section(
            "Said of \(title): \(Plural.count(entries.said.count, "skill")) from \(voices)",
            catalog.groupMostParticularFirst(entries.said)
        ) { newIDs.contains($0.id) ? "new at \(title)" : "said of \(title), and of a level below" }
        section("What changes at \(title)", catalog.group(entries.changes)) { _ in
            "a change the source notes at \(title)"
        }
        section("Watch out for", catalog.group(entries.watchOuts)) {
            $0.scope == .role ? "a risk of the PM role in general" : "a risk at \(title)"
        }
        if !entries.carried.isEmpty {
            rows += [
                .blank, .heading("Carried up from below: \(Plural.count(entries.carried.count, "skill"))", .title),
            ]
            // Nearest level first, then each expert's entries from it.
            let origins = (catalog.levelGraph.levels(below: level.id)).filter { origin in
                entries.carried.contains { $0.from.id == origin }
            }
            for origin in origins {
                let fromHere = entries.carried.filter { $0.from.id == origin }
                for group in catalog.group(fromHere.map(\.entry)) {
                    let from = fromHere[0].from.shortTitle
                    rows.append(.heading("From \(from) · " + Self.groupHeading(group, catalog: catalog), .heading))
                    rows += group.entries.map { .skill($0, label: areaLabel($0), standing: "carried up from \(from)") }
                }
            }
        }
        let roleVoices = Plural.count(entries.roleVoices.count, "voice")
        section(
            "On the PM role in general: \(Plural.count(entries.role.count, "skill")) from \(roleVoices)",
            catalog.group(entries.role)
        ) { _ in
            "on the PM role in general: it applies at every level"
        }
        return rows
    }

    /// "Ada Example · Head of Product, Example Co (Q&A page)".
    static func groupHeading(_ group: ExpertGroup, catalog: Catalog) -> String {
        let affiliation = group.expert.affiliation.map { " · " + $0 } ?? ""
        let notes = catalog.quoteKind(of: group.entries[0]) == .summaryNotes ? "; summary notes" : ""
        return group.expert.name + affiliation + "  (" + group.source.kind.label + notes + ")"
    }

    var title: String { level.shortTitle }

    /// Selects a skill; false when this level does not show it.
    @discardableResult
    mutating func select(skillID: String) -> Bool {
        browser.select(skillID: skillID)
    }

    mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand]? {
        if let commands = browser.perform(action, context: context) { return commands }
        if action == .back { return [.pop] }
        return ScreenCommand.forLevel(action, level: level, context: context)
    }
}

/// The full account of one entry, as lines wrapped to a width: shared by the level screen's
/// detail pane and the skill screen: the user's rating and the opinions first, the expert's
/// words, then the user's evidence.
enum SkillDetail {
    struct Line {
        let text: String
        let style: Style
    }

    /// - Parameters:
    ///   - standing: where the entry stands on the screen showing it ("carried up from PM").
    ///   - showsRatings: false where no one person's ratings belong (a team's gap).
    static func lines(
        for skill: SkillEntry, context: ScreenContext, width: Int, standing: String? = nil,
        showsRatings: Bool = true
    ) -> [Line] {
        let catalog = context.catalog
        var lines: [Line] = []
        func add(_ text: String, _ style: Style, indent: Int = 0) {
            for (index, line) in TextLayout.wrap(Sanitizer.clean(text), width: max(10, width - indent)).enumerated() {
                lines.append(Line(text: String(repeating: " ", count: index == 0 ? 0 : indent) + line, style: style))
            }
        }
        let owner = context.ratingsOwner.map { Sanitizer.clean($0) }
        switch skill.kind {
        case .skill where !showsRatings:
            break
        case .skill:
            if let record = context.progress.ratings[skill.id] {
                add(
                    "\(record.rating.mark) \(owner ?? "You"): \(record.rating.words), since \(record.ratedAt.prefix(10))",
                    record.rating.covers ? .ticked : .normal)
            } else if let owner {
                add("[ ] \(owner): not rated", .dim)
            } else {
                let tick = context.keyName(.tick, in: .skill), lowest = context.keyName(.rateNotYet, in: .skill)
                let highest = context.keyName(.rateExceeding, in: .skill)
                add("[ ] Not rated yet (\(tick) ticks it; \(lowest)-\(highest) rate it)", .dim)
            }
            for opinion in context.opinions {
                let rating = opinion.ratings[skill.id].map { "\($0.rating.mark) \($0.rating.words)" } ?? "[ ] not rated"
                add("\(opinion.name): \(rating)", .dim, indent: 4)
            }
        case .change: add("(~) A change the source notes: nothing to rate", .dim)
        case .watchOut: add("(!) A watch-out: nothing to rate", .dim)
        }
        add(skill.summary, .heading)
        add("“" + skill.quote + "”", .normal, indent: 1)
        add("— " + catalog.attribution(of: skill), .normal, indent: 2)
        if let source = catalog.source(id: skill.source) {
            add("\(skill.locator) · \(source.title) (\(catalog.sourceFacts(source)))", .dim)
            if let address = source.address { add(address, .dim) }
        }
        add("\(context.areaName(skill.area)) · \(catalog.placement(of: skill))", .accent)
        lines.append(Line(text: skill.id, style: .dim))  // whole, on its own line: copied, it works in `ladder tick`
        if let standing { add("Here: " + standing, .dim) }
        for replaced in skill.replaces.compactMap(catalog.skill(id:)) {
            add(
                (skill.kind == .change ? "Leaves behind: " : "Supersedes: ") + replaced.summary
                    + " (\(catalog.placement(of: replaced)))", .dim, indent: 2)
        }
        let evidence = showsRatings ? context.progress.evidence(for: skill.id) : []
        if !evidence.isEmpty {
            add(
                owner.map { "\($0)'s evidence, newest first:" }
                    ?? "Your evidence, newest first (\(context.keyName(.evidence, in: .level)) to edit):",
                .heading)
            for entry in evidence {
                add("\(entry.date)  \(entry.text)", .normal, indent: 12)
            }
        }
        return lines
    }
}
