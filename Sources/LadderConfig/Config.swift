import LadderCore
import LadderText
import LadderUI
import TOMLKit

/// The user's settings from `config.toml`: remapped keys and the colour choice.
///
/// ```toml
/// [keys]
/// tick = ["x"]        # replaces the default keys of that action
/// quit = ["Q"]
/// [theme]
/// colors = "ansi"     # "256" (default), "ansi", "none"
/// ```
public struct Config: Sendable {
    public var keys: KeyMap
    /// nil: the default (256 colours where the terminal has them).
    public var colors: ColorChoice?

    public static let standard = Config(keys: .standard, colors: nil)

    public init(keys: KeyMap, colors: ColorChoice?) {
        self.keys = keys
        self.colors = colors
    }

    /// `$XDG_CONFIG_HOME/ladder/config.toml`, else `~/.config/ladder/config.toml`. The XDG
    /// spec says to ignore a relative `XDG_CONFIG_HOME`.
    public static func path(environment: [String: String]) -> String {
        if let home = environment["XDG_CONFIG_HOME"], home.hasPrefix("/") { return home + "/ladder/config.toml" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/"
        return (home == "/" ? "" : home) + "/.config/ladder/config.toml"
    }

    /// The settings in the config file, or the defaults when there is none. A file that is
    /// there but cannot be used is an error, never a silent fallback.
    public static func load(environment: [String: String]) throws(ConfigError) -> Config {
        let path = path(environment: environment)
        switch FileIO.kind(of: path) {
        case nil: return .standard
        case .regularFile?: break
        case let kind?: throw ConfigError(path, "it is \(kind), not a file")
        }
        guard FileIO.size(of: path) <= 1_048_576 else { throw ConfigError(path, "it is over 1 MB: not a config file") }
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path) ?? []
        } catch {
            throw ConfigError(path, "cannot be read (\(error.reason))")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw ConfigError(path, "not UTF-8 text") }
        return try parse(text, file: path)
    }

    /// Reads a config file's text; `file` names it in problems.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> Config {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError([.init(file: file, line: error.source.begin.line,
                                     message: "not valid TOML (column \(error.source.begin.column)): \(error.description)")])
        } catch {
            throw ConfigError(file, "not valid TOML: \(error)")
        }
        var reader = Reader(file: file, lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        let config = reader.read(table)
        guard reader.problems.isEmpty, let config else {
            // In the order of the file (the parsed table's order is not the file's).
            let ordered = reader.problems.enumerated().sorted { ($0.element.line ?? .max, $0.offset) < ($1.element.line ?? .max, $1.offset) }
            throw ConfigError(ordered.map(\.element))
        }
        return config
    }
}

/// Reads the parsed table, collecting every problem with the line it is on.
private struct Reader {
    let file: String
    let lines: [String]
    var problems: [ConfigError.Problem] = []

    mutating func problem(_ message: String, key: String? = nil, section: String? = nil) {
        problems.append(.init(file: file, line: key.flatMap { line(of: $0, in: section) }, message: message))
    }

    mutating func read(_ table: TOMLTable) -> Config? {
        var remapped: [Action: [Key]] = [:]
        var colors: ColorChoice?
        for (name, value) in table {
            switch name {
            case "keys":
                guard let keys = value.table else {
                    problem("keys must be a table: [keys]", key: name)
                    continue
                }
                remapped = read(keys: keys)
            case "theme":
                guard let theme = value.table else {
                    problem("theme must be a table: [theme]", key: name)
                    continue
                }
                colors = read(theme: theme)
            default:
                problem("unknown section \"\(name)\" (ladder reads [keys] and [theme])", key: name)
            }
        }
        guard problems.isEmpty else { return nil }
        do {
            return Config(keys: try KeyMap.remapping(remapped), colors: colors)
        } catch {
            for conflict in error.conflicts {
                let actions = conflict.actions.map(\.rawValue)
                let remappedOne = actions.first { name in remapped.keys.contains { $0.rawValue == name } } ?? actions[0]
                problem("\"\(KeyNames.name(of: conflict.key))\" would do both \(actions.joined(separator: " and ")) on the "
                        + "\(conflict.context.title) screen; bind it to one of them", key: remappedOne, section: "keys")
            }
            return nil
        }
    }

    mutating func read(keys table: TOMLTable) -> [Action: [Key]] {
        var remapped: [Action: [Key]] = [:]
        for (name, value) in table {
            guard let action = Action(rawValue: name) else {
                problem("unknown action \"\(name)\" (actions: \(Action.allCases.map(\.rawValue).joined(separator: ", ")))",
                        key: name, section: "keys")
                continue
            }
            guard let list = value.array, list.allSatisfy({ $0.string != nil }) else {
                problem("\(name) must be a list of keys, such as \(name) = [\"x\"]", key: name, section: "keys")
                continue
            }
            var keys: [Key] = []
            for keyName in list.compactMap(\.string) {
                guard let key = KeyNames.key(named: keyName) else {
                    problem("\(name): unknown key \"\(keyName)\" (keys: \(KeyNames.validNames))", key: name, section: "keys")
                    continue
                }
                if !keys.contains(key) { keys.append(key) }
            }
            remapped[action] = keys
        }
        return remapped
    }

    mutating func read(theme table: TOMLTable) -> ColorChoice? {
        var colors: ColorChoice?
        let valid = ColorChoice.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        for (name, value) in table {
            guard name == "colors" else {
                problem("unknown theme setting \"\(name)\" (ladder reads colors)", key: name, section: "theme")
                continue
            }
            guard let text = value.string, let choice = ColorChoice(rawValue: text) else {
                problem("colors must be one of \(valid)", key: name, section: "theme")
                continue
            }
            colors = choice
        }
        return colors
    }

    /// The line (from 1) where `key` is set in `[section]` (or at the top, or as a section
    /// header), for problems: TOMLKit gives positions only for syntax errors.
    func line(of key: String, in section: String?) -> Int? {
        var current: String?
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingWhitespace()
            if line.hasPrefix("[") {
                current = String(line.dropFirst().prefix { $0 != "]" }).trimmingWhitespace()
                if section == nil && current == key { return index + 1 }
                continue
            }
            guard current == section else { continue }
            let name = String(line.prefix { $0 != "=" }).trimmingWhitespace()
            if line.contains("="), name == key || name == "\"\(key)\"" { return index + 1 }
        }
        return nil
    }
}

/// Why a config file cannot be used: every problem, each as `file:line: what is wrong`.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public let file: String
        public let line: Int?
        public let message: String

        public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
    }

    public let problems: [Problem]

    init(_ problems: [Problem]) {
        self.problems = problems
    }

    init(_ file: String, _ message: String) {
        problems = [Problem(file: file, line: nil, message: message)]
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
