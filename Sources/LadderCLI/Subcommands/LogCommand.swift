import ArgumentParser
import LadderCore
import LadderText

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
                throw CommandFailure.usage(
                    "no skill's id, summary or quote holds \"\(Sanitizer.visible(skill))\"; "
                        + "`ladder search WORDS` searches more widely. Nothing was saved")
            }
            var message =
                "\"\(Sanitizer.visible(skill))\" names \(found.count) skills; give more words or the id. Nothing was saved:"
            for entry in found.prefix(Self.shownCandidates) {
                message += "\n  \(entry.id)  \(Sanitizer.clean(entry.summary))"
            }
            if found.count > Self.shownCandidates { message += "\n  and \(found.count - Self.shownCandidates) more" }
            throw CommandFailure.usage(message)
        }
        try EvidenceCommand.Add.add(
            text, date: date, to: found[0].id, catalog: { catalog }, progressOptions: progressOptions)
    }
}
