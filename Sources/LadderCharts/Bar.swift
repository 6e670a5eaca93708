/// A bar that reads without colour, `[###.......]`: the one drawing of "how much of it".
public enum Bar {
    /// `cells` cells with `filled / total` of them filled (rounded down; empty when total is 0).
    public static func text(filled: Int, of total: Int, cells: Int) -> String {
        let full = filledCells(filled, of: total, cells: cells)
        return "[" + String(repeating: "#", count: full) + String(repeating: ".", count: cells - full) + "]"
    }

    /// How many of `cells` cells `filled / total` fills.
    public static func filledCells(_ filled: Int, of total: Int, cells: Int) -> Int {
        total == 0 ? 0 : max(0, min(cells, filled * cells / total))
    }
}
