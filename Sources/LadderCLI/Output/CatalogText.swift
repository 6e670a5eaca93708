import LadderCore
import LadderText

/// Plain-text pages of the catalog for the terminal, wrapped to `width` columns.
/// All catalog text passes through `Sanitizer` on its way out.
struct CatalogText {
    let catalog: Catalog
    /// The user's ratings, shown as their marks beside entries (`[x]` meeting) and counted per level.
    var progress = UserProgress()
    let width: Int

    // MARK: - Tracks

    /// Every track with its levels; a track that shares its first levels with an earlier one
    /// says so and lists only where it goes after the fork.
    func tracks() -> String {
        var page = Page(width: width)
        page.wrapped(
            "The product manager career path: \(Plural.count(catalog.levels.count, "level")), "
                + "\(Plural.count(catalog.skills.count { $0.isSkill }, "skill")) from \(Plural.count(catalog.experts.count, "expert")) "
                + "in \(Plural.count(catalog.sources.count, "source")).")
        let forks = TrackForks(tracks: catalog.tracks)
        for (index, track) in catalog.tracks.enumerated() {
            // Ids line up within a track; a framework's long ids do not push ladder's tracks wide.
            let idWidth = max(18, (track.levels.map(\.count).max() ?? 0) + 2)
            page.blank()
            let shared = forks.sharedWithEarlier[index]?.count ?? 0
            if let fork = forks.sharedWithEarlier[index], shared < track.levels.count {
                let earlier = catalog.tracks[fork.track]
                let first = title(track.levels[0]), fork = title(track.levels[shared - 1])
                page.wrapped(
                    "\(clean(track.title)) (shares \(first) to \(fork) with \(clean(earlier.title)), forks after \(fork))"
                )
            } else {
                page.line(clean(track.title))
            }
            let placements = catalog.placementsByRung(of: track, forks: forks)
            for (rank, levelID) in track.levels.enumerated().dropFirst(shared) {
                guard let level = catalog.level(id: levelID), let entries = catalog.entries(at: levelID) else {
                    continue
                }
                let voices = entries.levelVoices.count
                let ticked = entries.skills.count { progress.isTicked($0.id) }
                let marker = levelID == progress.currentLevel ? ">" : levelID == progress.targetLevel ? "*" : " "
                let name = TextLayout.pad("\(rank + 1)  \(clean(level.shortTitle))", width: 20) + " "
                let id = TextLayout.pad(level.id, width: idWidth)
                let match = placements?[safe: rank].map { " · " + catalog.matchWords($0) } ?? ""
                let counts = "\(ticked)/\(entries.skills.count) ticked, \(Plural.count(voices, "voice")) on it" + match
                let line = " \(marker)\(name)\(id)\(counts)"
                if DisplayWidth.of(line) <= width {
                    page.line(line)
                } else {
                    // The id is never broken (it is typed back): the counts go to a line of their own.
                    page.line(" \(marker)\(name)\(level.id)")
                    page.line(String(repeating: " ", count: 6) + counts)
                }
            }
            for placement in placements ?? [] {
                if let note = catalog.placementNote(placement, on: track) { page.wrapped(clean(note), indent: 2) }
            }
            for note in track.notes {
                let expert = catalog.expert(id: note.expert).map { clean($0.name) } ?? note.expert
                // "Subu Baskaran's answer › …" names its speaker already.
                let place = note.locator.hasPrefix(expert) ? clean(note.locator) : "\(expert), \(clean(note.locator))"
                page.wrapped("\(clean(note.summary)): “\(clean(note.quote))” — \(place)", indent: 2, hanging: 4)
            }
        }
        page.blank()
        let roleVoices = LevelEntries.voices(of: catalog.skills.filter { $0.scope == .role }).count
        page.wrapped(
            "Levels are cumulative: each holds what is said of it and what carries up from below. "
                + "\"On it\" counts the voices that speak to that level in particular (an article's author and the "
                + "frameworks they retell are one voice); every level also has "
                + "\(Plural.count(catalog.skills.count { $0.scope == .role && $0.isSkill }, "skill")) on the PM role in general "
                + "from \(Plural.count(roleVoices, "voice")).")
        page.blank()
        let marks = [
            progress.currentLevel.flatMap(catalog.level(id:)).map { "> your current level, \(clean($0.shortTitle))" },
            progress.targetLevel.flatMap(catalog.level(id:)).map { "* your target, \(clean($0.shortTitle))" },
        ].compactMap { $0 }
        if !marks.isEmpty { page.wrapped(marks.joined(separator: "; ") + ".") }
        page.wrapped("Run `ladder show LEVEL` to read a level, `ladder compare LEVEL` for experts side by side.")
        return page.text
    }

    // MARK: - Sources

    func sources() -> String {
        var page = Page(width: width)
        for (index, source) in catalog.sources.enumerated() {
            if index > 0 { page.blank() }
            page.wrapped("\(source.id): \(clean(source.title))", hanging: 2)
            let facts = [source.kind.label, source.publisher, source.date].compactMap { $0.map(clean) }
            page.wrapped(facts.joined(separator: " · "), indent: 2)
            if let address = source.address { page.wrapped(clean(address), indent: 2) }
            let entries = catalog.skills.filter { $0.source == source.id }
            var expertIDs: [String] = []
            for entry in entries where !expertIDs.contains(entry.expert) { expertIDs.append(entry.expert) }
            let names = expertIDs.compactMap { catalog.expert(id: $0).map { clean($0.name) } }
            page.wrapped("\(Self.kindCounts(entries)); experts: \(names.joined(separator: ", "))", indent: 2)
        }
        return page.text
    }

    /// "20 skills, 2 changes, 6 watch-outs": what a list of entries holds, by kind.
    static func kindCounts(_ entries: [SkillEntry]) -> String {
        [(EntryKind.skill, "skill"), (.change, "change"), (.watchOut, "watch-out")].compactMap { kind, noun in
            let count = entries.count { $0.kind == kind }
            return count == 0 && kind != .skill ? nil : Plural.count(count, noun)
        }.joined(separator: ", ")
    }

    // MARK: - One level

    /// A level as the level model sees it: what is said of it, what changes there, what to watch
    /// out for, what carries up from below and the PM role in general; each entry with its quote,
    /// attribution and locator. `entries` may be filtered (by expert or source).
    func show(_ entries: LevelEntries, filtered: Bool = false) -> String {
        var page = Page(width: width)
        let level = entries.level
        page.line("\(clean(level.title)) (\(level.id))")
        let tracks = catalog.tracks(containing: level.id).map { clean($0.title) }
        if !tracks.isEmpty {
            page.wrapped("On the \(tracks.joined(separator: " and ")) track\(tracks.count > 1 ? "s" : "").")
        }
        page.wrapped(catalog.countsLine(entries) + (filtered ? " (filtered)." : "."))
        let consensus = catalog.consensus(at: level.id)
        if !consensus.isEmpty && !filtered {
            let areas = consensus.map { "\(clean($0.area.name)) (\($0.voiceCount))" }
            page.wrapped(
                "Most agreed among the voices that speak to \(clean(level.shortTitle)): \(areas.joined(separator: ", "))."
            )
        }
        let name = clean(level.shortTitle)
        section(&page, "Said of \(name)", entries.said, mostParticularFirst: true)
        section(&page, "What changes at \(name)", entries.changes)
        section(&page, "Watch out for", entries.watchOuts)
        if !entries.carried.isEmpty {
            page.blank()
            page.line("Carried from below (\(Plural.count(entries.carried.count, "skill")))")
            for origin in catalog.levelGraph.levels(below: level.id) {
                let here = entries.carried.filter { $0.from.id == origin }.map(\.entry)
                guard !here.isEmpty else { continue }
                page.blank()
                page.line("  From \(title(origin))")
                entriesByExpert(&page, here, indent: 2)
            }
        }
        section(&page, "On the PM role in general", entries.role)
        return page.text
    }

    private func section(
        _ page: inout Page, _ title: String, _ entries: [SkillEntry], mostParticularFirst: Bool = false
    ) {
        guard !entries.isEmpty else { return }
        page.blank()
        let count =
            entries.allSatisfy(\.isSkill)
            ? Plural.count(entries.count, "skill") : Plural.count(entries.count, "entry", "entries")
        page.line("\(title) (\(count))")
        entriesByExpert(&page, entries, indent: 0, mostParticularFirst: mostParticularFirst)
    }

    /// Entries grouped by expert, each with its box, area, locator, id, quote and the user's note.
    private func entriesByExpert(
        _ page: inout Page, _ entries: [SkillEntry], indent: Int, mostParticularFirst: Bool = false
    ) {
        for group in mostParticularFirst ? catalog.groupMostParticularFirst(entries) : catalog.group(entries) {
            page.blank()
            page.wrapped(expertHeading(group.expert), indent: indent)
            page.wrapped(sourceLine(group.source), indent: indent + 2)
            for entry in group.entries {
                page.blank()
                let area = catalog.area(id: entry.area).map { clean($0.name) } ?? entry.area
                let box =
                    switch entry.kind {
                    case .skill: progress.rating(entry.id)?.mark ?? "[ ]"
                    case .change: "(~)"
                    case .watchOut: "(!)"
                    }
                page.wrapped("\(box) \(clean(entry.summary))", indent: indent + 2, hanging: indent + 6)
                page.wrapped("\(area) · \(clean(entry.locator)) · \(catalog.placement(of: entry))", indent: indent + 6)
                page.idLine(entry.id, indent: indent + 6)
                page.wrapped("“\(clean(entry.quote))”", indent: indent + 6)
                if catalog.quoteKind(of: entry) != .ownWords {
                    page.wrapped("— \(clean(catalog.attribution(of: entry)))", indent: indent + 6)
                }
                if let rating = progress.ratings[entry.id] {
                    page.wrapped("You: \(rating.rating.words), since \(rating.ratedAt.prefix(10))", indent: indent + 6)
                }
                for evidence in progress.evidence(for: entry.id) {
                    page.wrapped(
                        "Evidence, \(evidence.date): \(clean(evidence.text))", indent: indent + 6, hanging: indent + 8)
                }
            }
        }
    }

    // MARK: - Side by side

    /// A level's experts side by side, banded by skill area, consensus areas marked.
    func sideBySide(_ matrix: SideBySide) -> String {
        var page = Page(width: width)
        page.line("\(clean(matrix.level.title)) (\(matrix.level.id)): experts side by side")
        let levelNames = matrix.experts.prefix(matrix.levelColumns).map { clean($0.name) }
        let roleNames = matrix.experts.dropFirst(matrix.levelColumns).map { clean($0.name) }
        page.wrapped(
            "Speaking to \(clean(matrix.level.shortTitle)): "
                + (levelNames.isEmpty ? "nobody" : levelNames.joined(separator: ", ")))
        if !roleNames.isEmpty { page.wrapped("On the PM role in general: " + roleNames.joined(separator: ", ")) }
        let consensus = matrix.rows.filter(\.isConsensus).map { clean($0.area.name) }
        page.wrapped(
            "Consensus (named by two or more voices that speak to the level): "
                + (consensus.isEmpty ? "none" : consensus.joined(separator: ", ")))
        let nameWidth = min(24, matrix.experts.map { DisplayWidth.of(clean($0.name)) + 7 }.max() ?? 0)
        for row in matrix.rows {
            page.blank()
            let mark = row.isConsensus ? "  * consensus, \(row.expertCount) voices" : ""
            page.line(clean(row.area.name) + mark)
            for (column, (expert, cell)) in zip(matrix.experts, row.cells).enumerated() where !cell.isEmpty {
                // "(role)" is what tells a remark on the PM role from one on the level: never cut.
                let role = matrix.speaksToLevel(column: column) ? "" : " (role)"
                let label = TextLayout.pad(
                    TextLayout.truncate(clean(expert.name), width: nameWidth - role.count) + role, width: nameWidth)
                for (index, entry) in cell.enumerated() {
                    let prefix = index == 0 ? label : String(repeating: " ", count: nameWidth)
                    page.columns(prefix, "- " + clean(entry.summary), indent: 2, hanging: 2)
                }
            }
        }
        return page.text
    }

    // MARK: - Held against the experts

    /// A company's level against what the experts say of the level it matched: what its level
    /// leaves out, what it asks that is its own.
    func heldAgainst(_ comparison: FrameworkComparison) -> String {
        var page = Page(width: width)
        let company = clean(comparison.framework.title), ours = clean(comparison.level.shortTitle)
        page.wrapped(
            "\(company)'s \(clean(comparison.frameworkLevel.shortTitle)) held against what the experts say of \(ours) "
                + "(\(comparison.level.id)), each side with what carries up to it")
        func list(_ title: String, _ sides: [FrameworkComparison.Side], attributed: Bool) {
            page.blank()
            let count = sides.reduce(0) { $0 + $1.entries.count }
            page.wrapped(
                "\(title): "
                    + (sides.isEmpty
                        ? "none." : "\(Plural.count(sides.count, "area")), \(Plural.count(count, "entry", "entries")).")
            )
            for side in sides {
                page.line("  \(clean(side.area.name)) (\(side.entries.count))")
                for entry in side.entries {
                    let by =
                        attributed
                        ? " · " + (catalog.expert(id: entry.expert).map { clean($0.name) } ?? entry.expert) : ""
                    page.wrapped("- " + clean(entry.summary) + by, indent: 4, hanging: 6)
                }
            }
        }
        list(
            "What the experts ask at \(ours) that \(company)'s level says nothing about", comparison.expertOnly,
            attributed: true)
        list(
            "What \(company)'s level asks that no expert mentions at \(ours)", comparison.frameworkOnly,
            attributed: false)
        if !comparison.shared.isEmpty {
            page.blank()
            let shared = comparison.shared.map { "\(clean($0.area.name)) (\($0.experts) : \($0.framework))" }
            page.wrapped("Both speak to: " + shared.joined(separator: ", ") + " (the experts' entries : \(company)'s).")
        }
        return page.text
    }

    // MARK: - What changes

    /// What changes from one level to another: the skills it adds (per expert, where said), what
    /// the sources say is left behind (with the change's words), other changes they note.
    func changes(_ changes: LevelChanges) -> String {
        var page = Page(width: width)
        let from = clean(changes.from.shortTitle), to = clean(changes.to.shortTitle)
        page.line("\(from) -> \(to): what changes")
        page.wrapped(
            clean(catalog.changesHeadline(changes)) + ". Levels are cumulative, and the PM role's skills apply at both."
        )
        page.wrapped("Areas first named at \(to) (the PM role's aside): " + areaList(changes.newAreas))
        if !changes.droppedAreas.isEmpty {
            page.wrapped("Areas at \(from) and not at \(to): " + areaList(changes.droppedAreas))
        }
        var levelsShown: [Level] = []
        for added in changes.added where !levelsShown.contains(added.at) { levelsShown.append(added.at) }
        let superseded = changes.supersededByID
        for level in levelsShown {
            let here = changes.added.filter { $0.at == level }
            page.blank()
            let where_ = level == changes.to ? "New at \(to)" : "New at \(clean(level.shortTitle)), on the way"
            page.line("\(where_) (\(Plural.count(here.count, "skill")))")
            for group in catalog.groupMostParticularFirst(here.map(\.entry)) {
                page.blank()
                page.wrapped("\(clean(group.expert.name)) · \(clean(group.source.title))", indent: 2, hanging: 4)
                for entry in group.entries {
                    let area = catalog.area(id: entry.area).map { clean($0.name) } ?? entry.area
                    page.wrapped("[\(area)] \(clean(entry.summary))", indent: 4, hanging: 6)
                    for replaced in superseded[entry.id] ?? [] {
                        page.wrapped("supersedes: \(clean(replaced.summary))", indent: 6, hanging: 8)
                    }
                }
            }
        }
        if !changes.leftBehind.isEmpty || !changes.changeNotes.isEmpty {
            page.blank()
            page.line("What the sources say changes on the way")
            for left in changes.leftBehind {
                page.blank()
                let expert = catalog.expert(id: left.change.expert).map { clean($0.name) } ?? left.change.expert
                page.wrapped(
                    "At \(clean(left.at.shortTitle)), \(expert): “\(clean(left.change.quote))” (\(clean(left.change.locator)))",
                    indent: 2, hanging: 4)
                page.wrapped("Left behind (\(Plural.count(left.entries.count, "skill"))):", indent: 4)
                for entry in left.entries {
                    page.wrapped("- \(clean(entry.summary)) · \(entry.id)", indent: 6, hanging: 8)
                }
            }
            for note in changes.changeNotes {
                page.blank()
                let expert = catalog.expert(id: note.expert).map { clean($0.name) } ?? note.expert
                page.wrapped("\(expert): \(clean(note.summary)): “\(clean(note.quote))”", indent: 2, hanging: 4)
            }
        }
        if !changes.notOnTheWay.isEmpty {
            page.blank()
            let why = changes.isStepUp ? "" : "; \(to) is not above \(from) on a track"
            page.line("At \(from) and not at \(to) (\(Plural.count(changes.notOnTheWay.count, "skill"))\(why))")
            for group in catalog.group(changes.notOnTheWay) {
                page.blank()
                page.wrapped("\(clean(group.expert.name)) · \(clean(group.source.title))", indent: 2, hanging: 4)
                for entry in group.entries {
                    let area = catalog.area(id: entry.area).map { clean($0.name) } ?? entry.area
                    page.wrapped("[\(area)] \(clean(entry.summary))", indent: 4, hanging: 6)
                }
            }
        }
        return page.text
    }

    // MARK: - Search

    func search(_ query: String, results: [SkillEntry]) -> String {
        var page = Page(width: width)
        page.wrapped("\(Plural.count(results.count, "match", "matches")) for “\(clean(query))”.")
        for entry in results {
            page.blank()
            page.wrapped(clean(entry.summary), indent: 2, hanging: 4)
            let expert = catalog.expert(id: entry.expert).map { clean($0.name) } ?? entry.expert
            let area = catalog.area(id: entry.area).map { clean($0.name) } ?? entry.area
            page.wrapped("\(expert) · \(area) · \(catalog.placement(of: entry))", indent: 4)
            page.wrapped("“\(clean(entry.quote))”", indent: 4)
            page.idLine(entry.id, indent: 4)
        }
        return page.text
    }

    // MARK: - Pieces

    private func expertHeading(_ expert: Expert) -> String {
        [clean(expert.name), expert.affiliation.map(clean)].compactMap { $0 }.joined(separator: " · ")
    }

    private func sourceLine(_ source: Source) -> String {
        let facts = [source.kind.label, source.publisher, source.date].compactMap { $0.map(clean) }
        return "\(clean(source.title)) (\(facts.joined(separator: ", ")))"
    }

    private func areaList(_ areas: [SkillArea]) -> String {
        areas.isEmpty ? "none" : areas.map { clean($0.name) }.joined(separator: ", ")
    }

    private func title(_ levelID: String) -> String {
        catalog.level(id: levelID).map { clean($0.shortTitle) } ?? levelID
    }

    private func clean(_ text: String) -> String { Sanitizer.clean(text) }
}

/// Lines of plain text being built, wrapped to a width. Everything added passes through
/// `Sanitizer`: text from catalogs, frameworks and the user never reaches the terminal raw.
struct Page {
    let width: Int
    private(set) var lines: [String] = []

    init(width: Int) { self.width = width }

    var text: String { lines.map { $0 + "\n" }.joined() }

    mutating func line(_ text: String) { lines.append(Sanitizer.clean(text)) }

    mutating func blank() { lines.append("") }

    /// `text` wrapped, first line indented by `indent`, the rest by `hanging` (default `indent`).
    mutating func wrapped(_ text: String, indent: Int = 0, hanging: Int? = nil) {
        let rest = hanging ?? indent
        let wrapped = TextLayout.wrap(Sanitizer.clean(text), width: max(20, width - max(indent, rest)))
        for (index, line) in wrapped.enumerated() {
            lines.append(String(repeating: " ", count: index == 0 ? indent : rest) + line)
        }
    }

    /// An id on a line of its own, never broken: copied from here it must work as typed.
    mutating func idLine(_ id: String, indent: Int) {
        lines.append(String(repeating: " ", count: indent) + Sanitizer.clean(id))
    }

    /// A label column and a wrapped text column beside it; the text's continuation lines
    /// are indented a further `hanging` columns.
    mutating func columns(_ label: String, _ text: String, indent: Int, hanging: Int = 0) {
        let label = Sanitizer.clean(label)
        let labelWidth = DisplayWidth.of(label)
        let textWidth = max(20, width - indent - labelWidth - 2 - hanging)
        for (index, line) in TextLayout.wrap(Sanitizer.clean(text), width: textWidth).enumerated() {
            let left = index == 0 ? label + "  " : String(repeating: " ", count: labelWidth + 2 + hanging)
            lines.append(String(repeating: " ", count: indent) + left + line)
        }
    }
}
