import Foundation

/// Why the backend did not let someone in, in words a support agent understands.
package enum LoginRefusal: Sendable, Equatable, Codable {
    /// User name or password is wrong; `remainingAttempts` before the account locks, when known.
    case wrongCredentials(remainingAttempts: Int?)
    /// Too many wrong passwords in a row; the account opens again at `until` (or when a supervisor resets it).
    case lockedOut(until: Date)
    /// The session ended (idle too long, logged out, or the password changed); log in again.
    case sessionExpired
}

extension LoginRefusal: CustomStringConvertible {
    package var description: String {
        switch self {
        case .wrongCredentials(let remaining?):
            "User name or password is wrong (\(remaining) attempts left before the account locks)."
        case .wrongCredentials(nil):
            "User name or password is wrong."
        case .lockedOut(let until):
            "The account is locked after too many wrong passwords until \(until.formatted(.iso8601)); a supervisor can reset it."
        case .sessionExpired:
            "The session has expired; please log in again."
        }
    }
}
