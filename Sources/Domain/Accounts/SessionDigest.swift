/// SHA-256 of a session token, as 64 lower-case hex digits: the only form of a token the store keeps.
///
/// A copy of the database therefore opens no session; the token itself reaches the client once, at login.
package struct SessionDigest: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    package let rawValue: String
    package init(_ rawValue: String) { self.rawValue = rawValue }
    package init(rawValue: String) { self.rawValue = rawValue }
    package var description: String { rawValue }
}
