@testable import LadderCore
import Testing

/// The level model on the fixture: what each level holds and why.
///
/// junior: Ana ships small features. mid: Ana plans the roadmap; Cy thinks in bets, "and above".
/// staff: Ana plans a whole product line (superseding the roadmap); Bo sets a vision (a band
/// with lead). lead: Bo hires, Ana coaches, and Ana's change leaves shipping features behind.
/// Bo listens to everyone and Cy warns against playing the hero, on the role in general.
@Suite struct LevelModelTests {
    let catalog: Catalog

    init() throws {
        catalog = try Fixtures.catalog()
    }

    private func entries(_ level: String) throws -> LevelEntries {
        try #require(catalog.entries(at: level))
    }

    @Test func aLevelHoldsWhatIsSaidOfItAndWhatCarriesUpFromBelow() throws {
        let mid = try entries("mid")
        #expect(mid.said.map(\.id) == ["ana-plans", "cy-strategy"])
        #expect(mid.new.map(\.id) == ["ana-plans", "cy-strategy"])
        #expect(mid.carried.map { "\($0.entry.id)<\($0.from.id)" } == ["ana-ships<junior"])
        #expect(mid.skills.map(\.id) == ["ana-plans", "cy-strategy", "ana-ships", "bo-listens"])
    }

    @Test func andAboveSpeaksToEveryLevelAboveButIsNewOnlyWhereFirstSaid() throws {
        let staff = try entries("staff")
        #expect(staff.said.map(\.id) == ["ana-plans-line", "cy-strategy", "bo-vision"])
        #expect(staff.new.map(\.id) == ["ana-plans-line", "bo-vision"])
        #expect(staff.levelExpertIDs == ["ana", "cy", "bo"])
    }

    @Test func aSkillThatSupersedesALowerOneStopsItCarrying() throws {
        let staff = try entries("staff")
        #expect(staff.carried.map(\.entry.id) == ["ana-ships"])
        #expect(staff.superseded.map { "\($0.entry.id)>\($0.by.id)" } == ["ana-plans>ana-plans-line"])
        // On the other branch nothing supersedes it: it carries on.
        #expect(try entries("lead").carried.map { "\($0.entry.id)<\($0.from.id)" } == ["ana-plans<mid"])
    }

    @Test func aChangeLeavesBehindOnlyWhatItNames() throws {
        let lead = try entries("lead")
        #expect(lead.changes.map(\.id) == ["ana-lets-go"])
        #expect(lead.leftBehind.map { "\($0.entry.id)>\($0.by.id)" } == ["ana-ships>ana-lets-go"])
        #expect(!lead.skills.map(\.id).contains("ana-ships"))
        // A change is not a skill: it is neither ticked nor counted.
        #expect(!lead.skills.map(\.id).contains("ana-lets-go"))
    }

    @Test func roleEntriesApplyAtEveryLevelAndAreShownApart() throws {
        for level in catalog.levels {
            let entries = try entries(level.id)
            #expect(entries.role.map(\.id) == ["bo-listens"])
            #expect(entries.watchOuts.map(\.id).contains("cy-hero"))
            #expect(entries.roleExpertIDs == ["bo", "cy"])
            #expect(!entries.said.contains { $0.scope == .role })
        }
    }

    /// The search text is folded on the first search, not when the catalog loads (issue 28).
    @Test func theSearchIndexIsMadeOnFirstUse() throws {
        let fresh = try Fixtures.catalog()
        #expect(!fresh.searchIndex.isMade)
        let found = fresh.search("coach")
        #expect(fresh.searchIndex.isMade)
        #expect(fresh.search("coach") == found)
    }

    @Test func countsSayWhoSpeaksToTheLevelAndWhoToTheRole() throws {
        #expect(
            catalog.countsLine(try entries("lead"))
                == "4 said of Lead of Makers by 3 voices · 1 carried from below · 1 on the PM role from 2 voices")
        #expect(catalog.countSkills(at: "lead") == 6)
        #expect(catalog.countSkills(at: "junior") == 2)
    }

    @Test func walkingUpOneRungNeverAddsOrRemovesARoleEntryNorDropsAnythingWithoutASourcedReason() throws {
        for track in catalog.tracks {
            for (lower, higher) in zip(track.levels, track.levels.dropFirst()) {
                let changes = try #require(catalog.changes(from: lower, to: higher))
                #expect(!changes.added.contains { $0.entry.scope == .role })
                #expect(changes.notOnTheWay.isEmpty, "\(lower) -> \(higher) drops \(changes.notOnTheWay.map(\.id))")
                for left in changes.leftBehind {
                    #expect(
                        left.change.kind == .change
                            && left.change.replaces.contains { id in left.entries.contains { $0.id == id } })
                }
            }
        }
    }
}

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
        #expect(catalog.nextLevels(after: "mid").map(\.id) == ["staff", "lead"])
        #expect(catalog.previousLevels(before: "lead").map(\.id) == ["mid"])
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
        #expect(catalog.entries(at: "nowhere") == nil)
    }

    @Test func theSameExpertInTwoSourcesMakesTwoGroups() {
        let entries = catalog.skills.filter { $0.expert == "ana" }
        #expect(catalog.group(entries).map { "\($0.expert.id)/\($0.source.id)" } == ["ana/talk", "ana/page"])
    }

    @Test func sideBySidePutsTheLevelsExpertsFirstThenTheRolesAndAreasInRows() throws {
        let matrix = try #require(catalog.sideBySide(at: "lead"))
        // Bo speaks to the level and of the role: a column for each, the role's last.
        #expect(matrix.experts.map(\.id) == ["bo", "cy", "ana", "bo"])
        #expect(matrix.levelColumns == 3)
        #expect(matrix.rows.map(\.area.id) == ["strategy", "people"])
        #expect(matrix.rows[0].cells.map { $0.map(\.id) } == [["bo-vision"], ["cy-strategy"], [], []])
        #expect(matrix.rows[1].cells.map { $0.map(\.id) } == [["bo-hires"], [], ["ana-coaches"], ["bo-listens"]])
        #expect(matrix.rows.map(\.expertCount) == [2, 2])
    }

    @Test func roleColumnsComeLastAndNeverMakeConsensus() throws {
        let matrix = try #require(catalog.sideBySide(at: "junior"))
        #expect(matrix.experts.map(\.id) == ["ana", "bo"])
        #expect(matrix.levelColumns == 1)
        #expect(matrix.speaksToLevel(column: 1) == false)
        // Ana speaks to the level (craft); Bo's People row counts nobody who speaks to it.
        #expect(matrix.rows.map(\.expertCount) == [1, 0])
        #expect(matrix.rows.allSatisfy { !$0.isConsensus })
        #expect(catalog.consensus(at: "junior").isEmpty)
    }

    @Test func consensusCountsOnlyTheExpertsWhoSpeakToTheLevel() {
        let consensus = catalog.consensus(at: "staff")
        #expect(consensus.map(\.area.id) == ["strategy"])
        #expect(consensus.first?.experts.map(\.id) == ["ana", "cy", "bo"])
    }

    @Test func changesGoingUpListWhatIsNewAndWhatASourceLeavesBehind() throws {
        let changes = try #require(catalog.changes(from: "mid", to: "lead"))
        #expect(changes.added.map(\.entry.id) == ["bo-vision", "bo-hires", "ana-coaches"])
        #expect(changes.added.allSatisfy { $0.at.id == "lead" })
        #expect(changes.leftBehind.map(\.change.id) == ["ana-lets-go"])
        #expect(changes.leftBehind.first?.entries.map(\.id) == ["ana-ships"])
        #expect(changes.notOnTheWay.isEmpty)
        #expect(changes.isStepUp)
        #expect(changes.newAreas.map(\.id) == ["people"])
        #expect(changes.droppedAreas.map(\.id) == ["craft"])
    }

    @Test func aSupersedingSkillIsAddedWithWhatItReplacesNotARemoval() throws {
        let changes = try #require(catalog.changes(from: "mid", to: "staff"))
        #expect(changes.added.map(\.entry.id) == ["ana-plans-line", "bo-vision"])
        #expect(changes.added.first?.replacing.map(\.id) == ["ana-plans"])
        #expect(changes.leftBehind.isEmpty)
        #expect(changes.notOnTheWay.isEmpty)
    }

    @Test func acrossTheForkWhatIsOnTheOtherBranchIsSaidSo() throws {
        let changes = try #require(catalog.changes(from: "staff", to: "lead"))
        #expect(!changes.isStepUp)
        #expect(changes.notOnTheWay.map(\.id) == ["ana-plans-line"])
        #expect(
            changes.added.map { "\($0.entry.id)@\($0.at.id)" } == [
                "bo-hires@lead", "ana-coaches@lead", "ana-plans@mid",
            ])
        #expect(changes.leftBehind.first?.entries.map(\.id) == ["ana-ships"])
    }

    @Test func searchMatchesSummaryQuoteExpertAreaAndScope() {
        #expect(catalog.search("roadmap").map(\.id) == ["ana-plans"])
        #expect(catalog.search("bets").map(\.id) == ["cy-strategy"])
        #expect(catalog.search("bo li").map(\.id) == ["bo-vision", "bo-hires", "bo-listens"])
        #expect(catalog.search("people").map(\.id) == ["bo-hires", "ana-coaches", "bo-listens"])
        #expect(catalog.search("role in general").map(\.id) == ["bo-listens", "cy-hero"])
    }

    @Test func searchIgnoresCaseAndDiacritics() {
        #expect(catalog.search("NUNEZ coach").map(\.id) == ["ana-coaches"])
        #expect(catalog.search("Núñez").count == 5)
    }

    @Test func searchWithNoWordsFindsNothing() {
        #expect(catalog.search("  ").isEmpty)
        #expect(catalog.search("zebra").isEmpty)
    }

    @Test func wordingSaysWhoseWordsAQuoteIs() throws {
        let notes = try #require(catalog.skill(id: "ana-plans"))
        #expect(
            catalog.attribution(of: notes)
                == "Ana Núñez, Head, Acme, in summary notes of the source (not Ana Núñez's own words)")
        #expect(catalog.attribution(of: try #require(catalog.skill(id: "bo-hires"))) == "Bo Li")
        #expect(catalog.placement(of: try #require(catalog.skill(id: "cy-strategy"))) == "said of Maker and above")
        #expect(catalog.placement(of: try #require(catalog.skill(id: "bo-listens"))) == "the PM role in general")
    }
}

@Suite struct GrowthQueryTests {
    let catalog: Catalog

    init() throws {
        catalog = try Fixtures.catalog()
    }

    @Test func areaProgressCountsTicksOverEverySkillThatAppliesAtALevel() {
        let progress = UserProgress.ticked(["bo-hires": "2026-01-01T00:00:00Z", "bo-listens": "2026-01-01T00:00:00Z"])
        let areas = catalog.areaProgress(at: "lead", progress)
        #expect(areas.map(\.area.id) == ["strategy", "people"])
        #expect(areas.map(\.ticked) == [0, 2])
        #expect(areas.map(\.total) == [3, 3])
        // Only the experts who speak to the level: Bo and Cy on strategy, Bo and Ana on people.
        #expect(areas.map(\.expertCount) == [2, 2])
    }

    @Test func aGapCountsTheCumulativeLevelNewSkillsFirst() throws {
        let progress = UserProgress.ticked(["bo-vision": "2026-01-01T00:00:00Z"])
        let gap = try #require(catalog.gap(from: "mid", to: "lead", progress))
        #expect(gap.sections.map(\.part) == [.new, .carried, .role])
        #expect(gap.sections.map(\.total) == [3, 2, 1])
        #expect(gap.sections.map(\.ticked) == [1, 0, 0])
        #expect(gap.total == 6 && gap.ticked == 1)
        #expect(gap.section(.new).areas.map { $0.open.map(\.id) } == [["bo-hires", "ana-coaches"]])
        #expect(gap.section(.carried).areas.map { $0.open.map(\.id) } == [["cy-strategy", "ana-plans"]])
        #expect(
            gap.summary == "Maker -> Lead of Makers: 1 of 6 skills ticked (1 of 3 new ones); strongest gaps: people")
    }

    @Test func aGapPutsWhatNeedsMostWorkFirstAndSaysWhereEachOpenSkillStands() throws {
        let day = "2026-01-01T00:00:00Z"
        func people(_ progress: UserProgress, _ opinions: [Opinion] = []) throws -> [String] {
            let gap = try #require(catalog.gap(from: "mid", to: "lead", progress, opinions: opinions))
            return gap.section(.new).areas.first { $0.area.id == "people" }?.open.map(\.id) ?? []
        }
        // Catalog order when nothing tells them apart.
        #expect(try people(UserProgress()) == ["bo-hires", "ana-coaches"])
        // A lower rating first; no rating counts as not yet.
        #expect(
            try people(UserProgress(ratings: ["bo-hires": RatingRecord(.workingTowards, at: day)])) == [
                "ana-coaches", "bo-hires",
            ])
        // At the same rating, the one without evidence first.
        let evidence = EvidenceEntry(date: "2026-02-03", text: "Hired two", addedAt: day)
        let withEvidence = UserProgress(evidence: ["bo-hires": [evidence]])
        #expect(try people(withEvidence) == ["ana-coaches", "bo-hires"])
        // At the same rating and evidence, the one an opinion rates below yours first.
        let both = UserProgress(ratings: [
            "bo-hires": RatingRecord(.workingTowards, at: day), "ana-coaches": RatingRecord(.workingTowards, at: day),
        ])
        let manager = Opinion(name: "Ana", ratings: ["ana-coaches": RatingRecord(.notYet, at: day)])
        #expect(try people(both, [manager]) == ["ana-coaches", "bo-hires"])

        let gap = try #require(catalog.gap(from: "mid", to: "lead", withEvidence, opinions: [manager]))
        let hires = try #require(gap.standings["bo-hires"])
        #expect(hires.rating == nil && hires.evidenceCount == 1 && hires.lastEvidence == "2026-02-03")
        #expect(hires.opinions == [SkillStanding.OpinionRating(name: "Ana", rating: nil)])
        #expect(hires.summary == "you: not rated · Ana: not rated · evidence: 1, last 2026-02-03")
        #expect(gap.standings["ana-coaches"]?.summary == "you: not rated · Ana: not yet · no evidence")
        // Only open skills have a standing.
        let ticked = try #require(catalog.gap(from: "mid", to: "lead", UserProgress.ticked(["bo-hires": day])))
        #expect(ticked.standings["bo-hires"] == nil)
    }

    @Test func aClosedGapSaysSo() throws {
        let staff = try #require(catalog.entries(at: "staff"))
        let ticks = Dictionary(uniqueKeysWithValues: staff.skills.map { ($0.id, "2026-01-01T00:00:00Z") })
        let gap = try #require(catalog.gap(from: "mid", to: "staff", UserProgress.ticked(ticks)))
        let allClosed = gap.sections.allSatisfy { $0.areas.isEmpty }
        #expect(allClosed)
        #expect(gap.summary == "Maker -> Staff Maker: 5 of 5 skills ticked (2 of 2 new ones); nothing new left open")
    }

    @Test func nextLevelsAreTheTargetThenEachTracksNextLevel() {
        #expect(catalog.nextLevels(UserProgress()).isEmpty)
        #expect(catalog.nextLevels(UserProgress(currentLevel: "junior")).map(\.id) == ["mid"])
        #expect(catalog.nextLevels(UserProgress(currentLevel: "mid")).map(\.id) == ["staff", "lead"])
        #expect(
            catalog.nextLevels(UserProgress(currentLevel: "mid", targetLevel: "lead")).map(\.id) == ["lead", "staff"])
        #expect(catalog.nextLevels(UserProgress(currentLevel: "staff")).isEmpty)
    }

    @Test func levelProgressCountsATickWhereverItsSkillApplies() {
        let progress = UserProgress.ticked(["ana-plans": "2026-01-01T00:00:00Z", "bo-listens": "2026-01-01T00:00:00Z"])
        let ticked = Dictionary(uniqueKeysWithValues: catalog.levelProgress(progress).map { ($0.level.id, $0.ticked) })
        // The roadmap is said of Maker and carries to Lead; Staff supersedes it. Listening is everywhere.
        #expect(ticked == ["junior": 1, "mid": 2, "staff": 1, "lead": 2])
    }
}
