/// The level model (see `docs/catalog-format.md`): per level, which entries its sources say of
/// it, which carry up from the levels below, and what stops carrying there and why.
///
/// Built once per catalog from positions into its `skills`, so a 20,000-skill framework costs
/// one pass per level, not one per key press.
struct LevelModel: Sendable {
    /// An entry that stops carrying up at a level, and the entry that says so.
    struct Stop: Sendable {
        let entry: Int
        let by: Int
    }

    let graph: LevelGraph
    /// Per level: level entries said of it (its `levels`, or reaching it with `andAbove`), any kind.
    let said: [String: [Int]]
    /// Per level: skills carried up from below, with the level where their source says them.
    let carried: [String: [(entry: Int, from: String)]]
    /// Per level: skills said of it that no level below has: what is new there.
    let new: [String: [Int]]
    /// Per level: what a change says is left behind there.
    let leftBehind: [String: [Stop]]
    /// Per level: what a newer entry supersedes there.
    let superseded: [String: [Stop]]
    /// Role entries, any kind: they apply at every level.
    let role: [Int]
    /// Areas with at least one skill to rate (not watch-outs or changes alone).
    let ratableAreas: Set<String>

    init(skills: [SkillEntry], tracks: [Track], position: (String) -> Int?) {
        let graph = LevelGraph(tracks: tracks)
        self.graph = graph
        var said: [String: [Int]] = [:]
        var role: [Int] = []
        var reachAbove: [String: [String]] = [:]
        for (index, skill) in skills.enumerated() {
            guard skill.scope == .level else {
                role.append(index)
                continue
            }
            var levels = skill.levels
            if skill.andAbove {
                for level in skill.levels {
                    if reachAbove[level] == nil { reachAbove[level] = graph.levels(above: level) }
                    levels += reachAbove[level]!
                }
            }
            // Each level once: a handful, so a scan costs less than a set per entry.
            for (position, level) in levels.enumerated() where !levels[..<position].contains(level) {
                said[level, default: []].append(index)
            }
        }

        var carried: [String: [(entry: Int, from: String)]] = [:]
        var new: [String: [Int]] = [:]
        var leftBehind: [String: [Stop]] = [:]
        var superseded: [String: [Stop]] = [:]
        // Per entry, the last level (its place in `graph.order`) that received it, stopped it or
        // said it: marks in flat arrays, where sets and dictionaries of entries per level spent
        // most of a 20,000-skill model's time hashing.
        var receivedAt = [Int](repeating: -1, count: skills.count)
        var stoppedAt = [Int](repeating: -1, count: skills.count)
        var saidAt = [Int](repeating: -1, count: skills.count)
        for (ordinal, level) in graph.order.enumerated() {
            // Everything present just below, on every track through this level.
            var incoming: [(entry: Int, from: String)] = []
            func receive(_ entry: Int, from origin: String) {
                guard receivedAt[entry] != ordinal else { return }
                receivedAt[entry] = ordinal
                incoming.append((entry, origin))
            }
            for lower in graph.below[level] ?? [] {
                for entry in said[lower] ?? [] where skills[entry].isSkill { receive(entry, from: lower) }
                for carriedEntry in carried[lower] ?? [] { receive(carriedEntry.entry, from: carriedEntry.from) }
            }
            // What the entries said here stop from carrying further.
            for entry in said[level] ?? [] {
                saidAt[entry] = ordinal
                for target in skills[entry].replaces {
                    guard let targetIndex = position(target), receivedAt[targetIndex] == ordinal,
                        stoppedAt[targetIndex] != ordinal
                    else { continue }
                    stoppedAt[targetIndex] = ordinal
                    let stop = Stop(entry: targetIndex, by: entry)
                    if skills[entry].kind == .change {
                        leftBehind[level, default: []].append(stop)
                    } else {
                        superseded[level, default: []].append(stop)
                    }
                }
            }
            carried[level] = incoming.filter { stoppedAt[$0.entry] != ordinal && saidAt[$0.entry] != ordinal }
            new[level] = (said[level] ?? []).filter { skills[$0].isSkill && receivedAt[$0] != ordinal }
        }
        self.said = said
        self.carried = carried
        self.new = new
        self.leftBehind = leftBehind
        self.superseded = superseded
        self.role = role
        ratableAreas = Set(skills.lazy.filter(\.isSkill).map(\.area))
    }

    /// Skills present at a level (said or carried; not role entries).
    func present(at level: String, skills: [SkillEntry]) -> Set<Int> {
        var present = Set((said[level] ?? []).filter { skills[$0].isSkill })
        for entry in carried[level] ?? [] { present.insert(entry.entry) }
        return present
    }
}
