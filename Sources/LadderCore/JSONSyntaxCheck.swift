/// Finds where a JSON text stops being valid, for error messages with a line and column.
///
/// JSONDecoder only says "not valid JSON", even of valid JSON it cannot read; a person fixing
/// a hand-written file needs to know where and what. This scanner checks syntax (RFC 8259)
/// and stops at the first problem. It also finds, in valid JSON, what the decoder would drop or
/// refuse without saying where: a key given twice in one object (compared as the decoder
/// compares them, escapes decoded and canonically equivalent text equal, so `"a"` and
/// `"\u0061"`, or `"é"` and `"e\u0301"`, are one key), an escape naming half a character (a
/// lone surrogate), and, where only whole numbers are expected, any other number.
struct JSONSyntaxCheck {
    struct Failure: Error, Equatable, CustomStringConvertible {
        let line: Int
        let column: Int
        let message: String
        /// Where in the document it is (`ratings.x.rating`); empty at the top.
        var path = ""
        /// False when the text is valid JSON whose content the decoder cannot read.
        var isSyntax = true

        var description: String { "line \(line), column \(column): \(message)" }
    }

    /// What numbers the file may hold.
    enum Numbers {
        case any
        /// Integers that fit in 64 bits: every number of a progress file.
        case whole
    }

    /// Deeper nesting is refused here, before JSONDecoder sees it: FoundationEssentials'
    /// decoder traps (instead of throwing) on input nested past its own limit of 512,
    /// which the catalog fuzzer found.
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private let numbers: Numbers
    private var position = 0
    private var depth = 0
    /// The keys and indices leading to the value being read, for failures.
    private var path: [PathComponent] = []

    private enum PathComponent {
        case key(String)
        case index(Int)
    }

    /// The first problem in `text`, or nil when it is valid JSON with none of the problems above.
    static func firstError(in text: String, numbers: Numbers = .any) -> Failure? {
        var scanner = JSONSyntaxCheck(bytes: Array(text.utf8), numbers: numbers)
        do throws(Failure) {
            try scanner.value()
            scanner.skipWhitespace()
            if scanner.position < scanner.bytes.count {
                throw scanner.failure("unexpected text after the end of the JSON value")
            }
            return nil
        } catch {
            return error
        }
    }

    private init(bytes: [UInt8], numbers: Numbers) {
        self.bytes = bytes
        self.numbers = numbers
    }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private func failure(_ message: String) -> Failure {
        var line = 1
        var lineStart = 0
        for index in 0..<min(position, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<min(position, bytes.count)], as: UTF8.self).count + 1
        let atEnd = position >= bytes.count
        return Failure(line: line, column: column, message: atEnd ? "unexpected end of file; \(message)" : message)
    }

    /// A failure of valid JSON that the decoder would misread: it names the path too.
    private func contentFailure(_ message: String) -> Failure {
        var failure = failure(message)
        failure.isSyntax = false
        failure.path = path.reduce(into: "") { text, component in
            switch component {
            case .key(let key): text += (text.isEmpty ? "" : ".") + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return failure
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
    }

    private mutating func expect(_ character: Character, _ message: String) throws(Failure) {
        skipWhitespace()
        guard current == character.asciiValue else { throw failure(message) }
        position += 1
    }

    private mutating func value() throws(Failure) {
        skipWhitespace()
        guard let byte = current else { throw failure("expected a value") }
        switch byte {
        case UInt8(ascii: "{"): try container(close: "}", isObject: true)
        case UInt8(ascii: "["): try container(close: "]", isObject: false)
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw failure("unexpected character '\(Character(Unicode.Scalar(byte)))'; expected a value")
        }
    }

    private mutating func container(close: Character, isObject: Bool) throws(Failure) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw failure("nested more than \(Self.maximumDepth) deep") }
        position += 1
        skipWhitespace()
        if current == close.asciiValue {
            position += 1
            depth -= 1
            return
        }
        var keys: Set<String> = []
        var index = 0
        while true {
            if isObject {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
                let start = position
                let key = try string(text: true)
                guard keys.insert(key).inserted else {
                    position = start
                    throw contentFailure("the key \"\(key)\" appears twice in this object")
                }
                try expect(":", "expected ':' after the key")
                path.append(.key(key))
            } else {
                path.append(.index(index))
                index += 1
            }
            try value()
            path.removeLast()
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                position += 1
                skipWhitespace()
                if current == close.asciiValue { throw failure("trailing comma before '\(close)'") }
                continue
            }
            try expect(close, "expected ',' or '\(close)'")
            depth -= 1
            return
        }
    }

    /// Reads a string; returns its text, escapes decoded, when `text` is set (keys). Escapes
    /// are checked either way.
    @discardableResult
    private mutating func string(text: Bool = false) throws(Failure) -> String {
        let start = position
        position += 1
        var hasEscapes = false
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                let body = bytes[(start + 1)..<(position - 1)]
                if hasEscapes { return try decodeEscapes(startingAt: start + 1) }
                return text ? String(decoding: body, as: UTF8.self) : ""
            case UInt8(ascii: "\\"):
                hasEscapes = true
                position += 2
            case 0x00..<0x20:
                throw failure("control character inside a string (write it as an escape such as \\n)")
            default:
                position += 1
            }
        }
        position = start
        throw failure("this string is never closed")
    }

    /// The text of the string whose body starts at `start` and ends before `position - 1`,
    /// escapes decoded; a bad escape or a lone surrogate is a failure at the escape.
    private mutating func decodeEscapes(startingAt start: Int) throws(Failure) -> String {
        let end = position - 1
        var scalars = String.UnicodeScalarView()
        var plain = start
        var index = start
        func hex(_ at: Int) -> UInt32? {
            guard at + 4 <= end else { return nil }
            var value: UInt32 = 0
            for byte in bytes[at..<(at + 4)] {
                guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        while index < end {
            guard bytes[index] == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            scalars.append(contentsOf: String(decoding: bytes[plain..<index], as: UTF8.self).unicodeScalars)
            let escape = index
            let letter = bytes[index + 1]
            index += 2
            switch letter {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(Unicode.Scalar(letter))
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                guard let unit = hex(index) else {
                    position = escape
                    throw failure("\\u needs four hex digits")
                }
                index += 4
                var value = unit
                if (0xD800...0xDBFF).contains(unit), index + 6 <= end, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u"), let low = hex(index + 2), (0xDC00...0xDFFF).contains(low)
                {
                    value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                guard let scalar = Unicode.Scalar(value) else {
                    position = escape
                    throw contentFailure(
                        "\\u\(String(unit, radix: 16)) is half of a character (a lone surrogate); write the whole character"
                    )
                }
                scalars.append(scalar)
            default:
                position = escape
                throw failure("unknown escape \\\(Character(Unicode.Scalar(letter)))")
            }
            plain = index
        }
        scalars.append(contentsOf: String(decoding: bytes[plain..<end], as: UTF8.self).unicodeScalars)
        return String(scalars)
    }

    private mutating func literal(_ word: String) throws(Failure) {
        let start = position
        for expected in word.utf8 {
            guard current == expected else {
                position = start
                throw failure("expected a value (a string, number, object, array, true, false or null)")
            }
            position += 1
        }
    }

    private mutating func number() throws(Failure) {
        let start = position
        while let byte = current, "+-.eE0123456789".utf8.contains(byte) { position += 1 }
        if position == start + 1 && bytes[start] == UInt8(ascii: "-") { throw failure("invalid number") }
        // JSON's grammar: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
        var cursor = start
        func digits() -> Int {
            let first = cursor
            while cursor < position, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[cursor]) { cursor += 1 }
            return cursor - first
        }
        if bytes[cursor] == UInt8(ascii: "-") { cursor += 1 }
        let integerStart = cursor
        let integerDigits = digits()
        var valid = integerDigits > 0 && !(integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0"))
        if valid, cursor < position, bytes[cursor] == UInt8(ascii: ".") {
            cursor += 1
            valid = digits() > 0
        }
        if valid, cursor < position, bytes[cursor] == UInt8(ascii: "e") || bytes[cursor] == UInt8(ascii: "E") {
            cursor += 1
            if cursor < position, bytes[cursor] == UInt8(ascii: "+") || bytes[cursor] == UInt8(ascii: "-") {
                cursor += 1
            }
            valid = digits() > 0
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard valid, cursor == position else {
            position = start
            throw failure("\(text) is not a number as JSON writes one")
        }
        switch numbers {
        case .whole where Int64(text) == nil:
            position = start
            let whole = text.utf8.allSatisfy {
                $0 == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
            }
            throw contentFailure(whole ? "\(text) is too large a number" : "expected a whole number, not \(text)")
        case .any where Double(text)?.isFinite == false:
            position = start
            throw contentFailure("\(text) is too large a number")
        default:
            break
        }
    }
}
