#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LadderCore

/// The `--json` shapes of the catalog commands (documented in the README).
/// Keys are sorted and output is pretty-printed, so the same input gives the same bytes.
enum CatalogJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    struct TrackLevel: Encodable {
        let id: String
        let title: String
        let skillCount: Int
        let expertCount: Int
    }

    struct TrackSummary: Encodable {
        let id: String
        let title: String
        let levels: [TrackLevel]
    }

    struct Tracks: Encodable {
        let tracks: [TrackSummary]

        init(_ catalog: Catalog) {
            tracks = catalog.tracks.map { track in
                TrackSummary(id: track.id, title: track.title, levels: catalog.levels(of: track).map { level in
                    let entries = catalog.skills(at: level.id)
                    return TrackLevel(
                        id: level.id, title: level.title,
                        skillCount: entries.count, expertCount: Set(entries.map(\.expert)).count
                    )
                })
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

    struct Show: Encodable {
        let level: Level
        let tracks: [String]
        let consensus: [String]
        let groups: [Group]
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
        let experts: [Expert]
        let rows: [Row]

        init(_ matrix: LadderCore.SideBySide) {
            level = matrix.level
            experts = matrix.experts
            rows = matrix.rows.map { row in
                Row(
                    area: row.area,
                    consensus: row.isConsensus,
                    cells: zip(matrix.experts, row.cells).filter { !$0.1.isEmpty }.map { Cell(expert: $0.id, skills: $1) }
                )
            }
        }
    }

    struct Changes: Encodable {
        let from: Level
        let to: Level
        let newAreas: [String]
        let droppedAreas: [String]
        let added: [Group]
        let removed: [Group]

        init(_ changes: LevelChanges, in catalog: Catalog) {
            from = changes.from
            to = changes.to
            newAreas = changes.newAreas.map(\.id)
            droppedAreas = changes.droppedAreas.map(\.id)
            added = catalog.group(changes.added).map(Group.init)
            removed = catalog.group(changes.removed).map(Group.init)
        }
    }

    struct Search: Encodable {
        let query: String
        let skills: [SkillEntry]
    }
}
