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
        #expect(catalog.skills.count == 6)
    }

    @Test func invalidJSONNamesTheFile() {
        let found = problems(replacing: "\"schemaVersion\": 1,", with: "\"schemaVersion\": 1,,")
        #expect(found == ["sources.json: not valid JSON: line 2, column 22: expected a quoted key"])
    }

    @Test func aMissingFieldNamesItsJSONPath() {
        let found = problems(replacing: "\"summary\": \"Hires well\", ", with: "")
        #expect(found == ["sources.json: skills[3].summary: missing required field"])
    }

    @Test func aWrongTypeNamesItsJSONPath() {
        let found = problems(replacing: "\"levels\": [\"lead\"], \"source\": \"page\", \"expert\": \"bo\"",
                             with: "\"levels\": \"lead\", \"source\": \"page\", \"expert\": \"bo\"")
        #expect(found == ["sources.json: skills[3].levels: expected an array"])
    }

    @Test func anUnknownSourceKindIsReported() {
        let found = problems(replacing: "\"kind\": \"podcast\"", with: "\"kind\": \"video\"")
        #expect(found == [
            "sources.json: sources[0].kind: unknown kind \"video\" (expected one of: podcast, forum-thread, article, qa-page, newsletter, framework)",
        ])
    }

    @Test func duplicateIdsNameBothPlaces() {
        let found = problems(replacing: "\"id\": \"bo-hires\"", with: "\"id\": \"ana-plans\"")
        #expect(found == ["sources.json: skills[3].id: duplicate id \"ana-plans\" (first defined at sources.json: skills[0])"])
    }

    @Test func duplicatesAcrossFilesNameTheOtherFile() {
        let extra = CatalogFile(name: "extra.json", text: """
            { "schemaVersion": 1, "experts": [ { "id": "bo", "name": "Another Bo" } ] }
            """)
        #expect(throws: CatalogError.self) { try Catalog.load([Fixtures.core, Fixtures.sources, extra]) }
        do {
            _ = try Catalog.load([Fixtures.core, Fixtures.sources, extra])
        } catch {
            #expect(error.description == "extra.json: experts[0].id: duplicate id \"bo\" (first defined at sources.json: experts[1])")
        }
    }

    @Test func danglingReferencesAreEachReported() {
        let found = problems(
            replacing: "\"levels\": [\"lead\"], \"source\": \"page\", \"expert\": \"bo\", \"area\": \"people\"",
            with: "\"levels\": [\"lead\", \"cto\"], \"source\": \"blog\", \"expert\": \"zed\", \"area\": \"vibes\""
        )
        #expect(found == [
            "sources.json: skills[3].levels[1]: unknown level \"cto\"",
            "sources.json: skills[3].source: unknown source \"blog\"",
            "sources.json: skills[3].expert: unknown expert \"zed\"",
            "sources.json: skills[3].area: unknown area \"vibes\" (expected one of: strategy, craft, people)",
        ])
    }

    @Test func emptyQuotesAndSummariesAreRejected() {
        #expect(problems(replacing: "\"quote\": \"coach them\"", with: "\"quote\": \"  \"")
                == ["sources.json: skills[5].quote: must not be empty"])
        #expect(problems(replacing: "\"summary\": \"Coaches the team\"", with: "\"summary\": \"\"")
                == ["sources.json: skills[5].summary: must not be empty"])
    }

    @Test func aSkillWithNoLevelIsRejected() {
        #expect(problems(replacing: "\"levels\": [\"lead\"], \"source\": \"page\", \"expert\": \"ana\"",
                         with: "\"levels\": [], \"source\": \"page\", \"expert\": \"ana\"")
                == ["sources.json: skills[5].levels: must name at least one level"])
    }

    @Test func tracksMustNameKnownLevelsOnce() {
        let core = CatalogFile(name: "core.json", text: Fixtures.core.text.replacingFirst(
            "\"levels\": [\"junior\", \"mid\", \"staff\"]", with: "\"levels\": [\"junior\", \"mid\", \"mid\", \"principal\"]"))
        do {
            _ = try Catalog.load([core, Fixtures.sources])
            Issue.record("a broken track loaded")
        } catch {
            #expect(error.problems.map(\.description) == [
                "core.json: tracks[0].levels[2]: level \"mid\" appears twice",
                "core.json: tracks[0].levels[3]: unknown level \"principal\"",
            ])
        }
    }

    @Test func twoLevelsCannotShareAName() {
        let core = CatalogFile(name: "core.json", text: Fixtures.core.text.replacingFirst(
            "\"aliases\": [\"Head of Making\"]", with: "\"aliases\": [\"Head of Making\", \"JR maker\"]"))
        do {
            _ = try Catalog.load([core, Fixtures.sources])
            Issue.record("an ambiguous alias loaded")
        } catch {
            #expect(error.description == "core.json: levels[3]: name \"jr maker\" is already used by level \"junior\"")
        }
    }

    @Test func aNewerSchemaVersionIsRefusedByName() {
        let found = problems(replacing: "\"schemaVersion\": 1", with: "\"schemaVersion\": 7")
        #expect(found == ["sources.json: schemaVersion: version 7 is newer than this ladder reads (1); update ladder"])
    }

    @Test func idsMustNotContainSpaces() {
        #expect(problems(replacing: "\"id\": \"cy-strategy\"", with: "\"id\": \"cy strategy\"")
                == ["sources.json: skills[4].id: must be non-empty, without spaces or control characters"])
    }
}
