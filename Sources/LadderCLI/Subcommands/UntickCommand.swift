import ArgumentParser
import LadderCore
import LadderText

struct UntickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "untick", abstract: "Clear the ratings of skills (saved at once).")

    @Argument(
        help: ArgumentHelp(
            "Skill ids; orphaned ratings (ids the catalog no longer has) can be cleared too.", valueName: "skill-id"),
        completion: Completions.skills)
    var skillIDs: [String]

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        let store = try progressOptions.openStore()
        // A key edited into the file by hand with control characters is shown cleaned: it is cleared by what is shown.
        func storedKeys(shownAs id: String) -> [String] {
            store.progress.ratings.keys.filter { $0 == id || Sanitizer.clean($0) == id }
        }
        try catalog.requireSkillIDs(skillIDs) { !storedKeys(shownAs: $0).isEmpty }
        let requested = Set(skillIDs)
        let rated = requested.filter { !storedKeys(shownAs: $0).isEmpty }
        try record(rated.flatMap(storedKeys(shownAs:)).sorted().map { .untick(skill: $0) }, in: store)
        try emit(
            changeSummary(
                done: "Cleared the ratings of", rated.count, already: "not rated", requested.count - rated.count,
                in: store))
    }
}
