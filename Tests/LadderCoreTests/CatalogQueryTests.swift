@testable import LadderCore
import Testing

@Suite struct CatalogQueryTests {
    let catalog: Catalog

    init() throws {
        catalog = try Fixtures.catalog()
    }

    @Test func levelsOfATrackAreInOrder() throws {
        let management = try #require(catalog.track(id: "management"))
        #expect(catalog.levels(of: management).map(\.id) == ["junior", "mid", "lead"])
        #expect(catalog.tracks(containing: "mid").map(\.id) == ["ic", "management"])
        #expect(catalog.tracks(containing: "staff").map(\.id) == ["ic"])
    }

    @Test(arguments: [
        ("junior", "junior"), ("Junior Maker", "junior"), ("jr. maker", "junior"), ("ENTRY-MAKER", "junior"),
        ("head of making", "lead"), ("  Staff   Maker ", "staff"),
    ])
    func levelsAreFoundByIdTitleOrAliasIgnoringCaseAndPunctuation(name: String, id: String) {
        #expect(catalog.level(named: name)?.id == id)
    }

    @Test func anUnknownLevelNameFindsNothing() {
        #expect(catalog.level(named: "CTO") == nil)
        #expect(catalog.level(named: "") == nil)
    }

    @Test func skillsAtALevelKeepCatalogOrder() {
        #expect(catalog.skills(at: "mid").map(\.id) == ["ana-plans", "ana-ships", "cy-strategy"])
        #expect(catalog.skills(at: "nowhere").isEmpty)
    }

    @Test func entriesAreGroupedByExpertAndSourceTheMostLevelSpecificFirst() {
        let groups = catalog.skillsByExpert(at: "lead")
        // Ana's entry names one level, Bo's one and two, Cy's two.
        #expect(groups.map { "\($0.expert.id)/\($0.source.id)" } == ["ana/page", "bo/page", "cy/page"])
        #expect(groups[1].entries.map(\.id) == ["bo-vision", "bo-hires"])
    }

    @Test func theSameExpertInTwoSourcesMakesTwoGroups() {
        let entries = catalog.skills.filter { $0.expert == "ana" }
        #expect(catalog.group(entries).map { "\($0.expert.id)/\($0.source.id)" } == ["ana/talk", "ana/page"])
    }

    @Test func sideBySidePutsExpertsInColumnsAndAreasInRows() throws {
        let matrix = try #require(catalog.sideBySide(at: "lead"))
        // Ana's entry names one level, Bo's one and two, Cy's two: the most level-specific first.
        #expect(matrix.experts.map(\.id) == ["ana", "bo", "cy"])
        #expect(matrix.rows.map(\.area.id) == ["strategy", "people"])
        #expect(matrix.rows[0].cells.map { $0.map(\.id) } == [[], ["bo-vision"], ["cy-strategy"]])
        #expect(matrix.rows[1].cells.map { $0.map(\.id) } == [["ana-coaches"], ["bo-hires"], []])
        #expect(matrix.rows.map(\.isConsensus) == [true, true])
    }

    @Test func amongEquallySpecificExpertsTheOneCoveringMoreAreasComesFirst() throws {
        let extra = CatalogFile(name: "extra.json", text: """
            { "schemaVersion": 1, "skills": [
              { "id": "cy-crafts", "levels": ["lead"], "source": "page", "expert": "cy", "area": "craft",
                "summary": "Crafts", "quote": "craft", "locator": "answer by Cy" },
              { "id": "cy-people", "levels": ["lead", "mid"], "source": "page", "expert": "cy", "area": "people",
                "summary": "People", "quote": "people", "locator": "answer by Cy" },
              { "id": "cy-more-people", "levels": ["lead"], "source": "page", "expert": "cy", "area": "people",
                "summary": "More people", "quote": "more people", "locator": "answer by Cy" } ] }
            """)
        let catalog = try Catalog.load([Fixtures.core, Fixtures.sources, extra])
        let matrix = try #require(catalog.sideBySide(at: "lead"))
        // Ana's entries name one level on average; Bo's and Cy's 1.5 each, Cy's in three areas, Bo's in two.
        #expect(matrix.experts.map(\.id) == ["ana", "cy", "bo"])
        #expect(matrix.rows.map(\.area.id) == ["strategy", "craft", "people"])
        #expect(matrix.rows.map(\.expertCount) == [2, 1, 3])
    }

    @Test func sideBySideOfAnUnknownLevelIsNil() {
        #expect(catalog.sideBySide(at: "cto") == nil)
    }

    @Test func consensusIsAreasNamedByTwoOrMoreExperts() {
        let consensus = catalog.consensus(at: "mid")
        #expect(consensus.map(\.area.id) == ["strategy"])
        #expect(consensus.first?.experts.map(\.id) == ["ana", "cy"])
        #expect(catalog.consensus(at: "junior").isEmpty)
    }

    @Test func changesListWhatIsAtOneLevelAndNotTheOther() throws {
        let changes = try #require(catalog.changes(from: "mid", to: "lead"))
        #expect(changes.added.map(\.id) == ["bo-vision", "bo-hires", "ana-coaches"])
        #expect(changes.removed.map(\.id) == ["ana-plans", "ana-ships"])
        #expect(changes.newAreas.map(\.id) == ["people"])
        #expect(changes.droppedAreas.map(\.id) == ["craft"])
    }

    @Test func changesAcrossTheForkCanBeWeighedAgainstEachOther() throws {
        let toStaff = try #require(catalog.changes(from: "mid", to: "staff"))
        let toLead = try #require(catalog.changes(from: "mid", to: "lead"))
        #expect(toStaff.added.map(\.id) == ["bo-vision"])
        #expect(toStaff.newAreas.isEmpty)
        #expect(toLead.newAreas.map(\.id) == ["people"])
    }

    @Test func searchMatchesSummaryQuoteExpertAndArea() {
        #expect(catalog.search("roadmap").map(\.id) == ["ana-plans"])
        #expect(catalog.search("bets").map(\.id) == ["cy-strategy"])
        #expect(catalog.search("bo li").map(\.id) == ["bo-vision", "bo-hires"])
        #expect(catalog.search("people").map(\.id) == ["bo-hires", "ana-coaches"])
    }

    @Test func searchIgnoresCaseAndDiacritics() {
        #expect(catalog.search("NUNEZ coach").map(\.id) == ["ana-coaches"])
        #expect(catalog.search("Núñez").count == 3)
    }

    @Test func searchWithNoWordsFindsNothing() {
        #expect(catalog.search("  ").isEmpty)
        #expect(catalog.search("zebra").isEmpty)
    }
}

@Suite struct GrowthQueryTests {
    let catalog: Catalog

    init() throws {
        catalog = try Fixtures.catalog()
    }

    @Test func areaProgressCountsTicksPerAreaAtALevel() {
        let progress = Progress(ticks: ["bo-hires": "2026-01-01T00:00:00Z"])
        let areas = catalog.areaProgress(at: "lead", progress)
        #expect(areas.map(\.area.id) == ["strategy", "people"])
        #expect(areas.map(\.ticked) == [0, 1])
        #expect(areas.map(\.total) == [2, 2])
        #expect(areas.map(\.expertCount) == [2, 2])
    }

    @Test func aGapListsOpenSkillsByAreaTheMostAgreedFirst() throws {
        let progress = Progress(ticks: ["bo-vision": "2026-01-01T00:00:00Z"])
        let gap = try #require(catalog.gap(from: "mid", to: "lead", progress))
        #expect(gap.total == 4)
        #expect(gap.ticked == 1)
        // Both areas are named by two experts; People has more open skills.
        #expect(gap.areas.map(\.area.id) == ["people", "strategy"])
        #expect(gap.areas.map { $0.open.map(\.id) } == [["bo-hires", "ana-coaches"], ["cy-strategy"]])
        #expect(gap.summary == "Maker -> Lead of Makers: 1 of 4 skills ticked; strongest gaps: people, strategic thinking")
    }

    @Test func aClosedGapSaysSo() throws {
        let ticks = Dictionary(uniqueKeysWithValues: catalog.skills(at: "staff").map { ($0.id, "2026-01-01T00:00:00Z") })
        let gap = try #require(catalog.gap(from: "mid", to: "staff", Progress(ticks: ticks)))
        #expect(gap.areas.isEmpty)
        #expect(gap.summary == "Maker -> Staff Maker: 2 of 2 skills ticked; nothing left open")
    }

    @Test func nextLevelsAreTheTargetThenEachTracksNextLevel() {
        #expect(catalog.nextLevels(Progress()).isEmpty)
        #expect(catalog.nextLevels(Progress(currentLevel: "junior")).map(\.id) == ["mid"])
        #expect(catalog.nextLevels(Progress(currentLevel: "mid")).map(\.id) == ["staff", "lead"])
        #expect(catalog.nextLevels(Progress(currentLevel: "mid", targetLevel: "lead")).map(\.id) == ["lead", "staff"])
        #expect(catalog.nextLevels(Progress(currentLevel: "staff")).isEmpty)
    }
}
