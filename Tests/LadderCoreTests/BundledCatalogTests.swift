import Foundation
@testable import LadderCore
import LadderCatalog
import Testing

/// Guards for the catalog we ship: it loads, covers both tracks, and quotes its sources verbatim.
@Suite struct BundledCatalogTests {
    let catalog: Catalog

    init() throws {
        catalog = BundledCatalog.catalog
    }

    /// The catalog compiled into the binary is exactly what `Resources/catalog` says, read and
    /// validated as any catalog file is: same items, same order, every field.
    @Test func theCompiledCatalogIsExactlyTheJSONFiles() throws {
        let directory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/catalog")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
            .sorted()
        #expect(names.count == 6)
        let files = try names.map {
            CatalogFile(name: $0, text: try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8))
        }
        let fromJSON = try Catalog.load(files).document
        // Both as catalogs see them (voices resolved), field by field.
        let compiled = BundledCatalog.catalog.document
        #expect(compiled.schemaVersion == fromJSON.schemaVersion)
        #expect(compiled.areas == fromJSON.areas)
        #expect(compiled.levels == fromJSON.levels)
        #expect(compiled.tracks == fromJSON.tracks)
        #expect(compiled.sources == fromJSON.sources)
        #expect(compiled.experts == fromJSON.experts)
        #expect(compiled.skills?.count == fromJSON.skills?.count)
        // The first entry that differs, rather than all 268 printed.
        if let (compiledEntry, jsonEntry) = zip(compiled.skills ?? [], fromJSON.skills ?? []).first(where: { $0 != $1 })
        {
            Issue.record("compiled \(compiledEntry)\ndiffers from the JSON's \(jsonEntry)")
        }
    }

    @Test func hasTheFiveSourcesByTheirIds() {
        #expect(
            catalog.sources.map(\.id).sorted()
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

    @Test(arguments: [
        ("Manager of Managers", "vp"), ("Manager of Managers of Managers", "cpo"), ("Director PM", "director"),
        ("Entry-level PM", "apm"),
    ])
    func theLevelNamesTheSeedsUseAreRecognised(name: String, id: String) {
        #expect(catalog.level(named: name)?.id == id)
    }

    /// Names that would claim an equivalence no source states (issue 27): Baskaran's "Senior
    /// Manager" sits beside Principal, not Group PM; Baryshnikova's "Manager of IC PMs" is Group
    /// PM or Director; "Senior-Principal" is her band of Senior PM and Principal, not a rung (the
    /// rung's id, `senior-principal`, is kept so saved progress loads, and finds it only as
    /// written); no source says "Distinguished".
    @Test(arguments: [
        "Senior Manager", "Manager of IC PMs", "IC PM", "Senior Principal PM", "Senior Principal", "Senior-Principal",
        "Distinguished PM",
    ])
    func namesThatWouldClaimAnEquivalenceAreNotLevels(name: String) {
        #expect(catalog.level(named: name) == nil)
        #expect(catalog.level(named: "senior-principal")?.title == "Beyond Principal PM")
    }

    @Test func everyLevelHasAnExpertWhoSpeaksToItInParticular() throws {
        for level in catalog.levels {
            let entries = try #require(catalog.entries(at: level.id))
            #expect(!entries.levelExpertIDs.isEmpty, "nobody speaks to \(level.id)")
            #expect(entries.levelExpertIDs.count + entries.roleExpertIDs.count >= 3, "\(level.id)")
        }
    }

    /// The counts say how few experts speak to a level in particular; most speak of the PM role.
    @Test func countsDoNotOverstateWhoSpeaksToALevel() throws {
        let senior = try #require(catalog.entries(at: "senior-pm"))
        #expect((4...7).contains(senior.levelExpertIDs.count))
        #expect(!senior.levelExpertIDs.contains("marty-cagan") && !senior.levelExpertIDs.contains("forum-members"))
        #expect(senior.roleExpertIDs.contains("marty-cagan") && senior.roleExpertIDs.contains("forum-members"))
        let associate = try #require(catalog.entries(at: "apm"))
        #expect(associate.levelExpertIDs.count <= 5)
    }

    /// Going up one rung adds, and removes only what a source says is left behind, a handful at
    /// most, each with the words that say so; the PM role's entries are never added or removed.
    @Test func goingUpOneRungRemovesOnlyAHandfulEachWithItsSource() throws {
        for track in catalog.tracks {
            for (lower, higher) in zip(track.levels, track.levels.dropFirst()) {
                let changes = try #require(catalog.changes(from: lower, to: higher))
                #expect(changes.isStepUp)
                #expect(!changes.added.contains { $0.entry.scope == .role }, "\(lower) -> \(higher)")
                #expect(
                    changes.notOnTheWay.isEmpty,
                    "\(lower) -> \(higher) drops \(changes.notOnTheWay.map(\.id)) without a source")
                // No source names a skill that stops on the way up one rung (issue 27).
                #expect(
                    changes.leftBehind.isEmpty,
                    "\(lower) -> \(higher) leaves \(changes.leftBehind.flatMap(\.entries).map(\.id)) behind")
                for left in changes.leftBehind {
                    #expect(left.change.kind == .change && !left.change.quote.isEmpty)
                    #expect(
                        left.entries.allSatisfy {
                            left.change.replaces.contains($0.id) && $0.expert == left.change.expert
                        })
                }
            }
        }
    }

    /// Baryshnikova says the skill set "evolves from being craft-centric to a more generic one"
    /// between IC and manager, and names no skill that stops applying (issue 27): a Group PM is
    /// told nothing is behind them, and the remark shows as what it is, a note at the fork.
    @Test func theCraftToGenericRemarkLeavesNothingBehind() throws {
        let changes = try #require(catalog.changes(from: "senior-pm", to: "group-pm"))
        #expect(changes.leftBehind.isEmpty, "\(changes.leftBehind.flatMap(\.entries).map(\.id))")
        #expect(changes.changeNotes.map(\.id).contains("sharebird-baryshnikova-manager-craft-to-generic"))
        let director = try #require(catalog.entries(at: "group-pm"))
        #expect(director.skills.contains { $0.id == "sharebird-baryshnikova-ic-prioritization" })
    }

    /// The guide's sentences about Goleman's traits, and its gloss on Tworetzky's framework,
    /// are the guide author's: neither man wrote them (issue 27).
    @Test func theGuidesOwnSentencesAreNotPutInOthersMouths() throws {
        for id in [
            "guide-build-trustworthy-relationships", "guide-stay-objective", "guide-push-with-urgency-without-fear",
            "guide-step-back-and-regroup", "guide-understand-stakeholder-concerns", "guide-read-the-room",
            "guide-four-eq-traits", "guide-frame-the-problem", "guide-shift-to-cross-org-connector",
        ] {
            #expect(try #require(catalog.skill(id: id)).expert == "guide-author", "\(id)")
        }
        #expect(catalog.expert(id: "daniel-goleman") == nil, "Goleman says nothing about PMs in the guide")
    }

    /// Genuine voices per level, as the audit of issue 27 counted them: an article's author and
    /// the frameworks they retell are one voice; a piece about one step stops where it stops.
    @Test(arguments: [
        ("apm", 3...4), ("principal-pm", 2...3), ("senior-principal", 1...2), ("director", 5...7), ("vp", 4...6),
        ("cpo", 4...6),
    ])
    func voicesPerLevelAreTheGenuineOnes(level: String, range: ClosedRange<Int>) throws {
        let entries = try #require(catalog.entries(at: level))
        #expect(range.contains(entries.levelVoices.count), "\(level): \(entries.levelVoices)")
    }

    /// A source's author retelling another's idea counts as that author: the guide never
    /// counts twice at a level, however many frameworks it retells.
    @Test func anArticleAndTheFrameworksItRetellsAreOneVoice() throws {
        for level in catalog.levels {
            let entries = try #require(catalog.entries(at: level.id))
            let guide = entries.levelVoices.filter { voice in
                catalog.skills.contains { $0.voice == voice && $0.source == "complete-guide" }
            }
            #expect(guide.count <= 1, "\(level.id): \(guide)")
            for entry in entries.said where catalog.quoteKind(of: entry) == .sourceAuthor {
                #expect(entry.voice == catalog.source(id: entry.source)?.author, "\(entry.id)")
            }
        }
    }

    /// Every level title is one a source uses (each part of "VP / Head of Product"), or ours,
    /// with a note on its track saying where it comes from.
    @Test func levelTitlesAreTheSourcesOrSaidToBeOurs() throws {
        let seeds = try SeedFiles.load().values.joined(separator: "\n").lowercased()
        for level in catalog.levels {
            let used = level.title.components(separatedBy: " / ").allSatisfy { seeds.contains($0.lowercased()) }
            let explained = catalog.tracks.filter { $0.levels.contains(level.id) }.flatMap(\.notes)
                .contains { $0.summary.hasPrefix("Our name for") }
            #expect(used || explained, "\(level.title) is in no source and no note says where it comes from")
        }
    }

    /// One quote, one entry: an entry that shared another's words would count them twice.
    @Test func noTwoEntriesShareAQuote() {
        let byQuote = Dictionary(grouping: catalog.skills, by: \.quote).filter { $0.value.count > 1 }
        #expect(byQuote.isEmpty, "\(byQuote.mapValues { $0.map(\.id) })")
    }

    /// Kax writes about the first step up from Senior PM: her entries stop at Group PM.
    @Test func aPieceAboutOneStepStopsWhereItStops() {
        for entry in catalog.skills where entry.source == "kax-leader" && entry.scope == .level {
            #expect(!entry.andAbove && entry.levels == ["group-pm"], "\(entry.id)")
        }
    }

    @Test func theCaganEntriesArePresentedAsSummaryNotes() throws {
        #expect(catalog.source(id: "cagan-lenny")?.quoteKind == .summaryNotes)
        for entry in catalog.skills where entry.source == "cagan-lenny" {
            #expect(catalog.quoteKind(of: entry) == .summaryNotes)
            #expect(catalog.attribution(of: entry).contains("not Marty Cagan's own words"))
        }
    }

    @Test func statementsTheFirstCatalogMissedAreThere() {
        let quotes = catalog.skills.map(\.quote) + catalog.tracks.flatMap(\.notes).map(\.quote)
        for words in [
            "communicate clearly enough to align a cross-functional team",
            "Executive team comes up with strategy at most of the companies",
            "PMs can grow as individual contributors to director or even VP",
        ] {
            #expect(quotes.contains { $0.contains(words) }, "\(words)")
        }
    }

    @Test func quotesAreShortSingleLinesAndSummariesFitOneLine() {
        for skill in catalog.skills {
            #expect(
                skill.quote.count <= 240 && !skill.quote.contains("\n"), "\(skill.id): quote too long or multi-line")
            #expect(skill.summary.count <= 100, "\(skill.id): summary longer than 100 characters")
            #expect(
                skill.quote == skill.quote.trimmingCharacters(in: .whitespaces), "\(skill.id): quote has outer spaces")
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
        for note in catalog.tracks.flatMap(\.notes) {
            let seed = try #require(seeds[note.source], "no seed file for source \(note.source)")
            #expect(seed.contains(note.quote), "track note: quote not found verbatim in \(note.source)'s seed")
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
        let directory =
            ProcessInfo.processInfo.environment["LADDER_SEEDS"].map { URL(fileURLWithPath: $0) }
            ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        return try fileNames.mapValues { name in
            try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        }
    }
}
