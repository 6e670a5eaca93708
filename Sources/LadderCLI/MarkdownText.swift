import LadderText

/// Text from catalogs, frameworks and the user made safe for Markdown: it reads as typed on
/// GitHub, never as markup (no emphasis, links, tables, headings, HTML or entities).
enum Markdown {
    /// Inline text: control characters and escape sequences gone, newlines spaces, every
    /// character Markdown (GitHub's flavour) could read as markup backslash-escaped, and `&`
    /// written as an entity so "&lt;" shows as typed.
    static func inline(_ text: String) -> String {
        var result = ""
        for character in Sanitizer.clean(text) {
            switch character {
            case "&": result += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "!", "{", "}": result += "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }

    /// A web address as a link when it is a plain http(s) one, else as code: an address from
    /// a framework is text like any other.
    static func link(_ address: String) -> String {
        WebAddress.isPlain(address) ? "<\(address)>" : "`\(code(address))`"
    }

    /// Text for inside backticks: no backticks.
    static func code(_ text: String) -> String {
        Sanitizer.clean(text).replacing("`", with: "'")
    }
}

/// Where a catalog's `address` may become a link.
enum WebAddress {
    /// An http or https address of URL characters only: nothing that could end an attribute,
    /// an autolink or a line, and no other scheme (`javascript:`).
    static func isPlain(_ address: String) -> Bool {
        let lower = address.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), address.utf8.count <= 2_000 else { return false }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#@!$&*+,;=%")
        return address.allSatisfy(allowed.contains)
    }
}
