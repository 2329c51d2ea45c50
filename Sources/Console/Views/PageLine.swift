/// One line of a scrolling page (station, card, session, help): pieces of text, each in its role.
package struct PageLine: Sendable, Equatable {
    package var spans: [Span]

    /// A piece of a line.
    package struct Span: Sendable, Equatable {
        package var text: String
        package var role: ThemeRole
    }

    package init(_ spans: [Span]) { self.spans = spans }

    package init(_ text: String, role: ThemeRole = .text) { spans = [Span(text: text, role: role)] }

    /// A section title.
    static func heading(_ text: String) -> PageLine { PageLine(text, role: .title) }

    /// `label: value`, the label dimmed; the value is made terminal-safe.
    static func field(_ label: String, _ value: String, role: ThemeRole = .text) -> PageLine {
        PageLine([
            Span(text: "  \(label): ", role: .textDim),
            Span(text: TerminalSafeText.sanitize(value), role: role),
        ])
    }

    /// An indented line of already-safe text.
    static func item(_ text: String, role: ThemeRole = .text) -> PageLine { PageLine("  " + text, role: role) }

    static let blank = PageLine("")

    /// The line as plain text.
    package var text: String { spans.map(\.text).joined() }
}
