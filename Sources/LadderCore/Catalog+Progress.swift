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
            LevelProgress(level: level, ticked: progress.ratings.isEmpty ? 0 : countSkills(at: level.id, whereID: progress.isTicked),
                          total: countSkills(at: level.id))
        }
    }

    /// Skill ids most like `text`, for "did you mean" suggestions: ids containing it first,
    /// then the nearest by edit distance.
    public func skillIDs(like text: String, limit: Int = 3) -> [String] {
        let needle = text.lowercased()
        let scored = skills.map { skill -> (id: String, score: Int) in
            let id = skill.id
            let distance = Self.editDistance(needle, id)
            return (id, id.contains(needle) ? distance - 1000 : distance)
        }
        let threshold = max(3, needle.count / 2)
        return scored
            .filter { $0.score < threshold }
            .sorted { $0.score != $1.score ? $0.score < $1.score : $0.id < $1.id }
            .prefix(limit)
            .map(\.id)
    }

    /// Levenshtein distance between two strings, by characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = a[i - 1] == b[j - 1]
                    ? previous[j - 1]
                    : 1 + min(previous[j - 1], previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
