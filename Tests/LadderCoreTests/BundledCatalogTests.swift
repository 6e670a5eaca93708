import Foundation
@testable import LadderCore
import Testing

/// Guards for the catalog we ship: it loads, covers both tracks, and quotes its sources verbatim.
@Suite struct BundledCatalogTests {
    let catalog: Catalog

    init() throws {
        catalog = try BundledCatalog.load()
    }

    @Test func hasTheFiveSourcesByTheirIds() {
        #expect(catalog.sources.map(\.id).sorted()
                == ["cagan-lenny", "complete-guide", "kax-leader", "prowess-forum", "sharebird-levels"])
    }

    @Test func hasBothTracksForkingAfterSeniorPM() throws {
        let ic = try #require(catalog.track(id: "ic"))
        let management = try #require(catalog.track(id: "management"))
        #expect(ic.levels == ["apm", "pm", "senior-pm", "principal-pm", "senior-principal"])
        #expect(management.levels == ["apm", "pm", "senior-pm", "group-pm", "director", "vp", "cpo"])
    }

    @Test(arguments: [
        ("Associate PM", "apm"), ("Sr PM", "senior-pm"), ("Head of Product", "vp"), ("GPM", "group-pm"),
        ("Chief Product Officer", "cpo"), ("principal pm", "principal-pm"), ("Director of Product", "director"),
    ])
    func levelsAreFoundByTheNamesPeopleUse(name: String, id: String) {
        #expect(catalog.level(named: name)?.id == id)
    }

    @Test func hasAtLeast120Entries() {
        #expect(catalog.skills.count >= 120)
    }

    @Test func everyLevelOnEveryTrackHasAtLeastTwoExperts() {
        for track in catalog.tracks {
            for level in track.levels {
                let experts = Set(catalog.skills(at: level).map(\.expert))
                #expect(experts.count >= 2, "\(level) has \(experts.count) experts")
            }
        }
    }

    @Test func everyLevelWhereTheSourcesSpeakHasThreeOrMoreExperts() {
        for level in catalog.levels {
            let experts = Set(catalog.skills(at: level.id).map(\.expert))
            #expect(experts.count >= 3, "\(level.id) has \(experts.count) experts")
        }
    }

    @Test func quotesAreShortSingleLinesAndSummariesFitOneLine() {
        for skill in catalog.skills {
            #expect(skill.quote.count <= 240 && !skill.quote.contains("\n"), "\(skill.id): quote too long or multi-line")
            #expect(skill.summary.count <= 100, "\(skill.id): summary longer than 100 characters")
            #expect(skill.quote == skill.quote.trimmingCharacters(in: .whitespaces), "\(skill.id): quote has outer spaces")
        }
    }

    @Test func idsAreLowercaseKebabCase() {
        let kebab = /[a-z0-9]+(-[a-z0-9]+)*/
        for skill in catalog.skills {
            #expect(skill.id.wholeMatch(of: kebab) != nil, "\(skill.id)")
        }
    }

    /// Every quote appears verbatim in its source's seed file. The seeds live beside the
    /// repository in `../shared/seeds` (override with `LADDER_SEEDS`); they are not ours to copy in.
    @Test func everyQuoteAppearsVerbatimInItsSeed() throws {
        let seeds = try SeedFiles.load()
        for skill in catalog.skills {
            let seed = try #require(seeds[skill.source], "no seed file for source \(skill.source)")
            #expect(seed.contains(skill.quote), "\(skill.id): quote not found verbatim in \(skill.source)'s seed")
        }
    }
}

/// The five seed documents the catalog is written from, by source id.
enum SeedFiles {
    static let fileNames = [
        "cagan-lenny": "000_9d90cbde8e92a89f.txt",
        "prowess-forum": "001_64bb75830d081c85.txt",
        "complete-guide": "002_f0761012a2ca1f1e.txt",
        "sharebird-levels": "003_4868fb17af133656.txt",
        "kax-leader": "004_f1fdeb6278b214eb.txt",
    ]

    static func load() throws -> [String: String] {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let directory = ProcessInfo.processInfo.environment["LADDER_SEEDS"].map { URL(fileURLWithPath: $0) }
            ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        return try fileNames.mapValues { name in
            try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        }
    }
}
