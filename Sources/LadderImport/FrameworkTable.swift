import LadderText

/// A career framework read from a file: competencies as rows, levels as columns, each cell
/// describing a competency at a level. A CSV matrix, a long CSV (a row per level and skill)
/// and a Markdown table all become this. Every text in it is clean (`Sanitizer`): matching and
/// ids work on what a reader sees.
public struct FrameworkTable: Sendable {
    public struct Row: Sendable {
        public var category: String?
        public var competency: String
        public var description: String?
        /// Cell text per level column (same order as `levels`); empty where the file has none.
        public var cells: [String]
        /// The file line the row starts on.
        public var line: Int
        /// Where each cell came from, when cells are not on the row's line (a long CSV): its line
        /// and any tag the file gives it (a proficiency, "skill level 3").
        public var cellSources: [(line: Int, tag: String?)]? = nil
    }

    /// Level column titles, in file order.
    public var levels: [String]
    public var rows: [Row]
    /// What kind of file it was, for the report ("CSV, ';' delimited").
    public var formatDescription: String
    /// What the page says level codes mean ("L3" -> "Senior PM"), from an overview table or
    /// headings such as "Level 3: Senior PM".
    public var levelCodes: [String: String] = [:]
    /// What the reader should know about how the file was read: which table, what was skipped.
    public var notes: [String] = []
}

/// A problem in an imported file, with where it is.
public struct ImportProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    /// A column or cell: "column 3", "cell \"Senior PM\"".
    public let place: String?
    public let message: String

    public init(file: String, line: Int? = nil, place: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.place = place
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let place { location += " (\(place))" }
        return "\(location): \(message)"
    }
}

/// Why a file could not be imported: every problem found.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public let problems: [ImportProblem]

    public init(_ problems: [ImportProblem]) {
        self.problems = problems
    }

    /// The first problems, one a line: a generated file can have thousands of the same one.
    public var description: String {
        let shown = problems.count > 25 ? 20 : problems.count
        let more = shown < problems.count ? ["… and \(problems.count - shown) more problems"] : []
        return (problems.prefix(shown).map(\.description) + more).joined(separator: "\n")
    }
}

/// Which columns of a header hold what.
enum HeaderRoles {
    static let categoryNames: Set = ["category", "area", "group", "pillar", "theme", "domain", "section"]
    static let competencyNames: Set = [
        "competency", "competencies", "parameter", "skill", "skills", "name", "dimension",
        "attribute", "capability", "behaviour", "behavior", "criteria", "criterion",
    ]
    static let descriptionNames: Set = ["description", "definition", "summary", "details", "what it means"]

    struct Roles {
        var category: Int?
        var competency: Int
        var description: Int?
        var levels: [Int]
    }

    /// Names the columns: known words pick category, competency and description; the first
    /// other column is the competency when none is named; every remaining column is a level.
    static func assign(_ header: [String]) -> Roles {
        let names = header.map { SearchFolding.fold($0).trimmingWhitespace() }
        let category = names.firstIndex { categoryNames.contains($0) }
        let description = names.firstIndex { descriptionNames.contains($0) }
        let named = names.firstIndex { competencyNames.contains($0) }
        let competency = named ?? names.indices.first { $0 != category && $0 != description } ?? 0
        let levels = names.indices.filter { ![category, description, competency].contains($0) }
        return Roles(category: category, competency: competency, description: description, levels: levels)
    }
}

extension String {
    /// Lowercase words joined by hyphens: "Impact & Influence" -> "impact-influence".
    public var slug: String {
        SearchFolding.fold(self).split { !($0.isLetter || $0.isNumber) || !$0.isASCII }.joined(separator: "-")
    }
}
