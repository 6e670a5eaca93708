import ArgumentParser

/// Every command's own help, as Markdown: docs/commands.md holds it, so what the reference
/// says is what `--help` says (a test fails when they differ).
extension LadderCommand {
    public static func referenceMarkdown() -> String {
        var sections: [String] = []
        func add(_ command: any ParsableCommand.Type, path: [String]) {
            let help = helpMessage(for: command, columns: 80)
            sections.append("### `\(path.joined(separator: " "))`\n\n```\n\(help)\n```\n")
            for subcommand in command.configuration.subcommands {
                add(subcommand, path: path + [subcommand._commandName])
            }
        }
        add(LadderCommand.self, path: ["ladder"])
        return sections.joined(separator: "\n")
    }
}
