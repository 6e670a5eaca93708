/// JSON text that is safe to print: every scalar the sanitiser neutralises (C0 and C1
/// controls, DEL, bidi controls) is written as a `\uXXXX` escape, never raw. A reader of the
/// JSON gets the text exactly; a terminal showing it gets nothing to act on.
public enum JSONText {
    /// A JSON string literal of `text`: quotes, backslashes and the scalars above escaped,
    /// the rest as UTF-8.
    public static func quoted(_ text: String) -> String {
        if text.utf8.allSatisfy(isPlain) {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: append(scalar, to: &result)
            }
        }
        return result + "\""
    }

    /// Appends `quoted(text)` to `bytes` without building a string: a save writes ten
    /// thousand of these.
    public static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        let wrote = text.withUTF8 { utf8 in
            guard utf8.allSatisfy(Self.isPlain) else { return false }
            bytes.append(0x22)
            bytes.append(contentsOf: utf8)
            bytes.append(0x22)
            return true
        }
        if !wrote { bytes.append(contentsOf: quoted(text).utf8) }
    }

    /// A byte that stands for itself inside a JSON string here.
    private static func isPlain(_ byte: UInt8) -> Bool { byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte < 0x7F }

    /// `json`, a JSON text such as `JSONEncoder` writes (C0 controls in strings escaped
    /// already), with DEL, C1 and bidi controls escaped too. Those can only stand inside
    /// strings, where an escape means the same.
    public static func escapingControls(_ json: String) -> String {
        func isRaw(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x7F && Sanitizer.neutralises(scalar) }
        guard json.unicodeScalars.contains(where: isRaw) else { return json }
        var result = ""
        result.reserveCapacity(json.utf8.count + 64)
        for scalar in json.unicodeScalars {
            if isRaw(scalar) { append(scalar, to: &result) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    private static func append(_ scalar: Unicode.Scalar, to result: inout String) {
        guard Sanitizer.neutralises(scalar) else {
            result.unicodeScalars.append(scalar)
            return
        }
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
