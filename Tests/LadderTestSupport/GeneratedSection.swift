import Foundation

/// A part of a document under docs/ that code generates, between a begin marker and
/// `<!-- generated: end -->`. With `LADDER_RECORD_SNAPSHOTS=1` in the environment, reading it
/// also writes `generated` there, and still returns what was there (so the test fails once,
/// and the change is read), as the snapshot tests do.
public struct GeneratedSection {
    public let document: URL
    public let begin: String
    public let end = "<!-- generated: end -->"

    /// - Parameter name: the document's path under docs/ ("keys.md").
    public init(_ name: String, begin: String, testFile: String = #filePath) {
        document = URL(fileURLWithPath: testFile).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/" + name)
        self.begin = begin
    }

    /// The text between the markers; nil when a marker is missing.
    public func current(recording generated: String) throws -> String? {
        let text = try String(contentsOf: document, encoding: .utf8)
        guard let start = text.range(of: begin), let stop = text.range(of: end, range: start.upperBound..<text.endIndex)
        else { return nil }
        if ProcessInfo.processInfo.environment["LADDER_RECORD_SNAPSHOTS"] == "1" {
            try (String(text[..<start.upperBound]) + generated + String(text[stop.lowerBound...]))
                .write(to: document, atomically: true, encoding: .utf8)
        }
        return String(text[start.upperBound..<stop.lowerBound])
    }
}
