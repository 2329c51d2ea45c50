/// One key of a view: what it does, how the hint bar and the help name it, and whether it changes a station.
///
/// Like k9s' actions: the table feeds the hint bar, the `?` help and the key handling alike, so a key
/// cannot do something the help does not list.
package struct KeyBinding: Sendable {
    package var keys: [Key]
    /// How the key is written in hints and help (`j/↓`, `PgDn`, `Shift-S`).
    package var label: String
    package var title: @Sendable (Strings) -> String
    package var action: ConsoleAction
    /// Shown in the hint bar, not only in the help.
    package var isHint: Bool
    /// Changes a station: needs a confirmed change ticket.
    package var isDangerous: Bool

    package init(
        _ keys: [Key], label: String, title: @escaping @Sendable (Strings) -> String, action: ConsoleAction,
        isHint: Bool = false, isDangerous: Bool = false
    ) {
        self.keys = keys
        self.label = label
        self.title = title
        self.action = action
        self.isHint = isHint
        self.isDangerous = isDangerous
    }
}
