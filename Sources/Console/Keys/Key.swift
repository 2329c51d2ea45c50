/// A key press as the console understands it, decoded from the terminal's codes.
package enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl with a letter, given in lower case (`.control("c")` is Ctrl-C).
    case control(Character)
    case enter, escape, backspace, delete, tab, backTab
    case up, down, left, right, pageUp, pageDown, home, end
}
