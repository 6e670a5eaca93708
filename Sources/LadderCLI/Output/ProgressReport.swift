import LadderCore
import LadderCharts
import LadderText

/// `ladder progress`: what is had (rated meeting or exceeding) per level on each track, the
/// user's levels, every rating, orphaned ratings.
struct ProgressReport {
    let catalog: Catalog
    let path: String
    let progress: UserProgress

    init(catalog: Catalog, store: ProgressStore) {
        self.catalog = catalog
        path = store.path
        progress = store.progress
    }

    struct LevelJSON: Encodable {
        let id: String
        let title: String
        let ticked: Int
        let total: Int
        let percent: Int
    }

    struct RatingJSON: Encodable {
        let skill: String
        let rating: String
        let ratedAt: String
    }

    struct JSON: Encodable {
        let file: String
        @NullEncoded var currentLevel: String?
        @NullEncoded var targetLevel: String?
        let levels: [LevelJSON]
        let ratings: [RatingJSON]
        /// Ratings of skills the catalog no longer has (kept in the file, untouched).
        let orphanedRatings: [RatingJSON]
    }

    private func ratingJSON(_ id: String) -> RatingJSON {
        let record = progress.ratings[id]!
        return RatingJSON(skill: id, rating: record.rating.rawValue, ratedAt: record.ratedAt)
    }

    var json: JSON {
        JSON(
            file: path,
            currentLevel: progress.currentLevel,
            targetLevel: progress.targetLevel,
            levels: catalog.levelProgress(progress).map {
                LevelJSON(
                    id: $0.level.id, title: $0.level.title, ticked: $0.ticked, total: $0.total, percent: $0.percent)
            },
            ratings: progress.ratings.keys.sorted().map(ratingJSON),
            orphanedRatings: progress.orphanedRatings(in: catalog).map(ratingJSON)
        )
    }

    func text(width: Int) -> String {
        var page = Page(width: width)
        page.wrapped("Your progress (\(Sanitizer.clean(path)))", hanging: 2)
        page.line("Current level: \(levelName(progress.currentLevel))")
        page.line("Target level:  \(levelName(progress.targetLevel, role: .target))")
        let byLevel = Dictionary(uniqueKeysWithValues: catalog.levelProgress(progress).map { ($0.level.id, $0) })
        let forks = TrackForks(tracks: catalog.tracks)
        for (index, track) in catalog.tracks.enumerated() {
            page.blank()
            let sharedCount = forks.sharedWithEarlier[index]?.count ?? 0
            page.line(
                Sanitizer.clean(track.title)
                    + (sharedCount > 0 && sharedCount < track.levels.count
                        ? " (after \(levelName(track.levels[sharedCount - 1], short: true)))" : ""))
            let placements = catalog.placementsByRung(of: track, forks: forks)
            for (rank, id) in track.levels.enumerated().dropFirst(sharedCount) {
                guard let entry = byLevel[id] else { continue }
                let marker = id == progress.currentLevel ? ">" : id == progress.targetLevel ? "*" : " "
                let name = TextLayout.pad(Sanitizer.clean(entry.level.shortTitle), width: 17) + " "
                let counts = TextLayout.pad("\(entry.ticked)/\(entry.total)", width: 9)
                let percent = String(repeating: " ", count: 4 - String(entry.percent).count) + "\(entry.percent)%"
                let match = placements?[safe: rank].map { "  " + catalog.matchWords($0) } ?? ""
                page.line(
                    " \(marker)\(name)\(counts)\(percent)  \(Bar.text(filled: entry.ticked, of: entry.total, cells: 10))\(match)"
                )
            }
            for placement in placements ?? [] {
                if let note = catalog.placementNote(placement, on: track) {
                    page.wrapped(Sanitizer.clean(note), indent: 2)
                }
            }
        }
        if progress.currentLevel != nil || progress.targetLevel != nil {
            page.blank()
            page.line("> current level   * target level")
        }
        let counts = Rating.allCases.reversed().map { rating in
            "\(progress.ratings.values.count { $0.rating == rating }) \(rating.words)"
        }
        page.blank()
        page.wrapped(
            "\(Plural.count(progress.ratings.count, "skill")) rated: \(counts.joined(separator: ", ")); "
                + "\(Plural.count(progress.evidence.values.reduce(0) { $0 + $1.count }, "piece")) of evidence; "
                + "\(Plural.count(progress.checkins.count, "check-in")).")
        let orphans = progress.orphanedRatings(in: catalog)
        if !orphans.isEmpty {
            page.blank()
            page.wrapped(
                "Orphaned ratings: skills the catalog no longer has, kept in the file untouched "
                    + "(`ladder untick ID` removes one):")
            for id in orphans {
                let record = progress.ratings[id]!
                page.wrapped("\(Sanitizer.clean(id)) (\(record.rating.words), \(record.ratedAt.prefix(10)))", indent: 2)
            }
        }
        return page.text
    }

    private func levelName(_ id: String?, role: LevelRole = .current, short: Bool = false) -> String {
        guard let id else { return "not set (`ladder level set \(role.rawValue) LEVEL`)" }
        guard let level = catalog.level(id: id) else { return "\(Sanitizer.clean(id)) (not in the catalog)" }
        return short ? Sanitizer.clean(level.shortTitle) : "\(Sanitizer.clean(level.title)) (\(level.id))"
    }
}
