import Domain
import Foundation

/// One alarm as screens and the API show it: flat, with its state and severity spelled out.
package struct AlarmSummary: Sendable, Equatable, Codable {
    package var id: AlarmID
    package var stationID: StationID
    package var kind: AlarmKind
    package var severity: AlarmSeverity
    package var state: AlarmState
    package var connector: ConnectorNumber?
    package var raisedAt: Date
    package var clearedAt: Date?
    package var count: Int
    package var facts: AlarmFacts
    package var acknowledgement: AlarmAcknowledgement?

    package init(_ alarm: Alarm) {
        id = alarm.id
        stationID = alarm.key.stationID
        kind = alarm.key.kind
        severity = alarm.severity
        state = alarm.state
        connector = alarm.key.connector
        raisedAt = alarm.raisedAt
        clearedAt = alarm.clearedAt
        count = alarm.count
        facts = alarm.facts
        acknowledgement = alarm.acknowledgement
    }
}
