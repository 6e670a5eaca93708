import ArgumentParser
import LadderCore
import LadderText
import LadderFiles

extension TeamCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "People × areas at a level, each person's readiness, and the team's gaps.")

        @Option(
            help:
                "The level to look at everyone against (default: each person's target, else the level above their current).",
            completion: Completions.levels)
        var level: String?

        @OptionGroup var output: OutputOptions
        @OptionGroup var catalogOptions: CatalogOptions
        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let catalog = try catalogOptions.load()
            let level = try self.level.map { try catalog.requireLevel(named: $0) }
            let store = TeamStore(progressPath: try progressOptions.path())
            let (members, problems) = store.load()
            for problem in problems { writeToStandardError("ladder: warning: skipped \(problem)\n") }
            if members.isEmpty, store.folderProblem() != nil {
                throw CommandFailure.failed("the team's copies cannot be read (see above)")
            }
            let view = catalog.teamView(members, at: level?.id)
            if output.json { return try emit(try CatalogJSON.encode(JSON(view, level: level)), terminator: "") }
            try emit(Self.text(view, members: members.count, level: level, width: OutputWidth.current), terminator: "")
        }

        /// The heat map in text: a row per person, a column per area (abbreviated, with a legend).
        static func text(_ view: TeamView, members: Int, level: Level?, width: Int) -> String {
            var page = Page(width: width)
            guard members > 0 else {
                page.wrapped(
                    "No team kept. `ladder team add FILE --name NAME` keeps a copy of a report's progress file.")
                return page.text
            }
            page.wrapped(
                level.map { "Your team against \($0.title): the share of each area's skills rated meeting or better." }
                    ?? "Your team, each against their target level (else the one above their current): the share of each area's "
                    + "skills rated meeting or better.")
            page.blank()
            // Ten areas of five columns, a name, readiness and a level fit 80 columns.
            let nameWidth = min(
                10, max(6, view.people.map { DisplayWidth.of(Sanitizer.clean($0.member.name)) }.max() ?? 6))
            let codes = view.areas.enumerated().map { "A\($0.offset + 1)" }
            var header = TextLayout.pad("", width: nameWidth) + "  ready" + (level == nil ? "  level     " : "")
            for code in codes { header += TextLayout.padLeft(code, width: 5) }
            page.line(header)
            for person in view.people {
                var row = TextLayout.pad(
                    TextLayout.truncate(Sanitizer.clean(person.member.name), width: nameWidth), width: nameWidth)
                row += "  " + TextLayout.padLeft(TeamView.share(person.met, of: person.total), width: 5)
                if level == nil {
                    row +=
                        "  "
                        + TextLayout.pad(
                            TextLayout.truncate(Sanitizer.clean(person.level.shortTitle), width: 10), width: 10)
                }
                for area in view.areas {
                    let cell = person.areas.first { $0.area.id == area.id }
                    let share = cell.map { TeamView.share($0.met, of: $0.total) } ?? "-"
                    row += TextLayout.padLeft(share, width: 5)
                }
                page.line(row)
            }
            if !view.unplaced.isEmpty {
                page.wrapped(
                    "Not shown (no target or current level in their file; --level looks at everyone against one): "
                        + view.unplaced.map { Sanitizer.clean($0) }.joined(separator: ", "))
            }
            page.blank()
            page.wrapped("Areas: " + zip(codes, view.areas).map { "\($0) \($1.name)" }.joined(separator: ", "))
            if !view.gaps.isEmpty {
                page.blank()
                page.line("Gaps: the skills the fewest people meet")
                for gap in view.gaps {
                    page.wrapped(
                        "\(gap.met) of \(gap.of)  \(Sanitizer.clean(gap.skill.summary))", indent: 2, hanging: 10)
                    page.idLine(gap.skill.id, indent: 10)
                }
                if view.moreGaps > 0 {
                    page.wrapped("and \(Plural.count(view.moreGaps, "more skill")) not everyone meets", indent: 2)
                }
            }
            let drifting = view.people.filter { !($0.drift ?? []).isEmpty }
            if view.people.contains(where: { $0.drift != nil }) {
                page.blank()
                page.line("Calibration drift: where your ratings and theirs differ by two steps or more")
                if drifting.isEmpty {
                    page.wrapped("None: where you both rated a skill, you are at most a step apart.", indent: 2)
                }
                for person in drifting {
                    let name = Sanitizer.clean(person.member.name)
                    page.wrapped("\(name) (\(Plural.count(person.drift!.count, "skill")))", indent: 2)
                    for drift in person.drift! {
                        page.wrapped(
                            "\(Sanitizer.clean(drift.skill.summary)): \(name) \(drift.theirs.words), you \(drift.managers.words)",
                            indent: 4, hanging: 6)
                        page.idLine(drift.skill.id, indent: 6)
                    }
                }
            }
            return page.text
        }

        struct JSON: Encodable {
            struct Area: Encodable { let area: String, met: Int, total: Int }
            struct Person: Encodable {
                let name: String
                @NullEncoded var currentLevel: String?
                @NullEncoded var targetLevel: String?
                let level: String
                let readiness: Double
                let areas: [Area]
                /// Null when you keep no ratings of them.
                @NullEncoded var drift: [Drift]?
            }
            struct Gap: Encodable { let skill: String, met: Int, of: Int }
            struct Drift: Encodable { let skill: String, theirs: String, yours: String, steps: Int }

            /// The level everyone is looked at against, or null when each is at their own.
            @NullEncoded var level: String?
            let people: [Person]
            let gaps: [Gap]
            /// People not shown: no level given, and none set in their file.
            let unplaced: [String]

            init(_ view: TeamView, level: Level?) {
                self.level = level?.id
                people = view.people.map { person in
                    Person(
                        name: person.member.name, currentLevel: person.member.progress.currentLevel,
                        targetLevel: person.member.progress.targetLevel, level: person.level.id,
                        readiness: (person.readiness * 1000).rounded() / 1000,
                        areas: person.areas.map { Area(area: $0.area.id, met: $0.met, total: $0.total) },
                        drift: person.drift?.map {
                            Drift(
                                skill: $0.skill.id, theirs: $0.theirs.rawValue, yours: $0.managers.rawValue,
                                steps: $0.steps)
                        })
                }
                gaps = view.gaps.map { Gap(skill: $0.skill.id, met: $0.met, of: $0.of) }
                unplaced = view.unplaced
            }

        }
    }
}
