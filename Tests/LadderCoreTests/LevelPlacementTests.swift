import LadderCatalog
import LadderCore
import Testing

/// A framework's own track against ladder's rungs: each level beside its match, in the
/// company's order, and said so when it cannot be.
@Suite struct LevelPlacementTests {
    /// A one-track company ladder whose levels match `matched` (nil: no match), one entry each.
    private func catalog(matching matched: [String?]) throws -> (Catalog, Track) {
        let levels = matched.indices.map {
            Level(id: "acme-l\($0 + 1)", title: "Acme: L\($0 + 1)", short: "L\($0 + 1)")
        }
        let skills = zip(levels, matched).map { level, ladderLevel in
            SkillEntry(
                id: "\(level.id)-writing", levels: [level.id] + (ladderLevel.map { [$0] } ?? []), source: "acme",
                expert: "acme",
                area: "communication", summary: "Writing", quote: "Writes", locator: "row 1")
        }
        let track = Track(id: "acme", title: "Acme", levels: levels.map(\.id))
        let document = CatalogDocument(
            levels: levels, tracks: [track], sources: [Source(id: "acme", title: "Acme", kind: .framework)],
            experts: [Expert(id: "acme", name: "Acme")], skills: skills)
        return (try BundledCatalog.catalog.adding([("acme.json", document)]), track)
    }

    @Test func eachLevelStandsOnTheRungOfItsMatch() throws {
        let (catalog, track) = try catalog(matching: ["apm", "senior-pm", "director"])
        let placements = catalog.placements(of: track) { catalog.rung(of: $0) }
        #expect(placements.map(\.height) == [0, 2, 4])
        #expect(placements.map(\.matched) == ["apm", "senior-pm", "director"])
        #expect(placements.allSatisfy { $0.standsAbove == nil })
        #expect(placements.compactMap { catalog.placementNote($0, on: track) }.isEmpty)
    }

    /// Staff PM to Principal PM, Group PM to Group PM: the same rung. Group PM stands above
    /// Staff PM and says why, rather than sit a rung higher beside Director unexplained.
    @Test func aLevelWhoseMatchIsNoHigherStandsAboveAndSaysWhy() throws {
        let (catalog, track) = try catalog(matching: ["senior-pm", "principal-pm", "group-pm"])
        let placements = catalog.placements(of: track) { catalog.rung(of: $0) }
        #expect(placements.map(\.height) == [2, 3, 4])
        #expect(placements.map(\.standsAbove) == [nil, nil, "acme-l2"])
        #expect(
            placements.compactMap { catalog.placementNote($0, on: track) }
                == ["Acme's L3 matches Group PM, yet stands above its L2, which matches Principal PM, a rung as high."])
        #expect(
            placements.map { catalog.matchWords($0) } == [
                "matches Senior PM", "matches Principal PM", "matches Group PM",
            ])
    }

    /// Two levels matched to one: the second stands above the first, said so.
    @Test func twoLevelsMatchedToOneAreNotDrawnEqual() throws {
        let (catalog, track) = try catalog(matching: ["pm", "pm", nil])
        let placements = catalog.placements(of: track) { catalog.rung(of: $0) }
        #expect(placements.map(\.height) == [1, 2, 3])
        #expect(placements.map(\.standsAbove) == [nil, "acme-l1", nil])
        #expect(catalog.matchWords(placements[2]) == "matches none of ladder's levels")
    }

    /// The level in the way is the one whose match stands as high, not merely the one below.
    @Test func theNoteNamesTheLevelInTheWay() throws {
        let (catalog, track) = try catalog(matching: ["principal-pm", nil, "group-pm"])
        let placements = catalog.placements(of: track) { catalog.rung(of: $0) }
        #expect(placements.map(\.standsAbove) == [nil, nil, "acme-l1"])
        #expect(
            catalog.placementNote(placements[2], on: track)
                == "Acme's L3 matches Group PM, yet stands above its L1, which matches Principal PM, a rung as high.")
    }
}
