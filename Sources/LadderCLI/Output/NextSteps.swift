import LadderCore
import LadderText

/// The next-step pages: gaps from the current level to each level the user could go to next.
enum NextSteps {
    static func gaps(catalog: Catalog, progress: UserProgress, opinions: [Opinion] = []) throws -> [LevelGap] {
        guard let current = progress.currentLevel else {
            throw CommandFailure.usage("no current level set: run `ladder level set current LEVEL` first")
        }
        let next = catalog.nextLevels(progress)
        guard !next.isEmpty else {
            throw CommandFailure.usage(
                "\(catalog.level(id: current)?.shortTitle ?? current) is the top of its track and no target level is set: "
                    + "run `ladder level set target LEVEL`")
        }
        return next.compactMap { catalog.gap(from: current, to: $0.id, progress, opinions: opinions) }
    }

    static func text(_ gaps: [LevelGap], catalog: Catalog, width: Int) -> String {
        var page = Page(width: width)
        for (index, gap) in gaps.enumerated() {
            if index > 0 { page.blank() }
            page.wrapped(Sanitizer.clean(gap.summary), hanging: 2)
            if index == 0 {
                page.wrapped(
                    "In each area, what needs most work comes first: the lowest rating (or none), "
                        + "then no evidence, then an opinion below yours.", indent: 2, hanging: 2)
            }
            for section in gap.sections where !section.areas.isEmpty {
                page.blank()
                page.line("  " + title(of: section, in: gap))
                guard section.part == .new else {
                    // What carries up and the PM role are counted per area; `ladder show` lists them.
                    for area in section.areas {
                        page.wrapped(
                            "\(Sanitizer.clean(area.area.name)): \(area.open.count) open", indent: 4, hanging: 6)
                    }
                    continue
                }
                for area in section.areas {
                    page.blank()
                    let voices =
                        section.part == .role
                        ? ""
                        : "named by \(Plural.count(area.expertCount, "voice")) at "
                            + "\(Sanitizer.clean(gap.to.shortTitle)), "
                    page.wrapped(
                        "\(Sanitizer.clean(area.area.name)) (\(voices)\(area.open.count) open)", indent: 4, hanging: 6)
                    for skill in area.open {
                        let expert = catalog.expert(id: skill.expert)?.name ?? skill.expert
                        let standing = gap.standings[skill.id]
                        let mark = standing?.rating?.mark ?? "[ ]"
                        page.wrapped(
                            "\(mark) \(Sanitizer.clean(skill.summary)) · \(Sanitizer.clean(expert))", indent: 6,
                            hanging: 10)
                        if let standing, !standing.isBlank {
                            page.wrapped(Sanitizer.clean(standing.summary), indent: 10, hanging: 12)
                        }
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
        let open: [OpenSkillJSON]
    }

    /// An open skill's entry, then where the user stands on it; absent values are null.
    struct OpenSkillJSON: Encodable {
        struct OpinionJSON: Encodable {
            let name: String
            @NullEncoded var rating: String?
        }

        let skill: SkillEntry
        let standing: SkillStanding

        func encode(to encoder: any Encoder) throws {
            try skill.encode(to: encoder)
            enum Keys: String, CodingKey { case rating, opinions, evidenceCount, lastEvidence }
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(standing.rating?.rawValue, forKey: .rating)
            try container.encode(
                standing.opinions.map { OpinionJSON(name: $0.name, rating: $0.rating?.rawValue) }, forKey: .opinions)
            try container.encode(standing.evidenceCount, forKey: .evidenceCount)
            try container.encode(standing.lastEvidence, forKey: .lastEvidence)
        }
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
                SectionJSON(
                    part: section.part.rawValue, ticked: section.ticked, total: section.total,
                    areas: section.areas.map { area in
                        AreaJSON(
                            area: area.area.id, expertCount: area.expertCount,
                            open: area.open.map { OpenSkillJSON(skill: $0, standing: gap.standings[$0.id]!) })
                    })
            }
        }
    }

    struct JSON: Encodable {
        @NullEncoded var currentLevel: String?
        @NullEncoded var targetLevel: String?
        let steps: [GapJSON]

        init(progress: UserProgress, gaps: [LevelGap]) {
            currentLevel = progress.currentLevel
            targetLevel = progress.targetLevel
            steps = gaps.map(GapJSON.init)
        }
    }
}
