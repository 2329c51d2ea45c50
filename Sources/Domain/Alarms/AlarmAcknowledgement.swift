import Foundation

/// A person's note that they have taken an alarm on.
package struct AlarmAcknowledgement: Sendable, Equatable, Codable {
    package var agent: AgentLogin
    /// What the person did or will do; never empty.
    package var comment: String
    package var at: Date

    package init(agent: AgentLogin, comment: String, at: Date) {
        self.agent = agent
        self.comment = comment
        self.at = at
    }
}
