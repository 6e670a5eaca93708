import LadderCore
import LadderText

/// Plain-text pages of the catalog for the terminal, wrapped to `width` columns.
/// All catalog text passes through `Sanitizer` on its way out.
struct CatalogText {
    let catalog: Catalog
    /// The user's ticks, shown as `[x]` beside entries and counted per level.
    var progress = Progress()
    let width: Int

    // MARK: - Tracks

    /// Every track with its levels; a track that shares its first levels with an earlier one
    /// says so and lists only where it goes after the fork.
    func tracks() -> String {
        var page = Page(width: width)
        page.wrapped("The product manager career path: \(catalog.levels.count) levels, "
            + "\(catalog.skills.count) skills from \(catalog.experts.count) experts in \(catalog.sources.count) sources.")
        var listed: [Track] = []
        let idWidth = max(18, (catalog.levels.map(\.id.count).max() ?? 0) + 2)
        for track in catalog.tracks {
            page.blank()
            let (shared, earlier) = sharedPrefix(of: track, with: listed)
            if shared > 0, let earlier, shared < track.levels.count {
                let first = title(track.levels[0]), fork = title(track.levels[shared - 1])
                page.wrapped("\(clean(track.title)) (shares \(first) to \(fork) with \(clean(earlier.title)), forks after \(fork))")
            } else {
                page.line(clean(track.title))
            }
            for (rank, levelID) in track.levels.enumerated().dropFirst(shared) {
                guard let level = catalog.level(id: levelID) else { continue }
                let entries = catalog.skills(at: levelID)
                let experts = Set(entries.map(\.expert)).count
                let ticked = entries.count { progress.isTicked($0.id) }
                let marker = levelID == progress.currentLevel ? ">" : levelID == progress.targetLevel ? "*" : " "
                let name = TextLayout.pad("\(rank + 1)  \(clean(level.shortTitle))", width: 21)
                let id = TextLayout.pad(level.id, width: idWidth)
                page.line(" \(marker)\(name)\(id)\(ticked)/\(entries.count) ticked, \(experts) expert\(experts == 1 ? "" : "s")")
            }
            listed.append(track)
        }
        page.blank()
        let marks = [
            progress.currentLevel.flatMap(catalog.level(id:)).map { "> your current level, \(clean($0.shortTitle))" },
            progress.targetLevel.flatMap(catalog.level(id:)).map { "* your target, \(clean($0.shortTitle))" },
        ].compactMap { $0 }
        if !marks.isEmpty { page.wrapped(marks.joined(separator: "; ") + ".") }
        page.wrapped("Run `ladder show LEVEL` to read a level, `ladder compare LEVEL` for experts side by side.")
        return page.text
    }

    /// How many first levels `track` shares with the earlier track it shares most with.
    private func sharedPrefix(of track: Track, with earlier: [Track]) -> (Int, Track?) {
        var best: (Int, Track?) = (0, nil)
        for other in earlier {
            let count = zip(track.levels, other.levels).prefix { $0 == $1 }.count
            if count > best.0 { best = (count, other) }
        }
        return best
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
            page.wrapped("\(entries.count) skills; experts: \(names.joined(separator: ", "))", indent: 2)
        }
        return page.text
    }

    // MARK: - One level

    /// A level's entries grouped by expert and source, each with its quote and locator.
    func show(_ level: Level, groups: [ExpertGroup], filtered: Bool = false) -> String {
        var page = Page(width: width)
        page.line("\(clean(level.title)) (\(level.id))")
        let tracks = catalog.tracks(containing: level.id).map { clean($0.title) }
        if !tracks.isEmpty { page.wrapped("On the \(tracks.joined(separator: " and ")) track\(tracks.count > 1 ? "s" : "").") }
        let entryCount = groups.reduce(0) { $0 + $1.entries.count }
        let expertCount = Set(groups.map(\.expert.id)).count
        page.wrapped("\(entryCount) skill\(entryCount == 1 ? "" : "s") from \(expertCount) expert\(expertCount == 1 ? "" : "s")"
            + (filtered ? " (filtered)." : "."))
        let consensus = catalog.consensus(at: level.id)
        if !consensus.isEmpty && !filtered {
            let areas = consensus.map { "\(clean($0.area.name)) (\($0.experts.count))" }
            page.wrapped("Consensus, areas named by two or more experts: \(areas.joined(separator: ", ")).")
        }
        for group in groups {
            page.blank()
            page.wrapped(expertHeading(group.expert))
            page.wrapped(sourceLine(group.source), indent: 2)
            for entry in group.entries {
                page.blank()
                let area = catalog.area(id: entry.area).map { clean($0.name) } ?? entry.area
                let box = progress.isTicked(entry.id) ? "[x]" : "[ ]"
                page.wrapped("\(box) \(clean(entry.summary))", indent: 2, hanging: 6)
                page.wrapped("\(area) · \(clean(entry.locator)) · \(entry.id)", indent: 6)
                page.wrapped("“\(clean(entry.quote))”", indent: 6)
                if let note = progress.notes[entry.id] {
                    page.wrapped("Note: \(clean(note))", indent: 6)
                }
            }
        }
        return page.text
    }

    // MARK: - Side by side

    /// A level's experts side by side, banded by skill area, consensus areas marked.
    func sideBySide(_ matrix: SideBySide) -> String {
        var page = Page(width: width)
        page.line("\(clean(matrix.level.title)) (\(matrix.level.id)): experts side by side")
        page.wrapped("Experts: " + matrix.experts.map { clean($0.name) }.joined(separator: ", "))
        let consensus = matrix.rows.filter(\.isConsensus).map { clean($0.area.name) }
        page.wrapped("Consensus (named by two or more experts): "
            + (consensus.isEmpty ? "none" : consensus.joined(separator: ", ")))
        let nameWidth = min(24, matrix.experts.map { DisplayWidth.of(clean($0.name)) }.max() ?? 0)
        for row in matrix.rows {
            page.blank()
            let mark = row.isConsensus ? "  * consensus, \(row.expertCount) experts" : ""
            page.line(clean(row.area.name) + mark)
            for (expert, cell) in zip(matrix.experts, row.cells) where !cell.isEmpty {
                let label = TextLayout.pad(clean(expert.name), width: nameWidth)
                for (index, entry) in cell.enumerated() {
                    let prefix = index == 0 ? label : String(repeating: " ", count: nameWidth)
                    page.columns(prefix, "- " + clean(entry.summary), indent: 2, hanging: 2)
                }
            }
        }
        return page.text
    }

    // MARK: - What changes

    /// Entries and areas at one level and not the other, grouped by expert.
    func changes(_ changes: LevelChanges) -> String {
        var page = Page(width: width)
        let from = clean(changes.from.shortTitle), to = clean(changes.to.shortTitle)
        page.line("\(from) -> \(to): what changes")
        page.wrapped("New areas at \(to): " + areaList(changes.newAreas))
        page.wrapped("Areas named at \(from) and not at \(to): " + areaList(changes.droppedAreas))
        section(&page, "Only at \(to)", changes.added)
        section(&page, "Only at \(from)", changes.removed)
        return page.text
    }

    private func section(_ page: inout Page, _ title: String, _ entries: [SkillEntry]) {
        page.blank()
        page.line("\(title) (\(entries.count) skill\(entries.count == 1 ? "" : "s"))")
        for group in catalog.group(entries) {
            page.blank()
            page.wrapped("\(clean(group.expert.name)) · \(clean(group.source.title))", indent: 2, hanging: 4)
            for entry in group.entries {
                let area = catalog.area(id: entry.area).map { clean($0.name) } ?? entry.area
                page.wrapped("[\(area)] \(clean(entry.summary))", indent: 4, hanging: 6)
            }
        }
    }

    // MARK: - Search

    func search(_ query: String, results: [SkillEntry]) -> String {
        var page = Page(width: width)
        page.wrapped("\(results.count) skill\(results.count == 1 ? "" : "s") match “\(clean(query))”.")
        for entry in results {
            page.blank()
            page.wrapped(clean(entry.summary), indent: 2, hanging: 4)
            let expert = catalog.expert(id: entry.expert).map { clean($0.name) } ?? entry.expert
            let area = catalog.area(id: entry.area).map { clean($0.name) } ?? entry.area
            let levels = entry.levels.map(title).joined(separator: ", ")
            page.wrapped("\(expert) · \(area) · \(levels)", indent: 4)
            page.wrapped("“\(clean(entry.quote))”", indent: 4)
            page.wrapped(entry.id, indent: 4)
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

/// Lines of plain text being built, wrapped to a width.
struct Page {
    let width: Int
    private(set) var lines: [String] = []

    init(width: Int) { self.width = width }

    var text: String { lines.map { $0 + "\n" }.joined() }

    mutating func line(_ text: String) { lines.append(text) }

    mutating func blank() { lines.append("") }

    /// `text` wrapped, first line indented by `indent`, the rest by `hanging` (default `indent`).
    mutating func wrapped(_ text: String, indent: Int = 0, hanging: Int? = nil) {
        let rest = hanging ?? indent
        let wrapped = TextLayout.wrap(text, width: max(20, width - max(indent, rest)))
        for (index, line) in wrapped.enumerated() {
            lines.append(String(repeating: " ", count: index == 0 ? indent : rest) + line)
        }
    }

    /// A label column and a wrapped text column beside it; the text's continuation lines
    /// are indented a further `hanging` columns.
    mutating func columns(_ label: String, _ text: String, indent: Int, hanging: Int = 0) {
        let labelWidth = DisplayWidth.of(label)
        let textWidth = max(20, width - indent - labelWidth - 2 - hanging)
        for (index, line) in TextLayout.wrap(text, width: textWidth).enumerated() {
            let left = index == 0 ? label + "  " : String(repeating: " ", count: labelWidth + 2 + hanging)
            lines.append(String(repeating: " ", count: indent) + left + line)
        }
    }
}
