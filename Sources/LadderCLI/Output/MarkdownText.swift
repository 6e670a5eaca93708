import LadderText

/// Text from catalogs, frameworks and the user made safe for Markdown: it reads as typed on
/// GitHub, never as markup (no emphasis, links, tables, headings, HTML or entities).
enum Markdown {
    /// Inline text: control characters and escape sequences gone, newlines spaces, every
    /// character Markdown (GitHub's flavour) could read as markup or a link backslash-escaped, and `&`
    /// written as an entity so "&lt;" shows as typed.
    static func inline(_ text: String) -> String {
        var result = ""
        for character in Sanitizer.clean(text) {
            switch character {
            case "&": result += "&amp;"
            // `@` too: GitHub links an email address (and `mailto:`, `xmpp:`) on its own.
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "!", "{", "}", "@":
                result += "\\" + String(character)
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

    /// Inline text whose plain http(s) addresses are links.
    static func linked(_ text: String) -> String {
        WebAddress.runs(in: Sanitizer.clean(text)).map { $0.isAddress ? link($0.text) : inline($0.text) }.joined()
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
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), address.utf8.count <= 2_000 else {
            return false
        }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#@!$&*+,;=%")
        return address.allSatisfy(allowed.contains)
    }

    /// Text cut into runs of words and of the plain addresses in it, in order, so a writer can
    /// link the addresses. An address starts a word (or follows an opening bracket or quote);
    /// punctuation that ends a sentence after it is not part of it; an address of any other
    /// scheme, or with characters a plain one has not, stays text. One pass over the text.
    static func runs(in text: String) -> [(text: String, isAddress: Bool)] {
        let characters = Array(text)
        var runs: [(text: String, isAddress: Bool)] = []
        var pending = ""
        var index = 0
        while index < characters.count {
            let startsWord = index == 0 || characters[index - 1].isWhitespace || "([\"'".contains(characters[index - 1])
            guard startsWord, characters[index] == "h" || characters[index] == "H",
                let scheme = ["https://", "http://"].first(where: { startsWith($0, characters, at: index) })
            else {
                pending.append(characters[index])
                index += 1
                continue
            }
            var end = index
            while end < characters.count, !characters[end].isWhitespace { end += 1 }
            var addressEnd = end
            while addressEnd > index + scheme.count, ".,;:!?)]'\"".contains(characters[addressEnd - 1]) {
                addressEnd -= 1
            }
            let address = String(characters[index..<addressEnd])
            if addressEnd > index + scheme.count, isPlain(address) {
                if !pending.isEmpty { runs.append((pending, false)) }
                runs.append((address, true))
                pending = String(characters[addressEnd..<end])
            } else {
                pending += String(characters[index..<end])
            }
            index = end
        }
        if !pending.isEmpty { runs.append((pending, false)) }
        return runs
    }

    /// Whether `prefix` (lower case) starts at `index`, case ignored.
    private static func startsWith(_ prefix: String, _ characters: [Character], at index: Int) -> Bool {
        var position = index
        for expected in prefix {
            guard position < characters.count, characters[position].lowercased() == String(expected) else {
                return false
            }
            position += 1
        }
        return true
    }
}
