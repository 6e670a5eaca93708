import LadderText

/// How much of one skill area a user has ticked at a level.
public struct AreaProgress: Hashable, Sendable {
    public let area: SkillArea
    public let ticked: Int
    public let total: Int
    /// Voices that speak to the level in particular and name this area there.
    public let expertCount: Int
}

/// Where the user stands on one skill: their rating, each opinion's, and the evidence they
/// keep for it.
public struct SkillStanding: Hashable, Sendable {
    public struct OpinionRating: Hashable, Sendable {
        public let name: String
        public let rating: Rating?
    }

    public let rating: Rating?
    /// Every opinion kept, in their order, rated or not.
    public let opinions: [OpinionRating]
    public let evidenceCount: Int
    /// The day of the latest evidence, `YYYY-MM-DD`.
    public let lastEvidence: String?

    public init(of skillID: String, _ progress: UserProgress, opinions: [Opinion]) {
        rating = progress.rating(skillID)
        self.opinions = opinions.map { OpinionRating(name: $0.name, rating: $0.ratings[skillID]?.rating) }
        let evidence = progress.evidence[skillID] ?? []
        evidenceCount = evidence.count
        lastEvidence = evidence.map(\.date).max()
    }

    /// Nothing known: not rated, no opinion kept, no evidence.
    public var isBlank: Bool { rating == nil && opinions.isEmpty && evidenceCount == 0 }

    /// "you: working towards · Ana: not yet · evidence: 3, last 2026-05-10".
    public var summary: String {
        let own = "you: " + (rating?.words ?? "not rated")
        let others = opinions.map { "\($0.name): \($0.rating?.words ?? "not rated")" }
        let evidence = lastEvidence.map { "evidence: \(evidenceCount), last \($0)" } ?? "no evidence"
        return ([own] + others + [evidence]).joined(separator: " · ")
    }

    /// The lowest rating an opinion gives below the user's own (unrated counting as not yet),
    /// or nil when no opinion rates it lower.
    public var lowestOpinionBelow: Rating? {
        let own = rating ?? .notYet
        return opinions.compactMap(\.rating).filter { $0 < own }.min()
    }

    /// Whether this skill needs more work than `other`: a lower rating (none counts as not
    /// yet), then no evidence against some, then an opinion lower than the user's own; nil
    /// when they are even.
    func needsMoreWork(than other: SkillStanding) -> Bool? {
        let ownSteps = ((rating ?? .notYet).step, (other.rating ?? .notYet).step)
        if ownSteps.0 != ownSteps.1 { return ownSteps.0 < ownSteps.1 }
        if (evidenceCount == 0) != (other.evidenceCount == 0) { return evidenceCount == 0 }
        let below = (lowestOpinionBelow?.step, other.lowestOpinionBelow?.step)
        switch below {
        case (let mine?, let theirs?) where mine != theirs: return mine < theirs
        case (.some, nil): return true
        case (nil, .some): return false
        default: return nil
        }
    }
}

/// The skills of one area a user has yet to tick at a level.
public struct AreaGap: Hashable, Sendable {
    public let area: SkillArea
    /// Experts who speak to the level in particular and name this area: how much they agree it matters there.
    public let expertCount: Int
    /// Unticked skills of this area, what needs most work first (`SkillStanding`), then in
    /// catalog order.
    public let open: [SkillEntry]
}

/// What stands between a user's level and another: the other level's skills not yet ticked,
/// in three parts, the new ones first.
public struct LevelGap: Hashable, Sendable {
    public enum Part: String, Hashable, Sendable, CaseIterable {
        /// Skills the higher level adds on the way up.
        case new
        /// Skills both levels have (carried up, or said of both).
        case carried
        /// Skills of the PM role in general.
        case role
    }

    public struct Section: Hashable, Sendable {
        public let part: Part
        public let total: Int
        public let ticked: Int
        /// Areas with open skills: the most agreed first (more experts), then the larger gap.
        public let areas: [AreaGap]
    }

    public let from: Level
    public let to: Level
    /// Every part, in order: new, carried, role (each present even when empty).
    public let sections: [Section]
    /// Where the user stands on each open skill, by skill id.
    public let standings: [String: SkillStanding]

    public var total: Int { sections.reduce(0) { $0 + $1.total } }
    public var ticked: Int { sections.reduce(0) { $0 + $1.ticked } }
    public func section(_ part: Part) -> Section { sections.first { $0.part == part }! }

    /// The areas to work on first: the top two of the new skills' areas.
    public var strongestGaps: [SkillArea] { section(.new).areas.prefix(2).map(\.area) }

    /// "Senior PM -> Director: 14 of 140 skills ticked (3 of 20 new ones); strongest gaps: management, strategy".
    public var summary: String {
        let new = section(.new)
        let gaps = strongestGaps.map { $0.name.lowercased() }
        return "\(from.shortTitle) -> \(to.shortTitle): \(ticked) of \(Plural.count(total, "skill")) ticked "
            + "(\(new.ticked) of \(new.total) new ones)"
            + (gaps.isEmpty
                ? (new.ticked == new.total ? "; nothing new left open" : "")
                : "; strongest gaps: " + gaps.joined(separator: ", "))
    }
}

extension Catalog {
    /// Ticked and total skills per area at a level (every skill that applies there), for every
    /// area with skills there, in area order.
    public func areaProgress(at levelID: String, _ progress: UserProgress) -> [AreaProgress] {
        guard let entries = entries(at: levelID) else { return [] }
        let skillsByArea = Dictionary(grouping: entries.skills, by: \.area)
        let voices = levelVoicesPerArea(entries)
        return areas.compactMap { area in
            guard let inArea = skillsByArea[area.id], !inArea.isEmpty else { return nil }
            return AreaProgress(
                area: area, ticked: inArea.count { progress.isTicked($0.id) }, total: inArea.count,
                expertCount: voices[area.id] ?? 0)
        }
    }

    /// The skills of `toID` the user has not ticked: new on the way first, then carried, then
    /// the PM role's; in each area, what needs most work first (`SkillStanding`).
    public func gap(
        from fromID: String, to toID: String, _ progress: UserProgress, opinions: [Opinion] = []
    ) -> LevelGap? {
        guard let from = level(id: fromID), let to = level(id: toID),
            let changes = changes(from: fromID, to: toID), let target = entries(at: toID)
        else { return nil }
        let newIDs = Set(changes.added.map(\.entry.id))
        let levelSkills = target.said + target.carried.map(\.entry)
        let voices = levelVoicesPerArea(target)
        var standings: [String: SkillStanding] = [:]
        func section(_ part: LevelGap.Part, _ skills: [SkillEntry]) -> LevelGap.Section {
            let open = skills.filter { !progress.isTicked($0.id) }
            for skill in open { standings[skill.id] = SkillStanding(of: skill.id, progress, opinions: opinions) }
            let byNeed = open.enumerated().sorted { lhs, rhs in
                standings[lhs.element.id]!.needsMoreWork(than: standings[rhs.element.id]!) ?? (lhs.offset < rhs.offset)
            }.map(\.element)
            let areaGaps = areas.enumerated().compactMap { position, area -> (Int, AreaGap)? in
                let inArea = byNeed.filter { $0.area == area.id }
                return inArea.isEmpty
                    ? nil : (position, AreaGap(area: area, expertCount: voices[area.id] ?? 0, open: inArea))
            }
            .sorted { lhs, rhs in
                if lhs.1.expertCount != rhs.1.expertCount { return lhs.1.expertCount > rhs.1.expertCount }
                if lhs.1.open.count != rhs.1.open.count { return lhs.1.open.count > rhs.1.open.count }
                return lhs.0 < rhs.0
            }
            .map(\.1)
            return LevelGap.Section(part: part, total: skills.count, ticked: skills.count - open.count, areas: areaGaps)
        }
        let sections = [
            section(.new, changes.added.map(\.entry)),
            section(.carried, levelSkills.filter { !newIDs.contains($0.id) }),
            section(.role, target.role),
        ]
        return LevelGap(from: from, to: to, sections: sections, standings: standings)
    }

    /// How many voices that speak to a level in particular name each area there.
    private func levelVoicesPerArea(_ entries: LevelEntries) -> [String: Int] {
        var voices: [String: Set<String>] = [:]
        for entry in entries.said { voices[entry.area, default: []].insert(entry.voice) }
        return voices.mapValues(\.count)
    }

    /// Why a level cannot be the target of someone at `currentID`, or nil when it can: a target
    /// is above the current level on a track that has both.
    public func problemWithTarget(_ targetID: String, current currentID: String?) -> String? {
        guard let currentID, let current = level(id: currentID), let target = level(id: targetID) else { return nil }
        let (targetName, currentName) = (distinctShortTitle(of: target), distinctShortTitle(of: current))
        if targetID == currentID { return "\(targetName) is your current level: a target is a level above it" }
        guard model.graph.isBelow(currentID, targetID) else {
            let above = model.graph.levels(above: currentID).compactMap(level(id:)).map(distinctShortTitle(of:))
            return "\(targetName) is not above your current level, \(currentName), on any track: "
                + (above.isEmpty
                    ? "\(currentName) is the top of its track" : "choose one of " + above.joined(separator: ", "))
        }
        return nil
    }

    /// Where the user can go next from their current level: their target level if they have
    /// one above it, then the next level on every track through the current one (two at a
    /// fork). Empty without a current level.
    public func nextLevels(_ progress: UserProgress) -> [Level] {
        guard let current = progress.currentLevel else { return [] }
        var levels: [Level] = []
        if let target = progress.targetLevel, problemWithTarget(target, current: current) == nil,
            let level = level(id: target)
        {
            levels.append(level)
        }
        for next in nextLevels(after: current) where !levels.contains(next) { levels.append(next) }
        return levels
    }
}
