import ArgumentParser
import LadderCore
import LadderText

struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Where your ratings and the opinions you keep differ, two steps or more first.")

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        let progress = try progressOptions.openStore().progress
        let opinions = try progressOptions.opinions()
        let differences = catalog.calibration(progress, opinions: opinions)
        if output.json {
            return try emit(try CatalogJSON.encode(CalibrationJSON(differences: differences)), terminator: "")
        }
        var page = Page(width: OutputWidth.current)
        guard !opinions.isEmpty else {
            page.wrapped(
                "No opinions kept: `ladder opinion add FILE --name NAME` keeps someone's ratings beside yours.")
            return try emit(page.text, terminator: "")
        }
        page.wrapped(
            "You and \(opinions.map(\.name).joined(separator: ", ")): \(Plural.count(differences.count, "skill")) rated differently."
        )
        for (title, group) in [
            ("Two steps or more apart: a serious disconnect", differences.filter { $0.steps >= 2 }),
            ("One step apart", differences.filter { $0.steps == 1 }),
        ] where !group.isEmpty {
            page.blank()
            page.line("\(title) (\(group.count))")
            for difference in group {
                page.blank()
                page.wrapped(difference.skill.summary, indent: 2, hanging: 4)
                let theirs = difference.opinions.map { "\($0.name): \($0.rating.words)" }.joined(separator: " · ")
                page.wrapped("you: \(difference.own.words) · \(theirs)", indent: 4)
                page.idLine(difference.skill.id, indent: 4)
                for entry in progress.evidence(for: difference.skill.id) {
                    page.wrapped("evidence, \(entry.date): \(entry.text)", indent: 4, hanging: 6)
                }
            }
        }
        try emit(page.text, terminator: "")
    }
}
