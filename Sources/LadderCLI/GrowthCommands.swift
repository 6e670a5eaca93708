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
            print(try CatalogJSON.encode(NextSteps.JSON(progress: progress, gaps: gaps)), terminator: "")
        } else {
            print(NextSteps.text(gaps, catalog: catalog, width: OutputWidth.current), terminator: "")
        }
    }
}

/// The next-step pages: gaps from the current level to each level the user could go to next.
enum NextSteps {
    static func gaps(catalog: Catalog, progress: Progress) throws -> [LevelGap] {
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
            for area in gap.areas {
                page.blank()
                let experts = "named by \(area.expertCount) expert\(area.expertCount == 1 ? "" : "s")"
                page.wrapped("\(Sanitizer.clean(area.area.name)) (\(experts)), \(area.open.count) open", indent: 2, hanging: 4)
                for skill in area.open {
                    let expert = catalog.expert(id: skill.expert)?.name ?? skill.expert
                    page.wrapped("[ ] \(Sanitizer.clean(skill.summary)) · \(Sanitizer.clean(expert)) · \(skill.id)",
                                 indent: 4, hanging: 8)
                }
            }
        }
        return page.text
    }

    struct AreaJSON: Encodable {
        let area: String
        let expertCount: Int
        let open: [SkillEntry]
    }

    struct GapJSON: Encodable {
        let from: String
        let to: String
        let ticked: Int
        let total: Int
        let summary: String
        let areas: [AreaJSON]
    }

    struct JSON: Encodable {
        let currentLevel: String?
        let targetLevel: String?
        let steps: [GapJSON]

        init(progress: Progress, gaps: [LevelGap]) {
            currentLevel = progress.currentLevel
            targetLevel = progress.targetLevel
            steps = gaps.map { gap in
                GapJSON(from: gap.from.id, to: gap.to.id, ticked: gap.ticked, total: gap.total, summary: gap.summary,
                        areas: gap.areas.map { AreaJSON(area: $0.area.id, expertCount: $0.expertCount, open: $0.open) })
            }
        }
    }
}
