import Foundation

/// Where alarms are kept, so that they outlive a restart and leave a history per station.
///
/// Separate from `LeitstandStore` because alarms are written by the alarm service one at a time, not in the
/// OCPP batches; a store may implement both.
package protocol AlarmStore: Sendable {
    /// Stores a newly raised alarm; returns the id it was given (`Alarm(id:draft:)` makes the alarm).
    func insertAlarm(_ draft: AlarmDraft) async throws -> AlarmID
    /// Stores what changed on an alarm: its count and facts, its clearing, its acknowledgement.
    /// Throws `StoreFailure` when no alarm has `alarm.id`.
    func updateAlarm(_ alarm: Alarm) async throws
    func alarm(_ id: AlarmID) async throws -> Alarm?
    /// Every alarm not closed yet (uncleared, or cleared but not acknowledged), in the order they were raised.
    func openAlarms() async throws -> [Alarm]
    /// A station's alarms of every state, newest raised first.
    func alarmHistory(station: StationID, limit: Int) async throws -> [Alarm]
}
