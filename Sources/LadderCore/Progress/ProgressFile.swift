#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LadderText
import LadderFiles

/// The progress file's format: reading (with migration of older versions) and writing.
///
/// Written by hand rather than by JSONEncoder so the file reads well and keeps a fixed key
/// order (`schemaVersion`, `currentLevel`, `targetLevel`, `ratings`, `evidence`, `checkins`;
/// ids sorted), one rating per line: a diff between two saves shows only what changed.
public enum ProgressFile {
    /// The version this ladder writes. Version 1 listed ticked ids; version 2 timed ticks and
    /// kept one note per skill; version 3 rates, keeps dated evidence and check-ins.
    public static let schemaVersion = 3

    /// No progress file ladder writes comes near this; a larger one is refused unread.
    public static let maximumBytes = 64 * 1024 * 1024

    /// What decoding found: the progress, and the version it was migrated from, if older.
    public struct Contents: Equatable, Sendable {
        public let progress: UserProgress
        public let migratedFrom: Int?
    }

    /// Reads a progress file's bytes. Throws a problem for anything that is not a progress
    /// file this ladder understands; never guesses.
    /// - Parameter fileDate: the file's date (`YYYY-MM-DD`), for the evidence entries an
    ///   older file's notes become.
    public static func decode(_ bytes: [UInt8], fileDate: String) throws(ProgressFileProblem) -> Contents {
        guard bytes.count <= maximumBytes else { throw .tooLarge(bytes.count) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notUTF8 }
        if let failure = JSONSyntaxCheck.firstError(in: text, numbers: .whole) {
            guard failure.isSyntax else {
                throw .schema(path: failure.path, message: failure.description)
            }
            throw .notJSON(failure.description)
        }
        let raw: RawProgress
        do {
            raw = try JSONDecoder().decode(RawProgress.self, from: Data(bytes))
        } catch let error as DecodingError {
            let problem = CatalogProblem(decoding: error, in: "")
            throw .schema(path: problem.path, message: problem.message)
        } catch let error as ProgressFileProblem {
            throw error
        } catch {
            throw .schema(path: "", message: "\(error)")
        }
        switch raw.schemaVersion {
        case schemaVersion:
            return Contents(progress: try raw.versionThree(), migratedFrom: nil)
        case 1, 2:
            return Contents(progress: try raw.olderVersion(fileDate: fileDate), migratedFrom: raw.schemaVersion)
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

    /// The file's bytes, built directly (a file can hold ten thousand ratings, and a save must
    /// be quick). Ids are sorted by their Unicode scalar values (their UTF-8 bytes).
    public static func encodedBytes(_ progress: UserProgress) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128 + 96 * progress.ratings.count)
        func append(_ text: String) { bytes.append(contentsOf: text.utf8) }
        func quoted(_ text: String) { JSONText.appendQuoted(text, to: &bytes) }
        func sorted<T>(_ dictionary: [String: T]) -> [(key: String, value: T)] {
            // Swift's order: Unicode scalar values, so UTF-8 byte order for the (NFC) ids a
            // dictionary holds, with the standard library's fast path (four times a bytewise sort).
            dictionary.sorted { $0.key < $1.key }
        }
        func list<T>(_ items: [T], indent: String, _ item: (T) -> Void) {
            guard !items.isEmpty else { return append("[]") }
            append("[")
            let (first, next) = ("\n" + indent + "  ", ",\n" + indent + "  ")
            for (index, element) in items.enumerated() {
                append(index == 0 ? first : next)
                item(element)
            }
            append("\n" + indent + "]")
        }
        func object<T>(_ dictionary: [String: T], indent: String, _ value: (T) -> Void) {
            guard !dictionary.isEmpty else { return append("{}") }
            append("{")
            let (first, next) = ("\n" + indent + "  ", ",\n" + indent + "  ")
            for (index, (key, element)) in sorted(dictionary).enumerated() {
                append(index == 0 ? first : next)
                quoted(key)
                append(": ")
                value(element)
            }
            append("\n" + indent + "}")
        }
        func levels(_ current: String?, _ target: String?, indent: String) {
            if let current { append(",\n" + indent + "\"currentLevel\": " + JSONText.quoted(current)) }
            if let target { append(",\n" + indent + "\"targetLevel\": " + JSONText.quoted(target)) }
        }

        append("{\n  \"schemaVersion\": \(schemaVersion)")
        levels(progress.currentLevel, progress.targetLevel, indent: "  ")
        append(",\n  \"ratings\": ")
        object(progress.ratings, indent: "  ") { record in
            append("{\"rating\": \"")
            append(record.rating.rawValue)
            append("\", \"ratedAt\": ")
            quoted(record.ratedAt)
            append("}")
        }
        append(",\n  \"evidence\": ")
        object(progress.evidence, indent: "  ") { entries in
            list(entries, indent: "    ") { entry in
                append("{\"date\": ")
                quoted(entry.date)
                append(", \"text\": ")
                quoted(entry.text)
                append(", \"addedAt\": ")
                quoted(entry.addedAt)
                append("}")
            }
        }
        append(",\n  \"checkins\": ")
        list(progress.checkins, indent: "  ") { checkin in
            append(
                "{\n      \"at\": \(JSONText.quoted(checkin.at)),\n      \"message\": \(JSONText.quoted(checkin.message))"
            )
            levels(checkin.currentLevel, checkin.targetLevel, indent: "      ")
            append(",\n      \"ratings\": ")
            object(checkin.ratings, indent: "      ") { append("\"\($0.rawValue)\"") }
            append(",\n      \"skills\": ")
            object(checkin.skills, indent: "      ") { words in
                append(
                    "{\"summary\": \(JSONText.quoted(words.summary)), \"area\": \(JSONText.quoted(words.area)), \"areaName\": \(JSONText.quoted(words.areaName))}"
                )
            }
            append(",\n      \"areas\": ")
            list(checkin.areas, indent: "      ") { area in
                append(
                    "{\"level\": \(JSONText.quoted(area.level)), \"area\": \(JSONText.quoted(area.area)), \"areaName\": \(JSONText.quoted(area.areaName)), "
                        + "\"met\": \(area.met), \"total\": \(area.total)}")
            }
            append("\n    }")
        }
        append("\n}\n")
        return bytes
    }

    /// Whether `text` is an ISO-8601 time such as ladder writes (`2026-11-21T19:40:49Z`),
    /// optionally with fractional seconds or an offset instead of `Z`. Checked by shape, since
    /// a file can hold ten thousand of them.
    static func isTimestamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, isDay(bytes[0..<10]), bytes[10] == UInt8(ascii: "T") else { return false }
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= bytes.count && range.allSatisfy { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }
        }
        func byte(_ index: Int, _ expected: Character) -> Bool {
            index < bytes.count && bytes[index] == expected.asciiValue!
        }
        guard digits(11..<13), byte(13, ":"), digits(14..<16), byte(16, ":"), digits(17..<19) else { return false }
        var index = 19
        if byte(index, ".") {
            index += 1
            let start = index
            while digits(index..<(index + 1)) { index += 1 }
            guard index > start else { return false }
        }
        if byte(index, "Z") { return index + 1 == bytes.count }
        guard byte(index, "+") || byte(index, "-") else { return false }
        return digits((index + 1)..<(index + 3)) && byte(index + 3, ":") && digits((index + 4)..<(index + 6))
            && index + 6 == bytes.count
    }

    /// Whether `text` is a real day as `YYYY-MM-DD` (2026-02-30 is not).
    public static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 10 && isDay(bytes[...])
    }

    private static func isDay(_ bytes: ArraySlice<UInt8>) -> Bool {
        let start = bytes.startIndex
        guard bytes.count == 10, bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-") else {
            return false
        }
        func number(_ offset: Int, _ length: Int) -> Int? {
            var value = 0
            for index in (start + offset)..<(start + offset + length) {
                guard bytes[index] >= 0x30 && bytes[index] <= 0x39 else { return nil }
                value = value * 10 + Int(bytes[index] - 0x30)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), (1...12).contains(month) else {
            return false
        }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// `date` as ISO-8601 UTC, to the second.
    public static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// The calendar date `date` falls on where the user is ("2026-11-22"): what "today" means
    /// for a piece of evidence or a report.
    public static func localDate(_ date: Date) -> String {
        let day = Calendar.current.dateComponents([.year, .month, .day], from: date)
        func digits(_ value: Int?, _ count: Int) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, count - text.count)) + text
        }
        return "\(digits(day.year, 4))-\(digits(day.month, 2))-\(digits(day.day, 2))"
    }
}

/// Why a progress file cannot be used. Such a file is never overwritten.
public enum ProgressFileProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path names a directory or another kind of file: a wrong path, not a damaged file.
    case notAFile(FileKind)
    /// The path is a symbolic link that leads nowhere (or to itself): a wrong path too.
    case linkToNothing
    case unreadable(String)
    case tooLarge(Int)
    case notUTF8
    case notJSON(String)
    case schema(path: String, message: String)
    case newerVersion(Int)

    public var description: String {
        switch self {
        case .notAFile(let kind): "is \(kind), not a file"
        case .linkToNothing: "is a symbolic link to nothing (or a loop of links), not a file"
        case .unreadable(let reason): "cannot be read (\(reason))"
        case .tooLarge(let size):
            "is \(size / 1_048_576) MB, larger than any progress file ladder writes (at most \(ProgressFile.maximumBytes / 1_048_576) MB)"
        case .notUTF8: "is not UTF-8 text"
        case .notJSON(let position): "is not valid JSON (\(position))"
        case .schema(let path, let message):
            path.isEmpty
                ? "is not a ladder progress file (\(message))" : "is not a ladder progress file (\(path): \(message))"
        case .newerVersion(let version):
            "was written by a newer ladder (schema version \(version); this one reads up to \(ProgressFile.schemaVersion))"
        }
    }
}

/// Decodes an object with a fixed set of keys, refusing any other: a file with fields this
/// ladder does not know is not one it wrote.
private struct Keyed {
    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    let container: KeyedDecodingContainer<Key>

    init(_ decoder: any Decoder, known: Set<String>) throws {
        container = try decoder.container(keyedBy: Key.self)
        if let unknown = container.allKeys.map(\.stringValue).filter({ !known.contains($0) }).sorted().first {
            let path = (decoder.codingPath.map(\.stringValue) + [unknown]).joined(separator: ".")
            throw ProgressFileProblem.schema(path: path, message: "unknown field")
        }
    }

    func decode<T: Decodable>(_ key: String) throws -> T { try container.decode(T.self, forKey: Key(stringValue: key)) }
    func decodeIfPresent<T: Decodable>(_ key: String) throws -> T? {
        try container.decodeIfPresent(T.self, forKey: Key(stringValue: key))
    }
    func contains(_ key: String) -> Bool { container.contains(Key(stringValue: key)) }
}

private struct RawRating: Decodable {
    let rating: String
    let ratedAt: String

    init(from decoder: any Decoder) throws {
        let keyed = try Keyed(decoder, known: ["rating", "ratedAt"])
        rating = try keyed.decode("rating")
        ratedAt = try keyed.decode("ratedAt")
    }
}

private struct RawEvidence: Decodable {
    let date: String
    let text: String
    let addedAt: String

    init(from decoder: any Decoder) throws {
        let keyed = try Keyed(decoder, known: ["date", "text", "addedAt"])
        date = try keyed.decode("date")
        text = try keyed.decode("text")
        addedAt = try keyed.decode("addedAt")
    }
}

private struct RawWords: Decodable {
    let summary: String
    let area: String
    let areaName: String

    init(from decoder: any Decoder) throws {
        let keyed = try Keyed(decoder, known: ["summary", "area", "areaName"])
        summary = try keyed.decode("summary")
        area = try keyed.decode("area")
        areaName = try keyed.decode("areaName")
    }
}

private struct RawArea: Decodable {
    let level: String
    let area: String
    let areaName: String
    let met: Int
    let total: Int

    init(from decoder: any Decoder) throws {
        let keyed = try Keyed(decoder, known: ["level", "area", "areaName", "met", "total"])
        level = try keyed.decode("level")
        area = try keyed.decode("area")
        areaName = try keyed.decode("areaName")
        met = try keyed.decode("met")
        total = try keyed.decode("total")
    }
}

private struct RawCheckin: Decodable {
    let at: String
    let message: String
    let currentLevel: String?
    let targetLevel: String?
    let ratings: [String: String]
    let skills: [String: RawWords]
    let areas: [RawArea]

    init(from decoder: any Decoder) throws {
        let keyed = try Keyed(
            decoder, known: ["at", "message", "currentLevel", "targetLevel", "ratings", "skills", "areas"])
        at = try keyed.decode("at")
        message = try keyed.decode("message")
        currentLevel = try keyed.decodeIfPresent("currentLevel")
        targetLevel = try keyed.decodeIfPresent("targetLevel")
        ratings = try keyed.decode("ratings")
        skills = try keyed.decode("skills")
        areas = try keyed.decode("areas")
    }
}

/// Every version's fields, decoded loosely so each version can be checked on its own terms.
private struct RawProgress: Decodable {
    enum Ticks {
        case times([String: String])
        case ids([String])
    }

    let schemaVersion: Int
    let currentLevel: String?
    let targetLevel: String?
    /// Versions 1 and 2.
    let ticks: Ticks?
    let notes: [String: String]?
    /// Version 3.
    let ratings: [String: RawRating]?
    let evidence: [String: [RawEvidence]]?
    let checkins: [RawCheckin]?

    init(from decoder: any Decoder) throws {
        let keyed = try Keyed(
            decoder,
            known: [
                "schemaVersion", "currentLevel", "targetLevel", "ticks", "notes", "ratings", "evidence", "checkins",
            ])
        schemaVersion = try keyed.decode("schemaVersion")
        currentLevel = try keyed.decodeIfPresent("currentLevel")
        targetLevel = try keyed.decodeIfPresent("targetLevel")
        notes = try keyed.decodeIfPresent("notes")
        ratings = try keyed.decodeIfPresent("ratings")
        evidence = try keyed.decodeIfPresent("evidence")
        checkins = try keyed.decodeIfPresent("checkins")
        if !keyed.contains("ticks") {
            ticks = nil
        } else if let ids: [String] = try? keyed.decode("ticks") {
            ticks = .ids(ids)
        } else {
            ticks = .times(try keyed.decode("ticks"))
        }
    }

    private func rating(_ text: String, at path: String) throws(ProgressFileProblem) -> Rating {
        guard let rating = Rating(rawValue: text) else {
            throw .schema(path: path, message: "unknown rating \"\(text)\" (expected one of: \(Rating.names))")
        }
        return rating
    }

    private func timestamp(_ text: String, at path: String) throws(ProgressFileProblem) {
        guard ProgressFile.isTimestamp(text) else {
            throw .schema(path: path, message: "expected an ISO-8601 time such as 2026-01-31T09:30:00Z")
        }
    }

    /// Version 3: ratings, evidence, check-ins.
    func versionThree() throws(ProgressFileProblem) -> UserProgress {
        for field in ["ticks", "notes"] where field == "ticks" ? ticks != nil : notes != nil {
            throw .schema(path: field, message: "not a field of schema version 3 (ratings and evidence replace it)")
        }
        var progress = UserProgress(currentLevel: currentLevel, targetLevel: targetLevel)
        for (skill, raw) in ratings ?? [:] {
            let value = try rating(raw.rating, at: "ratings.\(skill).rating")
            try timestamp(raw.ratedAt, at: "ratings.\(skill).ratedAt")
            progress.ratings[skill] = RatingRecord(value, at: raw.ratedAt)
        }
        for (skill, entries) in evidence ?? [:] {
            var seen: Set<String> = []
            progress.evidence[skill] = try entries.enumerated().map {
                (index, raw) throws(ProgressFileProblem) -> EvidenceEntry in
                let path = "evidence.\(skill)[\(index)]"
                guard ProgressFile.isDate(raw.date) else {
                    throw .schema(path: path + ".date", message: "expected a day such as 2026-01-31")
                }
                try timestamp(raw.addedAt, at: path + ".addedAt")
                guard seen.insert(raw.addedAt).inserted else {
                    throw .schema(path: path + ".addedAt", message: "two entries of one skill have the same time")
                }
                return EvidenceEntry(date: raw.date, text: raw.text, addedAt: raw.addedAt)
            }
        }
        progress.checkins = try (checkins ?? []).enumerated().map {
            (index, raw) throws(ProgressFileProblem) -> Checkin in
            let path = "checkins[\(index)]"
            try timestamp(raw.at, at: path + ".at")
            var ratings: [String: Rating] = [:]
            for (skill, text) in raw.ratings { ratings[skill] = try rating(text, at: "\(path).ratings.\(skill)") }
            return Checkin(
                at: raw.at, message: raw.message, currentLevel: raw.currentLevel, targetLevel: raw.targetLevel,
                ratings: ratings,
                skills: raw.skills.mapValues {
                    Checkin.SkillWords(summary: $0.summary, area: $0.area, areaName: $0.areaName)
                },
                areas: raw.areas.map {
                    Checkin.AreaCount(
                        level: $0.level, area: $0.area, areaName: $0.areaName, met: $0.met, total: $0.total)
                })
        }
        return progress
    }

    /// Versions 1 and 2, read as version 3: every tick becomes a rating of meeting with its time
    /// kept (version 1 had none: the Unix epoch, since the real one is unknown), every note the
    /// skill's first evidence entry, dated from the file.
    func olderVersion(fileDate: String) throws(ProgressFileProblem) -> UserProgress {
        for field in ["ratings", "evidence", "checkins"]
        where (field == "ratings" && ratings != nil)
            || (field == "evidence" && evidence != nil) || (field == "checkins" && checkins != nil)
        {
            throw .schema(path: field, message: "not a field of schema version \(schemaVersion)")
        }
        var times: [String: String] = [:]
        switch (schemaVersion, ticks) {
        case (1, .times?): throw .schema(path: "ticks", message: "expected a list of skill ids (schema version 1)")
        case (2, .ids?): throw .schema(path: "ticks", message: "expected an object of skill id to time")
        case (_, .ids(let ids)?):
            let unknownTime = ProgressFile.timestamp(Date(timeIntervalSince1970: 0))
            for id in ids where times[id] == nil { times[id] = unknownTime }
        case (_, .times(let found)?):
            for (skill, time) in found { try timestamp(time, at: "ticks.\(skill)") }
            times = found
        case (_, nil):
            break
        }
        let noted = ProgressFile.isDate(fileDate) ? fileDate : "1970-01-01"
        return UserProgress(
            ratings: times.mapValues { RatingRecord(.meeting, at: $0) },
            evidence: (notes ?? [:]).filter { !$0.value.isEmpty }.mapValues {
                [EvidenceEntry(date: noted, text: $0, addedAt: noted + "T00:00:00Z")]
            },
            currentLevel: currentLevel, targetLevel: targetLevel)
    }
}
