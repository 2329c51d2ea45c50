import BackendClient

/// What waiting on a `LiveSubscription` gives.
package enum LiveDelivery: Equatable, Sendable {
    case update(LiveUpdate)
    /// Nothing came within the wait's limit: time for a keep-alive.
    case idle
    /// The subscription ended: the backend is stopping, or the subscriber left.
    case finished
}
