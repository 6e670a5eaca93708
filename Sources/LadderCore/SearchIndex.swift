#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LadderText

/// The folded text `Catalog.search` scans: every skill's summary, quote, expert, area and
/// levels, one after another in one buffer, with where each skill's starts. Built on the first
/// search, not at start: a 20,000-skill framework's takes a while to fold, and most runs never
/// search.
final class SearchIndex: @unchecked Sendable {
    struct Text {
        let bytes: [UInt8]
        let offsets: [Int]
    }

    private let make: @Sendable () -> Text
    private var made: Text?
    /// Guards `made`: a catalog may be searched from more than one thread.
    private var lock = pthread_mutex_t()

    init(_ make: @escaping @Sendable () -> Text) {
        self.make = make
        pthread_mutex_init(&lock, nil)
    }

    deinit { pthread_mutex_destroy(&lock) }

    /// Whether the first search has made the text yet.
    var isMade: Bool {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        return made != nil
    }

    var text: Text {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        if let made { return made }
        let text = make()
        made = text
        return text
    }

    /// The text for `skills`, each with its expert's and area's names and its levels' titles.
    static func text(
        skills: [SkillEntry], expertNames: [String: String], areaNames: [String: String],
        levelNames: [String: String]
    ) -> Text {
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        offsets.reserveCapacity(skills.count + 1)
        for skill in skills {
            offsets.append(bytes.count)
            let scope = skill.scope == .role ? ["PM role in general"] : skill.levels.map { levelNames[$0] ?? $0 }
            for part in [
                skill.summary, skill.quote, expertNames[skill.expert] ?? "", areaNames[skill.area] ?? "", skill.area,
            ] + scope {
                bytes += SearchFolding.foldedBytes(part)
                bytes.append(0x0A)
            }
        }
        offsets.append(bytes.count)
        return Text(bytes: bytes, offsets: offsets)
    }
}
