import ArgumentParser
import LadderCatalog
import LadderCore
import LadderImport
import LadderText

/// What the shell completion scripts offer where a command takes a level, a skill, a
/// framework, an opinion or a team member: read from the catalog (installed frameworks
/// included) and the files beside the progress file when the user presses Tab, never when
/// the script is generated. A file that cannot be read offers nothing rather than printing
/// into the user's command line.
enum Completions {
    /// Level ids, titles and aliases.
    static let levels = CompletionKind.custom { _, _, prefix in
        candidates(levelNames(in: catalog()), prefix)
    }

    /// Skill ids, installed frameworks' included.
    static let skills = CompletionKind.custom { _, _, prefix in
        candidates(catalog().skills.map(\.id), prefix)
    }

    /// `rate`'s pairs: skill ids and the ratings, whichever the word begins.
    static let skillsAndRatings = CompletionKind.custom { _, _, prefix in
        candidates(Rating.allCases.map(\.rawValue) + ["none"] + catalog().skills.map(\.id), prefix)
    }

    /// Installed frameworks' names.
    static let frameworks = CompletionKind.custom { _, _, prefix in
        candidates(FrameworkStore(environment: processEnvironment()).installed(), prefix)
    }

    /// The opinions kept beside the progress file (`--progress-file` on the line counts).
    static let opinions = CompletionKind.custom { words, _, prefix in
        candidates(progressPath(words).map { OpinionStore(progressPath: $0).names() } ?? [], prefix)
    }

    /// The team kept beside the progress file.
    static let teamMembers = CompletionKind.custom { words, _, prefix in
        candidates(progressPath(words).map { TeamStore(progressPath: $0).names() } ?? [], prefix)
    }

    /// Every name a level answers to, ids first.
    static func levelNames(in catalog: Catalog) -> [String] {
        catalog.levels.map(\.id) + catalog.levels.flatMap { [$0.title] + ($0.aliases ?? []) }
    }

    /// The names that start with what is typed so far (case ignored), each once, in order.
    /// A name a shell could read as more than a word is never offered: bash's completion
    /// expands what it is given, so `$(…)` in an imported framework's title would run.
    static func candidates(_ names: [String], _ prefix: String) -> [String] {
        let typed = unquoted(prefix).lowercased()
        var seen = Set<String>()
        return names.filter { isInert($0) && $0.lowercased().hasPrefix(typed) && seen.insert($0).inserted }
    }

    /// Letters, digits, spaces and punctuation no shell expands or splits on.
    static func isInert(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy { scalar in
                scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || " -_.,:+/@%=()".unicodeScalars.contains(scalar)
            }
    }

    /// The bundled catalog and the installed frameworks, quietly: a framework that does not
    /// load is left out.
    private static func catalog() -> Catalog {
        (try? CatalogSelection().load(warnings: false)) ?? BundledCatalog.catalog
    }

    /// The progress file the line names with `--progress-file`, else the default one.
    private static func progressPath(_ words: [String]) -> String? {
        let given = words.firstIndex(of: "--progress-file").flatMap { words[safe: $0 + 1] }.map(unquoted)
        return try? ProgressSelection(progressFile: given).path()
    }

    /// A shell word without the quotes around it (shells pass words verbatim).
    private static func unquoted(_ word: String) -> String {
        guard let first = word.first, first == "\"" || first == "'" else { return word }
        return String(word.dropFirst().prefix { $0 != first })
    }
}
