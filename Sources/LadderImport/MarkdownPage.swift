import LadderText

/// A Markdown page as the blocks an importer reads: headings, pipe tables, lists and
/// paragraphs, in page order, each with the line it starts on. Fenced code, HTML comments and
/// thematic breaks are skipped. Headings, list items, labels and table headers are plain text
/// (`MarkdownInline`); table cells keep their words as written, `<br>` a line break.
///
/// Not Ink (JohnSundell/Ink 0.6, on this machine): it nests every list item after a sub-list
/// under the item before it, reads a table whose cell has `\|` or a pipe in code as one
/// paragraph (the text after it too), turns `snake_case_name` into emphasis and drops its
/// underscores, and gives no line numbers. Published ladders have all four.
struct MarkdownPage {
    struct ListItem: Equatable {
        var text: String
        /// The line the item starts on.
        var line: Int
        var children: [ListItem]
        /// Every bullet under this one, depth first: nested lists are detail of their item.
        var descendants: [ListItem] { children.flatMap { [$0] + $0.descendants } }
    }

    enum Block: Equatable {
        case heading(level: Int, text: String)
        case table(header: [String], rows: [[String]])
        case list([ListItem])
        case paragraph(String)
        /// A paragraph of bold text alone, perhaps with a colon: "**Key Behaviors**:", a label for what follows.
        case label(String)
    }

    private(set) var blocks: [(block: Block, line: Int)] = []

    init(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? Substring(line.dropLast()) : line
        }
        var paragraph: [Substring] = []
        var paragraphLine = 0
        func flush() {
            guard !paragraph.isEmpty else { return }
            let raw = paragraph.map { $0.trimmingSpaces }.joined(separator: " ")
            blocks.append(
                (MarkdownInline.label(raw).map(Block.label) ?? .paragraph(MarkdownInline.text(raw)), paragraphLine))
            paragraph = []
        }
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingSpaces
            let indent = line.prefix { $0 == " " }.count
            if trimmed.isEmpty {
                flush()
                index += 1
            } else if indent <= 3, let fence = ["```", "~~~"].first(where: trimmed.hasPrefix) {
                flush()
                index += 1
                while index < lines.count, !lines[index].trimmingSpaces.hasPrefix(fence) { index += 1 }
                index += 1
            } else if trimmed.hasPrefix("<!--") {
                flush()
                while index < lines.count, !lines[index].contains("-->") { index += 1 }
                index += 1
            } else if indent <= 3, let heading = Self.heading(trimmed) {
                flush()
                blocks.append((.heading(level: heading.level, text: MarkdownInline.text(heading.text)), index + 1))
                index += 1
            } else if paragraph.count == 1, indent <= 3, let level = Self.setextLevel(trimmed) {
                // "Title" over "=====" or "-----".
                blocks.append(
                    (
                        .heading(level: level, text: MarkdownInline.text(String(paragraph[0].trimmingSpaces))),
                        paragraphLine
                    ))
                paragraph = []
                index += 1
            } else if Self.isThematicBreak(trimmed) {
                flush()
                index += 1
            } else if MarkdownTable.isRow(trimmed), index + 1 < lines.count,
                MarkdownTable.isSeparator(lines[index + 1].trimmingSpaces)
            {
                flush()
                let header = MarkdownTable.cells(of: trimmed).map { MarkdownInline.text($0) }
                var rows: [[String]] = []
                var next = index + 2
                while next < lines.count, MarkdownTable.isRow(lines[next].trimmingSpaces) {
                    rows.append(MarkdownTable.cells(of: lines[next].trimmingSpaces).map { MarkdownInline.text($0) })
                    next += 1
                }
                blocks.append((.table(header: header, rows: rows), index + 1))
                index = next
            } else if MarkdownList.startsItem(trimmed) {
                flush()
                let start = index
                index += 1
                // The list runs on over its items, their indented continuations, and blank lines
                // between them.
                while index < lines.count {
                    let next = lines[index]
                    let nextTrimmed = next.trimmingSpaces
                    if nextTrimmed.isEmpty {
                        let following = lines[(index + 1)...].first { !$0.trimmingSpaces.isEmpty }
                        guard let following, following.first == " " || MarkdownList.startsItem(following.trimmingSpaces)
                        else { break }
                    } else if !(MarkdownList.startsItem(nextTrimmed) || next.first == " " || next.first == "\t") {
                        break
                    }
                    index += 1
                }
                blocks.append((.list(MarkdownList.items(lines[start..<index])), start + 1))
            } else {
                if paragraph.isEmpty { paragraphLine = index + 1 }
                paragraph.append(trimmed.hasPrefix(">") ? trimmed.dropFirst().drop { $0 == " " } : trimmed)
                index += 1
            }
        }
        flush()
    }

    /// "## Senior PM ##" -> (2, "Senior PM").
    static func heading(_ line: Substring) -> (level: Int, text: String)? {
        let marks = line.prefix { $0 == "#" }.count
        guard (1...6).contains(marks) else { return nil }
        let rest = line.dropFirst(marks)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingSpaces
        while text.hasSuffix("#") { text = text.dropLast() }
        return (marks, String(text.trimmingSpaces))
    }

    static func setextLevel(_ line: Substring) -> Int? {
        if line.allSatisfy({ $0 == "=" }) { return 1 }
        if line.count >= 2, line.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    static func isThematicBreak(_ line: Substring) -> Bool {
        let marks = line.filter { $0 != " " }
        return marks.count >= 3 && ["-", "*", "_"].contains { mark in marks.allSatisfy { $0 == mark } }
    }
}

/// Pipe tables: `| Competency | Junior PM |` over `|---|:---:|`.
enum MarkdownTable {
    static func isRow(_ line: Substring) -> Bool {
        line.hasPrefix("|") || (line.contains("|") && !line.hasPrefix(">"))
    }

    /// `|---|:---:|` and the like.
    static func isSeparator(_ line: Substring) -> Bool {
        let cells = cells(of: line)
        return !cells.isEmpty
            && cells.allSatisfy { cell in
                !cell.isEmpty && cell.allSatisfy { "-:".contains($0) } && cell.contains("-")
            }
    }

    /// The cells of a row: split on pipes outside code spans and not escaped (`\|` is a pipe),
    /// outer pipes dropped, `<br>` a line break.
    static func cells(of line: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        var insideCode = false
        for character in line {
            if escaped {
                if character != "|" { current.append("\\") }
                current.append(character)
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
            cell.trimmingWhitespace().replacing("<br />", with: "\n").replacing("<br/>", with: "\n").replacing(
                "<br>", with: "\n")
        }
    }
}

/// A Markdown list's items and their nesting, read from indentation: an item indented more
/// than the one before is its child; a line that starts no item continues the item before.
enum MarkdownList {
    static func startsItem(_ line: Substring) -> Bool { itemText(line) != nil }

    static func items(_ lines: ArraySlice<Substring>) -> [MarkdownPage.ListItem] {
        var flat: [(indent: Int, text: String, line: Int)] = []
        for (index, line) in zip(lines.indices, lines) where !line.trimmingSpaces.isEmpty {
            let indent = line.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
            let rest = line.trimmingSpaces
            if let text = itemText(rest) {
                flat.append((indent, String(text), index + 1))
            } else if !flat.isEmpty {
                flat[flat.count - 1].text += " " + rest
            }
        }
        var index = 0
        return children(of: -1, in: flat, from: &index)
    }

    /// The items from `index` on indented more than `parentIndent`, each with its own children.
    private static func children(
        of parentIndent: Int, in flat: [(indent: Int, text: String, line: Int)], from index: inout Int
    )
        -> [MarkdownPage.ListItem]
    {
        var items: [MarkdownPage.ListItem] = []
        while index < flat.count, flat[index].indent > parentIndent {
            let item = flat[index]
            index += 1
            let nested =
                index < flat.count && flat[index].indent > item.indent
                ? children(of: item.indent, in: flat, from: &index) : []
            items.append(MarkdownPage.ListItem(text: MarkdownInline.text(item.text), line: item.line, children: nested))
        }
        return items
    }

    /// The text after a list marker (`-`, `*`, `+`, `1.`, `1)`), or nil when the line starts no item.
    private static func itemText(_ line: Substring) -> Substring? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " || line.count == 1 {
            return line.dropFirst().drop { $0 == " " }
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " " else { return nil }
        return rest.dropFirst(2)
    }
}

/// Markdown inline markup read as the words a reader sees: links and images by their text,
/// code spans by their content, emphasis and strike-through marks gone (only where they pair
/// up as Markdown would, so `snake_case` and `3 * 4` keep theirs), backslash escapes and
/// entities resolved, `<br>` a line break, other HTML tags dropped.
enum MarkdownInline {
    /// How far a closing mark, bracket or `>` is looked for: markup spans a phrase, and a bound
    /// keeps hostile text (thousands of unmatched `**`) linear.
    static let reach = 500

    static func text(_ markdown: String) -> String {
        var output = ""
        let characters = Array(markdown)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\" where index + 1 < characters.count && characters[index + 1].isPunctuationOrSymbol:
                output.append(characters[index + 1])
                index += 2
            case "`":
                let run = characters[index...].prefix { $0 == "`" }.count
                if let close = find("`", run: run, in: characters, from: index + run) {
                    output += String(characters[(index + run)..<close]).trimmingWhitespace()
                    index = close + run
                } else {
                    output += String(repeating: "`", count: run)
                    index += run
                }
            case "!" where index + 1 < characters.count && characters[index + 1] == "[":
                index += 1
            case "[":
                if let close = characters[index...].prefix(reach).firstIndex(of: "]"),
                    let end = linkEnd(characters, after: close)
                {
                    output += text(String(characters[(index + 1)..<close]))
                    index = end
                } else {
                    output.append(character)
                    index += 1
                }
            case "<":
                if let close = characters[index...].prefix(200).firstIndex(of: ">") {
                    let tag = String(characters[(index + 1)..<close]).lowercased()
                    if tag.hasPrefix("br") { output.append("\n"); index = close + 1; continue }
                    if tag.hasPrefix("http://") || tag.hasPrefix("https://") || tag.hasPrefix("mailto:") {
                        output += String(characters[(index + 1)..<close]); index = close + 1; continue
                    }
                    if let first = tag.first, first.isLetter || first == "/" || first == "!" {
                        index = close + 1; continue
                    }
                }
                output.append(character)
                index += 1
            case "*", "_", "~":
                let run = characters[index...].prefix { $0 == character }.count
                if let close = closingDelimiter(character, run: run, in: characters, openingAt: index) {
                    output += text(String(characters[(index + run)..<close]))
                    index = close + run
                } else {
                    output += String(repeating: character, count: run)
                    index += run
                }
            case "&":
                if let (decoded, length) = entity(characters, at: index) {
                    output.append(decoded)
                    index += length
                } else {
                    output.append(character)
                    index += 1
                }
            default:
                output.append(character)
                index += 1
            }
        }
        return output.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") }
            .joined(separator: "\n").trimmingWhitespace()
    }

    /// "**Key Behaviors**:" -> "Key Behaviors"; nil for a paragraph that is not bold text alone.
    static func label(_ markdown: String) -> String? {
        var text = markdown.trimmingWhitespace()
        if text.hasSuffix(":") { text = String(text.dropLast()).trimmingWhitespace() }
        for marker in ["**", "__"]
        where text.hasPrefix(marker) && text.hasSuffix(marker) && text.count > 2 * marker.count {
            let inner = text.dropFirst(2).dropLast(2)
            guard !inner.contains(marker) else { return nil }
            let label = self.text(String(inner)).trimmingWhitespace()
            return label.hasSuffix(":") ? String(label.dropLast()).trimmingWhitespace() : label
        }
        return nil
    }

    /// Where `(url)` or `[ref]` after a link's `]` ends, or nil when no link target follows.
    private static func linkEnd(_ characters: [Character], after close: Int) -> Int? {
        guard close + 1 < characters.count else { return nil }
        let opener = characters[close + 1]
        guard opener == "(" || opener == "[" else { return nil }
        let closer: Character = opener == "(" ? ")" : "]"
        guard close + 2 <= characters.count, let end = characters[(close + 2)...].prefix(reach).firstIndex(of: closer)
        else { return nil }
        return end + 1
    }

    /// The matching closing run for emphasis opened at `index`: the opening run must be followed
    /// by a non-space and the closing preceded by one; for `_`, not inside a word.
    private static func closingDelimiter(
        _ mark: Character, run: Int, in characters: [Character], openingAt index: Int
    ) -> Int? {
        let after = index + run
        guard after < characters.count, !characters[after].isWhitespace else { return nil }
        if mark == "_", index > 0, characters[index - 1].isLetter || characters[index - 1].isNumber { return nil }
        if mark == "~", run != 2 { return nil }
        var search = after
        while let close = find(mark, run: run, in: characters, from: search), close - index <= reach {
            let closeRun = characters[close...].prefix { $0 == mark }.count
            let before = characters[close - 1]
            let next = close + run < characters.count ? characters[close + run] : " "
            if closeRun == run, !before.isWhitespace, close > after,
                !(mark == "_" && (next.isLetter || next.isNumber))
            {
                return close
            }
            search = close + closeRun
        }
        return nil
    }

    /// The first run of at least `run` `mark`s from `start`, within reach.
    private static func find(_ mark: Character, run: Int, in characters: [Character], from start: Int) -> Int? {
        var index = start
        let end = min(characters.count, start + reach)
        while index + run <= end {
            if characters[index] == mark, characters[index..<(index + run)].allSatisfy({ $0 == mark }) { return index }
            index += 1
        }
        return nil
    }

    private static let entities: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "#39": "'", "mdash": "—", "ndash": "–", "hellip": "…",
    ]

    private static func entity(_ characters: [Character], at index: Int) -> (Character, Int)? {
        guard let semicolon = characters[index...].prefix(10).firstIndex(of: ";") else { return nil }
        let name = String(characters[(index + 1)..<semicolon])
        return entities[name].map { ($0, semicolon - index + 1) }
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        guard let first = firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return self[endIndex...] }
        return self[first...last]
    }
}

extension Character {
    var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}
