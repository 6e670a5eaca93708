import ArgumentParser
import LadderCore
import LadderText

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "What you have not ticked yet at your target level and the next level on each track.")

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        let progress = try progressOptions.openStore().progress
        let gaps = try NextSteps.gaps(catalog: catalog, progress: progress)
        if output.json {
            try emit(try CatalogJSON.encode(NextSteps.JSON(progress: progress, gaps: gaps)), terminator: "")
        } else {
            try emit(NextSteps.text(gaps, catalog: catalog, width: OutputWidth.current), terminator: "")
        }
    }
}

/// The next-step pages: gaps from the current level to each level the user could go to next.
enum NextSteps {
    static func gaps(catalog: Catalog, progress: UserProgress) throws -> [LevelGap] {
        guard let current = progress.currentLevel else {
            throw CommandFailure.usage("no current level set: run `ladder level set current LEVEL` first")
        }
        let next = catalog.nextLevels(progress)
        guard !next.isEmpty else {
            throw CommandFailure.usage(
                "\(catalog.level(id: current)?.shortTitle ?? current) is the top of its track and no target level is set: "
                    + "run `ladder level set target LEVEL`")
        }
        return next.compactMap { catalog.gap(from: current, to: $0.id, progress) }
    }

    static func text(_ gaps: [LevelGap], catalog: Catalog, width: Int) -> String {
        var page = Page(width: width)
        for (index, gap) in gaps.enumerated() {
            if index > 0 { page.blank() }
            page.wrapped(Sanitizer.clean(gap.summary), hanging: 2)
            for section in gap.sections where !section.areas.isEmpty {
                page.blank()
                page.line("  " + title(of: section, in: gap))
                guard section.part == .new else {
                    // What carries up and the PM role are counted per area; `ladder show` lists them.
                    for area in section.areas {
                        page.wrapped("\(Sanitizer.clean(area.area.name)): \(area.open.count) open", indent: 4, hanging: 6)
                    }
                    continue
                }
                for area in section.areas {
                    page.blank()
                    let voices = section.part == .role ? "" : "named by \(Plural.count(area.expertCount, "expert")) at "
                        + "\(Sanitizer.clean(gap.to.shortTitle)), "
                    page.wrapped("\(Sanitizer.clean(area.area.name)) (\(voices)\(area.open.count) open)", indent: 4, hanging: 6)
                    for skill in area.open {
                        let expert = catalog.expert(id: skill.expert)?.name ?? skill.expert
                        page.wrapped("[ ] \(Sanitizer.clean(skill.summary)) · \(Sanitizer.clean(expert))", indent: 6, hanging: 10)
                        page.idLine(skill.id, indent: 10)
                    }
                }
            }
        }
        return page.text
    }

    /// "New at Director or on the way (12 of 20 open)".
    static func title(of section: LevelGap.Section, in gap: LevelGap) -> String {
        let counts = "\(section.total - section.ticked) of \(section.total) open"
        return switch section.part {
        case .new: "New at \(Sanitizer.clean(gap.to.shortTitle)) or on the way (\(counts))"
        case .carried: "Carried up from below (\(counts))"
        case .role: "The PM role in general (\(counts))"
        }
    }

    struct AreaJSON: Encodable {
        let area: String
        let expertCount: Int
        let open: [SkillEntry]
    }

    struct SectionJSON: Encodable {
        let part: String
        let ticked: Int
        let total: Int
        let areas: [AreaJSON]
    }

    struct GapJSON: Encodable {
        let from: String
        let to: String
        let ticked: Int
        let total: Int
        let summary: String
        /// `new` (what the higher level adds), `carried`, `role`, in that order.
        let sections: [SectionJSON]

        init(_ gap: LevelGap) {
            from = gap.from.id
            to = gap.to.id
            ticked = gap.ticked
            total = gap.total
            summary = gap.summary
            sections = gap.sections.map { section in
                SectionJSON(part: section.part.rawValue, ticked: section.ticked, total: section.total,
                            areas: section.areas.map { AreaJSON(area: $0.area.id, expertCount: $0.expertCount, open: $0.open) })
            }
        }
    }

    struct JSON: Encodable {
        let currentLevel: String?
        let targetLevel: String?
        let steps: [GapJSON]

        init(progress: UserProgress, gaps: [LevelGap]) {
            currentLevel = progress.currentLevel
            targetLevel = progress.targetLevel
            steps = gaps.map(GapJSON.init)
        }
    }
}
