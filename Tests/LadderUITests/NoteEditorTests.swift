import LadderCore
@testable import LadderUI
import Testing

@Suite struct NoteEditorTests {
    let skill = SkillEntry(
        id: "s", levels: ["pm"], source: "x", expert: "y", area: "z", summary: "S", quote: "q", locator: "l")

    private func editor(_ text: String = "") -> NoteEditor {
        NoteEditor(
            skill: skill,
            editing: text.isEmpty
                ? nil : EvidenceEntry(date: "2026-01-01", text: text, addedAt: "2026-01-01T00:00:00Z"),
            date: "2026-02-03")
    }

    @Test func startsAtTheEndOfTheExistingNote() {
        let editor = editor("led launch")
        #expect(editor.cursor == 10)
        #expect(editor.note == "led launch")
    }

    @Test func insertsAndDeletesAtTheCursor() {
        var editor = editor("ac")
        editor.moveLeft()
        editor.insert("b")
        #expect(editor.note == "abc")
        editor.deleteBackward()
        #expect(editor.note == "ac")
        editor.deleteForward()
        #expect(editor.note == "a")
        editor.moveRight()
        editor.moveRight()
        editor.deleteForward()
        #expect(editor.note == "a")
    }

    @Test func wideCharactersAreOneStepAndTwoColumns() {
        var editor = editor("製品x")
        editor.moveLeft()
        #expect(editor.cursorLocation(width: 20) == (0, 4))
        editor.moveLeft()
        #expect(editor.cursorLocation(width: 20) == (0, 2))
        editor.deleteBackward()
        #expect(editor.note == "品x")
    }

    @Test func wrapsByColumnsAndNeverSplitsAWideCharacter() {
        // Width 6 leaves 5 columns of text per line (one for the cursor at the end).
        let editor = editor("ab製品cd")
        let lines = editor.lines(width: 6).map { String(editor.text[$0.start..<$0.end]) }
        #expect(lines == ["ab製", "品cd"])
        #expect(editor.cursorLocation(width: 6) == (1, 4))
    }

    @Test func upAndDownKeepTheColumnAsNearAsTheLineAllows() {
        var editor = editor("abcde製品fg")
        // Lines at width 6: "abcde", "製品f", "g".
        #expect(editor.lines(width: 6).count == 3)
        editor.moveVertically(by: -1, width: 6)
        #expect(editor.cursorLocation(width: 6) == (1, 0))
        editor.moveToLineEnd(width: 6)
        #expect(editor.cursorLocation(width: 6) == (1, 4))
        editor.moveVertically(by: -1, width: 6)
        #expect(editor.cursorLocation(width: 6) == (0, 4))
        editor.moveToLineStart(width: 6)
        #expect(editor.cursor == 0)
        editor.moveVertically(by: -1, width: 6)
        #expect(editor.cursor == 0)
        editor.moveVertically(by: 5, width: 6)
        #expect(editor.cursor == editor.text.count)
    }

    @Test func controlUClearsAndUnknownKeysAreRefused() {
        var editor = editor("draft")
        let cleared = editor.edit(.control("u"), width: 20)
        #expect(cleared && editor.note.isEmpty)
        let unknown = editor.edit(.control("x"), width: 20)
        #expect(!unknown)
    }

    @Test func tabMovesToTheDayWhichTakesDigitsAndDashesOnly() {
        var editor = editor()
        #expect(editor.date == "2026-02-03" && editor.dateProblem == nil)
        #expect(editor.edit(.tab, width: 20) && editor.editsDate)
        _ = editor.edit(.control("u"), width: 20)
        for character in "2026/01-3a1x" { _ = editor.edit(.character(character), width: 20) }
        #expect(editor.date == "202601-31")
        #expect(editor.dateProblem == "“202601-31” is not a day: give YYYY-MM-DD, such as 2026-02-03")
        _ = editor.edit(.control("u"), width: 20)
        for character in "2026-02-04" { _ = editor.edit(.character(character), width: 20) }
        #expect(editor.dateProblem == "2026-02-04 is after today: evidence is what has happened")
        _ = editor.edit(.backspace, width: 20)
        _ = editor.edit(.character("3"), width: 20)
        #expect(editor.dateProblem == nil)
        // Ten characters at most; the text is untouched by all of it.
        _ = editor.edit(.character("9"), width: 20)
        #expect(editor.date == "2026-02-03" && editor.note.isEmpty)
        #expect(editor.edit(.backTab, width: 20) && !editor.editsDate)
    }

    @Test func aDayTypedRightAfterTabReplacesTodays() {
        var editor = editor()
        _ = editor.edit(.tab, width: 20)
        for character in "2025-11-20" { _ = editor.edit(.character(character), width: 20) }
        #expect(editor.date == "2025-11-20")
        // Back and forth again: Backspace first edits the day rather than replacing it.
        _ = editor.edit(.tab, width: 20)
        _ = editor.edit(.tab, width: 20)
        _ = editor.edit(.backspace, width: 20)
        _ = editor.edit(.character("1"), width: 20)
        #expect(editor.date == "2025-11-21")
    }

    @Test func controlCharactersAreNotInserted() {
        var editor = editor()
        editor.insert("\u{07}")
        editor.insert("\u{1B}")
        #expect(editor.note.isEmpty)
    }
}
