import LadderCore

/// What importing a file again under an installed framework's name changes: entries added,
/// removed and changed (by id), and which of the user's ratings and evidence it would orphan.
public struct FrameworkChange: Sendable {
    public let added: [String]
    public let removed: [String]
    /// Same id, other words, levels, kind or area (not only another line in the file, nor
    /// only another cell it supersedes: blanking the cell below changes no entry's words).
    public let changed: [String]

    public init(from old: CatalogDocument, to new: CatalogDocument) {
        let before = Dictionary((old.skills ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary((new.skills ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        added = after.keys.filter { before[$0] == nil }.sorted()
        removed = before.keys.filter { after[$0] == nil }.sorted()
        changed = after.keys.filter { id in
            guard let old = before[id], let new = after[id] else { return false }
            return (old.summary, old.quote, old.levels, old.kind, old.area) != (
                new.summary, new.quote, new.levels, new.kind, new.area
            )
        }.sorted()
    }

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    /// The removed entries the user has rated or kept evidence for: these would be orphaned.
    public func orphaned(in progress: UserProgress) -> [String] {
        removed.filter { progress.ratings[$0] != nil || progress.evidence[$0] != nil }
    }

    /// The changed entries the user has rated or kept evidence for: the rating stays, and
    /// should be checked against the new words.
    public func reworded(in progress: UserProgress) -> [String] {
        changed.filter { progress.ratings[$0] != nil || progress.evidence[$0] != nil }
    }
}
