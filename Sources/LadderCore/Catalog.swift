import LadderText

/// The whole, validated career path: levels on tracks, sources, experts and their skill entries.
///
/// Build one with `Catalog.load(_:)`, which merges catalog files and rejects any catalog with
/// dangling references, duplicate ids or empty quotes. Lookups are by id; `level(named:)`
/// also accepts titles and aliases.
public struct Catalog: Sendable {
    public let areas: [SkillArea]
    public let levels: [Level]
    public let tracks: [Track]
    public let sources: [Source]
    public let experts: [Expert]
    public let skills: [SkillEntry]

    private let areaIndex: [String: Int]
    private let levelIndex: [String: Int]
    private let sourceIndex: [String: Int]
    private let expertIndex: [String: Int]
    let skillIndex: [String: Int]
    /// Each normalized level name and the levels that answer to it, in catalog order.
    private let levelNames: [String: [String]]
    /// Which entries are said of, carried to and left behind at each level.
    let model: LevelModel
    /// Folded text searched by `search(_:)`, made on the first search.
    let searchIndex: SearchIndex

    /// A catalog from a document already validated as a whole: the bundled catalog, checked
    /// when it was compiled in.
    package init(validated document: CatalogDocument) {
        self.init(
            areas: document.areas ?? [], levels: document.levels ?? [], tracks: document.tracks ?? [],
            sources: document.sources ?? [], experts: document.experts ?? [], skills: document.skills ?? [])
    }

    /// One voice per view (docs/catalog-format.md, "Counting voices"): an entry counts as its
    /// expert's, except a source's author retelling another's idea (`source-author`), which
    /// counts as that author's when the source names one, else as the source's.
    static func withVoices(_ skills: [SkillEntry], sources: [Source]) -> [SkillEntry] {
        let byID = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return skills.map { entry in
            let source = byID[entry.source]
            guard (entry.quoteKind ?? source?.quoteKind) == .sourceAuthor else { return entry }
            return entry.speaking(as: source?.author ?? "source:" + entry.source)
        }
    }

    /// Builds a catalog from parts already known to be valid (see `load`).
    init(
        areas: [SkillArea], levels: [Level], tracks: [Track], sources: [Source], experts: [Expert], skills: [SkillEntry]
    ) {
        self.areas = areas
        self.levels = levels
        self.tracks = tracks
        self.sources = sources
        self.experts = experts
        self.skills = Self.withVoices(skills, sources: sources)
        let skills = self.skills
        areaIndex = Self.index(areas)
        levelIndex = Self.index(levels)
        sourceIndex = Self.index(sources)
        expertIndex = Self.index(experts)
        skillIndex = Self.index(skills)
        var names: [String: [String]] = [:]
        for level in levels {
            for name in Set(Self.spokenNames(of: level)) { names[name, default: []].append(level.id) }
        }
        levelNames = names
        let skillIndex = self.skillIndex
        model = LevelModel(skills: skills, tracks: tracks) { skillIndex[$0] }
        let expertNames = Dictionary(uniqueKeysWithValues: experts.map { ($0.id, $0.name) })
        let areaNames = Dictionary(uniqueKeysWithValues: areas.map { ($0.id, $0.name) })
        let levelNames = Dictionary(uniqueKeysWithValues: levels.map { ($0.id, "\($0.title) \($0.shortTitle)") })
        searchIndex = SearchIndex {
            SearchIndex.text(skills: skills, expertNames: expertNames, areaNames: areaNames, levelNames: levelNames)
        }
    }

    public func area(id: String) -> SkillArea? { areaIndex[id].map { areas[$0] } }
    public func level(id: String) -> Level? { levelIndex[id].map { levels[$0] } }
    public func source(id: String) -> Source? { sourceIndex[id].map { sources[$0] } }
    public func expert(id: String) -> Expert? { expertIndex[id].map { experts[$0] } }
    public func skill(id: String) -> SkillEntry? { skillIndex[id].map { skills[$0] } }
    public func track(id: String) -> Track? { tracks.first { $0.id == id } }

    /// The level with this id, title or alias, ignoring case, punctuation and spacing
    /// ("Sr. PM", "sr pm" and "senior-pm" all find Senior PM); nil when none or several do.
    public func level(named name: String) -> Level? {
        let found = levels(named: name)
        return found.count == 1 ? found[0] : nil
    }

    /// Every level answering to `name`: two frameworks can both have a "Staff PM". A name
    /// after a track's id or title and a colon (`northwind:Staff PM`) is looked for on that
    /// track alone.
    public func levels(named name: String) -> [Level] {
        if let colon = name.firstIndex(of: ":"),
            let track = tracks.first(where: {
                Self.namesMatch($0.id, String(name[..<colon])) || Self.namesMatch($0.title, String(name[..<colon]))
            })
        {
            let rest = String(name[name.index(after: colon)...])
            let onTrack = levels(named: rest).filter { track.levels.contains($0.id) }
            if !onTrack.isEmpty { return onTrack }
        }
        // An id as typed (`senior-principal`), else a title or alias in any spelling: an id is
        // not a name, so "Senior Principal" does not find the rung whose id once said so.
        if let level = level(id: name) { return [level] }
        return (levelNames[Self.normalizedName(name)] ?? []).compactMap(level(id:))
    }

    /// Whether two names are the same level name, ignoring case, punctuation and spacing.
    public static func namesMatch(_ a: String, _ b: String) -> Bool {
        normalizedName(a) == normalizedName(b)
    }

    /// A name reduced to lowercase letters and digits separated by single spaces.
    static func normalizedName(_ name: String) -> String {
        SearchFolding.fold(name)
            .split { !($0.isLetter || $0.isNumber) }
            .joined(separator: " ")
    }

    /// Every normalized name a level answers to: its id, title and aliases. (`short` is only a
    /// display abbreviation, so an imported framework's "Senior PM" does not clash with ours.)
    static func names(of level: Level) -> [String] {
        ([level.id, level.title] + (level.aliases ?? [])).map(normalizedName)
    }

    /// The names a level is found by in any spelling: its title and aliases (its id only as
    /// written).
    static func spokenNames(of level: Level) -> [String] {
        ([level.title] + (level.aliases ?? [])).map(normalizedName)
    }

    private static func index<T: Identifiable>(_ items: [T]) -> [String: Int] where T.ID == String {
        var index: [String: Int] = [:]
        index.reserveCapacity(items.count)
        for (position, item) in items.enumerated() where index[item.id] == nil {
            index[item.id] = position
        }
        return index
    }
}

extension Catalog {
    /// The whole catalog as one document in the catalog file format.
    public var document: CatalogDocument {
        CatalogDocument(
            areas: areas, levels: levels, tracks: tracks, sources: sources, experts: experts, skills: skills)
    }
}
