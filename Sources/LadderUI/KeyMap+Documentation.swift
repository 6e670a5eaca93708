import LadderText

/// The key tables as documents: `ladder keys` prints the text, docs/keys.md holds the
/// Markdown (a test checks it is what this code generates).
extension KeyMap {
    /// Each context's bindings: keys as the config file names them, action, what it does,
    /// the last wrapped under itself to `width` columns.
    public func text(width: Int = 80) -> String {
        var lines: [String] = []
        // Columns as wide as their longest entry in any context, so every table lines up and nothing is cut.
        let bindings = KeyContext.allCases.flatMap { tables[$0] ?? [] }
        func keyNames(_ binding: Binding) -> String { binding.keys.map(KeyNames.name).joined(separator: " ") }
        let actionWidth = (bindings.map { DisplayWidth.of($0.action.rawValue) }.max() ?? 0) + 2
        let keysWidth = (bindings.map { DisplayWidth.of(keyNames($0)) }.max() ?? 0) + 2
        for context in KeyContext.allCases {
            if !lines.isEmpty { lines.append("") }
            lines.append(
                context.title + (context.isTyping ? " (letters are typed; not remappable)" : ""))
            for binding in tables[context] ?? [] {
                let left =
                    "  " + TextLayout.pad(binding.action.rawValue, width: actionWidth)
                    + TextLayout.pad(keyNames(binding), width: keysWidth)
                let indent = DisplayWidth.of(left)
                for (index, line) in TextLayout.wrap(binding.help, width: max(20, width - indent)).enumerated() {
                    lines.append((index == 0 ? left : String(repeating: " ", count: indent)) + line)
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One Markdown table per context, for docs/keys.md.
    public func markdown() -> String {
        var lines: [String] = []
        for context in KeyContext.allCases {
            lines += ["### " + context.title, ""]
            if context.isTyping {
                lines += ["Letters are typed here; these keys cannot be remapped.", ""]
            } else if !context.sharesEverywhereKeys && context != .everywhere {
                lines += ["The keys every screen shares do not apply here.", ""]
            }
            lines += ["| keys | action | what it does |", "|---|---|---|"]
            for binding in tables[context] ?? [] {
                let keys = binding.keys.map {
                    "`" + (KeyNames.name(of: $0) == "`" ? "backtick" : KeyNames.name(of: $0)) + "`"
                }
                lines.append("| \(keys.joined(separator: " ")) | `\(binding.action.rawValue)` | \(binding.help) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
