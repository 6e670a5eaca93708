import LadderCore
import LadderCharts
import LadderText

/// The start screen: the tracks side by side, the levels they share drawn once below the fork,
/// each level with the user's ticks; the selected level summed up underneath, or, on a wide
/// terminal, previewed beside the ladder (its experts, your ticks by area, what is new there).
struct LadderScreen: ExplorerScreen {
    /// The track the selection follows (it decides where Up goes after the fork).
    private(set) var trackIndex = 0
    /// Position in that track's levels, 0 being the first rung.
    private(set) var levelIndex = 0
    /// What does not change while the explorer runs, per level, made by `layout` when first
    /// needed (costly to make again each frame for a large framework).
    private var facts: [String: LevelFacts] = [:]
    /// Where the rungs stand, made once: the catalog does not change while the screen lives.
    private var rungs: Rungs?

    /// The rows of the tracks' levels, from the first rung up: the tracks that fork share their
    /// first rows and branch above the fork; a track of its own (an imported framework's) stands
    /// each level beside the level it matched, in its own order.
    struct Rungs {
        /// Tracks sharing the first levels, and how many they share.
        let sharing: [Int]
        let sharedCount: Int
        /// Row from the first rung (0) of each level on a track that forks.
        let rowOf: [String: Int]
        /// Per track of its own, its levels' placements, rows as heights.
        let placements: [Int: [LevelPlacement]]
        /// Why a level of a track of its own is not beside its match, for each that is not.
        let notes: [String]
        /// Rows between the shared levels and the branches: the fork's bracket and caption.
        static let forkRows = 2

        init(catalog: Catalog) {
            let tracks = catalog.tracks
            let forks = TrackForks(tracks: tracks)
            sharedCount = forks.shared.first ?? 0
            let sharedCount = sharedCount
            sharing = forks.shared.indices.filter { forks.shared[$0] > 0 && forks.shared[$0] == sharedCount }
            let forkRows = sharedCount > 0 ? Self.forkRows : 0
            var rowOf: [String: Int] = [:]
            for column in sharing {
                for (index, levelID) in tracks[column].levels.enumerated() where rowOf[levelID] == nil {
                    rowOf[levelID] = index < sharedCount ? index : index + forkRows
                }
            }
            self.rowOf = rowOf
            var placements: [Int: [LevelPlacement]] = [:]
            var notes: [String] = []
            for column in tracks.indices where !sharing.contains(column) {
                placements[column] = catalog.placements(of: tracks[column]) { rowOf[$0] }
                notes += placements[column]!.compactMap { catalog.placementNote($0, on: tracks[column]) }
            }
            self.placements = placements
            self.notes = notes
        }
    }

    struct LevelFacts {
        /// Every skill that applies at the level (said, carried, role).
        let skillCount: Int
        let counts: String
        let consensus: [String]
        let levelExperts: [String]
        /// Skill ids per area, in area order, for the ticks-by-area bars.
        let skillsByArea: [(area: SkillArea, skills: [String])]
        /// What is new here compared with the level below on the followed track, and that level.
        let new: [SkillEntry]
        let below: Level?
    }

    /// A terminal this wide and tall shows the preview beside the ladder.
    static let previewWidth = 120
    static let previewHeight = 20
    /// A track's column wide enough for "3 Senior PM  12/191"; narrower ones drop the counts.
    static let comfortableColumn = 26
    /// A rung's columns besides its title: mark, rank and spaces (4), counts (8), the gap to the next track (1).
    static let columnBesideTitle = 13
    static let narrowestWithCounts = 20

    /// The widest level title on any track, in columns.
    static func longestTitle(in catalog: Catalog) -> Int {
        catalog.tracks.flatMap(\.levels).compactMap { catalog.level(id: $0)?.shortTitle }.map(DisplayWidth.of).max()
            ?? 0
    }

    init(catalog: Catalog, selecting levelID: String? = nil) {
        if let levelID, let track = catalog.tracks.firstIndex(where: { $0.levels.contains(levelID) }) {
            trackIndex = track
            levelIndex = catalog.tracks[track].levels.firstIndex(of: levelID) ?? 0
        }
    }

    let title = "Ladder"
    let keyContext = KeyContext.ladder

    func selectedLevelID(in catalog: Catalog) -> String? {
        catalog.tracks[safe: trackIndex]?.levels[safe: levelIndex]
    }

    mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand]? {
        let tracks = context.catalog.tracks
        guard let track = tracks[safe: trackIndex] else { return nil }
        switch action {
        case .up: levelIndex = min(levelIndex + 1, track.levels.count - 1)
        case .down: levelIndex = max(levelIndex - 1, 0)
        case .top: levelIndex = track.levels.count - 1
        case .bottom: levelIndex = 0
        case .nextTrack, .previousTrack:
            let step = action == .nextTrack ? 1 : tracks.count - 1
            return switchTrack(to: (trackIndex + step) % tracks.count, in: context.catalog)
        default:
            guard let levelID = selectedLevelID(in: context.catalog), let level = context.catalog.level(id: levelID)
            else {
                return nil
            }
            if action == .open { return [.push(LevelScreen(level: level, catalog: context.catalog))] }
            return ScreenCommand.forLevel(action, level: level, context: context)
        }
        return []
    }

    /// Moves to another track, staying on the same level when the tracks share it (and saying
    /// so, since only the branch ↑ climbs changes).
    private mutating func switchTrack(to newTrack: Int, in catalog: Catalog) -> [ScreenCommand] {
        guard newTrack != trackIndex, let target = catalog.tracks[safe: newTrack] else { return [] }
        let levelID = selectedLevelID(in: catalog)
        trackIndex = newTrack
        if let levelID, let shared = target.levels.firstIndex(of: levelID) {
            levelIndex = shared
            return [
                .status(
                    "\(catalog.level(id: levelID)?.shortTitle ?? levelID) is on both tracks: ↑ now climbs \(target.title)"
                )
            ]
        }
        levelIndex = min(levelIndex, target.levels.count - 1)
        return []
    }

    mutating func click(_ target: ClickTarget, context: ScreenContext) -> [ScreenCommand] {
        guard case .level(let track, let level) = target else { return [] }
        if track == trackIndex && level == levelIndex { return perform(.open, context: context) ?? [] }
        trackIndex = track
        levelIndex = level
        return []
    }

    // MARK: - Layout

    mutating func layout(in area: Rect, context: ScreenContext) {
        let catalog = context.catalog
        if rungs == nil { rungs = Rungs(catalog: catalog) }
        if let selected = selectedLevelID(in: catalog) {
            let below = catalog.tracks[safe: trackIndex]?.levels[safe: levelIndex - 1]
            let key = selected + "\u{0}" + (below ?? "")
            if facts[key] == nil { facts[key] = Self.facts(of: selected, below: below, catalog: catalog) }
        }
    }

    private static func facts(of levelID: String, below: String?, catalog: Catalog) -> LevelFacts? {
        guard let entries = catalog.entries(at: levelID) else { return nil }
        let skills = entries.skills
        let byArea = catalog.areas.compactMap { area -> (SkillArea, [String])? in
            let ids = skills.filter { $0.area == area.id }.map(\.id)
            return ids.isEmpty ? nil : (area, ids)
        }
        let new = below.flatMap { catalog.changes(from: $0, to: levelID)?.added.map(\.entry) } ?? entries.said
        return LevelFacts(
            skillCount: skills.count, counts: catalog.countsLine(entries),
            consensus: catalog.consensus(at: levelID).map { "\($0.area.name) (\($0.voiceCount))" },
            levelExperts: LevelEntries.experts(of: catalog.groupMostParticularFirst(entries.said).flatMap(\.entries))
                .map { catalog.expert(id: $0)?.name ?? $0 },
            skillsByArea: byArea, new: new, below: below.flatMap(catalog.level(id:)))
    }

    private func selectedFacts(_ catalog: Catalog) -> LevelFacts? {
        guard let selected = selectedLevelID(in: catalog) else { return nil }
        let below = catalog.tracks[safe: trackIndex]?.levels[safe: levelIndex - 1]
        return facts[selected + "\u{0}" + (below ?? "")]
    }

    // MARK: - Drawing

    func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> ClickMap {
        let catalog = context.catalog
        guard !catalog.tracks.isEmpty else { return ClickMap() }
        // The preview takes what the tracks leave of a wide screen, if that is enough to read;
        // titles come first: the ladder keeps the room every title needs whole.
        let columnForWholeTitles = max(Self.comfortableColumn, Self.longestTitle(in: catalog) + Self.columnBesideTitle)
        let ladderWidth = max(80, area.width / 2, catalog.tracks.count * columnForWholeTitles + 2)
        let wide =
            area.width >= Self.previewWidth && area.height >= Self.previewHeight && area.width - ladderWidth >= 50
        let ladderArea = wide ? Rect(x: area.x, y: area.y, width: ladderWidth, height: area.height) : area
        var clicks = ClickMap()
        var bottom = drawLadder(into: &grid, area: ladderArea, context: context, clicks: &clicks)
        // A framework level that does not stand beside its match says why, under the ladder; when
        // the reasons would crowd out the summary, one line says where to read them.
        let notes = rungs?.notes ?? []
        let noteWidth = min(ladderArea.width - 4, 78)
        var noteLines = notes.flatMap { TextLayout.wrap("↑ " + $0, width: noteWidth) }
        if noteLines.count > 3 {
            noteLines = TextLayout.wrap(
                "↑ \(Plural.count(notes.count, "company level")) \(notes.count == 1 ? "stands" : "stand") above the level they match, "
                    + "in their company's order: `ladder tracks` says why", width: noteWidth)
        }
        for line in noteLines where bottom + 3 < area.maxY - 1 {
            bottom += 1
            grid.put(line, x: ladderArea.x + 2, y: bottom + 1, style: .dim, maxWidth: ladderArea.width - 4)
        }
        if !noteLines.isEmpty { bottom += 1 }
        if wide {
            let x = ladderArea.x + ladderArea.width + 1
            drawPreview(
                into: &grid,
                area: Rect(x: x, y: area.y + 1, width: area.x + area.width - x - 1, height: area.height - 1),
                context: context)
        } else {
            drawSummary(into: &grid, area: area, top: bottom + 2, context: context)
        }
        // The legend, on the last row (the summary and the preview leave it free).
        if context.progress.currentLevel != nil || context.progress.targetLevel != nil {
            grid.put("> your current level   * your target level", x: area.x + 2, y: area.maxY - 1, style: .dim)
        }
        return clicks
    }

    /// Draws the tracks; returns the row of the first rung.
    private func drawLadder(into grid: inout Grid, area: Rect, context: ScreenContext, clicks: inout ClickMap) -> Int {
        let catalog = context.catalog
        let tracks = catalog.tracks
        guard let rungs else { return area.y }
        let sharing = rungs.sharing, sharedCount = rungs.sharedCount
        let columnWidth = min(40, (area.width - 2) / tracks.count)
        // Bars only where every title stays whole beside them.
        let showBars = columnWidth >= max(36, Self.longestTitle(in: catalog) + Self.columnBesideTitle + 8)
        let originX = area.x + max(1, (area.width - tracks.count * columnWidth) / 2)
        func columnX(_ column: Int) -> Int { originX + column * columnWidth }

        // Rows: branches above the fork, the shared levels below it; a track that shares
        // nothing stands on the first rung like the others.
        let branchHeight = sharing.map { tracks[$0].levels.count - sharedCount }.max() ?? 0
        let forkRows = sharedCount > 0 ? Rungs.forkRows : 0
        let rows = max(
            branchHeight + forkRows + sharedCount,
            rungs.placements.values.compactMap { $0.last.map { $0.height + 1 } }.max() ?? 0)
        let top = area.y + 3
        let firstRung = top + rows - 1
        let forkY = firstRung - sharedCount - forkRows + 1

        func drawLevel(
            _ levelID: String, rank: Int, x: Int, y: Int, width: Int, target: ClickTarget, selected: Bool,
            displaced: Bool = false
        ) {
            guard let level = catalog.level(id: levelID), y >= area.y, y < area.maxY else { return }
            let total = context.levelProgress[levelID]?.total ?? 0
            let ticked = context.ticked(at: levelID)
            let mark =
                levelID == context.progress.currentLevel ? ">" : levelID == context.progress.targetLevel ? "*" : " "
            let counts = "\(ticked)/\(total)"
            // Many tracks on a narrow screen: the title matters more than the counts (the summary has them).
            let showCounts = width >= Self.narrowestWithCounts
            let titleWidth = width - 4 - (showCounts ? 8 : 0) - (showBars ? 8 : 0)
            // ↑: not beside its match (the note under the ladder says why).
            var text =
                "\(mark)\(rank % 10)\(displaced ? "↑" : " ")" + TextLayout.pad(level.shortTitle, width: titleWidth)
            if showCounts { text += " " + String(repeating: " ", count: max(0, 7 - counts.count)) + counts }
            if showBars { text += " " + Bar.text(filled: ticked, of: total, cells: 5) }
            let style: Style = ticked > 0 && ticked == total ? .ticked : .normal
            grid.put(text, x: x, y: y, style: selected ? style.selected : style, maxWidth: width)
            if selected { grid.restyle(row: y, from: x, width: width) { $0.reverse = true } }
            clicks.add(Rect(x: x, y: y, width: width, height: 1), target)
        }

        // Track headers; the one the selection follows is underlined.
        for (column, track) in tracks.enumerated() {
            let style = column == trackIndex ? Style(.heading, bold: true, underline: true) : Style.heading
            grid.put(
                TextLayout.truncate(track.title, width: columnWidth - 2), x: columnX(column) + 1, y: area.y + 1,
                style: style)
        }
        for (column, track) in tracks.enumerated() {
            let isSharing = sharing.contains(column)
            let first = isSharing ? sharedCount : 0
            for (offset, index) in (first..<track.levels.count).enumerated() {
                let placement = rungs.placements[column]?[safe: index]
                let y = isSharing ? forkY - 1 - offset : firstRung - (placement?.height ?? index)
                drawLevel(
                    track.levels[index], rank: index + 1, x: columnX(column), y: y, width: columnWidth - 1,
                    target: .level(track: column, index: index), selected: column == trackIndex && index == levelIndex,
                    displaced: placement?.standsAbove != nil)
            }
        }
        // The fork: a bracket joining the tracks that share levels, and the shared levels below it.
        if sharedCount > 0, let first = sharing.first, let last = sharing.last {
            let left = columnX(first) + columnWidth / 2, right = columnX(last) + columnWidth / 2
            let middle = (left + right) / 2
            if right > left {
                var bracket = "╰" + String(repeating: "─", count: max(0, right - left - 1)) + "╯"
                let offset = bracket.index(bracket.startIndex, offsetBy: middle - left)
                bracket.replaceSubrange(offset...offset, with: "┬")
                grid.put(bracket, x: left, y: forkY, style: .dim)
            }
            let forkLevel = context.levelTitle(tracks[first].levels[sharedCount - 1])
            let span = columnX(last) + columnWidth - columnX(first)
            // Rows beside each other after the fork are drawn level, not equated: no source says a
            // Principal PM is a Group PM (issue 27).
            let captions = [
                " shared up to \(forkLevel); levels side by side above are not equivalent ",
                " shared up to \(forkLevel); side by side is not equal ", " they fork after \(forkLevel) ",
            ]
            let caption = captions.first { DisplayWidth.of($0) <= span } ?? captions[captions.count - 1]
            let captionX = max(columnX(first), middle - DisplayWidth.of(caption) / 2)
            grid.put(caption, x: captionX, y: forkY + 1, style: .dim, maxWidth: columnX(first) + span - captionX)
            let blockWidth = columnWidth - 1
            let blockX = max(area.x, middle - blockWidth / 2)
            let followed = sharing.contains(trackIndex) ? trackIndex : first
            for index in 0..<sharedCount {
                drawLevel(
                    tracks[first].levels[index], rank: index + 1, x: blockX, y: firstRung - index, width: blockWidth,
                    target: .level(track: followed, index: index),
                    selected: sharing.contains(trackIndex) && index == levelIndex)
            }
        }
        return firstRung
    }

    /// Under the ladder (narrow terminals): the selected level in a few lines.
    private func drawSummary(into grid: inout Grid, area: Rect, top: Int, context: ScreenContext) {
        let catalog = context.catalog
        guard let selected = selectedLevelID(in: catalog), let level = catalog.level(id: selected),
            let facts = selectedFacts(catalog)
        else { return }
        let width = min(area.width - 4, 78)
        let ticked = context.ticked(at: selected)
        // Agreement needs two voices: with none to report, nothing is said.
        let agreed =
            facts.consensus.isEmpty
            ? []
            : TextLayout.wrap("Most agreed by those voices: " + facts.consensus.joined(separator: ", "), width: width)
        let lines =
            [(level.title + ": \(ticked) of \(Plural.count(facts.skillCount, "skill")) ticked", Style.heading)]
            + TextLayout.wrap(facts.counts, width: width).map { ($0, Style.normal) }
            + agreed.map { ($0, Style.dim) }
        var y = top
        for (text, style) in lines where y < area.maxY - 1 {
            grid.put(text, x: area.x + 2, y: y, style: style, maxWidth: area.width - 4)
            y += 1
        }
    }

    /// Beside the ladder (wide terminals): the selected level previewed.
    private func drawPreview(into grid: inout Grid, area: Rect, context: ScreenContext) {
        let catalog = context.catalog
        guard let selected = selectedLevelID(in: catalog), let level = catalog.level(id: selected),
            let facts = selectedFacts(catalog), area.width >= 20
        else { return }
        var y = area.y
        func line(_ text: String, _ style: Style, indent: Int = 0) {
            for wrapped in TextLayout.wrap(text, width: area.width - indent) where y < area.maxY - 1 {
                grid.put(wrapped, x: area.x + indent, y: y, style: style, maxWidth: area.width - indent)
                y += 1
            }
        }
        let ticked = context.ticked(at: selected)
        line(level.title, .title)
        line(
            "\(ticked) of \(Plural.count(facts.skillCount, "skill")) ticked "
                + Bar.text(filled: ticked, of: facts.skillCount, cells: 10), .normal)
        line(facts.counts, .normal)
        line(
            "Speaking to it: "
                + (facts.levelExperts.isEmpty ? "nobody in particular" : facts.levelExperts.joined(separator: ", ")),
            .dim)
        if !facts.consensus.isEmpty { line("Most agreed by them: " + facts.consensus.joined(separator: ", "), .dim) }
        y += 1
        line("Your ticks by area", .heading)
        let nameWidth = min(24, facts.skillsByArea.map { DisplayWidth.of($0.area.name) }.max() ?? 10)
        for (skillArea, skills) in facts.skillsByArea where y < area.maxY - 1 {
            let done = skills.count { context.progress.isTicked($0) }
            let text =
                TextLayout.pad(skillArea.name, width: nameWidth) + "  "
                + Bar.text(filled: done, of: skills.count, cells: 10)
                + " \(done)/\(skills.count)"
            line(text, done > 0 && done == skills.count ? .ticked : .normal, indent: 1)
        }
        y += 1
        let newTitle =
            facts.below.map { "New at \(level.shortTitle), compared with \($0.shortTitle): \(facts.new.count)" }
            ?? "Said of \(level.shortTitle), the first rung: \(facts.new.count)"
        line(newTitle, .heading)
        let room = area.maxY - 1 - y
        for entry in facts.new.prefix(max(0, facts.new.count > room ? room - 1 : room)) {
            grid.put(
                TextLayout.truncate(
                    context.mark(entry) + " " + entry.summary + " · " + context.expertName(entry.expert),
                    width: area.width - 1),
                x: area.x + 1, y: y, style: context.isTicked(entry) ? .ticked : .normal)
            y += 1
        }
        if facts.new.count > room, room > 0 {
            grid.put(
                "… \(facts.new.count - room + 1) more: \(context.keyName(.whatChanges, in: .ladder)) shows what changes",
                x: area.x + 1, y: y, style: .dim, maxWidth: area.width - 1)
        }
    }
}
