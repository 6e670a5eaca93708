import Foundation
import LadderCore
import LadderCatalog
@testable import LadderImport
import LadderTestSupport
import Testing
import LadderFiles

/// Importing frameworks from fixture files written here (none copied from elsewhere).
@Suite struct FrameworkImporterTests {
    let scratch = ScratchDirectory()
    let catalog: Catalog

    init() throws {
        catalog = BundledCatalog.catalog
    }

    private func importing(
        _ name: String, _ text: String, as frameworkName: String? = nil,
        options: FrameworkImporter.Options = .init()
    ) throws(ImportFailure) -> ImportedFramework {
        try? scratch.write(text, to: name)
        return try FrameworkImporter.importFile(
            scratch.file(name), name: frameworkName, options: options, into: catalog)
    }

    private func problems(_ name: String, _ text: String) -> [String] {
        do {
            _ = try importing(name, text)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    static let csv = #"""
        Category,Competency,Description,Junior PM,Senior PM,Staff PM
        Craft,Discovery,"Finding out what to build","Joins customer interviews","Runs discovery for a product area, ""end to end""","Sets how discovery is done
        across teams

        with examples"
        People,Mentoring,,,"Mentors one junior PM","Grows several PMs, formally"

        """#

    /// A competency's own words decide its area before its category's; the first area its
    /// words name wins ("Stakeholder management" is about stakeholders); the dry run says why.
    @Test func theCompetencysOwnWordsDecideItsAreaAndTheReasonIsGiven() throws {
        let framework = try importing(
            "areas.csv",
            """
            Category,Competency,Junior PM,Senior PM
            People,Stakeholder management,Keeps stakeholders informed,Manages senior stakeholders
            Strategy,Strategy & vision,Understands the strategy,Sets the area's strategy
            People,Ownership,Owns small features,Owns an area
            Crafts,Juggling,Juggles two balls,Juggles five

            """)
        let area = Dictionary(
            (framework.document.skills ?? []).map { (String($0.summary.prefix { $0 != ":" }), $0.area) }
        ) { first, _ in first }
        #expect(area["Stakeholder management"] == "collaboration")
        #expect(area["Strategy & vision"] == "strategy")
        #expect(area["Ownership"] == "management")
        #expect(area["Juggling"] == "areas-crafts")
        #expect(
            framework.areas.map(\.area) == [
                "Collaboration (its words: \"stakeholder\")", "Strategic thinking (its words: \"strategy\")",
                "Management (its words say nothing; its category's do: \"people\")",
                "Crafts (no word of ladder's areas: an area of its own)",
            ])
    }

    /// On a handbook page, bullets under a label that names no area ("Craft") go by their own
    /// words, each; they used to land in an area of the framework's own that no expert uses.
    @Test func bulletsUnderALabelThatNamesNoAreaGoByTheirOwnWords() throws {
        let framework = try importing(
            "handbook.md",
            """
            ## IC3: Senior Product Manager
            - Craft
              - Runs customer interviews on their own
              - Owns the roadmap for a product area
              - Juggles

            ## IC4: Staff Product Manager
            - Craft
              - Sets direction across several teams

            """)
        let areas = (framework.document.skills ?? []).map(\.area)
        #expect(areas == ["user-science", "strategy", "handbook-craft", "handbook-craft"])
        #expect(
            framework.areas.map(\.area) == [
                "User science and empathy (its words say nothing: each bullet goes by its own, the first by \"customer\")"
            ])
    }

    /// Inline Markdown in a table's cells is read as the words a reader sees (the words stay
    /// verbatim, the markup goes); placeholder cells are skipped and counted as empty ones are.
    @Test func markupIsReadAsTextAndPlaceholderCellsAreSkipped() throws {
        let framework = try importing(
            "page.md",
            """
            | Competency | Junior PM | Senior PM | Staff PM |
            |---|---|---|---|
            | **People leadership** | — | n/a | Grows *several* PMs, see [the guide](https://example.com/g) |
            | `Writing` | TBD | Writes __clear__ specs | none |

            """)
        let skills = framework.document.skills ?? []
        #expect(skills.map(\.quote) == ["Grows several PMs, see the guide", "Writes clear specs"])
        #expect(skills.map(\.summary).allSatisfy { !$0.contains("*") && !$0.contains("`") && !$0.contains("_") })
        #expect(skills.first?.summary.hasPrefix("People leadership") == true)
        #expect(framework.emptyCellCount == 4)
    }

    /// An overview listing levels by number (`| 1 | Associate PM |`) tells what a matrix's `L1`
    /// means; the dry run names the table that told.
    @Test func aMatrixCodeMatchesThroughAnOverviewOfNumberedLevels() throws {
        let framework = try importing(
            "fabrikam.md",
            """
            | Level | Title |
            |---|---|
            | 1 | Associate PM |
            | 2 | Senior PM |
            | 3 | Director PM |

            | Competency | L1 | L2 | L3 |
            |---|---|---|---|
            | Discovery | Joins interviews | Plans discovery | Funds discovery |

            """)
        #expect(framework.levels.map(\.match.level?.id) == ["apm", "senior-pm", "director"])
        #expect(
            framework.notes.contains(
                "Level codes, as the page defines them (told by table 1 (line 1: Level | Title)): "
                    + "L1 = Associate PM, L2 = Senior PM, L3 = Director PM"), "\(framework.notes)")
    }

    /// What an import installs, ladder must load: a framework whose stored form would pass the
    /// limit is refused at import (a 50,000-row CSV used to install 62 MB that no start loaded).
    @Test func aFrameworkWhoseStoredFormPassesTheLimitIsRefusedAtImport() throws {
        let stored = try importing("acme.csv", Self.csv).json.utf8.count
        #expect(
            try FrameworkImporter.importText(Self.csv, file: "acme.csv", into: catalog, storedLimit: stored).json.utf8
                .count == stored)
        #expect(throws: ImportFailure.self) {
            try FrameworkImporter.importText(Self.csv, file: "acme.csv", into: catalog, storedLimit: stored - 1)
        }
        do {
            _ = try FrameworkImporter.importText(Self.csv, file: "acme.csv", into: catalog, storedLimit: stored - 1)
        } catch {
            #expect(
                error.problems.map(\.description) == [
                    "acme.csv: kept as catalog JSON it would be 0.\(max(1, stored * 10 / 1_048_576)) MB, "
                        + "more than the 0.\(max(1, (stored - 1) * 10 / 1_048_576)) MB ladder loads: import part of it (fewer rows or levels)"
                ])
        }
    }

    /// A competency's cell at a higher level supersedes its cell below; an empty cell lets the
    /// lower one carry up, on the framework's own track and at the ladder levels it maps to.
    @Test func aHigherCellSupersedesTheLowerAndAnEmptyCellCarriesItUp() throws {
        let csv = """
            Competency,Junior PM,Intermediate PM,Senior PM
            Discovery,Joins interviews,,Runs discovery end to end
            Writing,Writes specs,Writes strategy memos,

            """
        let framework = try importing("acme.csv", csv, as: "Acme")
        let merged = try #require(framework.mergedCatalog)
        let skills = try #require(framework.document.skills)
        #expect(skills.first { $0.id == "acme-discovery-senior-pm" }?.replaces == ["acme-discovery-junior-pm"])
        #expect(skills.first { $0.id == "acme-writing-intermediate-pm" }?.replaces == ["acme-writing-junior-pm"])
        func present(_ level: String) -> [String] {
            let entries = merged.entries(at: level)!
            return (entries.said + entries.carried.map(\.entry)).map(\.id).filter { $0.hasPrefix("acme-") }.sorted()
        }
        #expect(present("acme-intermediate-pm") == ["acme-discovery-junior-pm", "acme-writing-intermediate-pm"])
        #expect(present("acme-senior-pm") == ["acme-discovery-senior-pm", "acme-writing-intermediate-pm"])
        // On ladder's own track too: Senior PM has the framework's newest word on each competency.
        #expect(present("senior-pm") == ["acme-discovery-senior-pm", "acme-writing-intermediate-pm"])
        let changes = try #require(merged.changes(from: "pm", to: "senior-pm"))
        #expect(changes.leftBehind.isEmpty)
        #expect(
            changes.added.first { $0.entry.id == "acme-discovery-senior-pm" }?.replacing.map(\.id) == [
                "acme-discovery-junior-pm"
            ])
    }

    @Test func csvBecomesLevelsOnItsOwnTrackMatchedToLadders() throws {
        let framework = try importing("acme.csv", Self.csv, as: "Acme Ladder")
        #expect(framework.id == "acme-ladder")
        #expect(framework.format == "CSV, ',' delimited")
        #expect(framework.levels.map(\.title) == ["Junior PM", "Senior PM", "Staff PM"])
        #expect(framework.levels.map { $0.match.level?.id } == ["apm", "senior-pm", nil])
        #expect(
            framework.document.tracks?.map(\.levels)
                == [["acme-ladder-junior-pm", "acme-ladder-senior-pm", "acme-ladder-staff-pm"]])
        #expect(framework.competencyCount == 2)
        #expect(framework.cellCount == 5)
        #expect(framework.emptyCellCount == 1)
        let skills = try #require(framework.document.skills)
        let discovery = try #require(skills.first { $0.id == "acme-ladder-craft-discovery-senior-pm" })
        #expect(discovery.levels == ["acme-ladder-senior-pm", "senior-pm"])
        #expect(discovery.quote == "Runs discovery for a product area, \"end to end\"")
        #expect(discovery.summary == "Discovery: Runs discovery for a product area, \"end to end\"")
        #expect(discovery.area == "user-science")
        #expect(discovery.locator == "line 2, Senior PM")
        let staff = try #require(skills.first { $0.id == "acme-ladder-craft-discovery-staff-pm" })
        #expect(staff.levels == ["acme-ladder-staff-pm"])
        #expect(staff.quote == "Sets how discovery is done\nacross teams\n\nwith examples")
        let mentoring = try #require(skills.first { $0.id == "acme-ladder-people-mentoring-senior-pm" })
        #expect(mentoring.locator == "line 6, Senior PM")
        #expect(mentoring.area == "management")
    }

    @Test func mapOverridesMatchingAndIsReported() throws {
        let framework = try importing("acme.csv", Self.csv, options: .init(mappings: ["staff pm": "principal-pm"]))
        #expect(
            framework.levels.map(\.match) == [
                .byName(catalog.level(id: "apm")!), .byName(catalog.level(id: "senior-pm")!),
                .byMap(catalog.level(id: "principal-pm")!),
            ])
    }

    @Test func badMapsAreErrors() {
        #expect(throws: ImportFailure.self) {
            try importing("acme.csv", Self.csv, options: .init(mappings: ["Lead PM": "principal-pm"]))
        }
        #expect(throws: ImportFailure.self) {
            try importing("acme.csv", Self.csv, options: .init(mappings: ["Staff PM": "wizard"]))
        }
    }

    @Test func semicolonsTabsAndAByteOrderMarkAreUnderstood() throws {
        let semicolons = try importing(
            "semi.csv", "\u{FEFF}Competency;Junior PM;Senior PM\r\nWriting;Clear specs;Clear strategy docs\r\n")
        #expect(semicolons.format == "CSV, ';' delimited")
        #expect(semicolons.document.skills?.map(\.quote) == ["Clear specs", "Clear strategy docs"])
        let tabs = try importing("tabs.tsv", "Competency\tJunior PM\tSenior PM\nWriting\tClear specs\tStrategy memos\n")
        #expect(tabs.format == "CSV, tab delimited")
        #expect(tabs.document.skills?.first?.summary == "Writing: Clear specs")
    }

    @Test func markdownTablesSkipTheRestOfThePage() throws {
        let page = """
            # Our ladder

            Some prose with a | pipe that is not a table.

            ```
            | Competency | Fake PM |
            |---|---|
            | Not | real |
            ```

            | Competency | [Junior PM](https://example.com/junior) | **Senior PM** |
            |:-----------|:---:|---:|
            | Strategy | Contributes ideas | Owns the area strategy<br>and its roadmap |
            | Writing \\| docs | Clear specs | `a|b` stays |

            More text after the table.
            """
        let framework = try importing("ladder.md", page)
        #expect(framework.format == "Markdown table")
        #expect(framework.levels.map(\.title) == ["Junior PM", "Senior PM"])
        let skills = try #require(framework.document.skills)
        #expect(
            skills.map(\.summary) == [
                "Strategy: Contributes ideas", "Strategy: Owns the area strategy and its roadmap",
                "Writing | docs: Clear specs", "Writing | docs: a|b stays",
            ])
        #expect(skills[1].quote == "Owns the area strategy\nand its roadmap")
        // A code span is read as its content: the pipe inside it stays, the backticks go.
        #expect(skills[3].quote == "a|b stays")
        #expect(skills[0].locator == "line 13, Junior PM")
    }

    @Test func catalogJSONIsTakenAsItIs() throws {
        let json = """
            {"schemaVersion": 1,
             "levels": [{"id": "acme-l4", "title": "Acme L4"}],
             "tracks": [{"id": "acme", "title": "Acme", "levels": ["acme-l4"]}],
             "sources": [{"id": "acme", "title": "Acme ladder", "kind": "framework"}],
             "experts": [{"id": "acme-cpo", "name": "Acme's CPO"}],
             "skills": [{"id": "acme-l4-vision", "levels": ["acme-l4", "director"], "source": "acme", "expert": "acme-cpo",
                         "area": "leadership", "summary": "Sets a vision", "quote": "We expect a vision", "locator": "L4"}]}
            """
        let framework = try importing("acme.json", json)
        #expect(framework.format == "catalog JSON")
        #expect(framework.document.skills?.first?.levels == ["acme-l4", "director"])
    }

    // MARK: - Bad input: every problem with file, line and what is wrong

    @Test func anEmptyFile() {
        #expect(problems("empty.csv", " \n\n") == ["\(scratch.file("empty.csv")): the file is empty"])
    }

    @Test func noLevelColumns() {
        #expect(
            problems("flat.csv", "Category,Competency\nCraft,Discovery\n")
                == [
                    "\(scratch.file("flat.csv")):1: no level columns: after the competency (and optional category and description) "
                        + "columns, each column should be a level, such as \"Junior PM\""
                ])
    }

    @Test func duplicateCompetencies() {
        #expect(
            problems("dup.csv", "Competency,Junior PM,Senior PM\nWriting,a,b\nOther,b,c\nwriting,c,d\n")
                == ["\(scratch.file("dup.csv")):4: duplicate competency \"writing\" (first on line 2)"])
    }

    @Test func raggedRows() {
        #expect(
            problems("ragged.csv", "Competency,Junior PM,Senior PM\nWriting,a\nStrategy,a,b,c\n") == [
                "\(scratch.file("ragged.csv")):2: this row has 2 cells but the header has 3",
                "\(scratch.file("ragged.csv")):3: this row has 4 cells but the header has 3",
            ])
    }

    @Test func raggedRowsAreFoundAfterMultiLineCells() {
        #expect(
            problems("ragged.csv", "Competency,Junior PM,Senior PM\nWriting,\"one\ntwo\nthree\",x\nStrategy\n")
                == ["\(scratch.file("ragged.csv")):5: this row has 1 cell but the header has 3"])
    }

    @Test func invalidUTF8() throws {
        let bytes: [UInt8] = Array("Competency,Junior PM\nCaf".utf8) + [0xE9] + Array(",x\n".utf8)
        try FileIO.writeAtomically(bytes, to: scratch.file("latin1.csv"))
        do {
            _ = try FrameworkImporter.importFile(scratch.file("latin1.csv"), into: catalog)
            Issue.record("Latin-1 text was imported")
        } catch {
            #expect(
                error.description
                    == "\(scratch.file("latin1.csv")):2 (column 4): not UTF-8 text (save or export it as UTF-8)")
        }
    }

    @Test func aFileOverFiftyMegabytesIsRefusedUnread() throws {
        try scratch.write("", to: "huge.csv")
        #expect(truncate(scratch.file("huge.csv"), off_t(51 * 1024 * 1024)) == 0)
        do {
            _ = try FrameworkImporter.importFile(scratch.file("huge.csv"), into: catalog)
            Issue.record("a 51 MB file was imported")
        } catch {
            #expect(
                error.description == "\(scratch.file("huge.csv")): the file is 51 MB; the most ladder imports is 50 MB")
        }
    }

    @Test func jsonThatBreaksTheSchemaNamesTheField() {
        #expect(
            problems(
                "bad.json",
                """
                {"schemaVersion": 1, "skills": [{"id": "x", "levels": ["nowhere"], "source": "s", "expert": "e", "area": "a",
                  "summary": "s", "quote": "q", "locator": "l"}]}
                """) == [
                    "\(scratch.file("bad.json")) (skills[0].levels[0]): unknown level \"nowhere\"",
                    "\(scratch.file("bad.json")) (skills[0].source): unknown source \"s\"",
                    "\(scratch.file("bad.json")) (skills[0].expert): unknown expert \"e\"",
                    "\(scratch.file("bad.json")) (skills[0].area): unknown area \"a\" (expected one of: strategy, communication, "
                        + "collaboration, technical, execution, user-science, management, leadership, business, emotional-intelligence)",
                ])
        #expect(
            problems("broken.json", "{\"schemaVersion\": 1,") == [
                "\(scratch.file("broken.json")): not valid JSON: line 1, column 21: unexpected end of file; expected a quoted key"
            ])
    }

    @Test func aNameTakenByTheCatalogIsRefused() {
        #expect(throws: ImportFailure.self) { try importing("x.csv", Self.csv, as: "Cagan Lenny") }
    }

    // MARK: - Untrusted text

    @Test func escapeSequencesAndBidiOverridesAreNeutralisedOnImport() throws {
        let hostile =
            "Competency,Junior PM,Senior PM\n\"Evil\u{1B}]0;pwned\u{07}\",\"Red \u{1B}[31mtext\u{1B}[0m and \u{202E}reversed\u{9B}\",x\n"
        let framework = try importing("hostile.csv", hostile)
        let skill = try #require(framework.document.skills?.first)
        #expect(skill.summary == "Evil: Red text and reversed\u{FFFD}")
        #expect(skill.quote == "Red text and reversed\u{FFFD}")
        #expect(!framework.json.contains("\\u001b") && !framework.json.contains("\u{1B}"))
    }

    // MARK: - Stable ids

    @Test func reimportingAnEditedFileKeepsTheIdsOfWhatStayed() throws {
        let first = try importing("acme.csv", Self.csv, as: "Acme")
        let edited =
            Self.csv.replacingFirst("\"Joins customer interviews\"", with: "\"Joins and notes customer interviews\"")
            + "Craft,Delivery,,Ships,Ships big things,Ships across teams\n"
        let second = try importing("acme.csv", edited, as: "Acme")
        let before = Set(first.document.skills!.map(\.id))
        let after = Set(second.document.skills!.map(\.id))
        #expect(before.isSubset(of: after))
        #expect(
            after.subtracting(before) == [
                "acme-craft-delivery-junior-pm", "acme-craft-delivery-senior-pm", "acme-craft-delivery-staff-pm",
            ])
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
