import Foundation
@testable import LadderCLI
import LadderCore
import LadderTestSupport
import Testing

/// The promotion packet against the report's small catalog: golden Markdown and HTML, and
/// hostile text from the catalog and the user that must come out as text, never as markup.
@Suite struct PacketTests {
    static let hostile =
        "<script>alert(1)</script> & &lt; \"quoted\" 'single' *bold* _it_ `code` [link](x) | pipe # hash ~~del~~ \u{1B}[31mred\u{1B}[0m"

    /// Senior PM aiming for Director, with two check-ins and a manager's opinion.
    static func progress(evidence text: String = "Coached two *new* PMs | see doc <link>") -> UserProgress {
        let catalog = try! Catalog.load([catalogFile])
        var progress = UserProgress(
            ratings: [
                "roadmap": RatingRecord(.meeting, at: "2026-03-01T09:00:00Z"),
                "mentor": RatingRecord(.workingTowards, at: "2026-04-02T10:00:00Z"),
            ],
            evidence: [
                "mentor": [EvidenceEntry(date: "2026-04-01", text: text, addedAt: "2026-04-02T10:00:00Z")],
                "hire": [
                    EvidenceEntry(
                        date: "2026-05-10", text: "Interviewing for two roles", addedAt: "2026-05-10T10:00:00Z")
                ],
            ],
            currentLevel: "senior-pm", targetLevel: "director")
        progress.checkins.append(catalog.checkin(progress, message: "Mid-year", at: "2026-06-30T09:00:00Z"))
        progress.ratings["mentor"] = RatingRecord(.exceeding, at: "2026-08-01T10:00:00Z")
        progress.ratings["hire"] = RatingRecord(.meeting, at: "2026-09-01T10:00:00Z")
        progress.checkins.append(catalog.checkin(progress, message: "Q3 review", at: "2026-09-30T09:00:00Z"))
        return progress
    }

    /// The report's catalog with a third area, so there is a radar to draw.
    static let catalogFile = CatalogFile(
        name: "packet-fixture.json",
        text: CareerReportTests.catalogFile.text
            .replacing(
                #"{"id": "people", "name": "People"}]"#,
                with: #"{"id": "people", "name": "People"}, {"id": "voice", "name": "Communication"}]"#
            )
            .replacing(
                #"{"id": "listen","#,
                with: #"""
                    {"id": "board", "scope": "level", "levels": ["director"], "source": "talk", "expert": "bo", "area": "voice", "summary": "Presents to the board", "quote": "present to the board", "locator": "00:07:00"},
                    {"id": "listen",
                    """#))

    static func packet(
        _ catalog: Catalog? = nil, progress: UserProgress = progress(), period: ReviewPeriod? = nil
    ) throws -> PromotionPacket {
        let catalog = try catalog ?? Catalog.load([catalogFile])
        return PromotionPacket(
            catalog: catalog, progress: progress, opinions: CareerReportTests.opinions,
            target: catalog.level(id: "director")!, date: "2026-11-21", period: period)
    }

    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    private func expect(_ text: String, matches name: String) throws {
        let file = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["LADDER_RECORD_SNAPSHOTS"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("recorded Golden/\(name); check it and run again")
        }
        #expect(text == (try String(contentsOf: file, encoding: .utf8)))
    }

    @Test func markdownMatchesTheGoldenFile() throws {
        try expect(try Self.packet().markdown(), matches: "packet.md")
    }

    @Test func htmlMatchesTheGoldenFile() throws {
        try expect(try Self.packet().html(), matches: "packet.html")
    }

    @Test func thePacketGoesAreaByAreaWithTheExpertsWordsAndTheGapsAtTheTarget() throws {
        let packet = try Self.packet()
        // Director's own entries name every area; the role's listening is People too.
        #expect(packet.areas.map(\.area.id) == ["strategy", "people", "voice"])
        let people = packet.areas[1]
        #expect(people.said.map(\.id) == ["hire", "mentor"])  // said of Director alone first
        #expect(people.rated.map(\.skill.id) == ["mentor", "hire"])
        #expect(people.openNew.isEmpty)
        #expect(people.openRole == 1)
        #expect(packet.areas[0].openNew.map(\.id) == ["vision"])
        // Both check-ins counted Director: a point each.
        #expect(packet.timeline.map(\.value) == [1, 3])
        #expect(packet.chart.isDrawable)
    }

    @Test func hostileTextIsOnlyEverTextInHTML() throws {
        let catalog = try Catalog.load([
            CatalogFile(
                name: "hostile.json",
                text: Self.catalogFile.text
                    .replacing("\"Director of Product\"", with: "\"Director \\\"><script>x()</script>\"")
                    .replacing("\"Sets a vision\"", with: "\"Sets <img src=x onerror=alert(1)> a vision &amp; more\"")
                    .replacing("\"Ada Example\"", with: "\"Ada <b>Bold</b>\"")
                    .replacing("\"https://example.com/talk\"", with: "\"javascript:alert(1)\""))
        ])
        let html = try Self.packet(catalog, progress: Self.progress(evidence: Self.hostile)).html()
        for raw in ["<script", "<img", "<b>", "\u{1B}", "href=\"javascript", "x()</", "&lt;script>"] {
            #expect(!html.contains(raw), "\(raw) reached the HTML")
        }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &amp;lt; \"quoted\" 'single' *bold*"))
        #expect(html.contains("<title>Promotion packet: Director \"&gt;&lt;script&gt;x()&lt;/script&gt;</title>"))
        #expect(html.contains("Sets &lt;img src=x onerror=alert(1)&gt; a vision &amp;amp; more"))
        #expect(html.contains(". javascript:alert(1)"))
        // The only elements are the ones the packet writes.
        let tags = Set(html.matches(of: /<([a-z0-9]+)[\s>\/]/).map { String($0.1) })
        #expect(
            tags.isSubset(of: [
                "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "ul", "li", "strong",
                "em", "section", "div", "figure", "figcaption", "svg", "g", "circle", "line", "text", "polygon",
                "polyline", "path", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "time", "a",
            ]))
    }

    @Test func hostileTextIsOnlyEverTextInMarkdown() throws {
        let markdown = try Self.packet(progress: Self.progress(evidence: Self.hostile)).markdown()
        #expect(
            markdown.contains(
                "  - 2026-04-01: \\<script\\>alert(1)\\</script\\> &amp; &amp;lt; \"quoted\" 'single' \\*bold\\* \\_it\\_ "
                    + "\\`code\\` \\[link\\](x) \\| pipe \\# hash \\~\\~del\\~\\~ red"))
        #expect(!markdown.contains("\u{1B}"))
    }

    @Test func aReviewPeriodKeepsItsEvidenceAndCheckinsAndEveryRating() throws {
        let packet = try Self.packet(period: ReviewPeriod(since: "2026-05-01", until: "2026-07-31"))
        let people = try #require(packet.areas.first { $0.area.id == "people" })
        // April's mentoring evidence is outside; May's hiring is in; the ratings are all kept.
        #expect(people.rated.map(\.skill.id) == ["mentor", "hire"])
        #expect(people.rated.map { $0.evidence.map(\.date) } == [[], ["2026-05-10"]])
        #expect(packet.history.map(\.checkin.message) == ["Mid-year"])
        let markdown = packet.markdown()
        #expect(
            markdown.contains(
                "- **Review period:** Evidence and check-ins dated 2026-05-01 to 2026-07-31; "
                    + "ratings as they stand on 2026-11-21\n"))
        #expect(
            markdown.contains(
                "- **Covers:** What applies at Director: what is said of it, what is carried up to it from the "
                    + "levels below, the PM role in general; nothing that only a lower level needs\n"))
        #expect(!markdown.contains("Q3 review"))
        #expect(
            packet.html().contains(
                "<strong>Review period: </strong>Evidence and check-ins dated 2026-05-01 to 2026-07-31"))
        // Without a period, no such line.
        #expect(!(try Self.packet().markdown()).contains("Review period"))
    }

    @Test func plainWebAddressesInEvidenceBecomeLinksAndNothingElseDoes() throws {
        let text =
            "Spec (https://example.com/spec?id=1&v=2), deck http://x.test/a_b. "
            + "Not: javascript:alert(1) ftp://files.test mailto:a@b.test https://bad.test/\"onclick=x httpsfoo"
        let html = try Self.packet(progress: Self.progress(evidence: text)).html()
        #expect(
            html.contains(
                "Spec (<a href=\"https://example.com/spec?id=1&amp;v=2\">https://example.com/spec?id=1&amp;v=2</a>), "
                    + "deck <a href=\"http://x.test/a_b\">http://x.test/a_b</a>. Not: javascript:alert(1) ftp://files.test"
            ))
        #expect(html.contains("mailto:a@b.test https://bad.test/\"onclick=x httpsfoo"))
        #expect(html.matches(of: /<a href=/).count == 2 + Self.sourceLinks(in: html))
        let markdown = try Self.packet(progress: Self.progress(evidence: text)).markdown()
        #expect(
            markdown.contains(
                "Spec (<https://example.com/spec?id=1&v=2>), deck <http://x.test/a_b>. Not: javascript:alert(1)"))
        #expect(WebAddress.runs(in: "see https://a.test, then").map(\.isAddress) == [false, true, false])
        #expect(WebAddress.runs(in: "xhttps://a.test").map(\.isAddress) == [false])
        // A word of thousands of addresses is one word, too long to be one address: text, in one pass.
        let word = String(repeating: "https://x.example/", count: 4_000)
        #expect(WebAddress.runs(in: word).map(\.isAddress) == [false])
        let many = (1...3_000).map { "see https://x.example/\($0)," }.joined(separator: " ")
        #expect(WebAddress.runs(in: many).filter(\.isAddress).count == 3_000)
        #expect(WebAddress.runs(in: many).map(\.text).joined() == many)
        // GitHub would link an email address, with or without a scheme: never in the Markdown.
        #expect(
            Markdown.inline("mailto:evil@attacker.example or xmpp:a@b.example")
                == "mailto:evil\\@attacker.example or xmpp:a\\@b.example")
    }

    /// Links the sources list makes on its own.
    static func sourceLinks(in html: String) -> Int {
        html.split(separator: "<section class=\"sources\">").last.map { $0.matches(of: /<a href=/).count } ?? 0
    }

    @Test func aCompanyLaddersWordsAreNeverCalledTheExperts() throws {
        let scratch = ScratchDirectory()
        try scratch.write(
            """
            {"schemaVersion": 1,
             "sources": [{"id": "acme", "title": "Acme ladder", "kind": "framework"}],
             "experts": [{"id": "acme-team", "name": "Acme"}],
             "skills": [
               {"id": "acme-tech", "levels": ["director"], "source": "acme", "expert": "acme-team", "area": "technical",
                "summary": "Owns the platform roadmap", "quote": "owns the platform roadmap", "locator": "row 1"},
               {"id": "acme-strategy", "levels": ["director"], "source": "acme", "expert": "acme-team", "area": "strategy",
                "summary": "Sets a three-year strategy", "quote": "sets a three-year strategy", "locator": "row 2"}]}
            """, to: "acme.json")
        let result = try LadderProcess.run([
            "packet", "--target", "director", "--framework", scratch.file("acme.json"),
            "--progress-file", scratch.file("progress.json"),
        ])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("### What Acme ladder says of Director\n"))
        #expect(result.standardOutput.contains("### What the experts and Acme ladder say of Director\n"))
        #expect(result.standardOutput.contains("### What the experts say of Director\n"))
    }

    @Test func theCommandTakesAReviewPeriodAndRefusesABadOne() throws {
        let scratch = ScratchDirectory()
        let progress = scratch.file("progress.json")
        #expect(try LadderProcess.run(["level", "set", "target", "director", "--progress-file", progress]).status == 0)
        func packet(_ arguments: String...) throws -> LadderProcess.Result {
            try LadderProcess.run(["packet"] + arguments + ["--progress-file", progress])
        }
        let kept = try packet("--since", "2026-01-01", "--until", "2026-06-30")
        #expect(kept.status == 0)
        #expect(
            kept.standardOutput.contains("- **Review period:** Evidence and check-ins dated 2026-01-01 to 2026-06-30;"))
        for (arguments, message) in [
            (["--until", "2026-06-30"], "ladder: --until needs --since: give the review period's first day too\n"),
            (
                ["--since", "2026-02-30"],
                "ladder: --since \"2026-02-30\" is not a day: give YYYY-MM-DD, such as 2026-03-31\n"
            ),
            (
                ["--since", "2026-01-01", "--until", "June"],
                "ladder: --until \"June\" is not a day: give YYYY-MM-DD, such as 2026-03-31\n"
            ),
            (
                ["--since", "2026-07-01", "--until", "2026-06-30"],
                "ladder: the review period ends (2026-06-30) before it starts (2026-07-01)\n"
            ),
        ] {
            let refused = try LadderProcess.run(["packet"] + arguments + ["--progress-file", progress])
            #expect(refused.status == 2)
            #expect(refused.standardError == message)
        }
    }

    @Test func theCommandWritesEitherFormatAndRefusesAnUnknownLevel() throws {
        let scratch = ScratchDirectory()
        let progress = scratch.file("progress.json")
        #expect(try LadderProcess.run(["level", "set", "target", "director", "--progress-file", progress]).status == 0)
        let markdown = try LadderProcess.run(["packet", "--progress-file", progress])
        #expect(markdown.status == 0)
        #expect(markdown.standardOutput.hasPrefix("# Promotion packet: Director of Product\n"))
        let output = scratch.file("packet.html")
        try scratch.write("old", to: "packet.html")
        let html = try LadderProcess.run([
            "packet", "--target", "Sr PM", "--format", "html", "--output", output, "--progress-file", progress,
        ])
        #expect(html.status == 0)
        #expect(html.standardOutput == "Wrote the packet to \(output)\n")
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(written.contains("<title>Promotion packet: Senior Product Manager</title>"))
        #expect(!written.contains("<script"))
        let unknown = try LadderProcess.run(["packet", "--target", "Wizard", "--progress-file", progress])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.hasPrefix("ladder: unknown level \"Wizard\""))
        let none = try LadderProcess.run(["packet", "--progress-file", scratch.file("other.json")])
        #expect(none.status == 2)
        #expect(none.standardError.contains("name the level to argue for"))
    }
}
