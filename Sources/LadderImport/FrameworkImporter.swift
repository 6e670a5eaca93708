#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LadderCore
import LadderText

/// How a framework's level was matched to one of ladder's.
public enum LevelMatch: Hashable, Sendable {
    /// By its title or an alias ("Junior PM" -> Associate PM).
    case byName(Level)
    /// By `--map TITLE=LEVEL`.
    case byMap(Level)
    /// No match: the level shows on the framework's own track only.
    case none

    public var level: Level? {
        switch self {
        case .byName(let level), .byMap(let level): level
        case .none: nil
        }
    }
}

/// A framework read, understood and converted into a catalog document, ready to install.
public struct ImportedFramework: Sendable {
    public let name: String
    /// Id of the framework's source, track and file: the name as a slug.
    public let id: String
    public let format: String
    public let document: CatalogDocument
    /// Each of the file's levels with how it maps onto ladder's (tables only).
    public let levels: [(title: String, match: LevelMatch)]
    /// Category or competency -> the skill area it was filed under (tables only).
    public let areas: [(label: String, area: String)]
    public let competencyCount: Int
    public let cellCount: Int
    public let emptyCellCount: Int
    /// The catalog it was validated against, with it merged in.
    public internal(set) var mergedCatalog: Catalog?

    /// The document as catalog JSON, the form installed frameworks are kept in.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self) + "\n"
    }
}

/// Reads a company's career framework (CSV, Markdown table or catalog JSON) and turns it into
/// one more catalog file: its own levels on its own track, each matched to one of ladder's
/// so its skills appear beside the experts, every cell one skill entry with a stable id.
public enum FrameworkImporter {
    /// Files larger than this are refused before they are read.
    public static let maximumBytes = 50 * 1024 * 1024

    public enum Format: String, Sendable {
        case csv, markdown, json
    }

    /// Reads `path` and converts it. `mappings` (level title -> level id) override the
    /// matching by name. `catalog` is what the framework joins (without any earlier
    /// version of it); the result is validated against it.
    public static func importFile(
        _ path: String, name: String? = nil, mappings: [String: String] = [:], into catalog: Catalog
    ) throws(ImportFailure) -> ImportedFramework {
        try importText(readText(path), file: path, name: name, mappings: mappings, into: catalog)
    }

    /// Converts a framework's text (`file` names it in problems and decides its format, as
    /// `importFile` does).
    public static func importText(
        _ text: String, file path: String, name: String? = nil, mappings: [String: String] = [:], into catalog: Catalog
    ) throws(ImportFailure) -> ImportedFramework {
        let baseName = FileIO.baseName(of: path)
        let displayName = name ?? String(baseName.prefix { $0 != "." })
        let id = displayName.slug
        guard !id.isEmpty else {
            throw ImportFailure([ImportProblem(file: path, message: "cannot make an id from the name \"\(displayName)\": give --name")])
        }
        var framework: ImportedFramework
        switch format(of: path, text: text) {
        case .json:
            framework = try importJSON(text, file: path, name: displayName, id: id, catalog: catalog)
        case .csv:
            framework = try convert(CSVFramework.read(text, file: path), file: path, name: displayName, id: id,
                                    mappings: mappings, catalog: catalog)
        case .markdown:
            framework = try convert(MarkdownFramework.read(text, file: path), file: path, name: displayName, id: id,
                                    mappings: mappings, catalog: catalog)
        }
        do throws(CatalogError) {
            framework.mergedCatalog = try catalog.adding([(path, framework.document)])
        } catch {
            throw ImportFailure(error.problems.map {
                ImportProblem(file: path, place: $0.path.isEmpty ? nil : $0.path, message: $0.message)
            })
        }
        return framework
    }

    /// The file's text: refused when missing, too large, empty or not UTF-8 (with where).
    static func readText(_ path: String) throws(ImportFailure) -> String {
        func fail(_ message: String, line: Int? = nil, place: String? = nil) -> ImportFailure {
            ImportFailure([ImportProblem(file: path, line: line, place: place, message: message)])
        }
        switch FileIO.kind(of: path) {
        case nil: throw fail("no such file")
        case .regularFile?: break
        case let kind?: throw fail("this is \(kind), not a file")
        }
        let size = FileIO.size(of: path)
        guard size <= maximumBytes else {
            throw fail("the file is \(size / 1_048_576) MB; the most ladder imports is \(maximumBytes / 1_048_576) MB")
        }
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path) ?? []
        } catch {
            throw fail("cannot be read: \(error.reason)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = invalidUTF8Position(bytes)
            throw fail("not UTF-8 text (save or export it as UTF-8)", line: line, place: "column \(column)")
        }
        guard text.contains(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) else { throw fail("the file is empty") }
        return text
    }

    /// Line and column (counted in characters) of the first byte that is not valid UTF-8.
    static func invalidUTF8Position(_ bytes: [UInt8]) -> (line: Int, column: Int) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1, column = 1
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    static func format(of path: String, text: String) -> Format {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") || lower.hasSuffix(".txt") { return .csv }
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if start.hasPrefix("{") { return .json }
        return text.contains("|---") || text.contains("| ---") || text.contains("|:--") ? .markdown : .csv
    }

    // MARK: - Tables

    static func convert(
        _ table: FrameworkTable, file: String, name: String, id: String, mappings: [String: String], catalog: Catalog
    ) throws(ImportFailure) -> ImportedFramework {
        var problems: [ImportProblem] = []
        for (title, levelID) in mappings {
            if !table.levels.contains(where: { Catalog.namesMatch($0, title) }) {
                problems.append(ImportProblem(file: file, message: "--map names \"\(title)\", which is not a level of this file "
                    + "(its levels: \(table.levels.joined(separator: ", ")))"))
            }
            if catalog.level(named: levelID) == nil {
                problems.append(ImportProblem(file: file, message: "--map \"\(title)=\(levelID)\": unknown level \"\(levelID)\" "
                    + "(valid: \(catalog.levels.map(\.id).joined(separator: ", ")))"))
            }
        }
        guard problems.isEmpty else { throw ImportFailure(problems) }
        if catalog.source(id: id) != nil || catalog.track(id: id) != nil {
            throw ImportFailure([ImportProblem(file: file, message: "the name \"\(name)\" is already taken in the catalog; choose another with --name")])
        }

        let matches: [LevelMatch] = table.levels.map { title in
            if let mapped = mappings.first(where: { Catalog.namesMatch($0.key, title) }), let level = catalog.level(named: mapped.value) {
                return .byMap(level)
            }
            return catalog.level(named: title).map(LevelMatch.byName) ?? .none
        }
        let levelIDs = table.levels.map { "\(id)-\($0.slug)" }
        let levels = zip(table.levels, levelIDs).map { title, levelID in
            Level(id: levelID, title: "\(name): \(title)", short: title, aliases: nil)
        }
        var newAreas: [SkillArea] = []
        var areaChoices: [(String, String)] = []
        func area(for row: FrameworkTable.Row) -> String {
            for text in [row.competency, row.category].compactMap({ $0 }) {
                if let known = AreaKeywords.area(for: text, in: catalog) { return known }
            }
            let label = row.category ?? row.competency
            let areaID = "\(id)-\(label.slug)"
            if !newAreas.contains(where: { $0.id == areaID }) {
                newAreas.append(SkillArea(id: areaID, name: label, short: nil, description: "From \(name)"))
            }
            return areaID
        }
        var skills: [SkillEntry] = []
        var empty = 0
        for row in table.rows {
            let areaID = area(for: row)
            let label = row.category.map { "\($0) › \(row.competency)" } ?? row.competency
            if !areaChoices.contains(where: { $0.0 == label }) {
                areaChoices.append((label, catalog.area(id: areaID)?.name ?? newAreas.first { $0.id == areaID }?.name ?? areaID))
            }
            // A competency's cell supersedes its cell at the rung below; an empty cell lets that one carry up.
            var lowerCell: String?
            for (column, cell) in row.cells.enumerated() {
                guard !cell.isEmpty else {
                    empty += 1
                    continue
                }
                let summary = row.category.map { "\($0): \(row.competency)" } ?? row.competency
                let skillID = "\(id)-\((row.category.map { $0 + " " } ?? "") + row.competency)".slug + "-" + table.levels[column].slug
                skills.append(SkillEntry(
                    id: skillID, scope: .level,
                    levels: [levelIDs[column]] + (matches[column].level.map { [$0.id] } ?? []),
                    replaces: lowerCell.map { [$0] } ?? [],
                    source: id, expert: id, area: areaID,
                    summary: Sanitizer.clean(summary),
                    quote: Sanitizer.clean(cell, keepNewlines: true),
                    locator: "line \(row.line), \(table.levels[column])"))
                lowerCell = skillID
            }
        }
        let document = CatalogDocument(
            areas: newAreas.isEmpty ? nil : newAreas.map(sanitized),
            levels: levels.map(sanitized),
            tracks: [Track(id: id, title: Sanitizer.clean(name), levels: levelIDs)],
            sources: [Source(id: id, title: Sanitizer.clean(name), kind: .framework, publisher: nil, date: nil, address: FileIO.baseName(of: file))],
            experts: [Expert(id: id, name: Sanitizer.clean(name), role: "company career framework", company: nil)],
            skills: skills
        )
        return ImportedFramework(
            name: name, id: id, format: table.formatDescription, document: document,
            levels: Array(zip(table.levels, matches)), areas: areaChoices,
            competencyCount: table.rows.count, cellCount: skills.count, emptyCellCount: empty)
    }

    // MARK: - Catalog JSON

    static func importJSON(_ text: String, file: String, name: String, id: String, catalog: Catalog) throws(ImportFailure) -> ImportedFramework {
        let document: CatalogDocument
        do {
            document = try CatalogDocument.decode(CatalogFile(name: file, text: text))
        } catch {
            throw ImportFailure(error.problems.map { problem in
                ImportProblem(file: file, place: problem.path.isEmpty ? nil : problem.path, message: problem.message)
            })
        }
        let clean = CatalogDocument(
            schemaVersion: document.schemaVersion,
            areas: document.areas?.map(sanitized), levels: document.levels?.map(sanitized),
            tracks: document.tracks?.map { track in
                Track(id: track.id, title: Sanitizer.clean(track.title), levels: track.levels, notes: track.notes.map { note in
                    TrackNote(summary: Sanitizer.clean(note.summary), quote: Sanitizer.clean(note.quote), source: note.source,
                              expert: note.expert, locator: Sanitizer.clean(note.locator))
                })
            },
            sources: document.sources?.map(sanitized), experts: document.experts?.map(sanitized),
            skills: document.skills?.map(sanitized))
        return ImportedFramework(
            name: name, id: id, format: "catalog JSON", document: clean, levels: [], areas: [],
            competencyCount: 0, cellCount: clean.skills?.count ?? 0, emptyCellCount: 0)
    }

    private static func sanitized(_ area: SkillArea) -> SkillArea {
        SkillArea(id: area.id, name: Sanitizer.clean(area.name), short: area.short.map { Sanitizer.clean($0) },
                  description: area.description.map { Sanitizer.clean($0) })
    }

    private static func sanitized(_ level: Level) -> Level {
        Level(id: level.id, title: Sanitizer.clean(level.title), short: level.short.map { Sanitizer.clean($0) },
              aliases: level.aliases?.map { Sanitizer.clean($0) })
    }

    private static func sanitized(_ source: Source) -> Source {
        Source(id: source.id, title: Sanitizer.clean(source.title), kind: source.kind,
               publisher: source.publisher.map { Sanitizer.clean($0) }, date: source.date.map { Sanitizer.clean($0) },
               address: source.address.map { Sanitizer.clean($0) }, quoteKind: source.quoteKind)
    }

    private static func sanitized(_ expert: Expert) -> Expert {
        Expert(id: expert.id, name: Sanitizer.clean(expert.name), role: expert.role.map { Sanitizer.clean($0) },
               company: expert.company.map { Sanitizer.clean($0) })
    }

    private static func sanitized(_ skill: SkillEntry) -> SkillEntry {
        skill.cleaned { Sanitizer.clean($0, keepNewlines: $1) }
    }
}

/// Files a framework's competency under one of ladder's skill areas by the words it uses,
/// so it lines up with the experts in side by side.
enum AreaKeywords {
    /// Checked in order; the first area with a matching word wins.
    static let table: [(area: String, words: [String])] = [
        ("emotional-intelligence", ["emotional", "self-awareness", "self awareness", "resilience", "growth mindset"]),
        ("management", ["people management", "management", "hiring", "mentor", "coaching", "talent", "team building", "people"]),
        ("leadership", ["leadership", "vision", "culture", "impact", "influence"]),
        ("strategy", ["strateg", "roadmap", "planning", "prioriti"]),
        ("communication", ["communicat", "storytelling", "writing", "presentation"]),
        ("collaboration", ["collaborat", "stakeholder", "alignment", "relationship", "teamwork", "cross-functional"]),
        ("user-science", ["user", "customer", "research", "discovery", "design", "product sense", "ux"]),
        ("technical", ["technical", "technolog", "data", "analytic", "metric", "engineering"]),
        ("business", ["business", "market", "commercial", "revenue", "go-to-market", "financial", "domain"]),
        ("execution", ["execution", "delivery", "quality", "shipping", "operation", "project", "process"]),
    ]

    static func area(for text: String, in catalog: Catalog) -> String? {
        let folded = SearchFolding.fold(text)
        return table.first { entry in
            catalog.area(id: entry.area) != nil && entry.words.contains { folded.contains($0) }
        }?.area
    }
}
