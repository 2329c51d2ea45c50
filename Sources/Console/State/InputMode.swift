/// Where typed keys go: to the views' bindings, or into a line of text.
package enum InputMode: Sendable, Equatable {
    case none
    /// The fleet filter after `/`; it filters as the agent types.
    case filter(TextField)
    /// A command after `:`.
    case commandLine(TextField)
    case prompt(Prompt)
}
