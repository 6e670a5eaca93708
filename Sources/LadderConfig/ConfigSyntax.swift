/// The part of TOML a config file of ladder's may use, checked before TOMLKit reads it:
/// comments, `[section]` headers, and settings `name = value` where a value is a string
/// (`"x"` or `'x'`), a bare word or number, or an array of those over one or more lines.
///
/// TOMLKit's C++ parser aborts the process on some malformed input (`[é]`, `x = [}]`), so it
/// only ever sees text in this shape; anything else is a problem on its line. Nothing ladder
/// reads needs more (no inline tables, dotted names or multi-line strings).
struct ConfigSyntax {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1

    struct Problem: Error {
        let line: Int
        let message: String
    }

    /// The first place `text` leaves the shape, or nil.
    static func firstProblem(in text: String) -> Problem? {
        var scanner = ConfigSyntax(bytes: Array(text.utf8))
        do {
            try scanner.document()
            return nil
        } catch {
            return error
        }
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }  // a byte order mark
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func problem(_ message: String) -> Problem { Problem(line: line, message: message) }

    private static let setting = "a setting is name = \"text\", or name = [\"text\", …]"

    private mutating func document() throws(Problem) {
        while current != nil {
            skipSpaces()
            switch current {
            case nil: return
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "#"): try endOfLine()
            case UInt8(ascii: "["): try header()
            default: try setting()
            }
        }
    }

    private mutating func skipSpaces() {
        while current == UInt8(ascii: " ") || current == UInt8(ascii: "\t") { index += 1 }
    }

    /// Spaces, perhaps a comment, then the end of the line (or of the file).
    private mutating func endOfLine() throws(Problem) {
        skipSpaces()
        if current == UInt8(ascii: "#") {
            while let byte = current, byte != UInt8(ascii: "\n") {
                if byte < 0x20 && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\r") {
                    throw problem("a control character in a comment")
                }
                index += 1
            }
        }
        if current == UInt8(ascii: "\r") { index += 1 }
        switch current {
        case nil: return
        case UInt8(ascii: "\n"):
            index += 1
            line += 1
        default: throw problem("more on the line than one setting or section; " + Self.setting)
        }
    }

    private mutating func header() throws(Problem) {
        index += 1
        let double = current == UInt8(ascii: "[")
        if double { index += 1 }
        skipSpaces()
        try name("a section header names a section, such as [keys] or [theme]")
        skipSpaces()
        guard current == UInt8(ascii: "]") else {
            throw problem("a section header names a section, such as [keys] or [theme]")
        }
        index += 1
        if double {
            guard current == UInt8(ascii: "]") else {
                throw problem("a section header names a section, such as [keys] or [theme]")
            }
            index += 1
        }
        try endOfLine()
    }

    private mutating func setting() throws(Problem) {
        try name(Self.setting)
        skipSpaces()
        guard current == UInt8(ascii: "=") else { throw problem(Self.setting) }
        index += 1
        skipSpaces()
        try value(depth: 0)
        try endOfLine()
    }

    /// A bare name (letters, digits, `-`, `_`) or a one-line quoted one.
    private mutating func name(_ message: String) throws(Problem) {
        if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") { return try string() }
        let start = index
        while let byte = current, Self.isBare(byte) { index += 1 }
        guard index > start else { throw problem(message) }
    }

    private static func isBare(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    private mutating func value(depth: Int) throws(Problem) {
        switch current {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): try string()
        case UInt8(ascii: "["): try array(depth: depth + 1)
        case let byte? where Self.isBare(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "."):
            // A number, true, false or a date: TOMLKit reads it; ladder says if the type is wrong.
            while let next = current,
                Self.isBare(next) || [UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: ":")].contains(next)
            {
                index += 1
            }
        default:
            throw problem("a value is \"text\", a word or number, or [a list of them]")
        }
    }

    private mutating func array(depth: Int) throws(Problem) {
        guard depth <= 8 else { throw problem("lists nested more than 8 deep") }
        index += 1
        var expectingValue = true
        while true {
            // Spaces, line breaks and comments between items.
            skipSpaces()
            switch current {
            case nil: throw problem("a list that is never closed with ]")
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "#"):
                try endOfLine()
                continue
            case UInt8(ascii: "]"):
                index += 1
                return
            case UInt8(ascii: ","):
                guard !expectingValue else { throw problem("a comma with no value before it in a list") }
                index += 1
                expectingValue = true
            default:
                guard expectingValue else { throw problem("values in a list are separated by commas") }
                try value(depth: depth)
                expectingValue = false
            }
        }
    }

    /// A one-line string: "basic", with TOML's escapes, or 'literal'.
    private mutating func string() throws(Problem) {
        let quote = bytes[index]
        index += 1
        if current == quote, index + 1 < bytes.count, bytes[index + 1] == quote {
            throw problem("multi-line strings (\"\"\") are not part of ladder's config")
        }
        while let byte = current {
            switch byte {
            case quote:
                index += 1
                return
            case UInt8(ascii: "\\") where quote == UInt8(ascii: "\""):
                index += 1
                guard let escape = current else { break }
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "b"), UInt8(ascii: "t"), UInt8(ascii: "n"),
                    UInt8(ascii: "f"), UInt8(ascii: "r"):
                    index += 1
                case UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let count = escape == UInt8(ascii: "u") ? 4 : 8
                    index += 1
                    let digits = bytes[index..<min(bytes.count, index + count)]
                    guard digits.count == count, digits.allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit }),
                        let value = UInt32(String(decoding: digits, as: UTF8.self), radix: 16),
                        Unicode.Scalar(value) != nil
                    else {
                        throw problem(
                            "\\\(Character(Unicode.Scalar(escape))) needs \(count) hex digits naming a character")
                    }
                    index += count
                default:
                    throw problem("an unknown escape in a string; write \\\\ for a backslash")
                }
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                throw problem("a string that is never closed on its line")
            case _ where byte < 0x20 && byte != UInt8(ascii: "\t") || byte == 0x7F:
                throw problem("a control character in a string; write it as an escape such as \\u001b")
            default:
                index += 1
            }
        }
        throw problem("a string that is never closed on its line")
    }
}
