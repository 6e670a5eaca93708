@testable import LadderCore
import Testing

@Suite struct CatalogLoadingTests {
    /// The problems reported for a broken copy of the fixture's sources file.
    private func problems(replacing target: String, with replacement: String) -> [String] {
        do {
            _ = try Catalog.load([Fixtures.core, Fixtures.sources(replacing: target, with: replacement)])
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func theFixtureLoadsAndMergesBothFiles() throws {
        let catalog = try Fixtures.catalog()
        #expect(catalog.levels.map(\.id) == ["junior", "mid", "staff", "lead"])
        #expect(catalog.sources.map(\.id) == ["talk", "page"])
        #expect(catalog.skills.count == 10)
    }

    @Test func invalidJSONNamesTheFile() {
        let found = problems(replacing: "\"schemaVersion\": 2,", with: "\"schemaVersion\": 2,,")
        #expect(found == ["sources.json: not valid JSON: line 2, column 22: expected a quoted key"])
    }

    @Test func aMissingFieldNamesItsJSONPath() {
        let found = problems(replacing: "\"summary\": \"Hires well\", ", with: "")
        #expect(found == ["sources.json: skills[5].summary: missing required field"])
    }

    @Test func aWrongTypeNamesItsJSONPath() {
        let found = problems(
            replacing: "\"levels\": [\"lead\"], \"source\": \"page\", \"expert\": \"bo\"",
            with: "\"levels\": \"lead\", \"source\": \"page\", \"expert\": \"bo\"")
        #expect(found == ["sources.json: skills[5].levels: expected an array"])
    }

    @Test func anUnknownSourceKindIsReported() {
        let found = problems(replacing: "\"kind\": \"podcast\"", with: "\"kind\": \"video\"")
        #expect(
            found == [
                "sources.json: sources[0].kind: unknown value \"video\" (expected one of: podcast, forum-thread, article, qa-page, newsletter, framework)"
            ])
    }

    @Test func duplicateIdsNameBothPlaces() {
        let found = problems(replacing: "\"id\": \"bo-hires\"", with: "\"id\": \"ana-plans\"")
        #expect(
            found == [
                "sources.json: skills[5].id: duplicate id \"ana-plans\" (first defined at sources.json: skills[1])"
            ])
    }

    @Test func duplicatesAcrossFilesNameTheOtherFile() {
        let extra = CatalogFile(
            name: "extra.json",
            text: """
                { "schemaVersion": 1, "experts": [ { "id": "bo", "name": "Another Bo" } ] }
                """)
        #expect(throws: CatalogError.self) { try Catalog.load([Fixtures.core, Fixtures.sources, extra]) }
        do {
            _ = try Catalog.load([Fixtures.core, Fixtures.sources, extra])
        } catch {
            #expect(
                error.description
                    == "extra.json: experts[0].id: duplicate id \"bo\" (first defined at sources.json: experts[1])")
        }
    }

    @Test func danglingReferencesAreEachReported() {
        let found = problems(
            replacing: "\"levels\": [\"lead\"], \"source\": \"page\", \"expert\": \"bo\", \"area\": \"people\"",
            with: "\"levels\": [\"lead\", \"cto\"], \"source\": \"blog\", \"expert\": \"zed\", \"area\": \"vibes\""
        )
        #expect(
            found == [
                "sources.json: skills[5].levels[1]: unknown level \"cto\"",
                "sources.json: skills[5].source: unknown source \"blog\"",
                "sources.json: skills[5].expert: unknown expert \"zed\"",
                "sources.json: skills[5].area: unknown area \"vibes\" (expected one of: strategy, craft, people)",
            ])
    }

    @Test func emptyQuotesAndSummariesAreRejected() {
        #expect(
            problems(replacing: "\"quote\": \"coach them\"", with: "\"quote\": \"  \"")
                == ["sources.json: skills[6].quote: must not be empty"])
        #expect(
            problems(replacing: "\"summary\": \"Coaches the team\"", with: "\"summary\": \"\"")
                == ["sources.json: skills[6].summary: must not be empty"])
    }

    @Test func aLevelEntryWithNoLevelIsRejected() {
        #expect(
            problems(
                replacing: "\"levels\": [\"lead\"], \"source\": \"page\", \"expert\": \"ana\"",
                with: "\"levels\": [], \"source\": \"page\", \"expert\": \"ana\"")
                == ["sources.json: skills[6].levels: a level entry must name at least one level"])
    }

    @Test func fromVersionTwoEveryEntrySaysItsScope() {
        #expect(
            problems(replacing: "\"id\": \"bo-hires\", \"scope\": \"level\",", with: "\"id\": \"bo-hires\",")
                == ["sources.json: skills[5].scope: missing required field"])
        #expect(
            problems(
                replacing: "\"id\": \"bo-hires\", \"scope\": \"level\",",
                with: "\"id\": \"bo-hires\", \"scope\": \"team\",")
                == ["sources.json: skills[5].scope: unknown value \"team\" (expected one of: level, role)"])
    }

    @Test func aRoleEntryNamesNoLevelsAndReplacesNothing() {
        #expect(
            problems(
                replacing: "\"id\": \"bo-listens\", \"scope\": \"role\",",
                with:
                    "\"id\": \"bo-listens\", \"scope\": \"role\", \"levels\": [\"mid\"], \"andAbove\": true, \"replaces\": [\"ana-ships\"],"
            )
                == [
                    "sources.json: skills[8].levels: a role entry applies at every level and names none",
                    "sources.json: skills[8].andAbove: a role entry applies at every level already",
                    "sources.json: skills[8].replaces: only a level entry's skill or change can replace entries",
                    "sources.json: skills[8].replaces[0]: \"ana-ships\" is another source's or expert's: an entry replaces only its own expert's words",
                ])
    }

    @Test func anEntryReplacesOnlyItsOwnExpertsWordsAtALowerLevel() {
        // Ana's change at lead may not replace Bo's words, nor anything at the same level or above.
        #expect(
            problems(
                replacing: "\"replaces\": [\"ana-ships\"]",
                with: "\"replaces\": [\"bo-vision\", \"ana-coaches\", \"nothing\"]")
                == [
                    "sources.json: skills[7].replaces[0]: \"bo-vision\" is another source's or expert's: an entry replaces only its own expert's words",
                    "sources.json: skills[7].replaces[0]: \"bo-vision\" is not at a level below this entry's",
                    "sources.json: skills[7].replaces[1]: \"ana-coaches\" is another source's or expert's: an entry replaces only its own expert's words",
                    "sources.json: skills[7].replaces[1]: \"ana-coaches\" is not at a level below this entry's",
                    "sources.json: skills[7].replaces[2]: unknown skill \"nothing\"",
                ])
    }

    @Test func aChangeHappensWhereItIsSaid() {
        #expect(
            problems(replacing: "\"kind\": \"change\",", with: "\"kind\": \"change\", \"andAbove\": true,")
                == [
                    "sources.json: skills[7].andAbove: a change happens at the levels it names, not at every level above"
                ])
    }

    @Test func tracksMayNotOrderTwoLevelsBothWays() {
        let core = CatalogFile(
            name: "core.json",
            text: Fixtures.core.text.replacingFirst(
                "\"levels\": [\"junior\", \"mid\", \"lead\"]", with: "\"levels\": [\"mid\", \"junior\", \"lead\"]"))
        do {
            _ = try Catalog.load([core, Fixtures.sources])
            Issue.record("a cycle loaded")
        } catch {
            #expect(
                error.problems.map(\.description).contains(
                    "core.json: tracks: the tracks put \"junior\" both below and above \"mid\""))
        }
    }

    /// Frameworks installed by an earlier ladder are version 1: no scope, so every entry is a
    /// level entry and a skill.
    @Test func aVersionOneFileStillLoadsAsLevelSkills() throws {
        let old = CatalogFile(
            name: "old.json",
            text: """
                { "schemaVersion": 1, "skills": [
                  { "id": "old-one", "levels": ["mid"], "source": "page", "expert": "bo", "area": "craft",
                    "summary": "Crafts", "quote": "craft", "locator": "line 2" } ] }
                """)
        let catalog = try Catalog.load([Fixtures.core, Fixtures.sources, old])
        let entry = try #require(catalog.skill(id: "old-one"))
        #expect(entry.scope == .level && entry.kind == .skill && !entry.andAbove && entry.replaces.isEmpty)
        #expect(catalog.entries(at: "staff")?.carried.map(\.entry.id).contains("old-one") == true)
    }

    @Test func tracksMustNameKnownLevelsOnce() {
        let core = CatalogFile(
            name: "core.json",
            text: Fixtures.core.text.replacingFirst(
                "\"levels\": [\"junior\", \"mid\", \"staff\"]",
                with: "\"levels\": [\"junior\", \"mid\", \"mid\", \"principal\"]"))
        do {
            _ = try Catalog.load([core, Fixtures.sources])
            Issue.record("a broken track loaded")
        } catch {
            #expect(
                error.problems.map(\.description) == [
                    "core.json: tracks[0].levels[2]: level \"mid\" appears twice",
                    "core.json: tracks[0].levels[3]: unknown level \"principal\"",
                ])
        }
    }

    @Test func twoLevelsCannotShareAName() {
        let core = CatalogFile(
            name: "core.json",
            text: Fixtures.core.text.replacingFirst(
                "\"aliases\": [\"Head of Making\"]", with: "\"aliases\": [\"Head of Making\", \"JR maker\"]"))
        do {
            _ = try Catalog.load([core, Fixtures.sources])
            Issue.record("an ambiguous alias loaded")
        } catch {
            #expect(error.description == "core.json: levels[3]: name \"jr maker\" is already used by level \"junior\"")
        }
    }

    @Test func aNewerSchemaVersionIsRefusedByName() {
        let found = problems(replacing: "\"schemaVersion\": 2", with: "\"schemaVersion\": 7")
        #expect(found == ["sources.json: schemaVersion: version 7 is newer than this ladder reads (2); update ladder"])
    }

    @Test func idsMustNotContainSpaces() {
        #expect(
            problems(replacing: "\"id\": \"cy-strategy\"", with: "\"id\": \"cy strategy\"")
                == ["sources.json: skills[3].id: must be non-empty, without spaces or control characters"])
    }
}
