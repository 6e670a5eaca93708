@preconcurrency import CNcursesw
import LadderUI

#if canImport(Glibc)
import Glibc
#endif

/// Why the explorer cannot start in this terminal. Checked before ncurses is touched, since
/// `initscr` exits the process on an unknown TERM and half-works on a dumb one.
public struct TerminalUnavailable: Error, CustomStringConvertible {
    public let reason: String
    public var description: String { reason }
}

/// The thin ncurses layer: draws grids (only the rows that changed), reads keys, and always
/// gives the terminal back as it found it.
public final class Terminal {
    private var previous: Grid?
    private var colorPairs: [Style.Role: Int16] = [:]
    private let theme: Theme
    private var isOpen = false

    /// Checks that standard input and output are a terminal ncurses can drive.
    public static func checkUsable(environment: [String: String]) throws(TerminalUnavailable) {
        guard isatty(STDOUT_FILENO) == 1 else { throw TerminalUnavailable(reason: "standard output is not a terminal") }
        guard isatty(STDIN_FILENO) == 1 else { throw TerminalUnavailable(reason: "standard input is not a terminal") }
        guard let term = environment["TERM"], !term.isEmpty else {
            throw TerminalUnavailable(reason: "TERM is not set")
        }
        guard term != "dumb" else { throw TerminalUnavailable(reason: "TERM=dumb cannot draw a full screen") }
        var status: Int32 = 0
        guard setupterm(term, STDOUT_FILENO, &status) == OK else {
            throw TerminalUnavailable(reason: "the terminal type \"\(term)\" is unknown here (no terminfo entry)")
        }
        guard ladder_has_string_capability("cup") != 0 else {
            throw TerminalUnavailable(reason: "the terminal type \"\(term)\" cannot move the cursor")
        }
    }

    /// Sets the locale for UTF-8 (falling back to C.UTF-8), then starts ncurses.
    /// - Parameter colors: how much colour to use (`.many` falls back to the terminal's own
    ///   palette where it has fewer than 256 colours).
    public init(colors: ColorChoice, mouse: Bool) {
        if setlocale(LC_ALL, "") == nil || String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            setlocale(LC_ALL, "C.UTF-8")
        }
        TerminalRestore.install()
        // ncurses only catches SIGWINCH (and so reports resizes) when it is not ignored, and an
        // ignored signal is inherited from whatever started us.
        signal(SIGWINCH, SIG_DFL)
        set_escdelay(25)
        initscr()
        isOpen = true
        raw()
        noecho()
        nonl()
        keypad(ladder_stdscr(), true)
        curs_set(0)
        leaveok(ladder_stdscr(), true)
        if mouse {
            mousemask(ladder_mouse_press() | ladder_mouse_wheel_up() | ladder_mouse_wheel_down(), nil)
            mouseinterval(0)
        }
        if colors != .none && has_colors() {
            start_color()
            use_default_colors()
            theme = Theme(mode: colors == .many && ladder_colors() >= 256 ? .many : .ansi)
        } else {
            theme = Theme(mode: .none)
        }
        definePairs()
    }

    deinit {
        restore()
    }

    /// Leaves curses mode: the screen, cursor and modes as they were. Safe to call twice.
    public func restore() {
        guard isOpen else { return }
        isOpen = false
        endwin()
    }

    /// Whether the terminal is still there. When it goes away without a SIGHUP (its emulator
    /// killed outright), reads fail at once instead of waiting: without this check the
    /// explorer would spin on them for ever.
    public var isConnected: Bool {
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&input, 1, 0) >= 0 else { return false }
        return input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) == 0
    }

    /// The terminal's size now.
    public var size: (width: Int, height: Int) {
        (Int(ladder_columns()), Int(ladder_lines()))
    }

    // MARK: - Drawing

    /// Draws `grid`, rewriting only rows that differ from the last one drawn; ncurses then sends
    /// only the characters that changed. The screen is never cleared wholesale.
    public func draw(_ grid: Grid) {
        for row in grid.changedRows(since: previous) {
            var column = 0
            while column < grid.width {
                let style = grid[column, row].style
                var text: [wchar_t] = []
                let start = column
                while column < grid.width && grid[column, row].style == style {
                    let cell = grid[column, row]
                    if !cell.isContinuation {
                        text.append(contentsOf: cell.character.unicodeScalars.map { wchar_t(bitPattern: $0.value) })
                    }
                    column += 1
                }
                apply(style)
                text.append(0)
                mvaddwstr(Int32(row), Int32(start), text)
            }
        }
        attr_set(ladder_attr_normal(), 0, nil)
        refresh()
        previous = grid
    }

    /// Forgets what is on screen, so the next `draw` repaints everything (after a resize).
    public func invalidate() {
        previous = nil
    }

    private func apply(_ style: Style) {
        let look = theme.look(style.role)
        var attributes = ladder_attr_normal() | look.attributes
        if style.bold { attributes |= ladder_attr_bold() }
        if style.reverse { attributes |= ladder_attr_reverse() }
        if style.underline { attributes |= ladder_attr_underline() }
        attr_set(attributes, colorPairs[style.role] ?? 0, nil)
    }

    /// One colour pair per role that has a colour, on the terminal's default background.
    private func definePairs() {
        guard theme.mode != .none else { return }
        for (index, role) in Style.Role.allCases.enumerated() {
            guard let color = theme.look(role).color else { continue }
            let pair = Int16(index + 1)
            init_pair(pair, color, -1)
            colorPairs[role] = pair
        }
    }

    // MARK: - Keys

    /// The next key, or `.idle` when none came within `timeoutMilliseconds`.
    public func readKey(timeoutMilliseconds: Int32) -> Key {
        timeout(timeoutMilliseconds)
        var character: wint_t = 0
        let status = get_wch(&character)
        switch status {
        case KEY_CODE_YES:
            return functionKey(Int32(character))
        case OK where character == 0x1B:
            // A key whose sequence ncurses does not know (TERM names another terminal) arrives
            // as Esc and the rest: the rest must not be read as keys (End would cancel an edit,
            // then type "[F").
            timeout(0)
            switch Self.afterEscape({
                var next: wint_t = 0; return get_wch(&next) == OK ? UInt32(next) : nil
            }) {
            case .alone: return .escape
            case .sequence: return .idle
            case .other(let next):
                unget_wch(wchar_t(bitPattern: next))
                return .escape
            }
        case OK:
            return Self.key(forCharacter: UInt32(character))
        default:
            return missedResize() ?? .idle
        }
    }

    /// A resize ncurses did not report. A SIGWINCH that lands while ncurses handles the one
    /// before can be lost (seen under load with hundreds of resizes): the size the terminal
    /// reports wins, checked whenever no key came.
    private func missedResize() -> Key? {
        var rows: Int32 = 0, columns: Int32 = 0
        guard ladder_window_size(&rows, &columns) != 0, (Int(columns), Int(rows)) != size else { return nil }
        resizeterm(rows, columns)
        invalidate()
        return .resize(width: Int(columns), height: Int(rows))
    }

    /// What follows an Esc at once.
    enum EscapeFollow: Equatable {
        /// Nothing: the Esc key.
        case alone
        /// A control sequence (CSI or SS3), read whole: a key this terminal's description lacks.
        case sequence
        /// Another character (Alt and a key): it is given back to be read as itself.
        case other(UInt32)
    }

    /// Reads what follows an Esc from `next` (nil when nothing more has arrived): a CSI runs to
    /// its final byte (0x40–0x7E), an SS3 has one more character.
    static func afterEscape(_ next: () -> UInt32?) -> EscapeFollow {
        guard let first = next() else { return .alone }
        switch first {
        case 0x5B:  // "["
            for _ in 0..<32 {
                guard let byte = next(), !(0x40...0x7E).contains(byte) else { return .sequence }
            }
            return .sequence
        case 0x4F:  // "O"
            _ = next()
            return .sequence
        default:
            return .other(first)
        }
    }

    /// A typed character as a key: control characters become their chords.
    static func key(forCharacter value: UInt32) -> Key {
        switch value {
        case 0x0A, 0x0D: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(value + 0x60)!))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .idle }
            return .character(Character(scalar))
        }
    }

    /// A function key's code as a key, for those that need nothing more from ncurses.
    static func key(forFunctionKey code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        case KEY_BTAB: .backTab
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END: .end
        default: nil
        }
    }

    private func functionKey(_ code: Int32) -> Key {
        if let key = Self.key(forFunctionKey: code) { return key }
        switch code {
        case KEY_RESIZE:
            invalidate()
            return .resize(width: size.width, height: size.height)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return .idle }
            let kind: MouseEvent.Kind
            if event.bstate & ladder_mouse_wheel_up() != 0 {
                kind = .scrollUp
            } else if event.bstate & ladder_mouse_wheel_down() != 0 {
                kind = .scrollDown
            } else if event.bstate & ladder_mouse_press() != 0 {
                kind = .press
            } else {
                return .idle
            }
            return .mouse(MouseEvent(kind, x: Int(event.x), y: Int(event.y)))
        default:
            return .idle
        }
    }
}
