import Foundation
import LadderCore
@testable import LadderUI
import LadderTestSupport
import LadderFiles

/// A small, fixed catalog for screen tests: the real ladder's shape (two tracks forking after
/// Senior PM) with placeholder experts and text, so snapshots change only when screens do.
enum Fixtures {
    static let levels: [(id: String, title: String, short: String)] = [
        ("apm", "Associate Product Manager", "Associate PM"), ("pm", "Product Manager", "Product Manager"),
        ("senior-pm", "Senior Product Manager", "Senior PM"),
        ("principal-pm", "Principal Product Manager", "Principal PM"),
        ("senior-principal", "Senior Principal Product Manager", "Sr Principal PM"),
        ("group-pm", "Group Product Manager", "Group PM"),
        ("director", "Director of Product", "Director"), ("vp", "VP / Head of Product", "VP Product"),
        ("cpo", "Chief Product Officer", "CPO"),
    ]

    static let areas = [
        ("strategy", "Strategic thinking", "Strategy"), ("communication", "Communication", "Communication"),
        ("execution", "Details and quality", "Quality"), ("management", "Management", "Management"),
    ]

    /// Entries: (id, levels, expert, area, summary, extra JSON fields). No levels: the PM role in
    /// general. The ladder's model in small: Ada's strategy at Senior PM supersedes her
    /// brainstorming; Bo's mentoring is "and above"; Li's change at Group PM leaves his outcome
    /// checks behind; Ada listens and Bo warns, on the role in general.
    static let skills: [(String, [String], String, String, String, String)] = [
        ("ada-brainstorm", ["apm"], "ada", "strategy", "Brainstorms options with the team", ""),
        ("ada-specs", ["apm"], "ada", "execution", "Writes clear specs for small features", ""),
        ("bo-roadmap", ["pm"], "bo", "strategy", "Owns the roadmap for a product area with the manager", ""),
        ("bo-updates", ["pm"], "bo", "communication", "Keeps the team updated when plans change", ""),
        (
            "ada-strategy", ["senior-pm"], "ada", "strategy",
            "Defines the strategy for a product area and builds frameworks others use",
            #", "replaces": ["ada-brainstorm"]"#
        ),
        (
            "li-present", ["senior-pm"], "li", "communication",
            "Presents to executives and aligns stakeholders across teams", ""
        ),
        (
            "li-outcomes", ["senior-pm"], "li", "execution",
            "Judges work by the outcome it achieves, not only whether it works", ""
        ),
        ("bo-mentor", ["senior-pm"], "bo", "management", "Mentors junior PMs", #", "andAbove": true"#),
        ("li-systems", ["principal-pm"], "li", "strategy", "Thinks in systems across several product lines", ""),
        (
            "ada-company-pov", ["senior-principal"], "ada", "strategy",
            "Holds a point of view on the company's product strategy", ""
        ),
        ("bo-hire", ["group-pm", "director"], "bo", "management", "Hires and grows a team of PMs", ""),
        (
            "li-hands-off", ["group-pm"], "li", "execution", "Leaves feature-level outcome checks to the team",
            #", "kind": "change", "replaces": ["li-outcomes"]"#
        ),
        (
            "ada-vision", ["director"], "ada", "strategy", "Sets the vision for a whole product line",
            #", "andAbove": true"#
        ),
        ("li-vision", ["director"], "li", "strategy", "Ties strategy to a set of beliefs about the future", ""),
        (
            "li-narrative", ["vp", "cpo"], "li", "communication",
            "Tells the story of what the product organisation stands for", ""
        ),
        ("bo-org", ["vp"], "bo", "management", "Designs the organisation and its hiring bar", ""),
        ("ada-board", ["cpo"], "ada", "communication", "Represents product to the board and outside the company", ""),
        ("ada-listens", [], "ada", "communication", "Listens more than talks", ""),
        ("bo-hero", [], "bo", "execution", "Playing the hero in every crisis", #", "kind": "watch-out""#),
    ]

    static var catalogFile: CatalogFile {
        func quoted(_ text: String) -> String { "\"" + text + "\"" }
        let levelsJSON = levels.map {
            "{\"id\": \(quoted($0.id)), \"title\": \(quoted($0.title)), \"short\": \(quoted($0.short))}"
        }
        let areasJSON = areas.map { "{\"id\": \(quoted($0.0)), \"name\": \(quoted($0.1)), \"short\": \(quoted($0.2))}" }
        let skillsJSON = skills.map { id, levels, expert, area, summary, extra in
            let scope =
                levels.isEmpty
                ? #""scope": "role""#
                : #""scope": "level", "levels": ["# + levels.map(quoted).joined(separator: ", ") + "]"
            return """
                {"id": \(quoted(id)), \(scope)\(extra), "source": \(quoted(expert == "bo" ? "thread" : "qa")),
                 "expert": \(quoted(expert)), "area": \(quoted(area)), "summary": \(quoted(summary)),
                 "quote": \(quoted("placeholder quote for " + id)), "locator": \(quoted("answer " + expert))}
                """
        }
        return CatalogFile(
            name: "fixture.json",
            text: """
                {"schemaVersion": 2,
                 "areas": [\(areasJSON.joined(separator: ",\n"))],
                 "levels": [\(levelsJSON.joined(separator: ",\n"))],
                 "tracks": [{"id": "ic", "title": "Individual contributor", "levels": ["apm", "pm", "senior-pm", "principal-pm", "senior-principal"]},
                            {"id": "management", "title": "Management", "levels": ["apm", "pm", "senior-pm", "group-pm", "director", "vp", "cpo"]}],
                 "sources": [{"id": "qa", "title": "A placeholder Q&A page", "kind": "qa-page", "publisher": "Example Q&A"},
                             {"id": "thread", "title": "A placeholder thread", "kind": "forum-thread", "date": "2024-01-02"}],
                 "experts": [{"id": "ada", "name": "Ada Example", "role": "Head of Product", "company": "Example Co"},
                             {"id": "bo", "name": "Bo Sample", "role": "forum member"},
                             {"id": "li", "name": "李 Placeholder", "role": "Director", "company": "例 Corp"}],
                 "skills": [\(skillsJSON.joined(separator: ",\n"))]}
                """)
    }

    static func catalog() throws -> Catalog {
        try Catalog.load([catalogFile])
    }

    /// A fixed clock: 2026-01-02T12:00:00Z, the same date in every time zone but the farthest.
    static let now = Date(timeIntervalSince1970: 1_767_355_200)
}

/// An explorer over the fixture catalog with its progress file in a scratch directory.
final class ExplorerHarness {
    let scratch = ScratchDirectory()
    let explorer: Explorer

    init(
        width: Int = 80, height: Int = 24, progress: String? = nil, catalog: Catalog? = nil, opinions: [Opinion] = [],
        team: [String: String] = [:], teamRatings: [String: String] = [:],
        keys: KeyMap = .standard, write: ((_ bytes: [UInt8], _ path: String) throws(FileError) -> Void)? = nil
    ) throws {
        if let progress { try scratch.write(progress, to: "progress.json") }
        // Reports' files as `ladder team add` keeps them, and the manager's ratings of them.
        for folder in ["progress.json.team", "progress.json.team-ratings"] {
            try FileManager.default.createDirectory(atPath: scratch.file(folder), withIntermediateDirectories: true)
        }
        for (name, file) in team {
            try scratch.write(file, to: "progress.json.team/\(name).json")
            // The day a copy was kept is its file's: fixed, so screens do not change with the clock.
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSince1970: 1_764_936_000)],  // 2025-12-05
                ofItemAtPath: scratch.file("progress.json.team/\(name).json"))
        }
        for (name, file) in teamRatings { try scratch.write(file, to: "progress.json.team-ratings/\(name).json") }
        let path = scratch.file("progress.json")
        let store =
            write.map { ProgressStore(path: path, now: { Fixtures.now }, write: $0) }
            ?? ProgressStore(path: path, now: { Fixtures.now })
        explorer = Explorer(
            catalog: try catalog ?? Fixtures.catalog(), store: store, opinions: opinions,
            team: TeamStore(progressPath: path),
            keys: keys, width: width, height: height)
    }

    /// Sends keys through the real loop (`Explorer.run`): each key is handled (and laid out),
    /// then the screen is drawn.
    func press(_ keys: Key...) {
        var queue = keys[...]
        explorer.run(draw: { _ in }, nextKey: { queue.popFirst() })
    }

    func type(_ text: String) {
        text.forEach { press(.character($0)) }
    }

    var screen: Grid { explorer.render() }
    var text: String { screen.text }
}

extension ExplorerHarness {
    /// The progress on disk now.
    var saved: LadderCore.UserProgress { ProgressStore(path: scratch.file("progress.json")).progress }

    /// The header's breadcrumb as drawn ("ladder › Associate PM › Evidence"): where the user
    /// is, read off the screen.
    var breadcrumb: String {
        let header = screen.lines.first ?? ""
        return String(header.split(separator: "  ").first ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// The title of the screen on top, as its breadcrumb's last part.
    var screenTitle: String {
        breadcrumb.components(separatedBy: " › ").last ?? ""
    }

    /// The rows drawn in reverse video below the header: the selection, as text.
    var selectedRows: [String] {
        let grid = screen
        return (1..<grid.height).filter { row in (0..<grid.width).contains { grid[$0, row].style.reverse } }.map {
            grid.lines[$0]
        }
    }

    /// The skill the selection shows: the one whose summary is on a selected row, whole or cut
    /// with "…" (the longest, when one summary holds another).
    var selectedSkillID: String? {
        // A row's columns are set apart by two spaces or more; a summary is one of them.
        let columns = selectedRows.flatMap { $0.components(separatedBy: "  ") }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        return explorer.catalog.skills.filter { skill in
            columns.contains { column in
                column.hasSuffix(skill.summary)
                    || (column.hasSuffix("…") && column.count > 10 && skill.summary.hasPrefix(column.dropLast()))
            }
        }.max { $0.summary.count < $1.summary.count }?.id
    }

    /// The level whose screen is open, from its title in the breadcrumb.
    var openLevelID: String? {
        explorer.catalog.levels.first { $0.shortTitle == screenTitle }?.id
    }

    /// Whether the skill screen is open on this skill (its quote is shown).
    func showsSkill(_ id: String) -> Bool {
        guard screenTitle == "Skill", let skill = explorer.catalog.skill(id: id) else { return false }
        return text.contains(skill.quote)
    }

    /// The level the ladder screen has selected, from its summary line ("Director of Product:
    /// 0 of 10 skills ticked").
    var selectedLevelTitle: String? {
        screen.lines.first { $0.contains(" skills ticked") || $0.contains(" skill ticked") }
            .flatMap { $0.split(separator: ":").first }.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
