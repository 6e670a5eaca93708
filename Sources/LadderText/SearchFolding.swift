/// Case- and diacritic-insensitive matching without Foundation.
///
/// Foundation's `folding(options:)` is not in FoundationEssentials, and full Foundation costs
/// start-up time and memory. Latin letters with diacritics are folded through their Unicode
/// names ("LATIN SMALL LETTER E WITH ACUTE" -> "e"); combining marks are dropped.
public enum SearchFolding {
    /// `text` folded (see `fold`) as UTF-8 bytes, for fast substring search. ASCII text, the
    /// common case, is lowercased byte by byte.
    public static func foldedBytes(_ text: String) -> [UInt8] {
        var text = text
        let ascii: [UInt8]? = text.withUTF8 { utf8 in
            var bytes = [UInt8](repeating: 0, count: utf8.count)
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x80 else { return nil }
                bytes[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            }
            return bytes
        }
        return ascii ?? Array(fold(text).utf8)
    }

    /// Whether `needle` occurs in `haystack` (bytes).
    public static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        firstOffset(of: needle, in: haystack) != nil
    }

    /// Where `needle` first occurs in `haystack` (bytes), or nil.
    public static func firstOffset(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first else { return 0 }
        guard haystack.count >= needle.count else { return nil }
        let last = haystack.count - needle.count
        var index = 0
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < needle.count && haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// `text` lowercased, with diacritics removed from Latin letters and combining marks dropped.
    public static func fold(_ text: some StringProtocol) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                folded.append(asciiLowercase(scalar))
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark: continue
            default: break
            }
            if let base = latinBase(of: scalar) {
                folded.append(contentsOf: base.unicodeScalars)
            } else {
                folded.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(folded)
    }

    private static func asciiLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
    }

    /// The plain lowercase letters behind a Latin letter with marks: é -> "e", Æ -> "ae", ß -> "ss".
    private static func latinBase(of scalar: Unicode.Scalar) -> String? {
        guard let name = scalar.properties.name else { return nil }
        for prefix in ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER "] where name.hasPrefix(prefix) {
            let letters = name.dropFirst(prefix.count).prefix { $0 != " " }
            if letters == "SHARP" { return "ss" }
            guard letters.count <= 2, letters.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
            return letters.lowercased()
        }
        return nil
    }
}
