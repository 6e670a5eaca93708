import LadderCore
import LadderText

/// A small text editor for a piece of evidence: the text wraps over as many lines as it needs,
/// the cursor moves by character (double-width ones included) and by wrapped line. Tab moves
/// to the day it happened (today for a new entry) and back.
struct NoteEditor: Equatable {
    let skillID: String
    let skillSummary: String
    /// The entry being edited; nil for a new one.
    let editing: EvidenceEntry?
    /// The last day evidence can be of.
    let today: String
    private(set) var text: [Character]
    /// Position in `text`, 0...text.count.
    private(set) var cursor: Int
    /// The day, as typed so far.
    private(set) var dateText: [Character]
    /// Whether keys go to the day rather than the text.
    private(set) var editsDate = false
    /// Just tabbed to the day: a digit typed now starts a new one, as in a selected field.
    private var dateSelected = false
    /// Why the last Enter did not save, shown in the box until the next key.
    var problem: String?

    init(skill: SkillEntry, editing: EvidenceEntry? = nil, date today: String) {
        skillID = skill.id
        skillSummary = skill.summary
        self.editing = editing
        self.today = today
        text = Array(editing?.text ?? "")
        cursor = text.count
        dateText = Array(editing?.date ?? today)
    }

    var note: String { String(text) }
    var date: String { String(dateText) }

    /// Why the day cannot be saved, or nil: evidence is of a real day that has happened.
    var dateProblem: String? {
        guard !date.isEmpty else { return "Give the day it happened as YYYY-MM-DD, such as \(today)" }
        guard ProgressFile.isDate(date) else { return "“\(date)” is not a day: give YYYY-MM-DD, such as \(today)" }
        return date > today ? "\(date) is after today: evidence is what has happened" : nil
    }

    /// The day field takes digits and dashes, ten at most.
    private mutating func editDate(_ key: Key, action: Action?) -> Bool {
        switch (key, action) {
        case (.character(let character), _) where character.isASCII && (character.isNumber || character == "-"):
            if dateSelected { dateText.removeAll() }
            if dateText.count < 10 { dateText.append(character) }
        case (.character, _): problem = "The day takes digits and dashes: YYYY-MM-DD"
        case (_, .deleteBackward?): if !dateText.isEmpty { dateText.removeLast() }
        case (_, .clearText?): dateText.removeAll()
        default: return false
        }
        return true
    }

    mutating func insert(_ character: Character) {
        guard DisplayWidth.of(character) > 0 else { return }
        text.insert(character, at: cursor)
        cursor += 1
    }

    mutating func deleteBackward() {
        guard cursor > 0 else { return }
        text.remove(at: cursor - 1)
        cursor -= 1
    }

    mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: cursor)
    }

    mutating func moveLeft() { cursor = max(0, cursor - 1) }
    mutating func moveRight() { cursor = min(text.count, cursor + 1) }

    /// To the start or end of the wrapped line the cursor is on.
    mutating func moveToLineStart(width: Int) {
        let (line, _) = cursorLocation(width: width)
        cursor = lines(width: width)[line].start
    }

    /// On a wrapped line that continues, its end is before the space it breaks at (the
    /// position after that space is the next line's start).
    mutating func moveToLineEnd(width: Int) {
        let wrapped = lines(width: width)
        let (line, _) = cursorLocation(width: width)
        cursor = line == wrapped.count - 1 ? wrapped[line].end : max(wrapped[line].start, wrapped[line].end - 1)
    }

    /// To the same column on the wrapped line above or below (or as near as that line allows).
    mutating func moveVertically(by delta: Int, width: Int) {
        let wrapped = lines(width: width)
        let (line, column) = cursorLocation(width: width)
        let target = line + delta
        guard wrapped.indices.contains(target) else {
            cursor = delta < 0 ? 0 : text.count
            return
        }
        var position = wrapped[target].start
        var used = 0
        while position < wrapped[target].end {
            let characterWidth = DisplayWidth.of(text[position])
            if used + characterWidth > column { break }
            used += characterWidth
            position += 1
        }
        cursor = position
    }

    /// The text wrapped to `width` columns at spaces (a word longer than a line is broken):
    /// each line's character range, a soft-wrapped line keeping the space it breaks at. A line
    /// is always left room for the cursor at its end, so the last line can be one past full.
    func lines(width: Int) -> [(start: Int, end: Int)] {
        var result: [(Int, Int)] = []
        var start = 0, used = 0
        var lastSpace: Int?
        for (index, character) in text.enumerated() {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 {
                let end = lastSpace.map { $0 + 1 } ?? index
                result.append((start, end))
                start = end
                used = text[start..<index].reduce(0) { $0 + DisplayWidth.of($1) }
                lastSpace = nil
            }
            if character == " " { lastSpace = index }
            used += characterWidth
        }
        result.append((start, text.count))
        return result
    }

    /// The cursor's wrapped line and display column.
    func cursorLocation(width: Int) -> (line: Int, column: Int) {
        let wrapped = lines(width: width)
        // At a break, the cursor belongs to the start of the next line.
        let line = wrapped.lastIndex { $0.start <= cursor } ?? 0
        let column = text[wrapped[line].start..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        return (line, column)
    }

    /// Handles an editing key (letters are typed; the field's key table does the rest);
    /// returns false for keys it does not use.
    mutating func edit(_ key: Key, keys: KeyMap = .standard, width: Int) -> Bool {
        problem = nil
        let action = keys.action(for: key, in: keyContext)
        if action == .switchPane {
            editsDate.toggle()
            dateSelected = editsDate
            return true
        }
        if editsDate {
            defer { dateSelected = false }
            return editDate(key, action: action)
        }
        if case .character(let character) = key {
            insert(character)
            return true
        }
        switch action {
        case .deleteBackward?: deleteBackward()
        case .deleteForward?: deleteForward()
        case .cursorLeft?: moveLeft()
        case .cursorRight?: moveRight()
        case .lineStart?: moveToLineStart(width: width)
        case .lineEnd?: moveToLineEnd(width: width)
        case .up?: moveVertically(by: -1, width: width)
        case .down?: moveVertically(by: 1, width: width)
        case .clearText?:
            text.removeAll()
            cursor = 0
        default: return false
        }
        return true
    }

    /// Columns of text in the box, set by `layout`.
    private var textWidth = 72
}

/// The editor as an overlay: Enter saves (a day that is not one keeps it open), Esc closes.
extension NoteEditor: Overlay {
    var keyContext: KeyContext { editsDate ? .evidenceDay : .evidenceText }

    var unsavedWork: String? {
        note == (editing?.text ?? "") && date == (editing?.date ?? today)
            ? nil : "The evidence you are writing is not saved."
    }

    mutating func handle(_ key: Key, context: ScreenContext) -> OverlayStep {
        switch context.keys.action(for: key, in: keyContext) {
        case .save?:
            if let dateProblem {
                // Kept open: the text typed so far is not lost to a mistyped day.
                problem = dateProblem
                return .stay
            }
            let text = note.trimmingWhitespace()
            guard !text.isEmpty else {
                let delete = editing == nil ? "" : "; \(context.keyName(.delete, in: .evidence)) deletes an entry"
                return .close([.status("Empty evidence is not saved" + delete)])
            }
            if let entry = editing {
                return .close([
                    .record(
                        [.editEvidence(skill: skillID, addedAt: entry.addedAt, date: date, text: text)],
                        done: "Saved the evidence on: \(skillSummary)")
                ])
            }
            return .close([
                .record(
                    [.addEvidence(skill: skillID, EvidenceEntry(date: date, text: text, addedAt: context.now))],
                    done: "Added evidence on: \(skillSummary)")
            ])
        case .back?:
            // Text typed is not thrown away on one key: asked first, no returns to it.
            guard unsavedWork == nil else { return .close([.open(Question.discarding(self))]) }
            return .close([.status("Evidence not changed")])
        default:
            _ = edit(key, keys: context.keys, width: textWidth)
            return .stay
        }
    }

    mutating func layout(in area: Rect, screen: Rect, context: ScreenContext) {
        textWidth = min(screen.width - 4, 76) - 4
    }

    /// Draws the editor as a box over the middle of the screen.
    func render(into grid: inout Grid, area: Rect, screen: Rect, context: ScreenContext) -> ClickMap {
        let wrapped = lines(width: textWidth)
        let visibleLines = min(max(3, wrapped.count), max(3, screen.height - 11))
        let box = grid.drawCentredBox(width: textWidth + 4, height: visibleLines + 7)
        let (x, y) = (box.x, box.y)
        grid.put(editing == nil ? "New evidence" : "Evidence, edited", x: x + 2, y: y + 1, style: .heading)
        grid.put(TextLayout.truncate(skillSummary, width: textWidth), x: x + 2, y: y + 2, style: .dim)
        // The day it happened: a field of its own, ten cells wide.
        let dayX = grid.put("Happened on ", x: x + 2, y: y + 3)
        grid.put(TextLayout.pad(date, width: 10), x: dayX, y: y + 3, style: editsDate ? .heading : .normal)
        grid.restyle(row: y + 3, from: dayX, width: 10) { $0.underline = true }
        if date == today { grid.put("(today)", x: dayX + 11, y: y + 3, style: .dim) }
        if let problem { grid.put(problem, x: x + 2, y: y + 4, style: .error, maxWidth: textWidth) }

        let (cursorLine, cursorColumn) = cursorLocation(width: textWidth)
        let firstLine = max(0, min(cursorLine - visibleLines + 1, wrapped.count - visibleLines))
        for (row, line) in wrapped.dropFirst(firstLine).prefix(visibleLines).enumerated() {
            grid.put(String(text[line.start..<line.end]), x: x + 2, y: y + 5 + row)
        }
        // Text scrolled out of the box is said, as help's is.
        if firstLine > 0 { grid.put(" ▴ more ", x: x + box.width - 10, y: y, style: .dim) }
        if firstLine + visibleLines < wrapped.count {
            grid.put(" ▾ more ", x: x + box.width - 10, y: y + box.height - 1, style: .dim)
        }
        // The cursor: the cell under it in reverse video (the terminal's own cursor stays hidden).
        if editsDate {
            grid.restyle(row: y + 3, from: dayX + min(dateText.count, 9), width: 1) { $0.reverse = true }
        } else {
            let cursorY = y + 5 + cursorLine - firstLine
            let cursorX = x + 2 + cursorColumn
            let cursorWidth = cursor < text.count ? max(1, DisplayWidth.of(text[cursor])) : 1
            grid.restyle(row: cursorY, from: cursorX, width: cursorWidth) { $0.reverse = true }
        }
        let format = editsDate ? "  type YYYY-MM-DD" : ""
        let hint = context.keys.footer(for: keyContext, width: textWidth - format.count) + format
        grid.put(hint, x: x + 2, y: y + box.height - 2, style: .dim, maxWidth: textWidth)
        return ClickMap()
    }

    /// "Writing evidence: enter saves, esc cancels".
    func renderFooter(into grid: inout Grid, y: Int, width: Int, context: ScreenContext) -> Bool {
        let save = context.keyName(.save, in: keyContext), cancel = context.keyName(.back, in: keyContext)
        grid.put(" Writing evidence: \(save) saves, \(cancel) cancels", x: 0, y: y, style: .accent, maxWidth: width)
        return true
    }
}
