/// How much colour the explorer uses: the `[theme] colors` setting. `NO_COLOR` and
/// `--no-color` always win.
public enum ColorChoice: String, CaseIterable, Sendable {
    /// 256 colours where the terminal has them, else the terminal's own 16.
    case many = "256"
    /// The terminal's own 16-colour palette, whatever else it can do.
    case ansi
    /// No colour: bold, dim and reverse video only.
    case none
}
