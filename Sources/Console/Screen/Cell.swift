/// One column of the virtual screen: a character, how many columns it covers, and its style by meaning.
package struct Cell: Sendable, Equatable {
    package var character: Character
    /// 1, or 2 for a wide character; 0 for the column a wide character's right half covers.
    package var width: UInt8
    package var role: ThemeRole

    package init(character: Character, width: UInt8, role: ThemeRole) {
        self.character = character
        self.width = width
        self.role = role
    }

    /// An empty column in `role`.
    package static func blank(_ role: ThemeRole) -> Cell { Cell(character: " ", width: 1, role: role) }

    /// The right half of a wide character.
    static func continuation(_ role: ThemeRole) -> Cell { Cell(character: " ", width: 0, role: role) }
}
