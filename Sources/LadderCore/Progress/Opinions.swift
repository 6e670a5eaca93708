import LadderText
import LadderFiles

/// Someone else's ratings of the user's skills: a manager's or mentor's progress file, rated
/// blind with ladder and sent over. Read only: the user's own ratings are never changed by it.
public struct Opinion: Equatable, Sendable {
    public let name: String
    public let ratings: [String: RatingRecord]

    public init(name: String, ratings: [String: RatingRecord]) {
        self.name = name
        self.ratings = ratings
    }
}

/// The opinions kept beside a progress file (`progress.json.opinions/NAME.json`): copies of
/// the files as they were added, so the sender's later edits need a new `add`.
public struct OpinionStore: Sendable {
    private let copies: KeptCopies

    public init(progressPath: String) {
        copies = KeptCopies(progressPath: progressPath, folder: "opinions")
    }

    public var directory: String { copies.directory }
    public func path(for name: String) -> String { copies.path(for: name) }

    /// The names of the opinions kept, sorted.
    public func names() -> [String] { copies.names() }

    /// Every opinion kept, and a problem for each that cannot be read.
    public func load() -> (opinions: [Opinion], problems: [String]) {
        if let folder = copies.folderProblem() { return ([], ["the opinions: " + folder]) }
        let (kept, problems) = copies.load()
        return (kept.map { Opinion(name: $0.name, ratings: $0.progress.ratings) }, problems.map { "the opinion " + $0 })
    }

    /// Why `name` cannot name an opinion, or nil when it can.
    public static func problem(withName name: String) -> String? { KeptCopies.problem(withName: name) }

    /// Keeps a copy of someone's progress file as the opinion `name`, as sent. Refuses a bad
    /// name, a name already kept, and a file that is not a progress file; changes nothing then.
    /// With `replace`, a copy of that name (whatever its case) is written over: the sender's
    /// newer file.
    @discardableResult
    public func add(file: String, name: String, replace: Bool = false) throws(OpinionError) -> Opinion {
        if let problem = Self.problem(withName: name) { throw .badName(name, problem) }
        // Said early, before the file is read; said for certain under the lock.
        if !replace, let kept = copies.kept(name) { throw .duplicate(kept) }
        let (bytes, progress) = try KeptCopies.read(file)
        let kept = try copies.keep(bytes, as: name, replace: replace)
        return Opinion(name: kept, ratings: progress.ratings)
    }

    /// Removes the opinion `name`; false when no opinion has that name.
    public func remove(_ name: String) throws(FileError) -> Bool { try copies.remove(name) }
}

/// Why an opinion could not be added.
public enum OpinionError: Error, Equatable, Sendable, CustomStringConvertible {
    case badName(String, String)
    case duplicate(String)
    case missing(String)
    case unreadable(FileError)
    case notAProgressFile(String, ProgressFileProblem)
    case cannotKeep(FileError)
    case cannotUseFolder(String)
    case tooLargeToKeep(Int)

    public var description: String {
        switch self {
        case .badName(let name, let problem): "cannot use the name \"\(Sanitizer.visible(name))\": \(problem)"
        case .duplicate(let name):
            "an opinion named \(name) is already kept; --replace keeps this file instead, or choose another name"
        case .missing(let file): "no such file: \(Sanitizer.visible(file))"
        case .unreadable(let error): "\(error)"
        case .notAProgressFile(let file, let problem): "\(Sanitizer.visible(file)) \(problem)"
        case .cannotKeep(let error): "could not keep it: \(error)"
        case .cannotUseFolder(let problem): "could not keep it: \(problem)"
        case .tooLargeToKeep(let size):
            "its copy would be \(size / 1_048_576) MB, more than the \(ProgressFile.maximumBytes / 1_048_576) MB ladder reads back"
        }
    }
}

/// Where the user's rating and an opinion's differ on one skill.
public struct RatingDifference: Equatable, Sendable {
    public let skill: SkillEntry
    public let own: Rating
    /// Every opinion that rated the skill, by name, in the order they were given.
    public let opinions: [(name: String, rating: Rating)]
    /// The largest gap between the user's rating and an opinion's (2 or more: a serious disconnect).
    public let steps: Int

    public static func == (lhs: RatingDifference, rhs: RatingDifference) -> Bool {
        lhs.skill == rhs.skill && lhs.own == rhs.own && lhs.steps == rhs.steps
            && lhs.opinions.map(\.name) == rhs.opinions.map(\.name)
            && lhs.opinions.map(\.rating) == rhs.opinions.map(\.rating)
    }
}

extension Catalog {
    /// Skills the user and an opinion both rated, differently: two steps or more first, then
    /// catalog order. Skills rated the same by everyone are not listed.
    public func calibration(_ progress: UserProgress, opinions: [Opinion]) -> [RatingDifference] {
        let differences = skills.compactMap { skill -> RatingDifference? in
            guard let own = progress.rating(skill.id) else { return nil }
            let theirs = opinions.compactMap { opinion in opinion.ratings[skill.id].map { (opinion.name, $0.rating) } }
            let steps = theirs.map { abs($0.1.step - own.step) }.max() ?? 0
            return steps > 0 ? RatingDifference(skill: skill, own: own, opinions: theirs, steps: steps) : nil
        }
        return differences.enumerated().sorted { ($1.element.steps, $0.offset) < ($0.element.steps, $1.offset) }.map(
            \.element)
    }
}
