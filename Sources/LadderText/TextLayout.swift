extension String {
    /// Without leading and trailing white space.
    public func trimmingWhitespace() -> String {
        // Only the ends are looked at: an import trims every cell of a large file.
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return first == startIndex && index(after: last) == endIndex ? self : String(self[first...last])
    }
}

/// Word wrapping, truncation and padding by display width (not by character count),
/// so double-width text lines up.
public enum TextLayout {
    /// Splits `text` into lines of at most `width` columns, breaking at spaces where it can and
    /// inside a word only when the word alone is wider than the line. Newlines start new lines;
    /// runs of spaces inside a line are kept (aligned columns stay aligned), at a break dropped.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        // Split on the bytes of "\n" and " ", always boundaries in UTF-8: splitting into
        // characters first was most of the time of printing a page.
        for paragraph in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for bytes in paragraph.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false) {
                if bytes.isEmpty && lineWidth == 0 { continue }
                var word = Substring(bytes)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(trimmingTrailingSpaces(line))
                    line = ""
                    lineWidth = 0
                }
                if word.isEmpty { continue }
                while wordWidth > width {
                    let (head, rest) = split(word, atWidth: width)
                    lines.append(String(head))
                    word = rest
                    // What was cut off, not the rest measured again: a long word costs one pass.
                    wordWidth -= DisplayWidth.of(head)
                }
                line = String(word)
                lineWidth = wordWidth
            }
            lines.append(trimmingTrailingSpaces(line))
        }
        return lines
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    /// `text` as a summary of at most `limit` characters: whole when it fits, else cut at the
    /// last space that keeps most of it (mid-word only when there is none) and ended with "…".
    public static func shortened(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let head = text.prefix(limit - 1)
        if let space = head.lastIndex(of: " "), head.distance(from: head.startIndex, to: space) >= limit * 2 / 3 {
            return String(head[..<space]).trimmingWhitespace() + "…"
        }
        return String(head) + "…"
    }

    /// `text` cut to at most `width` columns, ending in "…" when something was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        return String(split(Substring(text), atWidth: width - 1).head) + "…"
    }

    /// `text` truncated or padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, width: Int) -> String {
        let fitted = truncate(text, width: width)
        return fitted + String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
    }

    /// `text` truncated or padded on the left to exactly `width` columns: a right-aligned cell.
    public static func padLeft(_ text: String, width: Int) -> String {
        let fitted = truncate(text, width: width)
        return String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted))) + fitted
    }

    /// The longest prefix of `text` that fits in `width` columns, and the rest.
    public static func split(_ text: Substring, atWidth width: Int) -> (head: Substring, rest: Substring) {
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let characterWidth = DisplayWidth.of(text[index])
            if used + characterWidth > width { break }
            used += characterWidth
            index = text.index(after: index)
        }
        if index == text.startIndex && index < text.endIndex {
            // A double-width character in a one-column space: give it its own line anyway.
            index = text.index(after: index)
        }
        return (text[..<index], text[index...])
    }
}
