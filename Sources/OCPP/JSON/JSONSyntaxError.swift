/// Why a text is not JSON, and where the reader gave up.
package struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The 0-based byte offset at which the text stopped being JSON.
    package var offset: Int
    /// What was wrong there, in a few words ("unexpected character", "unterminated string").
    package var reason: String

    package init(offset: Int, reason: String) {
        self.offset = offset
        self.reason = reason
    }

    package var description: String { "\(reason) at byte \(offset)" }
}
