/// Where the progress file lives: `--progress-file`, else `$LADDER_PROGRESS`, else
/// `$XDG_DATA_HOME/ladder/progress.json`, else `~/.local/share/ladder/progress.json`.
public enum ProgressLocation {
    public static func path(
        explicit: String?, environment: [String: String], currentDirectory: String
    ) -> String {
        if let explicit, !explicit.isEmpty { return absolute(explicit, in: currentDirectory) }
        if let variable = environment["LADDER_PROGRESS"], !variable.isEmpty {
            return absolute(variable, in: currentDirectory)
        }
        return dataDirectory(environment: environment) + "/progress.json"
    }

    /// `$XDG_DATA_HOME/ladder`, else `~/.local/share/ladder`. The XDG spec says to ignore a
    /// relative `XDG_DATA_HOME`.
    public static func dataDirectory(environment: [String: String]) -> String {
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return dataHome + "/ladder"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/"
        return (home == "/" ? "" : home) + "/.local/share/ladder"
    }

    private static func absolute(_ path: String, in directory: String) -> String {
        path.hasPrefix("/") ? path : directory + "/" + path
    }
}
