#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The progress file's format: reading (with migration of older versions) and writing.
///
/// Written by hand rather than by JSONEncoder so the file reads well and keeps a fixed key
/// order: `schemaVersion`, `currentLevel`, `targetLevel`, `ticks`, `notes`, ids sorted.
/// A diff between two saves shows only what changed.
public enum ProgressFile {
    /// The version this ladder writes.
    public static let schemaVersion = 2

    /// What decoding found: the progress, and the version it was migrated from, if older.
    public struct Contents: Equatable, Sendable {
        public let progress: UserProgress
        public let migratedFrom: Int?
    }

    /// Reads a progress file's bytes. Throws a problem for anything that is not a progress
    /// file this ladder understands; never guesses.
    public static func decode(_ bytes: [UInt8]) throws(ProgressFileProblem) -> Contents {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notUTF8 }
        if let syntax = JSONSyntaxCheck.firstError(in: text) { throw .notJSON(syntax.description) }
        let raw: RawProgress
        do {
            raw = try JSONDecoder().decode(RawProgress.self, from: Data(bytes))
        } catch let error as DecodingError {
            let problem = CatalogProblem(decoding: error, in: "")
            throw .schema(path: problem.path, message: problem.message)
        } catch {
            throw .schema(path: "", message: "\(error)")
        }
        if let unknown = raw.unknownKeys.first {
            throw .schema(path: unknown, message: "unknown field")
        }
        switch raw.schemaVersion {
        case schemaVersion:
            return Contents(progress: try raw.currentProgress(), migratedFrom: nil)
        case 1:
            return Contents(progress: try raw.versionOneProgress(), migratedFrom: 1)
        case let version where version > schemaVersion:
            throw .newerVersion(version)
        case let version:
            throw .schema(path: "schemaVersion", message: "unknown version \(version)")
        }
    }

    /// The file's text for `progress`, ending in a newline.
    public static func encode(_ progress: UserProgress) -> String {
        String(decoding: encodedBytes(progress), as: UTF8.self)
    }

    /// The file's bytes, built directly (a file can hold ten thousand ticks, and a save must be
    /// quick). Ids are sorted by their UTF-8 bytes.
    public static func encodedBytes(_ progress: UserProgress) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64 + 64 * (progress.ticks.count + progress.notes.count))
        func append(_ text: String) { bytes.append(contentsOf: text.utf8) }
        append("{\n  \"schemaVersion\": \(schemaVersion)")
        if let level = progress.currentLevel { append(",\n  \"currentLevel\": " + quoted(level)) }
        if let level = progress.targetLevel { append(",\n  \"targetLevel\": " + quoted(level)) }
        for (name, dictionary) in [("ticks", progress.ticks), ("notes", progress.notes)] {
            append(",\n  \"\(name)\": ")
            guard !dictionary.isEmpty else {
                append("{}")
                continue
            }
            append("{")
            for (index, key) in dictionary.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
                append(index == 0 ? "\n    " : ",\n    ")
                append(quoted(key))
                append(": ")
                append(quoted(dictionary[key]!))
            }
            append("\n  }")
        }
        append("\n}\n")
        return bytes
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as UTF-8.
    static func quoted(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x7F && $0 < 0xC2 }) {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value):
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Whether `text` is an ISO-8601 time such as ladder writes (`2026-11-21T19:40:49Z`),
    /// optionally with fractional seconds or an offset instead of `Z`. Checked by shape, since
    /// a file can hold ten thousand of them.
    static func isTimestamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= bytes.count && range.allSatisfy { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }
        }
        func byte(_ index: Int, _ expected: Character) -> Bool {
            index < bytes.count && bytes[index] == expected.asciiValue!
        }
        guard digits(0..<4), byte(4, "-"), digits(5..<7), byte(7, "-"), digits(8..<10), byte(10, "T"),
              digits(11..<13), byte(13, ":"), digits(14..<16), byte(16, ":"), digits(17..<19) else { return false }
        var index = 19
        if byte(index, ".") {
            index += 1
            let start = index
            while digits(index..<(index + 1)) { index += 1 }
            guard index > start else { return false }
        }
        if byte(index, "Z") { return index + 1 == bytes.count }
        guard byte(index, "+") || byte(index, "-") else { return false }
        return digits((index + 1)..<(index + 3)) && byte(index + 3, ":") && digits((index + 4)..<(index + 6)) && index + 6 == bytes.count
    }

    /// `date` as ISO-8601 UTC, to the second.
    public static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}

/// Why a progress file cannot be used. Such a file is never overwritten.
public enum ProgressFileProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path names a directory or another kind of file: a wrong path, not a damaged file.
    case notAFile(FileKind)
    case unreadable(String)
    case notUTF8
    case notJSON(String)
    case schema(path: String, message: String)
    case newerVersion(Int)

    public var description: String {
        switch self {
        case .notAFile(let kind): "is \(kind), not a file"
        case .unreadable(let reason): "cannot be read (\(reason))"
        case .notUTF8: "is not UTF-8 text"
        case .notJSON(let position): "is not valid JSON (\(position))"
        case .schema(let path, let message):
            path.isEmpty ? "is not a ladder progress file (\(message))" : "is not a ladder progress file (\(path): \(message))"
        case .newerVersion(let version):
            "was written by a newer ladder (schema version \(version); this one reads up to \(ProgressFile.schemaVersion))"
        }
    }
}

/// Every version's fields, decoded loosely so each version can be checked on its own terms.
private struct RawProgress: Decodable {
    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    enum Ticks {
        case times([String: String])
        case ids([String])
    }

    static let knownKeys: Set = ["schemaVersion", "currentLevel", "targetLevel", "ticks", "notes"]

    let schemaVersion: Int
    let currentLevel: String?
    let targetLevel: String?
    let ticks: Ticks?
    let notes: [String: String]?
    let unknownKeys: [String]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        schemaVersion = try container.decode(Int.self, forKey: Key(stringValue: "schemaVersion"))
        currentLevel = try container.decodeIfPresent(String.self, forKey: Key(stringValue: "currentLevel"))
        targetLevel = try container.decodeIfPresent(String.self, forKey: Key(stringValue: "targetLevel"))
        notes = try container.decodeIfPresent([String: String].self, forKey: Key(stringValue: "notes"))
        let ticksKey = Key(stringValue: "ticks")
        if !container.contains(ticksKey) {
            ticks = nil
        } else if let ids = try? container.decode([String].self, forKey: ticksKey) {
            ticks = .ids(ids)
        } else {
            ticks = .times(try container.decode([String: String].self, forKey: ticksKey))
        }
        unknownKeys = container.allKeys.map(\.stringValue).filter { !Self.knownKeys.contains($0) }.sorted()
    }

    /// Version 2: `ticks` maps skill ids to ISO-8601 times.
    func currentProgress() throws(ProgressFileProblem) -> UserProgress {
        var times: [String: String] = [:]
        switch ticks {
        case .ids: throw .schema(path: "ticks", message: "expected an object of skill id to time")
        case .times(let found): times = found
        case nil: break
        }
        for (skill, time) in times where !ProgressFile.isTimestamp(time) {
            throw .schema(path: "ticks.\(skill)", message: "expected an ISO-8601 time such as 2026-01-31T09:30:00Z")
        }
        return UserProgress(ticks: times, notes: notes ?? [:], currentLevel: currentLevel, targetLevel: targetLevel)
    }

    /// Version 1, the first and simplest format: `ticks` is a list of skill ids, no times.
    /// Migrated ticks get the Unix epoch as their time, since the real one is unknown.
    func versionOneProgress() throws(ProgressFileProblem) -> UserProgress {
        var ids: [String] = []
        switch ticks {
        case .times: throw .schema(path: "ticks", message: "expected a list of skill ids (schema version 1)")
        case .ids(let found): ids = found
        case nil: break
        }
        let unknownTime = ProgressFile.timestamp(Date(timeIntervalSince1970: 0))
        return UserProgress(
            ticks: Dictionary(ids.map { ($0, unknownTime) }) { first, _ in first },
            notes: notes ?? [:], currentLevel: currentLevel, targetLevel: targetLevel
        )
    }
}
