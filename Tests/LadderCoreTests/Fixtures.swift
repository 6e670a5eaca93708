import Foundation
@testable import LadderCore

/// A small catalog written for the tests: four levels on two tracks that fork after "mid",
/// two sources, three experts. Its entries exercise the level model: a band, "and above", a
/// skill that supersedes a lower one, a change that leaves one behind, role entries and a
/// watch-out (see `LevelModelTests` for what each level holds).
enum Fixtures {
    static let core = CatalogFile(
        name: "core.json",
        text: """
            {
              "schemaVersion": 2,
              "areas": [
                { "id": "strategy", "name": "Strategic thinking" },
                { "id": "craft", "name": "Craft" },
                { "id": "people", "name": "People" }
              ],
              "levels": [
                { "id": "junior", "title": "Junior Maker", "aliases": ["Jr Maker", "Entry Maker"] },
                { "id": "mid", "title": "Maker", "short": "Maker" },
                { "id": "staff", "title": "Staff Maker" },
                { "id": "lead", "title": "Lead of Makers", "aliases": ["Head of Making"] }
              ],
              "tracks": [
                { "id": "ic", "title": "Individual contributor", "levels": ["junior", "mid", "staff"] },
                { "id": "management", "title": "Management", "levels": ["junior", "mid", "lead"] }
              ]
            }
            """)

    static let sources = CatalogFile(
        name: "sources.json",
        text: """
            {
              "schemaVersion": 2,
              "sources": [
                { "id": "talk", "title": "A Talk", "kind": "podcast", "date": "2024-01-02", "quoteKind": "summary-notes" },
                { "id": "page", "title": "A Page", "kind": "qa-page", "publisher": "Q&A site" }
              ],
              "experts": [
                { "id": "ana", "name": "Ana Núñez", "role": "Head", "company": "Acme" },
                { "id": "bo", "name": "Bo Li" },
                { "id": "cy", "name": "Cy Young" }
              ],
              "skills": [
                { "id": "ana-ships", "scope": "level", "levels": ["junior"], "source": "talk", "expert": "ana", "area": "craft",
                  "summary": "Ships small features", "quote": "ship small things", "locator": "00:02:00" },
                { "id": "ana-plans", "scope": "level", "levels": ["mid"], "source": "talk", "expert": "ana", "area": "strategy",
                  "summary": "Plans the roadmap", "quote": "plan the roadmap", "locator": "00:01:00" },
                { "id": "ana-plans-line", "scope": "level", "levels": ["staff"], "replaces": ["ana-plans"], "source": "talk",
                  "expert": "ana", "area": "strategy", "summary": "Plans a whole product line", "quote": "plan the line",
                  "locator": "00:03:00" },
                { "id": "cy-strategy", "scope": "level", "levels": ["mid"], "andAbove": true, "source": "page", "expert": "cy",
                  "area": "strategy", "summary": "Thinks in bets", "quote": "thinking in bets", "locator": "answer by Cy Young" },
                { "id": "bo-vision", "scope": "level", "levels": ["staff", "lead"], "source": "page", "expert": "bo", "area": "strategy",
                  "summary": "Sets a vision", "quote": "set the vision", "locator": "answer by Bo Li" },
                { "id": "bo-hires", "scope": "level", "levels": ["lead"], "source": "page", "expert": "bo", "area": "people",
                  "summary": "Hires well", "quote": "hire the right people", "locator": "answer by Bo Li" },
                { "id": "ana-coaches", "scope": "level", "levels": ["lead"], "source": "page", "expert": "ana", "area": "people",
                  "summary": "Coaches the team", "quote": "coach them", "locator": "answer by Ana" },
                { "id": "ana-lets-go", "scope": "level", "levels": ["lead"], "kind": "change", "replaces": ["ana-ships"],
                  "source": "talk", "expert": "ana", "area": "craft", "summary": "Stops shipping features personally",
                  "quote": "you stop shipping yourself", "locator": "00:04:00" },
                { "id": "bo-listens", "scope": "role", "source": "page", "expert": "bo", "area": "people",
                  "summary": "Listens to everyone", "quote": "listen to everyone", "locator": "answer by Bo Li" },
                { "id": "cy-hero", "scope": "role", "kind": "watch-out", "source": "page", "expert": "cy", "area": "craft",
                  "summary": "Playing the hero", "quote": "do not play the hero", "locator": "answer by Cy Young" }
              ]
            }
            """)

    static func catalog() throws -> Catalog {
        try Catalog.load([core, sources])
    }

    /// `sources` with one piece of text replaced, to break it on purpose.
    static func sources(replacing target: String, with replacement: String) -> CatalogFile {
        precondition(sources.text.contains(target), "fixture has no \(target)")
        return CatalogFile(name: sources.name, text: sources.text.replacingFirst(target, with: replacement))
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}

extension UserProgress {
    /// Progress with these skills ticked (rated meeting) at these times.
    static func ticked(_ ticks: [String: String]) -> UserProgress {
        UserProgress(ratings: ticks.mapValues { RatingRecord(.meeting, at: $0) })
    }
}
