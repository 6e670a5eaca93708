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
            var seen: Set<String> = []
            for level in levels where seen.insert(level).inserted {
                said[level, default: []].append(index)
            }
        }

        var carried: [String: [(entry: Int, from: String)]] = [:]
        var new: [String: [Int]] = [:]
        var leftBehind: [String: [Stop]] = [:]
        var superseded: [String: [Stop]] = [:]
        for level in graph.order {
            // Everything present just below, on every track through this level.
            var incoming: [(entry: Int, from: String)] = []
            var incomingIndex: [Int: Int] = [:]
            func receive(_ entry: Int, from origin: String) {
                guard incomingIndex[entry] == nil else { return }
                incomingIndex[entry] = incoming.count
                incoming.append((entry, origin))
            }
            for lower in graph.below[level] ?? [] {
                for entry in said[lower] ?? [] where skills[entry].isSkill { receive(entry, from: lower) }
                for carriedEntry in carried[lower] ?? [] { receive(carriedEntry.entry, from: carriedEntry.from) }
            }
            // What the entries said here stop from carrying further.
            var stopped: Set<Int> = []
            for entry in said[level] ?? [] {
                for target in skills[entry].replaces {
                    guard let targetIndex = position(target), incomingIndex[targetIndex] != nil,
                        stopped.insert(targetIndex).inserted
                    else { continue }
                    let stop = Stop(entry: targetIndex, by: entry)
                    if skills[entry].kind == .change {
                        leftBehind[level, default: []].append(stop)
                    } else {
                        superseded[level, default: []].append(stop)
                    }
                }
            }
            let saidHere = Set(said[level] ?? [])
            carried[level] = incoming.filter { !stopped.contains($0.entry) && !saidHere.contains($0.entry) }
            new[level] = (said[level] ?? []).filter { skills[$0].isSkill && incomingIndex[$0] == nil }
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
