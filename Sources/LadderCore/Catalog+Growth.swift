/// How much of one skill area a user has ticked at a level.
public struct AreaProgress: Hashable, Sendable {
    public let area: SkillArea
    public let ticked: Int
    public let total: Int
    /// Experts who name this area at the level.
    public let expertCount: Int
}

/// The skills of one area a user has yet to tick at a level.
public struct AreaGap: Hashable, Sendable {
    public let area: SkillArea
    /// Experts who name this area at the level: how much they agree it matters there.
    public let expertCount: Int
    /// Unticked skills of this area at the level, in catalog order.
    public let open: [SkillEntry]
}

/// What stands between a user's level and another: the other level's skills not yet ticked.
public struct LevelGap: Hashable, Sendable {
    public let from: Level
    public let to: Level
    /// Skills at `to`, and how many of them are ticked.
    public let total: Int
    public let ticked: Int
    /// Areas with open skills: the most agreed first (more experts), then the larger gap.
    public let areas: [AreaGap]

    /// The areas to work on first: the top two of `areas`.
    public var strongestGaps: [SkillArea] { areas.prefix(2).map(\.area) }

    /// "Senior PM -> Director: 14 of 41 skills ticked; strongest gaps: management, strategy".
    public var summary: String {
        let gaps = strongestGaps.map { $0.name.lowercased() }
        return "\(from.shortTitle) -> \(to.shortTitle): \(ticked) of \(total) skills ticked"
            + (gaps.isEmpty ? "; nothing left open" : "; strongest gaps: " + gaps.joined(separator: ", "))
    }
}

extension Catalog {
    /// Ticked and total skills per area at a level, for every area named there, in area order.
    public func areaProgress(at levelID: String, _ progress: Progress) -> [AreaProgress] {
        let entries = skills(at: levelID)
        return areas.compactMap { area in
            let inArea = entries.filter { $0.area == area.id }
            guard !inArea.isEmpty else { return nil }
            return AreaProgress(
                area: area,
                ticked: inArea.count { progress.isTicked($0.id) },
                total: inArea.count,
                expertCount: Set(inArea.map(\.expert)).count
            )
        }
    }

    /// The skills of `toID` the user has not ticked, by area.
    public func gap(from fromID: String, to toID: String, _ progress: Progress) -> LevelGap? {
        guard let from = level(id: fromID), let to = level(id: toID) else { return nil }
        let entries = skills(at: toID)
        let areaGaps = areaProgress(at: toID, progress).enumerated()
            .map { position, area in
                (position, AreaGap(
                    area: area.area, expertCount: area.expertCount,
                    open: entries.filter { $0.area == area.area.id && !progress.isTicked($0.id) }))
            }
            .filter { !$0.1.open.isEmpty }
            .sorted { lhs, rhs in
                if lhs.1.expertCount != rhs.1.expertCount { return lhs.1.expertCount > rhs.1.expertCount }
                if lhs.1.open.count != rhs.1.open.count { return lhs.1.open.count > rhs.1.open.count }
                return lhs.0 < rhs.0
            }
            .map(\.1)
        return LevelGap(
            from: from, to: to, total: entries.count, ticked: entries.count { progress.isTicked($0.id) }, areas: areaGaps)
    }

    /// Where the user can go next from their current level: their target level if they have
    /// one, then the next level on every track through the current one (two at a fork).
    /// Empty without a current level.
    public func nextLevels(_ progress: Progress) -> [Level] {
        guard let current = progress.currentLevel else { return [] }
        var ids: [String] = []
        if let target = progress.targetLevel, target != current { ids.append(target) }
        for track in tracks {
            guard let index = track.levels.firstIndex(of: current), index + 1 < track.levels.count else { continue }
            let next = track.levels[index + 1]
            if !ids.contains(next) { ids.append(next) }
        }
        return ids.compactMap(level(id:))
    }
}
