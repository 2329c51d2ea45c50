/// One of the eight ANSI colours, or the terminal's own: the fallback where 256 colours are missing.
package enum BasicColor: String, Sendable, CaseIterable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white

    /// The curses colour number; -1 is the terminal's default.
    package var number: Int {
        switch self {
        case .default: -1
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        }
    }
}
