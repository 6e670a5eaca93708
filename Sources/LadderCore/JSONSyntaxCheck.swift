/// Finds where a JSON text stops being valid, for error messages with a line and column.
///
/// JSONDecoder only says "not valid JSON"; a person fixing a hand-written catalog needs to
/// know where. This scanner checks syntax (RFC 8259) and stops at the first problem. It also
/// refuses a key given twice in one object, which JSONDecoder would silently reduce to one.
struct JSONSyntaxCheck {
    struct Failure: Error, Equatable, CustomStringConvertible {
        let line: Int
        let column: Int
        let message: String

        var description: String { "line \(line), column \(column): \(message)" }
    }

    /// Deeper nesting is refused here, before JSONDecoder sees it: FoundationEssentials'
    /// decoder traps (instead of throwing) on input nested past its own limit of 512,
    /// which the catalog fuzzer found.
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0

    /// The first syntax error in `text`, or nil when it is valid JSON.
    static func firstError(in text: String) -> Failure? {
        var scanner = JSONSyntaxCheck(bytes: Array(text.utf8))
        do throws(Failure) {
            try scanner.value()
            scanner.skipWhitespace()
            if scanner.position < scanner.bytes.count { throw scanner.failure("unexpected text after the end of the JSON value") }
            return nil
        } catch {
            return error
        }
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

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
        var keys: Set<ArraySlice<UInt8>> = []
        while true {
            if isObject {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
                let start = position
                try string()
                let key = bytes[(start + 1)..<(position - 1)]
                guard keys.insert(key).inserted else {
                    position = start
                    throw failure("the key \"\(String(decoding: key, as: UTF8.self))\" appears twice in this object")
                }
                try expect(":", "expected ':' after the key")
            }
            try value()
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

    private mutating func string() throws(Failure) {
        let start = position
        position += 1
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return
            case UInt8(ascii: "\\"):
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
    }
}
