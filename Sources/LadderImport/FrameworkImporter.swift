#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LadderCore
import LadderText
import LadderFiles

/// How a framework's level was matched to one of ladder's.
public enum LevelMatch: Hashable, Sendable {
    /// By its title or an alias ("Junior PM" -> Associate PM).
    case byName(Level)
    /// By `--map TITLE=LEVEL`.
    case byMap(Level)
    /// By what the page says a code means ("L3" is "Senior PM", in its overview table or headings).
    case byCode(Level, meaning: String)
    /// No match: the level shows on the framework's own track only.
    case none

    public var level: Level? {
        switch self {
        case .byName(let level), .byMap(let level), .byCode(let level, _): level
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
    /// How the file was read, for the dry run: which table, codes used, whether levels add up,
    /// what was skipped.
    public var notes: [String] = []
    /// The catalog it was validated against, with it merged in.
    public internal(set) var mergedCatalog: Catalog?

    /// The document as catalog JSON, the form installed frameworks are kept in (made once
    /// the import is validated).
    public internal(set) var json = ""

    static func encoded(_ document: CatalogDocument) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self) + "\n"
    }
}

/// Reads a company's career framework (CSV, a Markdown page or catalog JSON) and turns it into
/// one more catalog file: its own levels on its own track, each matched to one of ladder's
/// so its skills appear beside the experts, every cell one skill entry with a stable id.
public enum FrameworkImporter {
    /// Files larger than this are refused before they are read.
    public static let maximumBytes = 50 * 1024 * 1024
    /// A framework's name becomes its file name and the prefix of every id it has.
    public static let maximumNameLength = 64
    /// More levels than any company's ladder has: a file with more is not a ladder (and the
    /// level model's work grows with the square of the levels).
    public static let maximumLevels = 40

    public enum Format: String, Sendable {
        case csv, markdown, json, yaml
    }

    /// Choices the user can make about how a file is read.
    public struct Options: Sendable {
        /// Level title -> ladder level id (`--map`), overriding matching by name.
        public var mappings: [String: String]
        /// Which of a page's tables is the competency matrix (`--table`, from 1).
        public var table: Int?
        /// Whether a heading-per-level page's levels add up (`--cumulative`), overriding what the page says.
        public var cumulative: Bool?
        /// Categories or competencies to read as watch-outs (`--watch-outs`), beside those named so.
        public var watchOuts: [String]

        public init(
            mappings: [String: String] = [:], table: Int? = nil, cumulative: Bool? = nil, watchOuts: [String] = []
        ) {
            self.mappings = mappings
            self.table = table
            self.cumulative = cumulative
            self.watchOuts = watchOuts
        }
    }

    /// Reads `path` and converts it. `mappings` (level title -> level id) override the
    /// matching by name. `catalog` is what the framework joins (without any earlier
    /// version of it); the result is validated against it.
    public static func importFile(
        _ path: String, name: String? = nil, options: Options = Options(), into catalog: Catalog
    ) throws(ImportFailure) -> ImportedFramework {
        try importText(readText(path), file: path, name: name, options: options, into: catalog)
    }

    /// Converts a framework's text (`file` names it in problems and decides its format, as
    /// `importFile` does). `storedLimit` is the most its installed form may weigh, in bytes.
    public static func importText(
        _ text: String, file path: String, name: String? = nil, options: Options = Options(), into catalog: Catalog,
        storedLimit: Int = maximumBytes
    ) throws(ImportFailure) -> ImportedFramework {
        let displayName = Self.name(given: name, file: path, text: text)
        let id = displayName.slug
        guard !id.isEmpty else {
            throw ImportFailure([
                ImportProblem(file: path, message: "cannot make an id from the name \"\(displayName)\": give --name")
            ])
        }
        guard displayName.count <= maximumNameLength, id.count <= maximumNameLength else {
            throw ImportFailure([
                ImportProblem(
                    file: path,
                    message: "the name has \(displayName.count) characters; "
                        + "a framework's name has at most \(maximumNameLength): give a shorter --name")
            ])
        }
        var framework: ImportedFramework
        let reader = FrameworkReader(file: path, name: displayName, id: id, options: options, catalog: catalog)
        switch format(of: path, text: text) {
        case .json:
            framework = try importJSON(text, file: path, name: displayName, id: id, catalog: catalog)
        case .csv:
            framework = try reader.convert(CSVFramework.read(text, file: path))
        case .yaml:
            let (yaml, firstLine) = YAMLFramework.yaml(in: text, path: path) ?? (text, 1)
            framework = try reader.convert(YAMLFramework.read(yaml, firstLine: firstLine, file: path))
        case .markdown:
            switch try MarkdownFramework.read(text, file: path, table: options.table) {
            case .table(let table): framework = try reader.convert(table)
            case .outline(let outline): framework = try reader.convert(outline)
            }
        }
        do throws(CatalogError) {
            framework.mergedCatalog = try catalog.adding([(path, framework.document)])
        } catch {
            throw ImportFailure(
                error.problems.map {
                    ImportProblem(file: path, place: $0.path.isEmpty ? nil : $0.path, message: $0.message)
                })
        }
        // What is installed must be what ladder loads: the stored form has the same limit as a file imported.
        framework.json = ImportedFramework.encoded(framework.document)
        let size = framework.json.utf8.count
        guard size <= storedLimit else {
            throw ImportFailure([
                ImportProblem(
                    file: path,
                    message: "kept as catalog JSON it would be \(megabytes(size)), "
                        + "more than the \(megabytes(storedLimit)) ladder loads: import part of it (fewer rows or levels)"
                )
            ])
        }
        return framework
    }

    /// A size for messages: "62 MB", or "0.4 MB" below one.
    static func megabytes(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? "\(bytes / 1_048_576) MB" : "0.\(max(1, bytes * 10 / 1_048_576)) MB"
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

    /// The framework's name: `--name`, else the title a YAML framework gives itself, else the
    /// file's name without its extension.
    public static func name(given name: String?, file path: String, text: String?) -> String {
        let fromFile = text.flatMap { YAMLFramework.title(in: $0, path: path) }
        return Sanitizer.clean(name ?? fromFile ?? String(FileIO.baseName(of: path).prefix { $0 != "." }))
            .trimmingWhitespace()
    }

    /// The name `importFile` would give the framework in `path` (read for a title when it may have one).
    public static func name(given name: String?, file path: String) -> String {
        Self.name(given: name, file: path, text: name == nil ? try? readText(path) : nil)
    }

    static func format(of path: String, text: String) -> Format {
        let lower = path.lowercased()
        if YAMLFramework.yaml(in: text, path: path) != nil { return .yaml }
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") || lower.hasSuffix(".txt") { return .csv }
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if start.hasPrefix("{") { return .json }
        return text.contains("|---") || text.contains("| ---") || text.contains("|:--") ? .markdown : .csv
    }

    // MARK: - Catalog JSON

    static func importJSON(
        _ text: String, file: String, name: String, id: String, catalog: Catalog
    ) throws(ImportFailure) -> ImportedFramework {
        let document: CatalogDocument
        do {
            document = try CatalogDocument.decode(CatalogFile(name: file, text: text))
        } catch {
            throw ImportFailure(
                error.problems.map { problem in
                    ImportProblem(
                        file: file, place: problem.path.isEmpty ? nil : problem.path, message: problem.message)
                })
        }
        guard !(document.levels ?? []).isEmpty || !(document.skills ?? []).isEmpty else {
            throw ImportFailure([
                ImportProblem(file: file, message: "the catalog file has no levels and no skills: nothing to import")
            ])
        }
        let clean = CatalogDocument(
            schemaVersion: document.schemaVersion,
            areas: document.areas?.map(sanitized), levels: document.levels?.map(sanitized),
            tracks: document.tracks?.map { track in
                Track(
                    id: track.id, title: Sanitizer.clean(track.title), levels: track.levels,
                    notes: track.notes.map { note in
                        TrackNote(
                            summary: Sanitizer.clean(note.summary), quote: Sanitizer.clean(note.quote),
                            source: note.source,
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
        SkillArea(
            id: area.id, name: Sanitizer.clean(area.name), short: area.short.map { Sanitizer.clean($0) },
            description: area.description.map { Sanitizer.clean($0) })
    }

    private static func sanitized(_ level: Level) -> Level {
        Level(
            id: level.id, title: Sanitizer.clean(level.title), short: level.short.map { Sanitizer.clean($0) },
            aliases: level.aliases?.map { Sanitizer.clean($0) })
    }

    private static func sanitized(_ source: Source) -> Source {
        Source(
            id: source.id, title: Sanitizer.clean(source.title), kind: source.kind,
            publisher: source.publisher.map { Sanitizer.clean($0) }, date: source.date.map { Sanitizer.clean($0) },
            address: source.address.map { Sanitizer.clean($0) }, quoteKind: source.quoteKind)
    }

    private static func sanitized(_ expert: Expert) -> Expert {
        Expert(
            id: expert.id, name: Sanitizer.clean(expert.name), role: expert.role.map { Sanitizer.clean($0) },
            company: expert.company.map { Sanitizer.clean($0) })
    }

    private static func sanitized(_ skill: SkillEntry) -> SkillEntry {
        skill.cleaned { Sanitizer.clean($0, keepNewlines: $1) }
    }
}

/// Files a framework's competency under one of ladder's skill areas by the words it uses,
/// so it lines up with the experts in side by side.
enum AreaKeywords {
    /// Each area's words; the one named first in a text wins (a longer word at the same place).
    static let table: [(area: String, words: [String])] = [
        ("emotional-intelligence", ["emotional", "self-awareness", "self awareness", "resilience", "growth mindset"]),
        (
            "management",
            ["people management", "management", "hiring", "mentor", "coaching", "talent", "team building", "people"]
        ),
        ("leadership", ["leadership", "vision", "culture", "impact", "influence"]),
        ("strategy", ["strateg", "roadmap", "planning", "prioriti"]),
        ("communication", ["communicat", "storytelling", "writing", "presentation"]),
        ("collaboration", ["collaborat", "stakeholder", "alignment", "relationship", "teamwork", "cross-functional"]),
        ("user-science", ["user", "customer", "research", "discovery", "design", "product sense", "ux"]),
        ("technical", ["technical", "technolog", "data", "analytic", "metric", "engineering"]),
        ("business", ["business", "market", "commercial", "revenue", "go-to-market", "financial", "domain"]),
        ("execution", ["execution", "delivery", "quality", "shipping", "operation", "project", "process"]),
    ]

    /// The table's words as folded bytes, searched with `SearchFolding` (Foundation's
    /// `contains` made this the slowest step of a large import).
    private static let wordBytes = table.map { entry in (entry.area, entry.words.map { Array($0.utf8) }) }

    /// The area of ladder's that `text` names first, and the word that named it: "Stakeholder
    /// management" is about stakeholders (Collaboration), "Strategy & vision" about strategy.
    static func area(for text: String, in catalog: Catalog) -> (area: String, word: String)? {
        let folded = SearchFolding.foldedBytes(text)
        return folded.withUnsafeBufferPointer { haystack in
            var best: (offset: Int, length: Int, area: String)?
            for (area, words) in wordBytes where catalog.area(id: area) != nil {
                for bytes in words {
                    guard let offset = SearchFolding.firstOffset(of: bytes, in: haystack) else { continue }
                    if best.map({ offset < $0.offset || (offset == $0.offset && bytes.count > $0.length) }) ?? true {
                        best = (offset, bytes.count, area)
                    }
                }
            }
            // The whole word the text uses ("strategy" for the stem "strateg").
            return best.map { best in
                var end = best.offset + best.length
                while end < haystack.count, haystack[end] >= 0x80 || (0x61...0x7A).contains(haystack[end]) { end += 1 }
                return (
                    best.area,
                    String(decoding: UnsafeBufferPointer(rebasing: haystack[best.offset..<end]), as: UTF8.self)
                )
            }
        }
    }
}
