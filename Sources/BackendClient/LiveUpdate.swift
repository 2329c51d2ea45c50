/// One change pushed to a connected console (over the event stream when remote).
package enum LiveUpdate: Sendable, Equatable, Codable {
    /// A station's row changed; replace the row with the same id when `revision` is higher.
    case station(FleetRow)
    /// An alarm was raised or changed (count, clearing, acknowledgement).
    case alarm(AlarmSummary)
    /// Updates were lost (a slow reader); fetch the fleet and the alarms again.
    case resync
}
