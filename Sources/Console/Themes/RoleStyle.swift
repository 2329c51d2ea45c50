/// How one role looks: 256-colour foreground and background (nil is the terminal's default), the 8-colour
/// fallback, and attributes.
package struct RoleStyle: Sendable, Equatable {
    package var foreground: Int?
    package var background: Int?
    package var basicForeground: BasicColor
    package var basicBackground: BasicColor
    package var attributes: TextAttributes

    package init(
        foreground: Int?, background: Int?, basicForeground: BasicColor, basicBackground: BasicColor,
        attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.basicForeground = basicForeground
        self.basicBackground = basicBackground
        self.attributes = attributes
    }

    /// The (foreground, background) colour numbers for a terminal with `colorCount` colours; -1 is default.
    package func colors(forColorCount colorCount: Int) -> (foreground: Int, background: Int) {
        if colorCount >= 256 { return (foreground ?? -1, background ?? -1) }
        return (basicForeground.number, basicBackground.number)
    }
}
