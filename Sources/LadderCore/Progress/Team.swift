#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LadderText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One report's progress, as their file was when their manager kept a copy of it.
public struct TeamMember: Equatable, Sendable {
    public let name: String
    public let progress: UserProgress
    /// The day the copy was kept (`YYYY-MM-DD`).
    public let keptOn: String
}

/// The copies of reports' progress files a manager keeps beside their own progress file
/// (`progress.json.team/NAME.json`, the folder 0700, the files 0600). A copy is upgraded to
/// this ladder's format as it is kept; the report's own file is never written. Adding and
/// removing take the progress file's lock, as opinions do.
public struct TeamStore: Sendable {
    public let directory: String
    private let lockPath: String

    public init(progressPath: String) {
        directory = progressPath + ".team"
        lockPath = ProgressStore.lockPath(forProgressAt: progressPath)
    }

    public func path(for name: String) -> String { "\(directory)/\(name).json" }

    /// The names kept, sorted. Only names that could have been given are listed.
    public func names() -> [String] {
        FileIO.names(in: directory).filter { $0.hasSuffix(".json") && $0.count > 5 }.map { String($0.dropLast(5)) }
            .filter { OpinionStore.problem(withName: $0) == nil }.sorted()
    }

    /// Every copy kept, and a problem for each that cannot be read.
    public func load() -> (members: [TeamMember], problems: [String]) {
        var members: [TeamMember] = []
        var problems: [String] = []
        for name in names() {
            let path = path(for: name)
            do {
                guard let bytes = try FileIO.read(path, limit: ProgressFile.maximumBytes) else { continue }
                let progress = try ProgressFile.decode(bytes, fileDate: "1970-01-01").progress
                let seconds = FileIO.fingerprint(path)[safe: 2] ?? 0
                members.append(TeamMember(name: name, progress: progress,
                                          keptOn: ProgressFile.localDate(Date(timeIntervalSince1970: Double(seconds)))))
            } catch {
                problems.append("\(name) (\(path)) \(error)")
            }
        }
        return (members, problems)
    }

    /// Keeps a copy of a report's progress file as `name`: any format ladder reads, upgraded
    /// in the copy. A name already kept is refused unless `replace`; so are a bad name and a
    /// file that is not a progress file. Nothing is kept then.
    @discardableResult
    public func add(file: String, name: String, replace: Bool = false) throws(OpinionError) -> TeamMember {
        if let problem = OpinionStore.problem(withName: name) { throw .badName(name, problem) }
        let read: [UInt8]?
        do {
            read = try FileIO.read(file, limit: ProgressFile.maximumBytes)
        } catch {
            throw .unreadable(error)
        }
        guard let bytes = read else { throw .missing(file) }
        let progress: UserProgress
        do {
            // An older file's notes become evidence dated as the file is: the copy keeps that date.
            let seconds = FileIO.fingerprint(file)[safe: 2] ?? 0
            progress = try ProgressFile.decode(bytes, fileDate: ProgressFile.localDate(Date(timeIntervalSince1970: Double(seconds)))).progress
        } catch {
            throw .notAProgressFile(file, error)
        }
        do {
            try FileIO.createDirectories(directory)
            try FileIO.withExclusiveLock(lockPath) {
                FileIO.removeStaleTemporaries(in: directory, holdingLock: true)
                // Names differ by more than case: on a case-insensitive file system they are one file.
                let kept = names().first { $0.lowercased() == name.lowercased() }
                guard replace || kept == nil else { throw OpinionError.duplicate(kept!) }
                try FileIO.writeAtomically(ProgressFile.encodedBytes(progress), to: path(for: kept ?? name))
            }
        } catch let error as OpinionError {
            throw error
        } catch let error as FileError {
            throw .cannotKeep(error)
        } catch {
            throw .cannotKeep(FileError("keep", path(for: name), code: EIO))
        }
        return TeamMember(name: name, progress: progress, keptOn: ProgressFile.localDate(Date()))
    }

    /// Removes the copy kept as `name`; false when none is.
    public func remove(_ name: String) throws(FileError) -> Bool {
        guard names().contains(name) else { return false }
        do {
            return try FileIO.withExclusiveLock(lockPath) {
                guard names().contains(name) else { return false }
                try FileIO.remove(path(for: name))
                return true
            }
        } catch let error as FileError {
            throw error
        } catch {
            throw FileError("remove", path(for: name), code: EIO)
        }
    }
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
