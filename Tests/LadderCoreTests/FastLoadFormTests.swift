import Foundation
@testable import LadderCore
import LadderTestSupport
import Testing

/// The fast-load form kept beside an installed framework loads exactly what its JSON says,
/// and is never trusted when it is damaged or was made from other bytes.
@Suite struct FastLoadFormTests {
    /// Every bundled catalog file: all of the format's kinds of entry and field.
    static let files: [CatalogFile] = {
        let directory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/catalog")
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
                .sorted()) ?? []
        return names.compactMap { name in
            (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)).map {
                CatalogFile(name: name, text: $0)
            }
        }
    }()

    @Test func theFormLoadsExactlyWhatTheJSONSaysEntryByEntry() throws {
        #expect(Self.files.count == 6)
        for file in Self.files {
            let json = Array(file.text.utf8)
            let document = try CatalogDocument.decode(file)
            let form = try FastLoadForm.encode(document, madeFrom: json)
            let loaded = try #require(FastLoadForm.decode(form, madeFrom: json), "\(file.name)")
            #expect(loaded == document, "\(file.name)")
            // Field by field too, so a difference is named.
            for (fromForm, fromJSON) in zip(loaded.skills ?? [], document.skills ?? []) {
                #expect(
                    fromForm == fromJSON && fromForm.quoteKind == fromJSON.quoteKind
                        && fromForm.replaces == fromJSON.replaces)
            }
        }
        // A document with no entries part at all stays without one.
        let bare = CatalogDocument(areas: [SkillArea(id: "a", name: "A")])
        let json = Array(#"{"areas": [{"id": "a", "name": "A"}]}"#.utf8)
        #expect(FastLoadForm.decode(try FastLoadForm.encode(bare, madeFrom: json), madeFrom: json) == bare)
    }

    @Test func aFormMadeFromOtherBytesIsNotUsed() throws {
        let file = try #require(Self.files.first { $0.name == "ladder.json" })
        let json = Array(file.text.utf8)
        let form = try FastLoadForm.encode(try CatalogDocument.decode(file), madeFrom: json)
        // One byte of the JSON changed (a hand edit), or one byte more.
        var edited = json
        edited[edited.count / 2] ^= 0x01
        #expect(FastLoadForm.decode(form, madeFrom: edited) == nil)
        #expect(FastLoadForm.decode(form, madeFrom: json + [0x20]) == nil)
    }

    @Test func aCutOrGarbledFormIsNeverTrusted() throws {
        var generator = SeededGenerator.forTest()
        let file = try #require(Self.files.first { $0.name == "sharebird-levels.json" })
        let json = Array(file.text.utf8)
        let form = try FastLoadForm.encode(try CatalogDocument.decode(file), madeFrom: json)
        for length in stride(from: 0, to: form.count, by: max(1, form.count / 400)) {
            #expect(FastLoadForm.decode(Array(form.prefix(length)), madeFrom: json) == nil, "cut at \(length)")
        }
        #expect(FastLoadForm.decode(form + [0], madeFrom: json) == nil)
        for _ in 0..<200 {
            var garbled = form
            let at = Int.random(in: FastLoadForm.magic.count..<garbled.count, using: &generator)
            garbled[at] = UInt8.random(in: 0...255, using: &generator)
            // Any byte changed, in the entries' text too, is caught by the form's own digest.
            guard garbled[at] != form[at] else { continue }
            #expect(FastLoadForm.decode(garbled, madeFrom: json) == nil, "byte \(at)")
        }
        let noise = (0..<10_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(FastLoadForm.decode(noise, madeFrom: json) == nil)
    }
}
