/// A named set of role styles: how the console looks.
package struct Theme: Sendable, Equatable {
    package var name: String
    /// One style per role, indexed by `ThemeRole.rawValue`.
    package private(set) var styles: [RoleStyle]

    /// A theme with a style for every role; `style(_:)` gives nil only for roles the theme lacks.
    package init(name: String, style: (ThemeRole) -> RoleStyle) {
        self.name = name
        styles = ThemeRole.allCases.map(style)
    }

    package func style(for role: ThemeRole) -> RoleStyle { styles[Int(role.rawValue)] }
}
