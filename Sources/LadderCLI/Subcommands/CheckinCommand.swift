import ArgumentParser
import LadderCore
import LadderText

struct CheckinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin",
        abstract: "Freeze where you stand today: your levels, every rating, and the skills' words as they are now.")

    @Option(help: "What the check-in is for, such as \"Q4 review\".")
    var message: String = ""

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        let store = try progressOptions.openStore()
        let checkin = catalog.checkin(store.progress, message: message.trimmingWhitespace(), at: store.timestamp())
        try record([.checkin(checkin)], in: store)
        try emit(
            "Checked in on \(checkin.at.prefix(10)): \(Plural.count(checkin.ratings.count, "rating")) frozen"
                + " (\(Plural.count(store.progress.checkins.count, "check-in")) so far; `ladder history` shows them).")
    }
}
