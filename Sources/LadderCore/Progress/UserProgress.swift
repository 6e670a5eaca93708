/// How well a user says they do a skill: four steps, each a word and a mark that reads without
/// colour. Unrated (no rating) is not the same as `notYet`.
public enum Rating: String, CaseIterable, Comparable, Sendable {
    case notYet = "not-yet"
    case workingTowards = "working-towards"
    case meeting
    case exceeding

    /// 0 for not yet … 3 for exceeding: how far apart two ratings are.
    public var step: Int { Self.allCases.firstIndex(of: self)! }

    /// Meeting or exceeding: the skill counts as had (ticked).
    public var covers: Bool { self >= .meeting }

    /// "working towards".
    public var words: String { rawValue.replacing("-", with: " ") }

    /// The box before a skill: `[.]` not yet, `[~]` working towards, `[x]` meeting, `[+]` exceeding.
    public var mark: String {
        switch self {
        case .notYet: "[.]"
        case .workingTowards: "[~]"
        case .meeting: "[x]"
        case .exceeding: "[+]"
        }
    }

    public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.step < rhs.step }

    /// Every rating's name, for messages: "not-yet, working-towards, meeting, exceeding".
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// A rating and when it was given.
public struct RatingRecord: Equatable, Sendable {
    public var rating: Rating
    /// ISO-8601 time.
    public var ratedAt: String

    public init(_ rating: Rating, at ratedAt: String) {
        self.rating = rating
        self.ratedAt = ratedAt
    }
}

/// One piece of evidence for a skill: what happened, and when.
public struct EvidenceEntry: Equatable, Hashable, Sendable {
    /// The day it happened, `YYYY-MM-DD`.
    public var date: String
    public var text: String
    /// When it was written down (ISO-8601): the entry's identity for edits and removals, so two
    /// ladders editing at once never touch the wrong entry.
    public var addedAt: String

    public init(date: String, text: String, addedAt: String) {
        self.date = date
        self.text = text
        self.addedAt = addedAt
    }

    /// `time`, or when another entry has it, the same second with the first free millisecond
    /// ("2026-11-21T19:40:49.001Z"): still a valid time, and an identity of its own.
    static func unused(_ time: String, among taken: Set<String>) -> String {
        guard taken.contains(time), time.utf8.count >= 20 else { return time }
        let seconds = String(time.prefix(19))
        let zone = String(time.dropFirst(19).drop { $0 == "." || $0.isNumber })
        for millisecond in 1...999 {
            let digits = String(millisecond)
            let candidate = seconds + "." + String(repeating: "0", count: 3 - digits.count) + digits + zone
            if !taken.contains(candidate) { return candidate }
        }
        return time
    }
}

/// A frozen snapshot of where the user stood: their levels, every rating, and the words and
/// counts as they were, so a later catalog or framework change cannot rewrite the past.
public struct Checkin: Equatable, Sendable {
    /// A skill as it read when the check-in was made.
    public struct SkillWords: Equatable, Sendable {
        public var summary: String
        public var area: String
        public var areaName: String

        public init(summary: String, area: String, areaName: String) {
            self.summary = summary
            self.area = area
            self.areaName = areaName
        }
    }

    /// How many skills of an area were met at a level, then.
    public struct AreaCount: Equatable, Sendable {
        public var level: String
        public var area: String
        public var areaName: String
        public var met: Int
        public var total: Int

        public init(level: String, area: String, areaName: String, met: Int, total: Int) {
            self.level = level
            self.area = area
            self.areaName = areaName
            self.met = met
            self.total = total
        }
    }

    /// ISO-8601 time.
    public var at: String
    public var message: String
    public var currentLevel: String?
    public var targetLevel: String?
    public var ratings: [String: Rating]
    /// The words of every rated skill, as they were.
    public var skills: [String: SkillWords]
    /// Per area, at the current and the target level: met and total, as they were.
    public var areas: [AreaCount]

    public init(
        at: String, message: String, currentLevel: String?, targetLevel: String?,
        ratings: [String: Rating], skills: [String: SkillWords], areas: [AreaCount]
    ) {
        self.at = at
        self.message = message
        self.currentLevel = currentLevel
        self.targetLevel = targetLevel
        self.ratings = ratings
        self.skills = skills
        self.areas = areas
    }
}

/// A user's progress: their ratings (a tick is a rating of meeting), evidence for skills,
/// check-ins over time, and the levels they are at and aim for.
public struct UserProgress: Equatable, Sendable {
    public var ratings: [String: RatingRecord]
    /// Evidence entries by skill id, oldest first.
    public var evidence: [String: [EvidenceEntry]]
    public var checkins: [Checkin]
    public var currentLevel: String?
    public var targetLevel: String?

    public init(
        ratings: [String: RatingRecord] = [:], evidence: [String: [EvidenceEntry]] = [:], checkins: [Checkin] = [],
        currentLevel: String? = nil, targetLevel: String? = nil
    ) {
        self.ratings = ratings
        self.evidence = evidence
        self.checkins = checkins
        self.currentLevel = currentLevel
        self.targetLevel = targetLevel
    }

    public func rating(_ skillID: String) -> Rating? { ratings[skillID]?.rating }

    /// Rated meeting or exceeding: the skill counts as had.
    public func isTicked(_ skillID: String) -> Bool { ratings[skillID]?.rating.covers == true }

    /// A skill's evidence, newest first.
    public func evidence(for skillID: String) -> [EvidenceEntry] {
        (evidence[skillID] ?? []).sorted { ($0.date, $0.addedAt) > ($1.date, $1.addedAt) }
    }

    /// Applies one change.
    public mutating func apply(_ change: ProgressChange) {
        switch change {
        case .rate(let skill, let rating?, let time):
            // The same rating again keeps when it was first given.
            if ratings[skill]?.rating != rating { ratings[skill] = RatingRecord(rating, at: time) }
        case .rate(let skill, nil, _):
            ratings[skill] = nil
        case .addEvidence(let skill, var entry):
            let kept = evidence[skill] ?? []
            // The very same entry again is a retried save; another one written in the same
            // second (by this ladder or another) gets an identity of its own.
            guard !kept.contains(entry) else { return }
            entry.addedAt = EvidenceEntry.unused(entry.addedAt, among: Set(kept.map(\.addedAt)))
            evidence[skill, default: []].append(entry)
        case .editEvidence(let skill, let addedAt, let date, let text):
            guard let index = evidence[skill]?.firstIndex(where: { $0.addedAt == addedAt }) else { return }
            evidence[skill]![index].date = date
            evidence[skill]![index].text = text
        case .removeEvidence(let skill, let addedAt):
            evidence[skill]?.removeAll { $0.addedAt == addedAt }
            if evidence[skill]?.isEmpty == true { evidence[skill] = nil }
        case .checkin(let checkin):
            if !checkins.contains(where: { $0.at == checkin.at && $0.message == checkin.message }) {
                checkins.append(checkin)
            }
        case .setLevel(.current, let level):
            currentLevel = level
        case .setLevel(.target, let level):
            targetLevel = level
        }
    }

    /// Ratings whose skill ids the catalog does not have (kept, never dropped).
    public func orphanedRatings(in catalog: Catalog) -> [String] {
        ratings.keys.filter { catalog.skill(id: $0) == nil }.sorted()
    }
}

/// Which of the user's two levels.
public enum LevelRole: String, Sendable, CaseIterable {
    case current
    case target
}

/// One thing the user did. Saves merge the changes made since the last save into whatever
/// is on disk, so two instances never undo each other's work.
public enum ProgressChange: Equatable, Sendable {
    /// A rating (a tick is `.meeting`); nil clears it.
    case rate(skill: String, Rating?, at: String)
    case addEvidence(skill: String, EvidenceEntry)
    /// The entry added at `addedAt` now reads `text`, dated `date`.
    case editEvidence(skill: String, addedAt: String, date: String, text: String)
    case removeEvidence(skill: String, addedAt: String)
    case checkin(Checkin)
    case setLevel(LevelRole, String?)

    /// A tick: a rating of meeting.
    public static func tick(skill: String, at time: String) -> ProgressChange {
        .rate(skill: skill, .meeting, at: time)
    }

    /// An untick: no rating.
    public static func untick(skill: String) -> ProgressChange { .rate(skill: skill, nil, at: "") }
}

/// The days a review covers, both ends included (`YYYY-MM-DD`).
public struct ReviewPeriod: Equatable, Sendable {
    public let since: String
    public let until: String

    public init(since: String, until: String) {
        self.since = since
        self.until = until
    }

    /// Whether a day, or the day of an ISO-8601 time, falls in the period.
    public func contains(_ dayOrTime: String) -> Bool {
        let day = String(dayOrTime.prefix(10))
        return since <= day && day <= until
    }
}

extension UserProgress {
    /// The same progress with only the evidence and check-ins of a period; ratings and levels
    /// are where the user stands now, and stay.
    public func limited(to period: ReviewPeriod) -> UserProgress {
        var limited = self
        limited.evidence = evidence.compactMapValues { entries in
            let kept = entries.filter { period.contains($0.date) }
            return kept.isEmpty ? nil : kept
        }
        limited.checkins = checkins.filter { period.contains($0.at) }
        return limited
    }
}
