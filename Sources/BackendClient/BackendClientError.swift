import Domain

/// Why a backend call failed, in words an agent understands.
package enum BackendClientError: Error, Sendable, Equatable, Codable {
    /// The backend refused a remote command (no change ticket, station offline, …).
    case refused(CommandRefusal)
    case stationNotFound(StationID)
    /// Something else the call named does not exist (or is not the caller's to see).
    case notFound(String)
    /// Login failed or the session is no longer valid.
    case loginRefused(LoginRefusal)
    /// The account may not do this.
    case forbidden(String)
    /// An account could not be created or its password set: the rule it breaks, or the name already taken.
    case accountRefused(AccountRefusal)
    /// The request itself was wrong (e.g. a payload that does not fit the command).
    case invalidRequest(String)
    /// The station answered with an error or not at all.
    case stationFailed(String)
    /// The backend could not be reached or answered with something unreadable.
    case unreachable(String)
}

extension BackendClientError: CustomStringConvertible {
    package var description: String {
        switch self {
        case .refused(let refusal): refusal.description
        case .stationNotFound(let id): "No station \(id) is registered."
        case .notFound(let what): "\(what) was not found."
        case .loginRefused(let refusal): refusal.description
        case .forbidden(let what): "Your account may not \(what)."
        case .accountRefused(let refusal): refusal.description
        case .invalidRequest(let detail): "The request is not valid: \(detail)"
        case .stationFailed(let detail): "The station did not carry out the command: \(detail)"
        case .unreachable(let detail): "The backend cannot be reached: \(detail)"
        }
    }
}
