import LadderText

/// How a cell looks. Roles say what the text is; the terminal decides how a role looks with
/// the colours it has (and without any), so screens never pick colours themselves.
public struct Style: Hashable, Sendable {
    public enum Role: UInt8, Sendable, CaseIterable {
        case normal, title, heading, dim, accent, ticked, consensus, warning, error
    }

    public var role: Role
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ role: Role = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let normal = Style()
    public static let title = Style(.title, bold: true)
    public static let heading = Style(.heading, bold: true)
    public static let dim = Style(.dim)
    public static let accent = Style(.accent)
    public static let ticked = Style(.ticked)
    public static let consensus = Style(.consensus, bold: true)
    public static let warning = Style(.warning, bold: true)
    public static let error = Style(.error, bold: true, reverse: true)
    /// The selection: reverse video, so it shows without colour.
    public static let selected = Style(.normal, reverse: true)

    /// This style with reverse video, as for a selected row.
    public var selected: Style {
        var style = self
        style.reverse = true
        return style
    }
}

/// One screen position: a character and how it looks. A double-width character fills its
/// cell and the next, which holds a `continuation` cell.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var width: UInt8
    public var style: Style

    public static let blank = Cell(character: " ", width: 1, style: .normal)
    static let continuation = Cell(character: " ", width: 0, style: .normal)

    public var isContinuation: Bool { width == 0 }
}

/// An in-memory screen: what the terminal should show, testable as text.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` (sanitised) from column `x` on row `y`, clipped to `maxWidth` columns and
    /// to the grid. Returns the column after the last one written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0 && y < height else { return x }
        let limit = min(width, x + (maxWidth ?? width))
        var column = x
        for character in Sanitizer.clean(text) {
            let characterWidth = DisplayWidth.of(character)
            if characterWidth == 0 { continue }
            if column + characterWidth > limit { break }
            if column >= 0 {
                clearHalfOfWideCharacter(at: column, y: y)
                if characterWidth == 2 { clearHalfOfWideCharacter(at: column + 1, y: y) }
                cells[y * width + column] = Cell(character: character, width: UInt8(characterWidth), style: style)
                if characterWidth == 2 {
                    cells[y * width + column + 1] = Cell(character: " ", width: 0, style: style)
                }
            }
            column += characterWidth
        }
        return column
    }

    /// Fills a rectangle with spaces in `style`.
    public mutating func fill(x: Int, y: Int, width fillWidth: Int, height fillHeight: Int, style: Style = .normal) {
        for row in max(0, y)..<min(height, y + fillHeight) {
            for column in max(0, x)..<min(width, x + fillWidth) {
                clearHalfOfWideCharacter(at: column, y: row)
                cells[row * width + column] = Cell(character: " ", width: 1, style: style)
            }
        }
    }

    /// Gives a whole row `style` (keeping its text), as for a selected line.
    public mutating func restyle(
        row y: Int, from x: Int = 0, width restyleWidth: Int? = nil, _ change: (inout Style) -> Void
    ) {
        guard y >= 0 && y < height else { return }
        for column in max(0, x)..<min(width, x + (restyleWidth ?? width)) {
            change(&cells[y * width + column].style)
        }
    }

    /// Clears a rectangle and draws a box around its edge: the one box of help, prompts and
    /// the note editor.
    mutating func drawBox(_ rect: Rect) {
        // A blank column each side, so the screen beneath does not run into the border.
        let left = max(0, rect.x - 1), right = min(width, rect.x + rect.width + 1)
        fill(x: left, y: rect.y, width: right - left, height: rect.height)
        put("┌" + String(repeating: "─", count: max(0, rect.width - 2)) + "┐", x: rect.x, y: rect.y, style: .dim)
        for row in 1..<max(1, rect.height - 1) {
            put("│", x: rect.x, y: rect.y + row, style: .dim)
            put("│", x: rect.x + rect.width - 1, y: rect.y + row, style: .dim)
        }
        put(
            "└" + String(repeating: "─", count: max(0, rect.width - 2)) + "┘", x: rect.x, y: rect.y + rect.height - 1,
            style: .dim)
    }

    /// Draws a box of this size over the middle of the grid, below the header row, and returns
    /// where it is; the size is cut to leave a margin of two columns and a line each side.
    mutating func drawCentredBox(width boxWidth: Int, height boxHeight: Int) -> Rect {
        let fitted = (width: min(boxWidth, width - 4), height: min(boxHeight, height - 2))
        let box = Rect(
            x: (width - fitted.width) / 2, y: max(1, (height - fitted.height) / 2), width: fitted.width,
            height: fitted.height)
        drawBox(box)
        return box
    }

    /// The grid as lines of text, trailing spaces trimmed: what a test compares.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                let cell = self[column, row]
                if !cell.isContinuation { line.append(cell.character) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The grid as one string, one line per row.
    public var text: String { lines.joined(separator: "\n") }

    /// Rows whose cells differ from `other` (all rows when sizes differ): what to redraw.
    public func changedRows(since other: Grid?) -> [Int] {
        guard let other, other.width == width, other.height == height else { return Array(0..<height) }
        return (0..<height).filter { row in
            cells[row * width..<(row + 1) * width] != other.cells[row * width..<(row + 1) * width]
        }
    }

    /// Overwriting one half of a double-width character blanks the other half.
    private mutating func clearHalfOfWideCharacter(at x: Int, y: Int) {
        guard x >= 0 && x < width else { return }
        let index = y * width + x
        if cells[index].isContinuation && x > 0 {
            cells[index - 1] = .blank
        } else if cells[index].width == 2 && x + 1 < width {
            cells[index + 1] = .blank
        }
    }
}
