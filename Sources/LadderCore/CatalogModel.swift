/// A skill area: the bands that let different experts' entries line up.
public struct SkillArea: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let name: String
    /// A short name for narrow columns ("Quality"); `name` when absent.
    public let short: String?
    public let description: String?

    public init(id: String, name: String, short: String? = nil, description: String? = nil) {
        self.id = id
        self.name = name
        self.short = short
        self.description = description
    }

    /// `short`, or `name` when there is no short name.
    public var shortName: String { short ?? name }
}

/// One rung of the ladder, such as Senior PM.
public struct Level: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let title: String
    /// A short title for narrow places ("Senior PM"); `title` when absent.
    public let short: String?
    /// Other names people use for this level ("Sr PM", "GPM"); matched case-insensitively.
    public let aliases: [String]?

    public init(id: String, title: String, short: String? = nil, aliases: [String]? = nil) {
        self.id = id
        self.title = title
        self.short = short
        self.aliases = aliases
    }

    /// `short`, or `title` when there is no short title.
    public var shortTitle: String { short ?? title }
}

/// An ordered path of levels, such as the individual contributor track.
public struct Track: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let title: String
    /// Level ids from the first rung to the top.
    public let levels: [String]
    /// What sources say about the track's shape ("a Principal PM is usually at a Senior
    /// Manager's level"), with their words.
    public let notes: [TrackNote]

    public init(id: String, title: String, levels: [String], notes: [TrackNote] = []) {
        self.id = id
        self.title = title
        self.levels = levels
        self.notes = notes
    }

    enum CodingKeys: String, CodingKey {
        case id, title, levels, notes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        levels = try container.decode([String].self, forKey: .levels)
        notes = try container.decodeIfPresent([TrackNote].self, forKey: .notes) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(levels, forKey: .levels)
        if !notes.isEmpty { try container.encode(notes, forKey: .notes) }
    }
}

/// A source's remark on the ladder's shape, with its words and where they are.
public struct TrackNote: Codable, Hashable, Sendable {
    public let summary: String
    public let quote: String
    public let source: String
    public let expert: String
    public let locator: String

    public init(summary: String, quote: String, source: String, expert: String, locator: String) {
        self.summary = summary
        self.quote = quote
        self.source = source
        self.expert = expert
        self.locator = locator
    }
}

/// What kind of document a source is.
public enum SourceKind: String, Codable, Sendable, CaseIterable {
    case podcast
    case forumThread = "forum-thread"
    case article
    case qaPage = "qa-page"
    case newsletter
    case framework

    public init(from decoder: any Decoder) throws {
        self = try decodeKnownValue(decoder, Self.self)
    }

    /// Words for people ("Q&A page").
    public var label: String {
        switch self {
        case .podcast: "podcast"
        case .forumThread: "forum thread"
        case .article: "article"
        case .qaPage: "Q&A page"
        case .newsletter: "newsletter"
        case .framework: "career framework"
        }
    }
}

/// Whose words a quote is.
public enum QuoteKind: String, Codable, Sendable, CaseIterable {
    /// The expert's own words.
    case ownWords = "own-words"
    /// Notes summarising what the expert said (a podcast's show notes), not their words.
    case summaryNotes = "summary-notes"
    /// The source's author describing the expert's idea or framework.
    case sourceAuthor = "source-author"

    public init(from decoder: any Decoder) throws {
        self = try decodeKnownValue(decoder, Self.self)
    }
}

/// A public document the catalog is written from.
public struct Source: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let title: String
    public let kind: SourceKind
    public let publisher: String?
    /// Publication date as `YYYY-MM-DD`, when known.
    public let date: String?
    /// Where to find it (a URL or a site), when known.
    public let address: String?
    /// Whose words its quotes are, unless an entry says otherwise (nil: the experts' own).
    public let quoteKind: QuoteKind?
    /// The expert who wrote it, when they speak in it (an article's author): what they say, in
    /// their words or retelling another's idea (`source-author`), counts as one voice.
    public let author: String?
    /// An imported framework's `--map` choices (its level's name -> ladder's level id), kept so
    /// that importing the file again places its levels the same way.
    public let levelMaps: [String: String]?

    public init(
        id: String, title: String, kind: SourceKind,
        publisher: String? = nil, date: String? = nil, address: String? = nil, quoteKind: QuoteKind? = nil,
        author: String? = nil, levelMaps: [String: String]? = nil
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.publisher = publisher
        self.date = date
        self.address = address
        self.quoteKind = quoteKind
        self.author = author
        self.levelMaps = levelMaps
    }
}

/// A person (or a named group) whose words the catalog quotes.
public struct Expert: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let name: String
    public let role: String?
    public let company: String?

    public init(id: String, name: String, role: String? = nil, company: String? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.company = company
    }

    /// "Role, Company", or whichever of the two is known.
    public var affiliation: String? {
        let parts = [role, company].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}

/// Whether an entry speaks to levels or to the PM role in general.
public enum Scope: String, Codable, Sendable, CaseIterable {
    /// The source ties the words to a level or a band of levels.
    case level
    /// The source speaks of the PM role in general: the entry applies at every level.
    case role

    public init(from decoder: any Decoder) throws {
        self = try decodeKnownValue(decoder, Self.self)
    }
}

/// What an entry is.
public enum EntryKind: String, Codable, Sendable, CaseIterable {
    /// Something a PM at the level does or has: tickable.
    case skill
    /// A source's statement that something changes at the level; what it `replaces` is left behind.
    case change
    /// A risk or pitfall at the level: shown, never ticked or counted.
    case watchOut = "watch-out"

    public init(from decoder: any Decoder) throws {
        self = try decodeKnownValue(decoder, Self.self)
    }
}

/// One thing an expert says, with their own words and where they said it: usually a skill a
/// level needs (see `docs/catalog-format.md` for the level model).
///
/// A value, kept in one shared box: screens filter and group a 20,000-skill framework's
/// entries on every key, and copying a dozen strings each time was most of that time.
public struct SkillEntry: Hashable, Sendable, Identifiable {
    private final class Storage: Sendable {
        let id: String, scope: Scope, levels: [String], andAbove: Bool, kind: EntryKind, replaces: [String]
        let source: String, expert: String, area: String, summary: String, quote: String, locator: String
        let quoteKind: QuoteKind?, voice: String

        init(
            id: String, scope: Scope, levels: [String], andAbove: Bool, kind: EntryKind, replaces: [String],
            source: String,
            expert: String, area: String, summary: String, quote: String, locator: String, quoteKind: QuoteKind?,
            voice: String
        ) {
            (self.id, self.scope, self.levels, self.andAbove, self.kind, self.replaces) = (
                id, scope, levels, andAbove, kind, replaces
            )
            (self.source, self.expert, self.area, self.summary, self.quote, self.locator) = (
                source, expert, area, summary, quote, locator
            )
            (self.quoteKind, self.voice) = (quoteKind, voice)
        }
    }

    private let storage: Storage

    public var id: String { storage.id }
    public var scope: Scope { storage.scope }
    /// Level entries: the rungs the source names, lowest first. Empty for role entries.
    public var levels: [String] { storage.levels }
    /// The source also speaks of every level above `levels`.
    public var andAbove: Bool { storage.andAbove }
    public var kind: EntryKind { storage.kind }
    /// Entries this one supersedes (a skill) or leaves behind (a change).
    public var replaces: [String] { storage.replaces }
    public var source: String { storage.source }
    public var expert: String { storage.expert }
    public var area: String { storage.area }
    /// One line in our own words.
    public var summary: String { storage.summary }
    /// Copied verbatim from the source.
    public var quote: String { storage.quote }
    /// Where in the source: a timestamp, a section heading, an answer's author.
    public var locator: String { storage.locator }
    /// Whose words `quote` is, when it differs from the source's default.
    public var quoteKind: QuoteKind? { storage.quoteKind }
    /// Whose view it counts as: its expert, or for a source's author retelling another's idea,
    /// that author (set by the catalog; see `Catalog.withVoices`).
    public var voice: String { storage.voice }

    public init(
        id: String, scope: Scope = .level, levels: [String], andAbove: Bool = false, kind: EntryKind = .skill,
        replaces: [String] = [], source: String, expert: String, area: String,
        summary: String, quote: String, locator: String, quoteKind: QuoteKind? = nil
    ) {
        storage = Storage(
            id: id, scope: scope, levels: levels, andAbove: andAbove, kind: kind, replaces: replaces, source: source,
            expert: expert, area: area, summary: summary, quote: quote, locator: locator, quoteKind: quoteKind,
            voice: expert)
    }

    private init(storage: Storage) {
        self.storage = storage
    }

    /// This entry counted as `voice`'s view.
    func speaking(as voice: String) -> SkillEntry {
        let old = storage
        return SkillEntry(
            storage: Storage(
                id: old.id, scope: old.scope, levels: old.levels, andAbove: old.andAbove, kind: old.kind,
                replaces: old.replaces,
                source: old.source, expert: old.expert, area: old.area, summary: old.summary, quote: old.quote,
                locator: old.locator,
                quoteKind: old.quoteKind, voice: voice))
    }

    public static func == (lhs: SkillEntry, rhs: SkillEntry) -> Bool {
        let (left, right) = (lhs.storage, rhs.storage)
        if left === right { return true }
        return left.id == right.id && left.scope == right.scope && left.levels == right.levels
            && left.andAbove == right.andAbove
            && left.kind == right.kind && left.replaces == right.replaces && left.source == right.source
            && left.expert == right.expert
            && left.area == right.area && left.summary == right.summary && left.quote == right.quote
            && left.locator == right.locator
            && left.quoteKind == right.quoteKind && left.voice == right.voice
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(summary)
        hasher.combine(quote)
        hasher.combine(levels)
        hasher.combine(voice)
    }

    /// A skill: something that can be ticked and rated.
    public var isSkill: Bool { kind == .skill }

    /// A copy with its text passed through `clean` (imported text is untrusted); the quote is
    /// the one text that may span lines (`clean`'s second argument says so).
    public func cleaned(_ clean: (_ text: String, _ multiline: Bool) -> String) -> SkillEntry {
        SkillEntry(
            id: id, scope: scope, levels: levels, andAbove: andAbove, kind: kind, replaces: replaces,
            source: source, expert: expert, area: area, summary: clean(summary, false), quote: clean(quote, true),
            locator: clean(locator, false), quoteKind: quoteKind)
    }
}

extension SkillEntry: Codable {
    enum CodingKeys: String, CodingKey {
        case id, scope, levels, andAbove, kind, replaces, source, expert, area, summary, quote, locator, quoteKind
    }

    /// Decodes an entry of a catalog file of `schemaVersion`: version 1 had no `scope` (every
    /// entry a level entry); from version 2 it is required.
    init(from decoder: any Decoder, schemaVersion: Int) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(String.self, forKey: .id)
        let scope =
            schemaVersion < 2
            ? try container.decodeIfPresent(Scope.self, forKey: .scope) ?? .level
            : try container.decode(Scope.self, forKey: .scope)
        self.init(
            id: id, scope: scope,
            levels: try container.decodeIfPresent([String].self, forKey: .levels) ?? [],
            andAbove: try container.decodeIfPresent(Bool.self, forKey: .andAbove) ?? false,
            kind: try container.decodeIfPresent(EntryKind.self, forKey: .kind) ?? .skill,
            replaces: try container.decodeIfPresent([String].self, forKey: .replaces) ?? [],
            source: try container.decode(String.self, forKey: .source),
            expert: try container.decode(String.self, forKey: .expert),
            area: try container.decode(String.self, forKey: .area),
            summary: try container.decode(String.self, forKey: .summary),
            quote: try container.decode(String.self, forKey: .quote),
            locator: try container.decode(String.self, forKey: .locator),
            quoteKind: try container.decodeIfPresent(QuoteKind.self, forKey: .quoteKind))
    }

    public init(from decoder: any Decoder) throws {
        try self.init(from: decoder, schemaVersion: CatalogDocument.currentSchemaVersion)
    }

    /// Writes `scope` and `kind` always, the rest only where they say something.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(scope, forKey: .scope)
        if scope == .level { try container.encode(levels, forKey: .levels) }
        if andAbove { try container.encode(andAbove, forKey: .andAbove) }
        try container.encode(kind, forKey: .kind)
        if !replaces.isEmpty { try container.encode(replaces, forKey: .replaces) }
        try container.encode(source, forKey: .source)
        try container.encode(expert, forKey: .expert)
        try container.encode(area, forKey: .area)
        try container.encode(summary, forKey: .summary)
        try container.encode(quote, forKey: .quote)
        try container.encode(locator, forKey: .locator)
        try container.encodeIfPresent(quoteKind, forKey: .quoteKind)
    }
}

/// Decodes a string enum, naming the valid values when the text is none of them.
func decodeKnownValue<T: RawRepresentable & CaseIterable>(_ decoder: any Decoder, _ type: T.Type) throws -> T
where T.RawValue == String {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = T(rawValue: text) else {
        let valid = T.allCases.map(\.rawValue).joined(separator: ", ")
        throw DecodingError.dataCorruptedError(
            in: container, debugDescription: "unknown value \"\(text)\" (expected one of: \(valid))")
    }
    return value
}
