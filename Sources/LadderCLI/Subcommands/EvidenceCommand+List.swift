import ArgumentParser
import LadderCore
import LadderText

extension EvidenceCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the evidence, newest first: for one skill, or all.")

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
                progress.evidence(for: skill).enumerated().map {
                    EntryJSON(skill: skill, number: $0.offset + 1, date: $0.element.date, text: $0.element.text)
                }
            }
            if output.json { return try emit(try CatalogJSON.encode(JSON(entries: entries)), terminator: "") }
            var page = Page(width: OutputWidth.current)
            if entries.isEmpty {
                page.line(
                    skillID == nil
                        ? "No evidence yet: `ladder evidence add SKILL-ID TEXT` adds some."
                        : "No evidence for this skill yet.")
            }
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
}
