import LadderCore
import LadderText

/// What a Markdown page holds for an importer, in either shape companies publish: a
/// competency matrix among the page's tables, or a heading per level with bullets under it.
enum MarkdownFramework {
    enum Shape {
        case table(FrameworkTable)
        case outline(FrameworkOutline)
    }

    struct PageTable {
        let number: Int
        let line: Int
        let header: [String]
        let rows: [[String]]
        /// Header columns after the first that read as levels.
        var levelColumns: Int { header.dropFirst().count(where: LevelCodes.looksLikeLevel) }
        var isMatrix: Bool { levelColumns >= 2 && !rows.isEmpty }
        var summary: String {
            "table \(number) (line \(line): \(header.prefix(4).joined(separator: " | "))\(header.count > 4 ? " | …" : ""))"
        }
    }

    /// Longer than any line a person writes: a file with one is generated or binary.
    static let maximumLineBytes = 100_000

    static func read(_ text: String, file: String, table choice: Int? = nil) throws(ImportFailure) -> Shape {
        if let line = firstLine(longerThan: maximumLineBytes, in: text) {
            throw ImportFailure([
                ImportProblem(
                    file: file, line: line,
                    message: "a line of more than \(maximumLineBytes / 1000) KB: "
                        + "not a page a person wrote")
            ])
        }
        let page = MarkdownPage(text)
        var tables: [PageTable] = []
        for (block, line) in page.blocks {
            if case .table(let header, let rows) = block {
                tables.append(
                    PageTable(
                        number: tables.count + 1, line: line, header: header.map { Sanitizer.clean($0) },
                        rows: rows.map { $0.map { Sanitizer.clean($0, keepNewlines: true) } }))
            }
        }
        let codes = LevelCodes.read(page: page, tables: tables)

        if let choice {
            guard let chosen = tables[safe: choice - 1] else {
                throw ImportFailure([
                    ImportProblem(
                        file: file,
                        message: "--table \(choice): the page has "
                            + "\(Plural.count(tables.count, "table"))"
                            + (tables.isEmpty ? "" : " (" + tables.map(\.summary).joined(separator: "; ") + ")"))
                ])
            }
            return .table(try matrix(from: chosen, of: tables, codes: codes, file: file, chosenBy: "--table \(choice)"))
        }
        if let best = tables.filter(\.isMatrix).max(by: {
            ($0.levelColumns, $0.rows.count) < ($1.levelColumns, $1.rows.count)
        }) {
            return .table(try matrix(from: best, of: tables, codes: codes, file: file, chosenBy: "its level columns"))
        }
        if let outline = try outline(page, codes: codes, file: file) {
            var outline = outline
            if !tables.isEmpty {
                outline.notes.append(
                    "Tables on the page, not read: " + tables.map(\.summary).joined(separator: "; ")
                        + " (--table N reads one as the competency matrix)")
            }
            return .outline(outline)
        }
        if let only = tables.first, tables.count == 1 {
            // One table with levels the page does not name as such: read it as before, columns as levels.
            return .table(try matrix(from: only, of: tables, codes: codes, file: file, chosenBy: "being the only one"))
        }
        let found =
            tables.isEmpty
            ? "no table and no level headings"
            : "no table with two or more level columns (" + tables.map(\.summary).joined(separator: "; ") + ")"
        throw ImportFailure([
            ImportProblem(
                file: file,
                message: "no competency matrix found: \(found). Expected a table with a competency per row and a level "
                    + "per column (| Competency | L1 | L2 | …), or a heading per level with bullets under it; --table N picks a table"
            )
        ])
    }

    /// The number of the first line longer than `limit` bytes, if any (one pass over the bytes).
    static func firstLine(longerThan limit: Int, in text: String) -> Int? {
        var line = 1, length = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                line += 1
                length = 0
            } else {
                length += 1
                if length > limit { return line }
            }
        }
        return nil
    }

    static func matrix(
        from table: PageTable, of tables: [PageTable], codes: [String: String], file: String,
        chosenBy reason: String
    ) throws(ImportFailure) -> FrameworkTable {
        var result = try FrameworkTable.from(
            header: table.header, headerLine: table.line,
            body: table.rows.enumerated().map { ($1, table.line + 2 + $0) }, file: file,
            format: "Markdown table")
        result.levelCodes = codes
        if tables.count > 1 {
            let others = tables.filter { $0.number != table.number }.map(\.summary)
            result.notes.append(
                "Read \(table.summary) as the competency matrix, chosen by \(reason); the others: "
                    + others.joined(separator: "; ") + " (--table N reads another)")
        }
        if !codes.isEmpty {
            let used = result.levels.filter { LevelCodes.split($0) == nil }
                .compactMap { level in LevelCodes.meaning(of: level, in: codes).map { "\(level) = \($0)" } }
            let overviews = tables.filter { $0.number != table.number && LevelCodes.codeColumns(of: $0) != nil }.map(
                \.summary)
            let told = overviews.isEmpty ? "" : " (told by \(overviews.joined(separator: "; ")))"
            if !used.isEmpty {
                result.notes.append("Level codes, as the page defines them\(told): " + used.joined(separator: ", "))
            }
        }
        return result
    }

    // MARK: A heading per level

    /// Words of a section that applies at every level.
    static let everyLevelNames = [
        "all levels", "every level", "all pms", "all product managers", "everyone", "all roles",
        "across levels", "any level",
    ]
    /// Sentences that say a level's expectations include those below it.
    static let cumulativePhrases = [
        "add to the expectations", "adds to the expectations", "add to those of", "builds on",
        "build on", "in addition to the", "cumulative", "everything above", "everything below",
        "on top of the", "expectations of earlier levels", "expectations of previous levels",
        "expectations of the previous level", "include those of", "includes those of",
    ]

    static func outline(
        _ page: MarkdownPage, codes: [String: String], file: String
    ) throws(ImportFailure) -> FrameworkOutline? {
        let headings = page.blocks.compactMap { block, line -> (level: Int, text: String, line: Int)? in
            if case .heading(let level, let text) = block { return (level, Sanitizer.clean(text), line) }
            return nil
        }
        func isEveryLevel(_ text: String) -> Bool {
            let folded = SearchFolding.fold(text)
            return everyLevelNames.contains { folded == $0 || folded.hasPrefix($0 + " ") || folded.hasSuffix(" " + $0) }
        }
        // The level headings are at the depth where most headings read as levels.
        let depths = Dictionary(grouping: headings.filter { LevelCodes.looksLikeLevel($0.text) }, by: \.level)
        guard
            let depth = depths.filter({ $0.value.count >= 2 }).max(by: {
                ($0.value.count, -$0.key) < ($1.value.count, -$1.key)
            })?.key
        else {
            return nil
        }
        var outline = FrameworkOutline(levels: [], everyLevel: nil, cumulativeStatement: nil, levelCodes: codes)
        var skipped: [String] = []
        var unreadParagraphs = 0
        var current: FrameworkOutline.Section?
        var currentIsEvery = false
        var label: String?
        func close() {
            guard let section = current else { return }
            if currentIsEvery { outline.everyLevel = section } else { outline.levels.append(section) }
            current = nil
        }
        var problems: [ImportProblem] = []
        for (block, line) in page.blocks {
            switch block {
            case .heading(let level, let raw):
                let text = Sanitizer.clean(raw)
                if level <= depth {
                    close()
                    label = nil
                    if level == depth, isEveryLevel(text) {
                        current = FrameworkOutline.Section(title: text, line: line, bullets: [])
                        currentIsEvery = true
                    } else if level == depth, LevelCodes.looksLikeLevel(text) {
                        current = FrameworkOutline.Section(title: text, line: line, bullets: [])
                        currentIsEvery = false
                    } else if level == depth {
                        skipped.append("the section \"\(text)\" (line \(line)): not a level")
                    }
                } else if current != nil {
                    label = text
                }
            case .paragraph(let raw):
                let text = Sanitizer.clean(raw)
                let folded = SearchFolding.fold(text)
                if outline.cumulativeStatement == nil, cumulativePhrases.contains(where: folded.contains) {
                    outline.cumulativeStatement = TextLayout.shortened(text, limit: 160)
                } else if current != nil {
                    unreadParagraphs += 1
                }
            case .label(let text):
                if current != nil { label = Sanitizer.clean(text) }
            case .list(let items):
                guard current != nil else {
                    if !items.isEmpty { skipped.append("a list before any level heading (line \(line))") }
                    continue
                }
                for item in items {
                    let text = Sanitizer.clean(item.text)
                    if item.children.isEmpty {
                        current!.bullets.append(.init(label: label, text: text, line: item.line))
                    } else {
                        for detail in item.descendants {
                            current!.bullets.append(
                                .init(label: text, text: Sanitizer.clean(detail.text), line: detail.line))
                        }
                    }
                }
            case .table:
                continue
            }
        }
        close()
        for section in outline.levels + [outline.everyLevel].compactMap({ $0 }) where section.bullets.isEmpty {
            problems.append(
                ImportProblem(
                    file: file, line: section.line, message: "the heading \"\(section.title)\" has no bullets under it")
            )
        }
        var seen: [String: Int] = [:]
        for section in outline.levels {
            if let first = seen[section.title.slug] {
                problems.append(
                    ImportProblem(
                        file: file, line: section.line,
                        message: "the level \"\(section.title)\" appears twice (first on line \(first))"))
            }
            seen[section.title.slug] = section.line
        }
        if outline.levels.count < 2 {
            problems.append(
                ImportProblem(
                    file: file, line: headings.first?.line, message: "one level heading: a ladder needs two or more"))
        }
        guard problems.isEmpty else { throw ImportFailure(problems) }
        if unreadParagraphs > 0 {
            skipped.append(
                "\(Plural.count(unreadParagraphs, "paragraph")) of prose under level headings (only bullets become entries)"
            )
        }
        if !skipped.isEmpty { outline.notes.append("Skipped: " + skipped.joined(separator: "; ")) }
        let used = outline.levels.filter { LevelCodes.split($0.title) == nil }
            .compactMap { section in LevelCodes.meaning(of: section.title, in: codes).map { "\(section.title) = \($0)" }
            }
        if !used.isEmpty {
            outline.notes.append("Level codes, as the page defines them: " + used.joined(separator: ", "))
        }
        if let every = outline.everyLevel {
            outline.notes.append(
                "\"\(every.title)\" (line \(every.line)): \(Plural.count(every.bullets.count, "entry", "entries")) on the PM role in general, at every level"
            )
        }
        return outline
    }
}

/// Level codes ("L3", "IC3", "P2") and what a page says they mean.
enum LevelCodes {
    /// Words that make a heading or column read as a level.
    static let levelWords: Set = [
        "pm", "apm", "gpm", "spm", "manager", "director", "lead", "principal", "staff", "associate", "junior",
        "senior", "vp", "head", "chief", "officer", "cpo", "intern", "level", "ic", "entry", "mid", "executive",
    ]

    /// "L3", "IC 3", "P-2", "Level 3", "M1", "E5", "Band 4": a letter code or a word and a number.
    static func isCode(_ text: String) -> Bool {
        let folded = SearchFolding.fold(text).trimmingWhitespace()
        let letters = folded.prefix { $0.isLetter }
        let rest = folded.dropFirst(letters.count).drop { $0 == " " || $0 == "-" }
        return !letters.isEmpty && letters.count <= 6 && !rest.isEmpty && rest.allSatisfy(\.isNumber)
            && (letters.count <= 3 || ["level", "band", "grade", "tier"].contains(String(letters)))
    }

    static func looksLikeLevel(_ text: String) -> Bool {
        if isCode(text) { return true }
        let words = SearchFolding.fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
        return words.count <= 8 && words.contains { levelWords.contains($0) || isCode($0) }
    }

    /// "Level 3: Senior PM" -> ("Level 3", "Senior PM"); "IC3 (Senior PM)" and "L3 — Senior PM" likewise.
    static func split(_ text: String) -> (code: String, title: String)? {
        for separator in [":", " — ", " – ", " - ", " ("] {
            guard let range = text.range(of: separator) else { continue }
            let code = String(text[..<range.lowerBound]).trimmingWhitespace()
            var title = String(text[range.upperBound...]).trimmingWhitespace()
            if separator == " (" { title = title.hasSuffix(")") ? String(title.dropLast()) : title }
            if isCode(code), !title.isEmpty { return (code, title) }
        }
        return nil
    }

    /// What the page says codes mean: an overview table's code and title columns, and headings
    /// that pair a code with a title.
    static func read(page: MarkdownPage, tables: [MarkdownFramework.PageTable]) -> [String: String] {
        var codes: [String: String] = [:]
        for table in tables {
            guard let (code, title) = codeColumns(of: table) else { continue }
            for row in table.rows where row.count > max(code, title) && !row[title].isEmpty {
                // A bare number under "Level" is that level: the matrix's "L1" or "Level 1" is level 1.
                if isCode(row[code]) {
                    codes[normalized(row[code])] = row[title]
                } else if let number = Int(row[code].trimmingWhitespace()) {
                    codes["#\(number)"] = row[title]
                }
            }
        }
        for (block, _) in page.blocks {
            if case .heading(_, let text) = block, let pair = split(Sanitizer.clean(text)) {
                codes[normalized(pair.code)] = pair.title
            }
        }
        return codes
    }

    /// The code and title columns of an overview table, if it is one.
    static func codeColumns(of table: MarkdownFramework.PageTable) -> (code: Int, title: Int)? {
        let names = table.header.map { SearchFolding.fold($0).trimmingWhitespace() }
        guard let code = names.firstIndex(where: { ["level", "code", "grade", "band", "level code"].contains($0) }),
            let title = names.firstIndex(where: { ["title", "name", "role", "job title", "level title"].contains($0) })
        else { return nil }
        return (code, title)
    }

    /// What `text` means by the page's codes: "L3" or "IC3 — Senior PM" -> "Senior PM"; "L3"
    /// is also what an overview lists as level 3.
    static func meaning(of text: String, in codes: [String: String]) -> String? {
        if let pair = split(text) { return pair.title }
        if let meaning = codes[normalized(text)] { return meaning }
        guard isCode(text), let number = Int(String(normalized(text).drop { $0.isLetter })) else { return nil }
        return codes["#\(number)"]
    }

    static func normalized(_ code: String) -> String {
        SearchFolding.fold(code).filter { $0.isLetter || $0.isNumber }
    }
}
