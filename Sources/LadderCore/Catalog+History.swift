/// One area as the radar draws it: how much the level asks of it, and how far the user (and
/// each opinion) has it, each from 0 to 1.
public struct AreaProfile: Equatable, Sendable {
    public let area: SkillArea
    /// The share of the voices that speak to the level that name this area there.
    public let asks: Double
    /// How far the skills of this area at the level are had: meeting or exceeding 1, working
    /// towards ½, not yet or unrated 0, averaged.
    public let own: Double
    /// The same for each opinion, in order.
    public let opinions: [Double]
}

/// A check-in with what it means: what changed since the one before, and (where a target was
/// set) how many of the target's skills were met then.
public struct HistoryEntry: Equatable, Sendable {
    public struct Change: Equatable, Sendable {
        public let skill: String
        public let words: Checkin.SkillWords?
        public let from: Rating?
        public let to: Rating?
    }

    public let checkin: Checkin
    public let changed: [Change]

    /// The ratings that differ from one check-in to a later one (from nothing: every rating),
    /// with the skills' words as the later one had them, by skill id.
    public static func changes(from earlier: Checkin?, to later: Checkin) -> [Change] {
        let before = earlier?.ratings ?? [:]
        return Set(before.keys).union(later.ratings.keys).filter { before[$0] != later.ratings[$0] }.sorted().map {
            id in
            Change(skill: id, words: later.skills[id] ?? earlier?.skills[id], from: before[id], to: later.ratings[id])
        }
    }
    /// Met and total at the check-in's target level, summed over its areas.
    public let target: (met: Int, total: Int)?

    public static func == (lhs: HistoryEntry, rhs: HistoryEntry) -> Bool {
        lhs.checkin == rhs.checkin && lhs.changed == rhs.changed && lhs.target?.met == rhs.target?.met
            && lhs.target?.total == rhs.target?.total
    }
}

extension Catalog {
    /// How a rating counts on the radar: meeting and exceeding fully, working towards half.
    static func score(_ rating: Rating?) -> Double {
        switch rating {
        case .meeting?, .exceeding?: 1
        case .workingTowards?: 0.5
        case .notYet?, nil: 0
        }
    }

    /// Every area with skills to rate (those with nothing at the level too, at 0): what the
    /// level asks, and how far the user and each opinion have it.
    public func profile(at levelID: String, _ progress: UserProgress, opinions: [Opinion] = []) -> [AreaProfile] {
        guard let entries = entries(at: levelID) else { return [] }
        let voices = entries.levelVoices.count
        // One pass over the level's skills, not one per area: a framework's level can hold thousands.
        let skillsByArea = Dictionary(grouping: entries.skills, by: \.area)
        var speakersByArea: [String: Set<String>] = [:]
        for entry in entries.said { speakersByArea[entry.area, default: []].insert(entry.voice) }
        // An area only watch-outs are filed under (a framework's "Anti-patterns") has nothing to rate.
        return areas.filter { model.ratableAreas.contains($0.id) }.map { area in
            let speakers = speakersByArea[area.id]?.count ?? 0
            let inArea = skillsByArea[area.id] ?? []
            func have(_ rating: (String) -> Rating?) -> Double {
                inArea.isEmpty ? 0 : inArea.reduce(0) { $0 + Self.score(rating($1.id)) } / Double(inArea.count)
            }
            return AreaProfile(
                area: area, asks: voices == 0 ? 0 : Double(speakers) / Double(voices), own: have(progress.rating),
                opinions: opinions.map { opinion in have { opinion.ratings[$0]?.rating } })
        }
    }

    /// A snapshot of the user's progress now: levels, every rating, the words of every rated
    /// skill and, at the current and target levels, what is met per area.
    public func checkin(_ progress: UserProgress, message: String, at time: String) -> Checkin {
        var words: [String: Checkin.SkillWords] = [:]
        for id in progress.ratings.keys {
            guard let skill = skill(id: id) else { continue }
            words[id] = Checkin.SkillWords(
                summary: skill.summary, area: skill.area, areaName: area(id: skill.area)?.name ?? skill.area)
        }
        var counts: [Checkin.AreaCount] = []
        for levelID in [progress.currentLevel, progress.targetLevel].compactMap({ $0 }) where level(id: levelID) != nil
        {
            for area in areaProgress(at: levelID, progress) {
                counts.append(
                    .init(
                        level: levelID, area: area.area.id, areaName: area.area.name, met: area.ticked,
                        total: area.total))
            }
        }
        return Checkin(
            at: time, message: message, currentLevel: progress.currentLevel, targetLevel: progress.targetLevel,
            ratings: progress.ratings.mapValues(\.rating), skills: words, areas: counts)
    }

    /// The check-ins in order, each with what changed since the one before (the first: every
    /// rating it holds) and where it stood against its target.
    public static func history(_ progress: UserProgress) -> [HistoryEntry] {
        let checkins = progress.checkins.sorted { $0.at < $1.at }
        return checkins.enumerated().map { index, checkin in
            let changed = HistoryEntry.changes(from: index > 0 ? checkins[index - 1] : nil, to: checkin)
            let target = checkin.targetLevel.map { level in
                checkin.areas.filter { $0.level == level }.reduce((met: 0, total: 0)) {
                    ($0.met + $1.met, $0.total + $1.total)
                }
            }
            return HistoryEntry(checkin: checkin, changed: changed, target: target)
        }
    }
}
