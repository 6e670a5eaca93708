import LadderCatalog
import LadderCore
import Testing

/// A company's level held against what the experts say of the level it matched.
@Suite struct FrameworkComparisonTests {
    /// Acme's "Senior" (matched to Senior PM) asks about strategy, which the experts speak to
    /// there, and about juggling, an area of its own no expert mentions.
    private func catalog() throws -> (Catalog, Track) {
        let levels = [Level(id: "acme-senior", title: "Acme: Senior", short: "Senior")]
        let skills = [
            SkillEntry(
                id: "acme-strategy", levels: ["acme-senior", "senior-pm"], source: "acme", expert: "acme",
                area: "strategy",
                summary: "Strategy: sets the area's strategy", quote: "Sets the area's strategy", locator: "row 1"),
            SkillEntry(
                id: "acme-juggling", levels: ["acme-senior", "senior-pm"], source: "acme", expert: "acme",
                area: "acme-juggling",
                summary: "Juggling: five balls", quote: "Juggles five balls", locator: "row 2"),
        ]
        let track = Track(id: "acme", title: "Acme", levels: ["acme-senior"])
        let document = CatalogDocument(
            areas: [SkillArea(id: "acme-juggling", name: "Juggling", short: nil, description: "From Acme")],
            levels: levels, tracks: [track], sources: [Source(id: "acme", title: "Acme", kind: .framework)],
            experts: [Expert(id: "acme", name: "Acme")], skills: skills)
        return (try BundledCatalog.catalog.adding([("acme.json", document)]), track)
    }

    @Test func whatEachSideLeavesOutIsFoundByArea() throws {
        let (catalog, track) = try catalog()
        let comparison = try #require(catalog.comparison(of: track, at: "senior-pm"))
        #expect(comparison.frameworkLevel.id == "acme-senior")
        #expect(comparison.frameworkOnly.map(\.area.id) == ["acme-juggling"])
        #expect(comparison.frameworkOnly.first?.entries.map(\.id) == ["acme-juggling"])
        #expect(comparison.shared.map(\.area.id) == ["strategy"])
        // Every area the experts speak to at Senior PM (said or carried up, the role aside) but strategy.
        let experts = try #require(catalog.entries(at: "senior-pm"))
        let expertAreas = Set((experts.said + experts.carried.map(\.entry)).filter { $0.source != "acme" }.map(\.area))
        #expect(Set(comparison.expertOnly.map(\.area.id)) == expertAreas.subtracting(["strategy"]))
        #expect(
            comparison.expertOnly.allSatisfy { side in
                side.entries.allSatisfy { $0.area == side.area.id && $0.source != "acme" }
            })
    }

    @Test func aLevelNoneOfTheFrameworksLevelsMatchedHasNoComparison() throws {
        let (catalog, track) = try catalog()
        #expect(catalog.comparison(of: track, at: "director") == nil)
        #expect(catalog.frameworkTrack(named: "ACME")?.id == "acme")
    }
}
