@preconcurrency import CNcursesw
import TerminalUI

/// Maps `Style` to ncurses attributes and colour pairs, allocating pairs as styles appear.
///
/// Without colour support, or when `NO_COLOR` is set (no-color.org), colours are dropped and the
/// attributes (bold, reverse…) carry the distinctions on their own.
struct ColorPalette {
    let usesColor: Bool
    private let hasDefaultColors: Bool
    private var pairs: [Style.ColorKey: Int16] = [:]

    init(usesColor: Bool) {
        var colors = false
        var defaults = false
        if usesColor, has_colors() {
            colors = start_color() == OK
            defaults = colors && use_default_colors() == OK
        }
        self.usesColor = colors
        self.hasDefaultColors = defaults
    }

    func attributes(for style: Style) -> attr_t {
        var attributes = cnc_A_NORMAL()
        let set = style.attributes
        if set.contains(.bold) { attributes |= cnc_A_BOLD() }
        if set.contains(.dim) { attributes |= cnc_A_DIM() }
        if set.contains(.italic) { attributes |= cnc_A_ITALIC() }
        if set.contains(.underline) { attributes |= cnc_A_UNDERLINE() }
        if set.contains(.reverse) { attributes |= cnc_A_REVERSE() }
        return attributes
    }

    /// The colour pair for the style's colours; 0 (the terminal's default) when colour is off.
    mutating func pair(for style: Style) -> Int16 {
        guard usesColor, style.foreground != .default || style.background != .default else { return 0 }
        let key = Style.ColorKey(foreground: style.foreground, background: style.background)
        if let pair = pairs[key] { return pair }
        let number = Int16(pairs.count + 1)
        guard Int32(number) < COLOR_PAIRS else { return 0 }
        init_pair(number, code(style.foreground, fallback: COLOR_WHITE), code(style.background, fallback: COLOR_BLACK))
        pairs[key] = number
        return number
    }

    private func code(_ color: Color, fallback: Int32) -> Int16 {
        switch color {
        case .default: return hasDefaultColors ? -1 : Int16(fallback)
        case .black: return Int16(COLOR_BLACK)
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        }
    }
}

extension Style {
    struct ColorKey: Hashable {
        var foreground: Color
        var background: Color
    }
}
