@preconcurrency import CNcursesw
@testable import LadderTerminal
import LadderUI
import Testing

/// What ncurses hands over, as the explorer's keys.
@Suite struct KeyDecodingTests {
    @Test(arguments: [
        (UInt32(0x0A), Key.enter), (0x0D, .enter), (0x09, .tab), (0x1B, .escape), (0x7F, .backspace),
        (0x08, .backspace),
        (0x03, .control("c")), (0x01, .control("a")), (0x1A, .control("z")), (0x71, .character("q")),
        (0x20, .character(" ")), (0x88FD, .character("製")),
    ])
    func charactersBecomeKeys(value: UInt32, key: Key) {
        #expect(Terminal.key(forCharacter: value) == key)
    }

    @Test func anInvalidScalarIsNoKey() {
        #expect(Terminal.key(forCharacter: 0xD800) == .idle)
    }

    @Test func functionKeysBecomeKeys() {
        #expect(Terminal.key(forFunctionKey: KEY_UP) == .up)
        #expect(Terminal.key(forFunctionKey: KEY_BTAB) == .backTab)
        #expect(Terminal.key(forFunctionKey: KEY_NPAGE) == .pageDown)
        #expect(Terminal.key(forFunctionKey: KEY_BACKSPACE) == .backspace)
        #expect(Terminal.key(forFunctionKey: KEY_F0 + 5) == nil)
    }

    /// A key's escape sequence this terminal's description lacks is read whole and ignored;
    /// Esc alone is Esc, and Esc with a plain character gives the character back (issue 30).
    @Test(arguments: [
        ("", Terminal.EscapeFollow.alone), ("[F", .sequence), ("[1;5H", .sequence), ("OF", .sequence),
        ("[", .sequence), ("x", .other(0x78)),
    ])
    func whatFollowsAnEscape(following: String, expected: Terminal.EscapeFollow) {
        var bytes = Array(following.unicodeScalars.map(\.value))[...]
        #expect(Terminal.afterEscape { bytes.popFirst() } == expected)
        if expected == .sequence { #expect(bytes.isEmpty, "the whole sequence is read") }
    }
}
