/// Terminal column widths of characters, as a terminal (and glibc's `wcwidth`) lays them out.
public enum DisplayWidth {
    /// Columns a character occupies: 0 for marks and invisible format characters,
    /// 2 for East Asian wide and emoji-presentation characters, 1 otherwise.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.contains("\u{FE0F}") && first.properties.isEmoji { return 2 }
        return of(first)
    }

    /// Columns a single scalar occupies (see `of(_: Character)`).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    /// Columns a string occupies.
    public static func of(_ text: some StringProtocol) -> Int {
        // Printable ASCII, nearly all the text there is, takes a column a byte: counted on the
        // bytes, without breaking it into characters (which was most of wrapping a page).
        var columns = 0
        for byte in text.utf8 {
            guard byte >= 0x20 && byte < 0x7F else { return widthOfCharacters(text) }
            columns += 1
        }
        return columns
    }

    private static func widthOfCharacters(_ text: some StringProtocol) -> Int {
        var width = 0
        for character in text { width += of(character) }
        return width
    }

    /// East Asian Wide and Fullwidth blocks (Unicode EastAsianWidth W/F), emoji aside.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
        0x1B000...0x1B2FF, 0x1F200...0x1F251, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
