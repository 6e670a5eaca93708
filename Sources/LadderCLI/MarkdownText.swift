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
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), address.utf8.count <= 2_000 else { return false }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#@!$&*+,;=%")
        return address.allSatisfy(allowed.contains)
    }

    /// Text cut into runs of words and of the plain addresses in it, in order, so a writer can
    /// link the addresses. Punctuation that ends a sentence after an address is not part of it;
    /// an address of any other scheme, or with characters a plain one has not, stays text.
    static func runs(in text: String) -> [(text: String, isAddress: Bool)] {
        var runs: [(text: String, isAddress: Bool)] = []
        func appendText(_ piece: Substring) {
            guard !piece.isEmpty else { return }
            if let last = runs.last, !last.isAddress { runs[runs.count - 1].text += piece } else { runs.append((String(piece), false)) }
        }
        var rest = text[...]
        while let start = rest.indices.first(where: { rest[$0...].prefix(4).lowercased() == "http" }) {
            let word = rest[start...].prefix { !$0.isWhitespace }
            let address = word.reversed().drop { ".,;:!?)]'\"".contains($0) }.reversed()
            let candidate = String(address)
            let startsWord = start == rest.startIndex || rest[rest.index(before: start)].isWhitespace
                || "([\"'".contains(rest[rest.index(before: start)])
            if startsWord, isPlain(candidate), !candidate.hasSuffix("://") {
                appendText(rest[..<start])
                runs.append((candidate, true))
                rest = rest[word.index(word.startIndex, offsetBy: candidate.count)...]
            } else {
                let next = rest.index(after: start)
                appendText(rest[..<next])
                rest = rest[next...]
            }
        }
        appendText(rest)
        return runs
    }
}
