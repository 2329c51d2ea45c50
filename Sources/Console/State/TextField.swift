/// One line of typed text (filter, command line, prompt); the cursor stays at the end.
package struct TextField: Sendable, Equatable {
    package var text: String
    /// Shown as bullets (passwords).
    package var isMasked: Bool

    package init(text: String = "", isMasked: Bool = false) {
        self.text = text
        self.isMasked = isMasked
    }

    /// The text as the screen shows it.
    package var shown: String { isMasked ? String(repeating: "•", count: text.count) : text }

    /// What a key did to the field.
    package enum Edit: Sendable, Equatable {
        case changed, submitted, cancelled, ignored
    }

    /// Applies a key: printable characters append, Backspace deletes, Ctrl-U clears, Enter and Esc end.
    package mutating func apply(_ key: Key) -> Edit {
        switch key {
        case .character(let character):
            guard text.count < 500,
                !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
            else { return .ignored }
            text.append(character)
            return .changed
        case .backspace, .delete:
            guard !text.isEmpty else { return .ignored }
            text.removeLast()
            return .changed
        case .control("u"):
            text = ""
            return .changed
        case .enter: return .submitted
        case .escape: return .cancelled
        default: return .ignored
        }
    }
}
