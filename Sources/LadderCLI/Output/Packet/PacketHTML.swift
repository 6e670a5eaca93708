import LadderCore
import LadderCharts
import LadderText
import LadderUI
import Plot

/// The packet as one self-contained, printable HTML file: inline CSS, the radar and the
/// timeline as inline SVG, no scripts and nothing fetched. Built with Plot; every text from
/// the catalog, a framework or the user goes through `HTMLText.text`.
extension PromotionPacket {
    func html() -> String {
        let document = HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Not Plot's `.title`: it repeats the title in meta attributes, which Plot does not escape.
                .element(named: "title", text: "Promotion packet: " + HTMLText.clean(target.title)),
                .style(Self.css)
            ),
            .body(
                .header(
                    .h1(HTMLText.text("Promotion packet: " + target.title)),
                    .p(.class("made"), HTMLText.text("Made with ladder on \(date).")),
                    .ul(
                        .class("facts"),
                        fact("Current level", progress.currentLevel.flatMap(catalog.level(id:))?.title ?? "not set"),
                        fact("Target level", target.title),
                        fact("Where I stand", summary),
                        fact("Covers", covers),
                        .if(periodWords != nil, fact("Review period", periodWords ?? "")),
                        fact(
                            "Voices that speak to \(target.shortTitle)",
                            "\(entries.levelVoices.count); what they say is quoted area by area below"),
                        .if(!opinions.isEmpty, fact("Second opinions", opinions.map(\.name).joined(separator: ", "))))
                ),
                glance(),
                .forEach(areas) { areaSection($0) },
                checkins(),
                sources()
            )
        )
        return "<!DOCTYPE html>\n"
            + document.render(indentedBy: .spaces(1)).dropFirst("<!DOCTYPE html>".count).drop { $0 == "\n" } + "\n"
    }

    private func fact(_ label: String, _ value: String) -> Node<HTML.ListContext> {
        .li(.strong(HTMLText.text(label + ": ")), HTMLText.text(value))
    }

    private func glance() -> Node<HTML.BodyContext> {
        let headers = ["Area", "\(target.shortTitle) asks", "Me"] + opinions.map(\.name) + ["Met"]
        return .section(
            .class("glance"),
            .h2("The areas at a glance"),
            .if(
                chart.isDrawable,
                HTMLText.figure(
                    .raw(chart.radarSVG(size: 360, width: 640)),
                    HTMLText.figcaption(.raw(Radar.svgLegend(chart.svgLegendRows, width: 560))))),
            .table(
                .thead(.tr(.forEach(headers) { .th(HTMLText.text($0)) })),
                .tbody(
                    .forEach(chart.profile) { profile in
                        let section = areas.first { $0.area.id == profile.area.id }
                        let cells =
                            ([profile.asks, profile.own] + profile.opinions).map(AreaChart.percent)
                            + [section.map { "\($0.met)/\($0.total)" } ?? "–"]
                        return .tr(
                            .td(HTMLText.text(profile.area.name)), .forEach(cells) { .td(.class("number"), .text($0)) })
                    })
            ),
            .p(
                .class("note"),
                HTMLText.text(
                    "\(target.shortTitle) asks: the share of its experts who name the area. Me and each "
                        + "opinion: the skills that apply there, meeting or exceeding counting 1 and working towards ½, averaged."
                ))
        )
    }

    private func areaSection(_ section: AreaSection) -> Node<HTML.BodyContext> {
        .section(
            .class("area"),
            .h2(HTMLText.text(section.area.name)),
            .p(
                .class("note"),
                HTMLText.text(
                    "Met: \(section.met) of \(Plural.count(section.total, "skill")). Named by \(section.experts) of the "
                        + "\(Plural.count(entries.levelVoices.count, "voice")) that speak to \(target.shortTitle).")),
            .if(
                !section.said.isEmpty,
                .group(
                    .h3(HTMLText.text(saidHeading(section))),
                    .ul(
                        .class("said"),
                        .forEach(section.said) { entry in
                            let (quote, who, whereSaid) = attribution(entry)
                            let kind = entry.kind == .skill ? "" : entry.kind == .change ? "A change: " : "Watch out: "
                            return .li(
                                .strong(HTMLText.text(kind + entry.summary)),
                                .blockquote(HTMLText.text(quote)),
                                .p(.class("who"), HTMLText.text("— " + who)),
                                .p(.class("where"), HTMLText.text(whereSaid)))
                        }))),
            .if(
                !section.rated.isEmpty,
                .group(
                    .h3("My ratings and evidence"),
                    .ul(
                        .class("rated"),
                        .forEach(section.rated) { rated in
                            let own =
                                rated.own.map {
                                    "\($0.rating.mark) me: \($0.rating.words) since \($0.ratedAt.prefix(10))"
                                } ?? "[ ] me: not rated"
                            return .li(
                                .strong(HTMLText.text(rated.skill.summary)),
                                .p(
                                    .class("ratings"),
                                    HTMLText.text(
                                        ([own]
                                            + rated.opinions.map { "\($0.rating.mark) \($0.name): \($0.rating.words)" })
                                            .joined(separator: " · "))),
                                .if(
                                    !rated.evidence.isEmpty,
                                    .ul(
                                        .class("evidence"),
                                        .forEach(rated.evidence) { entry in
                                            .li(.time(.text(entry.date)), .text(" "), HTMLText.linked(entry.text))
                                        })))
                        }))),
            .if(
                !section.openNew.isEmpty || section.openCarried + section.openRole > 0,
                .group(
                    .h3("Still open"),
                    .ul(
                        .class("open"),
                        .forEach(section.openNew) { skill in
                            let expert = catalog.expert(id: skill.expert)?.name ?? skill.expert
                            let rating = progress.rating(skill.id).map { " — \($0.words)" } ?? ""
                            return .li(HTMLText.text("☐ \(skill.summary) (\(expert))\(rating)"))
                        }),
                    .unwrap(stillOpenCounts(section)) { .p(.class("note"), HTMLText.text($0)) }))
        )
    }

    /// "Also not yet met: 12 carried up from below, 3 on the PM role in general."
    private func stillOpenCounts(_ section: AreaSection) -> String? {
        let counted = [(section.openCarried, "carried up from below"), (section.openRole, "on the PM role in general")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return counted.isEmpty ? nil : "Also not yet met: " + counted.joined(separator: ", ") + "."
    }

    private func checkins() -> Node<HTML.BodyContext> {
        .section(
            .class("checkins"),
            .h2("Check-ins"),
            .if(history.isEmpty, .p(.class("note"), HTMLText.text(noCheckins(command: "ladder checkin")))),
            .if(
                timeline.count > 1,
                HTMLText.figure(
                    .raw(
                        LineChart.svg(
                            timeline, maximum: total, title: "Skills met at \(target.shortTitle), check-in by check-in")
                    ),
                    HTMLText.figcaption(HTMLText.text(timelineCaption)))),
            .if(
                !history.isEmpty,
                .table(
                    .thead(
                        .tr(.th("Date"), .th("Message"), .th("Aiming for"), .th("Met there"), .th("Ratings changed"))),
                    .tbody(
                        .forEach(history) { entry in
                            let checkin = entry.checkin
                            return .tr(
                                .td(.text(String(checkin.at.prefix(10)))),
                                .td(HTMLText.text(checkin.message)),
                                .td(
                                    HTMLText.text(
                                        checkin.targetLevel.map { catalog.level(id: $0)?.shortTitle ?? $0 } ?? "–")),
                                .td(.class("number"), .text(entry.target.map { "\($0.met)/\($0.total)" } ?? "–")),
                                .td(.class("number"), .text(String(entry.changed.count))))
                        })))
        )
    }

    private func sources() -> Node<HTML.BodyContext> {
        .section(
            .class("sources"),
            .h2("Sources"),
            .p(.class("note"), HTMLText.text(Self.sourcesNote)),
            .ul(
                .forEach(quotedSources) { source in
                    .li(
                        .em(HTMLText.text(source.title)), HTMLText.text(" (\(catalog.sourceFacts(source)))"),
                        .unwrap(source.address) { address in
                            WebAddress.isPlain(address)
                                ? .group(.text(". "), .a(.href(HTMLText.attribute(address)), HTMLText.text(address)))
                                : HTMLText.text(". " + address)
                        })
                })
        )
    }

    /// Print and screen alike: A4 margins, a readable measure, nothing split across pages
    /// that reads as one piece.
    static let css = """
        @page { size: A4; margin: 16mm 14mm; }
        :root { color-scheme: light; }
        body { font: 11pt/1.45 -apple-system, "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1d1d1f;
               max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.25rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2rem; }
        h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
        .made, .note, .where { color: #555; font-size: .9rem; }
        ul { padding-left: 1.2rem; }
        ul.facts { list-style: none; padding: 0; }
        li { margin: .35rem 0; break-inside: avoid; }
        blockquote { margin: .2rem 0 0; padding-left: .7rem; border-left: 3px solid #bbb; font-style: italic; }
        .who, .where, .ratings { margin: .1rem 0 0; }
        ul.evidence { margin: .2rem 0; }
        time { font-variant-numeric: tabular-nums; color: #555; }
        ul.open { list-style: none; padding-left: 0; }
        table { border-collapse: collapse; margin: .8rem 0; font-size: .95rem; }
        th, td { border-bottom: 1px solid #ddd; padding: .25rem .6rem; text-align: left; vertical-align: top; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 1rem 0; break-inside: avoid; }
        figcaption { font-size: .85rem; color: #555; display: flex; flex-direction: column; }
        svg { max-width: 100%; height: auto; }
        a { color: #1f5c99; }
        @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } section.area { break-before: auto; } }
        """
}

extension AreaChart {
    /// The radar as SVG, `size` pixels square.
    /// A chart `size` high, with room beside it up to `width` for the areas' full names.
    func radarSVG(size: Int, width: Int) -> String {
        Radar.svg(labels: profile.map(\.area.name), series: series, size: size, width: width)
    }
}

/// Text made safe for HTML with Plot: Plot escapes `<` and `>` but keeps what looks like an
/// entity ("&lt;"), so `&` is written as an entity first and the text reads exactly as typed.
enum HTMLText {
    static func clean(_ text: String) -> String {
        Sanitizer.clean(text).replacing("&", with: "&amp;")
    }

    static func text<Context>(_ text: String) -> Node<Context> {
        .text(clean(text))
    }

    /// Text whose plain http(s) addresses are links, written whole: Plot would put each link on
    /// a line of its own, and the line break reads as a space ("( https://…").
    static func linked(_ text: String) -> Node<HTML.BodyContext> {
        .raw(
            WebAddress.runs(in: Sanitizer.clean(text)).map { run in
                let shown = run.text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(
                    ">", with: "&gt;")
                return run.isAddress ? "<a href=\"\(attribute(run.text))\">\(shown)</a>" : shown
            }.joined())
    }

    /// Elements Plot has no function for.
    static func figure(_ nodes: Node<HTML.BodyContext>...) -> Node<HTML.BodyContext> {
        .element(named: "figure", nodes: nodes)
    }
    static func figcaption(_ nodes: Node<HTML.BodyContext>...) -> Node<HTML.BodyContext> {
        .element(named: "figcaption", nodes: nodes)
    }

    /// An attribute value: Plot writes attribute values as they are.
    static func attribute(_ text: String) -> String {
        SVG.escaped(Sanitizer.clean(text))
    }
}
