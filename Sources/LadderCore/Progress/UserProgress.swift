/// A user's progress: the skills they have ticked (with when), their evidence notes,
/// and the levels they are at and aim for.
public struct UserProgress: Equatable, Sendable {
    /// Ticked skill ids, each with the ISO-8601 time it was ticked.
    public var ticks: [String: String]
    /// Evidence notes by skill id.
    public var notes: [String: String]
    public var currentLevel: String?
    public var targetLevel: String?

    public init(
        ticks: [String: String] = [:], notes: [String: String] = [:],
        currentLevel: String? = nil, targetLevel: String? = nil
    ) {
        self.ticks = ticks
        self.notes = notes
        self.currentLevel = currentLevel
        self.targetLevel = targetLevel
    }

    public func isTicked(_ skillID: String) -> Bool { ticks[skillID] != nil }

    /// Applies one change. Ticking a ticked skill keeps its first time; an empty note removes it.
    public mutating func apply(_ change: ProgressChange) {
        switch change {
        case .tick(let skill, let time):
            if ticks[skill] == nil { ticks[skill] = time }
        case .untick(let skill):
            ticks[skill] = nil
        case .note(let skill, let text):
            notes[skill] = text.isEmpty ? nil : text
        case .setLevel(.current, let level):
            currentLevel = level
        case .setLevel(.target, let level):
            targetLevel = level
        }
    }

    /// Ticks whose skill ids the catalog does not have (kept, never dropped).
    public func orphanedTicks(in catalog: Catalog) -> [String] {
        ticks.keys.filter { catalog.skill(id: $0) == nil }.sorted()
    }
}

/// Which of the user's two levels.
public enum LevelRole: String, Sendable, CaseIterable {
    case current
    case target
}

/// One thing the user did. Saves merge the changes made since the last save into whatever
/// is on disk, so two instances never undo each other's work.
public enum ProgressChange: Equatable, Sendable {
    case tick(skill: String, at: String)
    case untick(skill: String)
    case note(skill: String, text: String)
    case setLevel(LevelRole, String?)
}
