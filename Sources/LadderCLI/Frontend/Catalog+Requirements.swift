import LadderCore
import LadderText

extension Catalog {
    /// The level with this id, title or alias, or a usage failure: listing the valid ids, or,
    /// when several levels answer to the name, each by a name that finds it alone.
    /// - Parameter saving: the level is about to be saved (`level set`): a name that is also a
    ///   company level's title is refused rather than read as ladder's, as saving the wrong
    ///   one would go unnoticed; elsewhere ladder's is shown, with a note.
    func requireLevel(named name: String, saving: Bool = false) throws -> Level {
        let found = levels(named: name)
        if found.count == 1 {
            // A company's level titled as one of ladder's ("Lead PM") is not that level: say how
            // to reach it (an id typed as it is names one level and needs no note).
            let companies =
                name == found[0].id
                ? []
                : frameworkTracks.filter { !$0.levels.contains(found[0].id) }.compactMap { track in
                    track.levels.compactMap(level(id:)).first { Catalog.namesMatch($0.shortTitle, name) }.map {
                        (track, $0)
                    }
                }
            if saving, !companies.isEmpty {
                let choices =
                    ["\(found[0].id) (ladder's \(found[0].title))"]
                    + companies.map { "\"\($0.0.id):\(name)\" (\($0.0.title)'s)" }
                throw CommandFailure.usage(
                    "\"\(name)\" names more than one level; give one of \(choices.joined(separator: " or ")). "
                        + "Nothing was saved")
            }
            for (track, companyLevel) in companies {
                writeToStandardError(
                    "ladder: note: \(track.title) has a level titled \"\(companyLevel.shortTitle)\" too; "
                        + "\"\(track.id):\(name)\" shows it\n")
            }
            return found[0]
        }
        guard found.isEmpty else {
            let qualified = found.map { level in
                let track = tracks.first { $0.levels.contains(level.id) }
                return track.map { "\"\($0.id):\(name)\"" } ?? level.id
            }
            throw CommandFailure.usage(
                "\"\(name)\" is a level of several tracks; give one of \(qualified.joined(separator: ", ")) "
                    + "(or an id: \(found.map(\.id).joined(separator: ", ")))")
        }
        let hint = EditDistance.nearest(to: name, in: levels.map(\.id)).map { " Did you mean \($0)?" } ?? ""
        throw CommandFailure.usage(
            "unknown level \"\(name)\".\(hint) Valid levels: \(levels.map(\.id).joined(separator: ", "))")
    }

    /// The source with this id, or a usage failure listing the valid ids.
    func requireSource(id: String) throws -> Source {
        guard let source = source(id: id) else {
            throw CommandFailure.usage(
                "unknown source \"\(id)\". Valid sources: \(sources.map(\.id).joined(separator: ", "))")
        }
        return source
    }
}

extension Expert {
    /// Whether `text` is part of this expert's name or id, ignoring case.
    func matches(_ text: String) -> Bool {
        let needle = text.lowercased()
        return id.lowercased().contains(needle) || name.lowercased().contains(needle)
    }
}

extension Catalog {
    /// Every id must be a catalog skill (or, when `allowing` holds, already in the file).
    func requireSkillIDs(_ ids: [String], allowing known: (String) -> Bool = { _ in false }) throws {
        for id in ids where skill(id: id) == nil && !known(id) {
            let suggestions = skillIDs(like: id)
            let hint =
                suggestions.isEmpty
                ? " Find ids with `ladder search WORDS` or `ladder show LEVEL`."
                : " Did you mean: \(suggestions.joined(separator: ", "))?"
            throw CommandFailure.usage("unknown skill id \"\(id)\".\(hint)")
        }
    }

    /// Known skill ids that can be rated and given evidence: a change or a watch-out is read, not rated.
    func requireRateable(_ ids: [String]) throws {
        try requireSkillIDs(ids)
        for id in ids {
            guard let entry = skill(id: id), !entry.isSkill else { continue }
            let what = entry.kind == .change ? "a change the source notes" : "a watch-out, a risk the source names"
            throw CommandFailure.usage("\(id) is \(what), not a skill: there is nothing to rate or give evidence for")
        }
    }
}
