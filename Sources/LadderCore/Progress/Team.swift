#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LadderText
import LadderFiles

/// One report's progress, as their file was when their manager kept a copy of it.
public struct TeamMember: Equatable, Sendable {
    public let name: String
    public let progress: UserProgress
    /// The day the copy was kept (`YYYY-MM-DD`).
    public let keptOn: String
    /// The manager's own ratings of this person (a progress file they rated blind), when kept.
    public var managerRatings: [String: RatingRecord]?

    public init(name: String, progress: UserProgress, keptOn: String, managerRatings: [String: RatingRecord]? = nil) {
        self.name = name
        self.progress = progress
        self.keptOn = keptOn
        self.managerRatings = managerRatings
    }
}

/// The copies of reports' progress files a manager keeps beside their own progress file
/// (`progress.json.team/NAME.json`, the folder 0700, the files 0600). A copy is upgraded to
/// this ladder's format as it is kept; the report's own file is never written.
///
/// Beside them, under the same names, the manager may keep their own ratings of each person
/// (`progress.json.team-ratings/NAME.json`): a progress file rated blind, as an opinion is.
/// They are not kept among the manager's opinions, which are others' ratings of the manager.
public struct TeamStore: Sendable {
    private let copies: KeptCopies
    private let managerCopies: KeptCopies

    public init(progressPath: String) {
        copies = KeptCopies(progressPath: progressPath, folder: "team")
        managerCopies = KeptCopies(progressPath: progressPath, folder: "team-ratings")
    }

    public var directory: String { copies.directory }
    public func path(for name: String) -> String { copies.path(for: name) }
    public func managerRatingsPath(for name: String) -> String { managerCopies.path(for: name) }
    /// The people kept: a copy of their file, your ratings of them, or both.
    public func names() -> [String] { Set(copies.names() + managerCopies.names()).sorted() }

    /// Every copy kept, with your ratings beside each, and a problem for each file that cannot
    /// be read or whose counterpart is missing in a way that hides something.
    public func load() -> (members: [TeamMember], problems: [String]) {
        let (kept, problems) = copies.load()
        let (ratings, ratingProblems) = managerCopies.load()
        // Names are one name whatever their case, across both folders.
        let byName = Dictionary(
            ratings.map { ($0.name.lowercased(), $0.progress.ratings) }, uniquingKeysWith: { first, _ in first })
        let members = kept.map {
            TeamMember(
                name: $0.name, progress: $0.progress, keptOn: $0.keptOn, managerRatings: byName[$0.name.lowercased()])
        }
        let keptNames = Set(kept.map { $0.name.lowercased() })
        let alone = ratings.map(\.name).filter { !keptNames.contains($0.lowercased()) }.map {
            "your ratings of \($0) (\(managerCopies.path(for: $0))): no copy of \($0)'s own file is kept to hold them against; "
                + "`ladder team add THEIR-FILE --name \($0)` keeps one"
        }
        return (members, problems + ratingProblems.map { "your ratings of " + $0 } + alone)
    }

    /// Keeps a copy of a report's progress file as `name`, upgraded. A name already kept is
    /// refused unless `replace`; so are a bad name and a file that is not a progress file.
    @discardableResult
    public func add(file: String, name: String, replace: Bool = false) throws(OpinionError) -> TeamMember {
        if let problem = KeptCopies.problem(withName: name) { throw .badName(name, problem) }
        let (_, progress) = try KeptCopies.read(file)
        let kept = try copies.keep(ProgressFile.encodedBytes(progress), as: canonical(name), replace: replace)
        return TeamMember(name: kept, progress: progress, keptOn: ProgressFile.localDate(Date()))
    }

    /// Keeps your own ratings of `name` (a progress file you rated them in, blind), beside
    /// their copy. Refused as `add` refuses.
    public func addManagerRatings(
        file: String, name: String, replace: Bool = false
    ) throws(OpinionError) -> (name: String, ratings: [String: RatingRecord]) {
        if let problem = KeptCopies.problem(withName: name) { throw .badName(name, problem) }
        let (_, progress) = try KeptCopies.read(file)
        let kept = try managerCopies.keep(ProgressFile.encodedBytes(progress), as: canonical(name), replace: replace)
        return (kept, progress.ratings)
    }

    /// `name` as already kept in either folder (its case), so a person's copy and your ratings
    /// of them always go by one name.
    private func canonical(_ name: String) -> String { copies.kept(name) ?? managerCopies.kept(name) ?? name }

    /// Why the team's folders cannot be used, if either cannot.
    public func folderProblem() -> String? { copies.folderProblem() ?? managerCopies.folderProblem() }

    /// Removes what is kept as `name`: the copy of their file and your ratings of them; false
    /// when neither is.
    public func remove(_ name: String) throws(FileError) -> Bool {
        let copy = try copies.remove(name)
        return try managerCopies.remove(name) || copy
    }
}

/// A skill where a manager's rating and their report's differ by two steps or more.
public struct CalibrationDrift: Equatable, Sendable {
    public let skill: SkillEntry
    public let theirs: Rating
    public let managers: Rating
    public var steps: Int { abs(theirs.step - managers.step) }
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
        /// Where the manager's ratings and theirs differ by two steps or more at the level;
        /// nil when the manager keeps no ratings of them.
        public let drift: [CalibrationDrift]?
        public var readiness: Double { total == 0 ? 0 : Double(met) / Double(total) }
    }

    public let people: [Person]
    /// The skills the fewest people meet, among those whose level has them.
    public let gaps: [(skill: SkillEntry, met: Int, of: Int)]
    /// How many more skills not everyone meets than `gaps` lists.
    public let moreGaps: Int
    /// Every area with something to rate, in catalog order (the columns, the same at every level).
    public let areas: [SkillArea]
    /// The people who could not be placed: no level given, and none set in their file.
    public let unplaced: [String]
}

extension TeamView {
    /// A share as a whole percentage ("62%"), or "-" when there is nothing to share.
    public static func share(_ met: Int, of total: Int) -> String {
        total == 0 ? "-" : "\(Int((Double(met) / Double(total) * 100).rounded()))%"
    }
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
                let skills = entries(at: level.id)?.skills
            else {
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
            let drift = member.managerRatings.map { managers in
                skills.compactMap { skill -> CalibrationDrift? in
                    guard let theirs = member.progress.rating(skill.id), let mine = managers[skill.id]?.rating,
                        abs(theirs.step - mine.step) >= 2
                    else { return nil }
                    return CalibrationDrift(skill: skill, theirs: theirs, managers: mine)
                }
            }
            people.append(
                TeamView.Person(
                    member: member, level: level, met: skills.count { member.progress.isTicked($0.id) },
                    total: skills.count, areas: areas, drift: drift))
        }
        people.sort { ($0.readiness, $1.member.name) > ($1.readiness, $0.member.name) }
        // Fewest met as a share; of those, the ones the most people lack; then catalog order.
        let open = meeting.filter { $0.value.met < $0.value.of }
            .compactMap { id, count in skillIndex[id].map { (position: $0, met: count.met, of: count.of) } }
            .sorted { lhs, rhs in
                let (left, right) = (lhs.met * rhs.of, rhs.met * lhs.of)  // fewer met, as a share
                if left != right { return left < right }
                let (lacking, otherLacking) = (lhs.of - lhs.met, rhs.of - rhs.met)
                return lacking != otherLacking ? lacking > otherLacking : lhs.position < rhs.position
            }
        let gaps = open.prefix(gapCount).map { (skill: skills[$0.position], met: $0.met, of: $0.of) }
        // Every area with something to rate, in catalog order: the same columns at every level.
        return TeamView(
            people: people, gaps: gaps, moreGaps: open.count - gaps.count,
            areas: areas.filter { model.ratableAreas.contains($0.id) }, unplaced: unplaced)
    }
}
