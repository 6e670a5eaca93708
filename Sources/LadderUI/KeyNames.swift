/// Keys by name, both ways: `"ctrl-c"` <-> `.control("c")`, as the config file and the key
/// tables write them.
public enum KeyNames {
    /// Named keys; any other single character names itself (`"x"`, `"Q"`, `"?"`, `"["`).
    static let named: [(name: String, key: Key)] = [
        ("up", .up), ("down", .down), ("left", .left), ("right", .right),
        ("enter", .enter), ("esc", .escape), ("tab", .tab), ("shift-tab", .backTab), ("space", .character(" ")),
        ("backspace", .backspace), ("pgup", .pageUp), ("pgdn", .pageDown), ("home", .home), ("end", .end),
    ]

    /// Other spellings accepted in the config file.
    static let aliases: [String: Key] = [
        "escape": .escape, "return": .enter, "backtab": .backTab, "pageup": .pageUp, "pagedown": .pageDown,
    ]

    /// The key a name stands for, or nil when it names none.
    public static func key(named name: String) -> Key? {
        if let known = named.first(where: { $0.name == name })?.key ?? aliases[name] { return known }
        if name.hasPrefix("ctrl-"), name.count == 6, let letter = name.last, letter.isASCII, letter.isLowercase {
            return .control(letter)
        }
        guard name.count == 1, let character = name.first, character.isASCII || character.isLetter,
            !character.isWhitespace,
            !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return nil }
        return .character(character)
    }

    /// The name the config file uses for a key.
    public static func name(of key: Key) -> String {
        if let known = named.first(where: { $0.key == key }) { return known.name }
        switch key {
        case .character(let character): return String(character)
        case .control(let letter): return "ctrl-\(letter)"
        default: return "\(key)"
        }
    }

    /// How a key reads in the footer and help: arrows as arrows, the rest by name.
    static func label(of key: Key) -> String {
        switch key {
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        default: name(of: key)
        }
    }

    /// Every name the config file accepts, for error messages.
    public static var validNames: String {
        named.map(\.name).joined(separator: ", ") + ", ctrl-a … ctrl-z, or one character such as x, Q or ?"
    }
}
