import ArgumentParser
import LadderCore
import LadderText

struct RateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rate",
        abstract: "Rate skills: not-yet, working-towards, meeting or exceeding (none clears).",
        discussion:
            "ladder rate SKILL-ID RATING [SKILL-ID RATING ...], such as `ladder rate guide-present-to-executives meeting`."
    )

    @Argument(
        help: ArgumentHelp("Pairs of a skill id and a rating.", valueName: "skill-id rating"),
        completion: Completions.skillsAndRatings)
    var pairs: [String]

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        guard pairs.count.isMultiple(of: 2) else {
            throw CommandFailure.usage(
                "give a rating after each skill id: ladder rate SKILL-ID RATING [SKILL-ID RATING ...] "
                    + "(ratings: \(Rating.names), or none to clear)")
        }
        let catalog = try catalogOptions.load()
        let store = try progressOptions.openStore()
        var ratings: [(String, Rating?)] = []
        for index in stride(from: 0, to: pairs.count, by: 2) {
            let (id, name) = (pairs[index], pairs[index + 1])
            if name == "none" {
                try catalog.requireSkillIDs([id]) { store.progress.ratings[$0] != nil }
            } else {
                try catalog.requireRateable([id])
            }
            guard name == "none" || Rating(rawValue: name) != nil else {
                throw CommandFailure.usage(
                    "unknown rating \"\(Sanitizer.clean(name))\". Valid ratings: \(Rating.names), or none to clear")
            }
            ratings.append((id, Rating(rawValue: name)))
        }
        let time = store.timestamp()
        try record(ratings.map { .rate(skill: $0.0, $0.1, at: time) }, in: store)
        for (id, rating) in ratings {
            try emit("\(rating.map { "Rated \($0.words)" } ?? "Cleared the rating of"): \(id)")
        }
    }
}
