import LadderCore
import LadderText
import LadderUI
import TOMLKit
import LadderFiles

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
        case nil where FileIO.kind(of: path, followingLinks: false) == .symbolicLink:
            throw ConfigError(path, "it is a symbolic link to nothing (or a loop of links), not a file")
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
        let outline = ConfigOutline(text)
        // TOMLKit's parser aborts the process on some malformed headers (`[é]`, `[.]`) and
        // overflows its stack on very long dotted names: those are refused before it sees them.
        guard outline.unreadable.isEmpty else {
            throw ConfigError(outline.unreadable.map { .init(file: file, line: $0.line, message: $0.message) })
        }
        if let problem = ConfigSyntax.firstProblem(in: text) {
            throw ConfigError([.init(file: file, line: problem.line, message: problem.message)])
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError([
                .init(
                    file: file, line: error.source.begin.line,
                    message: "not valid TOML (column \(error.source.begin.column)): \(error.description)")
            ])
        } catch {
            throw ConfigError(file, "not valid TOML: \(error)")
        }
        var reader = Reader(file: file, outline: outline)
        let config = reader.read(table)
        guard reader.problems.isEmpty, let config else {
            // In the order of the file (the parsed table's order is not the file's).
            let ordered = reader.problems.enumerated().sorted {
                ($0.element.line ?? .max, $0.offset) < ($1.element.line ?? .max, $1.offset)
            }
            throw ConfigError(ordered.map(\.element))
        }
        return config
    }
}

/// Reads the parsed table, collecting every problem with the line it is on.
private struct Reader {
    let file: String
    let outline: ConfigOutline
    var problems: [ConfigError.Problem] = []

    mutating func problem(_ message: String, key: String? = nil, section: String? = nil) {
        problems.append(.init(file: file, line: key.flatMap { outline.line(of: $0, in: section) }, message: message))
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
                problem("unknown section \"\(Sanitizer.visible(name))\" (ladder reads [keys] and [theme])", key: name)
            }
        }
        guard problems.isEmpty else { return nil }
        do {
            return Config(keys: try KeyMap.remapping(remapped), colors: colors)
        } catch {
            for conflict in error.conflicts {
                let actions = conflict.actions.map(\.rawValue)
                let remappedOne = actions.first { name in remapped.keys.contains { $0.rawValue == name } } ?? actions[0]
                problem(
                    "\"\(KeyNames.name(of: conflict.key))\" would do both \(actions.joined(separator: " and ")) on the "
                        + "“\(conflict.context.title)” screen; bind it to one of them", key: remappedOne,
                    section: "keys")
            }
            return nil
        }
    }

    mutating func read(keys table: TOMLTable) -> [Action: [Key]] {
        var remapped: [Action: [Key]] = [:]
        for (name, value) in table {
            guard let action = Action(rawValue: name) else {
                problem(
                    "unknown action \"\(Sanitizer.visible(name))\" (actions: \(KeyMap.remappable.map(\.rawValue).joined(separator: ", ")))",
                    key: name, section: "keys")
                continue
            }
            guard KeyMap.remappable.contains(action) else {
                problem(
                    "\(name) is a key of the evidence editor, where keys edit text: it cannot be remapped", key: name,
                    section: "keys")
                continue
            }
            guard let list = value.array, list.allSatisfy({ $0.string != nil }) else {
                problem("\(name) must be a list of keys, such as \(name) = [\"x\"]", key: name, section: "keys")
                continue
            }
            guard !list.isEmpty else {
                problem(
                    "\(name) = [] would leave \(name) with no key; list at least one, such as \(name) = [\"x\"]",
                    key: name, section: "keys")
                continue
            }
            var keys: [Key] = []
            for keyName in list.compactMap(\.string) {
                guard let key = KeyNames.key(named: keyName) else {
                    problem(
                        "\(name): unknown key \"\(Sanitizer.visible(keyName))\" (keys: \(KeyNames.validNames))",
                        key: name, section: "keys")
                    continue
                }
                if let reserved = KeyMap.reserved.first(where: { $0.key == key }) {
                    problem(
                        "\(name): \"\(keyName)\" is reserved: it always \(reserved.does)", key: name, section: "keys")
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
                problem(
                    "unknown theme setting \"\(Sanitizer.visible(name))\" (ladder reads colors)", key: name,
                    section: "theme")
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
}

/// Where each section and setting of a config file is, read line by line once: TOMLKit gives
/// positions only for syntax errors, and a lookup per problem was quadratic in a long file.
struct ConfigOutline {
    /// Line numbers (from 1): of each section header under the key `nil`, of each setting
    /// under its section (`nil` above the first header). The first of a name wins.
    private var lines: [String?: [String: Int]] = [:]
    /// Lines TOMLKit must not see, each with why: its C++ parser aborts on a header that
    /// starts with no name, and overflows its stack on a name of very many dotted parts.
    private(set) var unreadable: [(line: Int, message: String)] = []

    /// The most dotted parts a name may have (`a.b.c` has three).
    static let maximumDottedParts = 64

    init(_ text: String) {
        var section: String?
        // Split on the byte: "\r\n" is one Character, so a Character split keeps CRLF files whole.
        for (index, raw) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .enumerated()
        {
            let number = index + 1
            // Scalars, not Characters: "[" and a combining mark after it are one Character. Leading
            // white space and a byte order mark are skipped, as the parser skips them (and more).
            let body = String(decoding: raw, as: UTF8.self).unicodeScalars.drop {
                $0.properties.isWhitespace || $0 == "\u{FEFF}"
            }
            guard body.first != "#" else { continue }  // a comment says anything it likes
            let isHeader = body.first == "["
            let name = String(String.UnicodeScalarView(body.prefix { $0 != (isHeader ? "]" : "=") }))
            // Only a header's or a setting's name is dotted; a list's continuation line is neither.
            if isHeader || body.contains("="),
                name.unicodeScalars.count(where: { $0 == "." }) >= Self.maximumDottedParts
            {
                unreadable.append((number, "a name of more than \(Self.maximumDottedParts) dotted parts"))
                continue
            }
            if isHeader {
                guard Self.startsWithName(body.dropFirst()) else {
                    unreadable.append((number, "a section header names a section, such as [keys] or [theme]"))
                    continue
                }
                let header = String(name.drop { $0 == "[" }).trimmingWhitespace()
                section = header
                if lines[nil, default: [:]][header] == nil { lines[nil, default: [:]][header] = number }
                continue
            }
            guard body.contains("=") else { continue }
            var key = name.trimmingWhitespace()
            if key.count >= 2, key.hasPrefix("\""), key.hasSuffix("\"") { key = String(key.dropFirst().dropLast()) }
            if lines[section, default: [:]][key] == nil { lines[section, default: [:]][key] = number }
        }
    }

    /// The line where `key` is set in `[section]` (or at the top, or as a section header).
    func line(of key: String, in section: String?) -> Int? {
        lines[section]?[key]
    }

    /// Whether a header's text after its first `[` (a second `[`, then spaces and tabs, the
    /// only white space TOML allows there) starts with a bare key's character or a quote, as
    /// TOML's grammar asks. Anything else is refused, even what the parser might skip.
    private static func startsWithName(_ rest: Substring.UnicodeScalarView) -> Bool {
        var rest = rest
        if rest.first == "[" { rest = rest.dropFirst() }
        guard let first = rest.first(where: { $0 != " " && $0 != "\t" }) else { return false }
        switch first {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-", "\"", "'": return true
        default: return false
        }
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

    /// How many problems are listed; the rest are counted.
    static let listed = 20

    public var description: String {
        let shown = problems.prefix(Self.listed).map(\.description)
        let more = problems.count > Self.listed ? ["… and \(problems.count - Self.listed) more problems"] : []
        return (shown + more).joined(separator: "\n")
    }
}
