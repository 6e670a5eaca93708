@testable import LadderUI
import Testing

@Suite struct GridTests {
    @Test func putClipsToTheGridAndToAMaximumWidth() {
        var grid = Grid(width: 10, height: 2)
        #expect(grid.put("Senior Product Manager", x: 2, y: 0) == 10)
        grid.put("abcdef", x: 0, y: 1, maxWidth: 3)
        #expect(grid.lines == ["  Senior P", "abc"])
    }

    @Test func doubleWidthCharactersTakeTwoCellsAndNeverHalfFit() {
        var grid = Grid(width: 5, height: 1)
        #expect(grid.put("製品管", x: 0, y: 0) == 4)
        #expect(grid.lines == ["製品"])
        #expect(grid[1, 0].isContinuation && grid[3, 0].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(width: 4, height: 1)
        grid.put("製品", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        #expect(grid.lines == [" x品"])
        grid.put("y", x: 2, y: 0)
        #expect(grid.lines == [" xy"])
    }

    @Test func textIsSanitisedOnTheWayIn() {
        var grid = Grid(width: 20, height: 1)
        grid.put("a\u{1B}[2Jb\u{202E}c\u{07}", x: 0, y: 0)
        #expect(grid.lines == ["abc\u{FFFD}"])
    }

    @Test func changedRowsAreOnlyThoseThatDiffer() {
        var before = Grid(width: 5, height: 3)
        before.put("same", x: 0, y: 0)
        var after = before
        after.put("new", x: 0, y: 2)
        after.restyle(row: 1) { $0.reverse = true }
        #expect(after.changedRows(since: before) == [1, 2])
        #expect(after.changedRows(since: nil) == [0, 1, 2])
        #expect(after.changedRows(since: Grid(width: 6, height: 3)) == [0, 1, 2])
    }
}
