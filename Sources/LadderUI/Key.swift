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

/// One line of the help overlay: the keys and what they do.
struct KeyHelp: Hashable {
    let keys: String
    let action: String

    init(_ keys: String, _ action: String) {
        self.keys = keys
        self.action = action
    }
}

extension Key {
    /// Vim-style and arrow keys as one movement, so screens handle each movement once.
    var movement: Movement? {
        switch self {
        case .up, .character("k"): .up
        case .down, .character("j"): .down
        case .pageUp, .control("b"): .pageUp
        case .pageDown, .control("f"): .pageDown
        case .home, .character("g"): .top
        case .end, .character("G"): .bottom
        default: nil
        }
    }

    /// Esc, Left, h and Backspace all go back.
    var isBack: Bool {
        switch self {
        case .escape, .left, .character("h"), .backspace: true
        default: false
        }
    }

    /// Enter, Right and l all open.
    var isOpen: Bool {
        switch self {
        case .enter, .right, .character("l"): true
        default: false
        }
    }
}

enum Movement {
    case up, down, pageUp, pageDown, top, bottom
}
