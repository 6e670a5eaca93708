import Foundation

/// Usage: CatalogEmbedder OUTPUT.swift INPUT.json...
/// Writes `BundledCatalog.files`, one raw string literal per input file.
@main
enum CatalogEmbedder {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard let outputPath = arguments.first else {
            FileHandle.standardError.write(Data("usage: CatalogEmbedder OUTPUT.swift INPUT.json...\n".utf8))
            exit(2)
        }
        var swift = """
            // Generated at build time by CatalogEmbedder from Resources/catalog. Do not edit.

            extension BundledCatalog {
                public static let files: [CatalogFile] = [

            """
        for inputPath in arguments.dropFirst() {
            let url = URL(fileURLWithPath: inputPath)
            let text = try String(contentsOf: url, encoding: .utf8)
            let delimiter = rawDelimiter(for: text)
            swift += "CatalogFile(name: \(String(reflecting: url.lastPathComponent)), text: \(delimiter)\"\"\"\n"
            swift += text.hasSuffix("\n") ? text : text + "\n"
            swift += "\"\"\"\(delimiter)),\n"
        }
        swift += "    ]\n}\n"
        try swift.write(to: URL(fileURLWithPath: outputPath), atomically: true, encoding: .utf8)
    }

    /// A raw string delimiter longer than any run of `#` in `text`, so no content can close the literal.
    static func rawDelimiter(for text: String) -> String {
        var longest = 0
        var current = 0
        for character in text {
            current = character == "#" ? current + 1 : 0
            longest = max(longest, current)
        }
        return String(repeating: "#", count: longest + 1)
    }
}
