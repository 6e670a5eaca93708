import LadderText
/// How much of a level a user has ticked.
public struct LevelProgress: Hashable, Sendable {
    public let level: Level
    public let ticked: Int
    public let total: Int

    /// Whole percent ticked, rounded down (0 for a level with no skills).
    public var percent: Int { total == 0 ? 0 : ticked * 100 / total }
}

extension Catalog {
    /// Ticked and total skills for every level (every skill that applies there), in catalog order.
    public func levelProgress(_ progress: UserProgress) -> [LevelProgress] {
        levels.map { level in
            LevelProgress(
                level: level,
                ticked: progress.ratings.isEmpty ? 0 : countSkills(at: level.id, whereID: progress.isTicked),
                total: countSkills(at: level.id))
        }
    }

    /// Skill ids most like `text`, for "did you mean" suggestions: ids containing it first,
    /// then the nearest by edit distance.
    public func skillIDs(like text: String, limit: Int = 3) -> [String] {
        let needle = text.lowercased()
        let scored = skills.map { skill -> (id: String, score: Int) in
            let id = skill.id
            let distance = EditDistance.between(needle, id)
            return (id, id.contains(needle) ? distance - 1000 : distance)
        }
        let threshold = max(3, needle.count / 2)
        return
            scored
            .filter { $0.score < threshold }
            .sorted { $0.score != $1.score ? $0.score < $1.score : $0.id < $1.id }
            .prefix(limit)
            .map(\.id)
    }
}
