#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A catalog document in a form that loads without parsing JSON, kept beside an installed
/// framework's JSON (which stays the file of record). Decoding 20,000 entries from JSON takes
/// about 150 ms; from this form the entries are built straight from their bytes.
///
/// The form is bound to the JSON it was made from: it names that file's length and a digest
/// of its bytes, and is used only for those very bytes. A hand edit of the JSON, a truncated
/// or garbled form, or one from another version of ladder reads as nil: load the JSON, and
/// make the form again. The digests guard against accidents, not against someone who can
/// write the folder (who could as well edit the JSON): a form that reads but does not load
/// with the catalog is set aside for the JSON the same way (`FrameworkStore.document`).
///
/// Layout: a magic line; the JSON's length and digest (8 bytes each); the document without
/// its entries, as JSON (small); then the entries, each field a length and UTF-8 bytes; last,
/// a digest of all that.
public enum FastLoadForm {
    /// Names the layout and the catalog format its entries follow: a form from a ladder that
    /// reads either differently is not read.
    static let magic = Array("ladder fast-load form 1, catalog schema \(CatalogDocument.currentSchemaVersion)\n".utf8)

    /// The form of `document`, which was decoded from `json`.
    public static func encode(_ document: CatalogDocument, madeFrom json: [UInt8]) throws -> [UInt8] {
        var writer = Writer()
        writer.bytes += magic
        writer.integer(UInt64(json.count))
        writer.integer(digest(json))
        var rest = document
        rest.skills = nil
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys  // the same document, the same bytes
        writer.data(Array(try encoder.encode(rest)))
        writer.integer(document.skills.map { UInt64($0.count) + 1 } ?? 0)  // 0: no entries part at all
        for entry in document.skills ?? [] {
            for text in [entry.id, entry.source, entry.expert, entry.area, entry.summary, entry.quote, entry.locator] {
                writer.text(text)
            }
            writer.text(entry.scope.rawValue)
            writer.text(entry.kind.rawValue)
            writer.text(entry.quoteKind?.rawValue ?? "")
            writer.integer(entry.andAbove ? 1 : 0)
            writer.list(entry.levels)
            writer.list(entry.replaces)
        }
        writer.integer(digest(writer.bytes))  // the form's own, so a changed byte anywhere is caught
        return writer.bytes
    }

    /// The document the form holds, if it is whole and was made from exactly `json`; else nil.
    public static func decode(_ form: [UInt8], madeFrom json: [UInt8]) -> CatalogDocument? {
        guard form.count >= 8 else { return nil }
        let body = Array(form.dropLast(8))
        var tail = Reader(bytes: Array(form.suffix(8)))
        guard tail.integer() == digest(body) else { return nil }
        var reader = Reader(bytes: body)
        guard reader.take(magic.count) == magic[...], reader.integer() == UInt64(json.count),
            reader.integer() == digest(json),
            let head = reader.data(), var document = try? JSONDecoder().decode(CatalogDocument.self, from: Data(head)),
            let stored = reader.integer()
        else { return nil }
        if stored > 0 {
            var skills: [SkillEntry] = []
            skills.reserveCapacity(Int(min(stored - 1, UInt64(form.count))))
            for _ in 0..<(stored - 1) {
                guard let id = reader.text(), let source = reader.text(), let expert = reader.text(),
                    let area = reader.text(),
                    let summary = reader.text(), let quote = reader.text(), let locator = reader.text(),
                    let scope = reader.text().flatMap(Scope.init(rawValue:)),
                    let kind = reader.text().flatMap(EntryKind.init(rawValue:)),
                    let quoteKindText = reader.text(), let andAbove = reader.integer(), andAbove <= 1,
                    let levels = reader.list(), let replaces = reader.list()
                else { return nil }
                let quoteKind = quoteKindText.isEmpty ? nil : QuoteKind(rawValue: quoteKindText)
                guard quoteKindText.isEmpty || quoteKind != nil else { return nil }
                skills.append(
                    SkillEntry(
                        id: id, scope: scope, levels: levels, andAbove: andAbove == 1, kind: kind, replaces: replaces,
                        source: source, expert: expert, area: area, summary: summary, quote: quote, locator: locator,
                        quoteKind: quoteKind))
            }
            document.skills = skills
        }
        return reader.isAtEnd ? document : nil
    }

    /// A 64-bit digest of `bytes`, eight at a time (not cryptographic: it tells an edited file
    /// from the one a form was made from).
    static func digest(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset + 8 <= raw.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 32
                offset += 8
            }
            while offset < raw.count {
                hash = (hash ^ UInt64(raw[offset])) &* 0x0000_0100_0000_01B3
                offset += 1
            }
        }
        return hash ^ (hash >> 29)
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func integer(_ value: UInt64) {
            withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
        }

        mutating func data(_ data: [UInt8]) {
            integer(UInt64(data.count))
            bytes += data
        }

        mutating func text(_ text: String) { data(Array(text.utf8)) }

        mutating func list(_ texts: [String]) {
            integer(UInt64(texts.count))
            for text in texts { self.text(text) }
        }
    }

    /// Reads what `Writer` wrote; every read is checked against the end, so a cut or garbled
    /// form gives nil rather than a crash.
    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        var isAtEnd: Bool { offset == bytes.count }

        mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
            guard count >= 0, count <= bytes.count - offset else { return nil }
            defer { offset += count }
            return bytes[offset..<offset + count]
        }

        mutating func integer() -> UInt64? {
            guard let slice = take(8) else { return nil }
            var value: UInt64 = 0
            for byte in slice.reversed() { value = value << 8 | UInt64(byte) }
            return value
        }

        mutating func data() -> ArraySlice<UInt8>? {
            guard let count = integer(), count <= UInt64(bytes.count - offset) else { return nil }
            return take(Int(count))
        }

        /// Bytes that are not UTF-8 (only in a form made by hand: the digest has passed) read
        /// with replacement characters, never as a crash. Decoding from a buffer is the
        /// standard library's fast path; validating a slice went through generic metadata
        /// lookups that were half of reading the form.
        mutating func text() -> String? {
            data().map { slice in slice.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) } }
        }

        mutating func list() -> [String]? {
            guard let count = integer(), count <= UInt64(bytes.count - offset) else { return nil }
            var texts: [String] = []
            for _ in 0..<count {
                guard let text = text() else { return nil }
                texts.append(text)
            }
            return texts
        }
    }
}
