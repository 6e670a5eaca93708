import LadderText

/// One expert's entries from one source, as shown together on a level.
public struct ExpertGroup: Hashable, Sendable {
    public let expert: Expert
    public let source: Source
    public let entries: [SkillEntry]
}

/// An area named at a level by two or more experts.
public struct AreaConsensus: Hashable, Sendable {
    public let area: SkillArea
    public let experts: [Expert]
}

/// A level's experts in columns and skill areas in rows, so agreeing experts line up.
public struct SideBySide: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public let area: SkillArea
        /// One list of entries per column of `experts` (empty where that expert is silent).
        public let cells: [[SkillEntry]]

        /// How many experts name this area.
        public var expertCount: Int { cells.count { !$0.isEmpty } }
        /// Two or more experts name this area.
        public var isConsensus: Bool { expertCount >= 2 }
    }

    public let level: Level
    public let experts: [Expert]
    public let rows: [Row]

    /// Only the experts `keep` accepts, and only the areas one of them names.
    public func keeping(_ keep: (Expert) -> Bool) -> SideBySide {
        let columns = experts.indices.filter { keep(experts[$0]) }
        let kept = rows.map { row in Row(area: row.area, cells: columns.map { row.cells[$0] }) }
        return SideBySide(level: level, experts: columns.map { experts[$0] }, rows: kept.filter { $0.expertCount > 0 })
    }
}

/// What separates two levels: entries and areas at one and not the other.
public struct LevelChanges: Hashable, Sendable {
    public let from: Level
    public let to: Level
    /// Entries at `to` that `from` does not have.
    public let added: [SkillEntry]
    /// Entries at `from` that `to` does not have.
    public let removed: [SkillEntry]
    /// Areas named at `to` and not at `from`.
    public let newAreas: [SkillArea]
    /// Areas named at `from` and not at `to`.
    public let droppedAreas: [SkillArea]
}

extension Catalog {
    /// The levels of a track, from the first rung to the top.
    public func levels(of track: Track) -> [Level] {
        track.levels.compactMap(level(id:))
    }

    /// Tracks that include a level.
    public func tracks(containing levelID: String) -> [Track] {
        tracks.filter { $0.levels.contains(levelID) }
    }

    /// A level's entries grouped by expert and source. Groups that speak to this level in
    /// particular (their entries name the fewest levels) come first, then catalog order.
    public func skillsByExpert(at levelID: String) -> [ExpertGroup] {
        group(skills(at: levelID)).enumerated()
            .sorted { lhs, rhs in
                let (left, right) = (Self.breadth(lhs.element.entries), Self.breadth(rhs.element.entries))
                return left != right ? left < right : lhs.offset < rhs.offset
            }
            .map(\.element)
    }

    /// How many levels entries name on average: low for words about one level in particular,
    /// high for words about the PM role in general.
    static func breadth(_ entries: [SkillEntry]) -> Double {
        entries.isEmpty ? 0 : Double(entries.reduce(0) { $0 + $1.levels.count }) / Double(entries.count)
    }

    /// Groups entries by expert and source, keeping the order in which each pair first appears.
    public func group(_ entries: [SkillEntry]) -> [ExpertGroup] {
        var order: [String] = []
        var grouped: [String: [SkillEntry]] = [:]
        for entry in entries {
            let key = entry.expert + "\u{0}" + entry.source
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(entry)
        }
        return order.compactMap { key in
            let entries = grouped[key]!
            guard let expert = expert(id: entries[0].expert), let source = source(id: entries[0].source) else { return nil }
            return ExpertGroup(expert: expert, source: source, entries: entries)
        }
    }

    /// The experts at a level in columns and areas in rows. Experts who speak to this level
    /// in particular come first (as on the level page), then those covering more areas;
    /// areas keep the catalog's area order.
    public func sideBySide(at levelID: String) -> SideBySide? {
        guard let level = level(id: levelID) else { return nil }
        let entries = skills(at: levelID)
        var expertOrder: [String] = []
        var entriesByExpert: [String: [SkillEntry]] = [:]
        for entry in entries {
            if entriesByExpert[entry.expert] == nil { expertOrder.append(entry.expert) }
            entriesByExpert[entry.expert, default: []].append(entry)
        }
        func rank(_ expert: String) -> (Double, Int) {
            let own = entriesByExpert[expert]!
            return (Self.breadth(own), -Set(own.map(\.area)).count)
        }
        let columns = expertOrder.enumerated()
            .sorted { lhs, rhs in
                let (left, right) = (rank(lhs.element), rank(rhs.element))
                return left != right ? left < right : lhs.offset < rhs.offset
            }
            .compactMap { expert(id: $0.element) }
        let rows = areas.compactMap { area -> SideBySide.Row? in
            let cells = columns.map { column in entries.filter { $0.expert == column.id && $0.area == area.id } }
            return cells.allSatisfy(\.isEmpty) ? nil : SideBySide.Row(area: area, cells: cells)
        }
        return SideBySide(level: level, experts: columns, rows: rows)
    }

    /// Areas that two or more experts name at a level, the most agreed first.
    public func consensus(at levelID: String) -> [AreaConsensus] {
        guard let matrix = sideBySide(at: levelID) else { return [] }
        return matrix.rows
            .filter(\.isConsensus)
            .enumerated()
            .sorted { lhs, rhs in
                lhs.element.expertCount != rhs.element.expertCount
                    ? lhs.element.expertCount > rhs.element.expertCount
                    : lhs.offset < rhs.offset
            }
            .map { _, row in
                AreaConsensus(
                    area: row.area,
                    experts: zip(matrix.experts, row.cells).filter { !$0.1.isEmpty }.map(\.0)
                )
            }
    }

    /// What is at one level and not the other, in both directions.
    public func changes(from fromID: String, to toID: String) -> LevelChanges? {
        guard let from = level(id: fromID), let to = level(id: toID) else { return nil }
        let fromEntries = skills(at: fromID)
        let toEntries = skills(at: toID)
        let fromIDs = Set(fromEntries.map(\.id))
        let toIDs = Set(toEntries.map(\.id))
        let fromAreas = Set(fromEntries.map(\.area))
        let toAreas = Set(toEntries.map(\.area))
        return LevelChanges(
            from: from,
            to: to,
            added: toEntries.filter { !fromIDs.contains($0.id) },
            removed: fromEntries.filter { !toIDs.contains($0.id) },
            newAreas: areas.filter { toAreas.contains($0.id) && !fromAreas.contains($0.id) },
            droppedAreas: areas.filter { fromAreas.contains($0.id) && !toAreas.contains($0.id) }
        )
    }

    /// Entries whose summary, quote, expert, area or level names contain every word of
    /// `query`, ignoring case and diacritics, in catalog order.
    public func search(_ query: String) -> [SkillEntry] {
        let terms = SearchFolding.fold(query).split(whereSeparator: \.isWhitespace).map { Array($0.utf8) }
        guard !terms.isEmpty else { return [] }
        return searchBytes.withUnsafeBufferPointer { all in
            skills.indices.compactMap { index in
                let text = UnsafeBufferPointer(rebasing: all[searchOffsets[index]..<searchOffsets[index + 1]])
                return terms.allSatisfy { SearchFolding.contains(text, $0) } ? skills[index] : nil
            }
        }
    }
}
