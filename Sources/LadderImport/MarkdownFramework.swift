/// Reads a wiki or handbook page whose pipe table has competencies as rows and levels as
/// columns. Everything else on the page is skipped, fenced code blocks included; header cells
/// may be links, and `<br>` in a cell is a line break.
enum MarkdownFramework {
    static func read(_ text: String, file: String) throws(ImportFailure) -> FrameworkTable {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        var fence: String?
        var index = 0
        while index < lines.count {
            let trimmed = lines[index].trimmingWhitespace()
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                index += 1
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                index += 1
                continue
            }
            if isRow(trimmed), index + 1 < lines.count, isSeparator(lines[index + 1].trimmingWhitespace()) {
                let header = cells(of: trimmed).map(linkText)
                var body: [(cells: [String], line: Int)] = []
                var next = index + 2
                while next < lines.count, isRow(lines[next].trimmingWhitespace()) {
                    body.append((cells(of: lines[next].trimmingWhitespace()), next + 1))
                    next += 1
                }
                return try FrameworkTable.from(header: header, headerLine: index + 1, body: body, file: file, format: "Markdown table")
            }
            index += 1
        }
        throw ImportFailure([ImportProblem(
            file: file, message: "no table found: expected a pipe table (| Competency | Junior PM | … |) outside code blocks")])
    }

    static func isRow(_ line: String) -> Bool {
        line.hasPrefix("|") || (line.contains("|") && !line.isEmpty && !line.hasPrefix(">"))
    }

    /// `|---|:---:|` and the like.
    static func isSeparator(_ line: String) -> Bool {
        let cells = cells(of: line)
        return !cells.isEmpty && cells.allSatisfy { cell in
            !cell.isEmpty && cell.allSatisfy { "-:".contains($0) } && cell.contains("-")
        }
    }

    /// The cells of a table row: split on unescaped pipes, outer pipes dropped, `\|` kept as `|`.
    static func cells(of line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        var insideCode = false
        for character in line {
            if escaped {
                current.append(character == "|" ? "|" : "\\")
                if character != "|" { current.append(character) }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "`" {
                insideCode.toggle()
                current.append(character)
            } else if character == "|" && !insideCode {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        cells.append(current)
        if line.hasPrefix("|") { cells.removeFirst() }
        if line.hasSuffix("|") && !line.hasSuffix("\\|") && !cells.isEmpty { cells.removeLast() }
        return cells.map { cell in
            cell.trimmingWhitespace()
                .replacing("<br />", with: "\n").replacing("<br/>", with: "\n").replacing("<br>", with: "\n")
        }
    }

    /// "[Junior PM](https://…)" -> "Junior PM"; "**Senior PM**" -> "Senior PM".
    static func linkText(_ cell: String) -> String {
        var text = cell
        if text.hasPrefix("["), let close = text.firstIndex(of: "]"), text[close...].hasPrefix("](") {
            text = String(text[text.index(after: text.startIndex)..<close])
        }
        for marker in ["**", "__", "*", "_", "`"] where text.hasPrefix(marker) && text.hasSuffix(marker) && text.count > 2 * marker.count {
            text = String(text.dropFirst(marker.count).dropLast(marker.count))
        }
        return text.trimmingWhitespace()
    }
}
