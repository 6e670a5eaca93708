import ArgumentParser
import LadderCore
import LadderText

struct TickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick",
        abstract: "Tick skills you have: rate them meeting (saved at once).",
        discussion: "A skill already rated meeting or exceeding is left as it is.")

    @Argument(
        help: ArgumentHelp("Skill ids, as `ladder show` and `ladder search` print them.", valueName: "skill-id"),
        completion: Completions.skills)
    var skillIDs: [String]

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        try catalog.requireRateable(skillIDs)
        let store = try progressOptions.openStore()
        let time = store.timestamp()
        let fresh = Array(Set(skillIDs)).filter { !store.progress.isTicked($0) }.sorted()
        try record(fresh.map { .tick(skill: $0, at: time) }, in: store)
        try emit(
            changeSummary(
                done: "Ticked", fresh.count, already: "already ticked", Set(skillIDs).count - fresh.count, in: store))
    }
}
