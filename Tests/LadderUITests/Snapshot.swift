import Foundation
import LadderText
import LadderUI
import Testing

/// Whole-screen snapshots: a rendered grid compared, as text, with a file under
/// `__Snapshots__`. Run with `LADDER_RECORD_SNAPSHOTS=1` to write new ones; a recording run
/// fails on purpose, so a snapshot is never accepted without a second, comparing run.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "__Snapshots__")

    static func expect(_ grid: Grid, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        let actual = render(grid)
        let recording = ProcessInfo.processInfo.environment["LADDER_RECORD_SNAPSHOTS"] == "1"
        guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded snapshot \(name); check it and run again", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "screen differs from \(name).txt", sourceLocation: sourceLocation)
    }

    /// The grid framed so its size and trailing blank rows show in a diff.
    static func render(_ grid: Grid) -> String {
        let border = "+" + String(repeating: "-", count: grid.width) + "+\n"
        let rows = grid.lines.map { line in
            "|" + line + String(repeating: " ", count: max(0, grid.width - DisplayWidth.of(line))) + "|\n"
        }
        return border + rows.joined() + border + highlights(grid)
    }

    /// Rows with reverse video (the selection, bars), as column ranges: styles a text grid hides.
    static func highlights(_ grid: Grid) -> String {
        var text = ""
        for row in 0..<grid.height {
            var ranges: [String] = []
            var start: Int?
            for column in 0...grid.width {
                let reversed = column < grid.width && grid[column, row].style.reverse
                if reversed && start == nil { start = column }
                if !reversed, let first = start {
                    ranges.append(first == column - 1 ? "\(first)" : "\(first)-\(column - 1)")
                    start = nil
                }
            }
            if !ranges.isEmpty { text += "reverse row \(row): columns \(ranges.joined(separator: ", "))\n" }
        }
        return text
    }
}
