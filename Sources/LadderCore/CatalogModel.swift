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

    public init(id: String, title: String, levels: [String]) {
        self.id = id
        self.title = title
        self.levels = levels
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
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let kind = SourceKind(rawValue: text) else {
            let valid = Self.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "unknown kind \"\(text)\" (expected one of: \(valid))")
        }
        self = kind
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

    public init(
        id: String, title: String, kind: SourceKind,
        publisher: String? = nil, date: String? = nil, address: String? = nil
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.publisher = publisher
        self.date = date
        self.address = address
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

/// One thing an expert says a level needs, with their own words and where they said it.
public struct SkillEntry: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    /// Ids of the levels this applies to.
    public let levels: [String]
    public let source: String
    public let expert: String
    public let area: String
    /// One line in our own words.
    public let summary: String
    /// Copied verbatim from the source.
    public let quote: String
    /// Where in the source: a timestamp, a section heading, an answer's author.
    public let locator: String

    public init(
        id: String, levels: [String], source: String, expert: String, area: String,
        summary: String, quote: String, locator: String
    ) {
        self.id = id
        self.levels = levels
        self.source = source
        self.expert = expert
        self.area = area
        self.summary = summary
        self.quote = quote
        self.locator = locator
    }
}
