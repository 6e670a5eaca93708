import SwiftCSV
import LadderText

/// Reads a competency matrix exported from a spreadsheet. The CSV itself (quoting, cells over
/// several lines, embedded delimiters and quotes, a UTF-8 BOM, `,` `;` or tab as delimiter)
/// is SwiftCSV's job; this checks the table's shape and keeps line numbers for problems.
enum CSVFramework {
    static func read(_ text: String, file: String) throws(ImportFailure) -> FrameworkTable {
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: text, loadColumns: false)
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
        return try FrameworkTable.from(
            header: rows.first ?? [], headerLine: 1, body: Array(zip(rows.dropFirst(), lines.dropFirst())),
            file: file, format: "CSV, \(delimiter) delimited")
    }
}

extension FrameworkTable {
    /// Builds a table from a header and body rows (with their lines), reporting empty files,
    /// missing level columns, ragged rows, rows without a competency and duplicate competencies.
    static func from(
        header: [String], headerLine: Int, body: [(cells: [String], line: Int)], file: String, format: String
    ) throws(ImportFailure) -> FrameworkTable {
        let header = header.map { $0.trimmingWhitespace() }
        let rows = body.filter { !$0.cells.allSatisfy { $0.trimmingWhitespace().isEmpty } }
        guard header.contains(where: { !$0.isEmpty }) else {
            throw ImportFailure([ImportProblem(file: file, message: "the file is empty: no header row and no competencies")])
        }
        let roles = HeaderRoles.assign(header)
        var problems: [ImportProblem] = []
        if roles.levels.isEmpty {
            problems.append(ImportProblem(
                file: file, line: headerLine,
                message: "no level columns: after the competency (and optional category and description) columns, "
                    + "each column should be a level, such as \"Junior PM\""))
        }
        for index in roles.levels where header[index].isEmpty {
            problems.append(ImportProblem(file: file, line: headerLine, place: "column \(index + 1)", message: "a level column has no title"))
        }
        if rows.isEmpty {
            problems.append(ImportProblem(file: file, line: headerLine, message: "no competencies: the table has only its header"))
        }
        var seen: [String: Int] = [:]
        var table: [Row] = []
        for (cells, line) in rows {
            guard cells.count == header.count else {
                problems.append(ImportProblem(
                    file: file, line: line,
                    message: "this row has \(Plural.count(cells.count, "cell")) but the header has \(header.count)"))
                continue
            }
            let trimmed = cells.map { $0.trimmingWhitespace() }
            let competency = trimmed[roles.competency]
            guard !competency.isEmpty else {
                problems.append(ImportProblem(file: file, line: line, place: "column \(roles.competency + 1)",
                                              message: "the row has no competency name"))
                continue
            }
            let category = roles.category.map { trimmed[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            let key = ((category ?? "") + " " + competency).slug
            if let first = seen[key] {
                problems.append(ImportProblem(file: file, line: line, message: "duplicate competency \"\(competency)\" (first on line \(first))"))
                continue
            }
            seen[key] = line
            table.append(Row(
                category: category, competency: competency,
                description: roles.description.map { trimmed[$0] }.flatMap { $0.isEmpty ? nil : $0 },
                cells: roles.levels.map { trimmed[$0] }, line: line))
        }
        guard problems.isEmpty else { throw ImportFailure(problems) }
        return FrameworkTable(levels: roles.levels.map { header[$0] }, rows: table, formatDescription: format)
    }
}
