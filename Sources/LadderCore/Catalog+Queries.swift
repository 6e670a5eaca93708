import LadderText

/// A skill carried up to a level from below, and the level its source says it of.
public struct CarriedEntry: Hashable, Sendable {
    public let entry: SkillEntry
    public let from: Level
}

/// An entry that stops carrying up at a level, and the entry that says so: a change that
/// leaves it behind, or the same competency described again.
public struct StoppedEntry: Hashable, Sendable {
    public let entry: SkillEntry
    public let by: SkillEntry
}

/// Everything at one level, as the level model sees it (see `docs/catalog-format.md`).
public struct LevelEntries: Hashable, Sendable {
    public let level: Level
    /// Skills the sources say of this level (its own, bands and "and above" included).
    public let said: [SkillEntry]
    /// Of `said`, those no level below has: what is new here.
    public let new: [SkillEntry]
    /// Skills carried up from the levels below.
    public let carried: [CarriedEntry]
    /// Skills about the PM role in general.
    public let role: [SkillEntry]
    /// What the sources say changes at this level.
    public let changes: [SkillEntry]
    /// Risks at this level, then risks of the PM role in general.
    public let watchOuts: [SkillEntry]
    /// What stops carrying up here: left behind by a change, or superseded.
    public let leftBehind: [StoppedEntry]
    public let superseded: [StoppedEntry]

    /// Every skill that applies at the level, the user's to tick.
    public var skills: [SkillEntry] { said + carried.map(\.entry) + role }

    /// Experts who speak to this level in particular.
    public var levelExpertIDs: [String] { Self.experts(of: levelEntries) }
    /// Experts who speak of the PM role in general.
    public var roleExpertIDs: [String] { Self.experts(of: roleEntries) }
    /// The voices that speak to this level in particular: what the counts count (an article's
    /// author and the ideas they retell are one voice).
    public var levelVoices: [String] { Self.voices(of: levelEntries) }
    /// The voices that speak of the PM role in general.
    public var roleVoices: [String] { Self.voices(of: roleEntries) }

    private var levelEntries: [SkillEntry] { said + changes + watchOuts.filter { $0.scope == .level } }
    private var roleEntries: [SkillEntry] { role + watchOuts.filter { $0.scope == .role } }

    /// Only the entries `keep` accepts (an expert's or a source's), in every part.
    public func filtered(_ keep: (SkillEntry) -> Bool) -> LevelEntries {
        LevelEntries(
            level: level, said: said.filter(keep), new: new.filter(keep), carried: carried.filter { keep($0.entry) },
            role: role.filter(keep), changes: changes.filter(keep), watchOuts: watchOuts.filter(keep),
            leftBehind: leftBehind.filter { keep($0.entry) }, superseded: superseded.filter { keep($0.entry) })
    }

    /// Every entry shown at the level, in every part.
    public var all: [SkillEntry] { said + changes + watchOuts + carried.map(\.entry) + role }

    /// Expert ids in the order they first appear.
    public static func experts(of entries: [SkillEntry]) -> [String] {
        var seen: Set<String> = []
        return entries.compactMap { seen.insert($0.expert).inserted ? $0.expert : nil }
    }

    /// Voices in the order they first appear.
    public static func voices(of entries: [SkillEntry]) -> [String] {
        var seen: Set<String> = []
        return entries.compactMap { seen.insert($0.voice).inserted ? $0.voice : nil }
    }
}

/// One expert's entries from one source, as shown together on a level.
public struct ExpertGroup: Hashable, Sendable {
    public let expert: Expert
    public let source: Source
    public let entries: [SkillEntry]
}

/// An area named at a level by two or more of the experts who speak to it in particular.
public struct AreaConsensus: Hashable, Sendable {
    public let area: SkillArea
    public let experts: [Expert]
    /// How many voices those experts are (an article's author and those they retell are one).
    public let voiceCount: Int
}

/// A level's experts in columns and skill areas in rows, so agreeing experts line up. The
/// experts who speak to the level in particular come first, then those who speak of the PM
/// role in general (`roleColumns` of them), whose entries never count towards consensus.
public struct SideBySide: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public let area: SkillArea
        /// One list of entries per column of `experts` (empty where that expert is silent).
        public let cells: [[SkillEntry]]
        /// How many voices among the first `levelColumns` columns name this area (two columns
        /// of one article count once).
        public let expertCount: Int

        /// Two or more voices that speak to the level name this area.
        public var isConsensus: Bool { expertCount >= 2 }
    }

    public let level: Level
    public let experts: [Expert]
    /// How many of the first columns are experts who speak to the level in particular.
    public let levelColumns: Int
    public let rows: [Row]

    public func speaksToLevel(column: Int) -> Bool { column < levelColumns }

    /// How many voices the non-empty cells hold.
    static func voiceCount(_ cells: [[SkillEntry]]) -> Int {
        Set(cells.compactMap { $0.first?.voice }).count
    }

    /// Only the experts `keep` accepts, and only the areas one of them names.
    public func keeping(_ keep: (Expert) -> Bool) -> SideBySide {
        let columns = experts.indices.filter { keep(experts[$0]) }
        let kept = rows.map { row in
            let cells = columns.map { row.cells[$0] }
            return Row(
                area: row.area, cells: cells,
                expertCount: Self.voiceCount(zip(columns, cells).filter { $0.0 < levelColumns }.map(\.1)))
        }
        return SideBySide(
            level: level, experts: columns.map { experts[$0] }, levelColumns: columns.count { $0 < levelColumns },
            rows: kept.filter { $0.cells.contains { !$0.isEmpty } })
    }
}

/// What separates two levels, as the level model sees it.
public struct LevelChanges: Hashable, Sendable {
    /// A skill at the higher level that the lower one does not have, with where it is said.
    public struct Added: Hashable, Sendable {
        public let entry: SkillEntry
        /// The level its source says it of: `to`, or a level below it it carries up from.
        public let at: Level
        /// The entries at `from` it supersedes.
        public let replacing: [SkillEntry]
    }

    /// Entries a change on the way leaves behind, with the change's words.
    public struct LeftBehind: Hashable, Sendable {
        public let change: SkillEntry
        public let at: Level
        public let entries: [SkillEntry]
    }

    public let from: Level
    public let to: Level
    /// Skills at `to` and not at `from`, the ones said of `to` first.
    public let added: [Added]
    /// What the sources say is left behind on the way: the only removals.
    public let leftBehind: [LeftBehind]
    /// Skills at `from` that `to` does not have because it is on another branch or below.
    public let notOnTheWay: [SkillEntry]
    /// What the sources say changes on the way, besides what they leave behind.
    public let changeNotes: [SkillEntry]
    /// Areas named at `to` and not at `from`, and the other way round.
    public let newAreas: [SkillArea]
    public let droppedAreas: [SkillArea]

    /// Whether `to` is above `from` on a track (the usual way to read a comparison).
    public let isStepUp: Bool

    /// What each new skill supersedes, by the new skill's id (a lookup: a framework adds
    /// thousands of skills at a level).
    public var supersededByID: [String: [SkillEntry]] {
        Dictionary(added.map { ($0.entry.id, $0.replacing) }, uniquingKeysWith: { first, _ in first })
    }
}

extension Catalog {
    /// The level of another track that the entries said of `levelID` are most often also said
    /// of: where an imported framework's level was matched on ladder's tracks. Nil when none is.
    public func pairedLevel(of levelID: String, in track: Track) -> String? {
        var counts: [String: Int] = [:]
        for index in model.said[levelID] ?? [] {
            for other in skills[index].levels where !track.levels.contains(other) { counts[other, default: 0] += 1 }
        }
        return counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key
    }

    /// The levels of a track, from the first rung to the top.
    public func levels(of track: Track) -> [Level] {
        track.levels.compactMap(level(id:))
    }

    /// Tracks that include a level.
    public func tracks(containing levelID: String) -> [Track] {
        tracks.filter { $0.levels.contains(levelID) }
    }

    /// How the tracks order the levels.
    public var levelGraph: LevelGraph { model.graph }

    /// The levels just above one, on every track through it ("next on its track").
    public func nextLevels(after levelID: String) -> [Level] {
        model.graph.next(after: levelID, on: tracks).compactMap(level(id:))
    }

    /// The levels just below one, on every track through it.
    public func previousLevels(before levelID: String) -> [Level] {
        (model.graph.below[levelID] ?? []).compactMap(level(id:))
    }

    /// Everything at a level: said of it, carried up, on the PM role, changes and watch-outs.
    public func entries(at levelID: String) -> LevelEntries? {
        guard let level = level(id: levelID) else { return nil }
        let said = model.said[levelID] ?? []
        let levelOf = { (id: String) in self.level(id: id)! }
        return LevelEntries(
            level: level,
            said: said.filter { skills[$0].isSkill }.map { skills[$0] },
            new: (model.new[levelID] ?? []).map { skills[$0] },
            carried: (model.carried[levelID] ?? []).map {
                CarriedEntry(entry: skills[$0.entry], from: levelOf($0.from))
            },
            role: model.role.filter { skills[$0].isSkill }.map { skills[$0] },
            changes: said.filter { skills[$0].kind == .change }.map { skills[$0] },
            watchOuts: (said + model.role).filter { skills[$0].kind == .watchOut }.map { skills[$0] },
            leftBehind: (model.leftBehind[levelID] ?? []).map {
                StoppedEntry(entry: skills[$0.entry], by: skills[$0.by])
            },
            superseded: (model.superseded[levelID] ?? []).map {
                StoppedEntry(entry: skills[$0.entry], by: skills[$0.by])
            })
    }

    /// How many skills apply at a level (said, carried and role), and how many of them have an
    /// id that satisfies `predicate`, without copying the entries out.
    public func countSkills(at levelID: String, whereID predicate: (String) -> Bool = { _ in true }) -> Int {
        var count = 0
        for index in model.said[levelID] ?? [] where skills[index].isSkill && predicate(skills[index].id) { count += 1 }
        for carried in model.carried[levelID] ?? [] where predicate(skills[carried.entry].id) { count += 1 }
        for index in model.role where skills[index].isSkill && predicate(skills[index].id) { count += 1 }
        return count
    }

    /// Entries grouped by expert and source, keeping the order in which each pair first appears.
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
            guard let expert = expert(id: entries[0].expert), let source = source(id: entries[0].source) else {
                return nil
            }
            return ExpertGroup(expert: expert, source: source, entries: entries)
        }
    }

    /// Entries said of a level, grouped by expert and source, the groups whose words are most
    /// particular to it first: on average, their entries reach the fewest levels (a band reaches
    /// each rung it names, "and above" every level above too).
    public func groupMostParticularFirst(_ entries: [SkillEntry]) -> [ExpertGroup] {
        func reach(_ entry: SkillEntry) -> Int {
            let above = entry.andAbove ? entry.levels.map { model.graph.levels(above: $0).count }.max() ?? 0 : 0
            return entry.levels.count + above
        }
        func averageReach(_ group: ExpertGroup) -> Double {
            Double(group.entries.map(reach).reduce(0, +)) / Double(group.entries.count)
        }
        let groups = group(entries)
        let reaches = groups.map(averageReach)
        return groups.indices
            .sorted { reaches[$0] != reaches[$1] ? reaches[$0] < reaches[$1] : $0 < $1 }
            .map { groups[$0] }
    }

    /// The experts at a level in columns and areas in rows: first the experts who speak to the
    /// level in particular (those covering more areas first), then those who speak of the PM
    /// role in general. Areas keep the catalog's order.
    public func sideBySide(at levelID: String) -> SideBySide? {
        guard let entries = entries(at: levelID) else { return nil }
        func columns(_ skills: [SkillEntry]) -> [(expert: Expert, entries: [SkillEntry])] {
            let byExpert = Dictionary(grouping: skills, by: \.expert)
            return LevelEntries.experts(of: skills).enumerated()
                .sorted { lhs, rhs in
                    let (left, right) = (
                        Set(byExpert[lhs.element]!.map(\.area)).count, Set(byExpert[rhs.element]!.map(\.area)).count
                    )
                    return left != right ? left > right : lhs.offset < rhs.offset
                }
                .compactMap { _, id in expert(id: id).map { ($0, byExpert[id]!) } }
        }
        let levelColumns = columns(entries.said)
        let all = levelColumns + columns(entries.role)
        let rows = areas.compactMap { area -> SideBySide.Row? in
            let cells = all.map { column in column.entries.filter { $0.area == area.id } }
            guard cells.contains(where: { !$0.isEmpty }) else { return nil }
            return SideBySide.Row(
                area: area, cells: cells, expertCount: SideBySide.voiceCount(Array(cells.prefix(levelColumns.count))))
        }
        return SideBySide(
            level: entries.level, experts: all.map(\.expert), levelColumns: levelColumns.count, rows: rows)
    }

    /// Areas that two or more of the experts who speak to a level name there, the most agreed first.
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
                    experts: zip(matrix.experts.prefix(matrix.levelColumns), row.cells).filter { !$0.1.isEmpty }.map(
                        \.0),
                    voiceCount: row.expertCount
                )
            }
    }

    /// What changes from one level to another: the skills `to` adds, what the sources say is
    /// left behind on the way (each with the change that says so), and, when `to` is not above
    /// `from`, what `from` has that is not on the way. Role entries never appear: they apply
    /// at both.
    public func changes(from fromID: String, to toID: String) -> LevelChanges? {
        guard let from = level(id: fromID), let to = level(id: toID) else { return nil }
        let fromPresent = model.present(at: fromID, skills: skills)
        let toPresent = model.present(at: toID, skills: skills)
        // The levels on the way: at or below `to`, and neither `from` nor below it.
        let behindFrom = Set(model.graph.levels(below: fromID) + [fromID])
        let onTheWay = (model.graph.levels(below: toID).reversed() + [toID]).filter { !behindFrom.contains($0) }

        var carriedFrom: [Int: String] = [:]
        for carried in model.carried[toID] ?? [] { carriedFrom[carried.entry] = carried.from }
        var replacing: [Int: [Int]] = [:]
        var leftBehind: [LevelChanges.LeftBehind] = []
        var stopped: Set<Int> = []
        for level in onTheWay {
            for stop in model.superseded[level] ?? [] where fromPresent.contains(stop.entry) {
                replacing[stop.by, default: []].append(stop.entry)
                stopped.insert(stop.entry)
            }
            let byChange = Dictionary(
                grouping: (model.leftBehind[level] ?? []).filter { fromPresent.contains($0.entry) }, by: \.by)
            for change in (model.said[level] ?? []) where byChange[change] != nil {
                leftBehind.append(
                    LevelChanges.LeftBehind(
                        change: skills[change], at: self.level(id: level)!,
                        entries: byChange[change]!.map { skills[$0.entry] }))
                stopped.formUnion(byChange[change]!.map(\.entry))
            }
        }
        var changeNotes: [SkillEntry] = []
        var seenNotes: Set<Int> = []
        for level in onTheWay {
            for index in model.said[level] ?? [] where skills[index].kind == .change && seenNotes.insert(index).inserted
            {
                if !leftBehind.contains(where: { $0.change.id == skills[index].id }) {
                    changeNotes.append(skills[index])
                }
            }
        }

        let added = toPresent.subtracting(fromPresent).sorted().map { index -> LevelChanges.Added in
            let origin = carriedFrom[index] ?? toID
            return LevelChanges.Added(
                entry: skills[index], at: level(id: origin)!, replacing: (replacing[index] ?? []).map { skills[$0] })
        }
        // Said of `to` first, then the levels on the way from the top down, then the rest (across
        // the fork); catalog order within.
        let rank = Dictionary(uniqueKeysWithValues: onTheWay.reversed().enumerated().map { ($1, $0) })
        let sortedAdded = added.enumerated().sorted { lhs, rhs in
            let (left, right) = (rank[lhs.element.at.id] ?? rank.count, rank[rhs.element.at.id] ?? rank.count)
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)

        let notOnTheWay = fromPresent.subtracting(toPresent).subtracting(stopped).sorted().map { skills[$0] }
        let fromAreas = Set(fromPresent.map { skills[$0].area }), toAreas = Set(toPresent.map { skills[$0].area })
        return LevelChanges(
            from: from, to: to, added: sortedAdded, leftBehind: leftBehind, notOnTheWay: notOnTheWay,
            changeNotes: changeNotes,
            newAreas: areas.filter { toAreas.contains($0.id) && !fromAreas.contains($0.id) },
            droppedAreas: areas.filter { fromAreas.contains($0.id) && !toAreas.contains($0.id) },
            isStepUp: model.graph.isBelow(fromID, toID))
    }

    /// Entries whose summary, quote, expert, area or level names contain every word of
    /// `query`, ignoring case and diacritics, in catalog order.
    public func search(_ query: String) -> [SkillEntry] {
        let terms = SearchFolding.fold(query).split(whereSeparator: \.isWhitespace).map { Array($0.utf8) }
        guard !terms.isEmpty else { return [] }
        let folded = searchIndex.text
        return folded.bytes.withUnsafeBufferPointer { all in
            skills.indices.compactMap { index in
                let text = UnsafeBufferPointer(rebasing: all[folded.offsets[index]..<folded.offsets[index + 1]])
                return terms.allSatisfy { SearchFolding.contains(text, $0) } ? skills[index] : nil
            }
        }
    }
}

extension Catalog {
    /// The skills (changes and watch-outs are not rated) whose id, summary or quote holds every
    /// word of `words`, ignoring case and diacritics; an exact id is that skill alone. Those
    /// whose summary holds every word come first, then catalog order.
    public func skills(matching words: String) -> [SkillEntry] {
        if let exact = skill(id: words.trimmingWhitespace()), exact.isSkill { return [exact] }
        let terms = SearchFolding.fold(words).split(whereSeparator: \.isWhitespace).map(String.init)
        guard !terms.isEmpty else { return [] }
        func holdsAll(_ text: String) -> Bool {
            let folded = SearchFolding.fold(text)
            return terms.allSatisfy(folded.contains)
        }
        let found = skills.filter { $0.isSkill && holdsAll($0.id + "\n" + $0.summary + "\n" + $0.quote) }
        let inSummary = found.filter { holdsAll($0.summary) }
        return inSummary + found.filter { !holdsAll($0.summary) }
    }
}
