import ArgumentParser
import LadderCore
import LadderText

struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence", abstract: "Keep dated evidence for your skills: add, list, remove.",
        subcommands: [Add.self, List.self, Remove.self], defaultSubcommand: List.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a piece of evidence to a skill.")

        @Argument(help: ArgumentHelp("A skill id.", valueName: "skill-id"), completion: Completions.skills)
        var skillID: String

        @Argument(help: "What happened, such as \"led the Q3 pricing launch\" or a link.")
        var text: String

        @Option(help: ArgumentHelp("The day it happened (default: today).", valueName: "YYYY-MM-DD"))
        var date: String?

        @OptionGroup var catalogOptions: CatalogOptions
        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            try Self.add(text, date: date, to: skillID, catalog: { try catalogOptions.load() }, progressOptions: progressOptions)
        }

        /// Adds one entry: empty text or an impossible date is a usage error, nothing saved.
        static func add(_ text: String, date: String?, to skillID: String, catalog: () throws -> Catalog,
                        progressOptions: ProgressOptions) throws {
            let text = text.trimmingWhitespace()
            // Text of controls alone (bidi marks, DEL, escapes) would be kept and shown as nothing.
            guard Sanitizer.showsSomething(text) else {
                throw CommandFailure.usage("the evidence is empty: say what happened (`ladder evidence remove SKILL-ID N` "
                    + "removes an entry); nothing was saved")
            }
            if let date, !ProgressFile.isDate(date) {
                throw CommandFailure.usage("\"\(Sanitizer.clean(date))\" is not a day: give YYYY-MM-DD, such as 2026-03-31; nothing was saved")
            }
            // Loaded after the text and date are checked: a bad line fails fast.
            try catalog().requireRateable([skillID])
            let store = try progressOptions.openStore()
            // Evidence is what happened: a day after today (where you are) is a typo.
            if let date, date > store.today() {
                throw CommandFailure.usage("\(date) is after today (\(store.today())): evidence is what has happened; nothing was saved")
            }
            let now = store.timestamp()
            let entry = EvidenceEntry(date: date ?? store.today(), text: text, addedAt: now)
            let count = Plural.count(store.progress.evidence[skillID]?.count ?? 0, "piece")
            if store.progress.evidence(for: skillID).contains(where: { $0.date == entry.date && $0.text == entry.text }) {
                return try emit("The same evidence of \(entry.date) is already kept for \(skillID) (\(count)); nothing was added")
            }
            try record([.addEvidence(skill: skillID, entry)], in: store)
            try emit("Added evidence of \(entry.date) to \(skillID) (\(Plural.count(store.progress.evidence[skillID]?.count ?? 0, "piece")) now)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the evidence, newest first: for one skill, or all.")

        @Argument(help: ArgumentHelp("Only this skill.", valueName: "skill-id"), completion: Completions.skills)
        var skillID: String?

        @OptionGroup var output: OutputOptions
        @OptionGroup var catalogOptions: CatalogOptions
        @OptionGroup var progressOptions: ProgressOptions

        struct EntryJSON: Encodable {
            let skill: String
            let number: Int
            let date: String
            let text: String
        }

        struct JSON: Encodable {
            let entries: [EntryJSON]
        }

        func run() throws {
            let catalog = try catalogOptions.load()
            let progress = try progressOptions.openStore().progress
            if let skillID { try catalog.requireSkillIDs([skillID]) { progress.evidence[$0] != nil } }
            let skills = skillID.map { [$0] } ?? progress.evidence.keys.sorted()
            let entries = skills.flatMap { skill in
                progress.evidence(for: skill).enumerated().map { EntryJSON(skill: skill, number: $0.offset + 1, date: $0.element.date, text: $0.element.text) }
            }
            if output.json { return try emit(try CatalogJSON.encode(JSON(entries: entries)), terminator: "") }
            var page = Page(width: OutputWidth.current)
            if entries.isEmpty { page.line(skillID == nil ? "No evidence yet: `ladder evidence add SKILL-ID TEXT` adds some." : "No evidence for this skill yet.") }
            for skill in skills {
                page.blank()
                page.wrapped(catalog.skill(id: skill)?.summary ?? "\(skill) (not in the catalog)")
                page.idLine(skill, indent: 2)
                for entry in entries where entry.skill == skill {
                    page.wrapped("\(entry.number). \(entry.date)  \(entry.text)", indent: 4, hanging: 19)
                }
            }
            try emit(page.text, terminator: "")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove a skill's piece of evidence by its number in `ladder evidence list SKILL-ID`.")

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
                throw CommandFailure.usage("\(Sanitizer.clean(skillID)) has \(Plural.count(entries.count, "piece")) of evidence; "
                    + "there is no number \(number) (`ladder evidence list \(Sanitizer.clean(skillID))` numbers them)")
            }
            try record([.removeEvidence(skill: skillID, addedAt: entry.addedAt)], in: store)
            try emit("Removed the evidence of \(entry.date) from \(skillID): “\(Sanitizer.clean(entry.text))”")
        }
    }
}

/// `ladder log TEXT --skill WORDS`: evidence in one line, for the one skill the words name.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Keep a piece of evidence for the skill your words name, in one line.",
        discussion: """
            The words are matched against each skill's id, summary and quote (case and accents aside). When they name \
            more than one skill, nothing is saved and the candidates are listed with their ids: add a word, or give \
            the id. Evidence is what has happened: a day after today is refused.
            """)

    @Argument(help: "What happened, such as \"led the Q3 pricing launch\" or a link.")
    var text: String

    @Option(help: ArgumentHelp("Words from the skill's summary or quote, or its id.", valueName: "words"))
    var skill: String

    @Option(help: ArgumentHelp("The day it happened (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    /// How many candidates an ambiguous match lists.
    static let shownCandidates = 8

    func run() throws {
        let catalog = try catalogOptions.load()
        let found = catalog.skills(matching: skill)
        guard found.count == 1 else {
            guard !found.isEmpty else {
                throw CommandFailure.usage("no skill's id, summary or quote holds \"\(Sanitizer.visible(skill))\"; "
                    + "`ladder search WORDS` searches more widely. Nothing was saved")
            }
            var message = "\"\(Sanitizer.visible(skill))\" names \(found.count) skills; give more words or the id. Nothing was saved:"
            for entry in found.prefix(Self.shownCandidates) {
                message += "\n  \(entry.id)  \(Sanitizer.clean(entry.summary))"
            }
            if found.count > Self.shownCandidates { message += "\n  and \(found.count - Self.shownCandidates) more" }
            throw CommandFailure.usage(message)
        }
        try EvidenceCommand.Add.add(text, date: date, to: found[0].id, catalog: { catalog }, progressOptions: progressOptions)
    }
}
