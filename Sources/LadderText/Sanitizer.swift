/// Neutralises text that did not come from us before it reaches a screen or a report.
///
/// Catalog and imported files are untrusted: an escape sequence in a cell could move the
/// cursor, change the title or hide text, and a bidi override could reorder what is shown.
public enum Sanitizer {
    /// Replacement shown where a control character was.
    public static let replacement: Character = "\u{FFFD}"

    /// Returns `text` with escape sequences removed, other C0 and C1 controls replaced by
    /// U+FFFD, bidi controls removed, and tabs turned into a space. Newlines are kept only
    /// when `keepNewlines` is true (multi-line text); otherwise they become spaces.
    public static func clean(_ text: String, keepNewlines: Bool = false) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&scalars)
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

    /// Consumes the rest of an escape sequence whose ESC was just read: CSI (`ESC [ ... final`),
    /// OSC / DCS / APC / PM / SOS strings (up to BEL or ESC \), or a two-character escape.
    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = scalars.next() else { return }
        switch introducer {
        case "[":
            while let next = scalars.next() {
                if (0x40...0x7E).contains(next.value) { return }
            }
        case "]", "P", "_", "^", "X":
            var previous: Unicode.Scalar = " "
            while let next = scalars.next() {
                if next == "\u{07}" || (previous == "\u{1B}" && next == "\\") { return }
                previous = next
            }
        default:
            return
        }
    }
}
