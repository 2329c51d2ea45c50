/// Whether the charge point accepts a remote start or stop.
package enum RemoteStartStopStatus: String, Sendable, CaseIterable {
    case accepted = "Accepted"
    case rejected = "Rejected"
}
