/// The person on whose behalf something is done: every command and acknowledgement names one.
package struct AgentLogin: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    package let rawValue: String
    package init(_ rawValue: String) { self.rawValue = rawValue }
    package init(rawValue: String) { self.rawValue = rawValue }
    package var description: String { rawValue }
}
