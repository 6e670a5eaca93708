/// A company's level held against what the experts say of the level it matched: the areas
/// the experts speak to there that the company's level says nothing about, and the areas the
/// company's level asks about that no expert mentions there. Levels are cumulative on both
/// sides: each holds what it says and what carries up to it; the PM role in general is left out.
public struct FrameworkComparison: Sendable {
    public struct Side: Sendable {
        public let area: SkillArea
        public let entries: [SkillEntry]
    }

    /// Ladder's level.
    public let level: Level
    /// The company's level matched to it, and the company's track.
    public let frameworkLevel: Level
    public let framework: Track
    /// Areas the experts speak to at `level` that the company's level says nothing about.
    public let expertOnly: [Side]
    /// Areas the company's level asks about that no expert mentions at `level`.
    public let frameworkOnly: [Side]
    /// Areas both speak to, with how many entries each side has there.
    public let shared: [(area: SkillArea, experts: Int, framework: Int)]
}

extension Catalog {
    /// The tracks of imported frameworks: those whose source is a framework.
    public var frameworkTracks: [Track] {
        let frameworks = Set(sources.filter { $0.kind == .framework }.map(\.id))
        return tracks.filter { frameworks.contains($0.id) }
    }

    /// The framework track `name` names (its id or title), if one does.
    /// A level's short title, with its company's name when another level has the same one
    /// ("Senior PM (Acme)"), so a message naming two levels never names two alike.
    public func distinctShortTitle(of level: Level) -> String {
        let shared = levels.contains { $0.id != level.id && Self.namesMatch($0.shortTitle, level.shortTitle) }
        guard shared, let track = frameworkTracks.first(where: { $0.levels.contains(level.id) }) else {
            return level.shortTitle
        }
        return "\(level.shortTitle) (\(track.title))"
    }

    public func frameworkTrack(named name: String) -> Track? {
        frameworkTracks.first { Self.namesMatch($0.id, name) || Self.namesMatch($0.title, name) }
    }

    /// The company's level on `framework` matched to `levelID` held against the experts there;
    /// nil when none of its levels matched that one.
    public func comparison(of framework: Track, at levelID: String) -> FrameworkComparison? {
        framework.levels.first { pairedLevel(of: $0, in: framework) == levelID }.flatMap {
            comparison(ofFrameworkLevel: $0, on: framework)
        }
    }

    /// A level of a framework's track held against the experts at the level it matched; nil
    /// when it matched none.
    public func comparison(ofFrameworkLevel companyLevelID: String, on framework: Track) -> FrameworkComparison? {
        guard let levelID = pairedLevel(of: companyLevelID, in: framework), let level = level(id: levelID),
            let companyLevel = self.level(id: companyLevelID),
            let atLevel = entries(at: levelID), let atCompany = entries(at: companyLevelID)
        else { return nil }
        let frameworkSources = Set(sources.filter { $0.kind == .framework }.map(\.id))
        let experts = (atLevel.said + atLevel.carried.map(\.entry)).filter { !frameworkSources.contains($0.source) }
        let company = (atCompany.said + atCompany.carried.map(\.entry)).filter { $0.source == framework.id }
        let expertsByArea = Dictionary(grouping: experts, by: \.area)
        let companyByArea = Dictionary(grouping: company, by: \.area)
        func sides(
            _ byArea: [String: [SkillEntry]], missingFrom other: [String: [SkillEntry]]
        ) -> [FrameworkComparison.Side] {
            areas.compactMap { area in
                guard let entries = byArea[area.id], other[area.id] == nil else { return nil }
                return FrameworkComparison.Side(area: area, entries: entries)
            }
        }
        let shared = areas.compactMap { area -> (SkillArea, Int, Int)? in
            guard let theirs = expertsByArea[area.id], let ours = companyByArea[area.id] else { return nil }
            return (area, theirs.count, ours.count)
        }
        return FrameworkComparison(
            level: level, frameworkLevel: companyLevel, framework: framework,
            expertOnly: sides(expertsByArea, missingFrom: companyByArea),
            frameworkOnly: sides(companyByArea, missingFrom: expertsByArea),
            shared: shared)
    }
}
