@preconcurrency import CNcursesw
import LadderUI

/// The colours of each style role: the one place colours are chosen. Screens name roles
/// (heading, dim, ticked); the theme says how each looks with the colours the terminal has.
struct Theme {
    struct Look {
        /// A colour number, or nil for the terminal's own foreground.
        var color: Int16?
        var attributes: attr_t = 0
    }

    /// The colour the terminal gets: the user's choice as the terminal can show it (`many`
    /// only where it has 256 colours).
    let mode: ColorChoice

    /// How a role looks in this mode. Without colour, emphasis comes from bold, dim and
    /// reverse video; with the 16-colour palette, secondary text is the terminal's own colour
    /// dimmed (its blue is hard to read on dark backgrounds).
    func look(_ role: Style.Role) -> Look {
        switch mode {
        case .none:
            switch role {
            case .dim: return Look(color: nil, attributes: ladder_attr_dim())
            case .heading, .consensus, .warning: return Look(color: nil, attributes: ladder_attr_bold())
            case .error: return Look(color: nil, attributes: ladder_attr_reverse() | ladder_attr_bold())
            default: return Look(color: nil)
            }
        case .ansi:
            switch role {
            case .normal: return Look(color: nil)
            case .title, .heading: return Look(color: Int16(COLOR_CYAN))
            case .dim: return Look(color: nil, attributes: ladder_attr_dim())
            case .accent, .consensus, .warning: return Look(color: Int16(COLOR_YELLOW))
            case .ticked: return Look(color: Int16(COLOR_GREEN))
            case .error: return Look(color: Int16(COLOR_RED))
            }
        case .many:
            switch role {
            case .normal: return Look(color: nil)
            case .title: return Look(color: Int16(COLOR_CYAN))
            case .heading: return Look(color: 75)
            case .dim: return Look(color: 245)
            case .accent: return Look(color: 179)
            case .ticked: return Look(color: 114)
            case .consensus, .warning: return Look(color: 214)
            case .error: return Look(color: Int16(COLOR_RED))
            }
        }
    }
}
