/// The sentence in the status line: a notice or an error, already in the agent's language.
package struct StatusMessage: Sendable, Equatable {
    package var text: String
    package var isError: Bool

    package init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
