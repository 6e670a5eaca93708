import LadderCore
@testable import LadderUI
import Testing

/// Every screen at the design size (80 x 24) and a large one (160 x 48), as whole text grids.
@Suite struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (160, 48)]
    /// A Senior PM aiming for Director: graded ratings, dated evidence, two check-ins.
    static let progress: String = {
        let catalog = try! Fixtures.catalog()
        func rated(_ rating: Rating, _ day: String) -> RatingRecord {
            RatingRecord(rating, at: "2025-\(day)T10:00:00Z")
        }
        var progress = UserProgress(
            ratings: [
                "bo-roadmap": rated(.meeting, "12-01"), "ada-brainstorm": rated(.meeting, "11-01"),
                "li-present": rated(.workingTowards, "11-15"),
            ],
            evidence: [
                "li-present": [
                    EvidenceEntry(
                        date: "2025-11-20", text: "Presented the Q3 plan to the exec team",
                        addedAt: "2025-11-20T18:00:00Z"),
                    EvidenceEntry(
                        date: "2025-12-01", text: "Ran the pricing review with finance and sales",
                        addedAt: "2025-12-01T18:00:00Z"),
                ]
            ],
            currentLevel: "senior-pm", targetLevel: "director")
        progress.checkins.append(catalog.checkin(progress, message: "Mid-year", at: "2025-11-30T09:00:00Z"))
        progress.ratings["li-present"] = rated(.exceeding, "12-02")
        progress.ratings["li-outcomes"] = rated(.workingTowards, "12-03")
        progress.ratings["ada-strategy"] = rated(.notYet, "12-04")
        progress.checkins.append(catalog.checkin(progress, message: "Q4 review", at: "2025-12-20T09:00:00Z"))
        return ProgressFile.encode(progress)
    }()

    /// A manager's opinion: agrees on presenting, rates outcomes and strategy higher, the roadmap lower.
    static let opinions = [
        Opinion(
            name: "manager",
            ratings: [
                "li-present": RatingRecord(.meeting, at: "2025-12-10T00:00:00Z"),
                "li-outcomes": RatingRecord(.meeting, at: "2025-12-10T00:00:00Z"),
                "ada-strategy": RatingRecord(.workingTowards, at: "2025-12-10T00:00:00Z"),
                "bo-roadmap": RatingRecord(.notYet, at: "2025-12-10T00:00:00Z"),
            ])
    ]

    static func harness(_ width: Int, _ height: Int, opinions: [Opinion] = opinions) throws -> ExplorerHarness {
        try ExplorerHarness(width: width, height: height, progress: progress, opinions: opinions)
    }

    @Test(arguments: sizes)
    func ladder(width: Int, height: Int) throws {
        let harness = try ExplorerHarness(width: width, height: height)
        Snapshot.expect(harness.screen, matches: "ladder-\(width)x\(height)")
    }

    /// Four companies' ladders beside ladder's: each keeps its titles (counts give way on a
    /// narrow screen), and each level matched to one of ladder's stands beside it (Acme's
    /// third beside Principal PM, above the fork); an unmatched one takes the row above the last.
    @Test(arguments: [(80, 24), (200, 40)])
    func ladderWithFourFrameworks(width: Int, height: Int) throws {
        let matches: [(String, [String?])] = [
            ("acme", ["apm", "pm", "principal-pm"]), ("globex", ["pm", nil, nil]),
            ("initech", ["senior-pm", nil, nil]),
            ("umbrella", [nil, "senior-pm", "group-pm"]),
        ]
        let frameworks = matches.map { name, matched in
            let levels = (1...3).map {
                Level(id: "\(name)-l\($0)", title: "\(name.capitalized): Level \($0)", short: "Level \($0)")
            }
            let skills = zip(levels, matched).compactMap { level, ladderLevel in
                ladderLevel.map {
                    SkillEntry(
                        id: "\(level.id)-writing", levels: [level.id, $0], source: name, expert: name,
                        area: "communication",
                        summary: "Writing: clear specs", quote: "Writes clear specs", locator: "line 2")
                }
            }
            return (
                "\(name).json",
                CatalogDocument(
                    levels: levels, tracks: [Track(id: name, title: name.capitalized, levels: levels.map(\.id))],
                    sources: [Source(id: name, title: name.capitalized, kind: .framework)],
                    experts: [Expert(id: name, name: name.capitalized)],
                    skills: skills)
            )
        }
        let harness = try ExplorerHarness(
            width: width, height: height, catalog: try Fixtures.catalog().adding(frameworks))
        Snapshot.expect(harness.screen, matches: "ladder-frameworks-\(width)x\(height)")
    }

    /// A company's Staff PM matched to Principal PM and its Group PM to Group PM, a rung no
    /// higher: Group PM stands above Staff PM, marked ↑ and explained under the ladder, rather
    /// than sit beside Director as if it equalled it.
    @Test(arguments: sizes)
    func ladderWithALevelThatCannotStandBesideItsMatch(width: Int, height: Int) throws {
        let matched = ["apm", "pm", "senior-pm", "principal-pm", "group-pm"]
        let titles = ["Associate PM", "PM", "Senior PM", "Staff PM", "Group PM"]
        let levels = titles.enumerated().map {
            Level(id: "acme-l\($0.offset + 1)", title: "Acme: \($0.element)", short: $0.element)
        }
        let skills = zip(levels, matched).map { level, ladderLevel in
            SkillEntry(
                id: "\(level.id)-writing", levels: [level.id, ladderLevel], source: "acme", expert: "acme",
                area: "communication",
                summary: "Writing: clear specs", quote: "Writes clear specs", locator: "line 2")
        }
        let acme = CatalogDocument(
            levels: levels, tracks: [Track(id: "acme", title: "Acme", levels: levels.map(\.id))],
            sources: [Source(id: "acme", title: "Acme", kind: .framework)], experts: [Expert(id: "acme", name: "Acme")],
            skills: skills)
        let harness = try ExplorerHarness(
            width: width, height: height, catalog: try Fixtures.catalog().adding([("acme.json", acme)]))
        Snapshot.expect(harness.screen, matches: "ladder-displaced-\(width)x\(height)")
    }

    /// `v` on a company's level: what the experts ask at the level it matched that it says
    /// nothing about, and what it asks that no expert mentions there.
    @Test(arguments: sizes)
    func aCompanysLevelHeldAgainstTheExperts(width: Int, height: Int) throws {
        let levels = [Level(id: "acme-senior", title: "Acme: Senior PM", short: "Senior PM")]
        let skills = [
            SkillEntry(
                id: "acme-roadmap", levels: ["acme-senior", "senior-pm"], source: "acme", expert: "acme",
                area: "strategy",
                summary: "Roadmap: owns the area's roadmap", quote: "Owns the area's roadmap", locator: "row 1"),
            SkillEntry(
                id: "acme-juggling", levels: ["acme-senior", "senior-pm"], source: "acme", expert: "acme",
                area: "acme-juggling",
                summary: "Juggling: keeps five balls up", quote: "Keeps five balls up", locator: "row 2"),
        ]
        let acme = CatalogDocument(
            areas: [SkillArea(id: "acme-juggling", name: "Juggling", short: nil, description: "From Acme")],
            levels: levels, tracks: [Track(id: "acme", title: "Acme", levels: ["acme-senior"])],
            sources: [Source(id: "acme", title: "Acme", kind: .framework)], experts: [Expert(id: "acme", name: "Acme")],
            skills: skills)
        let harness = try ExplorerHarness(
            width: width, height: height, catalog: try Fixtures.catalog().adding([("acme.json", acme)]))
        harness.press(.tab, .tab, .character("v"))
        Snapshot.expect(harness.screen, matches: "held-against-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func ladderWithProgress(width: Int, height: Int) throws {
        let harness = try Self.harness(width, height)
        Snapshot.expect(harness.screen, matches: "ladder-progress-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func level(width: Int, height: Int) throws {
        let harness = try Self.harness(width, height)
        harness.press(.enter, .down)
        Snapshot.expect(harness.screen, matches: "level-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func skill(width: Int, height: Int) throws {
        let harness = try Self.harness(width, height)
        harness.press(.enter, .down, .enter)
        Snapshot.expect(harness.screen, matches: "skill-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func sideBySide(width: Int, height: Int) throws {
        let harness = try Self.harness(width, height)
        harness.press(.character("c"))
        Snapshot.expect(harness.screen, matches: "side-by-side-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func help(width: Int, height: Int) throws {
        let harness = try ExplorerHarness(width: width, height: height)
        harness.press(.enter, .character("?"))
        Snapshot.expect(harness.screen, matches: "help-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func search(width: Int, height: Int) throws {
        let harness = try Self.harness(width, height)
        harness.press(.character("/"))
        harness.type("vision")
        Snapshot.expect(harness.screen, matches: "search-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func nextStep(width: Int, height: Int) throws {
        let harness = try Self.harness(width, height)
        harness.press(.character(">"), .down)
        Snapshot.expect(harness.screen, matches: "next-step-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func nextStepAsksForTheCurrentLevel(width: Int, height: Int) throws {
        let harness = try ExplorerHarness(width: width, height: height)
        harness.press(.character(">"))
        Snapshot.expect(harness.screen, matches: "next-step-ask-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func whatChanges(width: Int, height: Int) throws {
        let harness = try Self.harness(width, height)
        harness.press(.character("d"))
        Snapshot.expect(harness.screen, matches: "what-changes-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func areas(width: Int, height: Int) throws {
        let harness = try Self.harness(width, height)
        harness.press(.character("a"))
        Snapshot.expect(harness.screen, matches: "areas-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func evidence(width: Int, height: Int) throws {
        let harness = try Self.harness(width, height)
        harness.press(.enter, .down, .character("E"))
        Snapshot.expect(harness.screen, matches: "evidence-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func calibration(width: Int, height: Int) throws {
        let harness = try Self.harness(width, height)
        harness.press(.character("o"))
        Snapshot.expect(harness.screen, matches: "calibration-\(width)x\(height)")
    }

    /// A manager's three reports, aiming for Senior PM: Ana meets most of it, Bo some, Cy
    /// none; the manager's own ratings of Ana rate two of her skills two steps lower.
    static let team: [String: String] = {
        func report(_ ratings: [String: Rating]) -> String {
            ProgressFile.encode(
                UserProgress(
                    ratings: ratings.mapValues { RatingRecord($0, at: "2025-12-01T10:00:00Z") },
                    currentLevel: "pm", targetLevel: "senior-pm"))
        }
        return [
            "ana": report([
                "ada-strategy": .exceeding, "li-present": .meeting, "li-outcomes": .meeting, "ada-listens": .meeting,
            ]),
            "bo": report(["li-present": .meeting, "li-outcomes": .workingTowards]),
            "cy": report([:]),
        ]
    }()
    static let teamRatings = [
        "ana": ProgressFile.encode(
            UserProgress(ratings: [
                "ada-strategy": RatingRecord(.workingTowards, at: "2025-12-02T10:00:00Z"),
                "li-outcomes": RatingRecord(.notYet, at: "2025-12-02T10:00:00Z"),
            ]))
    ]

    /// The team at Senior PM; one person's ratings (a read-only copy); who meets a gap.
    @Test(arguments: sizes)
    func team(width: Int, height: Int) throws {
        let harness = try ExplorerHarness(
            width: width, height: height, progress: Self.progress, team: Self.team, teamRatings: Self.teamRatings)
        harness.press(.character("m"))
        Snapshot.expect(harness.screen, matches: "team-\(width)x\(height)")
        harness.press(.enter)
        Snapshot.expect(harness.screen, matches: "team-member-\(width)x\(height)")
        harness.press(.escape, .character("G"), .enter)
        Snapshot.expect(harness.screen, matches: "team-gap-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func timeline(width: Int, height: Int) throws {
        let harness = try Self.harness(width, height)
        harness.press(.character("T"))
        Snapshot.expect(harness.screen, matches: "timeline-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func noteEditor(width: Int, height: Int) throws {
        let harness = try Self.harness(width, height)
        harness.press(.enter, .character("e"))
        harness.type(" 製品 demo")
        harness.press(.left, .left, .left, .left, .left)
        Snapshot.expect(harness.screen, matches: "note-editor-\(width)x\(height)")
    }

    @Test(arguments: [(59, 16), (50, 12)])
    func tooSmall(width: Int, height: Int) throws {
        let harness = try ExplorerHarness(width: width, height: height)
        Snapshot.expect(harness.screen, matches: "too-small-\(width)x\(height)")
    }

    @Test func readOnlyBannerNamesTheFileAndTheProblem() throws {
        let harness = try ExplorerHarness(progress: "{\"schemaVersion\": 2, \"ticks\": [")
        let banner = harness.screen.lines[1...3].joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(
            banner.contains("Read-only: the progress file \(harness.scratch.file("progress.json")) is not valid JSON"))
        #expect(banner.contains("`ladder progress --repair` moves it aside."))
    }
}
