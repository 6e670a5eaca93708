import ArgumentParser
import LadderCore
import LadderText

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Add a piece of evidence to a skill, dated today (`ladder evidence` does more).")

    @Argument(help: ArgumentHelp("A skill id.", valueName: "skill-id"), completion: Completions.skills)
    var skillID: String

    @Argument(help: "The evidence, such as a link or \"led the Q3 pricing launch\".")
    var text: String

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        try EvidenceCommand.Add.add(
            text, date: nil, to: skillID, catalog: { try catalogOptions.load() }, progressOptions: progressOptions)
    }
}
