import LadderCore
import LadderText
import LadderFiles

/// A heading-per-level page, as handbooks publish it: each level's bullets grouped under
/// competency labels, perhaps a section for every level, perhaps a sentence saying that levels
/// add up. Every text in it is clean (`Sanitizer`).
public struct FrameworkOutline: Sendable {
    public struct Bullet: Sendable {
        public var label: String?
        public var text: String
        public var line: Int
    }

    public struct Section: Sendable {
        public var title: String
        public var line: Int
        public var bullets: [Bullet]
    }

    public var levels: [Section]
    /// "All Levels" and the like: entries on the PM role in general.
    public var everyLevel: Section?
    /// The page's own sentence saying levels add up, if it has one.
    public var cumulativeStatement: String?
    public var levelCodes: [String: String] = [:]
    public var notes: [String] = []
    /// How the dry run names the shape.
    public var format = "Markdown, a heading per level"
    /// Why levels add up when the file says nothing: a shape whose levels always do.
    public var cumulativeAssumption: String?
}

/// Turns what a file holds (a matrix, an outline) into a catalog document: the framework's own
/// levels on its own track, each matched to one of ladder's, every cell or bullet one entry.
struct FrameworkReader {
    let file: String
    let name: String
    let id: String
    let options: FrameworkImporter.Options
    let catalog: Catalog
    /// Levels of frameworks installed before this one: never matched, or the new framework
    /// would depend on another that may be removed (or load after it).
    let otherFrameworksLevels: Set<String>

    init(file: String, name: String, id: String, options: FrameworkImporter.Options, catalog: Catalog) {
        (self.file, self.name, self.id, self.options, self.catalog) = (file, name, id, options, catalog)
        let frameworks = Set(catalog.sources.filter { $0.kind == .framework }.map(\.id))
        otherFrameworksLevels = Set(catalog.tracks.filter { frameworks.contains($0.id) }.flatMap(\.levels))
    }

    /// One of ladder's own levels called `name` (by id, title or alias).
    func ladderLevel(named name: String) -> Level? {
        catalog.levels(named: name).first { !otherFrameworksLevels.contains($0.id) }
    }

    /// Words that make a category, competency or label a list of risks, not of skills.
    static let watchOutWords = [
        "misalignment", "anti-pattern", "antipattern", "anti pattern", "pitfall", "red flag", "watch-out",
        "watch out", "warning sign", "derailer",
    ]

    private static let watchOutBytes = watchOutWords.map { Array($0.utf8) }

    func isWatchOut(_ label: String?) -> Bool {
        guard let label else { return false }
        let named = SearchFolding.foldedBytes(label).withUnsafeBufferPointer { folded in
            Self.watchOutBytes.contains { SearchFolding.contains(folded, $0) }
        }
        return named || options.watchOuts.contains { Catalog.namesMatch($0, label) }
    }

    // MARK: Levels

    /// The file must have a ladder's number of levels; `--map` must name the file's levels and ladder's.
    func checkLevels(_ levels: [String], line: Int?) throws(ImportFailure) {
        var problems: [ImportProblem] = []
        if levels.count > FrameworkImporter.maximumLevels {
            throw ImportFailure([
                ImportProblem(
                    file: file, line: line,
                    message: "\(levels.count) levels: a career ladder has at most "
                        + "\(FrameworkImporter.maximumLevels); is a column or heading that is not a level read as one?")
            ])
        }
        for (title, levelID) in options.mappings.sorted(by: { $0.key < $1.key }) {
            if !levels.contains(where: { Self.mapNames(of: $0).contains { Catalog.namesMatch($0, title) } }) {
                problems.append(
                    ImportProblem(
                        file: file,
                        message: "--map names \"\(title)\", which is not a level of this file "
                            + "(its levels: \(levels.joined(separator: ", ")))"))
            }
            if ladderLevel(named: levelID) == nil {
                let valid = catalog.levels.map(\.id).filter { !otherFrameworksLevels.contains($0) }
                problems.append(
                    ImportProblem(
                        file: file,
                        message: "--map \"\(title)=\(levelID)\": unknown level \"\(levelID)\" "
                            + "(valid: \(valid.joined(separator: ", ")))"))
            }
        }
        for watchOut in options.watchOuts where watchOut.trimmingWhitespace().isEmpty {
            problems.append(ImportProblem(file: file, message: "--watch-outs needs a category or competency name"))
        }
        guard problems.isEmpty else { throw ImportFailure(problems) }
        if catalog.source(id: id) != nil || catalog.track(id: id) != nil {
            throw ImportFailure([
                ImportProblem(
                    file: file,
                    message: "the name \"\(name)\" is already taken in the catalog; choose another with --name")
            ])
        }
    }

    /// The names one of the file's levels answers to, in `--map` and wherever a level is
    /// typed: its whole title, and its code and title apart ("IC4: Staff PM" is also "IC4"
    /// and "Staff PM").
    static func names(of title: String) -> [String] {
        [title] + (LevelCodes.split(title).map { [$0.code, $0.title] } ?? [])
    }

    /// What `--map` may call one of the file's levels: its names, and a numbered code's number
    /// alone (`--map 1=pm` for "Level 1" or "L1").
    static func mapNames(of title: String) -> [String] {
        let code = LevelCodes.split(title)?.code ?? title
        let number = LevelCodes.isCode(code) ? String(code.reversed().prefix { $0.isNumber }.reversed()) : ""
        return names(of: title) + (number.isEmpty ? [] : [number])
    }

    /// How each of the file's levels lands on ladder's: `--map`, then its title, then what the
    /// page says its code means.
    func matches(_ titles: [String], codes: [String: String]) -> [LevelMatch] {
        titles.map { title in
            if let mapped = options.mappings.first(where: { map in
                Self.mapNames(of: title).contains { Catalog.namesMatch(map.key, $0) }
            }),
                let level = ladderLevel(named: mapped.value)
            {
                return .byMap(level)
            }
            if let level = ladderLevel(named: title)
                ?? LevelCodes.split(title).flatMap({ ladderLevel(named: $0.title) })
            {
                return .byName(level)
            }
            if let meaning = LevelCodes.meaning(of: title, in: codes), let level = ladderLevel(named: meaning) {
                return .byCode(level, meaning: meaning)
            }
            return .none
        }
    }

    /// The framework's own levels: "Acme: Staff PM", found by its own title too where no other
    /// level has that name.
    func levels(_ titles: [String], codes: [String: String]) -> (levels: [Level], ids: [String]) {
        let ids = titles.map { "\(id)-\($0.slug)" }
        let levels = zip(titles, ids).map { title, levelID in
            // A bare code ("L3") is shown with what the page says it means: "L3 Senior Product Manager".
            let shown =
                LevelCodes.split(title) == nil
                ? LevelCodes.meaning(of: title, in: codes).map { "\(title) \($0)" } ?? title : title
            // Typed anywhere a level is asked for: its title, its code and its title apart, where
            // none of them is a name of ladder's own.
            let aliases = Self.names(of: title).filter { ladderLevel(named: $0) == nil }
            return Level(
                id: levelID, title: "\(name): \(shown)", short: shown, aliases: aliases.isEmpty ? nil : aliases)
        }
        return (levels, ids)
    }

    /// Whether a cell says nothing: empty, or a placeholder a table fills gaps with.
    static func isPlaceholder(_ cell: String) -> Bool {
        let text = cell.trimmingWhitespace()
        return text.isEmpty || placeholders.contains(text.lowercased())
    }

    static let placeholders: Set<String> = ["—", "–", "-", "n/a", "na", "tbd", "none", "…", "..."]

    // MARK: Areas

    /// Files an entry under one of ladder's areas by its words, else under an area of the
    /// framework's own named after its label.
    struct Areas {
        var added: [SkillArea] = []
        /// Label -> area name and why it was chosen, in the order first seen, for the dry run.
        var choices: [(label: String, area: String)] = []
        /// Name of each area in `added`, and the labels in `choices`: a file's thousands of
        /// rows look them up, and a scan of the arrays made import quadratic.
        var addedNames: [String: String] = [:]
        var chosenLabels: Set<String> = []
    }

    /// The area for an entry: by the words of the first of `labels` that names one (the
    /// competency before its category), else an area of the framework's own named `fallback`.
    /// `label` (nil for a bullet under no label) is what the dry run lists it under, with why.
    func area(
        for labels: [String?], fallback: String, framework areas: inout Areas, label: String?, catalog: Catalog,
        eachItemByItsWords: Bool = false
    ) -> String {
        let given = labels.compactMap { $0 }
        let chosen = given.lazy.enumerated().compactMap { index, text in
            AreaKeywords.area(for: text, in: catalog).map { (index, $0.area, $0.word) }
        }.first
        let areaID = chosen?.1 ?? "\(id)-\(fallback.slug)"
        if chosen == nil, areas.addedNames[areaID] == nil {
            areas.added.append(SkillArea(id: areaID, name: fallback, short: nil, description: "From \(name)"))
            areas.addedNames[areaID] = fallback
        }
        if let label, areas.chosenLabels.insert(label).inserted {
            let reason: String
            switch chosen {
            case (0, _, let word)?: reason = "its words: \"\(word)\""
            case (_, _, let word)? where eachItemByItsWords:
                reason = "its words say nothing: each bullet goes by its own, the first by \"\(word)\""
            case (_, _, let word)?: reason = "its words say nothing; its category's do: \"\(word)\""
            case nil: reason = "no word of ladder's areas: an area of its own"
            }
            let areaName = catalog.area(id: areaID)?.name ?? areas.addedNames[areaID] ?? areaID
            areas.choices.append((label, "\(areaName) (\(reason))"))
        }
        return areaID
    }

    func document(levels: [Level], levelIDs: [String], areas: Areas, skills: [SkillEntry]) -> CatalogDocument {
        CatalogDocument(
            areas: areas.added.isEmpty ? nil : areas.added,
            levels: levels,
            tracks: [Track(id: id, title: name, levels: levelIDs)],
            sources: [
                Source(
                    id: id, title: name, kind: .framework, publisher: nil, date: nil,
                    address: Sanitizer.clean(FileIO.baseName(of: file)),
                    levelMaps: options.mappings.isEmpty ? nil : options.mappings)
            ],
            experts: [Expert(id: id, name: name, role: "company career framework", company: nil)],
            skills: skills)
    }

    // MARK: A matrix

    func convert(_ table: FrameworkTable) throws(ImportFailure) -> ImportedFramework {
        try checkLevels(table.levels, line: nil)
        let matches = matches(table.levels, codes: table.levelCodes)
        let (levels, levelIDs) = levels(table.levels, codes: table.levelCodes)
        var areas = Areas()
        var skills: [SkillEntry] = []
        var empty = 0, watchOuts = 0
        for row in table.rows {
            let label = row.category.map { "\($0) › \(row.competency)" } ?? row.competency
            let risk = isWatchOut(row.category) || isWatchOut(row.competency)
            let areaID = area(
                for: [row.competency, row.category], fallback: row.category ?? row.competency, framework: &areas,
                label: label, catalog: catalog)
            // A competency's cell supersedes its cell at the rung below; an empty cell lets that one carry up.
            var lowerCell: String?
            for (column, cell) in row.cells.enumerated() {
                guard !Self.isPlaceholder(cell) else {
                    empty += 1
                    continue
                }
                let source = row.cellSources?[safe: column]
                let skillID =
                    "\(id)-\((row.category.map { $0 + " " } ?? "") + row.competency)".slug + "-"
                    + table.levels[column].slug
                let tag = source?.tag.map { ", \($0)" } ?? ""
                skills.append(
                    SkillEntry(
                        id: skillID, scope: .level,
                        levels: [levelIDs[column]] + (matches[column].level.map { [$0.id] } ?? []),
                        kind: risk ? .watchOut : .skill,
                        replaces: risk ? [] : lowerCell.map { [$0] } ?? [],
                        source: id, expert: id, area: areaID,
                        summary: Self.summary(row.competency, cell),
                        quote: cell.trimmingWhitespace(),
                        locator: "line \(source?.line ?? row.line), \(table.levels[column])\(tag)"))
                if risk { watchOuts += 1 } else { lowerCell = skillID }
            }
        }
        var notes = table.notes
        if watchOuts > 0 {
            notes.append("\(Plural.count(watchOuts, "cell")) read as watch-outs (risks, never ticked or counted)")
        }
        return ImportedFramework(
            name: name, id: id, format: table.formatDescription,
            document: document(levels: levels, levelIDs: levelIDs, areas: areas, skills: skills),
            levels: Array(zip(table.levels, matches)), areas: areas.choices,
            competencyCount: table.rows.count, cellCount: skills.count, emptyCellCount: empty, notes: notes)
    }

    /// A matrix cell's line in lists: the competency and what the cell asks, on one line, so
    /// the framework's column reads like the experts' ("Discovery: Runs discovery end to end").
    static func summary(_ competency: String, _ cell: String) -> String {
        let words = cell.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let line = Sanitizer.clean(competency) + ": " + words
        return TextLayout.shortened(line, limit: 160)
    }

    // MARK: An outline

    func convert(_ outline: FrameworkOutline) throws(ImportFailure) -> ImportedFramework {
        let titles = outline.levels.map(\.title)
        try checkLevels(titles, line: outline.levels.first?.line)
        let matches = matches(titles, codes: outline.levelCodes)
        let (levels, levelIDs) = levels(titles, codes: outline.levelCodes)
        let cumulative =
            options.cumulative ?? (outline.cumulativeStatement != nil || outline.cumulativeAssumption != nil)
        var areas = Areas()
        var skills: [SkillEntry] = []
        var usedIDs: Set<String> = []
        var watchOuts = 0, unlabelled = 0
        func entryID(_ parts: String...) -> String {
            let base = ([id] + parts).joined(separator: " ").slug
            var candidate = String(base.prefix(120)), number = 2
            while usedIDs.contains(candidate) {
                candidate = String(base.prefix(120)) + "-\(number)"
                number += 1
            }
            usedIDs.insert(candidate)
            return candidate
        }
        func entry(
            _ bullet: FrameworkOutline.Bullet, section: FrameworkOutline.Section, levels: [String]?,
            replaces: [String]
        ) -> SkillEntry {
            let risk = isWatchOut(bullet.label)
            if risk { watchOuts += 1 }
            if bullet.label == nil { unlabelled += 1 }
            // A label decides its bullets' area, as a competency decides its cells'; where the label
            // names no area of ladder's ("Craft"), or there is none, the bullet's own words do.
            let areaID = area(
                for: [bullet.label, bullet.text], fallback: bullet.label ?? "General", framework: &areas,
                label: bullet.label, catalog: catalog, eachItemByItsWords: true)
            let words = bullet.text.split(separator: " ").prefix(8).joined(separator: " ")
            return SkillEntry(
                id: entryID(section.title, bullet.label ?? "", words), scope: levels == nil ? .role : .level,
                levels: levels ?? [],
                kind: risk ? .watchOut : .skill, replaces: risk ? [] : replaces,
                source: id, expert: id, area: areaID,
                summary: TextLayout.shortened(bullet.text, limit: 160),
                quote: bullet.text,
                locator: "line \(bullet.line), \(section.title)" + (bullet.label.map { " › \($0)" } ?? ""))
        }
        if let every = outline.everyLevel {
            skills += every.bullets.map { entry($0, section: every, levels: nil, replaces: []) }
        }
        // Not cumulative: a label's bullets at a level supersede that label's at the level below.
        var lastByLabel: [String: [String]] = [:]
        for (index, section) in outline.levels.enumerated() {
            let levelList = [levelIDs[index]] + (matches[index].level.map { [$0.id] } ?? [])
            var here: [String: [String]] = [:]
            for bullet in section.bullets {
                let key = bullet.label.map { $0.slug } ?? ""
                let first = here[key] == nil
                let made = entry(
                    bullet, section: section, levels: levelList,
                    replaces: !cumulative && first ? lastByLabel[key] ?? [] : [])
                skills.append(made)
                if made.kind == .skill { here[key, default: []].append(made.id) }
            }
            for (key, ids) in here { lastByLabel[key] = ids }
        }
        var notes = outline.notes
        notes.append(cumulativeNote(outline, cumulative: cumulative))
        if watchOuts > 0 {
            notes.append("\(Plural.count(watchOuts, "bullet")) read as watch-outs (risks, never ticked or counted)")
        }
        if unlabelled > 0 {
            notes.append(
                "\(Plural.count(unlabelled, "bullet")) under no competency label, each filed under a skill area by its own words "
                    + "(\"General\" when they match none)")
        }
        let labels = Set(outline.levels.flatMap { $0.bullets.compactMap(\.label) })
        return ImportedFramework(
            name: name, id: id, format: outline.format,
            document: document(levels: levels, levelIDs: levelIDs, areas: areas, skills: skills),
            levels: Array(zip(titles, matches)), areas: areas.choices,
            competencyCount: labels.count, cellCount: skills.count, emptyCellCount: 0, notes: notes)
    }

    private func cumulativeNote(_ outline: FrameworkOutline, cumulative: Bool) -> String {
        switch (options.cumulative, outline.cumulativeStatement) {
        case (let forced?, _):
            return forced
                ? "Levels add up (--cumulative): what a level lists carries up to the levels above it."
                : "Levels stand alone (--no-cumulative): a competency's bullets at a level replace its bullets at the level below."
        case (nil, let statement?):
            return
                "Levels add up, as the page says (\"\(statement)\"): what a level lists carries up. --no-cumulative overrides."
        case (nil, nil) where outline.cumulativeAssumption != nil:
            return
                "Levels add up, assumed because \(outline.cumulativeAssumption!): what a level lists carries up. --no-cumulative overrides."
        case (nil, nil):
            _ = cumulative
            return
                "The page does not say that levels add up, so each stands alone: a competency's bullets at a level replace "
                + "its bullets at the level below. --cumulative overrides."
        }
    }
}
