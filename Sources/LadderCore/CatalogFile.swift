#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The text of one catalog file and the name to report it by.
public struct CatalogFile: Sendable {
    public let name: String
    public let text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// The shape of a catalog file. Every part is optional, so a catalog can be split across
/// files (one per source) that are merged and then validated as a whole.
public struct CatalogDocument: Codable, Equatable, Sendable {
    /// The catalog format this ladder writes (and the newest it reads). Version 1 had no
    /// `scope`, `kind` or `replaces`: its entries are level entries and skills.
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    public var areas: [SkillArea]?
    public var levels: [Level]?
    public var tracks: [Track]?
    public var sources: [Source]?
    public var experts: [Expert]?
    public var skills: [SkillEntry]?

    public init(
        schemaVersion: Int = CatalogDocument.currentSchemaVersion,
        areas: [SkillArea]? = nil, levels: [Level]? = nil, tracks: [Track]? = nil,
        sources: [Source]? = nil, experts: [Expert]? = nil, skills: [SkillEntry]? = nil
    ) {
        self.schemaVersion = schemaVersion
        self.areas = areas
        self.levels = levels
        self.tracks = tracks
        self.sources = sources
        self.experts = experts
        self.skills = skills
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, areas, levels, tracks, sources, experts, skills
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        areas = try container.decodeIfPresent([SkillArea].self, forKey: .areas)
        levels = try container.decodeIfPresent([Level].self, forKey: .levels)
        tracks = try container.decodeIfPresent([Track].self, forKey: .tracks)
        sources = try container.decodeIfPresent([Source].self, forKey: .sources)
        experts = try container.decodeIfPresent([Expert].self, forKey: .experts)
        // Entries are read knowing the file's version: what is optional in version 1 is required later.
        if container.contains(.skills), try !container.decodeNil(forKey: .skills) {
            var list = try container.nestedUnkeyedContainer(forKey: .skills)
            var entries: [SkillEntry] = []
            while !list.isAtEnd {
                entries.append(try SkillEntry(from: try list.superDecoder(), schemaVersion: schemaVersion))
            }
            skills = entries
        }
    }

    /// Decodes a catalog file, turning decoding failures into a problem that names the
    /// file and the JSON path of the bad field.
    public static func decode(_ file: CatalogFile) throws(CatalogError) -> CatalogDocument {
        // Syntax first, with line and column, and never letting too deep a nesting reach JSONDecoder.
        if let failure = JSONSyntaxCheck.firstError(in: file.text) {
            throw CatalogError([
                failure.isSyntax
                    ? CatalogProblem(file: file.name, path: "", message: "not valid JSON: \(failure)")
                    : CatalogProblem(file: file.name, path: failure.path, message: failure.description)
            ])
        }
        do {
            let document = try JSONDecoder().decode(CatalogDocument.self, from: Data(file.text.utf8))
            if document.hasNoParts,
                try JSONDecoder().decode(TopLevelKeys.self, from: Data(file.text.utf8)).isProgressFile
            {
                throw CatalogError([
                    CatalogProblem(
                        file: file.name, path: "", message: "this is a ladder progress file, not a catalog or framework"
                    )
                ])
            }
            if document.schemaVersion > currentSchemaVersion {
                throw CatalogError([
                    CatalogProblem(
                        file: file.name, path: "schemaVersion",
                        message:
                            "version \(document.schemaVersion) is newer than this ladder reads (\(currentSchemaVersion)); update ladder"
                    )
                ])
            }
            return document
        } catch let error as CatalogError {
            throw error
        } catch let error as DecodingError {
            throw CatalogError([CatalogProblem(decoding: error, in: file.name)])
        } catch {
            throw CatalogError([CatalogProblem(file: file.name, path: "", message: "\(error)")])
        }
    }
}

extension CatalogDocument {
    /// Whether the file holds none of a catalog's parts.
    var hasNoParts: Bool {
        areas == nil && levels == nil && tracks == nil && sources == nil && experts == nil && skills == nil
    }
}

/// The names at the top of a JSON object: enough to tell a progress file given as a catalog.
private struct TopLevelKeys: Decodable {
    let names: Set<String>

    private struct Name: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        names = Set(try decoder.container(keyedBy: Name.self).allKeys.map(\.stringValue))
    }

    var isProgressFile: Bool { !names.isDisjoint(with: ["ratings", "ticks", "evidence", "checkins"]) }
}

/// One thing wrong with a catalog file.
public struct CatalogProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public let file: String
    /// JSON path of the bad field, such as `skills[12].quote`; empty for the whole file.
    public let path: String
    public let message: String

    public init(file: String, path: String, message: String) {
        self.file = file
        self.path = path
        self.message = message
    }

    public var description: String {
        path.isEmpty ? "\(file): \(message)" : "\(file): \(path): \(message)"
    }

    init(decoding error: DecodingError, in file: String) {
        func jsonPath(_ codingPath: [any CodingKey]) -> String {
            var path = ""
            for key in codingPath {
                if let index = key.intValue {
                    path += "[\(index)]"
                } else {
                    path += path.isEmpty ? key.stringValue : "." + key.stringValue
                }
            }
            return path
        }
        switch error {
        case .keyNotFound(let key, let context):
            self.init(file: file, path: jsonPath(context.codingPath + [key]), message: "missing required field")
        case .typeMismatch(let type, let context):
            self.init(file: file, path: jsonPath(context.codingPath), message: "expected \(Self.describe(type))")
        case .valueNotFound(let type, let context):
            self.init(
                file: file, path: jsonPath(context.codingPath), message: "expected \(Self.describe(type)), found null")
        case .dataCorrupted(let context):
            let message = context.codingPath.isEmpty ? "not valid JSON" : context.debugDescription
            self.init(file: file, path: jsonPath(context.codingPath), message: message)
        @unknown default:
            self.init(file: file, path: "", message: "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is [Any].Type: "an array"
        default:
            String(describing: type).hasPrefix("Array")
                ? "an array"
                : String(describing: type).hasPrefix("Dictionary")
                    ? "an object"
                    : "a value of type \(type)"
        }
    }
}

/// A catalog that cannot be used, with every problem found.
public struct CatalogError: Error, Sendable, CustomStringConvertible {
    public let problems: [CatalogProblem]

    public init(_ problems: [CatalogProblem]) {
        self.problems = problems
    }

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
