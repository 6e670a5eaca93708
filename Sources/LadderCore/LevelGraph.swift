/// How the tracks order the levels: each level's rungs just below and just above it, over
/// every track. The one place that knows what is "below", "next" and where tracks fork.
public struct LevelGraph: Sendable {
    /// Level ids, each after every level below it (the first track's order where tracks agree).
    public let order: [String]
    /// Per level, the levels just below it on some track, in track order.
    public let below: [String: [String]]
    /// Per level, the levels just above it on some track, in track order.
    public let above: [String: [String]]
    /// Two levels that the tracks put each below the other, when they do (an invalid catalog).
    public let cycle: (String, String)?

    public init(tracks: [Track]) {
        var below: [String: [String]] = [:]
        var above: [String: [String]] = [:]
        var seen: [String] = []
        for track in tracks {
            for (index, level) in track.levels.enumerated() {
                if below[level] == nil {
                    below[level] = []
                    above[level] = []
                    seen.append(level)
                }
                // A level named twice in a row is the validator's to report, not a cycle.
                guard index > 0, track.levels[index - 1] != level else { continue }
                let lower = track.levels[index - 1]
                if !below[level]!.contains(lower) { below[level]!.append(lower) }
                if !above[lower]!.contains(level) { above[lower]!.append(level) }
            }
        }
        self.below = below
        self.above = above
        // Depth-first, so each level follows everything below it; a level met again while
        // still being visited closes a cycle.
        var order: [String] = []
        var state: [String: Bool] = [:]  // false: being visited, true: done
        var cycle: (String, String)?
        func visit(_ level: String) {
            state[level] = false
            for lower in below[level] ?? [] {
                switch state[lower] {
                case nil: visit(lower)
                case false?: if cycle == nil { cycle = (lower, level) }
                case true?: break
                }
            }
            state[level] = true
            order.append(level)
        }
        for level in seen where state[level] == nil { visit(level) }
        self.order = order
        self.cycle = cycle
    }

    /// Every level above `level` on any track, nearest first.
    public func levels(above level: String) -> [String] {
        reach(from: level, through: above)
    }

    /// Every level below `level` on any track, nearest first.
    public func levels(below level: String) -> [String] {
        reach(from: level, through: below)
    }

    /// Whether `lower` is below `higher` on some track.
    public func isBelow(_ lower: String, _ higher: String) -> Bool {
        levels(below: higher).contains(lower)
    }

    /// The levels just above `level` on the given tracks, in track order ("next on its track").
    public func next(after level: String, on tracks: [Track]) -> [String] {
        var next: [String] = []
        for track in tracks {
            guard let index = track.levels.firstIndex(of: level), index + 1 < track.levels.count else { continue }
            let candidate = track.levels[index + 1]
            if !next.contains(candidate) { next.append(candidate) }
        }
        return next
    }

    private func reach(from level: String, through edges: [String: [String]]) -> [String] {
        var found: [String] = []
        var queue = edges[level] ?? []
        while !queue.isEmpty {
            let current = queue.removeFirst()
            guard !found.contains(current), current != level else { continue }
            found.append(current)
            queue += edges[current] ?? []
        }
        return found
    }
}

/// How tracks share their first levels (the IC and management tracks share Associate PM to
/// Senior PM, then fork): the one place that works it out, for the ladder screen, `tracks`
/// and `progress`.
public struct TrackForks: Sendable {
    /// Per track, how many of its first levels it shares with another track.
    public let shared: [Int]
    /// Per track, the earlier track it shares the most first levels with, and how many.
    public let sharedWithEarlier: [(track: Int, count: Int)?]

    public init(tracks: [Track]) {
        func common(_ a: Track, _ b: Track) -> Int { zip(a.levels, b.levels).prefix { $0 == $1 }.count }
        shared = tracks.indices.map { index in
            tracks.indices.filter { $0 != index }.map { common(tracks[index], tracks[$0]) }.max() ?? 0
        }
        sharedWithEarlier = tracks.indices.map { index in
            let best = (0..<index).map { ($0, common(tracks[index], tracks[$0])) }.max { $0.1 < $1.1 }
            return best.flatMap { $0.1 > 0 ? (track: $0.0, count: $0.1) : nil }
        }
    }
}
