import LadderCore
import LadderText
import LadderUI

/// The packet as Markdown that renders cleanly on GitHub. Every text from the catalog, a
/// framework or the user passes through `Markdown.inline`.
extension PromotionPacket {
    func markdown() -> String {
        var lines = ["# Promotion packet: \(Markdown.inline(target.title))", "", "Made with ladder on \(date).", ""]
        lines.append(
            "- **Current level:** "
                + (progress.currentLevel.flatMap(catalog.level(id:)).map { Markdown.inline($0.title) } ?? "not set"))
        lines.append("- **Target level:** \(Markdown.inline(target.title)) (`\(Markdown.code(target.id))`)")
        lines.append("- **Where I stand:** " + Markdown.inline(summary))
        lines.append("- **Covers:** " + Markdown.inline(covers))
        if let periodWords { lines.append("- **Review period:** " + Markdown.inline(periodWords)) }
        lines.append(
            "- **Voices that speak to \(Markdown.inline(target.shortTitle)):** "
                + "\(entries.levelVoices.count); what they say of it is quoted area by area below")
        if !opinions.isEmpty {
            lines.append("- **Second opinions:** " + Markdown.inline(opinions.map(\.name).joined(separator: ", ")))
        }

        lines += ["", "## The areas at a glance", ""]
        let headers = ["Area", "\(target.shortTitle) asks", "Me"] + opinions.map(\.name) + ["Met"]
        lines.append("| " + headers.map(Markdown.inline).joined(separator: " | ") + " |")
        lines.append("|---|" + String(repeating: "---:|", count: headers.count - 1))
        for profile in chart.profile {
            let section = areas.first { $0.area.id == profile.area.id }
            let cells =
                ([profile.asks, profile.own] + profile.opinions).map(AreaChart.percent)
                + [section.map { "\($0.met)/\($0.total)" } ?? "–"]
            lines.append("| \(Markdown.inline(profile.area.name)) | " + cells.joined(separator: " | ") + " |")
        }
        lines += [
            "",
            "\(Markdown.inline(target.shortTitle)) asks: the share of its experts who name the area. Me and each opinion: "
                + "the skills that apply there, meeting or exceeding counting 1 and working towards ½, averaged.", "",
        ]
        if chart.isDrawable {
            let radar: [String] = chart.radar(width: 72, height: 21) + [""] + chart.legend
            lines.append("```text")
            lines += radar.map { Sanitizer.clean($0) }
            lines.append("```")
        }

        for section in areas {
            lines += ["", "## \(Markdown.inline(section.area.name))", ""]
            lines.append(
                "Met: \(section.met) of \(Plural.count(section.total, "skill")). Named by \(section.experts) of the "
                    + "\(Plural.count(entries.levelVoices.count, "voice")) that speak to \(Markdown.inline(target.shortTitle))."
            )
            if !section.said.isEmpty {
                lines += ["", "### " + Markdown.inline(saidHeading(section)), ""]
                for entry in section.said {
                    let (quote, who, whereSaid) = attribution(entry)
                    let kind = entry.kind == .skill ? "" : entry.kind == .change ? "A change: " : "Watch out: "
                    lines.append("- \(kind)**\(Markdown.inline(entry.summary))**  ")
                    lines.append("  \(Markdown.inline(quote)) — \(Markdown.inline(who)); \(Markdown.inline(whereSaid))")
                }
            }
            if !section.rated.isEmpty {
                lines += ["", "### My ratings and evidence", ""]
                for rated in section.rated {
                    let own = rated.own.map { "\($0.rating.words) since \($0.ratedAt.prefix(10))" } ?? "not rated"
                    let theirs = rated.opinions.map { "\($0.name): \($0.rating.words)" }
                    lines.append(
                        "- **\(Markdown.inline(rated.skill.summary))**: me \(own)"
                            + (theirs.isEmpty ? "" : "; " + Markdown.inline(theirs.joined(separator: ", "))))
                    for entry in rated.evidence {
                        lines.append("  - \(entry.date): \(Markdown.linked(entry.text))")
                    }
                }
            }
            if !section.openNew.isEmpty || section.openCarried + section.openRole > 0 {
                lines += ["", "### Still open", ""]
                for skill in section.openNew {
                    let expert = catalog.expert(id: skill.expert)?.name ?? skill.expert
                    let rating = progress.rating(skill.id).map { " — \($0.words)" } ?? ""
                    lines.append("- [ ] \(Markdown.inline(skill.summary)) (\(Markdown.inline(expert)))\(rating)")
                }
                let counted = [
                    (section.openCarried, "carried up from below"), (section.openRole, "on the PM role in general"),
                ]
                .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
                if !counted.isEmpty {
                    if !section.openNew.isEmpty { lines.append("") }
                    lines.append("Also not yet met: " + counted.joined(separator: ", ") + ".")
                }
            }
        }

        lines += ["", "## Check-ins", ""]
        if history.isEmpty {
            lines.append(noCheckins(command: "`ladder checkin`"))
        } else {
            lines += ["| Date | Message | Aiming for | Met there | Ratings changed |", "|---|---|---|---:|---:|"]
            for entry in history {
                let checkin = entry.checkin
                let aim = checkin.targetLevel.map { catalog.level(id: $0)?.shortTitle ?? $0 } ?? "–"
                let met = entry.target.map { "\($0.met)/\($0.total)" } ?? "–"
                lines.append(
                    "| \(checkin.at.prefix(10)) | \(Markdown.inline(checkin.message)) | \(Markdown.inline(aim)) | \(met) | \(entry.changed.count) |"
                )
            }
        }

        lines += ["", "## Sources", "", Self.sourcesNote, ""]
        for source in quotedSources {
            var line = "- *\(Markdown.inline(source.title))* (\(Markdown.inline(catalog.sourceFacts(source))))"
            if let address = source.address { line += ". " + Markdown.link(address) }
            lines.append(line)
        }
        return lines.joined(separator: "\n").replacingBlankRuns() + "\n"
    }
}
