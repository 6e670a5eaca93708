import LadderText

/// Where one level of a framework's own track stands against ladder's levels.
///
/// Each level stands beside the level it was matched to, in the framework's own order. When a
/// lower level of the same track already stands as high as a level's match (a company's Staff
/// PM matched to Principal PM, its Group PM matched to Group PM, a rung no higher), the level
/// cannot stand beside its match without reordering the company's ladder: it stands just
/// above instead, and says why (`standsAbove`), rather than sit beside a level it does not equal.
public struct LevelPlacement: Equatable, Sendable {
    public let levelID: String
    /// The level of ladder's it was matched to, if any.
    public let matched: String?
    /// How high it stands, in the measure the placements were made with.
    public let height: Int
    /// When it cannot stand beside its match: the lower level of its track that stands as high.
    public let standsAbove: String?
}

extension Catalog {
    /// The placements of a track's levels, first rung first. `height` measures how high a
    /// level of ladder's stands (its rung, or a screen's row); a level with no match, or one
    /// that cannot stand beside its match, stands one above the level below it.
    public func placements(of track: Track, height: (String) -> Int?) -> [LevelPlacement] {
        var placements: [LevelPlacement] = []
        for levelID in track.levels {
            let matched = pairedLevel(of: levelID, in: track)
            let below = placements.last
            let next = (below?.height ?? -1) + 1
            guard let matched, let matchedHeight = height(matched) else {
                placements.append(LevelPlacement(levelID: levelID, matched: matched, height: next, standsAbove: nil))
                continue
            }
            // The lowest level already as high as the match is the one in the way (one with a match of its own first).
            let blocker =
                placements.first { $0.height >= matchedHeight && $0.matched != nil }
                ?? placements.first { $0.height >= matchedHeight }
            placements.append(
                LevelPlacement(
                    levelID: levelID, matched: matched, height: max(next, matchedHeight),
                    standsAbove: blocker?.levelID))
        }
        return placements
    }

    /// Placements by rung of a track that shares no first levels with another (an imported
    /// framework's own track); nil for a track that does, whose levels are ladder's own.
    public func placementsByRung(of track: Track, forks: TrackForks) -> [LevelPlacement]? {
        guard let index = tracks.firstIndex(where: { $0.id == track.id }), forks.shared[safe: index] == 0 else {
            return nil
        }
        return placements(of: track) { rung(of: $0) }
    }

    /// "matches Principal PM", or that it matches none of ladder's levels.
    public func matchWords(_ placement: LevelPlacement) -> String {
        placement.matched.flatMap(level(id:)).map { "matches \($0.shortTitle)" } ?? "matches none of ladder's levels"
    }

    /// A level's rung: its place on the first of ladder's tracks that has it, from 0.
    public func rung(of levelID: String) -> Int? {
        tracks.lazy.compactMap { $0.levels.firstIndex(of: levelID) }.first
    }

    /// Why a level does not stand beside its match, in words; nil when it does.
    public func placementNote(_ placement: LevelPlacement, on track: Track) -> String? {
        guard let blockerID = placement.standsAbove, let placed = level(id: placement.levelID),
            let matched = placement.matched.flatMap(level(id:)), let blocker = level(id: blockerID)
        else { return nil }
        let blockerMatch = pairedLevel(of: blockerID, in: track).flatMap(level(id:))
        let which = blockerMatch.map { ", which matches \($0.shortTitle), a rung as high" } ?? ""
        return
            "\(track.title)'s \(placed.shortTitle) matches \(matched.shortTitle), yet stands above its \(blocker.shortTitle)\(which)."
    }
}
