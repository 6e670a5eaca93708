import ArgumentParser
import LadderCore
import LadderText

extension EvidenceCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a piece of evidence to a skill.")

        @Argument(help: ArgumentHelp("A skill id.", valueName: "skill-id"), completion: Completions.skills)
        var skillID: String

        @Argument(help: "What happened, such as \"led the Q3 pricing launch\" or a link.")
        var text: String

        @Option(help: ArgumentHelp("The day it happened (default: today).", valueName: "YYYY-MM-DD"))
        var date: String?

        @OptionGroup var catalogOptions: CatalogOptions
        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            try Self.add(
                text, date: date, to: skillID, catalog: { try catalogOptions.load() }, progressOptions: progressOptions)
        }

        /// Adds one entry: empty text or an impossible date is a usage error, nothing saved.
        static func add(
            _ text: String, date: String?, to skillID: String, catalog: () throws -> Catalog,
            progressOptions: ProgressOptions
        ) throws {
            let text = text.trimmingWhitespace()
            // Text of controls alone (bidi marks, DEL, escapes) would be kept and shown as nothing.
            guard Sanitizer.showsSomething(text) else {
                throw CommandFailure.usage(
                    "the evidence is empty: say what happened (`ladder evidence remove SKILL-ID N` "
                        + "removes an entry); nothing was saved")
            }
            if let date, !ProgressFile.isDate(date) {
                throw CommandFailure.usage(
                    "\"\(Sanitizer.clean(date))\" is not a day: give YYYY-MM-DD, such as 2026-03-31; nothing was saved")
            }
            // Loaded after the text and date are checked: a bad line fails fast.
            try catalog().requireRateable([skillID])
            let store = try progressOptions.openStore()
            // Evidence is what happened: a day after today (where you are) is a typo.
            if let date, date > store.today() {
                throw CommandFailure.usage(
                    "\(date) is after today (\(store.today())): evidence is what has happened; nothing was saved")
            }
            let now = store.timestamp()
            let entry = EvidenceEntry(date: date ?? store.today(), text: text, addedAt: now)
            let count = Plural.count(store.progress.evidence[skillID]?.count ?? 0, "piece")
            if store.progress.evidence(for: skillID).contains(where: { $0.date == entry.date && $0.text == entry.text })
            {
                return try emit(
                    "The same evidence of \(entry.date) is already kept for \(skillID) (\(count)); nothing was added")
            }
            try record([.addEvidence(skill: skillID, entry)], in: store)
            try emit(
                "Added evidence of \(entry.date) to \(skillID) (\(Plural.count(store.progress.evidence[skillID]?.count ?? 0, "piece")) now)"
            )
        }
    }
}
