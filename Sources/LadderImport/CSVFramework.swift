import SwiftCSV
import LadderText

/// Reads a competency matrix exported from a spreadsheet. The CSV itself (quoting, cells over
/// several lines, embedded delimiters and quotes, a UTF-8 BOM, `,` `;` or tab as delimiter)
/// is SwiftCSV's job; this checks the table's shape and keeps line numbers for problems.
enum CSVFramework {
    static func read(_ text: String, file: String) throws(ImportFailure) -> FrameworkTable {
        let csv: EnumeratedCSV
        do {
            // SwiftCSV drops an empty quoted last cell ("…,\"\"") when no line break follows it.
            csv = try EnumeratedCSV(string: text.hasSuffix("\n") ? text : text + "\n", loadColumns: false)
        } catch {
            throw ImportFailure([ImportProblem(file: file, message: "not readable as CSV: \(error)")])
        }
        var rows: [[String]] = []
        do {
            try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { (row: [String]) in rows.append(row) }
        } catch {
            throw ImportFailure([ImportProblem(file: file, message: "not readable as CSV: \(error)")])
        }
        // The line each row starts on: rows are one line apart, plus the line breaks inside their cells.
        var lines: [Int] = []
        var line = 1
        for row in rows {
            lines.append(line)
            line += 1 + row.reduce(0) { $0 + $1.count { $0 == "\n" || $0 == "\r\n" } }
        }
        let delimiter = csv.delimiter.rawValue == "\t" ? "tab" : "'\(csv.delimiter.rawValue)'"
        let header = (rows.first ?? []).map { Sanitizer.clean($0).trimmingWhitespace() }
        let body = Array(zip(rows.dropFirst(), lines.dropFirst()))
        if let roles = try LongFormat.roles(of: header, file: file) {
            return try LongFormat.pivot(
                header: header, body: body, roles: roles, file: file,
                format: "CSV, \(delimiter) delimited, long format (a row per level and skill)")
        }
        return try FrameworkTable.from(
            header: header, headerLine: 1, body: body, file: file, format: "CSV, \(delimiter) delimited")
    }
}

/// A long CSV, as HR systems export: one row per level and skill (`Role Level, Skill Name,
/// Skill Level, Skill Level Description`) rather than a matrix. Recognised by its header,
/// turned into the matrix a competency-per-row file would be.
enum LongFormat {
    static let levelNames: Set = [
        "level", "role level", "job level", "career level", "grade", "band", "job grade", "role", "job title",
        "level title",
    ]
    static let skillNames: Set = [
        "skill", "skill name", "competency", "competency name", "capability", "capability name",
    ]
    static let categoryNames: Set = [
        "category", "skill category", "competency category", "area", "skill group", "group", "pillar",
    ]
    static let descriptionNames: Set = [
        "description", "skill level description", "skill description", "behaviour", "behaviours",
        "behavior", "behaviors", "indicator", "indicators", "expectation", "expectations",
        "what good looks like",
    ]
    static let tagNames: Set = [
        "skill level", "proficiency", "proficiency level", "level of skill", "skill proficiency",
    ]

    struct Roles {
        var level: Int
        var skill: Int
        var description: Int
        var category: Int?
        var tag: Int?
    }

    /// The columns of a long file, nil for any other header; a header with a level and a skill
    /// column but no description is a long file missing a column: an error.
    static func roles(of header: [String], file: String) throws(ImportFailure) -> Roles? {
        let names = header.map { SearchFolding.fold($0).trimmingWhitespace() }
        func column(_ set: Set<String>) -> Int? { names.firstIndex { set.contains($0) } }
        guard let level = column(levelNames), let skill = column(skillNames) else { return nil }
        guard let description = column(descriptionNames) else {
            throw ImportFailure([
                ImportProblem(
                    file: file, line: 1,
                    message: "a long-format file (a row per level and skill) needs a "
                        + "description column beside \"\(header[level])\" and \"\(header[skill])\", such as \"Skill Level Description\""
                )
            ])
        }
        return Roles(
            level: level, skill: skill, description: description, category: column(categoryNames), tag: column(tagNames)
        )
    }

    /// Levels in the order the file first names them, competencies likewise; each cell is the
    /// description of one row. Two rows for the same level and skill are an error.
    static func pivot(
        header: [String], body: [(cells: [String], line: Int)], roles: Roles, file: String,
        format: String
    ) throws(ImportFailure) -> FrameworkTable {
        var problems: [ImportProblem] = []
        var levels: [String] = []
        var levelIndex: [String: Int] = [:]
        var rows: [FrameworkTable.Row] = []
        var rowIndex: [String: Int] = [:]
        var cells: [[String: (text: String, line: Int, tag: String?)]] = []
        for (raw, line) in body {
            let fields = raw.map { Sanitizer.clean($0, keepNewlines: true).trimmingWhitespace() }
            guard !fields.allSatisfy(\.isEmpty) else { continue }
            guard fields.count == header.count else {
                problems.append(
                    ImportProblem(
                        file: file, line: line,
                        message: "this row has \(Plural.count(fields.count, "cell")) but the header has \(header.count)"
                    ))
                continue
            }
            let level = Sanitizer.clean(fields[roles.level]), skill = Sanitizer.clean(fields[roles.skill])
            let description = fields[roles.description]
            guard !level.isEmpty, !skill.isEmpty, !description.isEmpty else {
                let missing =
                    level.isEmpty
                    ? header[roles.level] : skill.isEmpty ? header[roles.skill] : header[roles.description]
                problems.append(ImportProblem(file: file, line: line, message: "the row has no \(missing)"))
                continue
            }
            let category = roles.category.map { Sanitizer.clean(fields[$0]) }.flatMap { $0.isEmpty ? nil : $0 }
            let levelKey = level.slug, skillKey = ((category ?? "") + " " + skill).slug
            if levelIndex[levelKey] == nil {
                levelIndex[levelKey] = levels.count
                levels.append(level)
            }
            if rowIndex[skillKey] == nil {
                rowIndex[skillKey] = rows.count
                rows.append(
                    FrameworkTable.Row(category: category, competency: skill, description: nil, cells: [], line: line))
                cells.append([:])
            }
            let row = rowIndex[skillKey]!
            if let first = cells[row][levelKey] {
                problems.append(
                    ImportProblem(
                        file: file, line: line,
                        message: "a second row for \"\(skill)\" at \"\(level)\" (the first is on line \(first.line))"))
                continue
            }
            let tag = roles.tag.map { fields[$0] }.flatMap { $0.isEmpty ? nil : "\(header[roles.tag!]): \($0)" }
            cells[row][levelKey] = (description, line, tag)
        }
        if rows.isEmpty && problems.isEmpty {
            problems.append(ImportProblem(file: file, line: 1, message: "no skills: the file has only its header"))
        }
        if levels.count == 1 && problems.isEmpty {
            problems.append(
                ImportProblem(
                    file: file, line: 1,
                    message: "every row is at one level, \"\(levels[0])\": a ladder needs two or more"))
        }
        guard problems.isEmpty else { throw ImportFailure(problems) }
        for index in rows.indices {
            let byLevel = levels.map { cells[index][$0.slug] }
            rows[index].cells = byLevel.map { $0?.text ?? "" }
            rows[index].cellSources = byLevel.map { ($0?.line ?? rows[index].line, $0?.tag) }
        }
        return FrameworkTable(levels: levels, rows: rows, formatDescription: format)
    }
}

extension FrameworkTable {
    /// Builds a table from a header and body rows (with their lines), reporting empty files,
    /// missing level columns, ragged rows, rows without a competency and duplicate competencies.
    static func from(
        header: [String], headerLine: Int, body: [(cells: [String], line: Int)], file: String, format: String
    ) throws(ImportFailure) -> FrameworkTable {
        // Clean first: what follows matches and makes ids from what a reader sees.
        let header = header.map { Sanitizer.clean($0).trimmingWhitespace() }
        let rows = body.map { (cells: $0.cells.map { Sanitizer.clean($0, keepNewlines: true) }, line: $0.line) }
            .filter { !$0.cells.allSatisfy { $0.trimmingWhitespace().isEmpty } }
        guard header.contains(where: { !$0.isEmpty }) else {
            throw ImportFailure([
                ImportProblem(file: file, message: "the file is empty: no header row and no competencies")
            ])
        }
        let roles = HeaderRoles.assign(header)
        var problems: [ImportProblem] = []
        if roles.levels.isEmpty {
            problems.append(
                ImportProblem(
                    file: file, line: headerLine,
                    message: "no level columns: after the competency (and optional category and description) columns, "
                        + "each column should be a level, such as \"Junior PM\""))
        }
        if roles.levels.count == 1 {
            problems.append(
                ImportProblem(
                    file: file, line: headerLine, place: "column \(roles.levels[0] + 1)",
                    message: "one level column, \"\(header[roles.levels[0]])\": a ladder needs two or more levels"))
        }
        for index in roles.levels where header[index].isEmpty {
            problems.append(
                ImportProblem(
                    file: file, line: headerLine, place: "column \(index + 1)", message: "a level column has no title"))
        }
        if rows.isEmpty {
            problems.append(
                ImportProblem(file: file, line: headerLine, message: "no competencies: the table has only its header"))
        }
        var seen: [String: Int] = [:]
        var table: [Row] = []
        for (cells, line) in rows {
            guard cells.count == header.count else {
                problems.append(
                    ImportProblem(
                        file: file, line: line,
                        message: "this row has \(Plural.count(cells.count, "cell")) but the header has \(header.count)")
                )
                continue
            }
            let trimmed = cells.map { $0.trimmingWhitespace() }
            let competency = trimmed[roles.competency]
            guard !competency.isEmpty else {
                problems.append(
                    ImportProblem(
                        file: file, line: line, place: "column \(roles.competency + 1)",
                        message: "the row has no competency name"))
                continue
            }
            let category = roles.category.map { trimmed[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            let key = ((category ?? "") + " " + competency).slug
            if let first = seen[key] {
                problems.append(
                    ImportProblem(
                        file: file, line: line,
                        message: "duplicate competency \"\(competency)\" (first on line \(first))"))
                continue
            }
            seen[key] = line
            table.append(
                Row(
                    category: category, competency: competency,
                    description: roles.description.map { trimmed[$0] }.flatMap { $0.isEmpty ? nil : $0 },
                    cells: roles.levels.map { trimmed[$0] }, line: line))
        }
        guard problems.isEmpty else { throw ImportFailure(problems) }
        return FrameworkTable(levels: roles.levels.map { header[$0] }, rows: table, formatDescription: format)
    }
}
