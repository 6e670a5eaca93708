import ArgumentParser
import LadderCore
import LadderText

extension EvidenceCommand {
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove a skill's piece of evidence by its number in `ladder evidence list SKILL-ID`.")

        @Argument(help: ArgumentHelp("A skill id.", valueName: "skill-id"), completion: Completions.skills)
        var skillID: String

        @Argument(help: "The entry's number, 1 being the newest.")
        var number: Int

        @OptionGroup var catalogOptions: CatalogOptions
        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let store = try progressOptions.openStore()
            let entries = store.progress.evidence(for: skillID)
            guard let entry = entries[safe: number - 1] else {
                throw CommandFailure.usage(
                    "\(Sanitizer.clean(skillID)) has \(Plural.count(entries.count, "piece")) of evidence; "
                        + "there is no number \(number) (`ladder evidence list \(Sanitizer.clean(skillID))` numbers them)"
                )
            }
            try record([.removeEvidence(skill: skillID, addedAt: entry.addedAt)], in: store)
            try emit("Removed the evidence of \(entry.date) from \(skillID): “\(Sanitizer.clean(entry.text))”")
        }
    }
}
