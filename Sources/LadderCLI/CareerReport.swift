import ArgumentParser
import LadderCore
import LadderText

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A report of your progress to bring to a 1:1: levels, areas, evidence, gaps, sources.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json
    }

    @Option(help: "markdown (renders on GitHub) or json.")
    var format: Format = .markdown

    @Option(help: ArgumentHelp("Write the report to this file (replaced atomically) instead of printing it.", valueName: "file"))
    var output: String?

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        let progress = try progressOptions.openStore().progress
        let report = CareerReport(catalog: catalog, progress: progress, date: String(ProgressFile.timestamp(Date()).prefix(10)))
        let text = format == .markdown ? report.markdown() : try CatalogJSON.encode(report.json)
        guard let output else {
            print(text, terminator: "")
            return
        }
        let target: String
        do {
            target = try FileIO.replaceableTarget(output)
        } catch {
            throw CommandFailure.usage("cannot write the report to \(output): \(error.reason); nothing was written")
        }
        do {
            try FileIO.writeAtomically(Array(text.utf8), to: target, mode: 0o644)
        } catch {
            throw CommandFailure.failed("cannot write the report: \(error)")
        }
        print("Wrote the report to \(output)")
    }
}

/// Everything a manager needs to see in a 1:1: where the user stands per level and area,
/// what they have with its evidence, what is open for the next level, and whose words these are.
struct CareerReport {
    let catalog: Catalog
    let progress: UserProgress
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
        return nextLevels.compactMap { catalog.gap(from: current, to: $0.id, progress) }
    }

    /// Ticked skills the catalog has, oldest tick first.
    var tickedSkills: [SkillEntry] {
        progress.ticks.keys.compactMap(catalog.skill(id:))
            .sorted { (progress.ticks[$0.id]!, $0.id) < (progress.ticks[$1.id]!, $1.id) }
    }

    /// Skills with an evidence note that are not ticked yet: work in progress.
    var notedButUnticked: [SkillEntry] {
        progress.notes.keys.filter { !progress.isTicked($0) }.compactMap(catalog.skill(id:)).sorted { $0.id < $1.id }
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
        lines.append("- **Skills ticked:** \(progress.ticks.count)")

        lines += ["", "## Progress by level", "", "| Level | Ticked | Skills | Done |", "|---|---:|---:|---:|"]
        for entry in catalog.levelProgress(progress) {
            let marker = entry.level.id == progress.currentLevel ? " (current)" : entry.level.id == progress.targetLevel ? " (target)" : ""
            lines.append("| \(Markdown.inline(entry.level.title))\(marker) | \(entry.ticked) | \(entry.total) | \(entry.percent)% |")
        }

        if !focusLevels.isEmpty {
            lines += ["", "## Progress by area", ""]
            lines.append("| Area | " + focusLevels.map { Markdown.inline($0.shortTitle) }.joined(separator: " | ") + " |")
            lines.append("|---|" + String(repeating: "---:|", count: focusLevels.count))
            let perLevel = focusLevels.map { level in
                Dictionary(uniqueKeysWithValues: catalog.areaProgress(at: level.id, progress).map { ($0.area.id, $0) })
            }
            for area in catalog.areas where perLevel.contains(where: { $0[area.id] != nil }) {
                let cells = perLevel.map { $0[area.id].map { "\($0.ticked)/\($0.total)" } ?? "–" }
                lines.append("| \(Markdown.inline(area.name)) | " + cells.joined(separator: " | ") + " |")
            }
        }

        lines += ["", "## What I have, with evidence", ""]
        if tickedSkills.isEmpty { lines.append("Nothing ticked yet.") }
        for skill in tickedSkills {
            let area = catalog.area(id: skill.area)?.name ?? skill.area
            let ticked = String((progress.ticks[skill.id] ?? "").prefix(10))
            lines.append("- **\(Markdown.inline(skill.summary))** (\(Markdown.inline(area)); ticked \(ticked))  ")
            lines.append("  \(Markdown.inline(attribution(skill)))")
            if let note = progress.notes[skill.id] {
                lines.append("  - Evidence: \(Markdown.inline(note))")
            }
        }
        if !notedButUnticked.isEmpty {
            lines += ["", "Evidence on skills not ticked yet:", ""]
            for skill in notedButUnticked {
                lines.append("- \(Markdown.inline(skill.summary)) (\(Markdown.inline(catalog.area(id: skill.area)?.name ?? skill.area)))")
                lines.append("  - Evidence: \(Markdown.inline(progress.notes[skill.id] ?? ""))")
            }
        }
        let orphans = progress.orphanedTicks(in: catalog)
        if !orphans.isEmpty {
            lines += ["", "Ticks for skills the catalog no longer has: " + orphans.map { "`\(Markdown.code($0))`" }.joined(separator: ", ") + "."]
        }

        lines += ["", "## Open gaps", ""]
        if progress.currentLevel == nil { lines.append("No current level set, so no next level to measure against.") }
        for gap in gaps {
            lines += ["### " + Markdown.inline(gap.summary), ""]
            if gap.ticked == gap.total { lines.append("Everything at \(Markdown.inline(gap.to.shortTitle)) is ticked.") }
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
                    lines.append("**\(Markdown.inline(area.area.name))**, named by \(Plural.count(area.expertCount, "expert")) at "
                        + "\(Markdown.inline(gap.to.shortTitle)); open from \(Markdown.inline(experts.joined(separator: ", "))):")
                    lines.append("")
                    for skill in area.open {
                        let expert = catalog.expert(id: skill.expert)?.name ?? skill.expert
                        lines.append("- [ ] \(Markdown.inline(skill.summary)) (\(Markdown.inline(expert)))")
                    }
                    lines.append("")
                }
            }
        }

        lines += ["## Sources", "", "Summaries are ladder's own words. Quotes are copied verbatim from these sources, and each "
            + "says whose words it is: an expert's own, summary notes of what they said, or the source's author describing their idea.", ""]
        for source in catalog.sources {
            let experts = Set(catalog.skills.filter { $0.source == source.id }.map(\.expert))
                .compactMap(catalog.expert(id:)).map(\.name).sorted()
            let facts = [source.kind.label, source.publisher, source.date].compactMap { $0 }.map(Markdown.inline)
            var line = "- *\(Markdown.inline(source.title))* (\(facts.joined(separator: ", ")))"
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

    struct TickedJSON: Encodable {
        let skill: SkillEntry
        let tickedAt: String
        let note: String?
    }

    struct NoteJSON: Encodable {
        let skill: SkillEntry
        let note: String
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
        let currentLevel: String?
        let targetLevel: String?
        let levels: [ProgressReport.LevelJSON]
        let areas: [LevelAreasJSON]
        let ticked: [TickedJSON]
        let notesOnUnticked: [NoteJSON]
        let orphanedTicks: [String]
        let gaps: [NextSteps.GapJSON]
        let sources: [Source]

        func encode(to encoder: any Encoder) throws {
            enum Key: String, CodingKey {
                case date, currentLevel, targetLevel, levels, areas, ticked, notesOnUnticked, orphanedTicks, gaps, sources
            }
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(date, forKey: .date)
            try container.encode(currentLevel, forKey: .currentLevel)
            try container.encode(targetLevel, forKey: .targetLevel)
            try container.encode(levels, forKey: .levels)
            try container.encode(areas, forKey: .areas)
            try container.encode(ticked, forKey: .ticked)
            try container.encode(notesOnUnticked, forKey: .notesOnUnticked)
            try container.encode(orphanedTicks, forKey: .orphanedTicks)
            try container.encode(gaps, forKey: .gaps)
            try container.encode(sources, forKey: .sources)
        }
    }

    var json: JSON {
        JSON(
            date: date,
            currentLevel: progress.currentLevel,
            targetLevel: progress.targetLevel,
            levels: catalog.levelProgress(progress).map {
                ProgressReport.LevelJSON(id: $0.level.id, title: $0.level.title, ticked: $0.ticked, total: $0.total, percent: $0.percent)
            },
            areas: focusLevels.map { level in
                LevelAreasJSON(level: level.id, areas: catalog.areaProgress(at: level.id, progress).map {
                    AreaJSON(area: $0.area.id, ticked: $0.ticked, total: $0.total, expertCount: $0.expertCount)
                })
            },
            ticked: tickedSkills.map { TickedJSON(skill: $0, tickedAt: progress.ticks[$0.id]!, note: progress.notes[$0.id]) },
            notesOnUnticked: notedButUnticked.map { NoteJSON(skill: $0, note: progress.notes[$0.id] ?? "") },
            orphanedTicks: progress.orphanedTicks(in: catalog),
            gaps: gaps.map(NextSteps.GapJSON.init),
            sources: catalog.sources
        )
    }
}

/// Text made safe for Markdown: sanitised, with characters that would start formatting escaped.
enum Markdown {
    static func inline(_ text: String) -> String {
        var result = ""
        for character in Sanitizer.clean(text) {
            if "\\`*_[]<>|#".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// Text for inside backticks: no backticks.
    static func code(_ text: String) -> String {
        Sanitizer.clean(text).replacing("`", with: "'")
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
