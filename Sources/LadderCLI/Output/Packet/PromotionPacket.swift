import LadderCore
import LadderCharts
import LadderText
import LadderUI

/// The case for one target level, area by area: what the experts who speak to that level say
/// it needs (their words, attributed), how the user and the opinions they keep rate the skills
/// that apply there, the user's dated evidence, what is still open, and the check-ins over
/// time. Where `ladder report` surveys everything for a 1:1, the packet argues for one level.
/// Its two renderings, Markdown and HTML, draw from this one account.
struct PromotionPacket {
    /// One skill as the packet shows it: the user's rating, each opinion's, the evidence.
    struct RatedSkill {
        let skill: SkillEntry
        let own: RatingRecord?
        let opinions: [(name: String, rating: Rating)]
        let evidence: [EvidenceEntry]
    }

    struct AreaSection {
        let area: SkillArea
        /// The experts who speak to the target in particular and name this area there, of all those who speak to it.
        let experts: Int
        let met: Int
        let total: Int
        /// What is said of the target level here (level-specific entries, changes and watch-outs included).
        let said: [SkillEntry]
        /// Every skill that applies here that the user or an opinion rated, or that has evidence.
        let rated: [RatedSkill]
        /// New on the way up and not yet met, in full.
        let openNew: [SkillEntry]
        /// Not yet met and counted only: carried up from below, and on the PM role.
        let openCarried: Int
        let openRole: Int
    }

    let catalog: Catalog
    /// Limited to the review period, when there is one: ratings as they stand, evidence and
    /// check-ins of the period only.
    let progress: UserProgress
    let opinions: [Opinion]
    let period: ReviewPeriod?
    let target: Level
    /// The level the gap is measured from: the user's current level, else the rung below the target.
    let from: Level?
    /// The day it was made, `YYYY-MM-DD`.
    let date: String
    let entries: LevelEntries
    let gap: LevelGap?
    let chart: AreaChart
    let areas: [AreaSection]
    let history: [HistoryEntry]
    /// Every check-in kept, in the period or not.
    let allCheckinCount: Int

    init(
        catalog: Catalog, progress allProgress: UserProgress, opinions: [Opinion], target: Level, date: String,
        period: ReviewPeriod? = nil
    ) {
        let progress = period.map(allProgress.limited(to:)) ?? allProgress
        self.catalog = catalog
        self.progress = progress
        self.opinions = opinions
        self.period = period
        self.target = target
        self.date = date
        entries = catalog.entries(at: target.id)!
        let current = progress.currentLevel.flatMap(catalog.level(id:))
            .flatMap { catalog.problemWithTarget(target.id, current: $0.id) == nil && $0.id != target.id ? $0 : nil }
        from = current ?? catalog.levelGraph.levels(below: target.id).first.flatMap(catalog.level(id:))
        gap = from.flatMap { catalog.gap(from: $0.id, to: target.id, progress) }
        chart = AreaChart(catalog: catalog, level: target, progress: progress, opinions: opinions, firstPerson: true)
        // What changed at each check-in is measured against the one before, even outside the period.
        history = Catalog.history(allProgress).filter { period?.contains($0.checkin.at) ?? true }
        allCheckinCount = allProgress.checkins.count

        let applying = entries.skills
        let areaProgress = Dictionary(
            uniqueKeysWithValues: catalog.areaProgress(at: target.id, progress).map { ($0.area.id, $0) })
        let said = entries.said + entries.changes + entries.watchOuts.filter { $0.scope == .level }
        let gap = self.gap
        func open(_ part: LevelGap.Part, in area: String) -> [SkillEntry] {
            gap?.section(part).areas.first { $0.area.id == area }?.open ?? []
        }
        areas = catalog.areas.compactMap { area -> AreaSection? in
            let here = applying.filter { $0.area == area.id }
            guard !here.isEmpty || said.contains(where: { $0.area == area.id }) else { return nil }
            let rated = here.compactMap { skill -> RatedSkill? in
                let theirs = opinions.compactMap { opinion in
                    opinion.ratings[skill.id].map { (name: opinion.name, rating: $0.rating) }
                }
                let evidence = progress.evidence(for: skill.id)
                let own = progress.ratings[skill.id]
                return own == nil && theirs.isEmpty && evidence.isEmpty
                    ? nil
                    : RatedSkill(skill: skill, own: own, opinions: theirs, evidence: evidence)
            }
            return AreaSection(
                area: area, experts: areaProgress[area.id]?.expertCount ?? 0,
                met: areaProgress[area.id]?.ticked ?? 0, total: areaProgress[area.id]?.total ?? 0,
                said: catalog.groupMostParticularFirst(said.filter { $0.area == area.id }).flatMap(\.entries),
                rated: rated.sorted {
                    ($1.own?.rating.step ?? -1, $0.skill.id) < ($0.own?.rating.step ?? -1, $1.skill.id)
                },
                openNew: open(.new, in: area.id), openCarried: open(.carried, in: area.id).count,
                openRole: open(.role, in: area.id).count)
        }
    }

    var met: Int { areas.reduce(0) { $0 + $1.met } }
    var total: Int { areas.reduce(0) { $0 + $1.total } }

    /// "Director of Product: 14 of 241 skills met (3 of 71 new on the way from Senior PM)".
    var summary: String {
        var line = "\(target.title): \(met) of \(Plural.count(total, "skill")) met"
        if let gap, let from {
            let new = gap.section(.new)
            line += " (\(new.ticked) of \(new.total) new on the way from \(from.shortTitle))"
        }
        return line
    }

    /// "What applies at Director: what is said of it, what is carried up to it from the levels
    /// below, the PM role in general; nothing only of a lower level".
    var covers: String {
        let hasBelow = !catalog.levelGraph.levels(below: target.id).isEmpty
        let parts = [
            "what is said of it", hasBelow ? "what is carried up to it from the levels below" : nil,
            "the PM role in general",
        ]
        return "What applies at \(target.shortTitle): " + parts.compactMap { $0 }.joined(separator: ", ")
            + (hasBelow ? "; nothing that only a lower level needs" : "")
    }

    /// "Evidence and check-ins dated 2026-01-01 to 2026-06-30; ratings as they stand on 2026-07-02", or nil without a period.
    var periodWords: String? {
        period.map { "Evidence and check-ins dated \($0.since) to \($0.until); ratings as they stand on \(date)" }
    }

    /// What the check-ins section says when it has none: none at all, or none in the period
    /// (then every check-in kept is outside it).
    func noCheckins(command: String) -> String {
        guard let period else { return "No check-ins yet (\(command) freezes where I stand)." }
        return "No check-ins from \(period.since) to \(period.until)"
            + (allCheckinCount > 0 ? " (\(allCheckinCount) outside the period)." : ".")
    }

    /// "Skills met at Director, check-in by check-in (of 253 today; the scale runs from 4 to 7)".
    var timelineCaption: String {
        let scale = LineChart.axis(for: timeline, maximum: total)
        return "Skills met at \(target.shortTitle), check-in by check-in (of \(total) today; "
            + "the scale runs from \(scale.lowerBound) to \(scale.upperBound))"
    }

    /// The check-ins that counted this target level, as points: what was met there then. (A
    /// check-in aimed elsewhere counted other levels; it is left out rather than recounted with
    /// today's catalog.)
    var timeline: [LineChart.Point] {
        history.compactMap { entry in
            let counts = entry.checkin.areas.filter { $0.level == target.id }
            guard !counts.isEmpty else { return nil }
            return LineChart.Point(label: String(entry.checkin.at.prefix(10)), value: counts.reduce(0) { $0 + $1.met })
        }
    }

    /// How an expert's entry reads in the packet: "“quote” — who, where".
    func attribution(_ entry: SkillEntry) -> (quote: String, who: String, whereSaid: String) {
        let source = catalog.source(id: entry.source)
        let whereSaid = [entry.locator, source?.title, source.map(catalog.sourceFacts)].compactMap { $0 }.joined(
            separator: " · ")
        return ("“" + entry.quote + "”", catalog.attribution(of: entry), whereSaid)
    }

    /// The sources the packet quotes, in catalog order.
    var quotedSources: [Source] {
        let quoted = Set(
            areas.flatMap { $0.said.map(\.source) + $0.rated.map(\.skill.source) + $0.openNew.map(\.source) })
        return catalog.sources.filter { quoted.contains($0.id) }
    }

    /// "What the experts say of Director", or who else says it when a company's ladder does:
    /// its words are never passed off as an expert's.
    func saidHeading(_ section: AreaSection) -> String {
        let frameworks = Set(
            section.said.compactMap { catalog.source(id: $0.source) }.filter { $0.kind == .framework }.map(\.title)
        ).sorted()
        let experts = section.said.contains { catalog.source(id: $0.source)?.kind != .framework }
        let who =
            switch (experts, frameworks.isEmpty) {
            case (_, true): "the experts say"
            case (false, false): frameworks.joined(separator: " and ") + (frameworks.count == 1 ? " says" : " say")
            case (true, false): "the experts and " + frameworks.joined(separator: " and ") + " say"
            }
        return "What \(who) of \(target.shortTitle)"
    }

    static let sourcesNote =
        "Summaries of the experts' words are ladder's own; a company ladder's are its own text. Quotes are "
        + "copied verbatim from these sources, and each says whose words it is: an expert's own, summary notes of what they said, "
        + "the source's author describing their idea, or the company's ladder."
}
