/// How far apart two words are, for "did you mean …?" suggestions.
public enum EditDistance {
    /// Levenshtein distance between two strings, by characters.
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] =
                    a[i - 1] == b[j - 1]
                    ? previous[j - 1]
                    : 1 + min(previous[j - 1], previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate nearest to `word` (ignoring case), if it is within a typo's reach: two
    /// edits, one for words of three letters or fewer.
    public static func nearest(to word: String, in candidates: [String]) -> String? {
        let lower = word.lowercased()
        let reach = lower.count <= 3 ? 1 : 2
        return candidates.map { ($0, between(lower, $0.lowercased())) }
            .filter { $0.1 > 0 && $0.1 <= reach }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }
}
