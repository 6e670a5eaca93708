extension Catalog {
    /// Merges catalog files and validates the result as a whole.
    ///
    /// Reports every problem found, each naming its file, the JSON path of the bad field and
    /// what is wrong: files that do not decode, duplicate ids, references that do not resolve,
    /// unknown areas, empty text.
    public static func load(_ files: [CatalogFile]) throws(CatalogError) -> Catalog {
        var documents: [(name: String, document: CatalogDocument)] = []
        var problems: [CatalogProblem] = []
        for file in files {
            do {
                documents.append((file.name, try CatalogDocument.decode(file)))
            } catch {
                problems += error.problems
            }
        }
        guard problems.isEmpty else { throw CatalogError(problems) }
        return try load(documents: documents)
    }

    /// This catalog with more documents merged in (an imported framework), validated together.
    public func adding(_ documents: [(name: String, document: CatalogDocument)]) throws(CatalogError) -> Catalog {
        try Catalog.load(documents: [("catalog", document)] + documents)
    }

    /// Merges decoded documents and validates the result as a whole.
    public static func load(documents: [(name: String, document: CatalogDocument)]) throws(CatalogError) -> Catalog {
        var problems: [CatalogProblem] = []
        var validator = CatalogValidator()
        for (name, document) in documents {
            validator.add(document, from: name)
        }
        problems += validator.problems()
        guard problems.isEmpty else { throw CatalogError(problems) }
        let merged = validator.merged
        return Catalog(
            areas: merged.areas ?? [], levels: merged.levels ?? [], tracks: merged.tracks ?? [],
            sources: merged.sources ?? [], experts: merged.experts ?? [], skills: merged.skills ?? []
        )
    }
}

/// Collects documents, remembering where each item came from, and checks them as one catalog.
struct CatalogValidator {
    private(set) var merged = CatalogDocument(areas: [], levels: [], tracks: [], sources: [], experts: [], skills: [])
    private var problemsFound: [CatalogProblem] = []
    /// Where each item came from: kind ("skills") and id -> (file, position in the file's list).
    private var origins: [String: [String: (file: String, index: Int)]] = [:]
    /// Per kind, in merged order: the file and position of each item. (The JSON path,
    /// "skills[3]", is made only for a problem: making it for every item was a tenth of a load.)
    private var itemOrigins: [String: [(file: String, index: Int)]] = [:]

    mutating func add(_ document: CatalogDocument, from file: String) {
        if document.schemaVersion > CatalogDocument.currentSchemaVersion {
            report(
                file, "schemaVersion",
                "version \(document.schemaVersion) is newer than this ladder reads (\(CatalogDocument.currentSchemaVersion)); update ladder"
            )
            return
        }
        if document.schemaVersion < 1 {
            report(file, "schemaVersion", "must be \(CatalogDocument.currentSchemaVersion)")
            return
        }
        append(document.areas, to: \.areas, kind: "areas", file: file)
        append(document.levels, to: \.levels, kind: "levels", file: file)
        append(document.tracks, to: \.tracks, kind: "tracks", file: file)
        append(document.sources, to: \.sources, kind: "sources", file: file)
        append(document.experts, to: \.experts, kind: "experts", file: file)
        append(document.skills, to: \.skills, kind: "skills", file: file)
    }

    private mutating func append<T: Identifiable>(
        _ items: [T]?, to keyPath: WritableKeyPath<CatalogDocument, [T]?>, kind: String, file: String
    ) where T.ID == String {
        guard let items else { return }
        // Take the merged list and the kind's origins out while appending, so they are changed
        // in place, not copied per item.
        var list = merged[keyPath: keyPath] ?? []
        var kindOrigins = origins[kind] ?? [:]
        var positions = itemOrigins[kind] ?? []
        merged[keyPath: keyPath] = nil
        origins[kind] = nil
        itemOrigins[kind] = nil
        defer {
            merged[keyPath: keyPath] = list
            origins[kind] = kindOrigins
            itemOrigins[kind] = positions
        }
        list.reserveCapacity(list.count + items.count)
        kindOrigins.reserveCapacity(kindOrigins.count + items.count)
        positions.reserveCapacity(positions.count + items.count)
        for (index, item) in items.enumerated() {
            positions.append((file, index))
            if !Self.isValidID(item.id) {
                report(file, "\(kind)[\(index)].id", "must be non-empty, without spaces or control characters")
            } else if let first = kindOrigins[item.id] {
                report(
                    file, "\(kind)[\(index)].id",
                    "duplicate id \"\(item.id)\" (first defined at \(first.file): \(kind)[\(first.index)])")
            } else {
                kindOrigins[item.id] = (file, index)
            }
            list.append(item)
        }
    }

    /// Non-empty, without spaces or control characters. Checked on bytes for ASCII ids (nearly
    /// all of them): asking Unicode about every character of twenty thousand ids is slow.
    static func isValidID(_ id: String) -> Bool {
        guard !id.isEmpty else { return false }
        if id.utf8.allSatisfy({ $0 < 0x80 }) { return id.utf8.allSatisfy { $0 > 0x20 && $0 != 0x7F } }
        return !id.contains { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true }
    }

    private mutating func report(_ file: String, _ path: String, _ message: String) {
        problemsFound.append(CatalogProblem(file: file, path: path, message: message))
    }

    private func origin(_ kind: String, _ position: Int) -> (file: String, path: String) {
        let (file, index) = itemOrigins[kind]![position]
        return (file, "\(kind)[\(index)]")
    }

    /// Every problem: those found while adding, then broken references and empty fields.
    func problems() -> [CatalogProblem] {
        var problems = problemsFound
        func check(
            _ condition: Bool, _ kind: String, _ position: Int, _ field: String, _ message: @autoclosure () -> String
        ) {
            guard !condition else { return }
            let (file, path) = origin(kind, position)
            problems.append(CatalogProblem(file: file, path: path + field, message: message()))
        }
        // Any visible ASCII byte settles it without asking Unicode about every character.
        func isBlank(_ text: String) -> Bool {
            !text.utf8.contains { $0 > 0x20 && $0 < 0x7F } && text.allSatisfy(\.isWhitespace)
        }

        let areaIDs = Set(merged.areas!.map(\.id))
        let levelIDs = Set(merged.levels!.map(\.id))
        let sourceIDs = Set(merged.sources!.map(\.id))
        let expertIDs = Set(merged.experts!.map(\.id))
        let areaList = merged.areas!.map(\.id).joined(separator: ", ")

        for (position, area) in merged.areas!.enumerated() {
            check(!isBlank(area.name), "areas", position, ".name", "must not be empty")
        }
        // Within a framework (or among ladder's own levels) a name finds one level; across
        // frameworks (two with a "Staff PM") it may find several, and whoever types it is asked
        // which (`Catalog.levels(named:)`). Frameworks are told apart by their tracks, not their
        // files: a catalog that already holds several is merged as one document.
        let frameworkSources = Set(merged.sources!.filter { $0.kind == .framework }.map(\.id))
        var frameworkOf: [String: String] = [:]
        for track in merged.tracks! where frameworkSources.contains(track.id) {
            for level in track.levels { frameworkOf[level] = track.id }
        }
        var levelNameOwners: [String: String] = [:]
        for (position, level) in merged.levels!.enumerated() {
            check(!isBlank(level.title), "levels", position, ".title", "must not be empty")
            let group = frameworkOf[level.id] ?? ""
            for name in Set(Catalog.names(of: level)) {
                let key = group + "\u{0}" + name
                if let owner = levelNameOwners[key], owner != level.id {
                    check(false, "levels", position, "", "name \"\(name)\" is already used by level \"\(owner)\"")
                } else {
                    levelNameOwners[key] = level.id
                }
            }
        }
        for (position, track) in merged.tracks!.enumerated() {
            check(!isBlank(track.title), "tracks", position, ".title", "must not be empty")
            check(!track.levels.isEmpty, "tracks", position, ".levels", "must name at least one level")
            var seen: Set<String> = []
            for (index, level) in track.levels.enumerated() {
                check(levelIDs.contains(level), "tracks", position, ".levels[\(index)]", "unknown level \"\(level)\"")
                check(
                    seen.insert(level).inserted, "tracks", position, ".levels[\(index)]",
                    "level \"\(level)\" appears twice")
            }
            for (index, note) in track.notes.enumerated() {
                let field = ".notes[\(index)]"
                check(
                    sourceIDs.contains(note.source), "tracks", position, field + ".source",
                    "unknown source \"\(note.source)\"")
                check(
                    expertIDs.contains(note.expert), "tracks", position, field + ".expert",
                    "unknown expert \"\(note.expert)\"")
                check(!isBlank(note.summary), "tracks", position, field + ".summary", "must not be empty")
                check(!isBlank(note.quote), "tracks", position, field + ".quote", "must not be empty")
                check(!isBlank(note.locator), "tracks", position, field + ".locator", "must not be empty")
            }
        }
        let graph = LevelGraph(tracks: merged.tracks!)
        if let (lower, higher) = graph.cycle {
            problems.append(
                CatalogProblem(
                    file: origin("tracks", 0).file, path: "tracks",
                    message: "the tracks put \"\(lower)\" both below and above \"\(higher)\""))
        }
        for (position, source) in merged.sources!.enumerated() {
            check(!isBlank(source.title), "sources", position, ".title", "must not be empty")
            if let author = source.author {
                check(expertIDs.contains(author), "sources", position, ".author", "unknown expert \"\(author)\"")
            }
        }
        for (position, expert) in merged.experts!.enumerated() {
            check(!isBlank(expert.name), "experts", position, ".name", "must not be empty")
        }
        var skillPositions: [String: Int] = [:]
        for (position, skill) in merged.skills!.enumerated() where skillPositions[skill.id] == nil {
            skillPositions[skill.id] = position
        }
        for (position, skill) in merged.skills!.enumerated() {
            switch skill.scope {
            case .level:
                check(
                    !skill.levels.isEmpty, "skills", position, ".levels", "a level entry must name at least one level")
            case .role:
                check(
                    skill.levels.isEmpty, "skills", position, ".levels",
                    "a role entry applies at every level and names none")
                check(!skill.andAbove, "skills", position, ".andAbove", "a role entry applies at every level already")
            }
            check(
                skill.replaces.isEmpty || (skill.scope == .level && skill.kind != .watchOut), "skills", position,
                ".replaces",
                "only a level entry's skill or change can replace entries")
            check(
                skill.kind != .change || skill.scope == .level, "skills", position, ".kind",
                "a change happens at a level: a role entry cannot be one")
            check(
                skill.kind != .change || !skill.andAbove, "skills", position, ".andAbove",
                "a change happens at the levels it names, not at every level above")
            for (index, target) in skill.replaces.enumerated() {
                let field = ".replaces[\(index)]"
                guard let targetPosition = skillPositions[target] else {
                    check(false, "skills", position, field, "unknown skill \"\(target)\"")
                    continue
                }
                let replaced = merged.skills![targetPosition]
                check(
                    replaced.source == skill.source && replaced.expert == skill.expert, "skills", position, field,
                    "\"\(target)\" is another source's or expert's: an entry replaces only its own expert's words")
                // (Levels on no track have no "below": the track problem is reported instead.)
                let placed = skill.levels.contains { graph.below[$0] != nil }
                check(
                    !placed
                        || (replaced.scope == .level
                            && replaced.levels.contains { lower in skill.levels.contains { graph.isBelow(lower, $0) } }),
                    "skills", position, field, "\"\(target)\" is not at a level below this entry's")
            }
            for (index, level) in skill.levels.enumerated() {
                check(levelIDs.contains(level), "skills", position, ".levels[\(index)]", "unknown level \"\(level)\"")
            }
            check(sourceIDs.contains(skill.source), "skills", position, ".source", "unknown source \"\(skill.source)\"")
            check(expertIDs.contains(skill.expert), "skills", position, ".expert", "unknown expert \"\(skill.expert)\"")
            check(
                areaIDs.contains(skill.area), "skills", position, ".area",
                "unknown area \"\(skill.area)\" (expected one of: \(areaList))")
            check(!isBlank(skill.summary), "skills", position, ".summary", "must not be empty")
            check(!isBlank(skill.quote), "skills", position, ".quote", "must not be empty")
            check(!isBlank(skill.locator), "skills", position, ".locator", "must not be empty")
        }
        return problems
    }
}
