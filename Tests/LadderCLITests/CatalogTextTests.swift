@testable import LadderCLI
import LadderCore
import LadderCatalog
import LadderText
import Testing

/// Plain pages of the bundled catalog read well at 80 columns.
@Suite struct CatalogTextTests {
    let catalog: Catalog
    let text: CatalogText

    init() throws {
        catalog = BundledCatalog.catalog
        text = CatalogText(catalog: catalog, width: 80)
    }

    private func expectFitsIn80Columns(_ page: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in page.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= 80, "too wide: \(line)", sourceLocation: sourceLocation)
            #expect(!line.hasSuffix(" "), "trailing space: \(line)", sourceLocation: sourceLocation)
        }
    }

    @Test func tracksShowTheForkAfterSeniorPM() {
        let page = text.tracks()
        expectFitsIn80Columns(page)
        #expect(page.contains("Individual contributor\n"))
        #expect(
            page.split(whereSeparator: \.isNewline).joined(separator: " ")
                .contains(
                    "Management (shares Associate PM to Senior PM with Individual contributor, forks after Senior PM)"))
        #expect(page.contains("CPO"))
        // Shared levels are listed once.
        #expect(page.components(separatedBy: "senior-pm ").count == 2)
    }

    @Test func showSeniorPMFollowsTheLevelModel() throws {
        let entries = try #require(catalog.entries(at: "senior-pm"))
        let page = text.show(entries)
        expectFitsIn80Columns(page)
        #expect(page.hasPrefix("Senior Product Manager (senior-pm)\n"))
        #expect(page.contains("\nSaid of Senior PM (\(entries.said.count) skills)\n"))
        #expect(page.contains("\nCarried from below (\(entries.carried.count) skills)\n"))
        #expect(page.contains("\nOn the PM role in general (\(entries.role.count) skills)\n"))
        #expect(page.contains("Anton Kravchenko · Sr. Director of Product Management, Carta"))
        // Every entry's id is on a line of its own, whole, so it can be copied into `ladder tick`.
        let lines = Set(page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        for entry in entries.all {
            #expect(lines.contains(entry.id), "\(entry.id) missing or broken")
        }
        // Cagan's words are the notes', and say so.
        let flowing = page.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flowing.contains("in summary notes of the source (not Marty Cagan's own words)"))
    }

    @Test func compareDirectorBandsExpertsByArea() throws {
        let matrix = try #require(catalog.sideBySide(at: "director"))
        let page = text.sideBySide(matrix)
        expectFitsIn80Columns(page)
        #expect(page.hasPrefix("Director of Product (director): experts side by side\n"))
        for row in matrix.rows {
            #expect(page.contains("\n" + row.area.name + (row.isConsensus ? "  * consensus" : "")))
        }
        #expect(page.contains("Natalia Baryshnikova"))
        #expect(page.contains("Anton Kravchenko"))
    }

    /// Across the fork the sources note how the role changes; none names a skill that stops
    /// applying, so nothing is left behind (the fixture's level-model tests cover a left-behind list).
    @Test func compareTwoLevelsListsWhatIsNewAndWhatTheSourcesSayChanges() throws {
        let changes = try #require(catalog.changes(from: "senior-pm", to: "group-pm"))
        let page = text.changes(changes)
        expectFitsIn80Columns(page)
        #expect(page.hasPrefix("Senior PM -> Group PM: what changes\n"))
        #expect(page.contains("\(changes.added.count) new skills, 0 left behind."))
        #expect(page.contains("New at Group PM (\(changes.added.count) skills)"))
        #expect(page.contains("What the sources say changes on the way"))
        #expect(!page.contains("Left behind ("))
        #expect(!page.contains("not at Group PM"))
    }

    @Test func searchListsEveryMatchWithItsId() {
        let results = catalog.search("alignment")
        #expect(!results.isEmpty)
        let page = text.search("alignment", results: results)
        expectFitsIn80Columns(page)
        #expect(page.hasPrefix("\(results.count) matches for “alignment”."))
        for entry in results { #expect(page.contains(entry.id)) }
    }

    @Test func sourcesCarryTheirAttribution() {
        let page = text.sources()
        expectFitsIn80Columns(page)
        #expect(
            page.contains(
                """
                cagan-lenny: Product management theater
                  podcast · Lenny's Podcast · 2024-03-10
                  https://www.youtube.com/watch?v=9N4ZgNaWvI0
                  20 skills, 6 watch-outs; experts: Marty Cagan
                """))
    }

    @Test func untrustedTextIsSanitisedOnItsWayOut() throws {
        let hostile = CatalogFile(
            name: "hostile.json",
            text: #"""
                { "schemaVersion": 2,
                  "areas": [ { "id": "a", "name": "Area\u001b[2J" } ],
                  "levels": [ { "id": "l", "title": "Level\u202e" } ],
                  "tracks": [ { "id": "t", "title": "Track", "levels": ["l"] } ],
                  "sources": [ { "id": "s", "title": "Source\u0007", "kind": "article" } ],
                  "experts": [ { "id": "e", "name": "Eve\u001b]0;pwned\u0007" } ],
                  "skills": [ { "id": "x", "scope": "level", "levels": ["l"], "source": "s", "expert": "e", "area": "a",
                                "summary": "Sum\u009bmary", "quote": "quo\u001b[31mte", "locator": "here" } ] }
                """#)
        let catalog = try Catalog.load([hostile])
        let text = CatalogText(catalog: catalog, width: 80)
        let pages = [
            text.tracks(), text.sources(), text.show(try #require(catalog.entries(at: "l"))),
            text.sideBySide(try #require(catalog.sideBySide(at: "l"))),
            text.search("eve", results: catalog.search("eve")),
        ]
        for page in pages {
            #expect(
                !page.unicodeScalars.contains {
                    $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E
                })
        }
        #expect(pages[2].contains("“quote”"))
    }
}
