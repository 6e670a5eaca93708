#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LadderText

/// One report's progress, as their file was when their manager kept a copy of it.
public struct TeamMember: Equatable, Sendable {
    public let name: String
    public let progress: UserProgress
    /// The day the copy was kept (`YYYY-MM-DD`).
    public let keptOn: String
}

/// The copies of reports' progress files a manager keeps beside their own progress file
/// (`progress.json.team/NAME.json`, the folder 0700, the files 0600). A copy is upgraded to
/// this ladder's format as it is kept; the report's own file is never written.
public struct TeamStore: Sendable {
    private let copies: KeptCopies

    public init(progressPath: String) {
        copies = KeptCopies(progressPath: progressPath, folder: "team")
    }

    public var directory: String { copies.directory }
    public func path(for name: String) -> String { copies.path(for: name) }
    public func names() -> [String] { copies.names() }

    /// Every copy kept, and a problem for each that cannot be read.
    public func load() -> (members: [TeamMember], problems: [String]) {
        let (kept, problems) = copies.load()
        return (kept.map { TeamMember(name: $0.name, progress: $0.progress, keptOn: $0.keptOn) }, problems)
    }

    /// Keeps a copy of a report's progress file as `name`, upgraded. A name already kept is
    /// refused unless `replace`; so are a bad name and a file that is not a progress file.
    @discardableResult
    public func add(file: String, name: String, replace: Bool = false) throws(OpinionError) -> TeamMember {
        if let problem = KeptCopies.problem(withName: name) { throw .badName(name, problem) }
        let (_, progress) = try KeptCopies.read(file)
        try copies.keep(ProgressFile.encodedBytes(progress), as: name, replace: replace)
        return TeamMember(name: name, progress: progress, keptOn: ProgressFile.localDate(Date()))
    }

    /// Removes the copy kept as `name`; false when none is.
    public func remove(_ name: String) throws(FileError) -> Bool { try copies.remove(name) }
}

/// A team at a level: each person's share of its skills met, by area and in all, and the
/// skills the fewest people meet.
public struct TeamView: Sendable {
    public struct Person: Sendable {
        public let member: TeamMember
        /// The level this person is looked at against.
        public let level: Level
        /// Skills rated meeting or better, of all the level's rateable skills.
        public let met: Int
        public let total: Int
        public let areas: [(area: SkillArea, met: Int, total: Int)]
        public var readiness: Double { total == 0 ? 0 : Double(met) / Double(total) }
    }

    public let people: [Person]
    /// The skills the fewest people meet, among those whose level has them.
    public let gaps: [(skill: SkillEntry, met: Int, of: Int)]
    /// Every area any person's level has, in catalog order (the columns).
    public let areas: [SkillArea]
    /// The people who could not be placed: no level given, and none set in their file.
    public let unplaced: [String]
}

extension Catalog {
    /// The level a person is looked at against when none is given: their target, else the
    /// next above their current level (the first, on a fork).
    public func defaultTeamLevel(for progress: UserProgress) -> Level? {
        if let target = progress.targetLevel.flatMap(level(id:)) { return target }
        return progress.currentLevel.flatMap { nextLevels(after: $0).first }
    }

    /// The team at `levelID`, or each person at their own default level when it is nil.
    public func teamView(_ members: [TeamMember], at levelID: String?, gapCount: Int = 10) -> TeamView {
        var people: [TeamView.Person] = []
        var unplaced: [String] = []
        var meeting: [String: (met: Int, of: Int)] = [:]
        for member in members {
            guard let level = levelID.flatMap(level(id:)) ?? defaultTeamLevel(for: member.progress),
                  let skills = entries(at: level.id)?.skills else {
                unplaced.append(member.name)
                continue
            }
            let byArea = Dictionary(grouping: skills, by: \.area)
            let areas = self.areas.compactMap { area -> (SkillArea, Int, Int)? in
                guard let inArea = byArea[area.id] else { return nil }
                return (area, inArea.count { member.progress.isTicked($0.id) }, inArea.count)
            }
            for skill in skills {
                let met = member.progress.isTicked(skill.id)
                meeting[skill.id, default: (0, 0)].of += 1
                if met { meeting[skill.id]!.met += 1 }
            }
            people.append(TeamView.Person(member: member, level: level, met: skills.count { member.progress.isTicked($0.id) },
                                          total: skills.count, areas: areas))
        }
        people.sort { ($0.readiness, $1.member.name) > ($1.readiness, $0.member.name) }
        let used = Set(people.flatMap { $0.areas.map(\.area.id) })
        let gaps = meeting.compactMap { id, count in skill(id: id).map { ($0, count.met, count.of) } }
            .sorted { ($0.1 * $1.2, $0.0.id) < ($1.1 * $0.2, $1.0.id) }  // fewest met, as a share
            .prefix(gapCount)
        return TeamView(people: people, gaps: Array(gaps), areas: areas.filter { used.contains($0.id) }, unplaced: unplaced)
    }
}
