import LadderText

/// The sentences every face of ladder (explorer, commands, report) uses for the level model,
/// written once so the counts and attributions read the same everywhere. Plain text.
extension Catalog {
    /// "23 said of Senior PM by 5 voices · 118 carried from below · 90 on the PM role from 8 voices".
    public func countsLine(_ entries: LevelEntries) -> String {
        let level = entries.level.shortTitle
        let said =
            entries.said.isEmpty
            ? "no expert speaks to \(level) in particular"
            : "\(entries.said.count) said of \(level) by \(Plural.count(entries.levelVoices.count, "voice"))"
        var parts = [said]
        if !entries.carried.isEmpty { parts.append("\(entries.carried.count) carried from below") }
        if !entries.role.isEmpty {
            parts.append("\(entries.role.count) on the PM role from \(Plural.count(entries.roleVoices.count, "voice"))")
        }
        return parts.joined(separator: " · ")
    }

    /// Who the quote is by, honest about whose words it is: "Anton Kravchenko, Sr. Director of
    /// Product Management, Carta"; "Marty Cagan, in summary notes of the source (not Marty
    /// Cagan's own words)"; "Brent Tworetzky's framework, in the words of the source's author".
    public func attribution(of entry: SkillEntry) -> String {
        let name = expert(id: entry.expert)?.name ?? entry.expert
        let affiliation = expert(id: entry.expert)?.affiliation.map { ", " + $0 } ?? ""
        switch quoteKind(of: entry) {
        case .ownWords: return name + affiliation
        case .summaryNotes: return "\(name)\(affiliation), in summary notes of the source (not \(name)'s own words)"
        case .sourceAuthor: return "\(name)\(affiliation), in the words of the source's author"
        }
    }

    /// Whose words an entry's quote is: its own setting, else its source's, else the expert's own.
    public func quoteKind(of entry: SkillEntry) -> QuoteKind {
        entry.quoteKind ?? source(id: entry.source)?.quoteKind ?? .ownWords
    }

    /// Where an entry applies, in words: "said of Senior PM, Principal PM", "said of Director
    /// and above", "the PM role in general".
    public func placement(of entry: SkillEntry) -> String {
        guard entry.scope == .level else { return "the PM role in general" }
        // A framework's level by its whole title ("Acme: Group PM"), so it never reads as ladder's own.
        let frameworkLevels = Set(frameworkTracks.flatMap(\.levels))
        let names = entry.levels.map { id in
            level(id: id).map { frameworkLevels.contains(id) ? $0.title : $0.shortTitle } ?? id
        }.joined(separator: ", ")
        return "said of \(names)" + (entry.andAbove ? " and above" : "")
    }

    /// "podcast, Lenny's Podcast, 2024-03-10": what kind of document, who published it, when.
    public func sourceFacts(_ source: Source) -> String {
        [source.kind.label, source.publisher, source.date].compactMap { $0 }.joined(separator: ", ")
    }

    /// What changes between two levels, in a line: going up, what is new, superseded and left
    /// behind; going down or across the fork, what each has that the other has not (going
    /// down, "0 new skills" would hide everything left).
    public func changesHeadline(_ changes: LevelChanges) -> String {
        let from = changes.from.shortTitle, to = changes.to.shortTitle
        guard changes.isStepUp else {
            return
                "\(to) is not above \(from): \(Plural.count(changes.notOnTheWay.count, "skill")) of \(from) not at \(to), "
                + "\(Plural.count(changes.added.count, "skill")) of \(to) not at \(from)"
        }
        let removed = changes.leftBehind.reduce(0) { $0 + $1.entries.count }
        let superseded = changes.added.reduce(0) { $0 + $1.replacing.count }
        return "\(Plural.count(changes.added.count, "new skill")), "
            + (superseded == 0 ? "" : "\(superseded) superseded by a higher description, ") + "\(removed) left behind"
    }
}
