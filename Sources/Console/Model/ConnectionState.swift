import Foundation

/// Whether the console's picture of the fleet is current.
package enum ConnectionState: Sendable, Equatable {
    /// Not logged in.
    case loggedOut
    /// Loading the fleet and opening the live stream.
    case connecting
    /// Loaded and receiving live updates.
    case live
    /// The backend is unreachable or the stream ended; what is shown is as of `since`. `attempt` counts the
    /// retries so far; the next one is due at `retryAt`.
    case lost(since: Date, attempt: Int, retryAt: Date)

    /// Whether the data shown may be out of date.
    package var isStale: Bool {
        if case .lost = self { true } else { false }
    }
}
