/// Input the explorer understands, already decoded from the terminal.
public enum Key: Hashable, Sendable {
    case up, down, left, right
    case enter, escape, backspace, tab, backTab
    case pageUp, pageDown, home, end
    case character(Character)
    /// A control chord, such as Ctrl-C (`control("c")`).
    case control(Character)
    case mouse(MouseEvent)
    /// The terminal's new size.
    case resize(width: Int, height: Int)
    /// Time passed with no input: a chance to notice another instance's saves.
    case idle
}

/// A mouse press or wheel turn at a screen position.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, scrollUp, scrollDown }

    public let kind: Kind
    public let x: Int
    public let y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
