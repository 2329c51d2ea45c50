/// Whether an idTag may charge.
package enum AuthorizationStatus: String, Sendable, CaseIterable {
    case accepted = "Accepted"
    case blocked = "Blocked"
    case expired = "Expired"
    case invalid = "Invalid"
    case concurrentTx = "ConcurrentTx"
}
