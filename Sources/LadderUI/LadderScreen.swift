import LadderCore
import LadderText

/// The start screen: the tracks side by side, the levels they share drawn once below the fork,
/// each level with the user's ticks, the selected level's summary underneath.
struct LadderScreen: ExplorerScreen {
    /// The track the selection follows (it decides where Up goes after the fork).
    private(set) var trackIndex = 0
    /// Position in that track's levels, 0 being the first rung.
    private(set) var levelIndex = 0
    /// What does not change while the explorer runs, per level: skill and expert counts and
    /// the most agreed areas (costly to count again each frame for a large framework).
    private var facts: [String: LevelFacts] = [:]

    struct LevelFacts {
        /// Every skill that applies at the level (said, carried, role).
        let skillCount: Int
        let counts: String
        let consensus: [String]
    }

    init(catalog: Catalog, selecting levelID: String? = nil) {
        if let levelID, let track = catalog.tracks.firstIndex(where: { $0.levels.contains(levelID) }) {
            trackIndex = track
            levelIndex = catalog.tracks[track].levels.firstIndex(of: levelID) ?? 0
        }
    }

    let title = "Ladder"
    let keyHints = "↑↓ move  tab track  enter open  c compare  > next step  / search  ? help"
    var helpKeys: [KeyHelp] {
        [
            KeyHelp("↑ ↓  k j", "move up and down the track"),
            KeyHelp("tab  shift-tab  ← h", "switch track"),
            KeyHelp("enter  → l", "open the level: each expert's skills"),
            KeyHelp("c", "the level's experts side by side"),
            KeyHelp(">", "next step: what is left to tick for the next level"),
            KeyHelp("d", "what changes between this level and another"),
            KeyHelp("a", "areas at a glance: your ticks per skill area"),
            KeyHelp("s", "set the level as your current level"),
            KeyHelp("t", "set the level as your target level"),
            KeyHelp("g G  home end", "top and bottom of the track"),
        ]
    }

    func selectedLevelID(in catalog: Catalog) -> String? {
        let levels = catalog.tracks[safe: trackIndex]?.levels ?? []
        return levels[safe: levelIndex]
    }

    mutating func handle(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        let tracks = context.catalog.tracks
        guard let track = tracks[safe: trackIndex] else { return nil }
        if let movement = key.movement {
            switch movement {
            case .up: levelIndex = min(levelIndex + 1, track.levels.count - 1)
            case .down: levelIndex = max(levelIndex - 1, 0)
            case .top, .pageUp: levelIndex = track.levels.count - 1
            case .bottom, .pageDown: levelIndex = 0
            }
            return []
        }
        switch key {
        case .tab, .character("L"):
            switchTrack(to: (trackIndex + 1) % tracks.count, in: context.catalog)
            return []
        case .backTab, .left, .character("h"), .character("H"):
            switchTrack(to: (trackIndex + tracks.count - 1) % tracks.count, in: context.catalog)
            return []
        default:
            break
        }
        guard let levelID = selectedLevelID(in: context.catalog), let level = context.catalog.level(id: levelID) else {
            return nil
        }
        if key.isOpen { return [.push(LevelScreen(level: level, catalog: context.catalog))] }
        return ScreenCommand.forLevelKey(key, level: level)
    }

    /// Moves to another track, staying on the same level when the tracks share it.
    private mutating func switchTrack(to newTrack: Int, in catalog: Catalog) {
        guard newTrack != trackIndex, let target = catalog.tracks[safe: newTrack] else { return }
        let levelID = selectedLevelID(in: catalog)
        trackIndex = newTrack
        levelIndex = levelID.flatMap { target.levels.firstIndex(of: $0) } ?? min(levelIndex, target.levels.count - 1)
    }

    mutating func click(item index: Int, context: ScreenContext) -> [ScreenCommand] {
        let (track, level) = (index / 1000, index % 1000)
        if track == trackIndex && level == levelIndex { return handle(.enter, context: context) ?? [] }
        trackIndex = track
        levelIndex = level
        return []
    }

    // MARK: - Drawing

    mutating func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> [Int: Int] {
        let catalog = context.catalog
        let tracks = catalog.tracks
        guard !tracks.isEmpty else { return [:] }
        let shape = LadderShape(tracks: tracks)
        let columnWidth = min(40, (area.width - 2) / tracks.count)
        let showBars = columnWidth >= 36
        var items: [Int: Int] = [:]
        let selectedID = selectedLevelID(in: catalog)

        let originX = area.x + max(1, (area.width - tracks.count * columnWidth) / 2)
        func columnX(_ column: Int) -> Int { originX + column * columnWidth }

        var facts = self.facts
        defer { self.facts = facts }
        func known(_ levelID: String) -> LevelFacts {
            if let known = facts[levelID] { return known }
            let entries = catalog.entries(at: levelID)
            let made = LevelFacts(
                skillCount: catalog.countSkills(at: levelID), counts: entries.map(catalog.countsLine) ?? "",
                consensus: catalog.consensus(at: levelID).map { "\($0.area.name) (\($0.experts.count))" })
            facts[levelID] = made
            return made
        }

        func drawLevel(_ levelID: String, rank: Int, x: Int, y: Int, width: Int, item: Int, selected: Bool) {
            guard let level = catalog.level(id: levelID) else { return }
            let total = known(levelID).skillCount
            let ticked = context.progress.ticks.isEmpty ? 0 : catalog.countSkills(at: levelID) { context.progress.isTicked($0.id) }
            let mark = levelID == context.progress.currentLevel ? ">" : levelID == context.progress.targetLevel ? "*" : " "
            let counts = "\(ticked)/\(total)"
            let titleWidth = width - 4 - 8 - (showBars ? 8 : 0)
            var text = "\(mark)\(rank == 0 ? " " : String(rank % 10)) " + TextLayout.pad(level.shortTitle, width: titleWidth)
            text += " " + String(repeating: " ", count: max(0, 7 - counts.count)) + counts
            if showBars { text += " " + Self.bar(ticked: ticked, total: total, cells: 5) }
            let style: Style = ticked > 0 && ticked == total ? .ticked : .normal
            grid.put(text, x: x, y: y, style: selected ? style.selected : style, maxWidth: width)
            if selected { grid.restyle(row: y, from: x, width: width) { $0.reverse = true } }
            items[y] = item
        }

        var y = area.y + 1
        // Track headers; the one the selection follows is underlined.
        for (column, track) in tracks.enumerated() {
            let style = column == trackIndex ? Style(.heading, bold: true, underline: true) : Style.heading
            grid.put(track.title, x: columnX(column) + 1, y: y, style: style, maxWidth: columnWidth - 2)
        }
        y += 2

        // Branches, highest level first, bottom-aligned on the fork.
        let branchHeight = shape.branchHeight
        for (column, track) in tracks.enumerated() {
            let branch = Array(track.levels.enumerated().dropFirst(shape.shared[column]))
            let top = y + branchHeight - branch.count
            for (row, (index, levelID)) in branch.reversed().enumerated() {
                drawLevel(levelID, rank: index + 1, x: columnX(column), y: top + row, width: columnWidth - 1,
                          item: column * 1000 + index, selected: column == trackIndex && index == levelIndex)
            }
        }
        y += branchHeight

        // The fork: a bracket joining the tracks that share levels, and the shared levels below it.
        let sharing = shape.sharingColumns
        if shape.sharedCount > 0, let first = sharing.first, let last = sharing.last {
            let left = columnX(first) + columnWidth / 2, right = columnX(last) + columnWidth / 2
            let middle = (left + right) / 2
            if right > left {
                var bracket = "╰" + String(repeating: "─", count: max(0, right - left - 1)) + "╯"
                let offset = bracket.index(bracket.startIndex, offsetBy: middle - left)
                bracket.replaceSubrange(offset...offset, with: "┬")
                grid.put(bracket, x: left, y: y, style: .dim)
            }
            let forkLevel = tracks[first].levels[shape.sharedCount - 1]
            let caption = " the tracks share these levels and fork after \(context.levelTitle(forkLevel)) "
            grid.put(caption, x: max(area.x, middle - DisplayWidth.of(caption) / 2), y: y + 1, style: .dim, maxWidth: area.width)
            y += 2
            let blockWidth = columnWidth - 1
            let blockX = max(area.x, middle - blockWidth / 2)
            let followed = sharing.contains(trackIndex) ? trackIndex : first
            for index in (0..<shape.sharedCount).reversed() {
                drawLevel(tracks[first].levels[index], rank: index + 1, x: blockX, y: y, width: blockWidth,
                          item: followed * 1000 + index,
                          selected: sharing.contains(trackIndex) && index == levelIndex)
                y += 1
            }
        }

        // The selected level, summed up.
        y += 1
        if let selectedID, let level = catalog.level(id: selectedID), y < area.y + area.height {
            let levelFacts = known(selectedID)
            let ticked = catalog.countSkills(at: selectedID) { context.progress.isTicked($0.id) }
            let textWidth = min(area.width - 4, tracks.count * columnWidth - 2)
            let agreed = levelFacts.consensus.isEmpty ? "none" : levelFacts.consensus.joined(separator: ", ")
            let lines = [(level.title + ": \(ticked) of \(Plural.count(levelFacts.skillCount, "skill")) ticked", Style.heading)]
                + TextLayout.wrap(levelFacts.counts, width: textWidth).map { ($0, Style.normal) }
                + TextLayout.wrap("Most agreed by those experts: " + agreed, width: textWidth).map { ($0, Style.dim) }
            for (text, style) in lines where y < area.y + area.height {
                grid.put(text, x: originX + 1, y: y, style: style, maxWidth: area.width - originX - 2)
                y += 1
            }
        }
        if (context.progress.currentLevel != nil || context.progress.targetLevel != nil) && y < area.y + area.height {
            grid.put("> your current level   * your target level", x: originX + 1, y: area.y + area.height - 1, style: .dim)
        }
        return items
    }

    /// A bar of `cells` cells that reads without colour: `[##...]`.
    static func bar(ticked: Int, total: Int, cells: Int) -> String {
        let filled = total == 0 ? 0 : ticked * cells / total
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: cells - filled) + "]"
    }
}

/// How the tracks fork: how many first levels each shares with another track.
struct LadderShape {
    /// Per track, how many of its first levels it shares with another track.
    let shared: [Int]
    /// Rows the tallest branch (the levels after a track's shared ones) needs.
    let branchHeight: Int

    init(tracks: [Track]) {
        func common(_ a: Track, _ b: Track) -> Int { zip(a.levels, b.levels).prefix { $0 == $1 }.count }
        let shared = tracks.indices.map { index in
            tracks.indices.filter { $0 != index }.map { common(tracks[index], tracks[$0]) }.max() ?? 0
        }
        self.shared = shared
        branchHeight = zip(tracks, shared).map { $0.levels.count - $1 }.max() ?? 0
    }

    /// The shared block's size: levels the first track shares with another.
    var sharedCount: Int { shared.first ?? 0 }

    /// Tracks drawn over the shared block.
    var sharingColumns: [Int] { shared.indices.filter { shared[$0] > 0 && shared[$0] == sharedCount } }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
