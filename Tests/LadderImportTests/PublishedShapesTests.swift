import Foundation
import LadderCore
import LadderCatalog
@testable import LadderImport
import LadderTestSupport
import Testing

/// The shapes companies publish their ladders in, from fixtures written here in each shape
/// (`Fixtures/`): a career page with several tables, a handbook page with a heading per
/// level, and a long-format CSV export.
@Suite struct PublishedShapesTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    let scratch = ScratchDirectory()
    let catalog: Catalog

    init() throws {
        catalog = BundledCatalog.catalog
    }

    private func fixture(
        _ name: String, options: FrameworkImporter.Options = .init()
    ) throws(ImportFailure) -> ImportedFramework {
        try FrameworkImporter.importFile(
            Self.fixtures.appendingPathComponent(name).path, name: "Northwind", options: options,
            into: catalog)
    }

    private func problems(_ name: String, _ text: String, options: FrameworkImporter.Options = .init()) -> [String] {
        do {
            try scratch.write(text, to: name)
            _ = try FrameworkImporter.importFile(scratch.file(name), options: options, into: catalog)
            return []
        } catch let failure as ImportFailure {
            return failure.problems.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    /// Import writes the fast-load form from the document it made, so that document must be
    /// exactly what the JSON it writes says, for every shape (else the form would lie).
    @Test(arguments: [
        "career-page.md", "handbook.md", "long-format.csv", "progression-front-matter.md", "progression.yml",
    ])
    func theImportedDocumentIsExactlyWhatItsJSONSays(_ name: String) throws {
        let framework = try fixture(name)
        let reread = try CatalogDocument.decode(CatalogFile(name: "northwind.json", text: framework.json))
        #expect(reread == framework.document)
        let json = Array(framework.json.utf8)
        #expect(
            FastLoadForm.decode(try FastLoadForm.encode(framework.document, madeFrom: json), madeFrom: json) == reread)
    }

    /// Ids of the framework's entries a level has, said there or carried up to it.
    private func present(_ level: String, in framework: ImportedFramework) throws -> [String] {
        let merged = try #require(framework.mergedCatalog)
        let entries = try #require(merged.entries(at: level))
        return (entries.said + entries.carried.map(\.entry)).map(\.id).filter { $0.hasPrefix("northwind-") }.sorted()
    }

    // MARK: A page with several tables

    @Test func theCompetencyMatrixIsChosenOverTheLevelsOverview() throws {
        let framework = try fixture("career-page.md")
        #expect(framework.format == "Markdown table")
        #expect(framework.levels.map(\.title) == ["L1", "L2", "L3", "L4"])
        #expect(framework.competencyCount == 4)
        #expect(framework.cellCount == 15)
        #expect(framework.emptyCellCount == 1)
        let skills = try #require(framework.document.skills)
        #expect(
            Set(skills.map { String($0.summary.prefix { $0 != ":" }) }) == [
                "Discovery", "Strategy", "Delivery", "Stakeholders",
            ])
        let discovery = try #require(skills.first { $0.id == "northwind-discovery-l3" })
        #expect(discovery.quote == "Teaches discovery to other PMs")
        #expect(discovery.locator == "line 21, L3")
        #expect(
            framework.notes.first == "Read table 2 (line 19: Competency | L1 | L2 | L3 | …) as the competency matrix, "
                + "chosen by its level columns; the others: table 1 (line 8: Level | Title | Scope | Impact) (--table N reads another)"
        )
    }

    /// The overview table says what L1…L4 mean, so the codes land on ladder's levels.
    @Test func anOverviewTableDefinesTheLevelCodes() throws {
        let framework = try fixture("career-page.md")
        #expect(
            framework.levels.map(\.match) == [
                .byCode(catalog.level(id: "apm")!, meaning: "Associate Product Manager"),
                .byCode(catalog.level(id: "pm")!, meaning: "Product Manager"),
                .byCode(catalog.level(id: "senior-pm")!, meaning: "Senior Product Manager"),
                .byCode(catalog.level(id: "principal-pm")!, meaning: "Principal Product Manager"),
            ])
        // The framework's own levels say what their codes mean, wherever they are shown.
        #expect(
            framework.document.levels?.map(\.short) == [
                "L1 Associate Product Manager", "L2 Product Manager",
                "L3 Senior Product Manager", "L4 Principal Product Manager",
            ])
        #expect(
            framework.notes.contains(
                "Level codes, as the page defines them (told by table 1 (line 8: Level | Title | Scope | Impact)): "
                    + "L1 = Associate Product Manager, "
                    + "L2 = Product Manager, L3 = Senior Product Manager, L4 = Principal Product Manager"))
        // A matrix's higher cell supersedes the lower; Delivery's empty L4 cell carries L3's up.
        #expect(
            try present("principal-pm", in: framework).filter { $0.hasPrefix("northwind-delivery") } == [
                "northwind-delivery-l3"
            ])
    }

    @Test func tableChoosesATableAndNamesThemWhenOutOfRange() throws {
        let overview = try fixture("career-page.md", options: .init(table: 1))
        #expect(overview.levels.map(\.title) == ["Title", "Scope", "Impact"])
        #expect(
            overview.notes.first?.hasPrefix(
                "Read table 1 (line 8: Level | Title | Scope | Impact) as the competency matrix, "
                    + "chosen by --table 1") == true)
        do {
            _ = try fixture("career-page.md", options: .init(table: 3))
            Issue.record("--table 3 read a page with two tables")
        } catch {
            #expect(
                error.problems.map(\.message) == [
                    "--table 3: the page has 2 tables (table 1 (line 8: Level | Title | Scope | Impact); "
                        + "table 2 (line 19: Competency | L1 | L2 | L3 | …))"
                ])
        }
    }

    @Test func headingsPairingACodeWithATitleDefineTheCode() throws {
        let page = """
            ## Level 1: Associate PM
            Learns the craft.
            ## Level 2: Senior PM
            Leads an area.

            | Competency | Level 1 | Level 2 |
            |---|---|---|
            | Writing | Clear specs | Strategy memos |
            """
        try scratch.write(page, to: "codes.md")
        let framework = try FrameworkImporter.importFile(scratch.file("codes.md"), into: catalog)
        #expect(framework.levels.map(\.match.level?.id) == ["apm", "senior-pm"])
    }

    // MARK: A heading per level

    @Test func aHandbookPageBecomesEntriesGroupedByTheirLabels() throws {
        let framework = try fixture("handbook.md")
        #expect(framework.format == "Markdown, a heading per level")
        #expect(
            framework.levels.map(\.title) == [
                "IC2: Product Manager", "IC3: Senior Product Manager", "IC4: Principal Product Manager",
            ])
        #expect(framework.levels.map(\.match.level?.id) == ["pm", "senior-pm", "principal-pm"])
        let skills = try #require(framework.document.skills)
        let byLevel = Dictionary(grouping: skills.filter { $0.scope == .level }, by: { $0.levels[0] })
        // Nested bullets under "- Impact", a bold label line, and a sub-heading all name the competency.
        #expect(
            byLevel["northwind-ic2-product-manager"]?.map(\.locator) == [
                "line 14, IC2: Product Manager › Impact", "line 15, IC2: Product Manager › Impact",
                "line 17, IC2: Product Manager › Craft",
            ])
        #expect(
            byLevel["northwind-ic2-product-manager"]?.last?.quote
                == "Runs customer interviews on their own and shares what they learned")
        #expect(
            byLevel["northwind-ic3-senior-product-manager"]?.map(\.locator) == [
                "line 23, IC3: Senior Product Manager › Key Behaviors",
                "line 24, IC3: Senior Product Manager › Key Behaviors",
                "line 27, IC3: Senior Product Manager › Collaboration",
            ])
        #expect(
            framework.document.tracks?.first?.levels
                == [
                    "northwind-ic2-product-manager", "northwind-ic3-senior-product-manager",
                    "northwind-ic4-principal-product-manager",
                ])
    }

    /// "All Levels" speaks of the role in general: role entries, at no level in particular.
    @Test func anAllLevelsSectionBecomesRoleEntries() throws {
        let framework = try fixture("handbook.md")
        let role = try #require(framework.document.skills).filter { $0.scope == .role }
        #expect(
            role.map(\.quote) == [
                "Writes clearly and keeps decisions in the open", "Treats customers' time as precious",
            ])
        #expect(role.allSatisfy { $0.levels.isEmpty })
        let entries = try #require(framework.mergedCatalog?.entries(at: "apm"))
        #expect(entries.role.map(\.id).filter { $0.hasPrefix("northwind-") }.count == 2)
        #expect(
            framework.notes.contains("\"All Levels\" (line 6): 2 entries on the PM role in general, at every level"))
        // Bullets under no label are filed by their own words, and the dry run does not list them as a competency.
        #expect(
            framework.notes.contains(
                "2 bullets under no competency label, each filed under a skill area by its own words "
                    + "(\"General\" when they match none)"))
        #expect(framework.areas.map(\.label) == ["Impact", "Craft", "Key Behaviors", "Collaboration", "Watch-outs"])
    }

    @Test func aWatchOutsLabelIsReadAsRisks() throws {
        let framework = try fixture("handbook.md")
        let risks = try #require(framework.document.skills).filter { $0.kind == .watchOut }
        #expect(risks.map(\.quote) == ["Solving every problem personally instead of growing others"])
        let entries = try #require(framework.mergedCatalog?.entries(at: "northwind-ic4-principal-product-manager"))
        #expect(entries.watchOuts.map(\.id).filter { $0.hasPrefix("northwind-") } == risks.map(\.id))
        #expect(!entries.said.contains { $0.kind == .watchOut })
    }

    /// The page says levels add up, so what IC2 lists is still expected at IC4.
    @Test func levelsAddUpWhereThePageSaysSo() throws {
        let framework = try fixture("handbook.md")
        #expect(
            framework.notes.contains {
                $0.hasPrefix("Levels add up, as the page says (\"Expectations for a level add to the expectations")
            })
        #expect(framework.document.skills?.allSatisfy { $0.replaces.isEmpty } == true)
        let atTop = try present("northwind-ic4-principal-product-manager", in: framework)
        #expect(atTop.filter { $0.contains("-ic2-") }.count == 3)
        #expect(atTop.filter { $0.contains("-ic3-") }.count == 3)
        #expect(atTop.filter { $0.contains("-ic4-") }.count == 1)
    }

    /// Standing alone, a label's bullets at a level replace that label's bullets below; other
    /// labels still carry up.
    @Test func noCumulativeMakesALabelsBulletsReplaceTheLowerOnes() throws {
        let framework = try fixture("handbook.md", options: .init(cumulative: false))
        #expect(framework.notes.contains { $0.hasPrefix("Levels stand alone (--no-cumulative)") })
        let atTop = try present("northwind-ic4-principal-product-manager", in: framework)
        #expect(
            atTop.filter { $0.contains("-ic2-") } == [
                "northwind-ic2-product-manager-craft-runs-customer-interviews-on-their-own-and-shares"
            ])
        #expect(atTop.filter { $0.contains("-ic4-") }.count == 1)
    }

    @Test func aPageThatDoesNotSayLevelsAddUpIsReadAsStandingAlone() throws {
        let page = """
            ## Junior PM
            - Writing
              - Clear specs
            ## Senior PM
            - Writing
              - Strategy memos
            """
        try scratch.write(page, to: "plain.md")
        let framework = try FrameworkImporter.importFile(scratch.file("plain.md"), name: "Plain", into: catalog)
        #expect(
            framework.notes.last?.hasPrefix("The page does not say that levels add up, so each stands alone") == true)
        let skills = try #require(framework.document.skills)
        #expect(skills.last?.replaces == [skills[0].id])
        let cumulative = try FrameworkImporter.importFile(
            scratch.file("plain.md"), name: "Plain", options: .init(cumulative: true),
            into: catalog)
        #expect(cumulative.notes.contains { $0.hasPrefix("Levels add up (--cumulative)") })
        #expect(cumulative.document.skills?.last?.replaces == [])
    }

    // MARK: Long-format CSV

    @Test func aLongCSVIsPivotedIntoAMatrix() throws {
        let framework = try fixture("long-format.csv")
        #expect(framework.format == "CSV, ',' delimited, long format (a row per level and skill)")
        #expect(
            framework.levels.map(\.title) == ["Associate product manager", "Product manager", "Senior product manager"])
        #expect(framework.levels.map(\.match.level?.id) == ["apm", "pm", "senior-pm"])
        #expect(framework.competencyCount == 2)
        #expect(framework.cellCount == 6)
        let skills = try #require(framework.document.skills)
        let first = try #require(skills.first)
        #expect(first.quote == "Joins customer interviews\nand writes up what was heard")
        #expect(first.locator == "line 2, Associate product manager, Skill Level: Working")
        let last = try #require(skills.last)
        #expect(
            last.summary
                == "Prioritisation: Makes the trade-offs between teams' roadmaps and explains them to leadership")
        #expect(last.locator == "line 8, Senior product manager, Skill Level: Practitioner")
        #expect(last.quote == "Makes the trade-offs between teams' roadmaps\nand explains them\nto leadership")
        #expect(
            skills.first { $0.id == "northwind-discovery-product-manager" }?.quote
                == "Plans discovery for a product area, \"end to end\"")
        #expect(
            skills.first { $0.id == "northwind-discovery-product-manager" }?.replaces == [
                "northwind-discovery-associate-product-manager"
            ])
    }

    // MARK: Bad input: file and line, nothing imported

    @Test func levelHeadingsWithNothingUnderThem() {
        let file = scratch.file("empty-levels.md")
        #expect(
            problems("empty-levels.md", "# Ladder\n\n## Junior PM\n\nWe are hiring.\n\n## Senior PM\n- Leads an area\n")
                == ["\(file):3: the heading \"Junior PM\" has no bullets under it"])
    }

    @Test func aLevelHeadingTwice() {
        let file = scratch.file("twice.md")
        #expect(
            problems("twice.md", "## Junior PM\n- a\n## Senior PM\n- b\n## Junior PM\n- c\n")
                == ["\(file):5: the level \"Junior PM\" appears twice (first on line 1)"])
    }

    @Test func aTableWithOneLevelColumn() {
        let file = scratch.file("one.md")
        #expect(
            problems("one.md", "| Competency | Senior PM |\n|---|---|\n| Writing | Memos |\n")
                == ["\(file):1 (column 2): one level column, \"Senior PM\": a ladder needs two or more levels"])
        #expect(
            problems("one.csv", "Competency,Senior PM\nWriting,Memos\n")
                == [
                    "\(scratch.file("one.csv")):1 (column 2): one level column, \"Senior PM\": a ladder needs two or more levels"
                ])
    }

    @Test func aLongCSVWithoutADescriptionColumn() {
        #expect(
            problems("long.csv", "Role Level,Skill Name,Skill Level\nSenior PM,Writing,Expert\n")
                == [
                    "\(scratch.file("long.csv")):1: a long-format file (a row per level and skill) needs a description column "
                        + "beside \"Role Level\" and \"Skill Name\", such as \"Skill Level Description\""
                ])
    }

    @Test func aLongCSVWithTheSameLevelAndSkillTwice() {
        let csv = """
            Role Level,Skill Name,Skill Level Description
            Junior PM,Writing,"Clear
            specs"
            Senior PM,Writing,Memos
            Junior PM,writing,Again

            """
        #expect(
            problems("long.csv", csv)
                == [
                    "\(scratch.file("long.csv")):5: a second row for \"writing\" at \"Junior PM\" (the first is on line 2)"
                ])
    }

    @Test func aLongCSVWithOneLevelOrEmptyFields() {
        #expect(
            problems("long.csv", "Level,Skill,Description\nSenior PM,Writing,Memos\nSenior PM,Strategy,Roadmaps\n")
                == [
                    "\(scratch.file("long.csv")):1: every row is at one level, \"Senior PM\": a ladder needs two or more"
                ])
        #expect(
            problems("long.csv", "Level,Skill,Description\nSenior PM,,Memos\nJunior PM,Writing,Specs\n")
                == ["\(scratch.file("long.csv")):2: the row has no Skill"])
    }

    @Test func aPageWithNeitherMatrixNorLevelHeadingsSaysWhatItExpected() {
        let problems = problems(
            "notes.md", "# Notes\n\n| Name | Team |\n|---|---|\n| Ana | Growth |\n\n| A | B |\n|---|---|\n| 1 | 2 |\n")
        #expect(problems.count == 1)
        #expect(
            problems.first?.contains(
                "no competency matrix found: no table with two or more level columns (table 1 (line 3: Name | Team); "
                    + "table 2 (line 7: A | B))") == true)
    }

    /// A second company's L1…L3 once matched the first company's levels: the new framework
    /// then depended on the other, and broke when it was removed or loaded after it.
    @Test func levelsMatchOnlyLaddersOwnLevelsNeverAnotherFrameworks() throws {
        let csv = "Competency,L1,L2\nStrategy,Knows goals,Sets goals\n"
        try scratch.write(csv, to: "first.csv")
        let first = try FrameworkImporter.importFile(scratch.file("first.csv"), name: "First", into: catalog)
        let withFirst = try #require(first.mergedCatalog)
        try scratch.write(csv, to: "second.csv")
        let second = try FrameworkImporter.importFile(scratch.file("second.csv"), name: "Second", into: withFirst)
        #expect(second.levels.map(\.match) == [.none, .none])
        #expect(second.document.skills?.allSatisfy { $0.levels.allSatisfy { $0.hasPrefix("second-") } } == true)
        #expect(throws: ImportFailure.self) {
            try FrameworkImporter.importFile(
                scratch.file("second.csv"), name: "Second", options: .init(mappings: ["L1": "first-l1"]),
                into: withFirst)
        }
    }

    @Test func moreLevelsThanAnyLadderIsAnErrorNotAnHourOfWork() {
        let page = (1...41).map { "## IC\($0)\n- Skill \($0)\n" }.joined()
        #expect(
            problems("many.md", page) == [
                "\(scratch.file("many.md")):1: 41 levels: a career ladder has at most 40; "
                    + "is a column or heading that is not a level read as one?"
            ])
    }

    @Test func thousandsOfProblemsAreShownAsTheFirstTwenty() throws {
        let page = (1...30).map { "## IC\($0)\n\n" }.joined()
        try scratch.write(page, to: "empty.md")
        do {
            _ = try FrameworkImporter.importFile(scratch.file("empty.md"), into: catalog)
            Issue.record("a page with no bullets was imported")
        } catch {
            #expect(error.problems.count == 30)
            let lines = error.description.split(separator: "\n")
            #expect(lines.count == 21)
            #expect(lines.last == "… and 10 more problems")
        }
    }

    /// A generated or binary file with one enormous line once took minutes to refuse.
    @Test func aLineLongerThanAnyPersonWritesIsRefusedAtOnce() {
        let page = "## Junior PM\n- a\n## Senior PM\n- " + String(repeating: "x", count: 100_001) + "\n"
        #expect(
            problems("long.md", page) == [
                "\(scratch.file("long.md")):4: a line of more than 100 KB: not a page a person wrote"
            ])
    }

    /// Removing one row moves every row below it up a line: that is no change to them.
    @Test func aReimportCountsWordsNotLineNumbersAsChanges() throws {
        try scratch.write(
            "Competency,Junior PM,Senior PM\nWriting,Specs,Memos\nStrategy,Goals,Roadmaps\nDelivery,Ships,Unblocks\n",
            to: "a.csv")
        let before = try FrameworkImporter.importFile(scratch.file("a.csv"), name: "Acme", into: catalog)
        try scratch.write(
            "Competency,Junior PM,Senior PM\nStrategy,Goals,Roadmaps\nDelivery,Ships,Unblocks for all\n", to: "a.csv")
        let after = try FrameworkImporter.importFile(scratch.file("a.csv"), name: "Acme", into: catalog)
        let change = FrameworkChange(from: before.document, to: after.document)
        #expect(change.removed == ["acme-writing-junior-pm", "acme-writing-senior-pm"])
        #expect(change.changed == ["acme-delivery-senior-pm"])
        #expect(change.added.isEmpty)
    }

    /// A category of risks that matches none of ladder's areas gets an area of its own; with
    /// nothing to rate in it, it is no spoke of the radar.
    @Test func anAreaOfWatchOutsAloneIsNoAreaToRate() throws {
        try scratch.write(
            "Category,Competency,Junior PM,Senior PM\nCraft,Writing,Specs,Memos\nAnti-patterns,Hero mode,Works alone,Works all night\n",
            to: "risks.csv")
        let framework = try FrameworkImporter.importFile(scratch.file("risks.csv"), name: "Acme", into: catalog)
        let merged = try #require(framework.mergedCatalog)
        #expect(merged.area(id: "acme-anti-patterns") != nil)
        let profile = merged.profile(at: "senior-pm", UserProgress())
        #expect(!profile.contains { $0.area.id == "acme-anti-patterns" })
        #expect(profile.count == catalog.areas.count)
    }

    // MARK: A YAML progression framework

    /// Front matter of a Markdown page (the prose after it is the website's): each criterion an
    /// entry under its topic, levels "Level 1"... named by `--map` as `1` or `Level 1`, levels
    /// assumed to add up and said so, placeholders skipped, Markdown read as text.
    @Test func aProgressionFrameworkInFrontMatterIsReadByTopicAndLevel() throws {
        let framework = try fixture(
            "progression-front-matter.md", options: .init(mappings: ["1": "apm", "Level 2": "pm"]))
        #expect(framework.format == "YAML progression framework (topics, levels, criteria)")
        #expect(framework.levels.map(\.title) == ["Level 1", "Level 2", "Level 3", "Level 4"])
        #expect(framework.levels.map(\.match.level?.id) == ["apm", "pm", nil, nil])
        let skills = try #require(framework.document.skills)
        #expect(
            skills.map(\.quote) == [
                "Runs user interviews with support", "Writes clear specs for small features",
                "Plans discovery for a product area", "Keeps stakeholders informed",
                "Aligns senior stakeholders on a plan", "Sets how discovery is done across teams",
            ])
        #expect(skills.first?.locator == "line 10, Level 1 › Product craft")
        #expect(
            framework.notes.contains {
                $0.hasPrefix("Levels add up, assumed because this shape lists what each level adds")
            })
        // Cumulative: Level 4 holds what the levels below it list.
        #expect(try present("northwind-level-4", in: framework).count == 6)
        let alone = try fixture("progression-front-matter.md", options: .init(cumulative: false))
        #expect(alone.notes.contains { $0.hasPrefix("Levels stand alone (--no-cumulative)") })
    }

    /// A `.yml` file whole; without `--name` its title names the framework.
    @Test func aProgressionFrameworkFileIsNamedByItsTitle() throws {
        let path = Self.fixtures.appendingPathComponent("progression.yml").path
        let framework = try FrameworkImporter.importFile(path, into: catalog)
        #expect(framework.name == "Product Management")
        #expect(framework.id == "product-management")
        #expect(
            framework.document.skills?.map(\.summary) == [
                "Ships small features with guidance", "Mentors a junior PM",
                "Ships across several teams",
            ])
        #expect(FrameworkImporter.name(given: nil, file: path) == "Product Management")
    }

    @Test func aBrokenProgressionFrameworkSaysWhereAndWhat() {
        func said(_ yaml: String) -> [String] {
            problems("p.yml", yaml).map { $0.replacingOccurrences(of: scratch.file(""), with: "") }
        }
        #expect(
            said("title: x\nlevels: 2\ntopics:\n  - name: a\n    content:\n      - level: 3\n        criteria: [x]\n")
                == ["p.yml:6: a: level must be from 1 to 2, as levels: says"])
        #expect(said("title: x\ntopics: []\n").first?.contains("no topics") == true)
        #expect(
            said("title: [unclosed\n").first?.hasPrefix("p.yml: not valid YAML") == true,
            "\(said("title: [unclosed\n"))")
        #expect(said("levels: 99\ntopics:\n  - name: a\n") == ["p.yml:1: levels: must be a whole number from 1 to 40"])
    }
}
