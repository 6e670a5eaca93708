import Foundation
import LadderCore

/// Usage: CatalogEmbedder OUTPUT.swift INPUT.json...
///
/// Reads the bundled catalog's files, validates them as the app does (a broken catalog fails
/// the build, with every problem named), and writes `BundledCatalog.document` as Swift values:
/// the app then starts without parsing or validating any JSON.
@main
enum CatalogEmbedder {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard let outputPath = arguments.first else {
            fail("usage: CatalogEmbedder OUTPUT.swift INPUT.json...")
        }
        var files: [CatalogFile] = []
        for inputPath in arguments.dropFirst() {
            let url = URL(fileURLWithPath: inputPath)
            files.append(CatalogFile(name: url.lastPathComponent, text: try String(contentsOf: url, encoding: .utf8)))
        }
        let catalog: Catalog
        do {
            catalog = try Catalog.load(files)
        } catch {
            fail("the bundled catalog (Resources/catalog) does not validate:\n\(error)")
        }
        try swiftSource(for: catalog.document)
            .write(to: URL(fileURLWithPath: outputPath), atomically: true, encoding: .utf8)
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        exit(1)
    }

    /// The generated file: the merged document, one initializer per item.
    static func swiftSource(for document: CatalogDocument) -> String {
        var swift = """
            // Generated at build time by CatalogEmbedder from Resources/catalog. Do not edit.
            import LadderCore

            extension BundledCatalog {
                /// The merged catalog files, validated when this file was generated.
                package static let document = CatalogDocument(
                    schemaVersion: \(document.schemaVersion),

            """
        func list<T>(_ label: String, _ items: [T]?, last: Bool = false, _ item: (T) -> String) {
            swift += "        \(label): [\n"
            for element in items ?? [] { swift += "            \(item(element)),\n" }
            swift += last ? "        ]\n" : "        ],\n"
        }
        list("areas", document.areas) { area in
            "SkillArea(id: \(literal(area.id)), name: \(literal(area.name)), short: \(literal(area.short)), "
                + "description: \(literal(area.description)))"
        }
        list("levels", document.levels) { level in
            "Level(id: \(literal(level.id)), title: \(literal(level.title)), short: \(literal(level.short)), "
                + "aliases: \(level.aliases.map(literal) ?? "nil"))"
        }
        list("tracks", document.tracks) { track in
            let notes = track.notes.map { note in
                "TrackNote(summary: \(literal(note.summary)), quote: \(literal(note.quote)), source: \(literal(note.source)), "
                    + "expert: \(literal(note.expert)), locator: \(literal(note.locator)))"
            }
            return "Track(id: \(literal(track.id)), title: \(literal(track.title)), levels: \(literal(track.levels)), "
                + "notes: [\(notes.joined(separator: ", "))])"
        }
        list("sources", document.sources) { source in
            "Source(id: \(literal(source.id)), title: \(literal(source.title)), kind: \(literal(source.kind)), "
                + "publisher: \(literal(source.publisher)), date: \(literal(source.date)), address: \(literal(source.address)), "
                + "quoteKind: \(literal(source.quoteKind)), author: \(literal(source.author)))"
        }
        list("experts", document.experts) { expert in
            "Expert(id: \(literal(expert.id)), name: \(literal(expert.name)), role: \(literal(expert.role)), "
                + "company: \(literal(expert.company)))"
        }
        list("skills", document.skills, last: true) { skill in
            "SkillEntry(id: \(literal(skill.id)), scope: \(literal(skill.scope)), levels: \(literal(skill.levels)), "
                + "andAbove: \(skill.andAbove), kind: \(literal(skill.kind)), replaces: \(literal(skill.replaces)), "
                + "source: \(literal(skill.source)), expert: \(literal(skill.expert)), area: \(literal(skill.area)), "
                + "summary: \(literal(skill.summary)), quote: \(literal(skill.quote)), locator: \(literal(skill.locator)), "
                + "quoteKind: \(literal(skill.quoteKind)))"
        }
        swift += "    )\n}\n"
        return swift
    }

    /// A Swift string literal with exactly `text`'s characters: every scalar outside printable
    /// ASCII, and the quote and backslash, written as an escape.
    static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case " "..."~": result.unicodeScalars.append(scalar)
            default: result += "\\u{\(String(scalar.value, radix: 16))}"
            }
        }
        return result + "\""
    }

    static func literal(_ text: String?) -> String { text.map(literal) ?? "nil" }

    static func literal(_ texts: [String]) -> String { "[" + texts.map(literal).joined(separator: ", ") + "]" }

    /// An enum case as Swift spells it (`.forumThread`), from the case's own name.
    static func literal<T: RawRepresentable>(_ value: T) -> String { ".\(value)" }

    static func literal<T: RawRepresentable>(_ value: T?) -> String { value.map { ".\($0)" } ?? "nil" }
}
