/// Neutralises text that did not come from us before it reaches a screen or a report.
///
/// Catalog and imported files are untrusted: an escape sequence in a cell could move the
/// cursor, change the title or hide text, and a bidi override could reorder what is shown.
public enum Sanitizer {
    /// Replacement shown where a control character was.
    public static let replacement: Character = "\u{FFFD}"

    /// Returns `text` with escape sequences removed, other C0 and C1 controls replaced by
    /// U+FFFD, bidi controls removed, and tabs turned into a space. Newlines are kept only
    /// when `keepNewlines` is true (multi-line text); otherwise they become spaces. An escape
    /// sequence that never ends (an OSC string with no terminator, a CSI broken off) is not a
    /// sequence: its ESC shows as U+FFFD and what follows stays text, so a path or message
    /// around it is never swallowed.
    /// Whether `text` shows anything once cleaned: controls, escape sequences, bidi marks and
    /// white space alone show nothing (the stand-in for a control is not something said).
    public static func showsSomething(_ text: String) -> Bool {
        clean(text).unicodeScalars.contains { !$0.properties.isWhitespace && Character($0) != replacement }
    }

    public static func clean(_ text: String, keepNewlines: Bool = false) -> String {
        guard needsCleaning(text, keepNewlines: keepNewlines) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            switch scalar.value {
            case 0x1B:
                if let end = endOfEscapeSequence(in: scalars, after: index) {
                    index = end
                } else {
                    result.append(contentsOf: String(replacement).unicodeScalars)
                }
            case 0x0A:
                result.append(keepNewlines ? scalar : " ")
            case 0x0D:
                continue
            case 0x09:
                result.append(" ")
            case _ where isBidiControl(scalar):
                continue
            case _ where isControl(scalar):
                result.append(contentsOf: String(replacement).unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` with every scalar the sanitiser neutralises written as an escape (`\u{1B}`): for
    /// quoting a short name the user wrote, so a message shows what is wrong with it.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: neutralises) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if neutralises(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `clean` would change `text`, found on its UTF-8 bytes (every command's output
    /// passes here, so text with accents or typographic quotes must not take the slow way).
    private static func needsCleaning(_ text: String, keepNewlines: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 {
                    if !(byte == 0x0A && keepNewlines) { return true }
                } else if byte == 0x7F {
                    return true
                } else if byte >= 0xC2 {
                    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                    let third = index + 2 < bytes.count ? bytes[index + 2] : 0
                    switch (byte, next) {
                    case (0xC2, 0x80...0x9F), (0xD8, 0x9C): return true  // C1 controls, U+061C
                    case (0xE2, 0x80) where third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third): return true
                    case (0xE2, 0x81) where (0xA6...0xA9).contains(third): return true
                    default: break
                    }
                }
                index += 1
            }
            return false
        }
    }

    /// Whether `scalar` is what the sanitiser neutralises: a C0 or C1 control, DEL, or a bidi
    /// control. Terminals act on these rather than show them.
    public static func neutralises(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || isBidiControl(scalar)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The marks and overrides that reorder text (Unicode's Bidi_Control property).
    private static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Where the escape sequence whose ESC stands just before `start` ends, or nil when it
    /// never does: CSI (`ESC [`, parameters, intermediates, a final byte), an OSC, DCS, APC,
    /// PM or SOS string (up to BEL or `ESC \\`), or a two-character escape (`ESC c`).
    private static func endOfEscapeSequence(
        in scalars: String.UnicodeScalarView, after start: String.Index
    ) -> String.Index? {
        guard start < scalars.endIndex else { return nil }
        let introducer = scalars[start]
        var index = scalars.index(after: start)
        switch introducer {
        case "[":
            while index < scalars.endIndex, (0x30...0x3F).contains(scalars[index].value) {
                index = scalars.index(after: index)
            }
            while index < scalars.endIndex, (0x20...0x2F).contains(scalars[index].value) {
                index = scalars.index(after: index)
            }
            guard index < scalars.endIndex, (0x40...0x7E).contains(scalars[index].value) else { return nil }
            return scalars.index(after: index)
        case "]", "P", "_", "^", "X":
            var previous: Unicode.Scalar = " "
            while index < scalars.endIndex {
                let next = scalars[index]
                index = scalars.index(after: index)
                if next == "\u{07}" || (previous == "\u{1B}" && next == "\\") { return index }
                previous = next
            }
            return nil
        case " "..."~":
            return index
        default:
            return nil
        }
    }
}
