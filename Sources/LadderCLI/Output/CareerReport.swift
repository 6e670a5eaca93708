import LadderCore
import LadderImport
import LadderText
import LadderFiles

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Everything a manager needs to see in a 1:1: where the user stands per level and area,
/// how they rate themselves with their evidence, where an opinion differs, what is open for
/// the next level, and whose words these are. (The promotion packet, `ladder packet`, argues
/// for one target level instead.)
struct CareerReport {
    let catalog: Catalog
    let progress: UserProgress
    let opinions: [Opinion]
    /// The day it was made, `YYYY-MM-DD`.
    let date: String

    /// The next levels the report measures against: the target when there is one, else the
    /// next level on each track.
    var nextLevels: [Level] {
        let next = catalog.nextLevels(progress)
        return progress.targetLevel == nil ? next : Array(next.prefix(1))
    }

    var gaps: [LevelGap] {
        guard let current = progress.currentLevel else { return [] }
        return nextLevels.compactMap { catalog.gap(from: current, to: $0.id, progress, opinions: opinions) }
    }

    /// Rated skills the catalog has, the highest rating first, then the oldest rating.
    var ratedSkills: [SkillEntry] {
        progress.ratings.keys.compactMap(catalog.skill(id:)).sorted { lhs, rhs in
            let (left, right) = (progress.ratings[lhs.id]!, progress.ratings[rhs.id]!)
            return (right.rating.step, left.ratedAt, lhs.id) < (left.rating.step, right.ratedAt, rhs.id)
        }
    }

    /// Skills with evidence that are not rated yet: work in progress.
    var evidenceOnUnrated: [SkillEntry] {
        progress.evidence.keys.filter { progress.ratings[$0] == nil }.compactMap(catalog.skill(id:)).sorted {
            $0.id < $1.id
        }
    }

    /// Levels to show per-area progress for: the current one and where it leads.
    var focusLevels: [Level] {
        (progress.currentLevel.flatMap(catalog.level(id:)).map { [$0] } ?? []) + nextLevels
    }

    // MARK: - Markdown

    func markdown() -> String {
        var lines: [String] = ["# Career progress report", "", "Made with ladder on \(date).", ""]
        lines.append("- **Current level:** " + levelName(progress.currentLevel))
        lines.append("- **Target level:** " + levelName(progress.targetLevel))
        let counts = Rating.allCases.reversed().map { rating in
            "\(progress.ratings.values.count { $0.rating == rating }) \(rating.words)"
        }
        lines.append("- **Skills rated:** \(progress.ratings.count) (\(counts.joined(separator: ", ")))")
        if !opinions.isEmpty {
            lines.append("- **Opinions kept:** " + Markdown.inline(opinions.map(\.name).joined(separator: ", ")))
        }

        lines += [
            "", "## Progress by level", "", "A skill counts as had when rated meeting or exceeding.", "",
            "| Level | Had | Skills | Done |", "|---|---:|---:|---:|",
        ]
        for entry in catalog.levelProgress(progress) {
            let marker =
                entry.level.id == progress.currentLevel
                ? " (current)" : entry.level.id == progress.targetLevel ? " (target)" : ""
            lines.append(
                "| \(Markdown.inline(entry.level.title))\(marker) | \(entry.ticked) | \(entry.total) | \(entry.percent)% |"
            )
        }

        if !focusLevels.isEmpty {
            lines += ["", "## Progress by area", ""]
            lines.append(
                "| Area | " + focusLevels.map { Markdown.inline($0.shortTitle) }.joined(separator: " | ") + " |")
            lines.append("|---|" + String(repeating: "---:|", count: focusLevels.count))
            let perLevel = focusLevels.map { level in
                Dictionary(uniqueKeysWithValues: catalog.areaProgress(at: level.id, progress).map { ($0.area.id, $0) })
            }
            for area in catalog.areas where perLevel.contains(where: { $0[area.id] != nil }) {
                let cells = perLevel.map { $0[area.id].map { "\($0.ticked)/\($0.total)" } ?? "–" }
                lines.append("| \(Markdown.inline(area.name)) | " + cells.joined(separator: " | ") + " |")
            }
        }

        lines += ["", "## How I rate myself, with evidence", ""]
        if ratedSkills.isEmpty { lines.append("Nothing rated yet.") }
        for skill in ratedSkills {
            let record = progress.ratings[skill.id]!
            let area = catalog.area(id: skill.area)?.name ?? skill.area
            let theirs = opinions.compactMap { opinion in
                opinion.ratings[skill.id].map { "\(opinion.name): \($0.rating.words)" }
            }
            lines.append(
                "- **\(Markdown.inline(skill.summary))**: \(record.rating.words) since \(record.ratedAt.prefix(10)) "
                    + "(\(Markdown.inline(area))\(theirs.isEmpty ? "" : "; " + Markdown.inline(theirs.joined(separator: ", "))))  "
            )
            lines.append("  \(Markdown.inline(attribution(skill)))")
            for entry in progress.evidence(for: skill.id) {
                lines.append("  - Evidence, \(entry.date): \(Markdown.inline(entry.text))")
            }
        }
        if !evidenceOnUnrated.isEmpty {
            lines += ["", "Evidence on skills not rated yet:", ""]
            for skill in evidenceOnUnrated {
                lines.append(
                    "- \(Markdown.inline(skill.summary)) (\(Markdown.inline(catalog.area(id: skill.area)?.name ?? skill.area)))"
                )
                for entry in progress.evidence(for: skill.id) {
                    lines.append("  - Evidence, \(entry.date): \(Markdown.inline(entry.text))")
                }
            }
        }
        let orphans = progress.orphanedRatings(in: catalog)
        if !orphans.isEmpty {
            lines += [
                "",
                "Ratings of skills the catalog no longer has: "
                    + orphans.map { "`\(Markdown.code($0))`" }.joined(separator: ", ") + ".",
            ]
        }

        if !opinions.isEmpty {
            let differences = catalog.calibration(progress, opinions: opinions)
            lines += ["", "## Where an opinion differs", ""]
            if differences.isEmpty { lines.append("Where a skill was rated by both, the ratings agree.") }
            for difference in differences {
                let theirs = difference.opinions.map { "\($0.name): \($0.rating.words)" }.joined(separator: ", ")
                let serious = difference.steps >= 2 ? " **(\(difference.steps) steps apart)**" : ""
                lines.append(
                    "- \(Markdown.inline(difference.skill.summary)): me \(difference.own.words); \(Markdown.inline(theirs))\(serious)"
                )
            }
        }

        lines += ["", "## Open gaps", ""]
        if progress.currentLevel == nil { lines.append("No current level set, so no next level to measure against.") }
        for gap in gaps {
            lines += ["### " + Markdown.inline(gap.summary), ""]
            if gap.ticked == gap.total { lines.append("Everything at \(Markdown.inline(gap.to.shortTitle)) is had.") }
            for section in gap.sections where !section.areas.isEmpty {
                lines += ["#### " + Markdown.inline(NextSteps.title(of: section, in: gap)), ""]
                guard section.part == .new else {
                    // What carries up and the PM role are listed per area: the new skills are the story.
                    for area in section.areas {
                        lines.append("- \(Markdown.inline(area.area.name)): \(area.open.count) open")
                    }
                    lines.append("")
                    continue
                }
                for area in section.areas {
                    let experts = Set(area.open.map(\.expert)).compactMap(catalog.expert(id:)).map(\.name).sorted()
                    lines.append(
                        "**\(Markdown.inline(area.area.name))**, named by \(Plural.count(area.expertCount, "voice")) at "
                            + "\(Markdown.inline(gap.to.shortTitle)); open from \(Markdown.inline(experts.joined(separator: ", "))):"
                    )
                    lines.append("")
                    for skill in area.open {
                        let expert = catalog.expert(id: skill.expert)?.name ?? skill.expert
                        let standing =
                            gap.standings[skill.id].flatMap { $0.isBlank ? nil : " — " + Markdown.inline($0.summary) }
                            ?? ""
                        lines.append("- [ ] \(Markdown.inline(skill.summary)) (\(Markdown.inline(expert)))\(standing)")
                    }
                    lines.append("")
                }
            }
        }

        lines += [
            "## Sources", "",
            "Summaries are ladder's own words. Quotes are copied verbatim from these sources, and each "
                + "says whose words it is: an expert's own, summary notes of what they said, or the source's author describing their idea.",
            "",
        ]
        for source in catalog.sources {
            let experts = Set(catalog.skills.filter { $0.source == source.id }.map(\.expert))
                .compactMap(catalog.expert(id:)).map(\.name).sorted()
            var line = "- *\(Markdown.inline(source.title))* (\(Markdown.inline(catalog.sourceFacts(source))))"
            if !experts.isEmpty { line += ": " + Markdown.inline(experts.joined(separator: ", ")) }
            if let address = source.address { line += ". " + Markdown.inline(address) }
            lines.append(line)
        }
        return lines.joined(separator: "\n").replacingBlankRuns() + "\n"
    }

    private func levelName(_ id: String?) -> String {
        guard let id else { return "not set" }
        guard let level = catalog.level(id: id) else { return "`\(Markdown.code(id))` (not in the catalog)" }
        return "\(Markdown.inline(level.title)) (`\(level.id)`)"
    }

    private func attribution(_ skill: SkillEntry) -> String {
        let source = catalog.source(id: skill.source)?.title ?? skill.source
        return "“\(skill.quote)”: \(catalog.attribution(of: skill)); \(source), \(skill.locator)"
    }

    // MARK: - JSON

    struct EvidenceJSON: Encodable {
        let date: String
        let text: String
    }

    struct RatedJSON: Encodable {
        let skill: SkillEntry
        let rating: String
        let ratedAt: String
        let evidence: [EvidenceJSON]
        let opinions: [OpinionRatingJSON]
    }

    struct OpinionRatingJSON: Encodable {
        let name: String
        let rating: String
    }

    struct UnratedJSON: Encodable {
        let skill: SkillEntry
        let evidence: [EvidenceJSON]
    }

    struct AreaJSON: Encodable {
        let area: String
        let ticked: Int
        let total: Int
        let expertCount: Int
    }

    struct LevelAreasJSON: Encodable {
        let level: String
        let areas: [AreaJSON]
    }

    struct JSON: Encodable {
        let date: String
        @NullEncoded var currentLevel: String?
        @NullEncoded var targetLevel: String?
        let levels: [ProgressReport.LevelJSON]
        let areas: [LevelAreasJSON]
        let rated: [RatedJSON]
        let evidenceOnUnrated: [UnratedJSON]
        let orphanedRatings: [String]
        let opinions: [String]
        let differences: [CalibrationJSON.Difference]
        let gaps: [NextSteps.GapJSON]
        let sources: [Source]
    }

    private func evidenceJSON(_ skillID: String) -> [EvidenceJSON] {
        progress.evidence(for: skillID).map { EvidenceJSON(date: $0.date, text: $0.text) }
    }

    var json: JSON {
        JSON(
            date: date,
            currentLevel: progress.currentLevel,
            targetLevel: progress.targetLevel,
            levels: catalog.levelProgress(progress).map {
                ProgressReport.LevelJSON(
                    id: $0.level.id, title: $0.level.title, ticked: $0.ticked, total: $0.total, percent: $0.percent)
            },
            areas: focusLevels.map { level in
                LevelAreasJSON(
                    level: level.id,
                    areas: catalog.areaProgress(at: level.id, progress).map {
                        AreaJSON(area: $0.area.id, ticked: $0.ticked, total: $0.total, expertCount: $0.expertCount)
                    })
            },
            rated: ratedSkills.map { skill in
                let record = progress.ratings[skill.id]!
                return RatedJSON(
                    skill: skill, rating: record.rating.rawValue, ratedAt: record.ratedAt,
                    evidence: evidenceJSON(skill.id),
                    opinions: opinions.compactMap { opinion in
                        opinion.ratings[skill.id].map {
                            OpinionRatingJSON(name: opinion.name, rating: $0.rating.rawValue)
                        }
                    })
            },
            evidenceOnUnrated: evidenceOnUnrated.map { UnratedJSON(skill: $0, evidence: evidenceJSON($0.id)) },
            orphanedRatings: progress.orphanedRatings(in: catalog),
            opinions: opinions.map(\.name),
            differences: catalog.calibration(progress, opinions: opinions).map(CalibrationJSON.Difference.init),
            gaps: gaps.map(NextSteps.GapJSON.init),
            sources: catalog.sources
        )
    }
}

extension String {
    /// Collapses three or more newlines into two: one blank line between blocks.
    func replacingBlankRuns() -> String {
        var result = self
        while result.contains("\n\n\n") { result = result.replacing("\n\n\n", with: "\n\n") }
        return result
    }
}
