#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LadderCore
import LadderText

/// The `--json` shapes of the catalog commands (documented in docs/commands.md).
/// Keys are sorted and output is pretty-printed, so the same input gives the same bytes;
/// controls in the user's own text are escaped (`JSONText`).
enum CatalogJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return JSONText.escapingControls(String(decoding: try encoder.encode(value), as: UTF8.self)) + "\n"
    }

    struct TrackLevel: Encodable {
        let id: String
        let title: String
        /// Every skill that applies at the level: said of it, carried up, and on the PM role.
        let skillCount: Int
        let saidCount: Int
        let newCount: Int
        let carriedCount: Int
        let roleCount: Int
        /// Voices that speak to the level in particular (bands and "and above" included); an
        /// article's author and the frameworks they retell count once.
        let expertCount: Int
        /// Voices that speak of the PM role in general.
        let roleExpertCount: Int
    }

    struct TrackSummary: Encodable {
        let id: String
        let title: String
        let levels: [TrackLevel]
        let notes: [TrackNote]
    }

    struct Tracks: Encodable {
        let tracks: [TrackSummary]

        init(_ catalog: Catalog) {
            tracks = catalog.tracks.map { track in
                TrackSummary(
                    id: track.id, title: track.title,
                    levels: catalog.levels(of: track).compactMap { level in
                        guard let entries = catalog.entries(at: level.id) else { return nil }
                        return TrackLevel(
                            id: level.id, title: level.title, skillCount: entries.skills.count,
                            saidCount: entries.said.count,
                            newCount: entries.new.count, carriedCount: entries.carried.count,
                            roleCount: entries.role.count,
                            expertCount: entries.levelVoices.count, roleExpertCount: entries.roleVoices.count)
                    }, notes: track.notes)
            }
        }
    }

    struct SourceSummary: Encodable {
        let source: Source
        let experts: [String]
        let skillCount: Int
    }

    struct Sources: Encodable {
        let sources: [SourceSummary]

        init(_ catalog: Catalog) {
            sources = catalog.sources.map { source in
                let entries = catalog.skills.filter { $0.source == source.id }
                var experts: [String] = []
                for entry in entries where !experts.contains(entry.expert) { experts.append(entry.expert) }
                return SourceSummary(source: source, experts: experts, skillCount: entries.count)
            }
        }
    }

    struct Group: Encodable {
        let expert: Expert
        let source: Source
        let skills: [SkillEntry]

        init(_ group: ExpertGroup) {
            expert = group.expert
            source = group.source
            skills = group.entries
        }
    }

    /// A skill carried up to the level, and the level its source says it of.
    struct Carried: Encodable {
        let carriedFrom: String
        let skill: SkillEntry
    }

    struct Show: Encodable {
        let level: Level
        let tracks: [String]
        let consensus: [String]
        let expertCount: Int
        let roleExpertCount: Int
        /// Said of the level, per expert.
        let own: [Group]
        let changes: [Group]
        let watchOuts: [Group]
        let carried: [Carried]
        let role: [Group]

        init(_ entries: LevelEntries, in catalog: Catalog) {
            level = entries.level
            tracks = catalog.tracks(containing: entries.level.id).map(\.id)
            consensus = catalog.consensus(at: entries.level.id).map(\.area.id)
            expertCount = entries.levelVoices.count
            roleExpertCount = entries.roleVoices.count
            own = catalog.groupMostParticularFirst(entries.said).map(Group.init)
            changes = catalog.group(entries.changes).map(Group.init)
            watchOuts = catalog.group(entries.watchOuts).map(Group.init)
            carried = entries.carried.map { Carried(carriedFrom: $0.from.id, skill: $0.entry) }
            role = catalog.group(entries.role).map(Group.init)
        }
    }

    struct Cell: Encodable {
        let expert: String
        let skills: [SkillEntry]
    }

    struct Row: Encodable {
        let area: SkillArea
        let consensus: Bool
        let cells: [Cell]
    }

    struct SideBySide: Encodable {
        let level: Level
        /// The columns: those who speak to the level first, then those who speak of the role.
        let experts: [Expert]
        /// Ids of the experts who speak of the PM role in general (never counted for consensus).
        let roleExperts: [String]
        let rows: [Row]

        init(_ matrix: LadderCore.SideBySide) {
            level = matrix.level
            experts = matrix.experts
            roleExperts = matrix.experts.dropFirst(matrix.levelColumns).map(\.id)
            rows = matrix.rows.map { row in
                Row(
                    area: row.area,
                    consensus: row.isConsensus,
                    cells: zip(matrix.experts, row.cells).filter { !$0.1.isEmpty }.map {
                        Cell(expert: $0.id, skills: $1)
                    }
                )
            }
        }
    }

    /// `compare LEVEL --framework NAME`: the company's level matched to LEVEL against the experts there.
    struct HeldAgainst: Encodable {
        struct Side: Encodable {
            let area: String
            let entries: [SkillEntry]
        }

        let level: String
        let framework: String
        let frameworkLevel: String
        /// Areas the experts speak to at the level that the company's level says nothing about.
        let expertOnlyAreas: [String]
        /// Areas the company's level asks about that no expert mentions there.
        let frameworkOnlyAreas: [String]
        let expertOnly: [Side]
        let frameworkOnly: [Side]
        /// Areas both speak to.
        let sharedAreas: [String]

        init(_ comparison: FrameworkComparison) {
            level = comparison.level.id
            framework = comparison.framework.id
            frameworkLevel = comparison.frameworkLevel.id
            expertOnlyAreas = comparison.expertOnly.map(\.area.id)
            frameworkOnlyAreas = comparison.frameworkOnly.map(\.area.id)
            expertOnly = comparison.expertOnly.map { Side(area: $0.area.id, entries: $0.entries) }
            frameworkOnly = comparison.frameworkOnly.map { Side(area: $0.area.id, entries: $0.entries) }
            sharedAreas = comparison.shared.map(\.area.id)
        }
    }

    /// A skill the higher level adds: where it is said, and what it supersedes.
    struct Added: Encodable {
        let at: String
        let replaces: [String]
        let skill: SkillEntry
    }

    /// What a change on the way leaves behind, with the change itself (its words and where).
    struct Removed: Encodable {
        let at: String
        let change: SkillEntry
        let skills: [SkillEntry]
    }

    struct Changes: Encodable {
        let from: Level
        let to: Level
        let newAreas: [String]
        let droppedAreas: [String]
        let added: [Added]
        /// Only what a source says is left behind, each under the change that says so.
        let removed: [Removed]
        /// Other changes the sources note on the way.
        let changes: [SkillEntry]
        /// Skills at `from` that are not on the way to `to` (another branch, or a lower level).
        let notOnTheWay: [SkillEntry]

        init(_ changes: LevelChanges, in catalog: Catalog) {
            from = changes.from
            to = changes.to
            newAreas = changes.newAreas.map(\.id)
            droppedAreas = changes.droppedAreas.map(\.id)
            added = changes.added.map { Added(at: $0.at.id, replaces: $0.replacing.map(\.id), skill: $0.entry) }
            removed = changes.leftBehind.map { Removed(at: $0.at.id, change: $0.change, skills: $0.entries) }
            self.changes = changes.changeNotes
            notOnTheWay = changes.notOnTheWay
        }
    }

    struct Search: Encodable {
        let query: String
        let skills: [SkillEntry]
    }
}

/// An optional that `--json` writes as `null` when absent, so scripts always find the key
/// (synthesized `Encodable` leaves a nil out). Declared `@NullEncoded var currentLevel: String?`.
@propertyWrapper
struct NullEncoded<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
